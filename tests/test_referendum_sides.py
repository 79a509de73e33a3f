"""A referendum's No side is a name, not a negation (explainer/polarity.py, `_NOT_NEGATING`).

A new user's referendum briefing (tests/test_newuser_113.py) found "The No campaign asked for a recount" refused as
adding a negation to "The agents of Keep Harwick Moving asked me to order a recount": every referendum briefing names
its No side so. A capitalised "No" after a word and before "campaign", "side", "camp", "vote" or "lobby" is that
side; a sentence opening on "No voters ..." still negates, and so does a lower-case "no".
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="yes-campaign", name="Yes to a Cleaner Harwick", short_name="Yes campaign", role="side"),
           Party(id="no-campaign", name="Keep Harwick Moving", short_name="No campaign", role="side"))
RECOUNT = "The agents of Keep Harwick Moving asked me to order a recount, the Returning Officer said."
TURNED_AWAY = "Some voters were turned away at two polling stations in Eastgate, the Returning Officer said."
ADDS = "adds a negation"


@pytest.mark.parametrize("sentence, passage", [
    ("The No campaign asked for a recount.", RECOUNT),
    ("Harwick's No camp asked for a recount.", RECOUNT),
    ("After a No vote in Eastgate, Keep Harwick Moving asked for a recount.", RECOUNT),
    ("The No side asked for a recount.", RECOUNT),
    ("The No-campaign asked for a recount.", RECOUNT),
])
def test_the_no_side_named_negates_nothing(sentence: str, passage: str):
    assert not [found for found in sentence_findings(sentence, (passage,), "en", PARTIES) if ADDS in found]


@pytest.mark.parametrize("sentence, passage", [
    ("No voters were turned away at polling stations in Eastgate.", TURNED_AWAY),
    ("Keep Harwick Moving asked for no recount.", RECOUNT),
    ("Keep Harwick Moving did not ask for a recount.", RECOUNT),
    ("The agents of the No campaign never asked for a recount.", RECOUNT),
])
def test_a_negation_beside_it_is_still_read(sentence: str, passage: str):
    assert any(ADDS in found for found in sentence_findings(sentence, (passage,), "en", PARTIES))
