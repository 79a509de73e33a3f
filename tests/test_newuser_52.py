"""An English briefing written from scratch, as README's "A project of your own" tells a new editor: the dispute
between a (fictional) central bank, the Bank of Aldermere, and its government over a rate rise, from a wire report
and the bank's own statement (tests/fixtures/newuser_52/; the statement marked `statement_of: Bank of Aldermere` in
sources.yaml). The topic is heavy with figures an honest editor rewords: "raised by 50 basis points to 5.25%" ("half
a percentage point"), "3.8% in the year to February, down from 4.6% in January" ("was 3.8% in February"), "by
mid-2027", "voted 6-3" ("by six votes to three"), "£12.4bn more than it forecast" ("an extra £12.4bn").

What the new editor met, and what is fixed (on the code before, the briefing did not build, 10 of the 25
misstatements below built and one more was refused only for another reason, and 6 of the 27 honest wordings were
refused):
- "Inflation was 3.8% in February" citing "3.8% in the year to February" was refused as another period: a rate's
  level given in the month a year is counted to restates it (figure_periods.py);
- a rate of one month given to another the passage names ("Inflation was 4.6% in February" citing "... down from 4.6%
  in January") built (figure_periods.py);
- a vote's split turned round ("voted 3-6", "by three votes to six" citing "voted 6-3") built (vote_splits.py);
- a year after "mid-", "early-" or "late-" ("by mid-2026" citing "by mid-2027") was no figure (numbers.py);
- "lowered its main policy rate to 5.25%" citing "raised ... by 50 basis points to 5.25%", and "Inflation rose to
  3.8%" citing "was 3.8% ..., down from 4.6%", built: the level a change of a size made, and a level "down from"
  another, are read as the change's (direction.py);
- "£12.4bn less than it forecast" citing "£12.4bn more than it forecast" built (more_or_less.py);
- the bank's statement given to the government ("The government says ...", "The Treasury says ...") built: "Bank of
  Aldermere" named both parties by their country's name, and an alias "the government" named none (party_word.py,
  owners.py);
- "The bank notes ..." and "The bank projects ..." citing its statement were refused as stated as fact
  (attribution.py); "0.6% in 2026, lower than the 1.1%" was read as comparing the year (compared_figures.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_52"
SLUG = "rate-dispute"
BANK = "Bank of Aldermere"

PARTIES = (Party(id="bank", name=BANK, short_name="The bank", role="central bank",
                 aliases=("Monetary Policy Committee", "Tomas Whitfield", "Whitfield")),
           Party(id="government", name="Government of Aldermere", short_name="The government", role="government",
                 aliases=("the government", "Treasury", "Rachel Dunmore", "Dunmore", "finance minister")))

RATE = ("The Bank of Aldermere raised its main policy rate by 50 basis points to 5.25% on Thursday, defying a public "
        "call from the finance minister to hold borrowing costs steady.")
VOTE = ("The bank's Monetary Policy Committee voted 6-3 for the increase, the largest since 2023. Three members voted "
        "to keep the rate at 4.75%.")
INFLATION = ("Consumer price inflation was 3.8% in the year to February, down from 4.6% in January, according to the "
             "national statistics office. It remains well above the bank's 2% target.")
FORECAST = ("The bank said it expects inflation to return to its 2% target by mid-2027. It forecast that the economy "
            "would grow by 0.6% this year, down from an earlier forecast of 1.1%.")
DEFICIT = ("The government's budget deficit was 4.1% of GDP in the last fiscal year, and the Treasury expects it to "
           "fall to 3.2% this year. The government plans to borrow £12.4bn more than it forecast in its autumn budget, "
           "the Treasury said last month.")
MARKETS = ("Markets expect the bank to raise rates once more, to 5.5%, by June, according to pricing in interest rate "
           "futures. Analysts said the bank may pause after that if wage growth slows.")
UNEMPLOYMENT = "Unemployment rose to 4.4% in the three months to January, from 4.2% in the previous three months."
S_VOTE = ("At its meeting ending on 4 March 2026, the Monetary Policy Committee voted by a majority of six votes to "
          "three to increase Bank Rate by 0.5 percentage points, to 5.25%. Three members preferred to maintain Bank "
          "Rate at 4.75%.")
S_PROJECTION = ("In the Committee's central projection, inflation returns to the 2% target in the second quarter of "
                "2027. Without today's increase, the Committee judges that inflation would stay above 3% until the end "
                "of 2027.")
S_BORROW = ("The Committee notes the Government's plan to borrow an additional £12.4 billion in the current fiscal "
            "year. Fiscal policy is a matter for the Government.")
S_GROWTH = ("GDP grew by 0.1% in the fourth quarter of 2025. The Committee now projects growth of 0.6% in 2026, lower "
            "than the 1.1% projected in November.")

# sentence, passage, whose statement the passage's source is ("" a report)
HONEST = {
    "half-a-point": ("The Bank of Aldermere raised its policy rate by half a percentage point to 5.25% on Thursday.",
                     RATE, ""),
    "quarter-sign": ("The Bank of Aldermere raised its policy rate by 50 basis points, to 5¼ per cent.", RATE, ""),
    "points": ("The bank raised its main rate by 0.5 percentage points to 5.25%.", RATE, ""),
    "six-votes-to-three": ("The bank's rate-setting committee voted by six votes to three for the increase.", VOTE, ""),
    "split-kept": ("The committee split 6-3, with three members voting to hold the rate at 4.75%.", VOTE, ""),
    "fell-to": ("Inflation fell to 3.8% in the year to February, from 4.6% in January.", INFLATION, ""),
    "level-in-month": ("Inflation was 3.8% in February, still well above the bank's 2% target.", INFLATION, ""),
    "eased-to-in-month": ("Inflation eased to 3.8% in February from 4.6% in January.", INFLATION, ""),
    "month-kept": ("Inflation was 4.6% in January.", INFLATION, ""),
    "mid-year": ("The bank expects inflation to return to its 2% target by mid-2027.", FORECAST, ""),
    "mid-year-reworded": ("The bank expects inflation to be back at its 2% target by mid-2027.", FORECAST, ""),
    "forecast-cut-to": ("The bank cut its growth forecast for this year to 0.6% from 1.1%.", FORECAST, ""),
    "deficit": ("The budget deficit was 4.1% of GDP last fiscal year.", DEFICIT, ""),
    "billion-pounds": ("The Treasury said the government plans to borrow 12.4 billion pounds more than it forecast in "
                       "the autumn.", DEFICIT, ""),
    "an-extra": ("The Treasury said the government plans to borrow an extra £12.4bn.", DEFICIT, ""),
    "markets-expect": ("Markets expect one more rise, to 5.5%, by June.", MARKETS, ""),
    "analysts-may": ("Analysts said the bank may pause after that.", MARKETS, ""),
    "unemployment": ("Unemployment rose to 4.4% in the three months to January.", UNEMPLOYMENT, ""),
    "bank-says-vote": ("The bank says its committee voted six to three to raise Bank Rate by half a point, to 5.25%.",
                       S_VOTE, BANK),
    "according-to-bank": ("According to the bank, inflation will return to the 2% target in the second quarter of "
                          "2027.", S_PROJECTION, BANK),
    "bank-notes": ("The bank notes the government's plan to borrow an additional £12.4bn this fiscal year.", S_BORROW,
                   BANK),
    "bank-notes-extra": ("The bank notes the government's plan to borrow an extra £12.4 billion.", S_BORROW, BANK),
    "bank-projects": ("The bank projects growth of 0.6% in 2026, lower than the 1.1% it projected in November.",
                      S_GROWTH, BANK),
    "bank-judges": ("The bank judges that inflation would stay above 3% until the end of 2027 without today's increase.",
                    S_PROJECTION, BANK),
    "treasury-own-word": ("The Treasury expects the deficit to fall to 3.2% this year.", DEFICIT, ""),
    "vote-of-bank-by-name": ("The Bank of Aldermere says the committee voted six votes to three.", S_VOTE, BANK),
    "whitfield": ("Whitfield says the committee voted by six votes to three.", S_VOTE, BANK),
}


@pytest.mark.parametrize("sentence, passage, whose", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_of_a_rate_dispute_builds(sentence: str, passage: str, whose: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES, whose) == []


# sentence, passage, whose statement, the words its error must hold
MISSTATED = {
    "rate-cut": ("The Bank of Aldermere cut its policy rate by 50 basis points to 5.25%.", RATE, "",
                 "given as a fall"),
    "rate-lowered-to": ("The Bank of Aldermere lowered its main policy rate to 5.25%.", RATE, "",
                        'figure "5.25%" is given as a fall, but the passages this cites give it as a rise'),
    "points-as-per-cent": ("The Bank of Aldermere raised its policy rate by 50% to 5.25%.", RATE, "", '"50%"'),
    "five-points": ("The Bank of Aldermere raised its policy rate by 5 percentage points to 5.25%.", RATE, "", '"5'),
    "vote-turned": ("The committee voted 3-6 for the increase.", VOTE, "",
                    "this sentence gives the vote as 3-6 where its cited passages give it 6 to 3, the other way round"),
    "votes-to-turned": ("The committee voted by three votes to six for the increase.", VOTE, "",
                        "gives the vote as three votes to six where its cited passages give it 6 to 3"),
    "statement-vote-turned": ("The bank says its committee voted three to six to raise Bank Rate.", S_VOTE, BANK,
                              "gives the vote as three to six where its cited passages give it 6 to 3"),
    "unanimous": ("The committee voted unanimously for the increase.", VOTE, "", "'unanimously'"),
    "inflation-rose-to": ("Inflation rose to 3.8% in the year to February.", INFLATION, "",
                          'figure "3.8%" is given as a rise, but the passages this cites give it as a fall'),
    "month-before": ("Inflation was 4.6% in February.", INFLATION, "",
                     'figure "4.6%" is given in February, but the passages this sentence cites give it for another '
                     'period ("4.6% in January")'),
    "year-as-month": ("Inflation was 3.8% in January.", INFLATION, "", 'figure "3.8%" is given in January'),
    "change-in-month": ("Prices rose 3.8% in February.", INFLATION, "", 'figure "3.8%" is given in February'),
    "from-swapped": ("Inflation fell to 4.6% in February from 3.8% in January.", INFLATION, "", "4.6%"),
    "mid-year-moved": ("The bank expects inflation to return to its 2% target by mid-2026.", FORECAST, "",
                       'figure "2026" is not in the passages this sentence cites'),
    "forecast-certain": ("Inflation will return to the 2% target by mid-2027.", FORECAST, "", "'will'"),
    "growth-raised": ("The bank raised its growth forecast to 0.6% from 1.1%.", FORECAST, "", "0.6%"),
    "deficit-in-pounds": ("The budget deficit was £4.1bn in the last fiscal year.", DEFICIT, "", "4.1"),
    "million": ("The Treasury said the government plans to borrow £12.4m more.", DEFICIT, "", "12.4"),
    "less-than": ("The Treasury said the government plans to borrow £12.4bn less than it forecast.", DEFICIT, "",
                  "this sentence gives £12.4bn as less where its cited passages give it as more"),
    "statement-less": ("The bank notes the government's plan to borrow £12.4bn less this year.", S_BORROW, BANK,
                       "this sentence gives £12.4bn as less where its cited passages give it as more"),
    "markets-as-fact": ("The bank will raise rates once more, to 5.5%, by June.", MARKETS, "", "only as expected"),
    "statement-as-government": ("The government says inflation will return to the 2% target in the second quarter of "
                                "2027.", S_PROJECTION, BANK,
                                "this sentence gives the words to The government, but its cited passages are the "
                                "statement of Bank of Aldermere"),
    "statement-as-treasury": ("The Treasury says the committee voted six to three to raise Bank Rate.", S_VOTE, BANK,
                              "gives the words to The Treasury, but its cited passages are the statement of Bank of "
                              "Aldermere"),
    "statement-as-fact": ("Inflation will return to the 2% target in the second quarter of 2027.", S_PROJECTION, BANK,
                          "whose statement their source is"),
    "unemployment-fell": ("Unemployment fell to 4.4% in the three months to January.", UNEMPLOYMENT, "",
                          "given as a fall"),
}


@pytest.mark.parametrize("sentence, passage, whose, expected", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstated_rate_dispute_is_refused(sentence: str, passage: str, whose: str, expected: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES, whose)
    assert any(expected in message for message in found), found


def test_the_briefing_builds_with_every_kind_of_content(tmp_path: Path):
    """The whole briefing, from a report and one side's statement: its figures reworded, the correction logged."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / SLUG / "index.html").read_text(encoding="utf-8")
    for words in ("half a percentage point to 5.25%", "by six votes to three", "3.8% in February", "by mid-2027",
                  "an extra £12.4bn", "Acting later would mean acting harder.", "voted 7-2", "Bank of Aldermere"):
        assert words in page, words
    statement = (desk / "site" / "sources" / "statement.html").read_text(encoding="utf-8")
    assert "<mark" in statement and "Bank Rate" in statement


INFLATION = "Inflation was 3.8% in the year to February, down from 4.6% in January."
RATE_OF_RISE = {
    "prices-rose-for-inflation-down-from": ("Prices rose 3.8% in the year to February.", INFLATION, ""),
    "prices-rose-for-inflation-fell-to": ("Consumer prices rose 3.8% in the year to February.",
                                          "Inflation fell to 3.8% in the year to February.", ""),
    "prices-fell-for-inflation": ("Prices fell 3.8% in the year to February.", INFLATION, "given as a fall"),
    "inflation-rose-to-for-fell-to": ("Inflation rose to 3.8% in the year to February.",
                                      "Inflation fell to 3.8% in the year to February, down from 4.6%.",
                                      "given as a rise"),
    "unemployment-rose-for-fell-to": ("Unemployment rose 5% last year.", "Unemployment fell to 5% last year.",
                                      "given as a rise"),
}


@pytest.mark.parametrize("sentence, passage, expected", RATE_OF_RISE.values(), ids=RATE_OF_RISE.keys())
def test_a_rate_of_rise_is_the_rise_it_counts_whichever_way_the_rate_moved(sentence: str, passage: str, expected: str):
    # inflation's 3.8% is prices' rise of 3.8%: "down from 4.6%" tells how the rate moved, not which way prices did
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(expected in message for message in found) if expected else found == [], found
