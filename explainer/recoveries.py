"""A recovery denied, told as made in other words: "have returned to pre-pandemic levels" of "had not yet recovered".

"Passenger numbers have returned to pre-pandemic levels" citing "passenger numbers had not yet recovered to their
level before the pandemic" built: polarity.py reads a negation dropped only where the sentence holds the word the
passage negates ("recovered"), and "returned" is another. A negative clause whose negation stands right before a verb
of getting back ("recovered", "returned", "rebounded", "bounced back", "come back", "got back", "been restored",
"regained") restates a positive clause that tells one of them (or "back to", "back at") of a thing the negative
clause names before its negation, towards a level the negative clause names after it (a word of five letters or more
of both: "level", "pandemic"). "Passenger numbers have returned to growth" of it names no level it was denied, and
builds.
"""

from __future__ import annotations

import re

from . import patterns

_BACK = (r"(?:recover(?:s|ed|ing)?|return(?:s|ed|ing)?|rebound(?:s|ed|ing)?|bounced?\s+back|bouncing\s+back"
         r"|c[oa]me\s+back|coming\s+back|g[eo]t(?:ten)?\s+back|getting\s+back|(?:been\s+|be\s+)?restored"
         r"|regain(?:s|ed|ing)?|back\s+(?:to|at|up\s+to))")
# the negation, a word or two of time or degree, the verb of getting back, then what it got back to
_DENIED = patterns.compile(rf"(?:(?<!\w)(?:not|never)|n['’]t)\s+(?:(?:yet|fully|quite|entirely|completely|still)\s+)*"
                           rf"(?:been\s+)?{_BACK}(?!\w)(?P<level>[^.;]*)", re.IGNORECASE)
_TOLD = patterns.compile(rf"(?<!\w){_BACK}(?!\w)(?P<level>[^.;]*)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
_PREFIX = 5
# words of five letters or more that name neither a thing nor a level
_EMPTY = frozenset({"their", "there", "about", "where", "which", "since", "after", "before", "still", "would", "could",
                    "should", "being"})


def recovery_told_made(negative: str, positive: str) -> bool:
    """Say whether a positive clause tells as got back what a negative clause denies was: its subject named before
    the negation, and the level a word of both after the verb."""
    denied = _DENIED.search(negative)
    if not denied:
        return False
    told = _TOLD.search(positive)
    if not told:
        return False
    subject = _stems(negative[:denied.start()])
    level = _stems(denied["level"])
    return bool(subject & _stems(positive[:told.start()])) and bool(level & _stems(told["level"]))


def _stems(text: str) -> frozenset[str]:
    return frozenset(word.casefold()[:_PREFIX] for word in _WORD.findall(text)
                     if len(word) >= _PREFIX and word.casefold() not in _EMPTY)
