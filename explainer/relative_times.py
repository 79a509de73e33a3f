"""Time between two events kept: "Marsh resigned the day the report was published" may not cite "Marsh resigned two
days after the report was published".

sequence.py keeps "before" and "after" the way round; how long before or after went unread, so "the day the report
was published" (the same day), "the day after", "a day after" or "hours after" built citing "two days after" or "a
week after", every word of order standing. A time between is "the (same) day X", "on the day of X", "the day after
(before) X", or a length before "after" or "before": "two days", "a week", "48 hours", "3 months", and the vague
"hours", "days", "weeks", "months", "a few days", "several weeks", "minutes", "moments", "immediately". Each is read as
the days it may stand for ("hours" up to a day and a half, "days" two to a fortnight, "a month" 28 to 31). A sentence
is refused where a passage's sentence sharing two more of its words of four letters or more times the same event
(sequence.py's reading of what follows) the same way round by a length the sentence's cannot be, and no cited passage
times it by one it can. English text is read; words in quotation marks are not (tests/test_factcheck_106.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_UNIT_DAYS = {"minute": (0, 1 / 24), "hour": (1 / 24, 1 / 24), "day": (1, 1), "week": (7, 7), "month": (28, 31),
              "year": (365, 366)}
# vague lengths, in days: "hours after" may fall the next day; "days after" is more than one, within a fortnight
_VAGUE = {"minutes": (0, 0.99), "moments": (0, 0.99), "immediately": (0, 0.99), "hours": (0, 1.5), "days": (2, 14),
          "a few days": (2, 6), "several days": (2, 10), "weeks": (14, 90), "a few weeks": (14, 42),
          "several weeks": (14, 70), "months": (60, 730), "a few months": (60, 183), "several months": (60, 365)}
_WHAT = r"(?P<what>(?:[^\S\n]+[\w'’-]+){1,4})"
# a length hedged, bounded or a fraction ("about half a year", "nearly two days", "more than a week") is no length to
# hold another to: not read
_HEDGED = "".join(rf"(?<!\b{word}\s)" for word in ("half", "quarter", "about", "around", "nearly", "almost", "roughly",
                                                    "some", "over", "than", "under", "within", "approximately", "just"))
# a vague length is one no count or hedge stands before: "six months" hedged ("about six months") is not "months"
_UNCOUNTED = "".join(rf"(?<!\b{word}\s)" for word in _COUNTS) + r"(?<!\d\s)(?<!\bfew\s)(?<!\bseveral\s)"
_TIMED = patterns.compile(
    rf"(?<!\w)(?:{_HEDGED}(?P<length>(?P<count>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    rf"(?P<unit>minute|hour|day|week|month|year)s?|(?:a\s+few|several)\s+(?:days|weeks|months)"
    rf"|{_UNCOUNTED}(?:minutes|moments|hours|days|weeks|months)|immediately)\s+(?P<way>after|before)"
    # "the day after the vote", "the day of the vote", "the day the report was published" (not "in the day ...")
    r"|(?<!\bin\s)(?<!\bduring\s)(?<!\bof\s)(?<!\bthroughout\s)(?<!\bfor\s)(?<!\ball\s)"
    r"the\s+(?:very\s+)?(?:same\s+)?day(?:\s+(?P<next>after|before)|\s+of|\s+(?:that|when|on\s+which)"
    r"|(?=\s+(?:(?:the|a|an|his|her|its|their)\s|(?-i:[A-Z])))))" + _WHAT, re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_][\w'’-]{3,}")
_NOT_THINGS = frozenset({"that", "this", "which", "what", "they", "their", "them", "there", "were", "been", "have",
                         "with", "from", "into", "then"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "before", "after", "hours", "days", "weeks", "months", "week",
                          "month", "year", "years", "same", "minutes", "moments", "immediately", "several"})
_RESTATES = 2
_MAY_TIME = ("after", "before", "day")


class Timed(NamedTuple):
    """An event timed from another: which way ("after", "before", "" the same day), the days between it may stand
    for, what it is timed from, the words as written."""

    way: str
    days: tuple[float, float]
    things: frozenset[str]
    shown: str


def moved_times(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text times an event from another by a length its cited passages' timing of it cannot
    be."""
    if not any(word in text for word in _MAY_TIME):
        return []  # most sentences time nothing from another: found by a plain search
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    owns = [timed for match in _TIMED.finditer(spoken) if not inside(quoted, match.start())
            for timed in (_timed(match),) if timed.things]
    if not owns:
        return []
    words = content_words(spoken, _NOT_CONTENT)
    for own in owns:
        theirs = [(timed, sentence) for passage in passages for timed, sentence in _timings(passage.text)
                  if timed.things & own.things and _same_way(timed, own)]
        if not theirs or any(_may_be(timed.days, own.days) for timed, _ in theirs):
            continue  # no passage times it so, or one times it by a length the sentence's may be
        for timed, sentence in theirs:
            if len({word for word in sentence & words if word[:5] not in own.things}) >= _RESTATES:
                return [Finding(offset, f"this sentence says '{own.shown}' where its cited passages say "
                                        f"'{timed.shown}': {clipped(text)}",
                                "keep the time between the two events the source gives, or cite a passage that "
                                "gives this one")]
    return []


def _same_way(theirs: Timed, own: Timed) -> bool:
    """Say whether two timings go the same way round, or one is the same day (the other way is sequence.py's)."""
    return theirs.way == own.way or "" in (theirs.way, own.way)


def _may_be(theirs: tuple[float, float], own: tuple[float, float]) -> bool:
    """Say whether two spans of days between events may be the same."""
    return own[0] <= theirs[1] and theirs[0] <= own[1]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _timings(text: str) -> tuple[tuple[Timed, frozenset[str]], ...]:
    """Return each timing a passage gives, with its sentence's content words."""
    if not any(word in text for word in _MAY_TIME):
        return ()
    return tuple((timed, content_words(sentence_of(text, match.start()), _NOT_CONTENT))
                 for match in _TIMED.finditer(text) for timed in (_timed(match),) if timed.things)


def _timed(match: re.Match) -> Timed:
    """Return the timing a match of _TIMED gives."""
    shown = " ".join(match.group().split())
    things = _things(match["what"])
    if match["length"] is None:  # "the day ...": the same day, or the day after or before
        way = (match["next"] or "").casefold()
        return Timed(way, (1, 1) if way else (0, 0.99), things, shown)
    way = match["way"].casefold()
    if match["unit"]:
        count = match["count"].casefold()
        count = int(count) if count.isdigit() else _COUNTS[count]
        low, high = _UNIT_DAYS[match["unit"].casefold()]
        days = (count * low, count * high)
        if match["unit"].casefold() == "hour":  # "36 hours after" may fall on either of two calendar days
            days = (max(0.0, days[0] - 1), days[1] + 1)
        return Timed(way, days, things, shown)
    return Timed(way, _VAGUE[" ".join(match["length"].casefold().split())], things, shown)


def _things(words: str) -> frozenset[str]:
    """Return what a timing times from: the first five letters of its first three words of four letters or more."""
    found = [word.casefold() for word in _WORD.findall(words) if word.casefold() not in _NOT_THINGS]
    return frozenset(word[:5] for word in found[:3])
