"""Rates, spans and shares read in every language:

1. One year's figure named before it, German word order: "Die Preise steigen um 6,1 Prozent pro Jahr" citing "Die
   Preise stiegen allein im Jahr 2025 um 6,1 Prozent" built, as figure_periods.py read "allein im Jahr 2025" only
   after the figure or opening the sentence; now "allein im Jahr 2025 um", "solo en 2025 un", "in 2025 alone by"
   right before a figure give it for that one year (explainer/figure_periods.py).
2. A rate's words opening the sentence, far from the figure: "Each day the strike costs it 3 million euros" citing
   "The operator lost 3 million euros on Monday alone" built; "Each day", "Every year", "Chaque jour", "Cada día",
   "Jeden Tag", "Täglich" opening a sentence give its figure per that period, one clause and no figure between
   (explainer/rates.py, read by explainer/one_day_rates.py too).
3. A Spanish or French verb's article after a rate before the figure: "Los precios suben cada año un 6,1 %" citing
   "subieron un 6,1 % solo en 2025" built, "cada año un" unread as "cada año"; so did "suben al año un 6,1 %" and
   "augmentent chaque année de 6,1 %" (explainer/rates.py).
4. Shares in words: "sept membres sur dix", "7 Français sur 10", "un salarié sur deux" were read as figures ("Sept"
   not in the passages), refusing "Sept membres sur dix" of an honest "70 %"; now held to the percentage cited as
   "seven in ten" is (explainer/fractions_french.py). "Seven in every ten" is a ratio too; "seven in ten", "two in
   three", "one in four", "nine in ten", "siete de cada diez", "sieben von zehn" of "52%" stay refused.
5. A revision told the other way round: "The toll was revised from 980 to 1,250" (or "revised the toll to 1,250")
   citing "On Monday the ministry counted 1,250 dead; on Tuesday it revised the toll to 980" built
   (explainer/revised.py); "counted 980 on Monday" of it stays refused. A percentage revised "to 2.1% from 1.8%" is
   read as a revision too, where its "%" hid it.
6. A day opening its clause: "On Tuesday the ministry counted 1,250 dead" citing the passage above built, as
   dated_acts.py read a day only after its verb ("counted 1,250 dead on Tuesday"); a day opening a clause now dates
   the first verb's past after it, one clause and no saying between, in the sentence and in its passages
   (explainer/dated_acts.py).

Each with its honest twins, which must build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import deal_project, error_lines, found_in_language
from test_factcheck_134 import outcome_of

SPAN = "for another period"
RATE = "per another period"
ONE_DAY = "give it for one"
SHARE = "where its cited passages give"
TURNED = "the other way round"
NOT_IN = "is not in the passages"
TOLL = "On Monday the ministry counted 1,250 dead; on Tuesday it revised the toll to 980."


# 1. One year's figure named right before it
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("de", "Die Preise steigen um 6,1 Prozent pro Jahr.", "Die Preise stiegen allein im Jahr 2025 um 6,1 Prozent.",
     "refused"),
    ("de", "Die Preise steigen jährlich um 6,1 Prozent.", "Die Preise stiegen allein im Jahr 2025 um 6,1 Prozent.",
     "refused"),
    ("de", "Die Preise steigen um 6,1 Prozent pro Jahr.", "Die Preise stiegen im Jahr 2025 allein um 6,1 Prozent.",
     "refused"),
    ("es", "Los precios suben un 6,1 % al año.", "Los precios subieron solo en 2025 un 6,1 %.", "refused"),
    ("en", "Prices rise 6.1% a year.", "Prices rose in 2025 alone by 6.1%.", "refused"),
    # honest twins: the year, or one year, told as such
    ("de", "Die Preise stiegen im Jahr 2025 um 6,1 Prozent.", "Die Preise stiegen allein im Jahr 2025 um 6,1 Prozent.",
     "ok"),
    ("de", "Die Preise stiegen 2025 allein um 6,1 Prozent.", "Die Preise stiegen allein im Jahr 2025 um 6,1 Prozent.",
     "ok"),
    ("de", "Die Preise stiegen in einem einzigen Jahr um 6,1 Prozent.",
     "Die Preise stiegen allein im Jahr 2025 um 6,1 Prozent.", "ok"),
    ("de", "Die Preise stiegen im vergangenen Jahr um 6,1 Prozent.",
     "Die Preise stiegen allein im Jahr 2025 um 6,1 Prozent.", "ok"),
    ("de", "Die Preise steigen um 6,1 Prozent pro Jahr.", "Die Preise stiegen im Jahr 2025 um 6,1 Prozent.", "ok"),
    ("es", "Los precios subieron un 6,1 % ese año.", "Los precios subieron solo en 2025 un 6,1 %.", "ok"),
    ("es", "Los precios subieron en 2025 un 6,1 %.", "Los precios subieron un 6,1 % solo en 2025.", "ok"),
    ("fr", "Les prix ont augmenté pour la seule année 2025 de 6,1 %.", "Les prix ont augmenté de 6,1 % en 2025.", "ok"),
    ("en", "Prices rose 6.1% last year.", "Prices rose in 2025 alone by 6.1%.", "ok"),
])
def test_one_years_figure_named_before_it(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert outcome_of(findings, SPAN if outcome == "refused" else "") == outcome, findings
    assert len(findings) <= 1, findings


# 2. A rate's words opening the sentence
@pytest.mark.parametrize("language, sentence, passage, words, outcome", [
    ("en", "Each day the strike costs it 3 million euros.", "The operator lost 3 million euros on Monday alone.",
     ONE_DAY, "refused"),
    ("en", "Every day the strike costs the operator 3 million euros.",
     "The operator lost 3 million euros on Monday alone.", ONE_DAY, "refused"),
    ("en", "Each day the strike costs it 3 million euros.", "The operator loses 3 million euros a week.", RATE,
     "refused"),
    ("fr", "Chaque jour, la grève coûte 3 millions d'euros à l'opérateur.",
     "L'opérateur a perdu 3 millions d'euros ce jour-là.", ONE_DAY, "refused"),
    ("es", "Cada día la huelga le cuesta 3 millones de euros al operador.",
     "El operador perdió 3 millones de euros ese día.", ONE_DAY, "refused"),
    ("de", "Jeden Tag kostet der Streik den Betreiber 3 Millionen Euro.",
     "Der Betreiber verlor an diesem Tag 3 Millionen Euro.", ONE_DAY, "refused"),
    ("de", "Täglich kostet der Streik den Betreiber 3 Millionen Euro.",
     "Der Betreiber verlor allein am Montag 3 Millionen Euro.", ONE_DAY, "refused"),
    # honest twins: a rate the passage gives, a figure it gives plainly, or no rate opening the clause
    ("en", "Each day the strike costs it 3 million euros.", "The operator loses 3 million euros a day.", "", "ok"),
    ("en", "Each day the strike lasts, the operator loses 3 million euros.",
     "The strike costs the operator 3 million euros a day.", "", "ok"),
    ("en", "Every day of the strike costs the operator 3 million euros.",
     "The operator loses 3 million euros a day during the strike.", "", "ok"),
    ("en", "Each day the strike costs it 3 million euros.", "The strike is costing the operator 3 million euros.", "",
     "ok"),
    ("en", "Every year the fund pays out 40,000 euros.", "The fund pays out 40,000 euros a year.", "", "ok"),
    ("en", "Each day counts, the minister said, as the strike cost 3 million euros on Monday.",
     "The operator lost 3 million euros on Monday alone.", "", "ok"),
    ("en", "Every week the union meets, and on Monday it said the strike cost 3 million euros.",
     "The operator lost 3 million euros on Monday alone.", "", "ok"),
    ("en", "Every day the union meets; the strike cost 3 million euros on Monday.",
     "The operator lost 3 million euros on Monday alone.", "", "ok"),
    ("en", "Each year the ministry publishes its count: 40,000 deaths in 2025.",
     "The ministry counted 40,000 deaths in 2025 alone.", "", "ok"),
    ("fr", "Chaque jour, la grève coûte 3 millions d'euros à l'opérateur.",
     "L'opérateur perd 3 millions d'euros par jour.", "", "ok"),
    ("es", "Cada día la huelga le cuesta 3 millones de euros al operador.",
     "El operador pierde 3 millones de euros al día.", "", "ok"),
    ("de", "Jeden Tag kostet der Streik den Betreiber 3 Millionen Euro.",
     "Der Betreiber verliert täglich 3 Millionen Euro.", "", "ok"),
])
def test_a_rates_words_opening_the_sentence(language, sentence, passage, words, outcome):
    findings = found_in_language(language, sentence, passage)
    assert outcome_of(findings, words) == outcome, findings
    assert len(findings) <= 1, findings


# 3. A verb's article between a rate and its figure
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("es", "Los precios suben cada año un 6,1 %.", "Los precios subieron un 6,1 % solo en 2025.", "refused"),
    ("es", "Los precios suben al año un 6,1 %.", "Los precios subieron un 6,1 % solo en 2025.", "refused"),
    ("fr", "Les prix augmentent chaque année de 6,1 %.", "Les prix ont augmenté de 6,1 % pour la seule année 2025.",
     "refused"),
    ("es", "Los precios suben cada año un 6,1 %.", "Los precios subieron un 6,1 % al año.", "ok"),
    ("es", "Los precios suben cada año un 6,1 %.", "Los precios suben un 6,1 % anual.", "ok"),
    ("es", "Los precios suben al año un 6,1 %.", "Los precios suben un 6,1 % al año.", "ok"),
    ("es", "Los precios suben un 6,1 % al año.", "Los precios suben cada año un 6,1 %.", "ok"),
    ("fr", "Les prix augmentent chaque année de 6,1 %.", "Les prix augmentent de 6,1 % par an.", "ok"),
])
def test_a_verbs_article_after_a_rate(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert outcome_of(findings, SPAN if outcome == "refused" else "") == outcome, findings
    assert len(findings) <= 1, findings


def test_a_rate_shown_without_its_article():
    findings = found_in_language("es", "Los precios suben cada año un 6,1 %.", "Los precios subieron un 6,1 % solo en 2025.")
    assert 'is given cada año,' in findings[0], findings


# 4. Shares in words, held to the percentage cited
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("en", "Seven in ten members backed the deal.", "52% of members backed the deal.", "refused"),
    ("en", "Seven out of ten members backed the deal.", "52% of members backed the deal.", "refused"),
    ("en", "Two in three members backed the deal.", "52% of members backed the deal.", "refused"),
    ("en", "One in four members backed the deal.", "52% of members backed the deal.", "refused"),
    ("en", "Nine in ten members backed the deal.", "52% of members backed the deal.", "refused"),
    ("es", "Siete de cada diez miembros apoyaron el acuerdo.", "El 52 % de los miembros apoyó el acuerdo.", "refused"),
    ("de", "Sieben von zehn Mitgliedern unterstützten die Vereinbarung.",
     "52 Prozent der Mitglieder unterstützten die Vereinbarung.", "refused"),
    ("fr", "Sept membres sur dix ont soutenu l'accord.", "52 % des membres ont soutenu l'accord.", "refused"),
    ("fr", "Sept sur dix des membres ont soutenu l'accord.", "52 % des membres ont soutenu l'accord.", "refused"),
    ("fr", "Un salarié sur deux est en télétravail.", "30 % des salariés sont en télétravail.", "refused"),
    ("fr", "7 Français sur 10 approuvent la réforme.", "45 % des Français approuvent la réforme.", "refused"),
    ("fr", "Plus de sept membres sur dix ont soutenu l'accord.", "68 % des membres ont soutenu l'accord.", "refused"),
    # honest twins: the share the passage gives, rounded or hedged
    ("en", "Seven in ten members backed the deal.", "70% of members backed the deal.", "ok"),
    ("en", "Seven in ten members backed the deal.", "71% of members backed the deal.", "ok"),
    ("en", "About seven in ten members backed the deal.", "68% of members backed the deal.", "ok"),
    ("en", "Two in three members backed the deal.", "66 per cent of members backed the deal.", "ok"),
    ("en", "Nine in ten members backed the deal.", "89% of members backed the deal.", "ok"),
    ("es", "Casi siete de cada diez miembros apoyaron el acuerdo.", "El 68 % de los miembros apoyó el acuerdo.", "ok"),
    ("de", "Etwa sieben von zehn Mitgliedern unterstützten die Vereinbarung.",
     "68 Prozent der Mitglieder unterstützten die Vereinbarung.", "ok"),
    ("fr", "Sept membres sur dix ont soutenu l'accord.", "70 % des membres ont soutenu l'accord.", "ok"),
    ("fr", "Sept sur dix des membres ont soutenu l'accord.", "71 % des membres ont soutenu l'accord.", "ok"),
    ("fr", "Près de sept membres sur dix ont soutenu l'accord.", "68 % des membres ont soutenu l'accord.", "ok"),
    ("fr", "Environ trois Français sur quatre approuvent la réforme.", "76 % des Français approuvent la réforme.", "ok"),
    ("fr", "Un salarié sur deux est en télétravail.", "50 % des salariés sont en télétravail.", "ok"),
    ("fr", "7 Français sur 10 approuvent la réforme.", "70 % des Français approuvent la réforme.", "ok"),
    ("fr", "Deux membres sur trois ont soutenu l'accord.", "66 % des membres ont soutenu l'accord.", "ok"),
    # no share of people: a week's days, a day's hours, a mark, two counts of a noun
    ("fr", "Les salariés travaillent cinq jours sur sept.", "40 % des salariés travaillent cinq jours sur sept.", "ok"),
    ("fr", "Le service est ouvert 24 heures sur 24.", "40 % des services sont ouverts 24 heures sur 24.", "ok"),
    ("fr", "L'élève a obtenu 12 sur 20.", "40 % des élèves ont obtenu 12 sur 20.", "ok"),
    ("fr", "Il a marqué trois buts sur cinq tirs.", "Il a marqué trois buts sur cinq tirs, soit 60 %.", "ok"),
])
def test_shares_in_words(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    assert outcome_of(findings, SHARE if outcome == "refused" else "") == outcome, findings
    assert len(findings) <= 1, findings


def test_seven_in_every_ten_is_a_ratio():
    from explainer.fractions_said import fractions_in

    assert [round(fraction.percent) for fraction in fractions_in("Seven in every ten members backed the deal.")] == [70]


# 5. A revision told the other way round
@pytest.mark.parametrize("sentence, passage, words, outcome", [
    ("The toll was revised from 980 to 1,250.", TOLL, TURNED, "refused"),
    ("The ministry revised the toll to 1,250.", TOLL, TURNED, "refused"),
    ("The ministry revised the toll to 1,250 from 980.", TOLL, TURNED, "refused"),
    ("The agency updated its estimate to 3 million.",
     "The agency said on Monday 3 million were displaced, and updated its estimate to 4 million on Friday.", TURNED,
     "refused"),
    ("The ministry counted 980 dead on Monday.", TOLL, "gives 980 to the actor", "refused"),
    # a percentage revised "to 2.1% from 1.8%" was read as no revision
    ("The bank revised its forecast to 1.8%.", "The bank revised its growth forecast to 2.1% from 1.8%.", TURNED,
     "refused"),
    # honest twins: the revision told as the passage tells it
    ("The toll was revised from 1,250 to 980.", TOLL, "", "ok"),
    ("The bank revised its forecast to 2.1%.", "The bank revised its growth forecast to 2.1% from 1.8%.", "", "ok"),
    ("The bank now forecasts growth of 2.1%, up from 1.8%.", "The bank revised its growth forecast to 2.1% from 1.8%.",
     "", "ok"),
    ("The bank's earlier forecast was 1.8%.", "The bank revised its growth forecast to 2.1% from 1.8%.", "", "ok"),
    ("The ministry revised the toll down from 1,250 to 980.", TOLL, "", "ok"),
    ("The ministry revised the toll to 980.", TOLL, "", "ok"),
    ("The ministry revised the toll to 980 from 1,250.", TOLL, "", "ok"),
    ("The toll was revised to 980, down from 1,250.", TOLL, "", "ok"),
    ("The ministry, which had counted 1,250 dead, revised the toll to 980.", TOLL, "", "ok"),
    ("Officials revised the death toll to 980 after counting 1,250 on Monday.", TOLL, "", "ok"),
    ("The toll, first put at 1,250, was revised to 980 on Tuesday.", TOLL, "", "ok"),
    ("The ministry counted 1,250 dead on Monday.", TOLL, "", "ok"),
    ("The ministry revised the toll to 1,100.",
     "The ministry counted 1,250 dead, then revised the toll to 980, and later to 1,100.", "", "ok"),
    ("Police revised the figure from 12 to 15.", "Police first said 12 people were hurt, then revised the figure to 15.",
     "", "ok"),
    ("The toll was revised to 980.", "Officials said 40 bodies were found; the ministry revised the toll to 980.", "",
     "ok"),
])
def test_a_revision_told_the_other_way_round(sentence, passage, words, outcome):
    findings = found_in_language("en", sentence, passage)
    assert outcome_of(findings, words) == outcome, findings
    assert len(findings) <= 1, findings


# 6. A day opening its clause
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("On Tuesday the ministry counted 1,250 dead.", TOLL, "refused"),
    ("On Monday the ministry revised the toll to 980.", TOLL, "refused"),
    ("The ministry counted 1,250 dead on Tuesday.", TOLL, "refused"),
    ("On Monday the sides signed the ceasefire.", "On Monday the sides agreed the ceasefire; on Friday they signed it.",
     "refused"),
    ("In April the board rejected the offer.",
     "The board rejected the offer in March and accepted a higher one in April.", "refused"),
    # honest twins: each act on its own day, or a clause between the day and another act
    ("On Monday the ministry counted 1,250 dead.", TOLL, "ok"),
    ("On Monday, the ministry counted 1,250 dead.", TOLL, "ok"),
    ("On Tuesday the ministry revised the toll to 980.", TOLL, "ok"),
    ("The ministry counted 1,250 dead on Monday and revised the toll to 980 on Tuesday.", TOLL, "ok"),
    ("On Tuesday, a day after it counted 1,250 dead, the ministry revised the toll to 980.", TOLL, "ok"),
    ("On Tuesday the ministry said it had counted 1,250 dead.", TOLL, "ok"),
    ("On Tuesday, after it had counted 1,250 dead on Monday, the ministry revised the toll to 980.", TOLL, "ok"),
    ("On Friday the sides signed the ceasefire.", "On Monday the sides agreed the ceasefire; on Friday they signed it.",
     "ok"),
    ("The ceasefire was signed on Friday.", "On Monday the sides agreed the ceasefire; on Friday they signed it.", "ok"),
    ("In March the board rejected the offer.",
     "The board rejected the offer in March and accepted a higher one in April.", "ok"),
    ("In April the board accepted a higher offer.", "In March the board rejected the offer. In April it accepted a "
     "higher one.", "ok"),
    ("On Friday the union walked out.", "On Monday the union voted to strike. On Friday, workers walked out.", "ok"),
])
def test_a_day_opening_its_clause(sentence, passage, outcome):
    findings = found_in_language("en", sentence, passage)
    assert outcome_of(findings, "this sentence dates" if outcome == "refused" else "") == outcome, findings
    assert len(findings) <= 1, findings


# Through the front door: a project's check names the sentence's line, once
@pytest.mark.parametrize("summary, quote, told", [
    ("Each day the strike costs the operator 3 million euros.", "The operator lost 3 million euros on Monday alone.",
     ONE_DAY),
    ("The toll was revised from 980 to 1,250.", TOLL, TURNED),
    ("Seven in ten members backed the deal.", "52% of members backed the deal.", SHARE),
    ("The toll was revised from 1,250 to 980.", TOLL, ""),
    ("Seven in ten members backed the deal.", "71% of members backed the deal.", ""),
])
def test_a_project_checks_rates_revisions_and_shares(tmp_path: Path, summary, quote, told):
    root = deal_project(tmp_path, summary, quote, f"Harbor Foods and Grainline Holdings. {quote}\n")
    result = run_build(root, "check")
    lines = error_lines(result) if result.code else []
    if told:
        assert len(lines) == 1 and told in lines[0] and "briefing.yaml:3:" in lines[0], lines
    else:
        assert lines == [], lines


def test_a_french_project_checks_a_ratio(tmp_path: Path):
    quote = "70 % des membres ont soutenu l'accord."
    root = deal_project(tmp_path, "Sept membres sur dix ont soutenu l'accord.", quote,
                        f"Harbor Foods et Grainline Holdings. {quote}\n", language="fr")
    result = run_build(root, "check")
    assert result.code == 0, error_lines(result)
