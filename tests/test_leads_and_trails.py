"""A lead or a gap said with "leads by" or "trails by" is the difference of the two figures the passages give.

An election briefing's "The Alliance leads Labour by 2.3 points" citing "the National Alliance had won 41.2% of the
vote, against 38.9% for the Labour Party", and "Labour trails the Alliance by 11 projected seats" citing "62 ... seats
... Labour is on course for 51", were refused as figures not in the passages: computed.py read "lead" and "behind"
as comparing, not "leads", "leading", "trails" (explainer/computed.py).
"""

from __future__ import annotations

import pytest

from support import sentence_findings

VOTE = ("With 98% of votes counted, the National Alliance had won 41.2% of the vote, against 38.9% for the Labour "
        "Party, the electoral commission said on Monday.")
REVENUE = "Revenue dropped 9% to $5.1 billion, below analysts' expectations of $5.4 billion."
SEATS = ("The Alliance is projected to win 62 of the parliament's 120 seats, enough for a majority of its own, while "
         "Labour is on course for 51.")


@pytest.mark.parametrize("sentence, passage", [
    ("The Alliance leads Labour by 2.3 points, according to the electoral commission.", VOTE),
    ("The Alliance is leading by 2.3 percentage points.", VOTE),
    ("Labour trails the Alliance by 2.3 points.", VOTE),
    ("Labour trails the Alliance by 11 projected seats.", SEATS),
    ("Labour is trailing by 11 seats in the projections.", SEATS),
    # a forecast missed by the gap (an earnings briefing)
    ("Revenue missed analysts' forecasts by $300 million.", REVENUE),
])
def test_a_lead_or_gap_the_passages_figures_make_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("sentence, passage, figure", [
    ("The Alliance leads Labour by 3.3 points.", VOTE, '"3.3"'),
    ("Labour trails the Alliance by 12 projected seats.", SEATS, '"12"'),
    ("Labour trails the Alliance by 2.3 seats.", SEATS, '"2.3"'),
    ("Revenue missed analysts' forecasts by $400 million.", REVENUE, '"$400 million"'),
])
def test_a_lead_or_gap_no_two_figures_make_is_refused(sentence, passage, figure):
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert any(f"figure {figure} is not in the passages" in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("Labour leads the Alliance by 2.3 points.", VOTE),
    ("The Alliance trails Labour by 2.3 points.", VOTE),
    ("Labour is 2.3 points ahead of the Alliance.", VOTE),
    ("The Alliance is 2.3 points behind Labour.", VOTE),
    ("The Alliance trails Labour by 11 projected seats.", SEATS),
])
def test_a_lead_turned_round_is_refused(sentence, passage):
    """The gap is the passages' own, but the side said to lead holds the smaller figure (explainer/lead_sides.py)."""
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert any("this sentence has Labour lead Alliance by" in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("The Alliance is 2.3 points ahead of Labour.", VOTE),
    ("Labour is 2.3 points behind the Alliance.", VOTE),
])
def test_a_lead_on_its_side_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []
