"""Talks or a meeting whose date the source says has not been set may not be told as scheduled or begun.

"Talks on the gas field are scheduled" (or "A date for talks on sharing the field has been set", "Talks ... have
begun") citing "Talks between the two countries on sharing the field are expected, but a date has not been set"
built: polarity.py pairs a sentence's clause with the passage's that shares its words, here "Talks ... are expected",
and the date not set went unread (tests/test_newuser_131.py).

A sentence telling something scheduled ("is scheduled", "set for", "due to begin on"), a date set ("a date has been
set", "have fixed a date") or talks begun ("talks have begun", "negotiations opened") is refused where a cited passage
says a date has not been set, fixed, agreed or scheduled ("a date has not been set", "no date has been set", "has yet
to be scheduled") and none tells one set. A negated sentence ("no date has been set", "talks are not yet scheduled"),
one to come or possible ("talks could begin once a date is set") and words in quotation marks are not read. English
text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_SET = r"(?:set|fixed|agreed|scheduled|announced|arranged|decided)"
_TOLD = patterns.compile(
    r"(?<![\w-])(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:scheduled|set|planned|fixed|due)\s+"
    r"(?:for|to\s+(?:begin|start|open|take\s+place|be\s+held))"
    r"|(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?scheduled"
    rf"|(?:a|the)\s+date\s+(?:for\s+(?:[\w'’-]+\s+){{0,6}}?)?(?:has|had|have)\s+(?:now\s+|already\s+)?been\s+{_SET}"
    rf"|(?:has|have|had)\s+(?:now\s+|already\s+)?{_SET}\s+a\s+date"
    r"|(?:talks|negotiations|meetings?)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:(?:have|has|had)\s+(?:now\s+|already\s+)?(?:begun|started|opened)"
    r"|began|started|opened|(?:are|is)\s+(?:now\s+)?under\s*way))(?![\w-])", re.IGNORECASE)
_UNDONE_BEFORE = patterns.compile(
    r"(?<![\w-])(?:not|never|n['’]t|no|nor|yet|will|would|could|may|might|can|should|if|unless|once|whether|until"
    r"|before|when|expected\s+to)\W+(?:[\w'’-]+\W+){0,6}$", re.IGNORECASE)
_NOT_SET = patterns.compile(
    rf"(?<![\w-])(?:(?:a|the)\s+date\s+(?:for\s+(?:[\w'’-]+\s+){{0,6}}?)?(?:has|had|have|is|was)\s+not\s+(?:yet\s+)?"
    rf"(?:been\s+)?{_SET}|no\s+date\s+(?:for\s+(?:[\w'’-]+\s+){{0,6}}?)?(?:has|had|have|is|was)\s+(?:yet\s+)?"
    rf"(?:been\s+)?{_SET}|(?:has|have)\s+yet\s+to\s+be\s+(?:scheduled|set|fixed)|(?:has|have)\s+not\s+(?:yet\s+)?"
    r"been\s+scheduled|(?:is|are)\s+not\s+yet\s+scheduled)(?![\w-])", re.IGNORECASE)


def unset_date_told_as_set(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells talks scheduled or begun, or a date set, that its cited passages say has no
    date set, and none tells one set."""
    if not in_english(language) or not passages:
        return []
    not_set = next((m for p in passages for m in [_NOT_SET.search(p.text)] if m), None)
    if not_set is None:
        return []
    own = unquoted(markers_blanked(text))
    told = next((m for m in _TOLD.finditer(own) if not _UNDONE_BEFORE.search(own[:m.start()])), None)
    if told is None or any(not _UNDONE_BEFORE.search(p.text[:m.start()])
                           for p in passages for m in _TOLD.finditer(p.text)):
        return []
    return [Finding(offset, f"this sentence tells a date as set ('{' '.join(told.group().split())}') where its cited "
                            f"passages say '{' '.join(not_set.group().split())}': {clipped(text)}",
                    "say what the source says (no date set yet), or cite the passage that tells one")]
