"""A figure's `unit` may open with its scale in the singular, as French, Italian and Spanish write it after a figure
below two ("1,4 milliard d'euros", "1,2 milione di euro"): `unit: milliard d'euros`. Checked as a heading is, the
lone scale word read as a figure of its own (one milliard, 10^9) that no passage gives, and the unit was refused with
"figure 'milliard' is not in the passages this briefing cites" beside a passage saying "1,4 milliard d'euros"
(tests/test_newuser_117.py). The scale word scales the figure's value (numbers.unit_scale); it states nothing alone."""

from __future__ import annotations

from .attribution import Finding
from .numbers import scale_word


def without_the_unit_s_scale(unit: str, findings: list[Finding]) -> list[Finding]:
    """Return the findings of a `unit` checked as a heading, but those of the scale word it opens with."""
    word = scale_word(unit)
    at = unit.find(word) if word else -1
    return [finding for finding in findings if at < 0 or finding.offset != at]
