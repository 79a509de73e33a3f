"""A fifty-fifth fact-check: figures in words, shares and scopes in the older figure checks.

1. Six checks read figures in digits only, each with a pattern of its own: a misstatement each refuses built again with
   its figure in words ("The limit is forty tonnes" citing "forty tonnes, against a limit of thirty tonnes"). They now
   read a figure in words as explainer/numbers.py does (numbers.COUNT_IN_WORDS, numbers.count_written): respective.py,
   paired_lists.py, limits.py, planned_figures.py, proportions.py and rate_bases.py.
2. A share's base changed: "Northland spends 2% of GDP on defence." citing "2% of its budget" built
   (explainer/share_bases.py).
3. A figure given for a part told for the whole: "Prices rose 8%." citing "Prices rose 3%, and 8% in the capital."
   built (explainer/part_figures.py).
4. "Halved" and "doubled" held to the ratio their passages give (attribution.unbacked_multiples, already so).
5. A negation dropped from a clause of short words: "The city will pay the bill." citing "The city will not pay the
   bill." built (explainer/polarity.py).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))


def refused_so(sentence: str, passage: str, message: str) -> None:
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(finding.startswith(f"{message}: ") for finding in found), found


def built(sentence: str, passage: str) -> None:
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


IN_WORDS = {
    "respective": ("Alpha lost twelve soldiers.", "Alpha and Beta lost forty and twelve soldiers respectively.",
                   "this sentence gives Alpha twelve where its cited passages give Alpha forty and Beta twelve "
                   "('Alpha and Beta lost forty and twelve soldiers respectively')"),
    "paired-lists": ("Forty are under review.", "Twelve are under review and forty have not arrived.",
                     "this sentence pairs Forty with 'are under review' where its cited passages pair it with 'have "
                     "not arrived', and Twelve with 'are under review' ('Twelve are under review and forty have not "
                     "arrived')"),
    "limits": ("The limit is forty tonnes.", "Imports reached forty tonnes, against a limit of thirty tonnes.",
               "this sentence gives 40 as the limit where its cited passages give the limit as 30 and 40 as what "
               "was measured against it"),
    "planned-figures": ("The army has forty thousand active personnel.",
                        "The army has announced plans to expand its active personnel to forty thousand.",
                        "this sentence states forty thousand as reached, but its cited passages give it only as "
                        "planned ('plans to expand its active personnel to forty thousand')"),
    "proportions": ("All of the posts were seized.", "Nineteen of the twenty-two posts were seized.",
                    "this sentence says 'All of the posts' where its cited passages say 'Nineteen of the "
                    "twenty-two'"),
    "rate-bases": ("There were 14 cases per million patients.", "There were 14 cases per ten thousand patients.",
                   'figure "14" is given as a rate, "14 cases per million patients", but the passages this sentence '
                   'cites give it "14 cases per ten thousand patients"'),
}


@pytest.mark.parametrize("sentence, passage, message", IN_WORDS.values(), ids=IN_WORDS.keys())
def test_a_misstatement_with_its_figure_in_words_is_refused(sentence: str, passage: str, message: str):
    refused_so(sentence, passage, message)


IN_WORDS_HONEST = {
    "respective": ("Alpha lost forty soldiers.", "Alpha and Beta lost forty and twelve soldiers respectively."),
    "paired-lists": ("Twelve are under review.", "Twelve are under review and forty have not arrived."),
    "limits": ("The limit is thirty tonnes.", "Imports reached forty tonnes, against a limit of thirty tonnes."),
    "planned-figures": ("The army plans to expand its active personnel to forty thousand.",
                        "The army has announced plans to expand its active personnel to forty thousand."),
    "proportions": ("Most of the posts were seized.", "Nineteen of the twenty-two posts were seized."),
    "rate-bases": ("There were 14 cases per 10,000 patients.", "There were 14 cases per ten thousand patients."),
    "a-lone-one-counts-nothing": ("The limit is one tonne.", "Imports reached one tonne, against a limit of 1 tonne."),
}


@pytest.mark.parametrize("sentence, passage", IN_WORDS_HONEST.values(), ids=IN_WORDS_HONEST.keys())
def test_its_honest_wording_with_the_figure_in_words_builds(sentence: str, passage: str):
    built(sentence, passage)


SHARE_BASES = {
    "gdp-for-budget": ("Northland spends 2% of GDP on defence.", "Northland spends 2% of its budget on defence.",
                       "this sentence gives 2% as a share of 'GDP' where its cited passages give it as a share of "
                       "'its budget' ('2% of its budget')"),
    "revenue-for-sales": ("Taxes took 30% of revenue.", "Taxes took 30% of sales.",
                          "this sentence gives 30% as a share of 'revenue' where its cited passages give it as a "
                          "share of 'sales' ('30% of sales')"),
    "workforce-for-members": ("Some 40% of the workforce is unionised.", "Some 40% of union members are women.",
                              "this sentence gives 40% as a share of 'the workforce' where its cited passages give it "
                              "as a share of 'union members' ('40% of union members')"),
    "adults-for-voters": ("The party won 35% of adults.", "The party won 35% of voters.",
                          "this sentence gives 35% as a share of 'adults' where its cited passages give it as a share "
                          "of 'voters' ('35% of voters')"),
}


@pytest.mark.parametrize("sentence, passage, message", SHARE_BASES.values(), ids=SHARE_BASES.keys())
def test_a_share_given_another_base_is_refused(sentence: str, passage: str, message: str):
    refused_so(sentence, passage, message)


SHARE_BASES_HONEST = {
    "gdp-in-full": ("Northland spends 2% of gross domestic product on defence.",
                    "Northland spends 2% of GDP on defence."),
    "workers-for-workforce": ("Some 40% of workers are unionised.", "Some 40% of the workforce is unionised."),
    "whose-budget": ("Defence takes 20% of the country's budget.", "Defence takes 20% of its budget."),
    "residents-for-population": ("About 5% of residents left.", "About 5% of the population left."),
    "a-pronoun-base": ("About 5% of them left.", "About 5% of residents left."),
    "the-other-share": ("Northland spends 2% of GDP on defence.",
                        "Northland spends 2% of GDP, or 10% of its budget, on defence."),
}


@pytest.mark.parametrize("sentence, passage", SHARE_BASES_HONEST.values(), ids=SHARE_BASES_HONEST.keys())
def test_a_share_of_the_base_its_source_gives_builds(sentence: str, passage: str):
    built(sentence, passage)


PART_AS_WHOLE = {
    "tariff-on-steel": ("The tariff was raised from 10% to 25%.",
                        "The tariff was raised from 10% to 15%, and to 25% on steel.",
                        "this sentence gives 25% for the whole where its cited passages give it only for a part "
                        "('25% on steel')"),
    "prices-in-the-capital": ("Prices rose 8%.", "Prices rose 3%, and 8% in the capital.",
                              "this sentence gives 8% for the whole where its cited passages give it only for a part "
                              "('8% in the capital')"),
    "unemployment-among-the-young": ("Unemployment stands at 12%.",
                                     "Unemployment stands at 6%, but at 12% among young people.",
                                     "this sentence gives 12% for the whole where its cited passages give it only for "
                                     "a part ('12% among young people')"),
}


@pytest.mark.parametrize("sentence, passage, message", PART_AS_WHOLE.values(), ids=PART_AS_WHOLE.keys())
def test_a_figure_given_for_a_part_told_for_the_whole_is_refused(sentence: str, passage: str, message: str):
    refused_so(sentence, passage, message)


PART_KEPT = {
    "tariff-on-steel": ("The tariff on steel was raised to 25%.",
                        "The tariff was raised from 10% to 15%, and to 25% on steel."),
    "steel-tariffs": ("Steel tariffs were raised to 25%.",
                      "The tariff was raised from 10% to 15%, and to 25% on steel."),
    "in-the-capital-first": ("In the capital, prices rose 8%.", "Prices rose 3%, and 8% in the capital."),
    "the-whole-figure": ("Prices rose 3%.", "Prices rose 3%, and 8% in the capital."),
    "a-year-is-no-part": ("Prices rose 8% in 2025.", "Prices rose 3% in 2024 and 8% in 2025."),
    "a-month-is-no-part": ("Exports rose 8%.", "Exports rose 3% in March and 8% in April."),
}


@pytest.mark.parametrize("sentence, passage", PART_KEPT.values(), ids=PART_KEPT.keys())
def test_a_figure_kept_to_its_part_builds(sentence: str, passage: str):
    built(sentence, passage)


RATIOS = {
    "halved-for-a-third": ("Exports halved.", "Exports fell by a third.",
                           'change "halved" is not in the passages it cites'),
    "halved-for-33-per-cent": ("Exports halved.", "Exports fell 33%.",
                               'change "halved" is not in the passages it cites'),
    "doubled-for-60-per-cent": ("Imports doubled.", "Imports rose 60%.",
                                'change "doubled" is not in the passages it cites'),
    "doubled-for-two-levels": ("Fares doubled to $4.", "Fares rose from $2.50 to $4.",
                               'change "doubled" is not in the passages it cites'),
}


@pytest.mark.parametrize("sentence, passage, message", RATIOS.values(), ids=RATIOS.keys())
def test_halved_or_doubled_for_another_ratio_is_refused(sentence: str, passage: str, message: str):
    refused_so(sentence, passage, message)


RATIOS_HONEST = {
    "by-half": ("Exports halved.", "Exports fell by half."),
    "fifty-per-cent": ("Exports halved.", "Exports fell 50%."),
    "two-levels": ("Exports halved.", "Exports fell from 40 to 20."),
    "doubled-two-levels": ("Fares doubled to $4.", "Fares rose from $2 to $4."),
}


@pytest.mark.parametrize("sentence, passage", RATIOS_HONEST.values(), ids=RATIOS_HONEST.keys())
def test_halved_or_doubled_for_its_ratio_builds(sentence: str, passage: str):
    built(sentence, passage)


SHORT_WORDS = {
    "pay-the-bill": ("The city will pay the bill.", "The city will not pay the bill.",
                     "this sentence drops the negation of its cited passage ('The city will not pay the bill')"),
    "back-the-deal": ("The union will back the deal.", "The union will not back the deal.",
                      "this sentence drops the negation of its cited passage ('The union will not back the deal')"),
    "sold-for-did-not-sell": ("The club sold its star.", "The club did not sell its star.",
                              "this sentence drops the negation of its cited passage ('The club did not sell its "
                              "star')"),
    "a-negation-added": ("The city will not pay the bill.", "The city will pay the bill.",
                         "this sentence adds a negation to its cited passage ('The city will pay the bill')"),
}


@pytest.mark.parametrize("sentence, passage, message", SHORT_WORDS.values(), ids=SHORT_WORDS.keys())
def test_a_negation_dropped_from_a_clause_of_short_words_is_refused(sentence: str, passage: str, message: str):
    refused_so(sentence, passage, message)


SHORT_WORDS_HONEST = {
    "kept": ("The city will not pay the bill.", "The city will not pay the bill, its mayor said."),
    "refused-to-pay": ("The city refused to pay the bill.", "The city will not pay the bill."),
    "the-other-clause": ("The city will pay the fee.", "The city will not pay the bill, but will pay the fee."),
}


@pytest.mark.parametrize("sentence, passage", SHORT_WORDS_HONEST.values(), ids=SHORT_WORDS_HONEST.keys())
def test_a_clause_of_short_words_kept_builds(sentence: str, passage: str):
    built(sentence, passage)
