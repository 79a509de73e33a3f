"""A change's size as a share of where it started: "rose by 53%" or "by about half" of a passage's "to 312 from 204",
"cut the risk by a third" (or "by 33%") of "cut the risk from 6% to 4%".

A reporter works out how much a figure grew or shrank from the two ends a passage gives ("from A to B", "to B from
A", "B, up from A"; change_sizes.change_ends_of reads them): (B - A) / A. Such a percentage, given as a change's size
("rose by", "cut ... by", "an increase of"), or a fraction a change is "by" ("by a third", fractions_said.py), builds
where it is that share of one change the cited passages give, the way that change goes: a plain figure within half a
point ("53%" of 52.9%), "about" within an eighth of it or two points, "nearly" below it, "more than" above it. Of two
percentages the share is of the first one (a relative change: 6% to 4% is a third less); "rose by 15%" of "from 10%
to 25%" (150%) is still refused, and a fraction that fits no share given is refused where the passages give a change's
two ends and no percentage of their own: "rose by a third" citing "to 312 from 204".
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

_NEAR = Decimal(2)
_ROUNDED = Decimal("0.5")


class Change(NamedTuple):
    """A change a passage gives by its two ends: its size as a percentage of the start, whether it rises, the ends."""

    percent: Decimal
    rising: bool
    start: Decimal
    reached: Decimal
    unit: str = ""


def changes_of(ends: Iterable[tuple]) -> tuple[Change, ...]:
    """Return each change of `ends` (pairs of quantities, the start and the level reached, in one unit) that starts
    above nothing, with its size as a percentage of the start."""
    return tuple(Change(abs(reached.value - start.value) * 100 / start.value, reached.value > start.value,
                        start.value, reached.value, start.unit)
                 for start, reached in ends if start.unit == reached.unit and start.value > 0
                 and reached.value != start.value)


def fits(value: Decimal, qualifier: str, percent: Decimal, exact: bool) -> bool:
    """Say whether a share `percent` of a change is what a figure `value`, as qualified ("", "about", "nearly", "more",
    "less"), says: a plain figure in digits (`exact`) within half a point, a plain fraction within a tenth of it."""
    near = max(value / 8, _NEAR)
    if qualifier == "about":
        return abs(percent - value) <= near
    if qualifier == "nearly":
        return value - near <= percent < value
    if qualifier == "more":
        return value < percent
    if qualifier == "less":
        return percent < value
    if exact:
        return abs(percent - value) < _ROUNDED  # "6%" or "6.25%" of 6.25%: a reporter rounds to the point
    return abs(percent - value) <= max(value / 10, Decimal("1.5"))


def shown(change: Change) -> str:
    """Return a change as a message shows it: "52.9% (from 204 to 312)", "33.3% (from 6% to 4%)"."""
    unit = "%" if change.unit == "%" else ""
    return (f"{change.percent.quantize(Decimal('0.1')).normalize():f}% (from {_figure(change.start)}{unit} to "
            f"{_figure(change.reached)}{unit})")


def _figure(value: Decimal) -> str:
    """Return a figure with its thousands grouped: "725,000,000"."""
    return f"{value.normalize():,f}"
