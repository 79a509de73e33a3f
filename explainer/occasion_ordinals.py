"""Which time it was: "It was the second time they had been admitted" may not cite "the first time they have been
admitted".

The figure check finds a spelled ordinal anywhere in the passages, so "the second time" built of a passage's "the
first time ..." and "A second round is planned". A sentence's ordinal before "time" ("the second time", "for the
third time", "a second time") is refused where a cited passage gives an ordinal before "time" and none of them is
the sentence's ("the first time" backs "for the first time") and the passages hold the sentence's ordinal elsewhere
(where none does, the figure check names it, once). "The last time" and "the next time" tell no count and are not
read. English text is read; words in quotation marks are not (tests/test_factcheck_177.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_ORDINAL_TIME = patterns.compile(
    r"(?<![\w-])(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?:such\s+)?times?(?![\w-])", re.IGNORECASE)


def occasion_ordinals_changed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text counts an occasion ("the second time") its passages count otherwise."""
    if not in_english(language) or not passages or "time" not in text.lower():
        return []
    told = {match["ordinal"].lower(): match for match in _ORDINAL_TIME.finditer(unquoted(markers_blanked(text)))}
    if not told:
        return []
    given = {match["ordinal"].lower(): match for passage in passages for match in _ORDINAL_TIME.finditer(passage.text)}
    if not given:
        return []  # a passage that counts no occasion is left to the other checks
    for ordinal, match in told.items():
        if ordinal not in given and _elsewhere(ordinal, passages):
            theirs = next(iter(given.values())).group()
            return [Finding(offset, f"this sentence says '{match.group()}' where its cited passages say "
                                    f"'{theirs}': {clipped(text)}",
                            "keep the source's count of the occasion, or cite a passage that gives this one")]
    return []


def _elsewhere(ordinal: str, passages: list[Cited]) -> bool:
    """Say whether a passage holds the ordinal elsewhere ("a second round"): where none does, the figure check names
    it, once."""
    return any(re.search(rf"(?<![\w-]){ordinal}(?![\w-])", passage.text, re.IGNORECASE) for passage in passages)
