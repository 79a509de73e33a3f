"""A ninety-first fact-check: a figure moved within its own passage (explainer/moved_figures.py).

The sentence keeps every figure of its passage but gives one to another year, place or measure the same passage
names: "The company made a profit of $150 million in 2025." citing "The company lost $150 million in 2024 and made
$40 million in 2025."; "Exports rose 12%." citing "Imports rose 12% while exports rose 3%."; the Ukrainian new user's
"у 2025 році вона отримала 150 млн грн чистого прибутку" where the passage's 150 млн is 2024's loss, and
"Верховинська область має тариф 2,29 грн", Степова's figure (tests/test_newuser_58.py). Each built before. The same
pairing reworded, one figure alone with its own year, place or measure, still builds; so does the same in Spanish,
French and Ukrainian.

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from explainer import numbers
from explainer.model import Party
from support import read_as_project_locale, sentence_findings

PARTIES = (Party(id="river", name="Riverton", short_name="Riverton", role="city"),
           Party(id="lake", name="Lakeside", short_name="Lakeside", role="city"))

LOSS = "The company lost $150 million in 2024 and made $40 million in 2025."
FARES = "Riverton's fare is $1.90 and Lakeside's $2.29."
TRADE = "Imports rose 12% while exports rose 3%."
JOBS = "Unemployment was 4.8% in March and 5.1% in April."
FRONTED = "In 2024, the council spent $12 million on roads, and in 2025 it spent $19 million."
INFLATION = "Inflation was 3.2% and unemployment 6.1% at the end of the year."

MISSTATED = {
    "loss-year-as-profit": ("The company made a profit of $150 million in 2025.", LOSS, "en",
                            "this sentence gives '2025' $150 million, a figure its cited passage gives '2024'"),
    "fronted-year-moved": ("In 2025, the company made $150 million.", LOSS, "en",
                           "this sentence gives '2025' $150 million, a figure its cited passage gives '2024'"),
    "fare-of-another-place": ("Riverton's fare is $2.29.", FARES, "en", "this sentence gives Riverton"),
    "month-moved": ("Unemployment was 5.1% in March.", JOBS, "en", "this sentence pairs 5.1% with 'in March'"),
    "imports-as-exports": ("Exports rose 12%.", TRADE, "en",
                           "this sentence gives 'Exports' 12%, a figure its cited passage gives 'Imports'"),
    "fronted-year-spending": ("In 2024, the council spent $19 million on roads.", FRONTED, "en",
                              "this sentence gives '2024' $19 million, a figure its cited passage gives '2025'"),
    "inflation-as-unemployment": ("Unemployment was 3.2% at the end of the year.", INFLATION, "en",
                                  "this sentence gives 'Unemployment' 3.2%, a figure its cited passage gives "
                                  "'Inflation'"),
    "es-imports-as-exports": ("Las exportaciones subieron un 12 %.",
                              "Las importaciones subieron un 12 %, mientras que las exportaciones subieron un 3 %.",
                              "es", "this sentence gives 'exportaciones' 12 %, a figure its cited passage gives "
                                    "'importaciones'"),
    "es-year-moved": ("En 2025 la empresa ganó 150 millones de euros.",
                      "La empresa perdió 150 millones de euros en 2024 y ganó 40 millones de euros en 2025.", "es",
                      "this sentence gives '2025' 150 millones, a figure its cited passage gives '2024'"),
    "fr-imports-as-exports": ("Les exportations ont augmenté de 12 %.",
                              "Les importations ont augmenté de 12 %, tandis que les exportations ont augmenté de "
                              "3 %.", "fr",
                              "this sentence gives 'exportations' 12 %, a figure its cited passage gives "
                              "'importations'"),
    "fr-year-moved": ("En 2025, l'entreprise a gagné 150 millions d'euros.",
                      "L'entreprise a perdu 150 millions d'euros en 2024 et a gagné 40 millions d'euros en 2025.",
                      "fr", "this sentence gives '2025' 150 millions, a figure its cited passage gives '2024'"),
    "fr-month-moved": ("Le chômage était de 5,1 % en mars.", "Le chômage était de 4,8 % en mars et de 5,1 % en avril.",
                       "fr", "this sentence gives 'mars' 5,1 %, a figure its cited passage gives 'avril'"),
}


@pytest.mark.parametrize("sentence, passage, language, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_figure_moved_within_its_passage_is_refused(sentence: str, passage: str, language: str, message: str):
    found = sentence_findings(sentence, (passage,), language, PARTIES)
    assert any(finding.startswith(message) for finding in found), found


HONEST = {
    "profit-year-kept": ("In 2025, the company made $40 million.", LOSS, "en"),
    "loss-year-kept": ("The company lost $150 million in 2024.", LOSS, "en"),
    "both-reworded": ("The company made $40 million in 2025, after losing $150 million in 2024.", LOSS, "en"),
    "same-words": (LOSS, LOSS, "en"),
    "fare-kept": ("Lakeside's fare is $2.29.", FARES, "en"),
    "fare-reworded": ("A ride costs $1.90 in Riverton.", FARES, "en"),
    "month-kept": ("Unemployment was 5.1% in April.", JOBS, "en"),
    "from-to": ("Unemployment rose from 4.8% in March to 5.1% in April.", JOBS, "en"),
    "imports-kept": ("Imports rose 12%.", TRADE, "en"),
    "exports-kept": ("Exports grew by 3%, while imports rose 12%.", TRADE, "en"),
    "spending-kept": ("The council spent $19 million on roads in 2025.", FRONTED, "en"),
    "figure-without-its-word": ("The company made $40 million.", LOSS, "en"),
    "a-dates-year-binds-nothing": ("On 3 March 2025, the company said it lost $150 million.",
                                   "On 3 March 2025, the company said it lost $150 million in 2024 and made $40 million "
                                   "in 2025.", "en"),
    "both-fares-compared": ("Riverton's $1.90 fare is lower than Lakeside's $2.29.", FARES, "en"),
    "inflation-kept": ("Inflation stood at 3.2% at the end of the year.", INFLATION, "en"),
    "es-imports-kept": ("Las importaciones subieron un 12 %.",
                        "Las importaciones subieron un 12 %, mientras que las exportaciones subieron un 3 %.", "es"),
    "es-year-kept": ("En 2025 la empresa ganó 40 millones de euros.",
                     "La empresa perdió 150 millones de euros en 2024 y ganó 40 millones de euros en 2025.", "es"),
    "fr-year-kept": ("En 2025, l'entreprise a gagné 40 millions d'euros.",
                     "L'entreprise a perdu 150 millions d'euros en 2024 et a gagné 40 millions d'euros en 2025.", "fr"),
    "fr-month-kept": ("Le chômage était de 5,1 % en avril.",
                      "Le chômage était de 4,8 % en mars et de 5,1 % en avril.", "fr"),
}


@pytest.mark.parametrize("sentence, passage, language", HONEST.values(), ids=HONEST.keys())
def test_a_figure_kept_with_its_own_word_builds(sentence: str, passage: str, language: str):
    assert sentence_findings(sentence, (passage,), language, PARTIES) == []


# The Ukrainian new user's passages (tests/fixtures/newuser_58), read with that project's locale
P_PROFIT = ("За даними компанії, у 2025 році вона отримала 96 млн грн чистого прибутку, тоді як у 2024 році мала "
            "150 млн грн збитку.")
P_NEIGH = "Сусідня Верховинська область має тариф 2,11 грн за кіловат-годину, а Степова — 2,29 грн."
P_TRADE = "Імпорт зріс на 12 %, а експорт — на 3 %."

UKRAINIAN_MISSTATED = {
    "loss-as-profit": ("У 2025 році вона отримала 150 млн грн чистого прибутку.", P_PROFIT,
                       "this sentence gives '2025' 150 млн, a figure its cited passage gives '2024'"),
    "profit-as-loss": ("У 2024 році компанія мала 96 млн грн збитку.", P_PROFIT,
                       "this sentence gives '2024' 96 млн, a figure its cited passage gives '2025'"),
    "neighbour-tariff": ("Верховинська область має тариф 2,29 грн.", P_NEIGH,
                         "this sentence gives 'Верховинська' 2,29, a figure its cited passage gives 'Степова'"),
    "neighbour-tariff-inflected": ("У Верховинській області тариф становить 2,29 грн.", P_NEIGH,
                                   "this sentence gives 'Верховинській' 2,29, a figure its cited passage gives "
                                   "'Степова'"),
    "imports-as-exports": ("Експорт зріс на 12 %.", P_TRADE,
                           "this sentence gives 'Експорт' 12 %, a figure its cited passage gives 'Імпорт'"),
}

UKRAINIAN_HONEST = {
    "profit-kept": ("У 2025 році компанія отримала 96 млн грн чистого прибутку.", P_PROFIT),
    "profit-year-after": ("Компанія отримала 96 млн грн чистого прибутку у 2025 році.", P_PROFIT),
    "loss-kept": ("Збиток компанії у 2024 році становив 150 млн грн.", P_PROFIT),
    "tariff-kept": ("Верховинська область має тариф 2,11 грн за кіловат-годину.", P_NEIGH),
    "tariff-inflected": ("У Степовій області тариф становить 2,29 грн.", P_NEIGH),
    "imports-kept": ("Імпорт зріс на 12 %.", P_TRADE),
    "a-day-is-no-figure": ("Компанія повідомила 5 березня, що у 2024 році мала 150 млн грн збитку.",
                           "Компанія повідомила 5 березня, що у 2025 році отримала 96 млн грн чистого прибутку, а у 2024 "
                           "році мала 150 млн грн збитку."),
}


@pytest.fixture()
def ukrainian_locale():
    """Read Ukrainian text as the newuser_58 project's locale has the build read it, then as before."""
    read_as_project_locale(REPO / "tests" / "fixtures" / "newuser_58", "uk")
    yield
    numbers.read_as_locales({})


@pytest.mark.parametrize("sentence, passage, message", UKRAINIAN_MISSTATED.values(), ids=UKRAINIAN_MISSTATED.keys())
def test_a_ukrainian_figure_moved_is_refused(ukrainian_locale, sentence: str, passage: str, message: str):
    found = sentence_findings(sentence, (passage,), "uk", ())
    assert any(finding.startswith(message) for finding in found), found


@pytest.mark.parametrize("sentence, passage", UKRAINIAN_HONEST.values(), ids=UKRAINIAN_HONEST.keys())
def test_a_ukrainian_figure_kept_builds(ukrainian_locale, sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "uk", ()) == []
