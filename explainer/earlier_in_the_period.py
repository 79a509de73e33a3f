"""What a passage tells as done "earlier in the week" (day, month, year): before the events it tells, by less than
that period.

"Afghan Taliban forces reportedly attacked Pakistani border troops days after Pakistani airstrikes earlier in the
week" citing "Hours prior to the commencement of airstrikes ..., Afghan Taliban forces reportedly attacked Pakistani
border troops Thursday night in retaliation for Pakistani airstrikes earlier in the week" was refused by sequence.py,
its "after Pakistani airstrikes" read against the passage's "prior to the commencement of airstrikes": the passage
tells two sets of airstrikes, and the sentence names the earlier ones as the passage does. And "weeks after Pakistani
airstrikes earlier in the week" (or "Pakistani airstrikes came weeks before the attack") built: a week's earlier
events are at most a week before (factcheck215).

A thing told earlier is the one to three words right before "earlier in the (this, that) day|week|month|year"
("Pakistani airstrikes"), read as sequence.py reads what an order orders (the first five letters of words of four
letters or more). A sentence names it where its own ordered thing holds every one of those words. English text is
read.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .relative_times import _TIMED, _timed
from .sentences import inside, markers_blanked, sentence_of

_EARLIER = patterns.compile(r"(?P<what>(?:[^\W\d_][\w'’-]*[^\S\n]+){1,3})earlier[^\S\n]+(?:in[^\S\n]+the|this|that)"
                            r"[^\S\n]+(?P<unit>day|week|month|year)(?!\w)", re.IGNORECASE)
# the most days a thing done earlier in the period may be before the events told in it
_MOST_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
_WORD = patterns.compile(r"[^\W\d_][\w'’-]{3,}")
# words before "earlier" that are no part of the thing: "in retaliation for Pakistani airstrikes earlier in the week"
_NOT_THINGS = frozenset({"that", "this", "which", "what", "they", "their", "them", "there", "were", "been", "have",
                         "with", "from", "into", "then", "retaliation", "response", "said", "says", "also", "after",
                         "before", "announced", "reported", "held", "made", "carried"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "before", "after", "earlier", "hours", "days", "weeks",
                          "months", "week", "month", "year", "years"})
_RESTATES = 2


class Earlier(NamedTuple):
    """A thing a passage tells done earlier in a period: its words (first five letters), the most days before, the
    words as written, and its sentence's content words."""

    things: frozenset[str]
    days: float
    shown: str
    words: frozenset[str]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def told_earlier(text: str) -> tuple[Earlier, ...]:
    """Return the things a passage tells done earlier in the day, week, month or year."""
    if "earlier" not in text.casefold():
        return ()
    found = []
    for match in _EARLIER.finditer(text):
        words = [word.casefold() for word in _WORD.findall(match["what"])]
        # the thing is the words after the last that is none ("for Pakistani airstrikes": "Pakistani airstrikes")
        kept = words[max((at + 1 for at, word in enumerate(words) if word in _NOT_THINGS), default=0):]
        if kept:
            found.append(Earlier(frozenset(word[:5] for word in kept), _MOST_DAYS[match["unit"].casefold()],
                                 " ".join(match.group().split()[-len(kept) - 4:]),
                                 content_words(sentence_of(text, match.start()), _NOT_CONTENT)))
    return tuple(found)


def names_earlier(things: frozenset[str], passages: list[Cited], other: frozenset[str]) -> bool:
    """Say whether a sentence's ordered thing (`things`, as sequence.py reads it) holds all the words of a thing a
    passage tells done earlier in a period, a thing the passage's opposite order (`other`) does not name so."""
    # "after Pakistan's airstrikes and heavier clashes" of "prior to the commencement of airstrikes and heavier
    # clashes, ... airstrikes earlier in the week": "heavier" names the later events, not the earlier airstrikes
    return any(earlier.things <= things and not earlier.things <= other and not (things & other) - earlier.things
               for passage in passages for earlier in told_earlier(passage.text))


def too_long_since_earlier(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding when text times a thing a passage tells done earlier in a period longer before the events
    the passage tells than that period: "weeks after Pakistani airstrikes" of "airstrikes earlier in the week"."""
    told = [earlier for passage in passages for earlier in told_earlier(passage.text)]
    if not told:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for match in _TIMED.finditer(spoken):
        if inside(quoted, match.start()) or match["length"] is None:
            continue
        own = _timed(match)
        # "weeks after X" times from X; "X came weeks before Y" times X, the words of its clause before it
        things = own.things if own.way == "after" else _clause_things(spoken, match.start())
        words = content_words(spoken, _NOT_CONTENT)
        for earlier in told:
            if (earlier.things <= things and own.days[0] > earlier.days
                    and len({word for word in earlier.words & words if word[:5] not in earlier.things}) >= _RESTATES):
                return [Finding(offset, f"this sentence says '{' '.join(match.group().split())}' where its cited "
                                        f"passages say '{earlier.shown}': {clipped(text)}",
                                "keep the time between the two events the source gives, or cite a passage that "
                                "gives this one")]
    return []


def _clause_things(text: str, at: int) -> frozenset[str]:
    """Return the first five letters of every word of four letters or more of the clause before `at`."""
    start = max(text.rfind(stop, 0, at) for stop in ".;,:!?") + 1
    return frozenset(word.casefold()[:5] for word in _WORD.findall(text, start, at))
