"""A year's start or end named as its month: "since January" may cite "since the start of the year", "by December"
"by the end of the year".

A month named alone must be one its cited passages name (attribution.unbacked_months); a passage that says "since the
start of the year" names its year's January as surely as "since January" does (a month named with another year is a
date, checked as one). English "the start (beginning) of the year" and "the start of this year" are read as January,
"the end of the year" as December; French "début de l'année", "fin de l'année", Spanish
"principios de año", "finales de año" too (tests/test_factcheck_102.py). "The start of the financial (fiscal, school)
year" names no month: a word between "the" and "year" is read only where it is "this" or "the current".

Where a passage's publication date is known (sources.yaml's `published`), its year's start or end is that year's
January or December: "since January 2026" may cite "since the start of the year" published on 12 March 2026, not one
published in 2025 (tests/test_factcheck_103.py).
"""

from __future__ import annotations

import re
from typing import Iterable

from . import patterns
from .numbers import Quantity

_YEAR_END = patterns.compile(
    r"(?<!\w)(?:(?P<start>start|beginning|début|principios|comienzos|inicios)"
    r"|(?P<end>end|fin|finales|fines))\s+(?:of|de|del|d['’])\s*(?:the\s+(?:current\s+)?|this\s+|l['’]\s*|la\s+|el\s+)?"
    r"(?:year|année|año)(?!\w)", re.IGNORECASE)
_WORDS = ("year", "année", "año")


def year_end_months(text: str) -> frozenset[int]:
    """Return the months a text names as its year's start (1) or end (12): "since the start of the year"."""
    folded = text.casefold()
    if not any(word in folded for word in _WORDS):
        return frozenset()  # most passages name no year's start or end
    return frozenset(1 if match["start"] else 12 for match in _YEAR_END.finditer(text))


def dated_year_end(quantities: Iterable[Quantity], passages: Iterable) -> bool:
    """Say whether a month and year ("January 2026") are the start or end of the year of a cited passage that names
    it so, published that year."""
    named = set(quantities)
    months = [q for q in named if q.unit == "month"]
    if len(named) != 2 or len(months) != 1:
        return False  # a day, or no month: a date of its own
    year = next(q.value for q in named if q.unit == "")
    return any(passage.published[:4] == str(year) and int(months[0].value) in year_end_months(passage.text)
               for passage in passages)
