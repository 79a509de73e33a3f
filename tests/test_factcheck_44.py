"""A forty-fourth fact-check: what the new user's lawsuit briefing of round 35 still got wrong
(tests/test_newuser_35.py), each with one more of the same shape on another topic, and honest wordings that must
still build.

- An admission the source withholds, told by a sentence opening with the bare name: "Corvane admitted responsibility
  for the contamination" citing "The company said ... without any admission of responsibility" built, as the sentence
  restated no passage sentence by a name (explainer/decisions.py now refuses an admission of what a cited passage
  says was not admitted).
- An honest wording refused: "The city has not decided whether to appeal" citing "... before deciding whether to
  appeal" read as a negation added; a decision not made, asked with "whether", restates the question a passage
  leaves open (explainer/polarity.py). "The city has decided to appeal" is still refused, and so is the negation
  where the passage tells the decision made.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from test_factcheck_43 import REVIEW, SPENT, findings

BRIDGE = "The builder said it would repair the bridge at its own cost, without any admission of fault."
LIBRARY = "The council said it will consult residents before deciding whether to close the library."
APPEALED = "The city decided on Monday to appeal the ruling."
SPILL = "The shipping line agreed to pay $2 million toward the clean-up, without admitting liability for the spill."

ADMISSION = "this sentence gives an admission ('admitted') where its cited passages give none"
MISSTATED = {
    "corvane-admitted": ("Corvane admitted responsibility for the contamination.", SPENT, ADMISSION),
    "halvorsen-admitted": ("Halvorsen admitted fault for the collapse of the bridge.", BRIDGE, ADMISSION),
    "meridian-admitted": ("Meridian Shipping admitted liability for the spill.", SPILL, ADMISSION),  # and before
    "has-decided-to-appeal": ("The city has decided to appeal.", REVIEW,
                              "this sentence tells as decided ('has decided to appeal') what its cited passages give "
                              "as undecided ('whether to appeal')"),
    "has-decided-to-close": ("The council has decided to close the library.", LIBRARY,
                             "this sentence tells as decided ('has decided to close')"),
    "not-decided-a-decision-made": ("The city has not decided whether to appeal.", APPEALED,
                                    "this sentence adds a negation to its cited passage"),
}


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, named: str):
    found = findings(sentence, passage)
    assert any(named in message for message in found), found


HONEST = {
    "did-not-admit": ("Corvane did not admit responsibility for the contamination.", SPENT),
    "spent-without-admitting": ("Corvane says it spent the money without admitting responsibility.", SPENT),
    "repair-without-admitting": ("Halvorsen will repair the bridge without admitting fault.", BRIDGE),
    "paid-without-admitting": ("Meridian Shipping agreed to pay $2 million without admitting liability.", SPILL),
    "not-decided-whether": ("The city has not decided whether to appeal.", REVIEW),
    "not-yet-decided-whether": ("The city has not yet decided whether to appeal the ruling.", REVIEW),
    "council-not-decided-whether": ("The council has not decided whether to close the library.", LIBRARY),
    "admitted-what-was-admitted": ("Meridian Shipping admitted liability for the spill.",
                                   "Meridian Shipping admitted liability for the spill and agreed to pay $2 million."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert findings(sentence, passage) == []
