"""A seventieth fact-check: a figure only proposed, stated as settled.

"Workers will receive a 4% raise." citing "The mediators proposed a 4% raise for workers." built, as did "The new
tariff is 25%" citing "The proposed new tariff is 25%": planned_figures.py read plans and targets, and a figure a
passage gives only beside "proposed", "suggested", "recommended", "floated", "tabled", "a draft" or "under
consideration" was read nowhere. Now a sentence stating such a figure, sharing a word of its passage's sentence and
keeping no word of its own that leaves it open (a proposal, a demand, an offer, "would", a rejection, talks), is
refused (explainer/proposed_figures.py).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

SETTLED = {
    "one-off-payment": ("Each employee gets a one-off payment of $600.",
                        "A one-off payment of $600 per employee has been proposed.", "$600"),
    "raise": ("Workers will receive a 4% raise.", "The mediators proposed a 4% raise for workers.", "4%"),
    "raised-by": ("The ministry raised the allowance by 12%.",
                  "The ministry has proposed raising the allowance by 12%.", "12%"),
    "proposed-adjective": ("The new tariff is 25%.", "The proposed new tariff is 25%.", "25%"),
    "rise-proposed": ("The tariff rose to 25%.", "The current tariff is 10%; a rise to 25% has been proposed.", "25%"),
    "recommended": ("The board cut the dividend to 40 cents.",
                    "The board recommended cutting the dividend to 40 cents.", "40"),
}


@pytest.mark.parametrize("sentence, passage, figure", SETTLED.values(), ids=SETTLED.keys())
def test_a_figure_only_proposed_stated_as_settled_is_refused(sentence: str, passage: str, figure: str):
    found = sentence_findings(sentence, (passage,), "en", ())
    assert any(message.startswith(f"this sentence states {figure} as settled, but its cited passages give it only as "
                                  "proposed") for message in found), found


KEPT = {
    "rejected": ("The union rejected a 4% raise for workers.", "The mediators proposed a 4% raise for workers."),
    "put-forward": ("Mediators put forward a 4% raise for workers.", "The mediators proposed a 4% raise for workers."),
    "proposal-said": ("Mediators proposed a 4% raise for workers.", "The mediators proposed a 4% raise for workers."),
    "would": ("The new tariff would be 25%.", "The proposed new tariff is 25%."),
    "given-elsewhere": ("The tariff is 10%, and a rise to 25% has been proposed.",
                        "The current tariff is 10%; a rise to 25% has been proposed."),
    "refused-demand": ("The strike began on 3 March, after the union's 6% demand was refused.",
                       "The union had proposed a 6% raise; employers refused, and the strike began on 3 March."),
    "figure-far-from-proposal": ("The strike has cost the ports 2.4 billion kronor, the employers say.",
                                 "The employers say the strike has cost the ports 2.4 billion kronor; they have "
                                 "proposed talks on 12 March."),
    "not-yet-decided": ("The trust has not yet decided whether to close Ward 7.",
                        "The trust proposes to close Ward 7 and open a 12-chair unit."),
    "a-names-number": ("Ward 7 has 24 beds.", "The trust proposes to close Ward 7, which has 24 beds."),
    "count-beside-a-proposal": ("About 300 workers attended the meeting.",
                                "About 300 workers attended the meeting, where the mediators presented their "
                                "proposal for a 4% raise."),
}


@pytest.mark.parametrize("sentence, passage", KEPT.values(), ids=KEPT.keys())
def test_a_proposal_kept_or_a_figure_given_otherwise_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("sentence, passage, told", [
    ("Southland will impose tariffs on up to $1.5bn of Northland goods.",
     "Southland threatened to impose tariffs on up to $1.5bn of Northland goods.", "will impose"),
    ("Northland is going to expel the Southland ambassador.",
     "Northland has threatened to expel the Southland ambassador.", "is going to expel"),
    ("The union will strike at all 22 ports.", "The union is threatening to strike at all 22 ports.", "will strike"),
])
def test_a_threat_told_as_certain_to_come_is_refused(sentence: str, passage: str, told: str):
    found = sentence_findings(sentence, (passage,), "en", ())
    assert any(message.startswith(f"this sentence tells as certain ('{told}') what its cited passages give only as "
                                  "threatened") for message in found), found


@pytest.mark.parametrize("sentence, passage", [
    ("Southland threatened to impose tariffs on Northland goods.",
     "Southland threatened to impose tariffs on Northland goods."),
    ("Southland will impose tariffs on Northland goods if talks fail.",
     "Southland threatened to impose tariffs on Northland goods if talks fail."),
    ("Southland will impose tariffs on Northland steel.",
     "Southland will impose tariffs on Northland steel, and has threatened to impose more on Northland cars."),
    ("Southland has warned it will impose tariffs on Northland goods.",
     "Southland threatened to impose tariffs on Northland goods."),
])
def test_a_threat_kept_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", ()) == []
