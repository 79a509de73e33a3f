"""A ninety-third fact-check: a figure moved to another measure within one clause of its passage, or to a measure no
list names (explainer/figure_nouns.py, read by explainer/moved_figures.py).

"Imports rose 3%." citing "Exports rose 3% as imports climbed 12%." built: moved_figures.py bound a figure only in a
clause holding no other, and "as" ends no clause. "Wheat output fell 8%." citing "Rice output fell 8% and wheat output
fell 2%.", "The bakery's turnover was €4m" citing "... €6m and the café's €4m" and "Attendance reached 40,000"
citing "Attendance reached 52,000 and ticket sales 40,000" built too: rice, wheat, cafés, attendance and tickets are
on no list of measures. Now a clause holding two figures is cut at the word joining them ("as", "with", "after",
"quand", "cuando", "con", "und", "während"), and a figure is bound to the noun phrase its piece opens with, whatever
it names; the words its piece has and the sentence's other pieces lack tell it from them (a noun one leaves out,
"turnover" beside "the café's €4m", is no other's own). The pairs reworded, reordered, given rightly or one alone
with its own words, a measure said in other words, and shapes binding no noun ("an average of £400m", "said that
274", "94,000 colleagues") still build; so does the same in French, Spanish and German.

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

TRADE = "Exports rose 3% as imports climbed 12%."
CROPS = "Rice output fell 8% and wheat output fell 2%."
SHOPS = "The bakery's turnover was €6m and the café's €4m."
CROWD = "Attendance reached 52,000 and ticket sales 40,000."
FUEL = "Petrol prices rose 4% with diesel prices up 9%."
POPULATION = "The city's population grew 2% to 410,000 as the region's grew 1%."
TWICE = "Exports rose 3% to $5 billion as imports climbed 12% to $9 billion."
FR_TRADE = "Les exportations ont augmenté de 3 % tandis que les importations ont bondi de 12 %."
FR_CROPS = "La production de riz a baissé de 8 % et la production de blé de 2 %."
FR_DRINKS = "Les ventes de vin ont progressé de 5 % quand les ventes de bière ont bondi de 9 %."
FR_CROWD = "La fréquentation a atteint 52 000 personnes et les ventes de billets 40 000."
ES_CROPS = "La cosecha de arroz cayó un 8 % y la cosecha de trigo un 2 %."
ES_DRINKS = "Las ventas de vino subieron un 5 % cuando las ventas de cerveza saltaron un 9 %."
ES_TRADE = "Las exportaciones crecieron un 3 % con un alza de las importaciones del 12 %."
DE_TRADE = "Die Exporte stiegen um 3 % und die Importe um 12 %."
DE_SHOPS = "Der Umsatz der Bäckerei lag bei 6 Mio. Euro und der des Cafés bei 4 Mio. Euro."
DE_CROWD = "Die Besucherzahl erreichte 52.000, der Ticketverkauf 40.000."

MISSTATED = {
    "exports-figure-to-imports": ("Imports rose 3%.", TRADE, "en",
                                  "this sentence gives 'Imports' 3%, a figure its cited passage gives 'Exports' "
                                  "('Exports rose 3%'), where it gives 'imports' 12%"),
    "imports-figure-to-exports": ("Exports climbed 12%.", TRADE, "en",
                                  "this sentence gives 'Exports' 12%, a figure its cited passage gives 'imports'"),
    "rice-figure-to-wheat": ("Wheat output fell 8%.", CROPS, "en",
                             "this sentence gives 'Wheat' 8%, a figure its cited passage gives 'Rice' ('Rice output "
                             "fell 8%'), where it gives 'wheat' 2%"),
    "wheat-figure-to-rice": ("Rice output fell 2%.", CROPS, "en",
                             "this sentence gives 'Rice' 2%, a figure its cited passage gives 'wheat'"),
    "cafe-figure-to-bakery": ("The bakery's turnover was €4m.", SHOPS, "en",
                              "this sentence gives 'bakery' €4m, a figure its cited passage gives 'café' ('the "
                              "café's €4m'), where it gives 'bakery' €6m"),
    "bakery-figure-to-cafe": ("The café's turnover was €6m.", SHOPS, "en",
                              "this sentence gives 'café' €6m, a figure its cited passage gives 'bakery'"),
    "others-figure-to-the-region": ("The region's population grew 2%.", POPULATION, "en",
                                    "this sentence gives 'region' 2%, a figure its cited passage gives 'city'"),
    "ticket-sales-to-attendance": ("Attendance reached 40,000.", CROWD, "en",
                                   "this sentence gives 'Attendance' 40,000, a figure its cited passage gives "
                                   "'ticket'"),
    "attendance-to-ticket-sales": ("Ticket sales reached 52,000.", CROWD, "en",
                                   "this sentence gives 'Ticket' 52,000, a figure its cited passage gives "
                                   "'Attendance'"),
    "petrol-figure-to-diesel": ("Diesel prices rose 4%.", FUEL, "en",
                                "this sentence gives 'Diesel' 4%, a figure its cited passage gives 'Petrol'"),
    "two-figures-a-piece": ("Imports rose 3% to $5 billion.", TWICE, "en",
                            "this sentence gives 'Imports' 3%, a figure its cited passage gives 'Exports'"),
    "after-joins-two": ("Exports fell 2%.", "Exports rose 3% after imports fell 2%.", "en",
                        "this sentence gives 'Exports' 2%, a figure its cited passage gives 'imports'"),
    "fr-one-clause": ("Les importations ont augmenté de 3 %.", FR_TRADE, "fr",
                      "this sentence gives 'importations' 3 %, a figure its cited passage gives 'exportations'"),
    "fr-rice-to-wheat": ("La production de blé a baissé de 8 %.", FR_CROPS, "fr",
                         "this sentence gives 'blé' 8 %, a figure its cited passage gives 'riz'"),
    "fr-quand": ("Les ventes de bière ont progressé de 5 %.", FR_DRINKS, "fr",
                 "this sentence gives 'bière' 5 %, a figure its cited passage gives 'vin'"),
    "fr-tickets-to-attendance": ("La fréquentation a atteint 40 000 personnes.", FR_CROWD, "fr",
                                 "this sentence gives 'fréquentation' 40 000, a figure its cited passage gives "
                                 "'ventes'"),
    "es-rice-to-wheat": ("La cosecha de trigo cayó un 8 %.", ES_CROPS, "es",
                         "this sentence gives 'trigo' 8 %, a figure its cited passage gives 'arroz'"),
    "es-elided-noun": ("La producción de trigo cayó un 8 %.",
                       "La producción de arroz cayó un 8 % y la de trigo un 2 %.", "es",
                       "this sentence gives 'trigo' 8 %, a figure its cited passage gives 'arroz'"),
    "es-cuando": ("Las ventas de cerveza subieron un 5 %.", ES_DRINKS, "es",
                  "this sentence gives 'cerveza' 5 %, a figure its cited passage gives 'vino'"),
    "es-con": ("Las importaciones crecieron un 3 %.", ES_TRADE, "es",
               "this sentence gives 'importaciones' 3 %, a figure its cited passage gives 'exportaciones'"),
    "de-und": ("Die Importe stiegen um 3 %.", DE_TRADE, "de",
               "this sentence gives 'Importe' 3 %, a figure its cited passage gives 'Exporte'"),
    "de-cafe-to-bakery": ("Der Umsatz der Bäckerei lag bei 4 Mio. Euro.", DE_SHOPS, "de",
                          "this sentence gives 'Bäckerei' 4 Mio, a figure its cited passage gives 'Cafés'"),
    "de-noun-before-figure": ("Die Besucherzahl erreichte 40.000.", DE_CROWD, "de",
                              "this sentence gives 'Besucherzahl' 40.000, a figure its cited passage gives "
                              "'Ticketverkauf'"),
}


@pytest.mark.parametrize("sentence, passage, language, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_figure_moved_to_another_noun_is_refused(sentence: str, passage: str, language: str, message: str):
    found = sentence_findings(sentence, (passage,), language, ())
    assert any(finding.startswith(message) for finding in found), found


HONEST = {
    "exports-kept": ("Exports rose 3%.", (TRADE,), "en"),
    "imports-kept": ("Imports climbed 12%.", (TRADE,), "en"),
    "both-in-two-clauses": ("Exports rose 3% while imports climbed 12%.", (TRADE,), "en"),
    "both-reordered": ("Imports climbed 12% as exports rose 3%.", (TRADE,), "en"),
    "both-listed": ("Exports grew 3%, imports 12%.", (TRADE,), "en"),
    "same-words": (TRADE, (TRADE,), "en"),
    "other-verb": ("Exports climbed 3%.", (TRADE,), "en"),
    "auxiliary-and-adverb": ("Exports were up 3%.", (TRADE,), "en"),
    "paraphrased-measure": ("Shipments abroad rose 3%.", (TRADE,), "en"),
    "later-words": ("Imports climbed 12% in the year.", (TRADE,), "en"),
    "rice-kept": ("Rice output fell 8%.", (CROPS,), "en"),
    "wheat-reworded": ("Wheat production dropped 2%.", (CROPS,), "en"),
    "of-rice": ("Output of rice fell 8%.", (CROPS,), "en"),
    "crops-reordered": ("Wheat output fell 2% and rice output 8%.", (CROPS,), "en"),
    "other-crop-named-beside": ("Rice output, unlike wheat output, fell 8%.", (CROPS,), "en"),
    "cafe-kept": ("The café's turnover was €4m.", (SHOPS,), "en"),
    "cafe-reworded": ("The café took in €4m.", (SHOPS,), "en"),
    "bakery-kept": ("Turnover at the bakery was €6m.", (SHOPS,), "en"),
    "bakery-elsewhere": ("The bakery's turnover was €4m.", (SHOPS, "The bakery's turnover was €4m in 2023."), "en"),
    "turnover-alone": ("Turnover was €4m.", (SHOPS,), "en"),
    "population-kept": ("The city's population grew 2% to 410,000.", (POPULATION,), "en"),
    "region-kept": ("The region's population rose 1%.", (POPULATION,), "en"),
    "tickets-kept": ("Ticket sales reached 40,000.", (CROWD,), "en"),
    "tickets-reworded": ("Sales of tickets came to 40,000.", (CROWD,), "en"),
    "attendance-reworded": ("Some 52,000 people attended.", (CROWD,), "en"),
    "diesel-kept": ("Diesel prices were up 9%.", (FUEL,), "en"),
    "two-figures-kept": ("Exports rose 3% to $5 billion.", (TWICE,), "en"),
    "subject-shared": ("Exports fell 2%.", ("Exports rose 3% after falling 2% in 2024.",), "en"),
    "year-not-noun": ("Exports rose 12% in 2025.", ("Exports rose 3% in 2024 and 12% in 2025.",), "en"),
    "noun-after-figure": ("Revenue rose 10%.", ("Acme posted a 10% rise in revenue as Bolt saw a 4% fall in sales.",),
                          "en"),
    "from-to": ("Unemployment rose to 5.1%.", ("Unemployment rose from 4.8% in March to 5.1% in April.",), "en"),
    "month-binds-no-noun": ("Exports rose 8%.", ("Exports rose 3% in March and 8% in April.",), "en"),
    "kind-of-figure": ("The group will spend £400m a year on lower prices.",
                       ("The group will invest £1.2bn in lower prices over three years, an average of £400m a "
                        "year.",), "en"),
    "object-before-figure": ("Grainline made a profit of $12 million on revenue of $900 million.",
                             ("Grainline's revenue was $900 million and its profit $12 million.",), "en"),
    "figure-counts-a-noun": ("The merged group would have some 94,000 staff.",
                             ("The merger creates a group with 1,140 stores and around 94,000 colleagues.",), "en"),
    "reported-figure": ("A spokesman said 74 posts were destroyed.",
                        ("A spokesman has said that 274 fighters were killed, adding that 74 posts were destroyed.",),
                        "en"),
    "fr-imports-kept": ("Les importations ont bondi de 12 %.", (FR_TRADE,), "fr"),
    "fr-exports-reworded": ("Les exportations ont progressé de 3 %.", (FR_TRADE,), "fr"),
    "fr-rice-kept": ("La production de riz a reculé de 8 %.", (FR_CROPS,), "fr"),
    "fr-beer-kept": ("Les ventes de bière ont bondi de 9 %.", (FR_DRINKS,), "fr"),
    "es-rice-kept": ("La cosecha de arroz bajó un 8 %.", (ES_CROPS,), "es"),
    "es-wine-kept": ("Las ventas de vino crecieron un 5 %.", (ES_DRINKS,), "es"),
    "de-imports-kept": ("Die Importe stiegen um 12 %.", (DE_TRADE,), "de"),
    "de-cafe-kept": ("Der Umsatz des Cafés lag bei 4 Mio. Euro.", (DE_SHOPS,), "de"),
    "de-verb-at-end": ("Die Exporte legten um 3 % zu.",
                       ("Die Exporte stiegen um 3 %, während die Importe um 12 % zulegten.",), "de"),
}


@pytest.mark.parametrize("sentence, passages, language", HONEST.values(), ids=HONEST.keys())
def test_a_figure_kept_with_its_own_words_builds(sentence: str, passages: tuple[str, ...], language: str):
    assert sentence_findings(sentence, passages, language, ()) == []
