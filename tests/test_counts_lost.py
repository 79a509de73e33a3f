"""A count lost or gained is a change's size (explainer/change_sizes.py).

A new user's local-election briefing wrote "Labour has lost nine seats." citing "Labour, which had run the council
since 2014, won 17 seats, down from 26." and it was refused ("figure "nine" is not in the passages"), though "Labour's
seats fell by nine" built: "fell by" was read as a change's size, "lost" was not. "lost", "lose", "loses", "losing",
"gains" and "gaining" now are, in the direction they tell; another difference, or the other direction, is still
refused.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

SEATS = "Labour, which had run the council since 2014, won 17 seats, down from 26."
MEMBERS = "The union now has 41,200 members, up from 38,700 a year ago."


@pytest.mark.parametrize("passage, sentence", [
    (SEATS, "Labour has lost nine seats."),
    (SEATS, "Labour lost 9 of its 26 seats."),
    (SEATS, "Labour, losing nine seats, fell to 17."),
    (MEMBERS, "The union gained 2,500 members in a year."),
    (MEMBERS, "The union has gained 2,500 members."),
])
def test_a_count_lost_or_gained_builds(passage, sentence):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("passage, sentence", [
    (SEATS, "Labour has lost eight seats."),
    (SEATS, "Labour gained 9 seats."),
    (MEMBERS, "The union lost 2,500 members in a year."),
    (MEMBERS, "The union gained 3,000 members in a year."),
])
def test_another_count_or_direction_is_refused(passage, sentence):
    assert sentence_findings(sentence, (passage,), "en", ()) != []
