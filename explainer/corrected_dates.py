"""A date a passage gives only as the one it is not: "The ruling was filed on Tuesday, June 9" may not cite "It was
filed on Monday, June 8, 2026, not on Tuesday, June 9."

A correction names the wrong date beside the right one, and every date check found "June 9" in the passage: the
sentence stood on the very words that take it back. A passage gives a date as not so where "not" (or "rather than",
"instead of") stands right before it ("not on Tuesday, June 9", "not June 9", "not 9 June"). A sentence giving that
day and month is refused where no cited passage gives it otherwise, unless it keeps a "not" before it ("on June 8, not
June 9") or says it was wrong ("an earlier version said June 9", "wrongly", "misstated", "incorrectly", "in error").
English text is read (tests/test_newuser_69.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DATE = rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?!\d)|(?<!\d)(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}))"
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_ANY_DATE = patterns.compile(_DATE)
_NOT_DATE = patterns.compile(rf"(?<!\w)(?:not|rather\s+than|instead\s+of)\s+(?:on\s+|of\s+)?(?:the\s+)?{_WEEKDAY}"
                             rf"{_DATE}")
_KEPT_NOT = patterns.compile(r"(?<!\w)(?:not|rather\s+than|instead\s+of)\s+(?:on\s+|of\s+)?(?:the\s+)?"
                             r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$")
_TOLD_WRONG = patterns.compile(r"(?<!\w)(?:earlier\s+version|wrong(?:ly)?|misstat\w*|incorrect(?:ly)?|in\s+error"
                               r"|erroneous(?:ly)?|mistaken(?:ly)?)(?!\w)", re.IGNORECASE)


def dates_taken_back(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a date text gives that every cited passage giving it gives only as the one it is not."""
    if not in_english(language) or not any("not " in passage.text or "rather than" in passage.text
                                           or "instead of" in passage.text for passage in passages):
        return []  # most passages take back no date
    taken_back = {_day(match): match.group() for passage in passages for match in _NOT_DATE.finditer(passage.text)}
    if not taken_back or _TOLD_WRONG.search(text):
        return []
    given = {_day(match) for passage in passages for match in _ANY_DATE.finditer(passage.text)
             if not _KEPT_NOT.search(passage.text, max(0, match.start() - 40), match.start())}
    for match in _ANY_DATE.finditer(text):
        day = _day(match)
        if day in taken_back and day not in given and not _KEPT_NOT.search(text, max(0, match.start() - 40),
                                                                           match.start()):
            return [Finding(offset, f"this sentence gives '{match.group()}' where its cited passages say "
                                    f"'{' '.join(taken_back[day].split())}': {clipped(text)}",
                            "give the date the source gives, or keep its 'not'")]
    return []


def _day(match: re.Match) -> tuple[int, int]:
    """Return a date's month and day."""
    month = (match["m1"] or match["m2"]).lower()
    return _MONTHS.index(month) + 1, int(re.match(r"\d+", match["d1"] or match["d2"]).group())
