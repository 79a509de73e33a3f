"""A change's size as a share of where it started (explainer/relative_changes.py, read by change_sizes.py and
fractions_said.py).

Honest, refused before: "The drug cut the risk of a second heart attack by a third" (or "by 33%") citing "cut the risk
... from 6% to 4%", "Reported cases rose by 53%" citing "rose to 312 ... from 204", "The court cut the award by about
43%" citing "from $725 million to $410 million": a reporter's plain arithmetic. Built before, a misstatement: "Reported
cases rose by a third" citing "rose to 312 ... from 204" (a rise of 53%). A share the wrong way, or of no change the
passages give, is refused. A change whose ends are each dated ("from 1.2 million in 2000 to 1.8 million in 2020") is
read as one (change_sizes.change_ends_of): "grew by 600,000" was refused, "grew by a third" built. And "a 30%
premium to Brisk's Friday close" of "$52 a share" and "closed at $40" was refused (computed.py read no "premium").

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

RISK = "In the trial of 4,200 adults, the drug cut the risk of a second heart attack from 6% to 4% over three years."
CASES = "Reported cases rose to 312 last week from 204 the week before, health officials said."
AWARD = "The appeals court cut the award from $725 million to $410 million."
EXPORTS = "Exports reached $8.4bn last year, up from $6bn the year before."
TARIFF = "The average tariff will rise from 10% to 25% next year."
POPULATION = "The population grew from 1.2 million in 2000 to 1.8 million in 2020."
REVENUE = "Revenue rose to $5.1 billion in 2025 from $4.8 billion in 2024."
AGAINST = "Revenue was $5.1 billion in 2025, against $4.8 billion a year earlier."
OFFER = "Halden Foods agreed to buy Brisk Snacks for $52 a share in cash. Brisk shares closed at $40 on Friday."

BUILT = [
    ("The drug cut the risk of a second heart attack by a third.", RISK),
    ("The drug cut the risk of a second heart attack by about a third.", RISK),
    ("The drug cut the risk of a second heart attack by 33%.", RISK),
    ("The drug cut the risk by two percentage points.", RISK),
    ("Reported cases rose by 53% last week.", CASES),
    ("Reported cases rose by more than 50% last week.", CASES),
    ("Reported cases rose by about half last week.", CASES),
    ("Reported cases rose by more than half last week.", CASES),
    ("Reported cases rose by 108 last week.", CASES),
    ("The court cut the award by about 43%.", AWARD),
    ("The court cut the award by 43%.", AWARD),
    ("The court cut the award by more than 40%.", AWARD),
    ("The court cut the award by about two-fifths.", AWARD),
    ("Exports rose by 40% last year.", EXPORTS),
    ("Exports grew by two-fifths last year.", EXPORTS),
    ("The average tariff will rise by 15 percentage points next year.", TARIFF),
    # each end dated ("in 2000", "in 2024"): read as a change's ends, not a figure of 2000
    ("The population grew by half between 2000 and 2020.", POPULATION),
    ("The population grew by 50% between 2000 and 2020.", POPULATION),
    ("The population grew by 600,000 between 2000 and 2020.", POPULATION),
    ("Revenue rose about 6% in 2025.", REVENUE),
    ("Revenue rose 6.25% in 2025.", REVENUE),
    ("Reported cases jumped 53% last week.", CASES),
    # a price's premium over another the passage gives (computed.py): a share of the lower
    ("Halden's offer of $52 a share is a 30% premium to Brisk's Friday close.", OFFER),
    ("The $52 offer is 30% above Brisk's Friday close.", OFFER),
    # two levels set side by side, the second dated by "a year earlier" (compared_ends.py)
    ("Revenue rose 6% in 2025.", AGAINST),
    ("Revenue rose by $300 million in 2025.", AGAINST),
]

REFUSED = [
    ("Reported cases rose by a third last week.", CASES),
    ("Reported cases rose by nearly half last week.", CASES),
    ("Reported cases rose by 63% last week.", CASES),
    ("Reported cases fell by 53% last week.", CASES),
    ("The drug cut the risk by half.", RISK),
    ("The drug cut the risk by 2%.", RISK),
    ("The court cut the award by 40%.", AWARD),
    ("The court cut the award by a quarter.", AWARD),
    ("The court cut the award by three-fifths.", AWARD),
    ("Exports rose by 50% last year.", EXPORTS),
    ("Exports fell by 40% last year.", EXPORTS),
    ("The average tariff will rise by 15% next year.", TARIFF),
    ("The population grew by a third between 2000 and 2020.", POPULATION),
    ("The population doubled between 2000 and 2020.", POPULATION),
    ("Revenue fell 6% in 2025.", REVENUE),
    ("Revenue rose 10% in 2025.", REVENUE),
    ("The offer is a 25% premium to Brisk's Friday close.", OFFER),
    ("The offer is a 23% premium to Brisk's Friday close.", OFFER),
    ("The offer is 30% below Brisk's Friday close.", OFFER),
    ("Revenue fell 6% in 2025.", AGAINST),
    ("Revenue rose 10% in 2025.", AGAINST),
]


@pytest.mark.parametrize("sentence, passage", BUILT, ids=[case[0][:50] for case in BUILT])
def test_a_share_of_a_changes_start_the_way_it_goes_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("sentence, passage", REFUSED, ids=[case[0][:50] for case in REFUSED])
def test_a_share_that_is_no_change_given_or_goes_the_other_way_is_refused(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ())


def test_the_message_gives_the_change_and_its_ends():
    (finding,) = sentence_findings("Reported cases rose by a third last week.", (CASES,), "en", ())
    assert 'says "by a third" (about 33%)' in finding
    assert "a change of 52.9% (from 204 to 312)" in finding
