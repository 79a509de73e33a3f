"""The checks of an economics briefing's statements, run together from cite.py: a level reached told as the start
(reached_as_start.py), a figure put on the other side of its target (target_sides.py), a part of a year moved
(year_stages.py), an expected change told as done (expected_as_done.py), a vote's count given to the other side
(vote_sides.py), a thing put on the other side of a limit in words (bound_sides.py). tests/test_factcheck_82.py."""

from __future__ import annotations

from .attribution import Cited, Finding
from .expected_as_done import expected_as_done
from .bound_sides import turned_limit_sides
from .reached_as_start import reached_as_start
from .target_sides import turned_target_sides
from .vote_sides import count_on_other_side
from .year_stages import moved_year_parts

_CHECKS = (reached_as_start, turned_target_sides, moved_year_parts, expected_as_done, count_on_other_side,
           turned_limit_sides)


def misstated_rate_statements(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return the first finding of each check above."""
    return [finding for check in _CHECKS for finding in check(text, passages, offset, language)]
