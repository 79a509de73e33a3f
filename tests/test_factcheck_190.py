"""Honest sentences saying "no one", "nobody", "none", "nadie", or telling a promise or a threat, no longer refused:

1. "No final ruling is expected before early 2027" citing "A final ruling is not expected before early 2027"
   (newuser_110) was refused twice: its "before" read as a ceiling where the passage's "not before" is a floor, and as
   adding a negation. A clause opening with "no", "none of", "nobody" (French "aucune", Spanish "ninguna", German
   "kein") turns its bound over as "not" does (explainer/datebounds.py); "No final ruling is expected after early 2027"
   stays refused.
2. "Nobody required the companies to freeze prices" citing "The companies have also pledged to freeze the prices" was
   refused as telling a pledge imposed; a subject naming no one ("nobody", "no regulator", "neither ... nor") imposes
   nothing (explainer/imposed_offers.py). "The Authority required the companies to freeze prices" stays refused.
3. "No buyer has been approved, and none of the stores has been sold" citing "the companies offered to sell 92 stores
   ... No store has yet been sold" was refused as telling the sale done: "none" after ", and" is the clause's subject
   (explainer/possible_done.py).
4. "Lozano no ha garantizado una nueva oferta" citing the port authority's release, "Lozano ... no ha confirmado que
   vaya a presentar una nueva oferta" (newuser_114), was refused as the release's word told as fact: a promise or
   guarantee, given or withheld, by the statement's author or a person it names, says whose word it is
   (explainer/party_word.py); "El sindicato no ha garantizado una nueva oferta" gives it to another and stays refused.
5. "L'Ostrelande menace la Valmorie de droits de rétorsion" citing "l'Ostrelande a annoncé son intention d'appliquer
   des droits de rétorsion" (newuser_117) was refused as Ostrelande's word told as fact: a threat naming the party
   threatened before "de" (Spanish "amenaza a X con") is its maker's word where its maker is the passage's speaker;
   "La Valmorie menace l'Ostrelande de droits de rétorsion" stays refused; the fixture's briefing builds with its
   timeline entry told so, and not with the threat given to Valmorie.
6. "Nadie ha confirmado una nueva oferta" was refused as telling a hope as what will happen: "nadie", "nobody",
   "personne" are a negation of the sentence's own (explainer/hopes_kept.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, findings_in_language, read_as_project_locale

import test_newuser_110 as newuser_110
import test_newuser_114 as newuser_114
import test_newuser_115 as newuser_115
import test_newuser_117 as newuser_117

BOUND = "turns the other way the bound"
NEGATION_ADDED = "adds a negation"
IMPOSED = "tells as imposed"
DONE = "tells as done"
AS_FACT = "states as fact what its cited passages give only as the word of"
HOPED = "only as hoped for"


def _panel_findings(sentence: str) -> list[str]:
    """Return the findings of an English sentence citing the agency report's paragraph on the panel's ruling."""
    read_as_project_locale(REPO, "en")
    key = next(key for key, (text, *_) in newuser_110.PASSAGES.items() if "early 2027" in text)
    return newuser_110.found(key, sentence)


def _merger_findings(sentence: str, cited: tuple[str, str]) -> list[str]:
    read_as_project_locale(REPO, "en")
    return newuser_115.found(sentence, cited)


def _port_findings(sentence: str) -> list[str]:
    """Return the findings of a Spanish sentence citing the port authority's paragraph on the mediation meeting."""
    read_as_project_locale(REPO, "es")
    return newuser_114.found("A_REU", sentence)


def _panel_report_findings(sentence: str) -> list[str]:
    """Return the findings of a French sentence citing the panel's paragraph on Ostrelande's retaliation."""
    read_as_project_locale(REPO, "fr")
    return newuser_117.found("RET", sentence)


# 1. A clause opening with "no" turns its date bound over
@pytest.mark.parametrize("sentence", [
    "No final ruling is expected before early 2027.",
    "No final decision is due before early 2027.",
    "The panel said its ruling did not decide the merits, and no final ruling is expected before early 2027.",
    "A final ruling is not expected until early 2027.",
])
def test_a_clause_opening_with_no_keeps_the_floor(sentence: str):
    assert _panel_findings(sentence) == [], sentence


@pytest.mark.parametrize("language, sentence, passage", [
    ("en", "No vote will be held before 3 March.", "The vote will not be held before 3 March."),
    ("en", "None of the stores will be sold before 2027.", "The stores will not be sold before 2027."),
    ("en", "The union said no deal was possible before 2027.", "The union said a deal was not possible before 2027."),
    ("fr", "Aucune décision finale n'est attendue avant début 2027.",
     "Une décision finale n'est pas attendue avant début 2027."),
    ("es", "Ninguna decisión final se espera antes de 2027.", "No se espera una decisión final antes de 2027."),
    ("de", "Kein endgültiges Urteil wird vor 2027 erwartet.", "Ein endgültiges Urteil wird nicht vor 2027 erwartet."),
    # a "no" deep in its clause is left alone: the ceiling is kept
    ("en", "There is no doubt the vote will be held before March 2027.", "The vote will be held before March 2027."),
])
def test_no_or_none_before_a_bound_in_any_language(language: str, sentence: str, passage: str):
    assert findings_in_language(language, sentence, passage) == [], sentence


@pytest.mark.parametrize("sentence", ["No final ruling is expected after early 2027.",
                                      "A final ruling is expected before early 2027."])
def test_a_bound_turned_stays_refused(sentence: str):
    assert any(BOUND in finding for finding in _panel_findings(sentence)), sentence


def test_a_floor_told_as_a_deadline_by_no_stays_refused():
    found = findings_in_language("en", "No vote will be held before 3 March.", "The vote must be held before 3 March.")
    assert any(BOUND in finding for finding in found)


def test_no_negation_added_by_a_bound_opening_no():
    assert not any(NEGATION_ADDED in finding for finding in _panel_findings(
        "No final ruling is expected before early 2027."))


# 2. Nobody imposed it
@pytest.mark.parametrize("sentence", [
    "Nobody required the companies to freeze prices.",
    "No one required the companies to freeze prices.",
    "No regulator required the companies to freeze prices.",
    "Nobody has required the companies to freeze the prices of 500 everyday products.",
    "Neither the Authority nor anyone else required the companies to freeze prices.",
    "The Authority did not require the companies to freeze prices.",
])
def test_nobody_required_the_pledge(sentence: str):
    assert _merger_findings(sentence, newuser_115.PLEDGE) == [], sentence


@pytest.mark.parametrize("sentence", ["The Authority required the companies to freeze prices.",
                                      "The companies were required to freeze prices.",
                                      "The Authority required the companies to freeze the prices of 500 everyday "
                                      "products."])
def test_a_pledge_told_imposed_stays_refused(sentence: str):
    assert any(IMPOSED in finding for finding in _merger_findings(sentence, newuser_115.PLEDGE)), sentence


# 3. "none" after ", and"
@pytest.mark.parametrize("sentence", [
    "No buyer has been approved, and none of the stores has been sold.",
    "None of the 92 stores has been sold.",
    "No store has been sold and nobody has approved a buyer.",
])
def test_none_sold_after_and(sentence: str):
    assert _merger_findings(sentence, newuser_115.REM) == [], sentence


@pytest.mark.parametrize("sentence", ["No buyer has been approved, and the stores have been sold.",
                                      "The companies have sold 92 stores."])
def test_an_offer_told_sold_stays_refused(sentence: str):
    assert any(DONE in finding for finding in _merger_findings(sentence, newuser_115.REM)), sentence


# 4. A promise withheld by the statement's own person
@pytest.mark.parametrize("sentence", [
    "Lozano no ha garantizado una nueva oferta.",
    "Lozano no ha prometido que vaya a presentar una nueva oferta.",
    "Lozano no ha asegurado que vaya a presentar una nueva oferta.",
    "Lozano no ha confirmado que vaya a presentar una nueva oferta.",
])
def test_a_promise_withheld_says_whose_word(sentence: str):
    assert _port_findings(sentence) == [], sentence


@pytest.mark.parametrize("sentence", ["El sindicato no ha garantizado una nueva oferta.",
                                      "El sindicato ha prometido una nueva oferta."])
def test_a_promise_given_to_another_party_stays_refused(sentence: str):
    assert any(AS_FACT in finding for finding in _port_findings(sentence)), sentence


# 5. A threat naming the party threatened
@pytest.mark.parametrize("sentence", [
    "L'Ostrelande menace la Valmorie de droits de rétorsion.",
    "L'Ostrelande a menacé la Valmorie de droits de rétorsion.",
    "L'Ostrelande menace la Valmorie d'appliquer des droits de rétorsion sur 1,1 milliard d'euros de marchandises.",
    "Aucune mesure de rétorsion n'a été appliquée à la date du résumé.",
])
def test_a_threat_against_a_named_party_is_its_makers_word(sentence: str):
    assert _panel_report_findings(sentence) == [], sentence


@pytest.mark.parametrize("sentence", ["La Valmorie menace l'Ostrelande de droits de rétorsion.",
                                      "L'Ostrelande a appliqué des droits de rétorsion à la Valmorie."])
def test_a_threat_given_to_the_threatened_or_told_done_stays_refused(sentence: str):
    assert any(AS_FACT in finding for finding in _panel_report_findings(sentence)), sentence


# 6. "Nadie" negates a sentence of its own
def test_nobody_confirmed_is_no_hope_told_as_coming():
    assert not any(HOPED in finding for finding in _port_findings("Nadie ha confirmado una nueva oferta."))


def test_a_promise_of_a_hoped_offer_stays_refused():
    assert any(HOPED in finding for finding in _port_findings("Lozano ha prometido una nueva oferta."))


# The fixture's own briefing, with its timeline entry told as a threat naming the party threatened
_ANNOUNCED = ("what: L'Ostrelande a annoncé son intention d'appliquer des droits de rétorsion si la Valmorie ne ramène "
              "pas son droit sur les fromages à 12 %.")


@pytest.mark.parametrize("what, builds", [
    ("what: L'Ostrelande menace la Valmorie de droits de rétorsion si la Valmorie ne ramène pas son droit sur les "
     "fromages à 12 %.", True),
    ("what: La Valmorie menace l'Ostrelande de droits de rétorsion si la Valmorie ne ramène pas son droit sur les "
     "fromages à 12 %.", False),
])
def test_the_french_briefing_builds_with_the_threat_told_as_a_threat(tmp_path: Path, what: str, builds: bool):
    desk = checked_fixture_project(newuser_117.FIXTURE, tmp_path / "desk")
    edit(desk / newuser_117.BRIEFING / "timeline.yaml", _ANNOUNCED, what)
    result = run_build(desk, "check")
    assert (result.code == 0) == builds, result.err
    if not builds:
        assert "timeline.yaml" in result.err and AS_FACT in result.err, result.err
