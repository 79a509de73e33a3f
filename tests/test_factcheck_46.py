"""A forty-sixth fact-check: a negation said by a speaker, dropped where the sentence leaves the speaker out, and the
Italian briefing's leftovers (tests/test_newuser_36.py's docstring), each with one more of the same shape on another
topic, and honest wordings that must stay built.

- A reported negation: "The city would step into the dispute" citing "The mayor said the city would not step into the
  dispute" built, as the words before the "not" were read as whom it is said of, and the sentence named no mayor
  (explainer/polarity.py: after a verb of saying, and its "that" or whom "told" tells, the words said start; the
  speaker's words need not be restated). So with "will", "could", "should", "may", and "said on Tuesday that no
  casualties were reported".

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from test_factcheck_38 import other_findings

DISPUTE = "The mayor said the city would not step into the dispute."
FARES = "The mayor said the city could not raise the fares."
LEAGUE = "The coach told reporters the team would not join the league."
CASUALTIES = "The ministry said on Tuesday that no casualties were reported in the village."
OFFER = "The union's leader said it will not accept the offer."

DROPPED = "this sentence drops the negation of its cited passage"

MISSTATED = {
    "city-steps-in": ("The city would step into the dispute.", DISPUTE, DROPPED),
    "city-steps-in-mayor-after": ("The city would step into the dispute, the mayor said.", DISPUTE, DROPPED),
    "city-could-raise": ("The city could raise the fares.", FARES, DROPPED),
    "team-joins": ("The team would join the league.", LEAGUE, DROPPED),
    "casualties-reported": ("Casualties were reported in the village.", CASUALTIES, DROPPED),
    "board-should-approve": ("The board should approve the merger.",
                             "The chairman said the board should not approve the merger.", DROPPED),
    "agency-may-publish": ("The agency may publish the report.",
                           "A spokesman said that the agency may not publish the report.", DROPPED),
}


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, named: str):
    found = other_findings(sentence, passage)
    assert any(named in message for message in found), found


HONEST = {
    "mayor-said-not": ("The mayor said the city would not step into the dispute.", DISPUTE),
    "not-mayor-said-after": ("The city would not step into the dispute, the mayor said.", DISPUTE),
    "stay-out-mayor-said": ("The city will stay out of the dispute, the mayor said.", DISPUTE),
    "could-not-raise": ("The city could not raise the fares, according to the mayor.", FARES),
    "team-stays-out": ("The team would stay out of the league, the coach said.", LEAGUE),
    "no-casualties": ("No casualties were reported in the village, the ministry said.", CASUALTIES),
    "union-rejects": ("The union will reject the offer, its leader said.", OFFER),
    "other-side-steps-in": ("The city would step into the dispute.",
                            "The mayor said the city would step into the dispute, but the council would not."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert other_findings(sentence, passage) == []
