"""A forty-second fact-check: a negation's verb, votes for and against, and honest wordings the new user's
transit-strike briefing of round 34 still refused (tests/test_newuser_34.py's docstring), each with one more of the
same shape on another topic, and their misstatement twins that must stay refused.

- Another verb on what a passage says was not acted on: "The country ratified the treaty" citing "The country did not
  sign the treaty" built once factcheck 40 read the short verb after "not" (explainer/polarity.py: after a short verb
  the negation's predicate is its object, and a positive clause acting on it with any verb restates it, as before;
  "stayed out of", "kept away from" negate by their meaning, so they stay honest paraphrases of "would not step into",
  and "stayed out of the dispute" citing "stepped into the dispute" is refused).
- A vote against refused as a negation added: "3,600 members voted against the merger" citing "8,400 members voted for
  the merger and 3,600 voted against it" (polarity.py: a negation whose object is a pronoun negates what the clause
  before names; figure_acts.py still refuses "8,400 voted against").
- Honest wordings of times and differences: "three-quarters of an hour" for "45 minutes" (explainer/decades.py reads
  a fraction's span after "of an"), "5am" for "5 in the morning" (explainer/numbers.py reads an hour told by its part
  of the day as its hour of the day), "differ by $7 million" for $38 million and $31 million (explainer/computed.py reads
  "differ" and "apart" as comparing); and "half an hour" for "45 minutes", which built unread, is refused
  (explainer/spans.py reads a span in words against the lengths its passages give).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from test_factcheck_38 import other_findings
from test_newuser_34 import findings as strike_findings

TREATY = "The country said on Monday that it did not sign the treaty."
ARMY = "The minister praised the troops but said the army would not take part in the operation."
DISPUTE = "The mayor said the city would not step into the dispute."
MERGER = "In the ballot 8,400 members voted for the merger and 3,600 voted against it."
BUDGET = "The assembly passed the budget on Tuesday: 61 deputies voted for the budget and 40 voted against it."
SPLIT = ("The union also says that drivers on split shifts spend an average of 45 minutes a day unpaid between the two "
         "halves of their shift.")
DELAY = "The first flight was delayed by 18 hours after the storm."
FIVE = ('"A driver who starts at 5 in the morning and finishes at 7 at night is paid for nine and a half hours," she '
        'said.')
CURFEW = "The curfew starts at 10 at night and ends at 6 in the morning."
COSTS = ("The authority says the union's demand would cost $38 million over two years; the union puts the cost at $31 "
         "million.")
BIDS = "The two bids for the stadium were £120 million and £145 million, the council said."

MISSTATED = {
    # another verb on what a passage says was not acted on
    "ratified-the-treaty": (other_findings, "The country ratified the treaty.", TREATY,
                            "this sentence drops the negation of its cited passage ('The country said on Monday that "
                            "it did not sign the treaty')"),
    "army-joins": (other_findings, "The minister said the army would join the operation.", ARMY,
                   "this sentence drops the negation of its cited passage ('said the army would not take part in the "
                   "operation')"),
    # the short verb itself in a form of its own, irregular too: factcheck 40's reading let these build (the lead's
    # probe after its merge), where they were refused before
    "found-asbestos": (other_findings, "The inspectors found asbestos in the school.",
                       "The inspectors did not find asbestos in the school.",
                       "this sentence drops the negation of its cited passage"),
    "paid-the-fine": (other_findings, "The company paid the fine in March.", "The company did not pay the fine in March.",
                      "this sentence drops the negation of its cited passage"),
    "met-the-leaders": (other_findings, "The minister met the union leaders.",
                        "The minister did not meet the union leaders.",
                        "this sentence drops the negation of its cited passage"),
    "saw-the-report": (other_findings, "The board saw the report before the vote.",
                       "The board did not see the report before the vote.",
                       "this sentence drops the negation of its cited passage"),
    # a verb of five letters or more whose past shares no five letters with it: "shot" was too short to be read
    "shot-the-protester": (other_findings, "The police shot the protester.",
                           "The police did not shoot the protester.",
                           "this sentence drops the negation of its cited passage"),
    "built-the-plant": (other_findings, "The company built the plant in 2019.",
                        "The company did not build the plant in 2019.",
                        "this sentence drops the negation of its cited passage"),
    "spoke-to-strikers": (other_findings, "The minister spoke to the strikers on Monday.",
                          "The minister did not speak to the strikers on Monday.",
                          "this sentence drops the negation of its cited passage"),
    "did-not-shoot": (other_findings, "The police did not shoot the protester.", "The police shot the protester.",
                      "this sentence adds a negation to its cited passage"),
    "city-mediates": (strike_findings, "The mayor said the city would mediate in the dispute.", DISPUTE,
                      "this sentence drops the negation of its cited passage"),
    # staying out, a negation by meaning, told for stepping in
    "city-stayed-out": (other_findings, "The mayor said the city stayed out of the dispute.",
                        "The mayor said the city stepped into the dispute.",
                        "this sentence adds a negation to its cited passage ('The mayor said the city stepped into the "
                        "dispute')"),
    "army-kept-out": (other_findings, "The minister said the army kept out of the fighting.",
                      "The minister said the army joined the fighting.", "this sentence adds a negation to its cited "
                      "passage"),
    # the votes swapped, which figure_acts.py reads
    "majority-voted-against": (other_findings, "8,400 members voted against the merger.", MERGER,
                               "this sentence gives 8400 as 'voted against' where its cited passages give it as "
                               "'voted for'"),
    "minority-voted-for": (other_findings, "40 deputies voted for the budget.", BUDGET,
                           "this sentence gives 40 as 'voted for' where its cited passages give it as 'voted against'"),
    # a length of time in words that is another length
    "half-an-hour": (strike_findings, "Drivers on split shifts spend half an hour a day unpaid.", SPLIT,
                     "this sentence says 'half an hour' where its cited passages give 45 minutes"),
    "half-a-day": (other_findings, "The first flight was delayed by half a day.", DELAY,
                   "this sentence says 'half a day' where its cited passages give 18 hours"),
    "three-quarters-of-40-minutes": (other_findings, "The talks lasted three-quarters of an hour.",
                                     "The talks lasted 40 minutes.", 'figure "three-quarters" is not in the passages'),
    # an hour of the day on the other clock
    "five-pm": (strike_findings, "A driver who starts at 5pm is paid for nine and a half hours.", FIVE,
                'figure "5pm" is not in the passages'),
    "curfew-ten-am": (other_findings, "The curfew starts at 10am.", CURFEW, 'figure "10am" is not in the passages'),
    "curfew-six-in-the-evening": (other_findings, "The curfew ends at 6 in the evening.", CURFEW,
                                  'figure "6" is not in the passages'),
    # a difference the passages' figures do not make
    "differ-by-9": (strike_findings, "The two sides' costings of the union's demand differ by $9 million.", COSTS,
                    'figure "$9 million" is not in the passages'),
    "bids-differ-by-30": (other_findings, "The two bids differed by £30 million.", BIDS,
                          'figure "£30 million" is not in the passages'),
}


@pytest.mark.parametrize("check, sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(check, sentence: str, passage: str, named: str):
    found = check(sentence, passage)
    assert any(named in message for message in found), found


HONEST = {
    "stayed-out-of-treaty": (other_findings, "The country stayed out of the treaty.", TREATY),
    "refused-to-sign": (other_findings, "The country refused to sign the treaty.", TREATY),
    "yet-to-sign": (other_findings, "The country has yet to sign the treaty.", TREATY),
    "declined-to-step-in": (strike_findings, "The mayor said the city declined to step into the dispute.", DISPUTE),
    "stays-out-of-dispute": (strike_findings, "The mayor said the city would stay out of the dispute.", DISPUTE),
    "army-stays-away": (other_findings, "The minister said the army would stay away from the operation.", ARMY),
    "minority-voted-against": (other_findings, "3,600 members voted against the merger.", MERGER),
    "majority-voted-for": (other_findings, "8,400 members voted for the merger.", MERGER),
    "deputies-voted-against": (other_findings, "40 deputies voted against the budget.", BUDGET),
    "three-quarters-of-an-hour": (strike_findings, "Drivers on split shifts spend three-quarters of an hour a day "
                                  "unpaid.", SPLIT),
    "three-quarters-of-a-day": (other_findings, "The first flight was delayed by three quarters of a day.", DELAY),
    "half-an-hour-of-30-minutes": (other_findings, "The talks lasted half an hour.", "The talks lasted 30 minutes."),
    "hour-and-a-half": (other_findings, "The flight was delayed by an hour and a half.",
                        "The flight was delayed by 90 minutes."),
    "five-am": (strike_findings, "A driver who starts at 5am is paid for nine and a half hours.", FIVE),
    "five-a-m": (strike_findings, "A driver who starts at 5 a.m. is paid for nine and a half hours.", FIVE),
    "curfew-ten-pm": (other_findings, "The curfew starts at 10pm and ends at 6am.", CURFEW),
    "curfew-six-a-m-to-five-in-the-morning": (other_findings, "The curfew ends at 6 in the morning.",
                                              "The curfew ends at 6 a.m. on Sunday."),
    "differ-by-7": (strike_findings, "The two sides' costings of the union's demand differ by $7 million.", COSTS),
    "bids-differ-by-25": (other_findings, "The two bids differed by £25 million.", BIDS),
    "bids-apart": (other_findings, "The bids were £25 million apart.", BIDS),
}


@pytest.mark.parametrize("check, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(check, sentence: str, passage: str):
    assert check(sentence, passage) == []
