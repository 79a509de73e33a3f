"""A sixty-sixth fact-check: a figure's scope in time and place, and a superlative's scope.

"The economy grew 5% in 2025" citing "grew 5% in the first quarter of 2025" built, and so did the year's figure told as
a quarter's, a figure "since 2019" told as one "in 2019" (and the other way), an annualised rate of 4% told as 4% in
the quarter, "the world's largest" citing "Europe's largest" (or "the country's biggest") and "across the country"
citing "in the capital.". rates.py read a figure's period only where it is a rate's ("a year", "in the quarter");
explainer/figure_periods.py reads a year or month named, a span counted to a month ("in the three months to
September"), a span since a year and an annualised rate; explainer/superlative_places.py reads the place a superlative
ranks within. Each misstatement has honest neighbours that build: the same words, a paraphrase, the scope kept.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))

# sentence, passage, language, the start of the message
MISSTATED = {
    # a part of a year told as the year, and the year as a part
    "quarter-as-year": ("The economy grew 5% in 2025.", "The economy grew 5% in the first quarter of 2025.", "en",
                        'figure "5%" is given in 2025, but the passages this sentence cites give it for another '
                        'period ("5% in the first quarter")'),
    "half-as-year": ("Acme's revenue rose 12% in 2025.", "Acme's revenue rose 12% in the second half of 2025.", "en",
                     'figure "12%" is given in 2025'),
    "year-as-quarter": ("Sales fell 8% in the first quarter.", "Sales fell 8% in 2025.", "en",
                        'figure "8%" is given in the first quarter, but the passages this sentence cites give it for '
                        'another period ("8% in 2025")'),
    "month-as-quarter": ("Exports rose 7% in the first quarter.", "Exports rose 7% in March.", "en",
                         'figure "7%" is given in the first quarter'),
    "months-counted-as-year": ("Acme earned $3bn in 2025.", "Acme earned $3bn in the six months to June 2025.", "en",
                               'figure "$3bn" is given in 2025'),
    "twelve-months-as-half": ("Output grew 2% in the first half.", "Output grew 2% in the 12 months to March.", "en",
                              'figure "2%" is given in the first half'),
    # since a year told as in it, and the other way
    "since-as-in": ("Prices rose 40% in 2019.", "Prices have risen 40% since 2019.", "en",
                    'figure "40%" is given in 2019, but the passages this sentence cites give it for another period '
                    '("40% since 2019")'),
    "since-as-in-war": ("Northland lost 3,000 soldiers in 2022.", "Northland has lost 3,000 soldiers since 2022.", "en",
                        'figure "3,000" is given in 2022'),
    "since-month-as-in": ("Wages rose 6% in 2024.", "Wages have risen 6% since January 2024.", "en",
                          'figure "6%" is given in 2024'),
    "in-as-since": ("The clinic has treated 9,000 patients since 2020.", "The clinic treated 9,000 patients in 2020.",
                    "en", 'figure "9,000" is given since 2020'),
    # an annualised rate told as the quarter's change, or as the change plainly
    "annualised-as-quarter": ("The economy grew 4% in the quarter.",
                              "The economy grew at an annualised rate of 4% in the quarter.", "en",
                              'figure "4%" is given in the quarter, but the passages this sentence cites give it for '
                              'another period ("annualised rate of 4%")'),
    "annualized-as-quarter": ("GDP rose 4% in the third quarter.",
                              "GDP rose at an annualized rate of 4% in the third quarter.", "en",
                              'figure "4%" is given in the third quarter'),
    "annualised-as-plain": ("The economy grew 4%.", "The economy grew at an annualised rate of 4%.", "en",
                            'figure "4%" is given as the change itself, but the passages this sentence cites give it '
                            'only as an annualised rate'),
    # a superlative of a narrower place told as the world's, or a city's as the country's
    "europe-as-world": ("It is the world's largest lithium mine.", "It is Europe's largest lithium mine.", "en",
                        "this sentence ranks 'the world's largest' where its cited passages rank it only within a "
                        "narrower place ('Europe's largest')"),
    "country-as-world": ("It is the world's biggest steel plant.", "It is the country's biggest steel plant.", "en",
                         "this sentence ranks 'the world's biggest'"),
    "region-as-world": ("Northland has the largest army in the world.",
                        "Northland has the largest army in the region.", "en",
                        "this sentence ranks 'largest army in the world'"),
    "continent-after-as-world": ("The hospital is the largest in the world.", "The hospital is the largest in Africa.",
                                 "en", "this sentence ranks 'largest in the world'"),
    "one-of-asias": ("Acme is one of the world's largest lenders.", "Acme is one of Asia's largest lenders.", "en",
                     "this sentence ranks 'the world's largest'"),
    "on-earth": ("Northland's army is the largest on earth.", "Northland's army is the largest in Europe.", "en",
                 "this sentence ranks 'largest on earth'"),
    "capital-as-country": ("It was the deadliest attack in the country.",
                           "It was the deadliest attack in the capital.", "en",
                           "this sentence ranks 'deadliest attack in the country' where its cited passages rank it "
                           "only within a narrower place ('deadliest attack in the capital')"),
    "province-as-country": ("The outbreak is the worst in the country.", "The outbreak is the worst in the province.",
                            "en", "this sentence ranks 'worst in the country'"),
    "french-europe-as-world": ("C'est la plus grande mine de lithium du monde.",
                               "C'est la plus grande mine de lithium d'Europe.", "fr",
                               "this sentence ranks 'la plus grande mine de lithium du monde'"),
    "spanish-europe-as-world": ("Es la mayor mina de litio del mundo.", "Es la mayor mina de litio de Europa.", "es",
                                "this sentence ranks 'la mayor mina de litio del mundo'"),
    "german-europe-as-world": ("Es ist das weltgrößte Lithiumbergwerk.", "Es ist Europas größtes Lithiumbergwerk.",
                               "de", "this sentence ranks 'weltgrößte'"),
    # a figure of the capital told as the country's, the capital at its clause's end
    "capital-as-nationwide": ("Prices rose 4% across the country.", "Prices rose 4% in the capital.", "en",
                              "this sentence widens to 'across the country' what its cited passages limit to 'in the "
                              "capital'"),
    "capital-named-as-nationwide": ("Cholera cases rose 30% across the country.",
                                    "Cholera cases rose 30% in the capital, Kabul.", "en",
                                    "this sentence widens to 'across the country'"),
}


@pytest.mark.parametrize("sentence, passage, language, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_scope_widened_or_narrowed_is_refused(sentence: str, passage: str, language: str, message: str):
    found = sentence_findings(sentence, (passage,), language, PARTIES)
    assert any(found_message.startswith(message) for found_message in found), found


HONEST = {
    "quarter-kept": ("The economy grew 5% in the first quarter of 2025.",
                     "The economy grew 5% in the first quarter of 2025.", "en"),
    "three-months-to-as-quarter": ("Profits rose 9% in the third quarter.",
                                   "Profits rose 9% in the three months to September.", "en"),
    "quarter-to-march": ("Exports rose 7% in the quarter to March.", "Exports rose 7% in the three months to March.",
                         "en"),
    "twelve-months-as-year-to": ("Output grew 2% in the year to March.", "Output grew 2% in the 12 months to March.",
                                 "en"),
    "year-as-last-year": ("Sales fell 8% last year.", "Sales fell 8% in 2025, the company said last year.", "en"),
    "fiscal-year": ("Sales rose 8% in fiscal 2025.", "Sales rose 8% in the year to June 2025.", "en"),
    "full-year": ("Acme sold 2 million cars in 2025.", "Acme sold 2 million cars in the full year 2025.", "en"),
    "years-listed": ("Inflation was 3.2% in 2025, up from 2.9% in 2024.",
                     "Inflation averaged 3.2% in 2025 and 2.9% in 2024.", "en"),
    "month-in-month": ("The index fell 3% in early March.", "The index fell 3% in March.", "en"),
    "month-year-on-year": ("Exports rose 7% in March.", "Exports rose 7% year on year in March.", "en"),
    "month-from-a-year-earlier": ("Exports rose 7% in March.", "Exports rose 7% from a year earlier in March.", "en"),
    "month-of-year": ("Unemployment stood at 5% in March.", "Unemployment was 5% in March 2025.", "en"),
    "plain-figure": ("The economy grew 4%.", "The economy grew 4% in 2025.", "en"),
    "year-first": ("Revenue rose 12% to $4bn in 2025.", "In 2025, revenue rose 12% to $4bn.", "en"),
    "since-kept": ("Prices have risen 40% since 2019.", "Prices have risen 40% since 2019.", "en"),
    "since-first": ("Since 2019, prices have risen 40%.", "Prices have risen 40% since 2019.", "en"),
    "since-as-years": ("Prices have risen 40% over six years.", "Prices have risen 40% over six years, since 2019.",
                       "en"),
    "in-kept": ("Acme cut 1,200 jobs in 2023.", "Acme cut 1,200 jobs in 2023.", "en"),
    "since-month": ("The war has killed 10,000 people since February 2022.",
                    "Since February 2022 the war has killed 10,000 people.", "en"),
    "since-clause": ("Northland has lost 3,000 soldiers since the war began in 2022.",
                     "Northland has lost 3,000 soldiers since the war began in 2022.", "en"),
    "annualised-kept": ("The economy grew at an annualised 4% in the quarter.",
                        "The economy grew at an annualised rate of 4% in the quarter.", "en"),
    "annual-rate-of": ("GDP grew at an annual rate of 4% in the third quarter.",
                       "GDP rose at an annualized rate of 4% in the third quarter.", "en"),
    "annualised-after": ("The economy grew 4% at an annualised rate in the quarter.",
                         "The economy grew at an annualised rate of 4% in the quarter.", "en"),
    "annualised-pace": ("GDP grew at a 4% annualised pace.", "GDP grew at an annualised rate of 4%.", "en"),
    "annualised-named-apart": ("The annualised growth rate was 4%.", "The economy grew at an annualised rate of 4%.",
                               "en"),
    "annualised-as-a-year": ("The economy grew 4% a year.", "The economy grew at an annualised rate of 4%.", "en"),
    "quarter-beside-annualised": ("The economy grew 1% in the quarter.",
                                  "The economy grew 1% in the quarter, an annualised rate of 4%.", "en"),
    "rate-every-month": ("Acme loses $2 million every month.", "Acme loses $2 million per month.", "en"),
    "europe-kept": ("It is Europe's largest lithium mine.", "It is Europe's largest lithium mine.", "en"),
    "europe-after": ("It is the largest lithium mine in Europe.", "It is Europe's largest lithium mine.", "en"),
    "world-after": ("Acme is the largest chipmaker in the world.", "Acme is the world's largest chipmaker.", "en"),
    "world-beside-asia": ("Acme is the world's largest chipmaker.",
                          "Acme is the world's largest chipmaker and Asia's biggest firm.", "en"),
    "globally": ("Acme is the world's biggest chipmaker.", "Acme is the largest chipmaker globally.", "en"),
    "one-of-kept": ("Northland has one of the largest armies in the world.",
                    "Northland has one of the world's largest armies.", "en"),
    "two-places-kept": ("It is the largest mine in the world and Europe's biggest employer.",
                        "It is the world's largest mine and Europe's biggest employer.", "en"),
    "country-named": ("Acme is the country's largest bank.", "Acme is Northland's largest bank.", "en"),
    "country-after": ("Acme is the country's largest bank.", "Acme is the largest bank in the country.", "en"),
    "capital-kept": ("It was the deadliest attack in the capital.",
                     "It was the deadliest attack in the capital since 2021.", "en"),
    "french-world-kept": ("C'est la plus grande mine de lithium du monde.",
                          "C'est la plus grande mine de lithium au monde.", "fr"),
    "french-europe-kept": ("C'est la plus grande mine de lithium d'Europe.",
                           "C'est la plus grande mine de lithium d'Europe.", "fr"),
    "spanish-world-kept": ("Es la mayor mina de litio del mundo.",
                           "Es la mayor mina de litio del mundo, según la empresa.", "es"),
    "german-world-kept": ("Es ist das weltgrößte Lithiumbergwerk.", "Es ist das größte Lithiumbergwerk der Welt.",
                          "de"),
    "german-europe-kept": ("Es ist Europas größtes Lithiumbergwerk.", "Es ist das größte Lithiumbergwerk in Europa.",
                           "de"),
    "capital-kept-in-place": ("Prices rose 4% in the capital.", "Prices rose 4% in the capital.", "en"),
    "capital-first": ("In the capital, prices rose 4%.", "Prices rose 4% in the capital.", "en"),
    "nationwide-given": ("Unemployment fell to 5% nationwide.",
                         "Unemployment fell to 5% across the country and 4% in the capital.", "en"),
}


@pytest.mark.parametrize("sentence, passage, language", HONEST.values(), ids=HONEST.keys())
def test_a_scope_kept_builds(sentence: str, passage: str, language: str):
    assert sentence_findings(sentence, (passage,), language, PARTIES) == []
