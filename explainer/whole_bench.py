"""A split vote may not be told as every judge's: "All five judges backed the ruling" (or "Every judge agreed", "The
whole panel voted for it") citing "The five judges of the Coastal Boundaries Tribunal decided the case by 4 votes to 1"
built: unbacked_deeds.py refuses "unanimous" of a split, but not the same said as all of them (tests/test_newuser_131.py).

A sentence whose subject is all of a bench ("all five judges", "all the judges", "every judge", "each of the judges",
"the whole panel", "both judges") backing, agreeing, supporting or voting for something is refused where a cited
passage tells a split with a vote against it or a dissent (split_decisions.split_told) and none tells all of them so.
"All but one of the judges", "not all judges", "all five judges heard the case" (no backing verb) and words in
quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked
from .split_decisions import split_told

_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|\d{1,2})"
_BENCH = r"(?:judges|justices|arbitrators|members|jurors|panellists|panelists|commissioners)"
_WHOLE = patterns.compile(
    rf"(?<![\w-])(?P<whole>(?:all|all\s+of)\s+(?:the\s+|its\s+)?(?:(?P<count>{_COUNT})\s+)?{_BENCH}(?!\s+but)"
    rf"|(?:every|each)\s+(?:one\s+of\s+the\s+)?(?:judge|justice|arbitrator|member|juror)|each\s+of\s+the\s+{_BENCH}"
    rf"|the\s+(?:whole|entire|full)\s+(?:panel|bench|tribunal|court)|both\s+{_BENCH})"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?P<backed>backed|supported|agreed|endorsed|voted\s+for|approved|signed|concurred"
    r"|joined|favoured|favored|sided\s+with)(?![\w-])", re.IGNORECASE)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "fifteen": 15}
# a passage's split: "by 4 votes to 1", "4-1", "by seven votes to two"
_SPLIT = patterns.compile(rf"(?<![\w.,-])(?P<for>{_COUNT})(?:\s*[-–—]\s*|\s+(?:votes?\s+)?to\s+){_COUNT}(?![\w%-])",
                          re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<![\w-])(?:not|never|n['’]t|no|nor|neither)\W+(?:[\w'’-]+\W+){0,1}$", re.IGNORECASE)


def split_told_as_whole(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells all of a bench backing a decision its cited passages give as split."""
    if not in_english(language) or not passages:
        return []
    own = unquoted(markers_blanked(text))
    told = next((m for m in _WHOLE.finditer(own) if not _NEGATED.search(own[:m.start()])), None)
    if told is None or "majorit" in own.lower() or not split_told([p.text for p in passages]):
        return []
    if told["count"] and _number(told["count"]) in {_number(split["for"]) for p in passages
                                                    for split in _SPLIT.finditer(p.text)}:
        return []  # "All four judges backed the line" of "by 4 votes to 1": the majority, all of them
        return []
    if any(_WHOLE.search(p.text) for p in passages):
        return []
    shown = " ".join(told.group().split())
    return [Finding(offset, f"this sentence tells a split decision as all of the bench's ('{shown}') "
                            f"where its cited passages give a vote against it or a dissent: {clipped(text)}",
                    "say how they split (\"by 4 votes to 1\"), or cite the passage that tells every one agreeing")]


def _number(word: str) -> int:
    """Return a count written in digits or as a word ("five")."""
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), -1)
