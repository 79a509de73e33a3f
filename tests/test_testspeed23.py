"""gapped.py's first look at a sentence, whether it may hold a gapped list ("wheat rose 8% and maize 3%"), was one lazy
pattern that read on from each figure to the next "." or ";": a sentence of 30,000 figures took 27 s of the suite's
CPU (test_attack_5's 60 KB sentence), where the fractions check had been made to take 1.6 s. It is looked for piece by
piece now, and lets through exactly what the pattern did."""

from __future__ import annotations

import random
import re

from explainer.gapped import _may_list

LAZY = re.compile(r"\d[^.;]*?\s(?:and|while|whereas|but)\s[^.;]*?\d", re.IGNORECASE)  # the pattern it replaces
PIECES = ["1", "25", " ", ".", ";", ",", "\n", "\u00a0", "and", "AND", "but", "while", "whereas", "nd", "x", "a",
          "\u017f", "\u0663"]  # a long s (an "s" to IGNORECASE) and an Arabic-Indic three (a \d)


def test_a_sentence_may_hold_a_gapped_list_exactly_where_the_lazy_pattern_found_one():
    chosen = random.Random(23)
    texts = ["".join(chosen.choice(PIECES) for _ in range(chosen.randint(0, 14))) for _ in range(50_000)]
    texts += ["exports fell 30%, while imports fell 12%", "Ford cut 5,000 jobs and GM 3,000", "1 and. 2", "1 and; 2",
              "1and 2", "1 and2", "1 band 2", "and 1 and", "1 " * 3_000, "1 and " * 3_000 + "x"]
    wrong = [text for text in texts if _may_list(text) != bool(LAZY.search(text))]
    assert not wrong, wrong[:5]


def test_a_passage_may_hold_a_respective_list_exactly_where_the_lazy_pattern_found_one():
    """respective.py's first look at a passage, a figure and "and" ("et", "und", "y") in either order, was as lazy: a
    passage of 20,000 figures in one paragraph took 6 s for each sentence citing it."""
    from explainer.respective import _AND, _may_list as may_pair

    lazy = re.compile(rf"\d[^.;]*?\s{_AND}\s|\s{_AND}\s[^.;]*?\d")
    chosen = random.Random(23)
    pieces = [*PIECES, "et", "und", "y", "Y", "And"]
    texts = ["".join(chosen.choice(pieces) for _ in range(chosen.randint(0, 14))) for _ in range(50_000)]
    texts += ["Alpha and Beta rose 5% and 3%", "Alpha und Beta", "1 y", "y 1", "1. y", "1 ;y", "1 " * 3_000]
    wrong = [text for text in texts if may_pair(text) != bool(lazy.search(text))]
    assert not wrong, wrong[:5]
