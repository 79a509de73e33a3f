"""A new user's Spanish briefing on a water dispute (tests/fixtures/newuser_124: the Sorbe–Marjal transfer, which has
carried 300 hm³ a year on average from the Región de Altamira to the Comunidad de Levantia; the Real Decreto 212/2026's
cut of 120 hm³ a year, to at most 180 from 2027; the Tribunal Supremo's interim order of 16 March suspending its
article 4, not annulling it; water at 0,31 euros per cubic metre, pumping 0,12, Altamira's compensation 0,02 and its
claim of 0,10; the ministry's 350 hm³ corrected to 300 on 2 March; quotes of both regions' ministers, an independent
hydrologist's assessment and a farmers' union's claim of 15.000 jobs at risk), written from the README alone with its
own commands (`accept-source`, `new --source`), from one news report of its own. Every content file is used, and the
log holds an update and a correction.

Fixed (each refused or built otherwise on main):

1. "Altamira considera «simbólica» la compensación de 0,02 euros por metro cúbico", a comparison note citing "Altamira
   sostiene que la compensación de 0,02 euros por metro cúbico es "simbólica"", was refused as Altamira's word told as
   fact: Spanish verbs of judging and warning ("considera", "opina", "califica de", "tacha de", "advierte de que")
   now name their speaker as "sostiene" does (es.yaml's `according_to`, so speakers.py also refuses them given to the
   wrong side: "Levantia considera ..." of Altamira's words); their plurals ("consideran", "advierten") say whose word
   it is without naming a speaker, as a group's name ("Unos economistas consideran") is held to the passage's by the
   speaker check. "Para Altamira, ..." says whose view it is, as "Para el Gobierno de Altamira, ..." did
   (spanish_german_claims.py).
2. A cut's size told as the level it leaves, or a level told as a cut: "El decreto propone trasvasar 120 hectómetros
   cúbicos al año", "El decreto reduce el trasvase a 120 hectómetros cúbicos al año" and "El decreto proponía recortar
   el trasvase en 300 hectómetros cúbicos" citing "En la última década se han trasvasado de media 300 hectómetros
   cúbicos al año. El decreto ... proponía reducir esa cantidad en 120 hectómetros cúbicos anuales, hasta un máximo de
   180 hectómetros cúbicos" (spanish_cut_sizes.py: "en" a figure is by how much, "a" or "hasta" the level reached).
3. A price's units changed or swapped: "Los regantes pagan 0,31 euros por hectómetro cúbico" and "pagan hoy 0,31
   hectómetros cúbicos por euro" citing "Los regantes de Levantia pagan hoy 0,31 euros por metro cúbico"
   (spanish_rate_units.py: a figure's unit and the unit after "por", written out or as a symbol, must be one of its
   occurrence's in the passages).

What misled the editor, or was refused although honest:

4. A caveat's "la crónica del Diario del Valle del 18 de marzo de 2026" was refused until it cited the dateline: the
   README says so (the date in sources.yaml is the editors' word), but under "A developing story", not "Citations".
5. A claim's figure "Empleos en riesgo", 15000, citing "La UAL asegura que el recorte pondría en riesgo 15.000
   empleos", was refused as "given only as a fall" (direction.py reads "recorte ... 15.000" three words apart as a cut
   of 15.000): the fixture leaves the figure out of `figures` (its `says` keeps it). Not fixed: direction.py is not
   this work's.

LEFTOVER, misstatements that still build (passage by its key in PASSAGES):

  1. El Supremo ha suspendido el Real Decreto 212/2026. (AUTO: the whole for its article 4)
  2. El recurso fue presentado por el Gobierno de Altamira. (RECURSO)
  3. El Sorbe no puede aportar más de 200 hectómetros cúbicos al año sin dañar el río. (BARO: "es probable que" dropped)
  4. Según Baró, el Sorbe no puede aportar más de 200 hectómetros cúbicos al año sin dañar el río. (BARO: the hedge)
  5. Baró asegura que sus cálculos se basan en series de caudales completas. (BARO: "incompletas")
  6. Según el Gobierno de Levantia, el caudal del Sorbe ha caído un 35 % desde 1990. (CAUDAL: Altamira's figure)
  7. El Ministerio cifra el volumen medio trasvasado en 350 hectómetros cúbicos al año. (CORR: the corrected figure)
  8. El volumen medio trasvasado es de 350 hectómetros cúbicos al año. (CORR)
  9. Los embalses de Altamira están al 28 % de su capacidad. (FERRER: Ferrer's word told as fact)
  10. El trasvase está suspendido hasta que el Supremo dicte sentencia. (AHORA: "podrá seguir funcionando")
  11. El agua desalada cuesta en torno a 0,31 euros por metro cúbico. (BARO2: the transfer's price told as
      desalination's)
  12. Las dos comunidades se reunieron el 25 de marzo en Madrid. (REUNION: a meeting to come told as held)
  13. El Ministerio ha valorado el auto. (MIN: "no ha querido valorar")
  14. La UAL ha detallado cómo ha calculado la cifra de 15.000 empleos. (UAL: "no ha detallado")
  15. Para Levantia, la compensación de 0,02 euros por metro cúbico es simbólica. (COMP: as "Para el Gobierno de
      Levantia, ..." built on main)
  16. Se considera simbólica la compensación de 0,02 euros por metro cúbico. (COMP: an impersonal "se considera", as "se
      dice" builds with any `according_to` word)
  17. Levantia advierte de que el recorte pondría en riesgo 15.000 empleos en el campo levantino. (UAL: the union is
      no party, so no side's name is checked)

LEFTOVER, honest sentences still refused:

  1. Altamira cree que la compensación de 0,02 euros por metro cúbico es simbólica. (COMP: "cree" left out, as it is
     also "crear"'s subjunctive)
  2. Altamira calcula que el caudal del Sorbe ha caído un 35 % desde 1990. (CAUDAL: "calcula" kept out by
     tests/test_newuser_107.py)
  3. Con el decreto, el trasvase no podría superar los 180 hectómetros cúbicos al año. (MEDIA: "un máximo de 180"'s
     qualifier read as left out)
  4. El Gobierno central proponía bajar el trasvase de 300 a 180 hectómetros cúbicos al año. (MEDIA: the same)
  5. La reducción propuesta, de 120 hectómetros cúbicos, dejaría el trasvase en 180. (MEDIA: the same)
  6. Altamira reclama que la compensación se eleve a 0,10 euros por metro cúbico. (COMP: told as Altamira's word as
     fact, party_word.py)
  7. The claim's figure of 15.000 jobs at risk (5 above).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_124"
BRIEFING = Path("content") / "trasvase-sorbe"
PARTIES = (
    Party(id="altamira", name="Gobierno de Altamira", short_name="Altamira", role="side",
          aliases=("Región de Altamira",)),
    Party(id="levantia", name="Gobierno de Levantia", short_name="Levantia", role="side",
          aliases=("Comunidad de Levantia",)),
    Party(id="supremo", name="Tribunal Supremo", short_name="Supremo", role="court", aliases=("el tribunal",)),
    Party(id="ministerio", name="Ministerio de Transición Ecológica", short_name="Ministerio",
          aliases=("el Ministerio",)),
)
REPORT = (FIXTURE / "seeds" / "cronica-trasvase.txt").read_text(encoding="utf-8")

# the report's paragraphs, by words each holds
PASSAGES = {key: paragraph(REPORT, words) for key, words in {
    "AUTO": "ha suspendido de forma cautelar", "MEDIA": "de media 300", "RECURSO": "El recurso fue presentado",
    "PRECIO": "0,31 euros por metro", "CORR": "350 hectómetros", "FERRER": "pagando la sed",
    "CAUDAL": "ha caído un 35", "COMP": "simbólica", "OLIVA": "primera victoria", "DESAL": "plan alternativo",
    "UAL": "15.000 empleos", "BARO": "no pueda aportar", "BARO2": "0,60 euros", "AHORA": "plazo de 30 días",
    "MIN": "respetan las decisiones", "REUNION": "25 de marzo", "RUBIO": "tractores"}.items()}


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a Spanish sentence citing one paragraph of the report, read with the built-in Spanish
    locale as a build reads it."""
    return sentence_findings(sentence, (PASSAGES[key],), "es", PARTIES, published="2026-03-18")


@pytest.fixture(autouse=True)
def spanish_locale(reading_without_project_locales):
    """Read Spanish as a build of the fixture reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "es")


def test_the_briefing_builds_in_spanish(tmp_path: Path):
    """The briefing builds: Spanish labels and figures, notes leading to the report, the correction."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "trasvase-sorbe" / "index.html").read_text(encoding="utf-8").split())
    for words in ('href="../sources/cronica.html#passage-', 'lang="es"', "0,31", "0,02", "64.000",
                  "Altamira considera «simbólica» la compensación", "suspendido de forma cautelar",
                  "Dijimos que el trasvase regaba 46.000 hectáreas."):
        assert words in page, words


def test_a_note_giving_the_view_to_its_holder_builds_and_to_the_other_side_is_refused(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "comparisons.yaml", "text: \"Altamira considera", "text: \"Levantia considera")
    result = run_build(desk, "check")
    assert result.code == 1 and "comparisons.yaml:31:" in result.err, result.err


def test_the_cut_told_as_the_amount_left_is_refused_in_the_briefing(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "briefing.yaml", "proponía reducir en 120 hectómetros cúbicos anuales",
         "proponía reducir a 120 hectómetros cúbicos anuales")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:6: `summary`: this sentence gives '120' as a level, but its cited " \
        "passages give it only as the size of a change" in result.err, result.err


CUT_AS_LEVEL = [
    ("MEDIA", "El decreto propone trasvasar 120 hectómetros cúbicos al año."),
    ("MEDIA", "El decreto reduce el trasvase a 120 hectómetros cúbicos al año."),
    ("MEDIA", "El decreto proponía dejar el trasvase en 120 hectómetros cúbicos anuales."),
    ("MEDIA", "Levantia recibiría como máximo 120 hectómetros cúbicos al año."),
    ("MEDIA", "El decreto recorta hasta 120 hectómetros cúbicos el trasvase."),
    ("MEDIA", "El decreto proponía recortar el trasvase en 300 hectómetros cúbicos."),
]


@pytest.mark.parametrize("key, sentence", CUT_AS_LEVEL)
def test_a_cut_told_as_the_level_or_the_level_as_a_cut_is_refused(key: str, sentence: str):
    assert any("as a level, but" in finding or "as the size of a change, but" in finding
               for finding in found(key, sentence)), sentence


RATES_CHANGED = [
    ("PRECIO", "Los regantes de Levantia pagan hoy 0,31 hectómetros cúbicos por euro."),
    ("PRECIO", "Los regantes pagan 0,31 euros por hectómetro cúbico."),
    ("PRECIO", "Altamira recibe 0,02 euros por hectómetro cúbico."),
    ("PRECIO", "El bombeo cuesta 0,12 céntimos por metro cúbico."),
]


@pytest.mark.parametrize("key, sentence", RATES_CHANGED)
def test_a_price_s_units_changed_or_swapped_are_refused(key: str, sentence: str):
    assert any("por" in finding and "but its cited passages give it in euro por metro cúbico" in finding
               for finding in found(key, sentence)), sentence


VIEWS_NAMED = [
    ("COMP", "Altamira considera «simbólica» la compensación de 0,02 euros por metro cúbico."),
    ("COMP", "El Gobierno de Altamira considera que la compensación de 0,02 euros por metro cúbico es simbólica."),
    ("COMP", "Altamira consideró simbólica la compensación de 0,02 euros por metro cúbico."),
    ("COMP", "Altamira opina que la compensación de 0,02 euros por metro cúbico es simbólica."),
    ("COMP", "Altamira califica de simbólica la compensación de 0,02 euros por metro cúbico."),
    ("COMP", "Altamira tacha de simbólica la compensación de 0,02 euros por metro cúbico."),
    ("COMP", "Para Altamira, la compensación de 0,02 euros por metro cúbico es simbólica."),
    ("UAL", "La UAL considera que el recorte pondría en riesgo 15.000 empleos."),
    ("UAL", "Los agricultores de la UAL consideran que el recorte pondría en riesgo 15.000 empleos."),
    ("UAL", "La UAL advierte de que el recorte pondría en riesgo 15.000 empleos en el campo levantino."),
    ("BARO", "Baró considera probable que el Sorbe no pueda aportar más de 200 hectómetros cúbicos al año sin dañar "
             "el río."),
]


@pytest.mark.parametrize("key, sentence", VIEWS_NAMED)
def test_a_view_given_to_its_holder_by_a_verb_of_judging_builds(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


MISSTATEMENTS = [
    ("COMP", "Levantia considera simbólica la compensación de 0,02 euros por metro cúbico."),
    ("COMP", "Levantia califica de simbólica la compensación de 0,02 euros por metro cúbico."),
    ("OLIVA", "Ferrer considera que el auto es una primera victoria del sentido común."),
    ("COMP", "Levantia sostiene que la compensación de 0,02 euros por metro cúbico es simbólica."),
    ("COMP", "La compensación de 0,02 euros por metro cúbico es simbólica."),
    ("COMP", "Altamira reclama que la compensación se eleve a 0,20 euros."),
    ("MEDIA", "El decreto proponía reducir el trasvase en 180 hectómetros cúbicos anuales."),
    ("MEDIA", "En la última década se han trasvasado de media 120 hectómetros cúbicos al año."),
    ("PRECIO", "Los regantes de Levantia pagan 0,12 euros por metro cúbico."),
    ("PRECIO", "Levantia recibe una compensación de 0,02 euros por cada metro cúbico."),
    ("AUTO", "El Tribunal Supremo ha anulado el recorte del trasvase."),
    ("AUTO", "El Supremo ha anulado el decreto."),
    ("AUTO", "El Supremo ha suspendido definitivamente el recorte."),
    ("AUTO", "El Supremo ya se ha pronunciado sobre el fondo del recurso."),
    ("AUTO", "El Supremo suspendió el recorte el 18 de marzo."),
    ("RECURSO", "El Supremo aceptó suspender los artículos sobre caudales ecológicos."),
    ("UAL", "El recorte pondría en riesgo 15.000 empleos en el campo levantino."),
    ("UAL", "Las pérdidas para el sector agrario alcanzarán los 400 millones de euros al año."),
    ("UAL", "Según la UAL, el recorte pondría en riesgo 400 empleos."),
    ("CAUDAL", "El caudal del Sorbe ha caído un 35 % desde 1990."),
    ("CAUDAL", "Según el Gobierno de Altamira, el caudal del Sorbe ha subido un 35 % desde 1990."),
    ("CORR", "El Ministerio corrigió el dato el 2 de marzo y lo elevó a 300 hectómetros cúbicos."),
    ("OLIVA", "Ferrer calificó el auto de una primera victoria del sentido común."),
    ("OLIVA", "El agua trasvasada riega 64.000 hectáreas."),
    ("DESAL", "El Gobierno de Levantia ha presentado un plan alternativo de desalación."),
    ("DESAL", "Altamira propone que el recorte sea gradual: 20 hectómetros cúbicos menos cada año durante seis años."),
    ("FERRER", 'Oliva dijo: "El Sorbe no puede seguir pagando la sed de otra cuenca".'),
    ("AHORA", "El Supremo ha dado a las partes un plazo de 15 días para presentar alegaciones."),
    ("BARO2", "Según Baró, el agua desalada es más barata que la del trasvase."),
]


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


HONEST = [
    ("MEDIA", "El decreto proponía recortar el trasvase en 120 hectómetros cúbicos al año, hasta un máximo de 180."),
    ("MEDIA", "El recorte propuesto es de 120 hectómetros cúbicos anuales."),
    ("MEDIA", "El decreto proponía recortar 120 hectómetros cúbicos al año."),
    ("MEDIA", "Con el decreto, Levantia recibiría 120 hectómetros cúbicos menos cada año."),
    ("MEDIA", "El decreto proponía una rebaja de 120 hectómetros cúbicos anuales."),
    ("MEDIA", "Levantia dejaría de recibir 120 hectómetros cúbicos al año."),
    ("MEDIA", "El decreto quitaría 120 hectómetros cúbicos al año al trasvase."),
    ("MEDIA", "El trasvase perdería 120 hectómetros cúbicos anuales a partir de 2027."),
    ("MEDIA", "El decreto reducía el trasvase a un máximo de 180 hectómetros cúbicos anuales."),
    ("MEDIA", "El decreto fija un tope de 180 hectómetros cúbicos al año desde 2027."),
    ("MEDIA", "El decreto rebajaba en 120 hectómetros cúbicos los 300 que se trasvasan de media."),
    ("MEDIA", "En la última década, el trasvase ha llevado de media 300 hectómetros cúbicos al año."),
    ("MEDIA", "De los 300 hectómetros cúbicos anuales de media, el decreto proponía restar 120."),
    ("DESAL", "Levantia propone un recorte gradual de 20 hectómetros cúbicos al año durante seis años."),
    ("DESAL", "Levantia quiere que el trasvase baje 20 hectómetros cúbicos cada año durante seis años."),
    ("CORR", "El Ministerio rebajó el 2 de marzo de 350 a 300 hectómetros cúbicos su cifra del volumen medio "
             "trasvasado."),
    ("CORR", "El Ministerio corrigió su dato: el volumen medio trasvasado es de 300 hectómetros cúbicos, no de 350."),
    ("CAUDAL", "Según Altamira, el caudal del Sorbe ha bajado un 35 % desde 1990."),
    ("CAUDAL", "Según Altamira, el caudal del Sorbe es hoy un 35 % menor que en 1990."),
    ("AHORA", "Las reglas actuales permiten trasvasar hasta 300 hectómetros cúbicos al año si los embalses de cabecera "
              "superan los 400."),
    ("PRECIO", "Los regantes pagan 0,31 euros por metro cúbico, de los que 0,12 son coste de bombeo."),
    ("AUTO", "El Supremo ha suspendido cautelarmente el artículo 4 del Real Decreto 212/2026, sin anularlo."),
    ("RECURSO", "Levantia considera que el recorte vulnera los derechos de los regantes."),
    ("OLIVA", "Oliva considera que el auto es una primera victoria del sentido común."),
    ("OLIVA", 'Oliva calificó el auto de "una primera victoria del sentido común".'),
    ("OLIVA", "Para Oliva, el auto es una primera victoria del sentido común."),
    ("RUBIO", "Rubio advirtió de que los agricultores se movilizarán si el Supremo levanta la suspensión."),
    ("BARO2", "Para Baró, el problema no es solo cuánta agua se trasvasa, sino a qué precio."),
    ("BARO2", "Baró opina que la desalación podría cubrir parte del déficit, pero solo en la franja costera."),
    ("UAL", "Según la UAL, el recorte pondría en riesgo 15.000 empleos en el campo levantino."),
    ("PRECIO", "Los regantes pagan 0,31 euros por cada metro cúbico."),
    ("PRECIO", "Los regantes pagan 0,31 € por m³."),
    ("PRECIO", "Los regantes pagan 0,31 euros el metro cúbico."),
    ("PRECIO", "El metro cúbico de agua trasvasada cuesta a los regantes 0,31 euros."),
    ("PRECIO", "Altamira cobra 0,02 euros por metro cúbico que sale de su cuenca."),
    ("PRECIO", "Los regantes pagan 0,31 euros por metros cúbicos trasvasado."),
    ("PRECIO", "El coste de bombeo es de 0,12 euros por metro cúbico, según el Ministerio."),
    ("BARO2", "El agua desalada cuesta en torno a 0,60 euros por metro cúbico, según Baró."),
]


@pytest.mark.parametrize("key, sentence", HONEST)
def test_each_honest_paraphrase_builds(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


@pytest.mark.parametrize("sentence", [
    "Se considera simbólica la compensación.",
    "Se consideran simbólicas las compensaciones.",
    "Para 2027, el decreto fija un tope.",
    "Para regar, hace falta agua.",
])
def test_no_view_holder_is_read_where_none_is_named(sentence: str):
    from explainer.spanish_german_claims import says_whose_word_es_de

    assert not says_whose_word_es_de(sentence)
