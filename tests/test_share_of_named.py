"""A share of "the company" may be told as a share of the company's name (explainer/share_bases.py).

A new user's merger briefing wrote "Tideway Capital, which owns 14% of Fresco, has not decided how to vote." citing
"Fresco's largest shareholder, the investment firm Tideway Capital, which owns 14% of the company, said it had not yet
decided how to vote." It was refused as giving 14% as a share of "Fresco" where the passage gives it of "the company".
A passage's base that only describes ("the company", "the firm", "the group", "the council", ...) may be told by a
name the cited passages write; a name they never write, or another base, is still refused.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

TIDEWAY = ("Fresco's largest shareholder, the investment firm Tideway Capital, which owns 14% of the company, said it "
           "had not yet decided how to vote.")
PENSION = "The Northvale pension fund, which holds 6.5% of the group, backed the board."


@pytest.mark.parametrize("passage, sentence", [
    (TIDEWAY, "Tideway Capital, which owns 14% of Fresco, has not decided how to vote."),
    (TIDEWAY, "Tideway Capital owns 14% of the company and has not decided how to vote."),
    (PENSION, "The pension fund holds 6.5% of the group."),
])
def test_a_share_of_a_described_company_told_by_its_name_builds(passage, sentence):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("passage, sentence", [
    (TIDEWAY, "Tideway Capital, which owns 14% of Harbour, has not decided how to vote."),
    (PENSION, "The Northvale pension fund holds 6.5% of Brightmart."),
    ("Northland spends 2% of its budget on defence.", "Northland spends 2% of GDP on defence."),
])
def test_another_base_is_still_refused(passage, sentence):
    found = sentence_findings(sentence, (passage,), "en", ())
    assert any("as a share of" in finding for finding in found), found
