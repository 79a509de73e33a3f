"""A change's two ends set side by side, each dated: "Revenue was $5.1 billion in 2025, compared with $4.8 billion in
2024" gives a change from $4.8 billion to $5.1 billion.

A passage that gives a level and, after "compared with" ("compared to", "against", "versus", "vs"), the same measure's
level in another year gives a change's two ends, the later year first or last: its years say which end is the start (or the second's "a year earlier", "the year before", "last year").
change_sizes.change_ends_of reads the pair here, so "Revenue rose 6% in 2025" (relative_changes.py) and "rose by $300
million" (change_sizes.py) build, while "fell 6%" is refused, the way the years go (tests/test_newuser_74.py). Two
levels without a year each, or in one year, give no change: which came first is not said.
"""

from __future__ import annotations

import re

from . import patterns

# the words between two dated levels, after a unit's word if any: "| in 2025, compared with |", "| units in 2025
# against |"
_BETWEEN = patterns.compile(r"(?:\s+[^\W\d_]+)?\s+in\s+(?P<year>(?:19|20)\d\d),?\s+"
                            r"(?:compared\s+(?:with|to)|against|versus|vs\.?)"
                            r"\s+", re.IGNORECASE)
_WORDS = ("compared", "against", "versus", "vs")
_YEAR_AFTER = patterns.compile(r"(?:\s+[^\W\d_]+)?\s+in\s+(?P<year>(?:19|20)\d\d)(?!\d)")
# the second level dated before the first by its own words: "..., against $4.8 billion a year earlier"
_EARLIER_AFTER = patterns.compile(r"(?:\s+[^\W\d_]+)?\s+(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:year|previous"
                                  r"\s+year|prior\s+year)\s+before|the\s+(?:previous|prior)\s+year|last\s+year)"
                                  r"(?!\w)", re.IGNORECASE)


def compared_ends(text: str, first, second, between: str, a, b):
    """Return the start and the level reached of two levels `a` (of mention `first`) and `b` (of `second`) that text
    sets side by side, each in a year of its own, by their years; None where they are not given so."""
    if not any(word in between for word in _WORDS):
        return None  # the common case: a few substring searches
    said = _BETWEEN.fullmatch(between)
    if said and _EARLIER_AFTER.match(text, second.end):
        return (b, a)  # "$5.1 billion in 2025, against $4.8 billion a year earlier"
    later = _YEAR_AFTER.match(text, second.end)
    if not said or not later or said["year"] == later["year"]:
        return None
    return (b, a) if said["year"] > later["year"] else (a, b)
