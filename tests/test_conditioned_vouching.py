"""A vouching verb in a condition or a time to come vouches for nothing (explainer/vouching_verbs.py).

newuser_130 (a retailer's data breach) found "If the fine is confirmed, Brambletons has 28 days to make written
representations." refused as vouching for what the regulator only said ("this sentence says 'confirmed' where its
cited passages say only 'said'"): the fine is not told confirmed, only what follows if it is. "once", "unless",
"until", "whether", "when" and "should" open such a clause too. A sentence that tells the thing confirmed is still
refused.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

PASSAGE = ("The Information Standards Office (ISO) said the fine was provisional and that it may reduce it after "
           "considering the company's response. It said a final decision was due by 30 June 2026. Brambletons has 28 "
           "days to make written representations.")


@pytest.mark.parametrize("sentence", [
    "If the fine is confirmed, Brambletons has 28 days to make written representations.",
    "Brambletons has 28 days to make written representations, until the fine is confirmed.",
    "Brambletons has 28 days to make written representations, unless the fine is confirmed sooner.",
    "Brambletons has 28 days to make written representations before it is known whether the fine is confirmed.",
])
def test_a_vouching_verb_in_a_condition_builds(sentence):
    assert sentence_findings(sentence, (PASSAGE,), "en", ()) == []


@pytest.mark.parametrize("sentence", [
    "The ISO confirmed the fine was provisional and that it may reduce it.",
    "The ISO confirmed that a final decision was due by 30 June 2026.",
])
def test_the_thing_told_confirmed_is_still_refused(sentence):
    found = sentence_findings(sentence, (PASSAGE,), "en", ())
    assert any("says 'confirmed' where its cited passages say only" in finding for finding in found), found
