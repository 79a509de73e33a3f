"""A span in decades is the same span in years: "for more than three decades" may cite "for more than 30 years", and
"for over forty years" a passage's "for more than four decades".

An editor writes either as the sentence reads best; both state one length of time. The figure in one unit must stand
in a cited passage in the other (ten years a decade, and only a whole number of decades: "35 years" is no decade
count), given there in that unit, so "three decades" backs no "30 wells". The qualifier is then read as the
converted figure's, as for any figure: "three decades" citing "more than 30 years" still leaves it out.
"""

from __future__ import annotations

from decimal import Decimal

from .numbers import Quantity, unit_after, units_given

_YEARS_A_DECADE = Decimal(10)


def as_the_other_span(quantities: tuple[Quantity, ...], text: str, start: int, end: int,
                      passages: list[tuple[str, str]]) -> tuple[Quantity, ...]:
    """Return the figure text[start:end] as the passages give it in the other of years and decades (its value ten
    times larger or smaller), where one of the passages, each (text, language), gives it so; else ()."""
    if len(quantities) != 1 or quantities[0].unit:
        return ()
    unit, value = unit_after(text, start, end), quantities[0].value
    if unit == "decade":
        wanted = (Quantity(value * _YEARS_A_DECADE, ""), "year")
    elif unit == "year" and value % _YEARS_A_DECADE == 0:
        wanted = (Quantity(value / _YEARS_A_DECADE, ""), "decade")
    else:
        return ()
    if any(wanted in units_given(passage, language) for passage, language in passages):
        return (wanted[0],)
    return ()
