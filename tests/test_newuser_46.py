"""An English briefing on a trade dispute written from scratch from two documents of the user's own, as README's "A
project of your own" says: Northland's trade ministry's press release (sources.yaml gives it `statement_of:
Northland`) announcing tariffs of up to 25% on Southland steel from 1 April 2026 (hot-rolled steel from 10% to 25%,
other steel up to 10 percentage points, a tariff-rate quota of 50,000 tonnes, $4.2bn of imports, about $600 million a
year of revenue), and a wire report of Southland's answer (a threat of 20% duties on up to $1.5bn of Northland farm
goods, a WTO panel's preliminary report and a final ruling expected in June, Northland's average farm tariff of 12%):
tests/fixtures/newuser_46/, started with `new` and cited with `cite`, every kind of content file citing both.

What the new editor met, probing some 90 pairs of a trade reporter's wording against the passage it cites: the build was
strict where the README promises ("up to 25%" told as "25%", "percentage points" told as "percent", "threatened to
impose" told as "imposed", the press release's words stated as fact, a threat told as "retaliated"), and the fixture
briefing's own first draft was refused only where it was wrong (a 4.2bn of imports put in Northland's column, "1 April
2026" for "from 1 April 2026"). Of this file's cases, on the code before, 16 misstatements built and 7 honest sentences
were refused, and the fixture briefing had 2 errors (its two changes reckoned from their ends); none now. Fixed here:
- a change told by an end of "from A to B": "the duty will rise by 25%" (or "by 10%", "by 9%") citing "The tariffs will
  raise the duty on hot-rolled steel from 10% to 25%" (the verb too far from "to 25%" to read it as a level reached):
  change_ends.py, direction.py ("raise", "cut" read before "by" six words off; "by up to 10 points" is no level);
- a change's size reckoned from its two ends, "rose by 9 percentage points" of "to 18% from 9%", "rose by $1.1bn" of
  "$4.2bn ..., up from $3.1bn", was refused; it builds, and "fell by $1.1bn" or "by 15%" is still refused:
  change_sizes.py;
- a WTO panel's preliminary report told as its ruling ("the panel ruled", "the panel's final ruling found", "issued its
  final ruling"): preliminary.py;
- an average told as the rate ("Northland applies a 12% tariff on all farm goods" citing "an average tariff of 12%"):
  averages.py;
- "Southland has imposed duties on up to $1.5bn of Northland farm goods" citing "threatened to impose tariffs on up to
  $1.5bn of farm goods" (found by `serve`, the summary edited): the passage's clause was cut at the decimal point of
  "$1.5bn", leaving too few words shared: possible_done.py.
Found and not fixed (each still builds, or is refused, as written): "Southland will impose tariffs" citing "threatened
to impose" (a threat told as a certain future), "Southland slapped (put) tariffs on" citing "threatened to impose",
"The report is public" citing "The report is confidential", "Northland's steel mills have added 6,000 jobs" citing
"cut 6,000 jobs", "the duty will rise to 10%" citing "raise the duty ... from 10% to 25%", "will triple, from 10% to
25%", "were worth $3.1bn last year" citing "$4.2bn last year, up from $3.1bn in 2024", "in duty-free" citing "at the
current rate of 10%", "Northland and Southland have agreed to meet" citing Northland's proposal; and "The panel has
yet to issue its final ruling, which is expected in June" is refused as a negation added.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_46"

PARTIES = (Party(id="northland", name="Northland", aliases=["Ministry of Trade of Northland"], role="side"),
           Party(id="southland", name="Southland", role="side"))

ANNOUNCED = ("The Government of Northland will impose tariffs of up to 25% on steel imported from Southland from 1 "
             "April 2026, the Minister of Trade, Elena Varga, announced today.")
HOT_ROLLED = ("The tariffs will raise the duty on hot-rolled steel from 10% to 25%, an increase of 15 percentage "
              "points.")
WIRE_HOT_ROLLED = "Northland's tariffs raise the duty on hot-rolled steel from 10% to 25%."
OTHER = "Duties on other steel products will rise by up to 10 percentage points."
IMPORTS = "Steel imports from Southland were worth $4.2bn last year, up from $3.1bn in 2024."
QUOTA = ("A tariff-rate quota of 50,000 tonnes a year will allow some Southland steel to enter at the current rate of "
         "10%.")
THREAT = ("Southland on Thursday threatened to impose tariffs on up to $1.5bn of farm goods from Northland, a week "
          "after Northland announced duties of up to 25% on Southland steel.")
AVERAGE = "Trade analysts said the average tariff on Southland steel would rise to 18% from 9%."
PANEL = ("A WTO panel issued a preliminary report on March 10, which found that an earlier Northland duty on Southland "
         "aluminium was inconsistent with WTO rules. The report is confidential and the panel's final ruling is "
         "expected in June.")
FARM = ("Northland applies an average tariff of 12% on farm goods from all countries, according to WTO data. Farm "
        "exports from Southland to Northland fell 8% last year.")
REVENUE = "The Government expects the tariffs to raise about $600 million a year in revenue."
# the same shapes on other topics
RATES = "The central bank raised its main interest rate from 4.5% to 5.25% on Tuesday."
SALES = "Retail sales were worth £31.4bn in May, down from £33.0bn in April."
WAGES = "The average hourly wage in the region was $24.60 last year."
COURT = ("The tribunal issued an interim ruling on the merger in May. Its final decision is expected in the autumn.")
RANGE = "The study's confidence interval runs from 12% to 31%."
WARD = "In the year to March 2026 its beds were occupied on average 71 per cent of the time."
SPEND = "The group will invest £1.2bn in lower prices over three years, an average of £400m a year."

HONEST = [  # (passage, sentence): each a trade reporter's wording, all built
    (ANNOUNCED, "Northland will impose tariffs of up to 25% on Southland steel from 1 April 2026."),
    (ANNOUNCED, "Northland will impose tariffs of as much as 25% on Southland steel."),
    (HOT_ROLLED, "The duty on hot-rolled steel will rise from 10% to 25%."),
    (HOT_ROLLED, "The duty on hot-rolled steel will rise to 25%."),
    (HOT_ROLLED, "The duty on hot-rolled steel will rise by 15 percentage points, to 25%."),
    (HOT_ROLLED, "The duty on hot-rolled steel will rise by 15 points."),
    (WIRE_HOT_ROLLED, "Northland's tariffs raise the duty on hot-rolled steel by 15 percentage points."),
    (WIRE_HOT_ROLLED, "Northland's tariffs raise the duty on hot-rolled steel from 10% to 25%."),
    (OTHER, "Duties on other steel products will rise by up to 10 percentage points."),
    (IMPORTS, "Steel imports from Southland were worth $4.2 billion last year, up from $3.1 billion in 2024."),
    (IMPORTS, "Steel imports from Southland rose by $1.1bn last year."),
    (IMPORTS, "Steel imports from Southland rose by about $1.1bn last year."),
    (QUOTA, "A tariff-rate quota of 50,000 tonnes a year will let some Southland steel in at the current 10% rate."),
    (THREAT, "Southland threatened to impose tariffs on up to $1.5bn of Northland farm goods."),
    (AVERAGE, "Trade analysts said the average tariff on Southland steel would rise to 18% from 9%."),
    (AVERAGE, "Analysts said the average tariff on Southland steel would rise by 9 percentage points."),
    (AVERAGE, "Analysts said the average tariff on Southland steel would rise 9 points, to 18%."),
    (PANEL, "A WTO panel issued a preliminary report on March 10."),
    (PANEL, "The panel's preliminary report found that an earlier Northland duty on Southland aluminium was "
            "inconsistent with WTO rules."),
    (PANEL, "In a preliminary ruling, the WTO panel found that an earlier Northland duty on Southland aluminium broke "
            "WTO rules."),
    (PANEL, "The panel's final ruling is expected in June."),
    (PANEL, "The panel is expected to rule in June."),
    (FARM, "According to WTO data, Northland applies an average tariff of 12% on farm goods from all countries."),
    (FARM, "Northland's tariffs on farm goods average 12%, according to WTO data."),
    (FARM, "On average, Northland charges 12% on farm imports, WTO data show."),
    (FARM, "Southland's farm exports to Northland fell 8% last year."),
    (REVENUE, "The Government expects the tariffs to raise about $600 million a year."),
    (RATES, "The central bank raised its main interest rate by 0.75 percentage points on Tuesday."),
    (RATES, "The central bank raised its main interest rate to 5.25% on Tuesday."),
    (SALES, "Retail sales fell by £1.6bn in May."),
    (WAGES, "The average hourly wage in the region was $24.60 last year."),
    (COURT, "In an interim ruling, the tribunal blocked the merger in May."),
    (COURT, "The tribunal's final decision is expected in the autumn."),
    (RANGE, "The confidence interval ran from 12% to 31%."),
    (WARD, "The ward's beds were occupied 71% of the time in the year to March 2026."),
    (SPEND, "The group will spend £400m a year on lower prices."),
]

MISSTATED = [  # (passage, sentence, what the error says): a careless editor's, all refused
    (HOT_ROLLED, "The duty on hot-rolled steel will rise by 25%.",
     "figure \"25%\" is given as the size of a rise, but the passages this cites give it as the level reached ('to "
     "25%')"),
    (HOT_ROLLED, "The tariffs will raise the duty on hot-rolled steel by 25%.",
     "figure \"25%\" is given as the size of a rise, but the passages this cites give it as the level reached"),
    (WIRE_HOT_ROLLED, "Northland's tariffs raise the duty on hot-rolled steel by 25%.",
     "figure \"25%\" is given as the size of a rise, but the passages this cites give it as the level reached"),
    (WIRE_HOT_ROLLED, "Northland's tariffs raise the duty on hot-rolled steel by 10%.",
     "figure \"10%\" is given as the size of a rise, but the passages this cites give it as the starting level ('from "
     "10%')"),
    (AVERAGE, "Analysts said the average tariff on Southland steel would rise by 9%.",
     "figure \"9%\" is given as the size of a rise, but the passages this cites give it as the starting level ('from "
     "9%')"),
    (RATES, "The central bank raised its main interest rate by 5.25% on Tuesday.",
     "figure \"5.25%\" is given as the size of a rise, but the passages this cites give it as the level reached"),
    (HOT_ROLLED, "The duty on hot-rolled steel will rise by 15%.", "figure \"15%\" is not in the passages"),
    (HOT_ROLLED, "The duty on hot-rolled steel will rise by 15 percent, to 25%.",
     "figure \"15 percent\" is not in the passages"),
    (WIRE_HOT_ROLLED, "Northland's tariffs raise the duty on hot-rolled steel by 35 percentage points.",
     "figure \"35\" is not in the passages"),
    (IMPORTS, "Steel imports from Southland fell by $1.1bn last year.", "figure \"$1.1bn\" is not in the passages"),
    (IMPORTS, "Steel imports from Southland rose by $1.2bn last year.", "figure \"$1.2bn\" is not in the passages"),
    (SALES, "Retail sales rose by £1.6bn in May.", "figure \"£1.6bn\" is not in the passages"),
    (OTHER, "Duties on other steel products will rise by up to 10%.", "figure \"10%\" is not in the passages"),
    (OTHER, "Duties on other steel products will rise by 10 percentage points.",
     "figure \"10\" leaves out the qualifier of \"up to 10\""),
    (ANNOUNCED, "Northland will impose 25% tariffs on Southland steel from 1 April 2026.",
     "figure \"25%\" leaves out the qualifier of \"up to 25%\""),
    (ANNOUNCED, "Northland has imposed tariffs of up to 25% on Southland steel.",
     "this sentence tells as done ('imposed') what its cited passages give as still to come ('will impose'"),
    (ANNOUNCED, "Northland will impose tariffs of up to 25% on Southland steel until 1 April 2026.",
     "date \"1 April 2026\" turns the other way the bound of \"from 1 April 2026\""),
    (THREAT, "Southland imposed tariffs on up to $1.5bn of Northland farm goods.",
     "this sentence tells as done ('imposed') what its cited passages give only as possible ('threatened to impose')"),
    (THREAT, "Southland has imposed duties on up to $1.5bn of Northland farm goods.",
     "this sentence tells as done ('imposed') what its cited passages give only as possible ('threatened to impose')"),
    (THREAT, "Southland retaliated with tariffs on Northland farm goods.",
     "this sentence gives retaliation ('retaliated') where its cited passages give none"),
    (THREAT, "Southland threatened to impose tariffs on $1.5bn of Northland farm goods.",
     "figure \"$1.5bn\" leaves out the qualifier of \"up to $1.5bn\""),
    (QUOTA, "A tariff-rate quota of 50,000 tonnes a month will let some Southland steel in at the current rate.",
     "figure \"50,000\" is given per month"),
    (PANEL, "The WTO panel ruled on March 10 that an earlier Northland duty on Southland aluminium was inconsistent "
            "with WTO rules.",
     "this sentence tells as a ruling given ('ruled') what its cited passages give only as preliminary or still to "
     "come ('preliminary report')"),
    (PANEL, "A WTO panel ruled against Northland on March 10.",
     "this sentence tells as a ruling given ('ruled') what its cited passages give only as preliminary"),
    (PANEL, "The WTO panel's final ruling found that an earlier Northland duty on Southland aluminium broke WTO rules.",
     "this sentence tells as a ruling given ('final ruling found')"),
    (PANEL, "The WTO panel issued its final ruling on March 10.",
     "this sentence tells as a ruling given ('issued its final ruling')"),
    (PANEL, "The WTO ruled that an earlier Northland duty on Southland aluminium was inconsistent with WTO rules.",
     "this sentence tells as a ruling given ('ruled')"),
    (COURT, "The tribunal ruled in May that the merger could not go ahead.",
     "this sentence tells as a ruling given ('ruled') what its cited passages give only as preliminary or still to "
     "come ('interim ruling')"),
    (PANEL, "The panel's final ruling is expected in July.", "month \"July\" is not in the passages"),
    (FARM, "Northland applies a tariff of 12% on farm goods from all countries.",
     "this sentence gives \"12%\" as the rate where its cited passages give it only as an average ('average tariff of "
     "12%')"),
    (FARM, "Northland applies a 12% tariff on all farm goods.",
     "this sentence gives \"12%\" as the rate where its cited passages give it only as an average"),
    (AVERAGE, "Trade analysts said the tariff on Southland steel would rise to 18% from 9%.",
     "this sentence gives \"18%\" as the rate where its cited passages give it only as an average"),
    (FARM, "Farm exports from Southland to Northland fell 8 percentage points last year.",
     "figure \"8\" is not in the passages"),
    (FARM, "Farm exports from Northland to Southland fell 8% last year.",
     "this sentence names Northland where its cited passages name Southland"),
    (REVENUE, "The tariffs will raise $600 million a year.",
     "figure \"$600 million\" leaves out the qualifier of \"about $600 million\""),
]


@pytest.mark.parametrize("passage, sentence", HONEST, ids=[sentence[:50] for _, sentence in HONEST])
def test_an_honest_wording_builds(passage: str, sentence: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


@pytest.mark.parametrize("passage, sentence, named", MISSTATED, ids=[sentence[:50] for _, sentence, _ in MISSTATED])
def test_a_misstatement_is_refused(passage: str, sentence: str, named: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(named in message for message in found), found


def test_the_press_releases_words_are_northlands_own():
    """sources.yaml's `statement_of: Northland`: "Northland says" builds, the same words stated as fact do not."""
    assert sentence_findings("Northland says the duty on hot-rolled steel will rise from 10% to 25%.", (HOT_ROLLED,),
                             "en", PARTIES, "Northland") == []
    found = sentence_findings("The duty on hot-rolled steel will rise from 10% to 25%.", (HOT_ROLLED,), "en", PARTIES,
                              "Northland")
    assert found == ["this sentence states as fact what its cited passages give only as the word of Northland, whose "
                     "statement their source is: \"The duty on hot-rolled steel will rise from 10% to 25%.\""]


def test_the_trade_dispute_briefing_passes_its_checks(tmp_path: Path):
    """The fixture briefing (all seven content files, both sources) checks clean; its background's two changes
    reckoned from their ends ("a rise of 9 percentage points", "rose by $1.1bn") among them."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk, "check")
    assert result.code == 0, result.err
    assert "steel-tariffs: 20 citations anchored to 20 passages, 20 notes" in result.out
    assert "ok: 1 briefing, 2 sources" in result.out
