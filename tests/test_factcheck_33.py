"""A thirty-third fact-check: business figures' periods, levels and parts, from the merger briefing of newuser_31.

Misstatements that built: a figure's period changed ("rose 3.4% in the quarter" citing "up 3.4% year on year", "£1.2bn
a year" citing "£1.2bn over three years", "7% a year" citing "7% over two years": explainer/rates.py now reads "year on
year", "over three years" and "in the quarter" as periods), and "most of the workers" citing "41,000 of the 94,000
workers" (explainer/proportions.py: a counted part of half its whole or less is no majority). Honest wordings refused:
"the two chains" of a briefing of two parties (explainer/attribution.py names them, as "the two companies"), and
"FY2025-26" citing "FY2025/26" (explainer/codes.py: one financial year, however its two years are joined).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import assert_summary_outcome, minimal_project, one_sentence_checked

PARTIES = "  - id: harvest\n    name: Harvest Foods\n  - id: pennywise\n    name: Pennywise\n"


def checked(tmp_path: Path, source: str, summary: str) -> list[str]:
    return one_sentence_checked(minimal_project(tmp_path / "p"), source, summary, parties=PARTIES)


@pytest.mark.parametrize("source, summary, error", [
    ("Harvest Foods reported revenue of £14.8bn for the 52 weeks to 28 February 2026, up 3.4% year on year.",
     "Harvest Foods' revenue rose 3.4% in the quarter to £14.8bn.",
     'figure "3.4%" is given per quarter, but the passages this sentence cites give it per another period '
     '("3.4% year on year")'),
    ("Exports rose 6.1% year-on-year in March.", "Exports rose 6.1% a month in March.",
     'figure "6.1%" is given per month'),
    ("Rents in the city rose 2.5% in the third quarter.", "Rents in the city rose 2.5% a year.",
     'figure "2.5%" is given per year, but the passages this sentence cites give it per another period ("2.5% in the '
     'third quarter")'),
    ("The group will invest £1.2bn in lower prices over three years, an average of £400m a year.",
     "The group will invest £1.2bn a year in lower prices.",
     'figure "£1.2bn" is given per year, but the passages this sentence cites give it per another period ("£1.2bn in '
     'lower prices over three years")'),
    ("The agreement raised pay by 7% over two years.", "The agreement raised pay by 7% a year.",
     'figure "7%" is given per year'),
    ("The council will spend $40m on roads over the next 5 years.", "The council will spend $40m on roads annually.",
     'figure "$40m" is given per year'),
    ("The council will spend $40m on roads over five years.", "The council will spend $40m on roads over four years.",
     # one finding a figure (factcheck_160): a span of years against another is figure_periods.py's, "for" a period
     'figure "$40m" is given over four years, but the passages this sentence cites give it for another period'),
], ids=["quarter-for-year-on-year", "month-for-year-on-year", "year-for-quarter", "a-year-for-three-years",
        "a-year-for-two-years", "annually-for-five-years", "four-years-for-five"])
def test_a_figure_given_over_another_period_is_refused(tmp_path: Path, source: str, summary: str, error: str):
    assert_summary_outcome(checked(tmp_path, source, summary), error)


@pytest.mark.parametrize("source, summary", [
    ("Revenue rose 3.4% year on year to £14.8bn.", "Revenue rose 3.4% year on year to £14.8bn."),
    ("Revenue rose 3.4% year on year to £14.8bn.", "Revenue was £14.8bn, up 3.4% on the year before."),
    ("The group will invest £1.2bn over three years, an average of £400m a year.",
     "The group will invest £1.2bn over 3 years, or £400m a year."),
    ("Like-for-like sales grew 2.9% in the fourth quarter.", "Like-for-like sales grew 2.9% in the quarter."),
], ids=["year-on-year", "period-left-out", "three-years-in-digits", "the-quarter"])
def test_a_figure_over_its_own_period_builds(tmp_path: Path, source: str, summary: str):
    assert checked(tmp_path, source, summary) == []


@pytest.mark.parametrize("source, summary, said", [
    ("The union, which represents 41,000 of the 94,000 workers at the two companies, called for a block.",
     "The union represents most of the workers at the two companies.", "'41,000 of the 94,000'"),
    ("Of the 300 northern stores, 120 will be refitted next year.",
     "Most of the 300 northern stores will be refitted next year.", "'120 of the 300'"),
    ("Inspectors found faults at 45 of the 90 plants they visited.",
     "Inspectors found faults at the majority of the plants they visited.", "'45 of the 90'"),
], ids=["union-members", "stores", "half-exactly"])
def test_most_of_a_counted_part_of_half_or_less_is_refused(tmp_path: Path, source: str, summary: str, said: str):
    assert_summary_outcome(checked(tmp_path, source, summary), f"where its cited passages say {said}")


def test_most_of_a_counted_majority_builds(tmp_path: Path):
    assert checked(tmp_path, "The union represents 61,000 of the 94,000 workers at the two companies.",
                   "The union represents most of the workers at the two companies.") == []


@pytest.mark.parametrize("source, summary", [
    ("Harvest Foods and Pennywise will combine their 1,900 stores.", "The two chains will combine their 1,900 stores."),
    ("Harvest Foods and Pennywise expect savings of £450m.", "The two retailers expect savings of £450m."),
    ("Harvest Foods and Pennywise agreed the deal on Monday.", "The two groups agreed the deal on Monday."),
], ids=["chains", "retailers", "groups"])
def test_the_two_parties_named_by_their_kind_build(tmp_path: Path, source: str, summary: str):
    assert checked(tmp_path, source, summary) == []


def test_the_three_chains_of_two_parties_is_refused(tmp_path: Path):
    assert_summary_outcome(checked(tmp_path, "Harvest Foods and Pennywise will combine their stores.",
                                   "The three chains will combine their stores."), 'figure "three"')


@pytest.mark.parametrize("source, summary", [
    ("The price values Pennywise at 9.2x its EBITDA for FY2025/26.",
     "The price values Pennywise at 9.2x its EBITDA for FY2025-26."),
    ("Its Irish stores had revenue of €1.9bn in FY2025–26.", "Its Irish stores had revenue of €1.9bn in FY2025-26."),
    ("Profit for FY2024/25 was £612m.", "Profit for FY2024-25 was £612m."),
], ids=["slash", "en-dash", "another-year"])
def test_a_financial_year_however_joined_builds(tmp_path: Path, source: str, summary: str):
    assert checked(tmp_path, source, summary) == []


def test_another_financial_year_hyphenated_is_refused(tmp_path: Path):
    assert checked(tmp_path, "Profit for FY2024/25 was £612m.", "Profit for FY2023-24 was £612m.")


@pytest.mark.parametrize("source, summary, level", [
    ("Its underlying operating profit was £612m, an operating margin of 4.1%.", "Its operating margin rose by 4.1%.",
     "margin of 4.1%"),
    ("The bank kept an interest rate of 5.25% in June.", "The bank's interest rate rose 5.25% in June.",
     "interest rate of 5.25%"),
    ("The chain had a market share of 14.6% last year.", "The chain's market share fell 14.6% last year.",
     "share of 14.6%"),
], ids=["margin", "interest-rate", "market-share"])
def test_a_level_named_by_its_measure_told_as_a_change_is_refused(tmp_path: Path, source: str, summary: str,
                                                                   level: str):
    assert_summary_outcome(checked(tmp_path, source, summary), f"but the passages this cites give it as the level "
                                                                f"reached ('{level}')")


@pytest.mark.parametrize("source, summary", [
    ("Its underlying operating profit was £612m, an operating margin of 4.1%.", "Its operating margin rose to 4.1%."),
    ("Its underlying operating profit was £612m, an operating margin of 4.1%.", "Its operating margin was 4.1%."),
    ("Sales showed a growth rate of 4% in the year.", "Sales grew 4% in the year."),
], ids=["rose-to", "plain", "growth-rate"])
def test_a_level_named_by_its_measure_told_as_a_level_builds(tmp_path: Path, source: str, summary: str):
    assert checked(tmp_path, source, summary) == []


@pytest.mark.parametrize("source, summary", [
    ("It said the merger would leave 23,000 Pennywise workers without the pay agreement the union negotiated in 2024.",
     "The union said 23,000 Pennywise workers would lose their pay agreement."),
    ("It said the plan would leave 5,000 farmers without the subsidy the ministry paid in 2023.",
     "The ministry said 5,000 farmers would lose the subsidy it paid in 2023."),
    ("It said the cuts would leave 12 villages without the bus service the council runs.",
     "The council said 12 villages would be deprived of the bus service it runs."),
], ids=["pay-agreement", "subsidy", "bus-service"])
def test_a_loss_restating_a_clause_of_lacking_builds(tmp_path: Path, source: str, summary: str):
    assert checked(tmp_path, source, summary) == []


def test_keeping_what_a_clause_of_lacking_takes_is_refused(tmp_path: Path):
    assert_summary_outcome(checked(
        tmp_path, "It said the merger would leave 23,000 Pennywise workers without the pay agreement the union "
                  "negotiated in 2024.",
        "The union said 23,000 Pennywise workers would keep the pay agreement."), "drops the negation")
