"""A thirty-eighth fact-check: four misstatements the new user's transit-strike briefing of round 34 still built
(tests/test_newuser_34.py), each with one more of the same shape on another topic, and honest wordings of each that
must still build.

- A figure's reckoning given to another party: "The union estimated ... $14 million a day" citing "The Chamber of
  Commerce estimated ..." ("estimated", "estimates" read as a speaker's word: explainer/speakers.py).
- A relative clause's rejection turned to acceptance: "The union accepted the 2% offer" citing "... offered 2 per cent
  on 14 January, which the union rejected the same day" (explainer/polarity.py: what a relative clause rejects is
  what the clause before it names, whatever words follow the verb).
- "Both sides" made one: "at the request of the union" citing "at the request of both sides" (explainer/one_side.py
  reads a party named by its common noun, and a name of two words).
- A part told as all: "all 31 routes" citing "28 of its 31 bus routes" (explainer/proportions.py reads the thing
  counted a word or two after its kind).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest
from support import sentence_findings

from test_newuser_34 import FIRST_OFFER, findings as strike_findings

CHAMBER = ("The Carrow Bay Chamber of Commerce estimated on Tuesday that the strike was costing the city's economy "
           "about $14 million a day in lost trade and working hours.")
MEDIATOR = ("The talks on Sunday were chaired by Judith Ferrante of the State Labour Conciliation Board, who was "
            "appointed as mediator on 4 March at the request of both sides. Ms Ferrante said on Wednesday that talks "
            "would resume on Friday morning.")
ROUTES = "The authority suspended 28 of its 31 bus routes and both of its tram lines on Monday."
GROWTH = "The Reserve Bank estimated that the floods would cut growth by 0.4 percentage points this year."
CEASEFIRE = "The government proposed a ceasefire on 3 May, which the rebels rejected the next morning."
INQUIRY = "The planning inquiry was adjourned until June at the request of both parties, the inspector said."
STATIONS = "Engineers inspected 40 of the 52 pumping stations after the flood, the company said."


def other_findings(sentence: str, passage: str) -> list[str]:
    """Return what the build's sentence checks say of one sentence citing one passage, in a briefing whose parties are
    a treasury and a central bank, a government and rebels, and a mining company and a council."""
    from explainer.model import Party

    return sentence_findings(sentence, (passage,), "en", (
        Party(id="treasury", name="Treasury", role="government"),
        Party(id="bank", name="Reserve Bank", role="central bank"),
        Party(id="government", name="Government"), Party(id="rebels", name="Rebels"),
        Party(id="kestrel", name="Kestrel Mining Company", short_name="The company"),
        Party(id="council", name="Harbour District Council", short_name="The council")))


MISSTATED = {
    # a figure's reckoning given to another party
    "estimated-strike": (strike_findings, "The union estimated that the strike was costing the city about $14 million "
                         "a day.", CHAMBER,
                         "this sentence gives the words to The union, but its cited passages give them to The Carrow "
                         "Bay Chamber"),
    "estimates-growth": (other_findings, "The Treasury estimates the floods will cut growth by 0.4 percentage points.",
                         GROWTH, "this sentence gives the words to The Treasury, but its cited passages give them to "
                         "The Reserve Bank"),
    # a relative clause's rejection turned to acceptance
    "accepted-offer": (strike_findings, "The union accepted the 2% offer.", FIRST_OFFER,
                       "this sentence drops the negation of its cited passage ('which the union rejected the same "
                       "day')"),
    "agreed-ceasefire": (other_findings, "The rebels agreed to a ceasefire on 3 May.", CEASEFIRE,
                         "this sentence drops the negation of its cited passage ('which the rebels rejected the next "
                         "morning')"),
    # both sides made one
    "request-of-union": (strike_findings, "Ferrante was appointed as mediator on 4 March at the request of the union.",
                         MEDIATOR, "this sentence names union alone where its cited passages say 'both sides'"),
    "request-of-company": (other_findings, "The planning inquiry was adjourned until June at the request of Kestrel "
                           "Mining.", INQUIRY, "this sentence names Kestrel alone where its cited passages say 'both "
                           "parties'"),
    # a part told as all
    "all-routes": (strike_findings, "The authority suspended all 31 routes on Monday.", ROUTES,
                   "this sentence says 'all 31 routes' where its cited passages say '28 of the 31'"),
    "all-of-its-routes": (strike_findings, "The authority suspended all 31 of its bus routes on Monday.", ROUTES,
                          "where its cited passages say '28 of the 31'"),
    "all-stations": (other_findings, "Engineers inspected all 52 stations after the flood.", STATIONS,
                     "this sentence says 'all 52 stations' where its cited passages say '40 of the 52'"),
}


@pytest.mark.parametrize("check, sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(check, sentence: str, passage: str, named: str):
    found = check(sentence, passage)
    assert any(named in message for message in found), found


HONEST = {
    "estimated-by-its-speaker": (strike_findings, "The chamber estimated that the strike was costing the city's "
                                 "economy about $14 million a day.", CHAMBER),
    "an-estimated": (other_findings, "The floods would cut growth by an estimated 0.4 percentage points this year, "
                     "the Reserve Bank said.", GROWTH),
    "rejected-kept": (strike_findings, "The union rejected the 2% offer.", FIRST_OFFER),
    "offer-to-the-union": (strike_findings, "The authority offered the union a 2 per cent rise on 14 January.",
                           FIRST_OFFER),
    "rejected-next-morning": (other_findings, "The rebels rejected the ceasefire the next morning.", CEASEFIRE),
    "proposed-to-the-rebels": (other_findings, "The government proposed a ceasefire to the rebels on 3 May.",
                               CEASEFIRE),
    "accepted-later": (strike_findings, "The union later accepted a 3 per cent rise.",
                       FIRST_OFFER + " The union later accepted a 3 per cent rise."),
    "both-sides-kept": (strike_findings, "Ferrante was appointed as mediator on 4 March at the request of both sides.",
                        MEDIATOR),
    "both-named": (other_findings, "The planning inquiry was adjourned until June at the request of Kestrel Mining "
                   "and the council.", INQUIRY),
    "part-kept": (strike_findings, "The authority suspended 28 of its 31 bus routes on Monday.", ROUTES),
    "most-routes": (strike_findings, "The authority suspended most of its bus routes on Monday.", ROUTES),
    "part-of-stations": (other_findings, "Engineers inspected 40 of the 52 pumping stations after the flood.",
                         STATIONS),
}


@pytest.mark.parametrize("check, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(check, sentence: str, passage: str):
    assert check(sentence, passage) == []
