"""A measure that names which end of a range its figure is ("Lower bound of 95% confidence interval", "Upper limit"):
its figure is that end exactly, so a table's row giving 71 for "71% to 89%" is not told to write `bound: at least`
(which would show "at least 71%" as the interval's lower bound, a figure the source never gives)."""

from __future__ import annotations

import re

from . import patterns

# Which end of a range a measure names, by the kind of bound that end has as a range's end ("at least" its low end).
_END_NAMED = {
    "at least": patterns.compile(r"(?<!\w)(?:lower|low)[ -](?:bound|limit|end)(?!\w)", re.IGNORECASE),
    "up to": patterns.compile(r"(?<!\w)(?:upper|high|higher)[ -](?:bound|limit|end)(?!\w)", re.IGNORECASE),
}


def measure_names_range_end(measure: str, kind: str) -> bool:
    """Say whether `measure` names the end of a range that a qualifier of `kind` ("at least", "up to") gives it."""
    named = _END_NAMED.get(kind)
    return bool(named and named.search(measure))
