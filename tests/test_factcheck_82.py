"""An eighty-second fact-check: an economics briefing's leftovers (tests/test_newuser_52.py's rate dispute).

Built though misstated, before: a level the rate reached told as where it started ("raised its policy rate from
5.25%" citing "by 50 basis points to 5.25%": reached_as_start.py); a vote's minority count given to the majority's act
("Six members voted to keep the rate at 4.75%": vote_sides.py); inflation put below the target the source puts it
above (target_sides.py); a change the source gives only as expected told as done ("Inflation returned to its 2%
target by mid-2027", "The deficit fell to 3.2% this year": expected_as_done.py); a rise to a level after a comma
("raise rates once more, to 5.5%") told as a cut (direction.py); a part of a year moved ("by late
2027" citing "by mid-2027": year_stages.py). Refused though honest: a change's size reckoned from its two ends with
"eased" ("eased 0.8 points to 3.8%" citing "3.8%, down from 4.6%": change_sizes.py), and basis points said of the
source's percentage points ("about 50 basis points" citing "around half a percentage point": points_said.py).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from support import sentence_findings
from test_newuser_52 import DEFICIT, FORECAST, INFLATION, MARKETS, PARTIES, RATE, S_VOTE, VOTE

MPC = ("Consumer price inflation was 3.8% in the year to February, down from 4.6% in January. It remains well above the "
       "bank's 2% target.")
LAL = "Lal said mortgage rates could rise by around half a percentage point over the coming year."
DEBT = "Public debt stands at 68% of GDP, below the government's 70% limit, and is seen to rise to 69% next year."

# sentence, passage, the words its error must hold
MISSTATED = {
    "reached-as-start": ("The bank raised its policy rate from 5.25%.", RATE, "gives 5.25% as the starting level"),
    "reached-as-up-from": ("The rate is now 4.75%, up from 5.25%.", RATE, "gives 5.25% as the starting level"),
    "minority-as-majority": ("Six members voted to keep the rate at 4.75%.", VOTE,
                             "gives Six as voting 'to keep the' where its cited passages give 3 so"),
    "majority-as-minority": ("Three members voted for the increase.", VOTE,
                             "gives Three as voting 'for the increase' where its cited passages give 6 so"),
    "statement-minority": ("Six members preferred to maintain Bank Rate at 4.75%.", S_VOTE, "gives Six as voting"),
    "below-target": ("Inflation is below the bank's 2% target.", MPC,
                     "gives what it measures as below the 2% target or limit"),
    "above-limit": ("Public debt is above the government's 70% limit.", DEBT,
                    "gives what it measures as above the 70% target or limit"),
    "forecast-as-done": ("Inflation returned to its 2% target by mid-2027.", FORECAST,
                         "tells as done ('returned to its 2% target by mid-2027')"),
    "expected-fall-as-done": ("The deficit fell to 3.2% this year.", DEFICIT, "give only as expected"),
    "forecast-growth-as-done": ("The economy grew by 0.6% this year.", FORECAST, "give only as expected"),
    "seen-as-done": ("Public debt rose to 69% last year.", DEBT, "give only as expected"),
    "late-for-mid": ("The bank expects inflation to return to its 2% target by late 2027.", FORECAST,
                     "gives late 2027 where its cited passages give another part of 2027 ('mid-2027')"),
    "end-of-for-mid": ("The bank expects inflation to be back at 2% by the end of 2027.", FORECAST,
                       "gives the end of 2027"),
    "expected-cut-for-rise": ("Markets expect the bank to cut rates to 5.5% by June.", MARKETS,
                              'figure "5.5%" is given as a fall, but the passages this cites give it as a rise'),
    "eased-wrong-size": ("Inflation eased 0.9 points to 3.8%.", INFLATION, 'figure "0.9" is not in the passages'),
    "points-wrong": ("Lal said mortgage rates could rise by about 25 basis points.", LAL, 'figure "25"'),
}


@pytest.mark.parametrize("sentence, passage, expected", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstated_economics_sentence_is_refused(sentence: str, passage: str, expected: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(expected in message for message in found), found


HONEST = {
    "reached-kept": ("The bank raised its policy rate to 5.25%.", RATE),
    "start-kept": ("Inflation eased from 4.6% in January.", INFLATION),
    "raised-from-start": ("The bank raised its policy rate from 4.75% to 5.25%.",
                          RATE + " The rate had been 4.75% since 2024, and the bank raised it from 4.75% to 5.25%."),
    "minority-kept": ("Three members voted to keep the rate at 4.75%.", VOTE),
    "majority-kept": ("Six members voted for the increase.", VOTE),
    "split-kept": ("The committee voted 6-3, with three members voting to hold the rate at 4.75%.", VOTE),
    "above-kept": ("Inflation is still well above the bank's 2% target.", MPC),
    "over-for-above": ("Inflation remains over the bank's 2% target.", MPC),
    "below-limit-kept": ("Public debt is below the government's 70% limit.", DEBT),
    "expectation-kept": ("The bank expects inflation to return to its 2% target by mid-2027.", FORECAST),
    "expected-fall-kept": ("The Treasury expects the deficit to fall to 3.2% this year.", DEFICIT),
    "seen-kept": ("Public debt is seen rising to 69% next year.", DEBT),
    "done-given-too": ("The deficit fell to 3.2% this year.",
                       DEFICIT + " Figures published on Friday showed the deficit fell to 3.2% this year."),
    "mid-kept": ("The bank expects inflation to be back at its 2% target by mid-2027.", FORECAST),
    "year-alone": ("The bank expects inflation to be back at 2% by late 2027.",
                   "The bank expects inflation to return to 2% in 2027."),
    "expected-rise-kept": ("Markets expect the bank to raise rates again, to 5.5%, by June.", MARKETS),
    "eased-size": ("Inflation eased 0.8 points to 3.8%.", INFLATION),
    "eased-percentage-points": ("Inflation eased 0.8 percentage points to 3.8% in February.", INFLATION),
    "basis-points": ("Lal said mortgage rates could rise by about 50 basis points over the coming year.", LAL),
    "point-words-kept": ("Lal said mortgage rates could rise by about 0.5 percentage points.", LAL),
    "bp-of-points": ("The bank raised its policy rate by 0.5 percentage points to 5.25%.", RATE),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_economics_sentence_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
