"""Opposites and plans in French and Spanish, left building by new users' briefings (test_newuser_109.py, 107):

1. A vote's outcome turned: "La motion de censure a été adoptée." citing "L'Assemblée a voté le rejet de la motion de
   censure." built, and so did "adoptée" of "rejetée"; Spanish "La moción de censura fue aprobada." citing "El Congreso
   votó el rechazo de la moción de censura." alike: the noun read after a vote only, and only of a thing the sentence
   names ("le budget adopté" is no turn of "voté le rejet de la motion"), the verbs French's
   (explainer/opposites_languages.py).
2. A stance turned: "Les syndicats soutiennent la réforme." citing "Les syndicats sont opposés à la réforme." built, and
   Spanish "Los sindicatos apoyan la reforma." citing "están en contra de la reforma" or "son contrarios a la
   reforma"; read of the same thing only ("soutiennent la grève" is no turn of "opposés à la réforme"). A form of
   words in ASCII text ("apoyan la", "por unanimidad") was never looked for: opposites.py gated a sentence by its
   single words only.
3. A plan weighed told as done: "La confederación amplió el trasvase." citing "La confederación estudia ampliar el
   trasvase." built ("plantea", "baraja", "contempla", "sopesa": explainer/possible_done.py); French conditionals
   ("serait relevé", "pourrait être", "devrait être") already refused, kept so.
4. Parties swapped by a dative: "Le gouvernement a cédé aux oppositions." citing "Les oppositions ont cédé au
   gouvernement." built: a party after "au" or "aux" was no party, French's "au" read as "in" only
   (explainer/swapped_languages.py); Spanish "cedió ante" already refused, kept so.
5. A multiple's factor or base turned: "El paro es el triple de lo previsto." citing "El paro es tres veces la media."
   built, and "le triple de la moyenne" of "le double de la moyenne" or "deux fois la moyenne"
   (explainer/multiples_of_bases.py).

Each with honest twins that must build.
"""

from __future__ import annotations

import pytest

from support import Sentence, SentencesChecked, found_in_language, minimal_project
from test_newuser_107 import PARTIES as SPANISH_PARTIES
from test_newuser_109 import PARTIES as FRENCH_PARTIES

SAYS = "where its cited passages say"
GIVES = "where its cited passages give"
AS_DONE = "tells as done"
NAMES = "this sentence names"


def outcome(findings: list[str], words: str) -> str:
    """Return "refused" where a finding holds `words`, "ok" where there is none, else the findings."""
    if not findings:
        return "ok"
    return "refused" if any(words in finding for finding in findings) else f"other: {findings}"


# 1. A vote's outcome turned
@pytest.mark.parametrize("language, sentence, passage, expected", [
    ("fr", "La motion de censure a été adoptée.", "L'Assemblée a voté le rejet de la motion de censure.", "refused"),
    ("fr", "La motion de censure a été adoptée.", "La motion de censure a été rejetée.", "refused"),
    ("fr", "Les députés ont approuvé la motion de censure.", "La motion de censure a été rejetée par les députés.",
     "refused"),
    ("es", "La moción de censura fue aprobada.", "El Congreso votó el rechazo de la moción de censura.", "refused"),
    ("es", "El Congreso aprobó la moción de censura.", "El Congreso votó el rechazo de la moción de censura.",
     "refused"),
    # honest twins
    ("fr", "La motion de censure a été rejetée.", "L'Assemblée a voté le rejet de la motion de censure.", "ok"),
    ("fr", "La réforme, adoptée par le Sénat, entre en vigueur.", "Le Sénat a adopté la réforme et rejeté la motion.",
     "ok"),
    ("fr", "Le texte a été adopté par l'Assemblée malgré l'opposition de la gauche.",
     "L'Assemblée a adopté le texte malgré le rejet de la gauche.", "ok"),
    ("fr", "La motion de censure n'a pas été adoptée.", "La motion de censure a été rejetée.", "ok"),
    # another thing adopted than the one the vote rejected
    ("fr", "Le budget adopté par les députés prévoit des économies.",
     "Les députés ont voté le rejet de la motion ; le budget prévoit des économies.", "ok"),
    ("fr", "Les députés ont adopté le budget.", "Les députés ont voté le rejet de la motion puis adopté le budget.",
     "ok"),
    ("es", "El Senado aprobó los presupuestos.", "El Senado votó el rechazo del veto y aprobó los presupuestos.", "ok"),
    ("es", "La moción de censura fue rechazada.", "El Congreso votó el rechazo de la moción de censura.", "ok"),
    ("es", "La ley fue aprobada por el Congreso.",
     "La ley salió adelante en el Congreso pese al rechazo de la oposición.", "ok"),
    ("es", "El Congreso aprobó la ley pese a la oposición.", "El Congreso aprobó la ley pese al rechazo de la oposición.",
     "ok"),
])
def test_a_vote_told_as_its_opposite_is_refused(language: str, sentence: str, passage: str, expected: str):
    assert outcome(found_in_language(language, sentence, passage), SAYS) == expected


# 2. A stance turned
@pytest.mark.parametrize("language, sentence, passage, expected", [
    ("fr", "Les syndicats soutiennent la réforme.", "Les syndicats sont opposés à la réforme.", "refused"),
    ("fr", "Les syndicats soutiennent la réforme.", "Les syndicats sont hostiles à la réforme.", "refused"),
    ("es", "Los sindicatos apoyan la reforma.", "Los sindicatos están en contra de la reforma.", "refused"),
    ("es", "Los sindicatos apoyan la reforma.", "Los sindicatos son contrarios a la reforma.", "refused"),
    ("es", "Los sindicatos respaldan la reforma.", "Los sindicatos están en contra de la reforma.", "refused"),
    # honest twins: another thing supported, a stance kept, a negation kept
    ("fr", "Les syndicats soutiennent la grève contre la réforme.",
     "Les syndicats, opposés à la réforme, appellent à la grève.", "ok"),
    ("fr", "Le ministre soutient que la réforme est juste.",
     "Le ministre, opposé aux syndicats, affirme que la réforme est juste.", "ok"),
    ("fr", "Les syndicats sont hostiles à la réforme.", "Les syndicats sont opposés à la réforme.", "ok"),
    ("fr", "Les syndicats ne soutiennent pas la réforme.", "Les syndicats sont opposés à la réforme.", "ok"),
    ("fr", "Les syndicats soutiennent la réforme.", "Les syndicats soutiennent le projet de réforme du gouvernement.",
     "ok"),
    ("fr", "La majorité soutient le texte, la gauche y est opposée.",
     "La majorité soutient le texte ; la gauche est opposée au texte.", "ok"),
    ("es", "Los sindicatos apoyan la huelga.", "Los sindicatos convocan una huelga en contra de la reforma.", "ok"),
    ("es", "Los sindicatos apoyan la huelga contra la reforma.",
     "Los sindicatos, que están en contra de la reforma, convocan una huelga.", "ok"),
    ("es", "Los sindicatos no apoyan la reforma.", "Los sindicatos están en contra de la reforma.", "ok"),
    ("es", "Los sindicatos apoyan la reforma.", "Los sindicatos apoyaron la reforma del Gobierno.", "ok"),
    ("es", "Los sindicatos rechazan la reforma.", "Los sindicatos están en contra de la reforma.", "ok"),
])
def test_a_stance_told_as_its_opposite_is_refused(language: str, sentence: str, passage: str, expected: str):
    assert outcome(found_in_language(language, sentence, passage), SAYS) == expected


# 3. A plan weighed, or a conditional, told as done
@pytest.mark.parametrize("language, sentence, passage, expected", [
    ("es", "La confederación amplió el trasvase.", "La confederación estudia ampliar el trasvase.", "refused"),
    ("es", "La confederación amplió el trasvase.", "La confederación plantea ampliar el trasvase.", "refused"),
    ("es", "La confederación amplió el trasvase.", "La confederación baraja ampliar el trasvase.", "refused"),
    ("es", "La confederación amplió el trasvase.", "La confederación contempla ampliar el trasvase.", "refused"),
    ("fr", "L'âge de départ a été relevé à 64 ans.", "L'âge de départ pourrait être relevé à 64 ans.", "refused"),
    ("fr", "L'âge de départ a été relevé à 64 ans.", "L'âge de départ devrait être relevé à 64 ans.", "refused"),
    # honest twins
    ("es", "La confederación baraja ampliar el trasvase.", "La confederación se plantea ampliar el trasvase.", "ok"),
    ("es", "La confederación amplió el trasvase.",
     "La confederación amplió el trasvase en 2020 y ahora estudia ampliarlo de nuevo.", "ok"),
    ("es", "La confederación podría ampliar el trasvase.", "La confederación estudia ampliar el trasvase.", "ok"),
    ("es", "La confederación considera ampliar el trasvase.", "La confederación estudia ampliar el trasvase.", "ok"),
    ("es", "La confederación dijo que estudia ampliar el trasvase.",
     "Estudia ampliar el trasvase, dijo la confederación.", "ok"),
    ("es", "La confederación planteó sus dudas sobre el trasvase.",
     "La confederación plantea dudas sobre el trasvase.", "ok"),
    ("es", "La ampliación del trasvase está en estudio.", "La confederación estudia ampliar el trasvase.", "ok"),
    ("fr", "L'âge de départ serait relevé à 64 ans.", "L'âge de départ pourrait être relevé à 64 ans.", "ok"),
])
def test_a_plan_told_as_done_is_refused(language: str, sentence: str, passage: str, expected: str):
    findings = found_in_language(language, sentence, passage)
    assert outcome(findings, AS_DONE if language == "es" else "") == expected


# 4. Parties swapped by a dative
@pytest.mark.parametrize("language, sentence, passage, expected", [
    ("fr", "Le gouvernement a cédé aux oppositions.", "Les oppositions ont cédé au gouvernement.", "refused"),
    ("fr", "Le gouvernement a cédé aux syndicats sur l'âge.", "Les syndicats ont cédé au gouvernement sur l'âge.",
     "refused"),
    ("es", "El Gobierno central cedió ante los Regantes.", "Los Regantes cedieron ante el Gobierno central.",
     "refused"),
    # honest twins
    ("fr", "Le gouvernement a cédé aux syndicats sur l'âge.", "Sur l'âge, le gouvernement a cédé aux syndicats.", "ok"),
    ("fr", "Le gouvernement a répondu aux syndicats.", "Le gouvernement a répondu aux syndicats mardi.", "ok"),
    ("fr", "Le gouvernement a proposé une hausse aux syndicats.", "Le gouvernement a proposé aux syndicats une hausse.",
     "ok"),
    ("fr", "Les syndicats ont reçu une lettre du gouvernement.",
     "Le gouvernement a adressé une lettre aux syndicats.", "ok"),
    ("fr", "La CFT a écrit au gouvernement.", "Dans une lettre au gouvernement, la CFT demande le retrait du texte.",
     "ok"),
    ("fr", "Les oppositions ont saisi le Conseil constitutionnel.",
     "Le texte a été transmis au Conseil constitutionnel par les oppositions.", "ok"),
    ("fr", "Le gouvernement s'est opposé aux syndicats.", "Le gouvernement s'oppose aux syndicats.", "ok"),
    ("fr", "Le gouvernement a fait une concession aux oppositions.", "Le gouvernement a cédé aux oppositions.", "ok"),
])
def test_parties_swapped_by_a_dative_are_refused(language: str, sentence: str, passage: str, expected: str):
    parties = FRENCH_PARTIES if language == "fr" else SPANISH_PARTIES
    assert outcome(found_in_language(language, sentence, passage, parties=parties), NAMES) == expected


# 5. A multiple's factor or base turned
@pytest.mark.parametrize("language, sentence, passage, expected", [
    ("es", "El paro es el triple de lo previsto.", "El paro es tres veces la media.", "refused"),
    ("es", "El paro es tres veces lo previsto.", "El paro es tres veces la media.", "refused"),
    ("es", "El paro es el triple de la media.", "El paro es el doble de la media.", "refused"),
    ("es", "El paro es el triple de la media.", "El paro duplica la media.", "refused"),
    ("es", "El paro es el triple de la media.", "El paro es dos veces la media.", "refused"),
    ("fr", "Le chômage est le triple de la moyenne.", "Le chômage est le double de la moyenne.", "refused"),
    ("fr", "Le chômage est le triple de la moyenne.", "Le chômage est deux fois la moyenne.", "refused"),
    # honest twins: the same multiple said otherwise, a bound kept, a comparison, two multiples each kept
    ("es", "El paro es el triple de la media.", "El paro es tres veces la media.", "ok"),
    ("fr", "Le chômage est le triple de la moyenne.", "Le chômage est trois fois la moyenne.", "ok"),
    ("es", "El paro duplica la media.", "El paro es el doble de la media.", "ok"),
    ("es", "El paro es más del doble de la media.", "El paro es 2,3 veces la media.", "ok"),
    ("es", "El paro triplica la media nacional.", "El paro es tres veces la media nacional.", "ok"),
    ("es", "El paro es el triple de la media española.", "El paro es tres veces la media nacional.", "ok"),
    ("fr", "Le chômage représente le double de la moyenne nationale.",
     "Le chômage est deux fois plus élevé que la moyenne nationale.", "ok"),
    ("es", "Las lluvias triplican lo previsto.", "Las lluvias fueron el triple de lo previsto.", "ok"),
    ("es", "Las lluvias fueron el triple de lo previsto y el doble de la media.",
     "Las lluvias fueron tres veces lo previsto y el doble de la media.", "ok"),
    ("fr", "Le déficit atteint le double de l'objectif.", "Le déficit est deux fois l'objectif fixé.", "ok"),
    ("fr", "Les dépenses atteignent le double du budget prévu.", "Les dépenses sont deux fois le budget prévu.", "ok"),
    ("es", "La deuda es el doble de la media europea.",
     "La deuda duplica la media europea, y el paro es el triple de la media.", "ok"),
    ("es", "El tribunal lo rechazó tres veces este año.", "El tribunal lo ha rechazado tres veces durante este año.",
     "ok"),
    ("fr", "Le conseil se réunit deux fois par an.", "Le conseil se réunit deux fois chaque année.", "ok"),
])
def test_a_multiple_with_another_factor_or_base_is_refused(language: str, sentence: str, passage: str, expected: str):
    assert outcome(found_in_language(language, sentence, passage), GIVES) == expected


# The build's answer: one line naming the briefing's file and line, and the honest twin building
CHECKED = {
    "vote": Sentence("L'Assemblée a voté le rejet de la motion de censure.", "La motion de censure a été adoptée.",
                     language="fr"),
    "vote ok": Sentence("L'Assemblée a voté le rejet de la motion de censure.", "La motion de censure a été rejetée.",
                        language="fr"),
    "stance": Sentence("Los sindicatos están en contra de la reforma.", "Los sindicatos apoyan la reforma.",
                       language="es"),
    "plan": Sentence("La confederación estudia ampliar el trasvase.", "La confederación amplió el trasvase.",
                     language="es"),
    "multiple": Sentence("El paro es tres veces la media.", "El paro es el triple de lo previsto.", language="es"),
    "multiple ok": Sentence("El paro es tres veces la media.", "El paro es el triple de la media.", language="es"),
}


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    root = minimal_project(tmp_path_factory.mktemp("factcheck163") / "project")
    return SentencesChecked(root, list(CHECKED.values()))


@pytest.mark.parametrize("name, words", [("vote", SAYS), ("vote ok", None), ("stance", SAYS), ("plan", AS_DONE),
                                         ("multiple", GIVES), ("multiple ok", None)])
def test_check_names_the_line_or_builds(checked: SentencesChecked, name: str, words: str | None):
    errors = checked(*CHECKED[name])
    if words is None:
        assert errors == []
    else:
        assert len(errors) == 1 and words in errors[0] and "briefing.yaml:" in errors[0], errors
