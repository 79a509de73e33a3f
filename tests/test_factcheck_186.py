"""Spanish and French leftovers of tests/test_newuser_114.py (a dock strike) and tests/test_newuser_117.py (a trade
dispute), each read against the fixture's own passage:

1. A hope ends at a clause of contrast: "Lozano no ha confirmado que vaya a presentar una nueva oferta" citing "Lozano
   ha dicho que espera que el encuentro sirva para acercar posturas, aunque no ha confirmado que vaya a presentar una
   nueva oferta" was refused as a hope told as what will happen, the hope read to the sentence's end
   (hopes_kept.py: ", aunque", ", pero", ", but", ", mais" end it). The contrast's clause, where negated, is told as
   will happen only by a sentence with no negation of its own: "Según la Autoridad Portuaria, presentará una nueva
   oferta" stays refused.
2. A threat says whose word it is: "L'Ostrelande menace d'appliquer des droits de rétorsion si ..." citing
   "l'Ostrelande a annoncé son intention d'appliquer des droits de rétorsion ..." was refused as Ostrelande's word
   told as fact (party_word.py: French "menace de", "a menacé de" and Spanish "amenaza con" before an infinitive; "la
   menace de" is a noun).
3. One giver's figure revised to another's: "La Autoridad Portuaria rebaja a 9.500 los 14.000 contenedores que cuenta
   el sindicato" citing "... afirma que hay 14.000 contenedores retenidos en los muelles. La Autoridad Portuaria los
   cifra en 9.500" was refused as the word of "Autoridad Portuaria los cifra en" (spanish_saying.py: "rebaja a 9.500"
   with "los 14.000 ... que cuenta el sindicato" names each giver; the garbled name is speakers.py's, not fixed here).
4. Irregular participles of acts to come: "El tribunal ya ha resuelto el recurso" citing "el tribunal resolverá el
   recurso en una sentencia posterior" built, "resolvido" no word; so did "abierto", "escrito", "devuelto", French
   "repris", "intervenu", "résolu", "a construit", "ouvert", "transmis", "poursuivi", "élu", "prévu"
   (future_as_past.py; a participle that is also a present, "construit", "réduit", only after an auxiliary).
5. A deed of any kind under a conditional is none done: "Un accord a été conclu entre les parties avant la remise du
   rapport final" citing "tout accord conclu entre les parties avant la remise du rapport final serait pris en compte"
   built, and "Selon la Valmorie, l'Ostrelande a appliqué des droits de rétorsion au 30 avril 2026" citing "l'Ostrelande
   a seulement menacé d'appliquer des droits de rétorsion au 30 avril 2026. Toute rétorsion appliquée avant le rapport
   final serait contraire aux règles" built (possible_done.py: "tout"/"toute" and a noun's participle under "serait",
   Spanish "todo acuerdo alcanzado ... sería"; "a seulement menacé de"). "Tous les contrats signés ... seraient
   annulés" tells the contracts signed: no such reading after an article.

Each with honest paraphrases that must build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import test_newuser_114 as strike
import test_newuser_117 as dispute
from conftest import REPO, run_build
from support import checked_fixture_project, edit, findings_in_language, read_as_project_locale, sentence_findings

THREAT_PASSAGE = ("l'Ostrelande a annoncé son intention d'appliquer des droits de rétorsion sur 1,1 milliard d'euros de "
                  "marchandises valmoriennes si la Valmorie ne ramène pas son droit sur les fromages à 12 % avant le 30 "
                  "avril 2026")


def spanish(key: str, sentence: str) -> list[str]:
    """Return the findings of a Spanish sentence citing a paragraph of newuser_114's sources."""
    read_as_project_locale(REPO, "es")
    return strike.found(key, sentence)


def french(key: str, sentence: str) -> list[str]:
    """Return the findings of a French sentence citing a paragraph of newuser_117's sources."""
    read_as_project_locale(REPO, "fr")
    return dispute.found(key, sentence)


def threat(sentence: str) -> list[str]:
    """Return the findings of a French sentence citing the panel's words of Ostrelande's announced intention."""
    read_as_project_locale(REPO, "fr")
    return sentence_findings(sentence, (THREAT_PASSAGE,), "fr", dispute.PARTIES, published="2026-03-02")


# 1. A hope ends at a clause of contrast
@pytest.mark.parametrize("sentence", [
    "Lozano no ha confirmado que vaya a presentar una nueva oferta.",  # refused before
    "La Autoridad Portuaria no ha confirmado si presentará una nueva oferta.",  # refused before
    "Lozano no confirmó que la Autoridad Portuaria vaya a presentar una nueva oferta.",  # refused before
    "La Autoridad Portuaria acudirá a la reunión, pero Lozano no ha confirmado que vaya a presentar una nueva oferta.",
    "Lozano espera que el encuentro sirva para acercar posturas, aunque no ha confirmado una nueva oferta.",
    "La presentación de una nueva oferta no está confirmada.",
])
def test_a_fact_after_a_hope_s_clause_of_contrast_builds(reading_without_project_locales, sentence: str):
    assert spanish("A_REU", sentence) == []


@pytest.mark.parametrize("sentence", [
    "Lozano dijo que el encuentro servirá para acercar posturas.",
    "El encuentro servirá para acercar posturas.",
    # the clause of contrast's negation dropped: still told as will happen
    "Según la Autoridad Portuaria, presentará una nueva oferta en la reunión del jueves.",
    "La Autoridad Portuaria presentará una nueva oferta.",
])
def test_the_hope_itself_told_as_will_happen_stays_refused(reading_without_project_locales, sentence: str):
    assert any("only as hoped for" in found for found in spanish("A_REU", sentence))


# 2. A threat says whose word it is
@pytest.mark.parametrize("sentence", [
    "L'Ostrelande menace d'appliquer des droits de rétorsion si la Valmorie ne ramène pas son droit sur les fromages à "
    "12 % avant le 30 avril, mais aucune rétorsion n'est en vigueur.",  # refused before
    "L'Ostrelande a menacé d'appliquer des droits de rétorsion si la Valmorie ne ramène pas son droit sur les fromages "
    "à 12 %.",  # refused before
    "L'Ostrelande menace d'appliquer des droits de rétorsion si la Valmorie ne ramène pas son droit sur les fromages à "
    "12 % avant le 30 avril 2026.",
])
def test_a_threat_told_as_such_builds(reading_without_project_locales, sentence: str):
    assert threat(sentence) == []


@pytest.mark.parametrize("sentence", [
    "L'Ostrelande appliquera des droits de rétorsion sur 1,1 milliard d'euros de marchandises valmoriennes si la "
    "Valmorie ne ramène pas son droit.",
    "La menace d'appliquer des droits de rétorsion sur 1,1 milliard d'euros de marchandises valmoriennes pèse sur la "
    "Valmorie.",
])
def test_the_threat_told_as_fact_or_as_a_noun_stays_refused(reading_without_project_locales, sentence: str):
    assert any("only as the word of" in found for found in threat(sentence))


def test_a_spanish_threat_told_as_such_builds(reading_without_project_locales):
    read_as_project_locale(REPO, "es")
    passage = ("El sindicato ha anunciado su intención de convocar una huelga de 72 horas del 23 al 25 de marzo si no "
               "hay acuerdo.")
    sentence = "El sindicato amenaza con convocar una huelga de 72 horas del 23 al 25 de marzo si no hay acuerdo."
    assert sentence_findings(sentence, (passage,), "es", strike.PARTIES, published="2026-03-10") == []


def test_the_editor_s_first_wording_of_the_threat_builds(tmp_path: Path):
    """The timeline's entry as the editor first wrote it, citing the panel's words."""
    desk = checked_fixture_project(dispute.FIXTURE, tmp_path / "desk")
    edit(desk / dispute.BRIEFING / "timeline.yaml", "what: L'Ostrelande a annoncé son intention d'appliquer",
         "what: L'Ostrelande menace d'appliquer")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


# 3. One giver's figure revised to another's
@pytest.mark.parametrize("sentence", [
    "La Autoridad Portuaria rebaja a 9.500 los 14.000 contenedores que cuenta el sindicato.",  # refused before
    "La Autoridad Portuaria reduce a 9.500 los 14.000 contenedores retenidos que cuenta el sindicato.",  # refused before
    "La Autoridad Portuaria deja en 9.500 los 14.000 contenedores retenidos que contabiliza el sindicato.",
    "La Autoridad Portuaria rebajó a 9.500 los 14.000 contenedores que contaba el sindicato.",
    "La Autoridad Portuaria rebaja a unos 9.500 los 14.000 contenedores retenidos que calcula el sindicato.",
])
def test_a_figure_revised_with_each_giver_named_builds(reading_without_project_locales, sentence: str):
    assert spanish("C_CIF", sentence) == []


@pytest.mark.parametrize("sentence", [
    "Hay 14.000 contenedores retenidos en los muelles.",
    "Los 14.000 contenedores retenidos que cuenta el sindicato son vacíos.",  # the authority's word, as fact
    "Los 14.000 contenedores que cuenta el sindicato son en realidad 9.500.",
])
def test_a_giver_s_word_told_as_fact_stays_refused(reading_without_project_locales, sentence: str):
    assert any("only as the word of" in found for found in spanish("C_CIF", sentence))


# 4. Irregular participles of acts to come
TOLD_DONE = "tells as done"


@pytest.mark.parametrize("language, passage, sentence", [
    ("es", "La empresa abrirá una nueva planta en Sevilla.", "La empresa ha abierto una nueva planta en Sevilla."),
    ("es", "La comisión escribirá un informe sobre el accidente.", "La comisión ha escrito un informe sobre el accidente."),
    ("es", "El gobierno devolverá el dinero a los afectados.", "El gobierno ha devuelto el dinero a los afectados."),
    ("es", "El juez verá el caso del alcalde en mayo.", "El juez vio el caso del alcalde."),
    ("fr", "Le groupe spécial reprendra ses travaux en avril.", "Le groupe spécial a repris ses travaux en avril."),
    ("fr", "Le ministre interviendra devant le parlement.", "Le ministre est intervenu devant le parlement."),
    ("fr", "Le tribunal résoudra le litige dans son jugement final.",
     "Le tribunal a résolu le litige dans son jugement final."),
    ("fr", "La société construira une usine à Lyon.", "La société a construit une usine à Lyon."),
    ("fr", "La ville ouvrira une enquête sur l'incendie.", "La ville a ouvert une enquête sur l'incendie."),
    ("fr", "La commission transmettra son avis au ministre.", "La commission a transmis son avis au ministre."),
    ("fr", "Le parquet poursuivra l'enquête sur la fraude.", "Le parquet a poursuivi l'enquête sur la fraude."),
    ("fr", "Le conseil élira son président en mai.", "Le conseil a élu son président en mai."),
    ("fr", "L'accord prévoira des sanctions contre les fraudeurs.", "L'accord a prévu des sanctions contre les fraudeurs."),
])
def test_an_irregular_participle_tells_an_act_to_come_done(reading_without_project_locales, language: str,
                                                            passage: str, sentence: str):
    assert any(TOLD_DONE in found for found in findings_in_language(language, sentence, passage))


@pytest.mark.parametrize("sentence", ["El tribunal ya ha resuelto el recurso.", "El tribunal resolvió el recurso."])
def test_the_court_s_ruling_to_come_told_done_is_refused(reading_without_project_locales, sentence: str):
    assert any(TOLD_DONE in found for found in spanish("C_MIN", sentence))


@pytest.mark.parametrize("sentence", [
    "El tribunal resolverá el recurso en una sentencia posterior.",
    "El recurso aún no está resuelto.",
    "El tribunal todavía no ha resuelto el recurso.",
    "El tribunal aún no ha resuelto el recurso, y la sentencia no tiene fecha.",
    "La sentencia que resolverá el recurso aún no tiene fecha.",
])
def test_the_ruling_kept_to_come_builds(reading_without_project_locales, sentence: str):
    assert spanish("C_MIN", sentence) == []


@pytest.mark.parametrize("language, passage, sentence", [
    ("fr", "La réforme réduira les délais de paiement des fournisseurs.",
     "La réforme réduit les délais de paiement des fournisseurs."),  # a present: what it does
    ("fr", "Le décret interdira la pêche au chalut dans la baie.", "Le décret interdit la pêche au chalut dans la baie."),
    ("fr", "Le groupe spécial reprendra ses travaux en avril.", "Le groupe spécial n'a pas encore repris ses travaux."),
    ("fr", "La ville ouvrira une enquête sur l'incendie.", "La ville va ouvrir une enquête sur l'incendie."),
    ("es", "La empresa abrirá una nueva planta en Sevilla.", "La empresa aún no ha abierto la nueva planta en Sevilla."),
])
def test_a_present_or_an_act_kept_to_come_builds(reading_without_project_locales, language: str, passage: str,
                                                 sentence: str):
    assert not any(TOLD_DONE in found for found in findings_in_language(language, sentence, passage))


# 5. A deed of any kind under a conditional, or a threat made, is none done
@pytest.mark.parametrize("key, sentence", [
    ("MIN", "Un accord a été conclu entre les parties avant la remise du rapport final."),
    ("MIN", "Les parties ont conclu un accord avant la remise du rapport final."),
    ("C_MENACE", "Selon la Valmorie, l'Ostrelande a appliqué des droits de rétorsion au 30 avril 2026."),
    ("C_MENACE", "Selon la Valmorie, des droits de rétorsion ont été appliqués avant le rapport final."),
])
def test_a_deed_given_only_as_conditional_or_threatened_told_done_is_refused(reading_without_project_locales,
                                                                             key: str, sentence: str):
    assert any(TOLD_DONE in found for found in french(key, sentence))


@pytest.mark.parametrize("key, sentence", [
    ("MIN", "Tout accord conclu entre les parties avant la remise du rapport final serait pris en compte."),
    ("MIN", "Un accord conclu entre les parties avant la remise du rapport final serait pris en compte par le groupe "
            "spécial."),
    ("MIN", "Le groupe spécial tiendrait compte de tout accord conclu entre les parties avant la remise du rapport "
            "final."),
    ("MIN", "Si les parties concluent un accord avant la remise du rapport final, le groupe spécial en tiendra compte."),
    ("C_MENACE", "Selon la Valmorie, l'Ostrelande a seulement menacé d'appliquer des droits de rétorsion au 30 avril "
                 "2026."),
    ("C_MENACE", "Selon la Valmorie, toute rétorsion appliquée avant le rapport final serait contraire aux règles."),
    ("C_MENACE", "Selon la Valmorie, des droits de rétorsion appliqués avant le rapport final seraient contraires aux "
                 "règles."),
])
def test_the_deed_kept_conditional_builds(reading_without_project_locales, key: str, sentence: str):
    assert french(key, sentence) == []


SPANISH_ANY = "El tribunal indicó que todo acuerdo alcanzado entre las partes antes de la sentencia sería tenido en cuenta."


@pytest.mark.parametrize("sentence, refused", [
    ("Las partes han alcanzado un acuerdo antes de la sentencia.", True),
    ("Las partes alcanzaron un acuerdo antes de la sentencia.", True),
    ("Todo acuerdo alcanzado entre las partes antes de la sentencia sería tenido en cuenta.", False),
    ("El tribunal tendría en cuenta un acuerdo alcanzado entre las partes antes de la sentencia.", False),
    ("Cualquier acuerdo que alcancen las partes antes de la sentencia será tenido en cuenta por el tribunal.", False),
])
def test_a_spanish_deed_of_any_kind_under_a_conditional(reading_without_project_locales, sentence: str,
                                                        refused: bool):
    assert any(TOLD_DONE in found for found in findings_in_language("es", sentence, SPANISH_ANY)) == refused


@pytest.mark.parametrize("language, sentence, passage", [
    ("fr", "Les contrats ont été signés en 2024.", "Tous les contrats signés en 2024 seraient annulés par la loi."),
    ("es", "Los contratos fueron firmados en 2024.", "Todos los contratos firmados en 2024 serían anulados por la ley."),
])
def test_a_deed_after_all_the_tells_it_done(reading_without_project_locales, language: str, sentence: str,
                                            passage: str):
    assert not any(TOLD_DONE in found for found in findings_in_language(language, sentence, passage))
