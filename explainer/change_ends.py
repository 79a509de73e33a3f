"""The two ends of a change written "from A to B": neither is the change's size.

"The tariffs will raise the duty on hot-rolled steel from 10% to 25%" gives 25% as the level reached and 10% as where
it started, the rise being 15 points; "the duty will rise by 25%" (or "by 10%") citing it built, as the verb stood too
far from its figure for direction.py to read "to 25%" as a level reached by it. Here a figure after "to" in a span
"from A to B" (or before "from" in "to B from A") is a level reached, and A a starting level, where a word of rise or
fall, or a verb making one ("raise", "cut"), stands before the span in its clause (within eight words: "raise the duty
on hot-rolled steel"); a span with none ("the interval runs from 12% to 31%") is a range, and not read
(tests/test_newuser_46.py). Swahili's "kutoka A hadi B" is read so ("iliongezeka kutoka asilimia 66.8 hadi 71.2"),
and its "hadi" after A, or right after a word of change ("iliongezeka hadi asilimia 71.2"), is "to", not the bound "up
to" a locale lists it as (tests/test_newuser_59.py).
"""

from __future__ import annotations

import re
from typing import Callable

from . import patterns, swahili_directions

# "from 10% to ", "from $3.1bn to ", "from 10 per cent to ", "from 50,000 tonnes to ": the start and its unit
_SPAN_TO = patterns.compile(r"(?<!\w)from\s+[$€£¥]?\d[\d.,]*\S*(?:\s+[^\W\d][\w-]*){0,2}\s+to\s+$"
                            r"|(?<!\w)kutoka\s+(?:[^\W\d][\w-]*\s+){0,2}\d[\d.,]*(?:\s+[^\W\d][\w-]*){0,3}\s+hadi\s+$",
                            re.IGNORECASE)
# "to 25%" right after a starting level: what "from A to B" reached
_TO_AFTER = patterns.compile(r"\s*(?:per\s*cent|percent|%)?(?:\s+[^\W\d][\w-]*){0,2}?\s+(?:to|hadi(?:\s+asilimia)?)\s+"
                             r"(?=[$€£¥]?\d)",
                             re.IGNORECASE)
# "to 18% from ", the level reached before its start
_REACHED_FROM = patterns.compile(r"(?<!\w)to\s+[$€£¥]?\d[\d.,]*\S*(?:\s+[^\W\d][\w-]*){0,2}\s+from\s+$", re.IGNORECASE)
_WORD = patterns.compile(r"[\w'’]+|[,;:.!?()\[\]]")
_CHANGING = swahili_directions.RISE | swahili_directions.FALL
_CLAUSE_END = frozenset(",;:.!?()[]") | {"while", "whereas", "but", "and"}
_NEAR = 8  # words between the change's verb and its span: "raise the duty on hot-rolled steel from"


def span_level(text: str, start: int, end: int, changes: Callable[[str], bool]) -> str | None:
    """Return the words of the level reached ("to 25%") where the figure at `start`..`end` ends a change "from A to
    B" whose clause holds a word of change (`changes`); else None."""
    span = _SPAN_TO.search(text, max(0, start - 60), start)
    if not span or not _changing(text, span.start(), changes):
        return None
    return " ".join(((span.group().split()[-1] if span.group().strip().endswith("hadi") else "to") + " "
                     + text[start:end]).split())


def ends_a_change(text: str, at: int) -> bool:
    """Say whether a bound's word at `at` ("hadi") is a change's "to": after its start, "kutoka asilimia 66.8 hadi",
    or right after a Swahili word of rise or fall, "iliongezeka hadi"."""
    before = text[max(0, at - 60):at]
    if _SPAN_TO.search(before + "hadi "):
        return True
    words = before.split()
    return bool(words) and words[-1].casefold() in _CHANGING


def span_start(text: str, start: int, end: int, changes: Callable[[str], bool]) -> str | None:
    """Return the words of the starting level ("from 10%") where the figure at `start`..`end`, after "from", starts a
    change "from A to B" or "to B from A" whose clause holds a word of change; else None."""
    before = text[max(0, start - 60):start]
    word = next((word for word in ("from", "kutoka") if before.rstrip().casefold().endswith(word)), "")
    if not word:
        return None
    reached_first = _REACHED_FROM.search(text, max(0, start - 60), start)
    if reached_first:
        at = reached_first.start()
    elif _TO_AFTER.match(text, end):
        at = start - len(before) + before.casefold().rstrip().rfind(word)
    else:
        return None
    return " ".join((word + " " + text[start:end]).split()) if _changing(text, at, changes) else None


def _changing(text: str, at: int, changes: Callable[[str], bool]) -> bool:
    """Say whether the clause before `at` holds a word of change within _NEAR words of it."""
    words = _WORD.findall(text[max(0, at - 120):at])
    for number, word in enumerate(reversed(words)):
        if word.casefold() in _CLAUSE_END or number >= _NEAR:
            return False
        if changes(word):
            return True
    return False
