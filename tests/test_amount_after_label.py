"""An amount written after a word that can name a number ("district", "section", "route") is an amount, not a label.

A new user's teachers'-strike briefing wrote "A settlement could cost the district $20 million to $30 million,
analysts say." citing "Analysts say a settlement could cost the district between $20 million and $30 million": the
build refused it as leaving out the range's qualifier, as "district $20 million" read as District 20, a name, and so
no end of a range. A number with a currency sign in it, or a scale word written apart ("20 million"), counts.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

SETTLEMENT = ("Analysts say a settlement could cost the district between $20 million and $30 million, depending on "
              "the size of the raise.")
ROUTES = "The city said Route 9 and Route 12 would close, and that repairs to the route would cost €4m."


@pytest.mark.parametrize("sentence, passage", [
    ("A settlement could cost the district $20 million to $30 million, analysts say.", SETTLEMENT),
    ("Analysts say a settlement could cost the district between $20 million and $30 million.", SETTLEMENT),
    ("Analysts say a settlement could cost the district from $20 million to $30 million.", SETTLEMENT),
    ("A settlement could cost the district $20m to $30m, analysts say.", SETTLEMENT),
    ("Repairs to the route would cost €4m, the city said.", ROUTES),
    ("The city said Route 9 would close.", ROUTES),
])
def test_an_honest_amount_after_a_naming_word_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("sentence, passage, said", [
    # a range's end alone still leaves out its qualifier
    ("Analysts say a settlement could cost the district $30 million.", SETTLEMENT, "leaves out the qualifier"),
    ("A settlement could cost the district $25 million to $30 million, analysts say.", SETTLEMENT, '"$25 million"'),
    # a label stays a label: "District 7" is a name no passage gives
    ("Voters in District 7 backed the settlement.", SETTLEMENT, 'figure "7" is not in the passages'),
    ("The city said Route 14 would close.", ROUTES, 'figure "14" is not in the passages'),
])
def test_a_misstated_amount_or_label_is_still_refused(sentence, passage, said):
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert any(said in finding for finding in findings), findings
