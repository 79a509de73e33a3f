"""Basis points and percentage points, one measure: "could rise by about 50 basis points" may cite "around half a
percentage point", and "0.25 percentage points" may cite "25 basis points".

numbers.py reads "50 basis points" as 0.5 percentage points too, but a sentence's figure was backed only where a
passage gave every reading of it, so "50 basis points" citing "0.5 percentage points" was refused ("figure "50" is
not in the passages"), and a passage's "half a percentage point", "a quarter of a point" or "three-quarters of a
percentage point" gave no figure at all. A figure in basis points or percentage points is backed where a cited
passage gives the same number of percentage points, in digits or in those words. English text is read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .numbers import PERCENTAGE_POINT, Quantity, mentions_in

_FRACTION = {"half": Decimal("0.5"), "quart": Decimal("0.25"), "three": Decimal("0.75")}
# "half a percentage point", "a quarter of a point", "three-quarters of a percentage point", "a quarter-point"
_POINT_WORDS = patterns.compile(r"(?<!\w)(?:an?\s+)?(?P<part>half|quarter|three[\s-]quarters)(?:\s+of)?(?:\s+an?)?"
                                r"[\s-]+(?:percentage[\s-]+)?point(?!\w)", re.IGNORECASE)


def points_backed(quantities: tuple[Quantity, ...], passages) -> bool:
    """Say whether a figure given in basis or percentage points (its reading in percentage points among quantities)
    is the number of percentage points a passage gives, in digits or words."""
    wanted = {q.value for q in quantities if q.unit == PERCENTAGE_POINT}
    if not wanted:
        return False  # the common case: a figure of no points
    return any(wanted & _points_of(passage.text, passage.language) for passage in passages
               if "point" in passage.text or "bp" in passage.text)


def _points_of(text: str, language: str) -> set[Decimal]:
    """Return each number of percentage points text gives."""
    found = {q.value for m in mentions_in(text, language) for q in m.quantities if q.unit == PERCENTAGE_POINT}
    for match in _POINT_WORDS.finditer(text):
        found.add(_FRACTION[match["part"].lower()[:5].rstrip()])  # "half", "quart"er, "three" quarters
    return found
