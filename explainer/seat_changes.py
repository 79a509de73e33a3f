"""Seats gained kept apart from seats held: "Labour won 12 seats" may not cite "Labour gained 12 seats, taking its
total to 48".

A count of seats after a verb of holding ("won", "took", "secured", "holds", "has", "with", "returned") is a party's
total; one after a verb of change ("gained", "picked up", "added", "lost", "shed", "a net gain of", "up", "down") or
before "more" or "fewer" is a change. A sentence giving as a total a count its cited passages give only as a change
is refused, and so is one giving as a change a count they give only as a total ("gained 48 seats" citing "taking its
total to 48"), where no passage gives that count as the sentence does. Seats, mandates, MPs, councillors and deputies
are read, in English; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked
from .wordset import may_hold

_SEAT_WORDS = frozenset({"seats", "seat", "mandates", "mps", "councillors", "councilors", "deputies"})
_SEATS = r"(?:\w+\s+)?(?:seats?|mandates|MPs|council+ors|deputies)(?!\w)"


def _count(name: str) -> str:
    """Return the pattern of a count of seats, in the group `name` (each alternative of a pattern has its own)."""
    return rf"(?<![\w.,])(?P<{name}>\d[\d,]*)"


_HELD = patterns.compile(
    r"(?<![\w-])(?P<verb>won|wins|took|takes|secured|secures|holds|hold|held|has|have|had|with|returned|elected|claimed"
    r"|retained|kept|captured|controls)\s+(?:only\s+|just\s+|a\s+total\s+of\s+|all\s+)?"
    rf"{_count('n')}\s+(?!more|fewer|extra|additional){_SEATS}(?!\s+(?:more|fewer))"
    rf"|(?:total|tally)\s+(?:of|to)\s+{_count('n2')}(?:\s+{_SEATS})?|(?<![\w-])(?:to|at)\s+{_count('n3')}\s+{_SEATS}",
    re.IGNORECASE)
_CHANGED = patterns.compile(
    r"(?<![\w-])(?P<verb>gained|gains|gain|picked\s+up|picks\s+up|added|adds|lost|loses|shed|sheds|dropped|drops"
    r"|net\s+(?:gain|loss)\s+of|(?:a\s+)?(?:gain|loss|swing)\s+of|up|down)\s+(?:a\s+net\s+|another\s+)?"
    rf"{_count('n')}\s+{_SEATS}|{_count('n2')}\s+(?:more|fewer|extra|additional)\s+{_SEATS}"
    rf"|{_count('n3')}\s+{_SEATS}\s+(?:more|fewer)"
    r"(?!\w)", re.IGNORECASE)


def changes_as_totals(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives as a party's seats a count its cited passages give as a change in them, or
    as a change one they give as its seats."""
    if not in_english(language) or not passages or not may_hold(text, _SEAT_WORDS):
        return []  # most sentences count no seats: found by a set lookup
    spoken = unquoted(markers_blanked(text))
    held, changed = _counts(_HELD, spoken), _counts(_CHANGED, spoken)
    if not held and not changed:
        return []
    their_held = {n: shown for passage in passages for n, shown in _counts(_HELD, unquoted(passage.text)).items()}
    their_changed = {n: shown for passage in passages
                     for n, shown in _counts(_CHANGED, unquoted(passage.text)).items()}
    for mine, backing, other, told, given in ((held, their_held, their_changed, "a total", "a change"),
                                              (changed, their_changed, their_held, "a change", "a total")):
        for n, shown in mine.items():
            if n in other and n not in backing:
                return [Finding(offset + spoken.find(shown), f"this sentence gives {n} seats as {told} ('{shown}') "
                                                             f"where its cited passages give them as {given} "
                                                             f"('{other[n]}'): {clipped(text)}",
                                "keep seats gained or lost apart from seats held, as the source does ('gained 12 "
                                "seats', 'taking its total to 48')")]
    return []


def _counts(pattern: re.Pattern, text: str) -> dict[str, str]:
    """Return the counts `pattern` finds in text, each as written ("12" -> "gained 12 seats")."""
    return {(found["n"] or found["n2"] or found["n3"]).replace(",", ""): " ".join(found.group().split())
            for found in pattern.finditer(text)}
