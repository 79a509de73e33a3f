"""A fortieth fact-check: seven misstatements the new user's transit-strike briefing of round 34 still built
(tests/test_newuser_34.py), each with one more of the same shape on another topic, and honest wordings of each that
must still build.

- Two figures swapped in a list naming each after it: "3 per cent this year and 4 per cent next" citing "4 per cent
  this year and 3 per cent next year" (explainer/gapped.py reads a list of measures each named by the words after it).
- A period narrowed: "7.1 per cent this year" citing "7.1 per cent over two years" (explainer/rates.py reads "this
  year", "next year" and "last year" as a figure's period, each backed by its own or by "a year").
- A negation dropped in a clause of short words: "would step into the negotiations" citing "... but said the city would
  not step into the negotiations" (explainer/polarity.py reads the short verb right after "not"; and "the dispute", a
  noun, no longer leaves its clause unread).
- Ballots returned told as votes for a side: "2,525 drivers voted for a strike" citing "2,525 returned their papers"
  (explainer/figure_acts.py reads "voted for", "voted against" and ballots returned or cast as what a figure counts).
- A body's estimate given to a party whose name opens like it: "The authority estimated" citing "The Carrow Bay
  Chamber of Commerce estimated" (explainer/speakers.py: a party's words before a body's noun that is not the party's
  own, "Chamber", "Board", name that other body).
- A whole told as a part of it: "one of its libraries" or "some of its branches" citing "all of its branch libraries"
  (explainer/proportions.py reads the thing a word after its kind, and "some", "most", "a few" of a whole).
- A pause told as an end: "would lift the ban" citing "would suspend the ban" (explainer/outcomes.py reads "lift" as an
  ending, as it reads "end" and "called off"; "lift ... temporarily", "for three months", is a suspension).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from test_factcheck_38 import CHAMBER, ROUTES, other_findings
from test_newuser_34 import SUNDAY, findings as strike_findings

DELANEY = ("Mr Delaney said that offer was worth 7.1 per cent over two years and would cost the authority $24 "
           "million.")
TAX = "The council said council tax would rise by 5% over three years to pay for the flood defences."
MAYOR = ("Mayor Dana Whitcombe urged both sides to go back to the table, but said the city would not step into the "
         "negotiations.")
ARMY = "The minister praised the troops but said the army would not take part in the operation."
BALLOT = ("Members of the union voted by 87 per cent to 13 per cent in favour of strike action in a postal ballot that "
          "closed on 20 February. Of 3,412 drivers entitled to vote, 2,525 returned their papers, a turnout of 74 per "
          "cent.")
MERGER = "Of the 12,000 members balloted on the merger, 8,400 cast their votes before the deadline on Friday."
PORT = "The Harbour District Port Board estimated that the closure would cost shippers $3 million a week."
LIBRARIES = "The council closed all of its branch libraries on Friday to save money."
WELLS = "The water company tested every one of its village wells after the spill, it said."
CURFEW = "The government said on Monday it would suspend the curfew in the capital for the festival."
FLIGHTS = "The airport said it would suspend its ban on night flights for three months from June."
GROWTH = "The bank forecast growth of 2.1% this year and 1.4% next year, it said on Thursday."

MISSTATED = {
    # two figures swapped in a list naming each after it
    "offer-years-swapped": (strike_findings, "The authority offered 3 per cent this year and 4 per cent next.", SUNDAY,
                            "this sentence gives 3 per cent to 'this year' where its cited passages give it 4 per "
                            "cent, and 3 per cent to 'next year'"),
    "growth-years-swapped": (other_findings, "The bank forecast growth of 1.4% this year and 2.1% next year.", GROWTH,
                             "this sentence gives 1.4% to 'this year' where its cited passages give it 2.1%"),
    # a period narrowed
    "offer-worth-this-year": (strike_findings, "The offer was worth a rise of 7.1 per cent this year.", DELANEY,
                              'figure "7.1 per cent" is given for this year, but the passages this sentence cites '
                              'give it per another period ("7.1 per cent over two years")'),
    "offer-next-year": (strike_findings, "The authority offered 4 per cent next year.", SUNDAY,
                        'figure "4 per cent" is given for next year, but the passages this sentence cites give it per '
                        'another period ("4 per cent this year")'),
    "tax-this-year": (other_findings, "The council said council tax would rise by 5% this year.", TAX,
                      'figure "5%" is given for this year, but the passages this sentence cites give it per another '
                      'period ("5% over three years")'),
    # a negation dropped in a clause of short words
    "city-steps-in": (strike_findings, "The mayor said the city would step into the negotiations.", MAYOR,
                      "this sentence drops the negation of its cited passage ('said the city would not step into the "
                      "negotiations')"),
    "city-steps-into-dispute": (strike_findings, "The mayor said the city would step into the dispute.",
                                "The mayor said the city would not step into the dispute.",
                                "this sentence drops the negation of its cited passage"),
    "army-takes-part": (other_findings, "The minister said the army would take part in the operation.", ARMY,
                        "this sentence drops the negation of its cited passage ('said the army would not take part in "
                        "the operation')"),
    # ballots returned told as votes for a side
    "drivers-voted-for": (strike_findings, "2,525 drivers voted for a strike.", BALLOT,
                          "this sentence gives 2525 as 'voted for' where its cited passages give it as 'returned their "
                          "papers'"),
    "members-voted-for": (other_findings, "8,400 members voted for the merger.", MERGER,
                          "this sentence gives 8400 as 'voted for' where its cited passages give it as 'cast their "
                          "votes'"),
    # a body's estimate given to a party whose name opens like it
    "authority-estimated": (strike_findings, "The authority estimated that the strike was costing the city about $14 "
                            "million a day.", CHAMBER,
                            "this sentence gives the words to The authority, but its cited passages give them to The "
                            "Carrow Bay Chamber"),
    "council-estimated": (other_findings, "The council estimated that the closure would cost shippers $3 million a "
                          "week.", PORT, "this sentence gives the words to The council, but its cited passages give "
                          "them to The Harbour District Port Board"),
    # a whole told as a part of it
    "one-library": (other_findings, "The council closed one of its libraries on Friday.", LIBRARIES,
                    "this sentence says 'one of its libraries' where its cited passages say 'all of its branch "
                    "libraries'"),
    "some-branches": (other_findings, "The council closed some of its branches on Friday.", LIBRARIES,
                      "this sentence says 'some of its branches' where its cited passages say 'all of its branch "
                      "libraries'"),
    "some-tram-lines": (strike_findings, "The authority suspended some of its tram lines on Monday.", ROUTES,
                        "this sentence says 'some of its tram lines' where its cited passages say 'both of its tram "
                        "lines'"),
    "some-wells": (other_findings, "The company tested some of its wells after the spill.", WELLS,
                   "this sentence says 'some of its wells' where its cited passages say 'every one of its village "
                   "wells'"),
    # a pause told as an end
    "lift-the-ban": (other_findings, "The airport said it would lift its ban on night flights.", FLIGHTS,
                     "this sentence says 'lift' where its cited passages say 'suspend'"),
    "lifted-the-ban": (other_findings, "The airport lifted its ban on night flights.", FLIGHTS,
                       "this sentence says 'lifted' where its cited passages say 'suspend'"),
    "lift-the-curfew": (other_findings, "The government said it would lift the curfew in the capital.", CURFEW,
                        "this sentence says 'lift' where its cited passages say 'suspend'"),
}


@pytest.mark.parametrize("check, sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(check, sentence: str, passage: str, named: str):
    found = check(sentence, passage)
    assert any(named in message for message in found), found


HONEST = {
    "offer-years-kept": (strike_findings, "The authority offered 4 per cent this year and 3 per cent next.", SUNDAY),
    "offer-years-turned": (strike_findings, "The authority offered 3 per cent next year and 4 per cent this year.",
                           SUNDAY),
    "growth-years-kept": (other_findings, "The bank expects growth of 2.1% this year and 1.4% next year.", GROWTH),
    "offer-worth-over-two-years": (strike_findings, "Delaney said the offer was worth 7.1 per cent over two years.",
                                   DELANEY),
    "offer-this-year-kept": (strike_findings, "The authority offered 4 per cent this year.", SUNDAY),
    "a-year-this-year": (strike_findings, "The authority offered a rise of 4 per cent this year.", "The authority "
                         "offered a rise of 4 per cent a year for two years."),
    "tax-over-three-years": (other_findings, "Council tax will rise 5% over three years.", TAX),
    "city-stays-out": (strike_findings, "The mayor said the city would stay out of the negotiations.", MAYOR),
    "city-not-stepping-in": (strike_findings, "Whitcombe said the city would not step into the negotiations.", MAYOR),
    "city-stays-out-of-dispute": (strike_findings, "The mayor said the city would stay out of the dispute.",
                                  "The mayor said the city would not step into the dispute."),
    "army-stays-out": (other_findings, "The minister said the army would stay out of the operation.", ARMY),
    "army-takes-no-part": (other_findings, "The minister said the army would take no part in the operation.", ARMY),
    "drivers-returned-ballots": (strike_findings, "2,525 drivers returned their ballot papers.", BALLOT),
    "drivers-cast-a-ballot": (strike_findings, "Of 3,412 drivers entitled to vote, 2,525 cast a ballot.", BALLOT),
    "members-cast-votes": (other_findings, "8,400 members cast their votes.", MERGER),
    "votes-for-cast": (other_findings, "8,400 members cast their votes in the ballot.",
                       "In the ballot 8,400 members voted for the merger and 3,600 voted against it."),
    "chamber-estimated": (strike_findings, "The chamber estimated that the strike was costing the city about $14 "
                          "million a day.", CHAMBER),
    "authority-named-in-full": (strike_findings, "The authority said the strike was costing the city about $14 million "
                                "a day.", "The Carrow Bay Transit Authority said the strike was costing the city "
                                "about $14 million a day."),
    "port-board-estimated": (other_findings, "The port board estimated that the closure would cost shippers $3 "
                             "million a week.", PORT),
    "all-libraries": (other_findings, "The council closed all of its libraries on Friday.", LIBRARIES),
    "every-branch-library": (other_findings, "The council closed every branch library on Friday.", LIBRARIES),
    "some-told-by-its-passage": (other_findings, "Some of its branches reopened on Monday.",
                                 LIBRARIES + " Some of its branches reopened on Monday."),
    "all-wells": (other_findings, "The company tested all of its wells after the spill.", WELLS),
    "most-routes-of-28": (strike_findings, "The authority suspended most of its bus routes on Monday.", ROUTES),
    "ban-lifted-for-a-time": (other_findings, "The airport said it would lift its ban on night flights for three "
                              "months.", FLIGHTS),
    "curfew-lifted-temporarily": (other_findings, "The government said it would lift the curfew in the capital "
                                  "temporarily.", CURFEW),
    "curfew-suspended": (other_findings, "The government said it would suspend the curfew in the capital.", CURFEW),
    "ban-lifted-told": (other_findings, "The airport said it would lift its ban on night flights.",
                        "The airport said it would lift its ban on night flights in June."),
}


@pytest.mark.parametrize("check, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(check, sentence: str, passage: str):
    assert check(sentence, passage) == []
