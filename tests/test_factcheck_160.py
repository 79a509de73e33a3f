"""Rates and spans, each read wherever a briefing writes them:

1. A rate's words before the figure: "Der Streik kostete den Betreiber täglich 3 Millionen Euro" citing "Der Betreiber
   verlor an diesem Tag 3 Millionen Euro" built, as rates.py read a period before a figure only as "an annual £1.2bn";
   now "täglich 3 Millionen", "chaque jour 3 millions", "cada día 3 millones", "each day, 3 million" and "daily losses
   of 3 million" (French "pertes quotidiennes de", Spanish "pérdidas diarias de", German "tägliche Verluste von") give
   the figure per day (explainer/rates.py).
2. One year's figure told as a yearly rate: "Consumer prices rise 6.1% a year" citing "rose 6.1% in 2025 alone" built,
   "in 2025" and "a year" read alike; "in 2025 alone", "that year", "in a single year" (and "pour la seule année
   2025", "solo en 2025", "im Jahr 2025 allein") are one year's figure, no rate (explainer/figure_periods.py).
3. "Pay rose 4.5% in 12 months" citing "Pay rose 4.5% in 2025" was refused, "12" in no passage: twelve months are the
   year named; "in 18 months" stays refused.
4. A span written before the figure, "a one-year rise of 9%", "a two-year deal worth 9%", "un aumento de dos años del
   9 %", "une hausse sur deux ans de 9 %", "eine zweijährige Erhöhung von 9 Prozent", is the figure's span: "9% in a
   single year" of "a two-year deal worth 9%" built.
5. "Prices have risen 40% over six years" citing "prices have risen 40% since 2019" in a report of 2025 was refused
   ("six" in no passage): plain "over" (French "sur", German "über") is a span since_spans.py reckons
   (explainer/since_spans.py).
6. "Pay rose 4.5% within a year" (or "a year") citing "over two years" was named by rates.py and by figure_periods.py:
   one finding now ("within a year", "in a single day" are spans, no rates).

Each with its honest twin, and its misstatement twin kept refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import deal_project, error_lines, found_in_language
from test_factcheck_134 import outcome_of

ONE_DAY = "give it for one"
RATE = "per another period"
SPAN = "for another period"
NOT_IN = "is not in the passages"
SINCE = "spans at most"


# 1. A rate's words before its figure
@pytest.mark.parametrize("language, sentence, passage, words, outcome", [
    ("de", "Der Streik kostete den Betreiber täglich 3 Millionen Euro.",
     "Der Betreiber verlor an diesem Tag 3 Millionen Euro.", ONE_DAY, "refused"),
    ("de", "Der Streik verursachte tägliche Verluste von 3 Millionen Euro.",
     "Der Betreiber verlor allein am Montag 3 Millionen Euro.", ONE_DAY, "refused"),
    ("de", "Der Streik kostete den Betreiber täglich 3 Millionen Euro.",
     "Der Betreiber verliert 3 Millionen Euro pro Woche.", RATE, "refused"),
    ("de", "Der Streik kostete den Betreiber täglich 3 Millionen Euro.", "Der Betreiber verliert täglich 3 Millionen Euro.",
     "", "ok"),
    ("de", "Der Streik kostete den Betreiber an diesem Tag 3 Millionen Euro.",
     "Der Betreiber verlor an diesem Tag 3 Millionen Euro.", "", "ok"),
    ("fr", "La grève coûte chaque jour 3 millions d'euros à l'opérateur.",
     "L'opérateur a perdu 3 millions d'euros ce jour-là.", ONE_DAY, "refused"),
    ("fr", "La grève cause des pertes quotidiennes de 3 millions d'euros.",
     "L'opérateur a perdu 3 millions d'euros ce jour-là.", ONE_DAY, "refused"),
    ("fr", "La grève coûte chaque jour 3 millions d'euros à l'opérateur.",
     "L'opérateur perd 3 millions d'euros chaque jour.", "", "ok"),
    ("fr", "La grève cause des pertes quotidiennes de 3 millions d'euros.",
     "L'opérateur perd 3 millions d'euros par jour.", "", "ok"),
    ("es", "La huelga cuesta cada día 3 millones de euros al operador.", "El operador perdió 3 millones de euros ese día.",
     ONE_DAY, "refused"),
    ("es", "La huelga causa pérdidas diarias de 3 millones de euros.", "El operador perdió 3 millones de euros ese día.",
     ONE_DAY, "refused"),
    ("es", "La huelga cuesta cada día 3 millones de euros al operador.",
     "El operador pierde 3 millones de euros cada día.", "", "ok"),
    ("es", "La huelga costó al operador 3 millones de euros ese día.", "El operador perdió 3 millones de euros ese día.",
     "", "ok"),
    ("en", "The operator reported daily losses of 3 million.", "The operator lost 3 million on Monday alone.", ONE_DAY,
     "refused"),
    ("en", "The operator reported weekly losses of 3 million.", "The operator lost 3 million a day.", RATE, "refused"),
    ("en", "The operator says each day 3 million is lost.", "The operator lost 3 million on Monday alone.", ONE_DAY,
     "refused"),
    ("en", "The operator reported daily losses of 3 million.", "The operator has been losing 3 million a day.", "",
     "ok"),
    ("en", "The operator reported losses of 3 million on Monday.", "The operator lost 3 million on Monday alone.", "",
     "ok"),
    # "in a day" is a span, no rate: the operator lost it within one day
    ("en", "The operator lost 3 million in a single day.", "The operator lost 3 million on Monday alone.", "", "ok"),
])
def test_a_rates_words_before_its_figure(language, sentence, passage, words, outcome):
    findings = found_in_language(language, sentence, passage)
    assert outcome_of(findings, words) == outcome, findings
    assert len(findings) <= 1, findings


# 2. One year's figure told as a yearly rate
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("en", "Consumer prices rise 6.1% a year.", "Consumer prices rose 6.1% in 2025 alone.", "refused"),
    ("en", "Consumer prices rise 6.1% annually.", "Consumer prices rose 6.1% that year.", "refused"),
    ("en", "Consumer prices rise 6.1% per year.", "Consumer prices rose 6.1% in a single year.", "refused"),
    ("en", "Consumer prices rise 6.1% each year.", "In 2025 alone, consumer prices rose 6.1%.", "refused"),
    ("en", "Consumer prices rose 6.1% in 2025.", "Consumer prices rose 6.1% in 2025 alone.", "ok"),
    ("en", "Consumer prices rose 6.1% last year.", "Consumer prices rose 6.1% in 2025 alone.", "ok"),
    ("en", "In 2025 alone, consumer prices rose 6.1%.", "Consumer prices rose 6.1% in 2025 alone.", "ok"),
    ("en", "Consumer prices rose 6.1% in a single year.", "Consumer prices rose 6.1% in 2025 alone.", "ok"),
    # a year named with no "alone" restates a year's rate, as before
    ("en", "Consumer prices rise 6.1% a year.", "Consumer prices rose 6.1% in 2025.", "ok"),
    ("fr", "Les prix augmentent de 6,1 % par an.", "Les prix ont augmenté de 6,1 % pour la seule année 2025.",
     "refused"),
    ("fr", "Les prix augmentent de 6,1 % par an.", "Les prix ont augmenté de 6,1 % cette année-là.", "refused"),
    ("fr", "Les prix ont augmenté de 6,1 % en une seule année.",
     "Les prix ont augmenté de 6,1 % pour la seule année 2025.", "ok"),
    ("es", "Los precios suben un 6,1 % al año.", "Los precios subieron un 6,1 % solo en 2025.", "refused"),
    ("es", "Los precios suben un 6,1 % cada año.", "Los precios subieron un 6,1 % ese año.", "refused"),
    ("es", "Los precios subieron un 6,1 % en un solo año.", "Los precios subieron un 6,1 % solo en 2025.", "ok"),
    ("de", "Die Preise steigen um 6,1 Prozent pro Jahr.", "Die Preise stiegen um 6,1 Prozent im Jahr 2025 allein.",
     "refused"),
    ("de", "Die Preise steigen jährlich um 6,1 Prozent.", "Die Preise stiegen um 6,1 Prozent in jenem Jahr.",
     "refused"),
    ("de", "Die Preise stiegen um 6,1 Prozent in einem einzigen Jahr.",
     "Die Preise stiegen um 6,1 Prozent im Jahr 2025 allein.", "ok"),
])
def test_one_years_figure_told_as_a_yearly_rate(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert outcome_of(findings, SPAN if outcome == "refused" else "") == outcome, findings


# 3. Twelve months of a year named
@pytest.mark.parametrize("language, sentence, passage, words, outcome", [
    ("en", "Pay rose 4.5% in 12 months.", "Pay rose 4.5% in 2025.", "", "ok"),
    ("en", "Pay rose 4.5% over twelve months.", "Pay rose 4.5% in 2025 alone.", "", "ok"),
    ("en", "Pay rose 4.5% within 12 months.", "Pay rose 4.5% last year.", "", "ok"),
    ("en", "Pay rose 4.5% in 18 months.", "Pay rose 4.5% in 2025.", SPAN, "refused"),
    ("en", "Pay rose 4.5% in 12 months.", "Pay rose 4.5% over two years.", SPAN, "refused"),
    # the 12 months must be the span of the figure given for the year
    ("en", "Pay rose 4.5% in 12 months.", "Pay rose 4.5% in March, and prices 2% in 2025.", NOT_IN, "refused"),
    ("fr", "Les salaires ont augmenté de 4,5 % en 12 mois.", "Les salaires ont augmenté de 4,5 % pour la seule année 2025.",
     "", "ok"),
    ("fr", "Les salaires ont augmenté de 4,5 % en 18 mois.",
     "Les salaires ont augmenté de 4,5 % pour la seule année 2025.", SPAN, "refused"),
    ("es", "Los salarios subieron un 4,5 % en 12 meses.", "Los salarios subieron un 4,5 % solo en 2025.", "", "ok"),
    ("de", "Die Löhne stiegen um 4,5 Prozent in 12 Monaten.", "Die Löhne stiegen um 4,5 Prozent im Jahr 2025 allein.",
     "", "ok"),
])
def test_twelve_months_of_a_year_named(language, sentence, passage, words, outcome):
    findings = found_in_language(language, sentence, passage)
    assert outcome_of(findings, words) == outcome, findings


# 4. A span written before its figure
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("en", "The union is seeking a rise of 9% over two years.", "The union is seeking a one-year rise of 9%.",
     "refused"),
    ("en", "The union is seeking a rise of 9% in a single year.", "The union signed a two-year deal worth 9%.",
     "refused"),
    ("en", "The union is seeking a rise of 9% a year.", "The union signed a two-year deal worth 9%.", "refused"),
    ("en", "The union is seeking a two-year rise of 9%.", "The union is seeking a one-year rise of 9%.", "refused"),
    ("en", "The union is seeking a rise of 9% over 18 months.", "The union signed a 24-month pay deal worth 9%.",
     "refused"),
    ("en", "The union is seeking a rise of 9% over one year.", "The union is seeking a one-year rise of 9%.", "ok"),
    ("en", "The union is seeking a rise of 9% over two years.", "The union signed a two-year deal worth 9%.", "ok"),
    ("en", "The union is seeking a rise of 9% over 24 months.", "The union signed a two-year deal worth 9%.", "ok"),
    ("en", "The union is seeking a two-year rise of 9%.", "The union signed a deal worth 9% over two years.", "ok"),
    ("es", "El sindicato pide un aumento del 9 % en un año.", "El sindicato firmó un aumento de dos años del 9 %.",
     "refused"),
    ("es", "El sindicato pide un aumento del 9 % en dos años.", "El sindicato pide un aumento de un año del 9 %.",
     "refused"),
    ("es", "El sindicato pide un aumento del 9 % en dos años.", "El sindicato firmó un aumento de dos años del 9 %.",
     "ok"),
    ("fr", "Le syndicat réclame une hausse de 9 % en un an.", "Le syndicat a obtenu une hausse sur deux ans de 9 %.",
     "refused"),
    ("fr", "Le syndicat réclame une hausse de 9 % sur deux ans.", "Le syndicat a obtenu une hausse sur deux ans de 9 %.",
     "ok"),
    ("de", "Die Gewerkschaft fordert 9 Prozent mehr Lohn in einem Jahr.",
     "Die Gewerkschaft erhielt eine zweijährige Erhöhung von 9 Prozent.", "refused"),
    ("de", "Die Gewerkschaft fordert 9 Prozent mehr Lohn über zwei Jahre.",
     "Die Gewerkschaft fordert eine einjährige Erhöhung von 9 Prozent.", "refused"),
    ("de", "Die Gewerkschaft fordert 9 Prozent mehr Lohn über zwei Jahre.",
     "Die Gewerkschaft erhielt eine zweijährige Erhöhung von 9 Prozent.", "ok"),
])
def test_a_span_written_before_its_figure(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert outcome_of(findings, SPAN if outcome == "refused" else "") == outcome, findings


@pytest.mark.parametrize("sentence, passage", [
    # "two years of 5% growth": a rate's years, no span of the figure's; read so, "two" would pass as its span
    ("Output grew 5% in 2025 alone, after two years of 5% growth.", "Output grew 5% in 2025 alone."),
])
def test_years_of_a_rate_are_no_span_before_it(sentence, passage):
    findings = found_in_language("en", sentence, passage)
    assert outcome_of(findings, NOT_IN) == "refused", findings


# 5. Plain "over" as the years since a year
@pytest.mark.parametrize("language, sentence, passage, words, outcome", [
    ("en", "Prices have risen 40% over six years.", "Prices have risen 40% since 2019.", "", "ok"),
    ("en", "Prices have risen 40% over five years.", "Prices have risen 40% since 2019.", "", "ok"),
    ("en", "Prices have risen 40% over nine years.", "Prices have risen 40% since 2019.", SINCE, "refused"),
    ("en", "Prices have risen 40% over three years.", "Prices have risen 40% since 2019.", NOT_IN, "refused"),
    ("fr", "Les prix ont augmenté de 40 % sur six ans.", "Les prix ont augmenté de 40 % depuis 2019.", "", "ok"),
    ("fr", "Les prix ont augmenté de 40 % sur neuf ans.", "Les prix ont augmenté de 40 % depuis 2019.", SINCE,
     "refused"),
    ("de", "Die Preise stiegen um 40 Prozent über sechs Jahre.", "Die Preise sind seit 2019 um 40 Prozent gestiegen.",
     "", "ok"),
    ("de", "Die Preise stiegen um 40 Prozent über neun Jahre.", "Die Preise sind seit 2019 um 40 Prozent gestiegen.",
     NOT_IN, "refused"),
])
def test_plain_over_is_the_years_since_a_year(language, sentence, passage, words, outcome):
    findings = found_in_language(language, sentence, passage, published="2025-06-01")
    assert outcome_of(findings, words) == outcome, findings


def test_plain_over_needs_the_sources_date():
    findings = found_in_language("en", "Prices have risen 40% over six years.", "Prices have risen 40% since 2019.")
    assert outcome_of(findings, NOT_IN) == "refused", findings


# 6. One finding a figure
@pytest.mark.parametrize("language, sentence, passage, words", [
    ("en", "Pay rose 4.5% within a year.", "Pay rose 4.5% over two years.", "given within a year"),
    ("en", "Pay rose 4.5% in a single year.", "Pay rose 4.5% over two years.", "given in a single year"),
    ("en", "Pay rose 4.5% a year.", "Pay rose 4.5% over two years.", "given per year"),
    ("en", "Pay rose 4.5% annually.", "Pay rose 4.5% over three years.", "given per year"),
    ("fr", "Les salaires augmentent de 4,5 % par an.", "Une hausse des salaires de 4,5 % sur deux ans.", "given par an"),
])
def test_one_finding_for_a_figures_changed_span(language, sentence, passage, words):
    findings = found_in_language(language, sentence, passage)
    assert len(findings) == 1 and words in findings[0], findings


# Through the front door: a project's check names the sentence's line, once
@pytest.mark.parametrize("summary, quote, told", [
    ("Consumer prices rise 6.1% a year.", "Consumer prices rose 6.1% in 2025 alone.", SPAN),
    ("The operator reports daily losses of 3 million euros.", "The operator lost 3 million euros on Monday alone.",
     ONE_DAY),
    ("Consumer prices rose 6.1% in 2025.", "Consumer prices rose 6.1% in 2025 alone.", ""),
    ("Pay rose 4.5% in 12 months.", "Pay rose 4.5% in 2025.", ""),
])
def test_a_project_checks_rates_and_spans(tmp_path: Path, summary, quote, told):
    root = deal_project(tmp_path, summary, quote, f"Harbor Foods and Grainline Holdings. {quote}\n")
    result = run_build(root, "check")
    lines = error_lines(result) if result.code else []
    if told:
        assert len(lines) == 1 and told in lines[0] and "briefing.yaml:3:" in lines[0], lines
    else:
        assert lines == [], lines
