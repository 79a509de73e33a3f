"""A positive test kept to whom it was of: "Team Corvex-Halden tested positive" may not cite the rider's test.

"The team tested positive for trimetazidine" citing "His urine sample contained trimetazidine ... The AADA notified
Ferrandi of the positive test" built: every word stands, and the rider's positive test reads as his team's
(tests/test_newuser_60.py). A sentence telling a party of the briefing "tested positive" (or "failed a doping test",
"returned a positive sample") by a word of its name, or its noun after "the" ("the team"), is refused where its
cited passages tell a positive test, name other parties of the briefing, and never name this one. A sentence naming
no party ("He tested positive") or a passage naming none ("His sample contained ...") is not read, nor are negated
words ("did not test positive"); English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import folded_word, markers_blanked
from .speakers import named_by_its_noun, parties_of

_TESTED = patterns.compile(
    r"(?<![\w-])(?:test(?:ed|s)?\s+positive|returned\s+(?:a\s+)?(?:an?\s+)?positive\s+(?:\w+\s+)?(?:sample|test|result)s?"
    r"|failed\s+(?:a|an|two|his|her|their|its)?\s*(?:doping|drugs?|dope|alcohol)\s+tests?)(?![\w-])", re.IGNORECASE)
_POSITIVE = patterns.compile(r"(?<![\w-])(?:positive|failed)(?![\w-])", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|no)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CLAUSE = patterns.compile(r"[.;:!?]\s|,\s+(?:and|but|while)\s")
_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
# a party's word of its own after "the", of any length: "the team" of Team Corvex-Halden
_THE_NOUN = patterns.compile(r"(?<!\w)[Tt]he\s+([a-z]{4,})(?!\w)")


def positive_test_of_another(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                             parties: tuple = ()) -> list[Finding]:
    """Return a finding where text tells a party tested positive that its cited passages, telling a positive test of
    others, never name."""
    if not parties or "positive" not in text.casefold() and "failed" not in text.casefold() or not in_english(language):
        return []  # most sentences tell no test: found without a pattern
    spoken = markers_blanked(text)
    tested = next((match for match in _TESTED.finditer(spoken)
                   if not _NEGATED.search(spoken, max(0, match.start() - 20), match.start())), None)
    if tested is None:
        return []
    start = max([0] + [stop.end() for stop in _CLAUSE.finditer(spoken, 0, tested.start())])
    who = _named(spoken[start:tested.start()], parties)
    if not who or not any(_POSITIVE.search(passage.text) for passage in passages):
        return []
    theirs = frozenset().union(*(_named(passage.text, parties) for passage in passages))
    if not theirs or who & theirs:
        return []
    return [Finding(offset, f"this sentence tells a positive test of {_shown(spoken[start:tested.start()])}, whom its "
                            f"cited passages never name: they tell a test of others: {clipped(text)}",
                    "give the test to whom the source gives it, or cite a passage that names this party")]


def _named(text: str, parties: tuple) -> frozenset[str]:
    """Return the ids of the parties text names, by a capitalised word of theirs or their noun after "the"."""
    capitalised = frozenset(folded_word(word).removesuffix("'s").removesuffix("’s") for word in _WORD.findall(text)
                            if word[0].isupper())
    nouns = frozenset(folded_word(match[1]) for match in _THE_NOUN.finditer(text))
    alone = frozenset(party for party, words in parties for noun in nouns
                      if noun in words and not any(noun in other for each, other in parties if each != party))
    return parties_of(capitalised, parties) | parties_of(named_by_its_noun(text, parties), parties) | alone


def _shown(words: str) -> str:
    """Return how the sentence names whom it gives the test: its words before the verb."""
    return " ".join(words.split())
