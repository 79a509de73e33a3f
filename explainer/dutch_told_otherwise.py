"""The Dutch checks of a sentence told otherwise than its passage that cite.py asks in one call: a count kept to its
"volgens" giver (dutch_count_givers.py), a goal not told as reached (dutch_goals.py) and a demand not told as
granted (dutch_demands.py) (tests/test_newuser_137.py)."""

from __future__ import annotations

from .attribution import Cited, Finding
from .dutch_count_givers import count_given_to_another_giver
from .dutch_demands import demand_told_as_granted
from .dutch_goals import goal_told_as_reached


def dutch_told_otherwise(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return what a Dutch sentence tells otherwise than its passages, as the three modules above read it."""
    if not language.startswith("nl"):
        return []
    return (count_given_to_another_giver(text, passages, offset, language)
            + goal_told_as_reached(text, passages, offset, language)
            + demand_told_as_granted(text, passages, offset, language))
