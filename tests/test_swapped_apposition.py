"""A party swapped in as the subject, where the source puts an apposition between the name and its verb ("Luiz
Lula, of the PT, won the run-off") or where the clause's only long word is hyphenated ("run-off"): "Bolsonaro won
the run-off" built, citing a passage in which Lula won it. The place after a name is now read past an apposition
between commas that names no party, holds no figure and reports nothing, and a word of short parts joined by a
hyphen counts as one content word of the clause. Honest wordings (the winner kept, with or without the apposition)
still build."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import assert_summary_outcome, minimal_project, one_sentence_checked

CANDIDATES = ("  - id: lula\n    name: Luiz Lula\n    aliases: [Lula]\n"
              "  - id: bolsonaro\n    name: Jair Bolsonaro\n    aliases: [Bolsonaro]\n")
RESULT = ("Luiz Lula, of the PT, won the run-off with 50.9% of the vote, and Jair Bolsonaro received 49.1%.")
SHORT = "Luiz Lula won the run-off."
FORMER = "Luiz Lula, the former president, won the election."

CASES = [
    (RESULT, "Jair Bolsonaro won the run-off with 50.9% of the vote.",
     "this sentence names Jair Bolsonaro where its cited passages name Luiz Lula ('Luiz Lula, of the PT, won')"),
    (SHORT, "Bolsonaro won the run-off.", "this sentence names Bolsonaro where its cited passages name Luiz Lula"),
    (FORMER, "Bolsonaro won the election.", "names Bolsonaro where its cited passages name Luiz Lula ('Luiz Lula, "
                                            "the former president, won')"),
    # honest: the winner kept, in other words
    (RESULT, "Lula won the run-off with 50.9% of the vote.", "ok"),
    (SHORT, "Lula won the run-off.", "ok"),
    ("Luiz Lula, of the PT, won the election.", "Lula, the PT's candidate, won the election.", "ok"),
    ("Luiz Lula, Jair Bolsonaro and others ran in the election.", "Bolsonaro ran in the election.", "ok"),
]


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    return minimal_project(tmp_path_factory.mktemp("apposition") / "project")


@pytest.mark.parametrize("given, written, outcome", CASES, ids=[written[:40] for _, written, _ in CASES])
def test_a_subject_swapped_past_an_apposition_or_a_hyphenated_word_is_refused(fixture_root, given, written, outcome):
    assert_summary_outcome(one_sentence_checked(fixture_root, given, written, parties=CANDIDATES), outcome)
