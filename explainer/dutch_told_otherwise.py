"""The Dutch checks of a sentence told otherwise than its passage that cite.py asks in one call: a count kept to its
"volgens" giver (dutch_count_givers.py), a goal not told as reached (dutch_goals.py) and a demand not told as
granted (dutch_demands.py) (tests/test_newuser_137.py); a demand not told as granted in the past tense
(dutch_past_demands.py), a fall not told as a rise (dutch_directions.py), a ruling not yet given not told as given
(dutch_rulings.py), a dispute not told as agreement (dutch_disputes.py), a quotation kept to its speaker
(dutch_quoted_speakers.py), a speaker's word not told as fact (dutch_dropped_sayers.py) and an act not ruled out not
told as certain (dutch_not_ruled_out.py) (tests/test_factcheck_246.py)."""

from __future__ import annotations

from .attribution import Cited, Finding
from .dutch_count_givers import count_given_to_another_giver
from .dutch_demands import demand_told_as_granted
from .dutch_directions import direction_told_reversed
from .dutch_disputes import dispute_told_as_agreement
from .dutch_dropped_sayers import speakers_word_told_as_fact
from .dutch_goals import goal_told_as_reached
from .dutch_not_ruled_out import possible_told_as_certain
from .dutch_past_demands import past_demand_told_as_granted
from .dutch_quoted_speakers import quotation_given_to_another
from .dutch_rulings import ruling_told_as_given

_CHECKS = (count_given_to_another_giver, goal_told_as_reached, demand_told_as_granted, past_demand_told_as_granted,
           direction_told_reversed, ruling_told_as_given, dispute_told_as_agreement, quotation_given_to_another,
           speakers_word_told_as_fact, possible_told_as_certain)


def dutch_told_otherwise(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return what a Dutch sentence tells otherwise than its passages, as the modules above read it."""
    if not language.startswith("nl"):
        return []
    return [finding for check in _CHECKS for finding in check(text, passages, offset, language)]
