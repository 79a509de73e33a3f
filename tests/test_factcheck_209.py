"""Honest Spanish and German sentences refused, over tests/fixtures/newuser_124 (a water transfer) and newuser_123 (a
rail strike); each fix keeps its misstatement twins refused:

1. A view given with a Spanish verb of thinking: "Altamira cree que la compensación ... es simbólica" citing "Altamira
   sostiene que ... es "simbólica"", and "Altamira calcula que el caudal del Sorbe ha caído un 35 % desde 1990" citing
   "Según el Gobierno de Altamira, el caudal ... ha caído un 35 %", were refused as Altamira's word told as fact:
   es.yaml's `according_to` lists "cree", "creyó", "calcula que", "calculó que" ("calcula en 0,12" stays a figure's
   giver, not a reporting word). Given to the wrong side ("Levantia cree que ...") stays refused. A cause the passage
   gives "en parte por" told whole ("La Junta calcula que ... han perdido cerca del 18 % ... por el deterioro del
   río"), which only the unread "calcula" refused, is refused as such (explainer/spanish_partial_causes.py).
2. A Spanish cap told as a cut's end: "el trasvase no podría superar los 180", "bajar el trasvase de 300 a 180",
   "dejaría el trasvase en 180" citing "reducir esa cantidad en 120 ..., hasta un máximo de 180" were refused as
   leaving out its qualifier: a negated verb of excess is "up to" (qualifiers.py), and the level a lowering reaches
   restates a cap a passage gives after a lowering (explainer/spanish_capped_levels.py).
3. A claim's figure 15000 citing "el recorte pondría en riesgo 15.000 empleos" was refused as given only as a fall:
   a figure right after "en riesgo", "en peligro" is what is at stake, no cut's size (direction.py).
4. German days counted or ranked: "für drei Tage" and "Der erste Tag ... war ein Mittwoch" citing "für Mittwoch,
   Donnerstag und Freitag" were refused ("drei", "erste" in no passage; explainer/named_days_counted.py).
5. "mehr als zwei Drittel der geplanten Züge" citing "4.200 von 6.100 geplanten Zügen" was refused: German "N von M"
   is a part of its whole, and a hedged fraction that fits such a count is backed by it (fractions_said.py).
6. German bounds: "nicht weniger als 450 Euro" (at least; qualifiers.py reads "nicht", "nie") and "einen
   Mindestbetrag von 450 Euro" (de.yaml's `at_least`) citing "mindestens aber 450 Euro" were refused.
7. "Nach Einschätzung von X" names whose view it is (de.yaml's `according_to`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, read_as_project_locale
import test_newuser_123 as strike
import test_newuser_124 as transfer

UNREAD = 'figure "'


@pytest.fixture
def spanish(reading_without_project_locales):
    read_as_project_locale(REPO, "es")


@pytest.fixture
def german(reading_without_project_locales):
    read_as_project_locale(REPO, "de")


# 1-3. Spanish, each sentence citing one paragraph of the transfer's report
SPANISH_HONEST = [
    ("COMP", "Altamira cree que la compensación de 0,02 euros por metro cúbico es simbólica."),
    ("COMP", "El Gobierno de Altamira cree que la compensación de 0,02 euros es simbólica."),
    ("COMP", "Altamira creyó simbólica la compensación de 0,02 euros por metro cúbico."),
    ("CAUDAL", "Altamira calcula que el caudal del Sorbe ha caído un 35 % desde 1990."),
    ("CAUDAL", "El Gobierno de Altamira calcula que el caudal del Sorbe ha bajado un 35 % desde 1990."),
    ("BARO2", "Baró cree que la desalación podría cubrir parte del déficit, pero solo en la franja costera."),
    ("PRECIO", "El Ministerio calcula el coste de bombeo en 0,12 euros por metro cúbico."),
    ("PRECIO", "El Ministerio calcula que el bombeo cuesta 0,12 euros por metro cúbico."),
    ("UAL", "La UAL cree que el recorte pondría en riesgo 15.000 empleos en el campo levantino."),
    ("UAL", "Según la UAL, el recorte pondría en peligro 15.000 empleos en el campo levantino."),
    ("MEDIA", "Con el decreto, el trasvase no podría superar los 180 hectómetros cúbicos al año."),
    ("MEDIA", "El trasvase no superaría los 180 hectómetros cúbicos anuales desde 2027."),
    ("MEDIA", "El decreto proponía que el trasvase no excediera de 180 hectómetros cúbicos al año."),
    ("MEDIA", "A partir de 2027, el trasvase no podría pasar de 180 hectómetros cúbicos."),
    ("MEDIA", "Sin superar los 180 hectómetros cúbicos, el trasvase seguiría desde 2027."),
    ("MEDIA", "El Gobierno central proponía bajar el trasvase de 300 a 180 hectómetros cúbicos al año."),
    ("MEDIA", "La reducción propuesta, de 120 hectómetros cúbicos, dejaría el trasvase en 180."),
    ("MEDIA", "El decreto reducía el trasvase a 180 hectómetros cúbicos al año."),
    ("MEDIA", "El decreto limitaba el trasvase a 180 hectómetros cúbicos anuales."),
    ("MEDIA", "El decreto recortaba el trasvase de 300 a 180 hectómetros cúbicos, 120 menos."),
    ("MEDIA", "El decreto dejaba el trasvase en 180 hectómetros cúbicos al año a partir de 2027."),
    ("AHORA", "Las reglas actuales permiten trasvasar hasta 300 hectómetros cúbicos al año si los embalses de cabecera "
              "superan los 400."),
]


@pytest.mark.parametrize("key, sentence", SPANISH_HONEST)
def test_an_honest_spanish_sentence_builds(spanish, key: str, sentence: str):
    assert transfer.found(key, sentence) == [], sentence


SPANISH_MISSTATED = [
    ("COMP", "Levantia cree que la compensación de 0,02 euros por metro cúbico es simbólica.", "gives the words to"),
    ("COMP", "Levantia calcula que la compensación de 0,02 euros por metro cúbico es simbólica.", "gives the words to"),
    ("BARO2", "Oliva cree que la desalación podría cubrir parte del déficit, pero solo en la franja costera.",
     "gives the words to"),
    ("PRECIO", "Los regantes de Levantia pagan 0,12 euros por metro cúbico.", "where its cited passages give"),
    ("MEDIA", "El trasvase es de 180 hectómetros cúbicos al año.", "leaves out the qualifier"),
    ("MEDIA", "El decreto elevaba el trasvase a 180 hectómetros cúbicos al año.", "leaves out the qualifier"),
    ("MEDIA", "El trasvase superaría los 180 hectómetros cúbicos al año.", "leaves out the qualifier"),
    ("AHORA", "Las reglas actuales permiten trasvasar 300 hectómetros cúbicos al año.", "leaves out the qualifier"),
    ("AHORA", "Las reglas actuales rebajan el trasvase a 300 hectómetros cúbicos al año.", "leaves out the qualifier"),
]


@pytest.mark.parametrize("key, sentence, told", SPANISH_MISSTATED)
def test_a_spanish_misstatement_stays_refused(spanish, key: str, sentence: str, told: str):
    assert any(told in finding for finding in transfer.found(key, sentence)), transfer.found(key, sentence)


@pytest.mark.parametrize("sentence, passage, outcome", [
    ("La Junta calcula que los municipios han perdido cerca del 18 % de su población por el deterioro del río.",
     "La Junta calcula que los municipios han perdido cerca del 18 % de su población, en parte por el deterioro del "
     "río.", "refused"),
    ("Los municipios han perdido población debido al deterioro del río, según la Junta.",
     "Según la Junta, los municipios han perdido población en parte debido al deterioro del río.", "refused"),
    ("La Junta calcula que los municipios han perdido cerca del 18 % de su población en parte por el deterioro del "
     "río.", "La Junta calcula que los municipios han perdido cerca del 18 % de su población, en parte por el "
             "deterioro del río.", "ok"),
    ("Según la Junta, el deterioro del río explica en parte la pérdida de población.",
     "Según la Junta, los municipios han perdido población en parte por el deterioro del río.", "ok"),
    ("Según la Junta, los municipios han perdido población, entre otras causas por el deterioro del río.",
     "Según la Junta, los municipios han perdido población en parte por el deterioro del río.", "ok"),
])
def test_a_cause_given_in_part_may_not_be_told_whole(sentence: str, passage: str, outcome: str):
    from explainer.attribution import Cited
    from explainer.spanish_partial_causes import partial_cause_told_whole

    found = partial_cause_told_whole(sentence, [Cited(passage, "es")], 0, "es")
    assert bool(found) == (outcome == "refused"), found


def test_a_claim_s_jobs_at_risk_build_as_a_plain_figure(tmp_path: Path):
    desk = checked_fixture_project(transfer.FIXTURE, tmp_path / "desk")
    claims = desk / transfer.BRIEFING / "claims.yaml"
    losses = '          - {measure: "Pérdidas anuales del sector agrario", value: 400'
    edit(claims, losses, '          - {measure: "Empleos en riesgo", value: 15000, unit: empleos}\n' + losses)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_the_direction_of_a_figure_at_stake_is_none_but_a_cut_of_it_is_a_fall():
    from explainer.direction import directions

    assert [d[3] for d in directions("el recorte pondría en riesgo 15.000 empleos", "es")] == ["none"]
    assert [d[3] for d in directions("el recorte pone en peligro 2.000 puestos", "es")] == ["none"]
    assert [d[3] for d in directions("el recorte de 15.000 empleos", "es")] == ["fall"]


# 4-7. German, each sentence citing the paragraph of the strike's report that holds its key words
DAYS, DEMAND, ARBITER, VIEW = "Mittwoch, Donnerstag und Freitag", "mindestens aber 450", "Lindner", "Nach Einschätzung"
GERMAN_HONEST = [
    (DAYS, "Die GSV rief ihre rund 14.000 Mitglieder bei der Nordbahn für drei Tage zum Streik auf."),
    (DAYS, "Der Streik der GSV dauert drei Tage."),
    (DAYS, "Die GSV streikt drei Tage lang, von Mittwoch bis Freitag."),
    (DAYS, "Der erste Tag des dritten Ausstands war ein Mittwoch."),
    (DAYS, "Der erste Streiktag war Mittwoch."),
    (DAYS, "Nach Angaben der Nordbahn fielen am Mittwoch mehr als zwei Drittel der geplanten Züge aus."),
    (DAYS, "Laut Nordbahn fielen am Mittwoch rund zwei Drittel der geplanten Züge aus."),
    (DAYS, "Laut Nordbahn fiel am Mittwoch mehr als die Hälfte der geplanten Züge aus."),
    (DEMAND, "Die Gewerkschaft fordert einen Mindestbetrag von 450 Euro mehr im Monat."),
    (DEMAND, "Die GSV verlangt nicht weniger als 450 Euro."),
    (DEMAND, "Die GSV fordert 9,5 Prozent, aber nicht weniger als 450 Euro mehr im Monat."),
    (DEMAND, "Die GSV verlangt 9,5 Prozent mehr Lohn, jedoch mindestens 450 Euro im Monat."),
    (ARBITER, "Der Schlichter schlägt 6,2 Prozent vor, aber nicht weniger als 300 Euro."),
    (ARBITER, "Der Schlichter schlägt einen Mindestbetrag von 300 Euro vor."),
    (VIEW, "Nach Einschätzung von Jens Ohlsen dürfte der Vorschlag die Grundlage eines Abschlusses werden."),
    (VIEW, "Nach Einschätzung der Nordbahn ist der Vorschlag eine mögliche Grundlage für Gespräche."),
]


@pytest.mark.parametrize("words, sentence", GERMAN_HONEST)
def test_an_honest_german_sentence_builds(german, words: str, sentence: str):
    assert strike.found(words, sentence) == [], sentence


GERMAN_MISSTATED = [
    (DAYS, "Die GSV rief ihre rund 14.000 Mitglieder bei der Nordbahn für vier Tage zum Streik auf.", UNREAD),
    (DAYS, "Die GSV rief ihre Mitglieder für zwei Tage zum Streik auf.", UNREAD),
    (DAYS, "Der erste Tag des dritten Ausstands war ein Donnerstag.", UNREAD),
    (DAYS, "Nach Angaben der Nordbahn fielen am Mittwoch 80 Prozent der geplanten Züge aus.", UNREAD),
    (DAYS, "Nach Angaben der Nordbahn fielen am Mittwoch fast neun von zehn geplanten Zügen aus.", "fast neun"),
    (DEMAND, "Die GSV verlangt nicht mehr als 450 Euro.", "contradicts"),
    (DEMAND, "Die GSV verlangt weniger als 450 Euro.", "contradicts"),
    (DEMAND, "Die GSV fordert einen Höchstbetrag von 450 Euro.", "contradicts"),
]


@pytest.mark.parametrize("words, sentence, told", GERMAN_MISSTATED)
def test_a_german_misstatement_stays_refused(german, words: str, sentence: str, told: str):
    assert any(told in finding for finding in strike.found(words, sentence)), strike.found(words, sentence)
