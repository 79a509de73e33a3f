"""Honest sentences the build refused, each made to build narrowly, the misstatement each check was written for kept
refused (fixtures newuser_128, newuser_123, newuser_125 and newuser_109):

1. A passage's "It says" read as the party the sentence before opens on, by whose-words too (explainer/speakers.py,
   through the new explainer/pronoun_subjects.py, which pronoun_speakers.py now reads as well): "The campaign says the
   unit delivered 1,400 babies last year" citing "The campaign group Save Elmsford Births disputes that figure. It
   says the unit delivered 1,400 babies last year" was refused as giving the trust's words to the campaign, the trust
   being the passage's only speaker named. "The committee says ..." and "The trust says ... 1,400" stay refused.
2. German: "Die GSV lehnt die gebotenen 4,8 Prozent ab" citing "Am Donnerstag lehnte die GSV das Angebot von 4,8
   Prozent ab" builds already (since factcheck223): kept here as must-build guards. Citing only the report's offer
   paragraph ("Die Nordbahn bietet bisher 4,8 Prozent ... Eine Senkung der Arbeitszeit lehnt das Unternehmen ab") it
   stays refused, rightly: no passage says the union rejects anything.
3. An article after a universal's noun opens another noun phrase (explainer/universal_qualifiers.py): "D'après
   Ventalis, le parc produirait chaque année de quoi couvrir la consommation électrique de 14 000 foyers" citing "le
   parc produirait chaque année l'équivalent de la consommation électrique de 14 000 foyers" was refused as dropping
   "l'équivalent" from "chaque année". "Ningún paciente" of "Ningún paciente urgente" stays refused.
4. A negated condition kept by "sans"/"without" (the new explainer/conditions_without.py, read by conditions.py):
   "Sans changement, le Conseil d'orientation des retraites prévoit un déficit de 13,5 milliards d'euros en 2030"
   citing "... prévoit ... un déficit de 13,5 milliards d'euros en 2030 si rien n'est changé" was refused as a
   condition dropped. The plain sentence stays refused, and so does "Without changes" of a condition not negated ("if
   the rules are changed").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from explainer.attribution import Cited
from explainer.conditions import dropped_conditions
from explainer.universal_qualifiers import dropped_universal_qualifiers
from support import checked_fixture_project, edit, found_in_language, paragraph, sentence_findings
from test_factcheck_223 import ARTICLE, BERICHT, FRENCH_PARTIES, GERMAN_PARTIES, OFFER
from test_newuser_109 import DISPATCH
from test_newuser_109 import FIXTURE as PENSION_FIXTURE
from test_newuser_109 import PARTIES as PENSION_PARTIES
from test_newuser_128 import PARTIES as BIRTH_PARTIES
from test_newuser_128 import found as births_found


def cited(text: str, language: str) -> Cited:
    """Return a passage as a check reads it, of no source's statement."""
    return Cited(text, language, "", "", "", "", ())


# 1. "It says" names the campaign
@pytest.mark.parametrize("sentence", [
    "The campaign says the unit delivered 1,400 babies last year.",
    "The campaign said the unit delivered 1,400 babies last year.",
    "Save Elmsford Births says the unit delivered 1,400 babies last year.",
    "Campaigners say the unit delivered 1,400 babies last year.",
    "The group says the unit delivered 1,400 babies last year.",
])
def test_the_campaigns_figure_given_to_the_campaign_builds(sentence: str):
    assert births_found("BIRTHS", sentence) == [], sentence


@pytest.mark.parametrize("sentence", [
    "According to the campaign, the unit delivered 1,400 babies last year.",
    "The unit delivered 1,400 babies last year, the campaign says.",
    "The campaign disputes the trust's figure and says the unit delivered 1,400 babies last year.",
    "The trust says the unit delivers about 1,150 babies a year.",
])
def test_other_honest_wordings_still_build(sentence: str):
    assert births_found("BIRTHS", sentence) == [], sentence


@pytest.mark.parametrize("sentence, told", [
    ("The committee says the unit delivered 1,400 babies last year.", "gives the words to The committee"),
    ("The trust says the unit delivered 1,400 babies last year.", "give it to Save Elmsford Births"),
    ("The campaign says the unit delivers about 1,150 babies a year.", "give it to The trust"),
])
def test_the_words_given_to_another_speaker_stay_refused(sentence: str, told: str):
    assert any(told in finding for finding in births_found("BIRTHS", sentence)), births_found("BIRTHS", sentence)


def test_it_says_of_the_trust_itself_is_not_the_campaigns():
    passage = ("The trust says the unit delivers about 1,150 babies a year. It says the unit delivered 1,400 babies "
               "last year.")
    assert any("gives the words to The campaign" in finding for finding in sentence_findings(
        "The campaign says the unit delivered 1,400 babies last year.", (passage,), "en", BIRTH_PARTIES))


# 2. German: the union's rejection, where a passage tells it
REJECTED = "Die Nordbahn bietet bisher 4,8 Prozent in zwei Stufen. Am Donnerstag lehnte die GSV das Angebot von 4,8 " \
           "Prozent ab."


@pytest.mark.parametrize("sentence", [
    "Die GSV lehnt die gebotenen 4,8 Prozent ab.",
    "Die GSV lehnte die gebotenen 4,8 Prozent ab.",
    "Die GSV hat das Angebot von 4,8 Prozent abgelehnt.",
    "Die Gewerkschaft lehnt die angebotenen 4,8 Prozent ab.",
    "Die GSV weist das Angebot von 4,8 Prozent zurück.",
])
def test_the_unions_rejection_told_by_its_passage_builds(sentence: str):
    assert found_in_language("de", sentence, REJECTED, GERMAN_PARTIES, published="2026-11-20") == [], sentence


def test_the_unions_rejection_no_passage_tells_stays_refused():
    assert any("names GSV" in finding for finding in found_in_language(
        "de", "Die GSV lehnt die gebotenen 4,8 Prozent ab.", paragraph(BERICHT, OFFER), GERMAN_PARTIES,
        published="2026-11-20"))


# 3. "chaque année l'équivalent de": the year is no narrower
HOMES = paragraph(ARTICLE, "14 000 foyers")


@pytest.mark.parametrize("sentence", [
    "D'après Ventalis, le parc produirait chaque année de quoi couvrir la consommation électrique de 14 000 foyers.",
    "Selon le promoteur, le parc produirait chaque année de quoi alimenter en électricité 14 000 foyers.",
    "Selon le promoteur, le parc fournirait chaque année de quoi répondre à la consommation électrique de 14 000 "
    "foyers.",
    "Selon le promoteur, chaque année le parc produirait l'équivalent de la consommation électrique de 14 000 foyers.",
])
def test_a_year_the_sentence_keeps_builds(sentence: str):
    assert found_in_language("fr", sentence, HOMES, FRENCH_PARTIES, published="2026-05-12") == [], sentence


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "Le parc produirait chaque année de quoi couvrir la consommation de 14 000 foyers.",
     "Le parc produirait chaque année l'équivalent de la consommation de 14 000 foyers."),
    ("es", "El trasvase lleva cada año de media 300 hectómetros.",
     "El trasvase lleva cada año el equivalente de 300 hectómetros."),
    ("it", "La centrale produce ogni anno di che alimentare 10.000 case.",
     "La centrale produce ogni anno l'equivalente del consumo di 10.000 case."),
])
def test_an_article_after_the_universals_noun_narrows_nothing(language: str, sentence: str, passage: str):
    assert dropped_universal_qualifiers(sentence, [cited(passage, language)], 0, language) == []


@pytest.mark.parametrize("language, sentence, passage", [
    ("es", "Ningún paciente se quedará sin atender.", "Ningún paciente urgente se quedará sin atender."),
    ("fr", "Aucun salarié ne sera licencié.", "Aucun salarié protégé ne sera licencié."),
    ("fr", "Chaque salarié de l'usine recevra une prime.", "Chaque salarié volontaire de l'usine recevra une prime."),
    ("it", "Ogni lavoratore la riceverà.", "Ogni lavoratore interinale la riceverà."),
    ("en", "Every patient will be seen.", "Every urgent patient will be seen."),
])
def test_a_universal_narrowed_by_its_passage_stays_refused(language: str, sentence: str, passage: str):
    assert dropped_universal_qualifiers(sentence, [cited(passage, language)], 0, language)


# 4. "sans changement" of "si rien n'est changé"
COR = paragraph(DISPATCH, "si rien n'est changé")


@pytest.mark.parametrize("sentence", [
    "Sans changement, le Conseil d'orientation des retraites prévoit un déficit de 13,5 milliards d'euros en 2030.",
    "Le Conseil d'orientation des retraites prévoit, sans aucun changement, un déficit de 13,5 milliards d'euros en "
    "2030.",
    "Faute de changement, le Conseil d'orientation des retraites prévoit un déficit de 13,5 milliards d'euros en "
    "2030.",
])
def test_a_negated_condition_kept_by_sans_builds(sentence: str):
    assert found_in_language("fr", sentence, COR, PENSION_PARTIES, published="2026-03-19") == [], sentence


def test_the_condition_dropped_stays_refused():
    assert any("only on a condition" in finding for finding in found_in_language(
        "fr", "Le Conseil d'orientation des retraites prévoit un déficit de 13,5 milliards d'euros en 2030.", COR,
        PENSION_PARTIES, published="2026-03-19"))


@pytest.mark.parametrize("language, sentence, passage", [
    ("en", "Without changes, the council expects a deficit of 13.5 million in 2030.",
     "The council expects a deficit of 13.5 million in 2030 if nothing is changed."),
    ("es", "Sin cambios, el consejo prevé un déficit de 13,5 millones en 2030.",
     "El consejo prevé un déficit de 13,5 millones en 2030 si no se cambia nada."),
    ("it", "Senza cambiamenti, il consiglio prevede un deficit di 13,5 milioni nel 2030.",
     "Il consiglio prevede un deficit di 13,5 milioni nel 2030 se non si cambia nulla."),
    ("pt", "Sem mudanças, o conselho prevê um déficit de 13,5 milhões em 2030.",
     "O conselho prevê um déficit de 13,5 milhões em 2030 se nada for mudado."),
])
def test_without_keeps_a_negated_condition_in_each_language(language: str, sentence: str, passage: str):
    assert dropped_conditions(sentence, [cited(passage, language)], 0, language) == []


@pytest.mark.parametrize("language, sentence, passage", [
    ("en", "Without changes, the council expects a deficit of 13.5 million in 2030.",
     "The council expects a deficit of 13.5 million in 2030 if the rules are changed."),
    ("en", "The council expects a deficit of 13.5 million in 2030.",
     "The council expects a deficit of 13.5 million in 2030 if nothing is changed."),
    ("fr", "Le syndicat fera grève.", "Le syndicat fera grève si aucun accord n'est trouvé."),
])
def test_without_of_a_condition_not_negated_or_none_stays_refused(language: str, sentence: str, passage: str):
    assert dropped_conditions(sentence, [cited(passage, language)], 0, language)


def test_the_background_sans_changement_builds(tmp_path: Path):
    """Through the front door: the pension briefing's background with the COR's condition told by "Sans changement"."""
    desk = checked_fixture_project(PENSION_FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "reforme-retraites" / "background.yaml",
         "Le Conseil d'orientation des retraites prévoit un\n      déficit de 13,5 milliards d'euros en 2030 si rien n'est "
         "changé", "Sans changement, le Conseil d'orientation des retraites prévoit un\n      déficit de 13,5 milliards "
         "d'euros en 2030")
    result = run_build(desk, "check")
    assert result.code == 0, result.err
