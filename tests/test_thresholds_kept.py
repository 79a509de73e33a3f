"""A threshold is not rounded: "people over 60" of "people over 66" moves it (explainer/attribution.py).

A new user's bus-fares briefing found "Passes for people over 60 will not be affected, the company said." built,
citing "Concessionary passes for people over 66 are not affected by the rise, the company said.": the figures check
let a bound round the passage's figure ("more than 60" rounds a plain 66, 66 being more than 60), though "over 66"
here is who the passes are for, not a count. A bound written "over", "under", "above" or "below" right after whom
or what it bounds ("people", "children", "those aged", "households", "incomes", ...) is a threshold: a sentence must
give its very figure. A count hedged so still rounds ("over 400 people were wounded" of "over 430 people").
"""

from __future__ import annotations

import pytest

from support import sentence_findings

PASSES = "Concessionary passes for people over 66 are not affected by the rise, the company said."


@pytest.mark.parametrize("passage, sentence", [
    (PASSES, "Passes for people over 60 will not be affected, the company said."),
    (PASSES, "People over 70 keep their free passes, the company said."),
    ("Households with incomes below £21,500 get help with fares.", "Households with incomes below £20,000 get help."),
    ("Residents aged over 75 get a free pass.", "Residents over 70 get a free pass."),
    ("Drivers over 65 must renew every three years.", "Drivers over 60 must renew every three years."),
])
def test_a_threshold_moved_is_refused(passage, sentence):
    found = sentence_findings(sentence, (passage,), "en", ())
    assert any("is not in the passages this sentence cites" in finding for finding in found), found


@pytest.mark.parametrize("passage, sentence", [
    (PASSES, "Passes for people over 66 will not be affected, the company said."),
    (PASSES, "The rise does not affect concessionary passes for those over 66."),
    ("Over 430 people were wounded, officials said.", "Over 400 people were wounded, officials said."),
    ("430 people were wounded, officials said.", "Over 400 people were wounded, officials said."),
    ("More than 430 people were wounded, officials said.", "More than 400 people were wounded, officials said."),
    ("The army said it killed over 430 fighters.", "The army said it killed over 400 fighters."),
    ("Residents aged over 75 get a free pass.", "Residents over 75 get a free pass."),
])
def test_a_count_rounded_and_a_threshold_kept_build(passage, sentence):
    assert sentence_findings(sentence, (passage,), "en", ()) == []
