"""A span of time given to a party is no figure of that party's (explainer/party_figures.py).

A new user's bus-fares briefing wrote "Under the contract, Lynx must give 28 days' notice of any change to fares."
citing "Under its terms, the company must give the council 28 days' notice of any fare change." The build refused it
as giving Lynx the council's 28 ("this sentence gives Lynx 28 where its cited passages give it to council, never
naming Lynx"): the passage read "the council 28" as a party and its figure, as in a run of results ("the Greens 28,
the Liberals 20"). A party right after a verb of giving ("give", "grant", "allow", "offer"), then a span of time
("28 days", "14 working days", "six months"), is who is given the time. A result given to another party is still
refused, and so is a figure that is no span of time given so.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="lynx", name="Lynx Transit", aliases=("Lynx",)),
           Party(id="council", name="Brackford City Council", aliases=("the council",)))
PASSAGE = "Under its terms, the company must give the council 28 days' notice of any fare change."


@pytest.mark.parametrize("sentence", [
    "Under the contract, Lynx must give 28 days' notice of any change to fares.",
    "Lynx has to give 28 days' notice of a fare change.",
    "Lynx must tell the council of a fare change 28 days ahead.",
])
def test_a_span_of_time_given_to_a_party_builds(sentence):
    assert sentence_findings(sentence, (PASSAGE,), "en", PARTIES) == []


@pytest.mark.parametrize("passage, sentence", [
    ("Under the deal, the operator must allow the union 21 working days to consult its members.",
     "Harlow Rail must allow 21 working days for consultation."),
    ("The court allowed the council six months to appeal, and gave Harlow Rail 30 days to reply.",
     "Harlow Rail was given 30 days to reply."),
])
def test_other_spans_and_verbs_build(passage, sentence):
    parties = (Party(id="rail", name="Harlow Rail"), Party(id="union", name="Rail Workers' Union"))
    assert sentence_findings(sentence, (passage,), "en", parties) == []


def test_a_result_given_to_another_party_is_still_refused():
    parties = (Party(id="greens", name="Greens"), Party(id="liberals", name="Liberals"),
               Party(id="farmers", name="Farmers' Union"))
    found = sentence_findings("The Liberals are projected to win 28 seats.",
                              ("The poll projects the Greens 28, the Liberals 20 and the Farmers' Union 16.",),
                              "en", parties)
    assert any("gives Liberals 28 where its cited passages give" in finding for finding in found), found


def test_a_figure_given_after_a_verb_of_giving_that_is_no_span_is_still_read():
    parties = (Party(id="greens", name="Greens"), Party(id="liberals", name="Liberals"))
    found = sentence_findings("The poll gave the Liberals 28 per cent.",
                              ("The poll gave the Greens 28 per cent and the Liberals 20 per cent.",), "en", parties)
    assert any("Liberals" in finding and "Greens" in finding for finding in found), found
