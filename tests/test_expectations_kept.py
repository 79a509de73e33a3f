"""An expectation told actively keeps a passage's likelihood (explainer/likelihood.py).

A new user's merger briefing wrote "Analysts at Peel Hunt expect the regulator to require the sale of 40 to 60 stores
where the chains overlap." citing "Analysts at Peel Hunt said the regulator was likely to require the sale of between
40 and 60 stores in towns where the two chains overlap." It was refused as stating as fact what the passage gives only
as likely, though "expect" keeps the doubt as "are expected to" already did. "expect", "anticipate", "predict" and
"forecast" now keep it; a sentence that drops the likelihood is still refused.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

PEEL = ("Analysts at Peel Hunt said the regulator was likely to require the sale of between 40 and 60 stores in towns "
        "where the two chains overlap.")
VOTE = "The committee is likely to approve the budget on Tuesday, officials said."


@pytest.mark.parametrize("passage, sentence", [
    (PEEL, "Analysts at Peel Hunt expect the regulator to require the sale of 40 to 60 stores where the chains overlap."),
    (PEEL, "Peel Hunt's analysts predict that the regulator will require the sale of 40 to 60 stores."),
    (PEEL, "Analysts at Peel Hunt are expecting the regulator to require the sale of 40 to 60 stores."),
    (VOTE, "Officials expect the committee to approve the budget on Tuesday."),
    (VOTE, "Officials anticipate that the committee will approve the budget on Tuesday."),
    (VOTE, "Officials forecast that the committee will approve the budget on Tuesday."),
])
def test_an_expectation_keeps_the_likelihood(passage, sentence):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("passage, sentence", [
    (PEEL, "The regulator will require the sale of 40 to 60 stores where the chains overlap, Peel Hunt said."),
    (VOTE, "The committee will approve the budget on Tuesday, officials said."),
])
def test_a_likelihood_dropped_is_still_refused(passage, sentence):
    found = sentence_findings(sentence, (passage,), "en", ())
    assert any("only as probable or possible" in finding for finding in found), found
