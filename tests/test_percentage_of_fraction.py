"""A percentage may stand for a fraction in words its passage gives, as a reporter writes it: "roughly 20%" of "about
a fifth", "33%" of "a third", within half a point and qualified no more than the fraction is.

A trade briefing's "Northland buys roughly 20% of Southland's steel exports, according to customs data." citing
"... about a fifth of its total steel exports, according to customs data." was refused as a figure not in the
passage: fractions_said.py held a fraction said in prose to a passage's percentages, not a percentage to a passage's
fraction.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

STEEL = ("Southland exported $4.8 billion of steel to Northland in 2025, about a fifth of its total steel exports, "
         "according to customs data.")
TURNOUT = "Turnout fell by a third in the capital, officials said."
POLL = "Nearly half of the respondents said they would vote, the pollster said."
QUARTER = "More than a quarter of the city's buses are electric, the council said."


@pytest.mark.parametrize("sentence, passage", [
    ("Northland buys roughly 20% of Southland's steel exports, according to customs data.", STEEL),
    ("Northland buys about 20 per cent of Southland's steel exports, customs data show.", STEEL),
    ("Turnout fell by 33% in the capital, officials said.", TURNOUT),
    ("Turnout fell by 33.3% in the capital, officials said.", TURNOUT),
    ("About 50% of the respondents said they would vote, the pollster said.", POLL),
    ("Nearly 50% of the respondents said they would vote, the pollster said.", POLL),
    ("More than 25% of the city's buses are electric, the council said.", QUARTER),
])
def test_a_percentage_for_the_passages_fraction_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("sentence, passage, figure", [
    ("Northland buys roughly 25% of Southland's steel exports, according to customs data.", STEEL, '"25%"'),
    # the passage's "about" dropped, or turned into a bound
    ("Northland buys 20% of Southland's steel exports, according to customs data.", STEEL, '"20%"'),
    ("Northland buys more than 20% of Southland's steel exports, according to customs data.", STEEL, '"20%"'),
    ("Turnout fell by 30% in the capital, officials said.", TURNOUT, '"30%"'),
    ("50% of the respondents said they would vote, the pollster said.", POLL, '"50%"'),
    ("Exactly 25% of the city's buses are electric, the council said.", QUARTER, '"25%"'),
])
def test_a_percentage_the_fraction_does_not_give_is_refused(sentence, passage, figure):
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert any(f"figure {figure}" in finding for finding in findings), findings
