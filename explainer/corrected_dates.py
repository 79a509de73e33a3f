"""A date a passage gives only as the one it is not: "The ruling was filed on Tuesday, June 9" may not cite "It was
filed on Monday, June 8, 2026, not on Tuesday, June 9."

A correction names the wrong date beside the right one, and every date check found "June 9" in the passage: the
sentence stood on the very words that take it back. A passage gives a date as not so where "not" (or "rather than",
"instead of") stands right before it ("not on Tuesday, June 9", "not June 9", "not 9 June"). A sentence giving that
day and month is refused where no cited passage gives it otherwise, unless it keeps a "not" before it ("on June 8, not
June 9") or says it was wrong ("an earlier version said June 9", "wrongly", "misstated", "incorrectly", "in error",
"first reported", "corrected").
English text is read (tests/test_newuser_69.py).
A correction gives the wrong date by what an earlier version said, too: "The earlier version also said Brightwell had
filed its appeal on 14 June; it was filed on 24 June." A date in the clause after "an earlier version (of this
article, ...) said", "wrongly said", "incorrectly reported" is taken back where another date follows it in that
sentence or the next (the one put right): "Brightwell filed its appeal on 14 June" is refused of it, "on 24 June"
builds, and a date the clause gives with no date put right after it ("an earlier version said the hearing on 3 May
was postponed") is read as given (tests/test_factcheck_173.py).
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
                               r"|erroneous(?:ly)?|mistaken(?:ly)?|(?:first|initially|originally|previously)\s+"
                               r"(?:said|reported|gave|stated)|corrected)(?!\w)", re.IGNORECASE)


def dates_taken_back(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a date text gives that every cited passage giving it gives only as the one it is not."""
    if not in_english(language) or not any("not " in passage.text or "rather than" in passage.text
                                           or "instead of" in passage.text or "version" in passage.text
                                           or "ly " in passage.text for passage in passages):
        return []  # most passages take back no date
    not_dates = {_day(match): match.group() for passage in passages for match in _NOT_DATE.finditer(passage.text)}
    said_wrong = {day: shown for passage in passages for day, shown, _ in _said_wrongly(passage.text)}
    if not (not_dates or said_wrong) or _TOLD_WRONG.search(text):
        return []
    taken_back = {**said_wrong, **not_dates}
    wrong_at = {(index, at) for index, passage in enumerate(passages) for _, _, at in _said_wrongly(passage.text)}
    given = {_day(match) for index, passage in enumerate(passages) for match in _ANY_DATE.finditer(passage.text)
             if not _KEPT_NOT.search(passage.text, max(0, match.start() - 40), match.start())
             and (index, match.start()) not in wrong_at}
    for match in _ANY_DATE.finditer(text):
        day = _day(match)
        if day in taken_back and day not in given and not _KEPT_NOT.search(text, max(0, match.start() - 40),
                                                                           match.start()):
            if day not in not_dates:
                return _said_wrongly_told(text, passages, offset, language, match.group(), said_wrong[day])
            return [Finding(offset, f"this sentence gives '{match.group()}' where its cited passages say "
                                    f"'{' '.join(taken_back[day].split())}': {clipped(text)}",
                            "give the date the source gives, or keep its 'not'")]
    return []


def _said_wrongly_told(text: str, passages: list[Cited], offset: int, language: str, date: str,
                       shown: str) -> list[Finding]:
    """Return the finding of a date told that the passages give as what an earlier version said wrongly, unless
    revised.py names it already (its figure told as current)."""
    from .revised import corrected_in_passages  # named once: "states 3 as current" of "3 May"

    if corrected_in_passages(text, passages, offset, language):
        return []
    return [Finding(offset, f"this sentence gives '{date}', which its cited passages give only as what was said "
                            f"wrongly ('{' '.join(shown.split())}'): {clipped(text)}",
                    "give the date the source puts right, or say it was first reported so")]


def _day(match: re.Match) -> tuple[int, int]:
    """Return a date's month and day."""
    month = (match["m1"] or match["m2"]).lower()
    return _MONTHS.index(month) + 1, int(re.match(r"\d+", match["d1"] or match["d2"]).group())


# what an earlier version said, or what was said wrongly: "The earlier version also said", "An earlier version of this
# article, published on 30 June, said that", "wrongly reported" (its own date, before "said", is no date said)
_SAID_WRONGLY = patterns.compile(r"(?<!\w)(?:(?:an?|the|our)\s+(?:earlier|previous|original|first)\s+(?:version|report"
                                 r"|story|article)(?:\s+of\s+(?:this|the)\s+\w+)?(?:,[^,;]{0,80},)?\s+(?:also\s+)?"
                                 r"(?:said|stated|reported|gave|had|misstated)|(?:wrongly|incorrectly|mistakenly"
                                 r"|erroneously)\s+(?:said|stated|reported|gave|dated))(?!\w)", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r";|\.(?!\d)|(?<!\w)but(?!\w)")
_PUT_RIGHT_REACH = 200  # characters after the clause where the date put right stands: its sentence or the next


def _said_wrongly(text: str) -> list[tuple[tuple[int, int], str, int]]:
    """Return each date a passage gives as what an earlier version said wrongly, where another date follows it
    within reach (the one put right): its month and day, its words and where it stands."""
    if "version" not in text and "ly " not in text:
        return []
    found = []
    for said in _SAID_WRONGLY.finditer(text):
        end = _CLAUSE_END.search(text, said.end())
        stop = end.start() if end else len(text)
        dates = list(_ANY_DATE.finditer(text, said.end(), stop))
        right = {_day(match) for match in _ANY_DATE.finditer(text, stop, stop + _PUT_RIGHT_REACH)}
        found.extend((_day(match), text[said.start():match.end()], match.start()) for match in dates
                     if right - {_day(match)})
    return found
