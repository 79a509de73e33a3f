"""A figure or year said to be given where the cited passages give none: "numbers are given" of "its forces have taken
out a number of tanks", a negation dropped.

A briefing tells what its source leaves out in its own words ("no numbers are given", "No year is given"), which
polarity.py leaves unread (what a source gives is the briefing's word on it). Its "no" dropped, "numbers are given"
and "year is given" said the passage gives what it does not, and built (factcheck213). Refused where a clause says
numbers or figures (a toll, a count) are given, with no negation before it, and no cited passage holds a figure in
digits or a number word; or says a year is given, and no cited passage holds a year (four digits from 1000 to 2999).
What numbers are given of is not read: "the report gives numbers for the wounded" builds beside any figure.
"""

from __future__ import annotations

import re

from . import patterns

_GIVEN = patterns.compile(
    r"(?<!\w)(?P<what>numbers?|figures?|(?:a\s+)?(?:toll|count|tally)|(?:a\s+|the\s+)?years?)\s+(?:is|are|was|were"
    r"|has\s+been|have\s+been)\s+(?:(?:also|both|each|all)\s+)?(?:given|stated|provided|reported)(?!\w)", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:no|not|never|nor|neither|without|none|n['’]t)"
                                   r"(?:[\s,]+[\w'’-]+){0,5}\s*$", re.IGNORECASE)
_FIGURE = patterns.compile(r"\d|(?<!\w)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
                           r"|hundreds?|thousands?|millions?|billions?|half|third|quarter|percent)(?!\w)",
                           re.IGNORECASE)
_YEAR = patterns.compile(r"(?<!\d)[12]\d{3}(?!\d)")


def figure_given_of_none(text: str, passages: list[str]) -> tuple[int, str] | None:
    """Return where a sentence says figures (or a year) are given that no cited passage gives, and what it says is
    given; None where it says no such thing."""
    for given in _GIVEN.finditer(text):
        if _NEGATED_BEFORE.search(text, max(0, given.start() - 40), given.start()):
            continue
        year = given["what"].casefold().split()[-1].startswith("year")
        held = _YEAR if year else _FIGURE
        if not any(held.search(passage) for passage in passages):
            return given.start(), " ".join(given.group().split())
    return None
