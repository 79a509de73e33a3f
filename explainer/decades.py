"""A span in decades is the same span in years: "for more than three decades" may cite "for more than 30 years", and
"for over forty years" a passage's "for more than four decades".

An editor writes either as the sentence reads best; both state one length of time. The figure in one unit must stand
in a cited passage in the other (ten years a decade, and only a whole number of decades: "35 years" is no decade
count), given there in that unit, so "three decades" backs no "30 wells". The qualifier is then read as the
converted figure's, as for any figure: "three decades" citing "more than 30 years" still leaves it out.

So with the spans of a clock and a calendar whose ratio never varies: "two weeks' notice" may cite "14 days' notice",
"for three days" "for 72 hours", "an hour and a half" no more than "90 minutes" (a whole number of the larger unit
only: "45 minutes" backs no "0.75 hours"; months and years, of varying length, are not converted).

A figure hedged as near ("about three weeks", "nearly two weeks") is near a length in the smaller unit too: "about"
within a seventh of it either way (20 days for three weeks), "nearly" short of it by a fifth at most (12 days for two
weeks, not 9); the passage's figure is then read as the sentence's, as a plain one is.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .numbers import Quantity, unit_after, units_given
from .qualifiers import qualifier_of

# Each larger span with the smaller one it holds a fixed number of.
_HOLDS = {"decade": ("year", Decimal(10)), "week": ("day", Decimal(7)), "day": ("hour", Decimal(24)),
          "hour": ("minute", Decimal(60))}
# A fraction's span after it: "three-quarters of an hour", "half of a day"
_PART_OF = patterns.compile(r"\s+of\s+(?:an?|one)\s+(?P<unit>hour|day|week|decade)(?!\w)", re.IGNORECASE)
_HELD_IN = {smaller: (larger, times) for larger, (smaller, times) in _HOLDS.items()}


def as_the_other_span(quantities: tuple[Quantity, ...], text: str, start: int, end: int,
                      passages: list[tuple[str, str]]) -> tuple[Quantity, ...]:
    """Return the figure text[start:end] as the passages give it in a span next to its own (years for decades, days
    for weeks, hours for days, minutes for hours, and back: a whole number of the larger), where one of the passages,
    each (text, language), gives it so; else ()."""
    if len(quantities) != 1 or quantities[0].unit:
        return ()
    unit, value = unit_after(text, start, end), quantities[0].value
    if unit is None and value < 1 and (part := _PART_OF.match(text, end)):
        unit = part["unit"].casefold()  # "three-quarters of an hour": 45 minutes, a whole number of the smaller
    wanted = []
    if unit in _HOLDS:
        smaller, times = _HOLDS[unit]
        wanted.append((Quantity(value * times, ""), smaller))
    if unit in _HELD_IN and value % _HELD_IN[unit][1] == 0:
        larger, times = _HELD_IN[unit]
        wanted.append((Quantity(value / times, ""), larger))
    for span in wanted:
        if any(span in units_given(passage, language) for passage, language in passages):
            return (span[0],)
    if unit in _HOLDS and value > 0 and (near := _NEAR.get(getattr(qualifier_of(text, start, end), "kind", ""))):
        smaller, times = _HOLDS[unit]
        low, high = near
        for passage, language in passages:
            for quantity, family in sorted(units_given(passage, language)):
                if family == smaller and not quantity.unit and low <= quantity.value / (value * times) < high:
                    return (quantity,)
    return ()


# How far from a hedged span its smaller unit's figure may be, as a share of it: [low, high).
_NEAR = {"about": (Decimal(6) / 7, Decimal(8) / 7), "nearly": (Decimal("0.8"), Decimal(1))}
