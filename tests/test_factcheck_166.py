"""Negations read wrongly in French and Spanish (explainer/polarity.py, explainer/planned_not_yet.py):

1. A noun of rejecting is its verb's meaning: "L'Assemblée a rejeté la motion de censure." citing "L'Assemblée a voté
   le rejet de la motion de censure." was refused as a negation added (and "El Congreso rechazó la moción" citing
   "votó el rechazo de la moción", "a refusé l'offre" citing "a annoncé son refus de l'offre"): the verb and its noun
   ("le rejet", "son refus", "el rechazo") now restate each other, as English "rejected" and "rejection" do. A vote
   told as its opposite ("a rejeté" of "a adopté la motion") stays refused.
2. A stance against told by a verb or by a word of being: "Les syndicats s'opposent à la réforme." (or "rejettent la
   réforme") citing "Les syndicats sont opposés à la réforme." was refused as a negation added, and Spanish "se
   oponen a la reforma" citing "están en contra de la reforma" too. "sont opposés à" now negates as "est opposée à"
   did, "están en contra de" as "se oponen a", so "Les syndicats ne s'opposent pas à la réforme" and "Los sindicatos
   no se oponen a la reforma" citing them, which built, are refused.
3. A plan not yet carried out: "La confederación no ha ampliado todavía el trasvase." citing "La confederación
   estudia ampliar el trasvase." (French "n'a pas encore relevé le plafond" citing "envisage de relever le plafond")
   was refused as a negation added: "not yet done" is true of a plan. A sentence denying the plan itself
   ("n'envisage pas encore de relever"), or with no "not yet" ("no ampliará"), stays refused.
4. French "n'accepte" was read as the word "n'acc": "Le syndicat a accepté l'offre." citing "Le syndicat n'accepte
   ni ne refuse l'offre." built. The elided "n'" is read apart; "n'a pas refusé l'offre" of "n'a accepté ni n'a
   refusé l'offre" keeps building.
5. French imperfects of refusing: "Le syndicat a refusé l'offre." citing "Le syndicat refusait l'offre." was refused
   ("refusait" read as no negation); "refusait", "refusaient", "rejetaient", "démentait", ... and the plural
   participles "refusés", "refusées" now negate as "refusé" does.
6. Found on the way: French "ne ... que" (only) was counted a negation: "Le parti n'a obtenu que 2 % des voix."
   citing "Le parti a obtenu 2 % des voix." was refused as a negation added, and "Le parti n'a pas obtenu 2 % des
   voix." citing "n'a obtenu que 2 %" built. A "ne" before "que" and a figure, an article or a numeral, in a clause
   with no "pas", "jamais", "plus", ..., is none now.

Each with honest paraphrases that must build, and the misstatements each rule exists for kept refused.
"""

from __future__ import annotations

import pytest

from support import Sentence, SentencesChecked, found_in_language, minimal_project

NEGATION = "negation"


def outcome(findings: list[str], words: str = NEGATION) -> str:
    """Return "refused" where a finding holds `words`, "ok" where there is none, else the findings."""
    if not findings:
        return "ok"
    return "refused" if any(words in finding for finding in findings) else f"other: {findings}"


# 1. A noun of rejecting after a vote, or after a possessive
@pytest.mark.parametrize("language, sentence, passage, expected", [
    ("fr", "L'Assemblée a rejeté la motion de censure.", "L'Assemblée a voté le rejet de la motion de censure.", "ok"),
    ("fr", "Les députés ont rejeté la motion de censure.", "Les députés ont voté le rejet de la motion de censure.",
     "ok"),
    ("fr", "L'Assemblée a voté le rejet de la motion de censure.", "L'Assemblée a rejeté la motion de censure.", "ok"),
    ("fr", "Le Sénat rejette le projet de loi.", "Le Sénat a voté le rejet du projet de loi.", "ok"),
    ("fr", "Le syndicat a refusé l'offre.", "Le syndicat a annoncé son refus de l'offre.", "ok"),
    ("es", "El Congreso rechazó la moción de censura.", "El Congreso votó el rechazo de la moción de censura.", "ok"),
    ("es", "El sindicato rechaza la oferta.", "El sindicato anunció su rechazo de la oferta.", "ok"),
    # the misstatements: the rejection turned
    ("fr", "L'Assemblée a rejeté la motion de censure.", "L'Assemblée a adopté la motion de censure.", "refused"),
    ("es", "El Congreso rechazó la moción.", "El Congreso aprobó la moción.", "refused"),
    ("fr", "L'Assemblée a rejeté la motion de censure.", "L'Assemblée a voté la motion de censure.", "refused"),
])
def test_a_noun_of_rejecting_restates_its_verb(language: str, sentence: str, passage: str, expected: str):
    assert outcome(found_in_language(language, sentence, passage)) == expected


# 2. A stance against, told by a verb or by a word of being
@pytest.mark.parametrize("language, sentence, passage, expected", [
    ("fr", "Les syndicats s'opposent à la réforme.", "Les syndicats sont opposés à la réforme.", "ok"),
    ("fr", "Les syndicats rejettent la réforme.", "Les syndicats sont opposés à la réforme.", "ok"),
    ("fr", "Les syndicats refusent la réforme.", "Les syndicats sont opposés à la réforme.", "ok"),
    ("fr", "Les syndicats s'opposaient à la réforme.", "Les syndicats étaient opposés à la réforme.", "ok"),
    ("fr", "Les syndicats s'opposent à la réforme.", "Les syndicats sont hostiles à la réforme.", "ok"),
    ("fr", "Les syndicats sont opposés à la réforme.", "Les syndicats s'opposent à la réforme.", "ok"),
    ("es", "Los sindicatos se oponen a la reforma.", "Los sindicatos están en contra de la reforma.", "ok"),
    ("es", "Los sindicatos rechazan la reforma.", "Los sindicatos están en contra de la reforma.", "ok"),
    ("es", "Los sindicatos se oponían a la reforma.", "Los sindicatos estaban en contra de la reforma.", "ok"),
    ("es", "Los sindicatos se oponen a la reforma.", "Los sindicatos son contrarios a la reforma.", "ok"),
    ("es", "Los sindicatos están en contra de la reforma.", "Los sindicatos se oponen a la reforma.", "ok"),
    # the misstatements: the stance denied, or turned
    ("fr", "Les syndicats ne s'opposent pas à la réforme.", "Les syndicats sont opposés à la réforme.", "refused"),
    ("es", "Los sindicatos no se oponen a la reforma.", "Los sindicatos están en contra de la reforma.", "refused"),
    ("fr", "Les syndicats s'opposent à la réforme.", "Les syndicats soutiennent la réforme.", "refused"),
    ("es", "Los sindicatos se oponen a la reforma.", "Los sindicatos apoyan la reforma.", "refused"),
])
def test_a_stance_against_restates_its_verb(language: str, sentence: str, passage: str, expected: str):
    assert outcome(found_in_language(language, sentence, passage)) == expected


# 3. A plan not yet carried out
@pytest.mark.parametrize("language, sentence, passage, expected", [
    ("es", "La confederación no ha ampliado todavía el trasvase.", "La confederación estudia ampliar el trasvase.",
     "ok"),
    ("es", "La confederación todavía no ha ampliado el trasvase.", "La confederación estudia ampliar el trasvase.",
     "ok"),
    ("es", "La confederación aún no ha ampliado el trasvase.", "La confederación planea ampliar el trasvase.", "ok"),
    ("es", "El ayuntamiento todavía no ha cerrado la planta.", "El ayuntamiento prevé cerrar la planta.", "ok"),
    ("es", "El Gobierno aún no ha subido el salario mínimo.", "El Gobierno tiene previsto subir el salario mínimo.",
     "ok"),
    ("fr", "Le gouvernement n'a pas encore relevé le plafond.", "Le gouvernement envisage de relever le plafond.",
     "ok"),
    ("fr", "Le gouvernement n'a toujours pas relevé le plafond.", "Le gouvernement envisage de relever le plafond.",
     "ok"),
    ("fr", "La mairie n'a pas encore fermé l'usine.", "La mairie compte fermer l'usine.", "ok"),
    ("fr", "La ville n'a pas encore augmenté les tarifs.", "La ville a l'intention d'augmenter les tarifs.", "ok"),
    ("fr", "Le ministère n'a pas encore publié le rapport.", "Le ministère prévoit de publier le rapport.", "ok"),
    # the misstatements: no "not yet", the plan denied, or the deed done
    ("es", "La confederación no ampliará el trasvase.", "La confederación estudia ampliar el trasvase.", "refused"),
    ("es", "La confederación todavía no estudia ampliar el trasvase.", "La confederación estudia ampliar el trasvase.",
     "refused"),
    ("es", "La confederación no ha ampliado todavía el trasvase.", "La confederación amplió el trasvase.", "refused"),
    ("fr", "Le gouvernement n'envisage pas encore de relever le plafond.",
     "Le gouvernement envisage de relever le plafond.", "refused"),
    ("fr", "Le gouvernement n'a pas encore l'intention de relever le plafond.",
     "Le gouvernement a l'intention de relever le plafond.", "refused"),
    ("fr", "Le gouvernement n'a pas encore relevé le plafond.", "Le gouvernement a relevé le plafond.", "refused"),
])
def test_a_plan_not_yet_done_adds_no_negation(language: str, sentence: str, passage: str, expected: str):
    assert outcome(found_in_language(language, sentence, passage)) == expected


# 4. French "n'" read apart from its verb
@pytest.mark.parametrize("sentence, passage, expected", [
    ("Le syndicat a accepté l'offre.", "Le syndicat n'accepte ni ne refuse l'offre.", "refused"),
    ("Le syndicat a refusé l'offre.", "Le syndicat n'accepte ni ne refuse l'offre.", "refused"),
    ("La ville autorise la baignade.", "La ville n'autorise plus la baignade.", "refused"),
    ("Le syndicat n'a pas refusé l'offre.", "Le syndicat n'a accepté ni n'a refusé l'offre.", "ok"),
    ("Le syndicat n'a pas accepté l'offre.", "Le syndicat n'a accepté ni n'a refusé l'offre.", "ok"),
    ("Le syndicat n'accepte pas l'offre.", "Le syndicat n'accepte ni ne refuse l'offre.", "ok"),
    ("Le syndicat n'a pas encore accepté l'offre.", "Le syndicat n'accepte ni ne refuse l'offre.", "ok"),
    ("La ville n'autorise pas la baignade.", "La ville n'autorise plus la baignade.", "ok"),
])
def test_an_elided_ne_is_read_apart_from_its_verb(sentence: str, passage: str, expected: str):
    assert outcome(found_in_language("fr", sentence, passage)) == expected


# 5. French imperfects and plural participles of refusing
@pytest.mark.parametrize("sentence, passage, expected", [
    ("Le syndicat a refusé l'offre.", "Le syndicat refusait l'offre.", "ok"),
    ("Les syndicats refusaient l'offre.", "Les syndicats ont refusé l'offre.", "ok"),
    ("Le ministre a démenti la hausse.", "Le ministre démentait toute hausse.", "ok"),
    ("Le Sénat n'a pas retenu les candidatures.", "Les candidatures ont été refusées par le Sénat.", "ok"),
    ("Le syndicat n'a pas refusé l'offre.", "Le syndicat n'acceptait ni ne refusait l'offre.", "ok"),
    ("Les demandeurs d'asile déboutés ont fait appel.",
     "Les demandeurs d'asile dont la demande a été refusée ont fait appel.", "ok"),
    ("Le syndicat a accepté l'offre.", "Le syndicat refusait l'offre.", "refused"),
    ("Le syndicat a refusé l'offre.", "Le syndicat n'acceptait ni ne refusait l'offre.", "refused"),
])
def test_french_imperfects_of_refusing_negate(sentence: str, passage: str, expected: str):
    assert outcome(found_in_language("fr", sentence, passage)) == expected


# 6. French "ne ... que" is "only"
@pytest.mark.parametrize("sentence, passage, expected", [
    ("Le parti n'a obtenu que 2 % des voix.", "Le parti a obtenu 2 % des voix.", "ok"),
    ("Le parti a recueilli seulement 2 % des voix.", "Le parti n'a recueilli que 2 % des voix.", "ok"),
    ("L'entreprise emploie 40 salariés.", "L'entreprise n'emploie que 40 salariés.", "ok"),
    ("La ville ne compte qu'une usine.", "La ville compte une seule usine.", "ok"),
    ("Le ministre n'a rencontré que les syndicats.", "Le ministre a rencontré les syndicats.", "ok"),
    ("Le syndicat ne pense pas que la réforme passera.", "Le syndicat ne croit pas que la réforme passera.", "ok"),
    ("Le parti n'a pas obtenu 2 % des voix.", "Le parti n'a obtenu que 2 % des voix.", "refused"),
    ("Le ministre n'a pas rencontré les syndicats.", "Le ministre n'a rencontré que les syndicats.", "refused"),
    ("Le syndicat croit que la réforme passera.", "Le syndicat ne croit plus que la réforme passera.", "refused"),
])
def test_french_ne_que_is_only(sentence: str, passage: str, expected: str):
    assert outcome(found_in_language("fr", sentence, passage)) == expected


# The build's answer: one line naming the briefing's file and line, and the honest twins building
CHECKED = {
    "rejet ok": Sentence("L'Assemblée a voté le rejet de la motion de censure.",
                         "L'Assemblée a rejeté la motion de censure.", language="fr"),
    "stance denied": Sentence("Les syndicats sont opposés à la réforme.",
                              "Les syndicats ne s'opposent pas à la réforme.", language="fr"),
    "contra ok": Sentence("Los sindicatos están en contra de la reforma.", "Los sindicatos se oponen a la reforma.",
                          language="es"),
    "plan ok": Sentence("La confederación estudia ampliar el trasvase.",
                        "La confederación no ha ampliado todavía el trasvase.", language="es"),
    "ni ne": Sentence("Le syndicat n'accepte ni ne refuse l'offre.", "Le syndicat a accepté l'offre.", language="fr"),
    "imperfect ok": Sentence("Le syndicat refusait l'offre.", "Le syndicat a refusé l'offre.", language="fr"),
}


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    root = minimal_project(tmp_path_factory.mktemp("factcheck166") / "project")
    return SentencesChecked(root, list(CHECKED.values()))


@pytest.mark.parametrize("name, words", [("rejet ok", None), ("stance denied", NEGATION), ("contra ok", None),
                                         ("plan ok", None), ("ni ne", NEGATION), ("imperfect ok", None)])
def test_check_names_the_line_or_builds(checked: SentencesChecked, name: str, words: str | None):
    errors = checked(*CHECKED[name])
    if words is None:
        assert errors == []
    else:
        assert len(errors) == 1 and words in errors[0] and "briefing.yaml:" in errors[0], errors
