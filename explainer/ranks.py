"""Ranks in English words changed: "the fourth round of talks" citing "the third round of talks".

A spelled ordinal before what it counts ("the first day", "its second year") is read only where a cited passage
ranks the same thing ("round", "rounds") with another ordinal, spelled or in digits ("the 3rd round"), and no cited
passage with this one: "the first day" says nothing a passage of dates must state, but a passage's "third round"
makes "fourth round" a rank the source does not give. Ranks the figure check reads ("the second time", "third
straight year", "fourth consecutive quarter", "second year in a row") are its own and not read here; a superlative
ranked ("the third largest" citing "the second largest") is read here. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .numbers import ENGLISH_ORDINAL, spelled_ranks

_SPELLED = patterns.compile(rf"(?<![\w-])(?P<nth>{ENGLISH_ORDINAL})\s+(?P<what>[^\W\d_]+)(?![\w-])", re.IGNORECASE)
_RANKED = patterns.compile(rf"(?<![\w-])(?P<nth>{ENGLISH_ORDINAL}|\d+(?:st|nd|rd|th))[\s-]+(?P<what>[^\W\d_]+)(?![\w-])",
                           re.IGNORECASE)
# What the figure check ranks ("the second time", "third straight year"), and words after an ordinal that it ranks
# nothing by ("second only to", "first and foremost").
_NOT_COUNTED = frozenset({"time", "times", "consecutive", "successive", "straight", "only", "and", "or", "to", "of"})
_IN_A_ROW = patterns.compile(r"\s+in\s+a\s+row(?!\w)", re.IGNORECASE)


def changed_ranks(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each spelled rank of English text, at `offset`, whose cited passages rank the same thing
    with another ordinal and never with this one."""
    if not in_english(language) or not _SPELLED.search(text):
        return []  # most sentences spell no rank: found without reading their passages
    given: dict[str, dict[int, str]] = {}
    for passage in passages:
        if in_english(passage.language):
            for what, ranks in _ranks_of(passage.text).items():
                given.setdefault(what, {}).update(ranks)
    findings = []
    for match in _SPELLED.finditer(text):
        what, rank = _counted(match), _rank(match["nth"])
        others = given.get(what, {}) if what else {}
        if others and rank not in others:
            shown = " ".join(match.group().split())
            findings.append(Finding(offset + match.start(), f"this sentence says '{shown}' where its cited passages "
                                    f"say '{next(iter(sorted(others.values())))}': {clipped(text)}",
                                    "give the rank the source gives, or cite the passage that gives this one"))
    return findings


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _ranks_of(text: str) -> dict[str, dict[int, str]]:
    """Return what a passage ranks by an ordinal (folded, singular), each with its ranks and their words."""
    found: dict[str, dict[int, str]] = {}
    for match in _RANKED.finditer(text):
        what = _counted(match)
        if what:
            found.setdefault(what, {})[_rank(match["nth"])] = " ".join(match.group().split())
    return found


def _counted(match: re.Match) -> str:
    """Return what an ordinal ranks, folded and singular ("round" of "rounds"); "" where another check reads it."""
    what = match["what"].casefold()
    if what in _NOT_COUNTED or _IN_A_ROW.match(match.string, match.end()):
        return ""
    return what[:-1] if what.endswith("s") and not what.endswith("ss") else what


def _rank(ordinal: str) -> int:
    """Return the rank an ordinal gives: 4 of "fourth" or "4th"."""
    digits = re.match(r"\d+", ordinal)
    if digits:
        return int(digits.group())
    return int(next(iter(spelled_ranks(ordinal))).value)
