"""A new user's Spanish briefing of a disputed presidential run-off (tests/fixtures/newuser_132: la República de
Costalta, whose Consejo Nacional Electoral's "resultados preliminares" give Marta Ibáñez 50,8 % and Julián Ferrer
49,2 % with 98 % of the actas counted; Ferrer "no reconoce" the result and asks for a recount of 1.200 mesas, which the
Consejo "no ha decidido todavía si acepta"; the OEL's observers found "irregularidades menores" that "no alteran" the
result; turnout of 67 %; the winner to be proclaimed "en un plazo de diez días"; a protest of "unas 5.000 personas
según la policía, 20.000 según los organizadores"; the observers' 240 corrected to 140 at the report's end), written
from the README alone with its own commands (`accept-source`, `new --source --language es` being the site's), from one
wire report of its own. Every content file is used, and the log holds an update and a correction.

Fixed (each built on main):

1. A proclamation to come told as made: "El Consejo proclamó vencedora a Ibáñez con el 50,8 % de los votos", "Ibáñez
   es la nueva presidenta de Costalta", "Ibáñez, presidenta electa, ..." and "El Consejo ha proclamado al ganador"
   citing "El CNE subrayó que se trata de resultados preliminares ... El organismo proclamará al ganador en un plazo de
   diez días", and "Ibáñez se proclamó ganadora" citing "no se declaró vencedora" (spanish_pending_decisions.py).
2. A body's pending decision told as taken: "El Consejo ha aceptado el recuento de 1.200 mesas", "El Consejo ordenó
   recontar 1.200 mesas", "El Consejo aceptará la petición" citing "El Consejo no ha decidido todavía si acepta la
   petición" (spanish_pending_decisions.py: the body named before a verb of granting or refusing in its clause).

What misled the editor, or was refused although honest (worked round in the fixture, not fixed: not this work's
modules):

3. "Ferrer no reconoce el resultado y ha pedido el recuento de 1.200 mesas; el Consejo aún no ha decidido si acepta la
   petición", citing the whole paragraph, was refused as someone's word ('según'): its "donde, según su equipo, las
   actas presentan ..." covers one relative clause only, but plain_clauses.py reads the sentence holding it as passed
   on, since the claims cite the same passage (attribution.dropped_attribution). The fixture cites only the words it
   rests on, as the hint says.
4. A comparison's attribution "Resultados preliminares del Consejo Nacional Electoral, con el 98 % de las actas
   escrutadas" was refused as giving the Consejo 98 % where the passage gives it to Julián Ferrer ("Julián Ferrer, con
   el 98 % de las actas escrutadas": party_figures.py reads "X, con el N %" as X's share, even of "actas"). The
   fixture opens with "Con el 98 % ...".
5. The note "Exministro de Economía, de 58 años" citing "dijo Ferrer, de 58 años, exministro de Economía" was refused
   as Ferrer's word told as fact: party_word.py reads the words after a Spanish "dijo Ferrer" as said, the speaker's
   own apposition too (English "said" is read as closing a quote). Citing the whole sentence, its quote first, builds.
6. "Primera vuelta: Ibáñez obtiene el 41,3 %" was refused as a rank changed ("segunda vuelta" in the passage, whose
   "primera ronda" ranks another noun): ranks.py reads "vuelta" and "ronda" apart. The fixture says "Primera ronda".
7. "La diferencia entre los dos candidatos" citing "La diferencia entre ambos" was refused: "dos" is no figure of the
   passage (a Spanish "los dos" meaning "both" is read as a figure, as French "les deux" is not).

LEFTOVER, misstatements that still build (passage by its key in PASSAGES):

  1. Con el escrutinio completo, Ibáñez obtiene el 50,8 % de los votos. (PRELIMINARES: 98 % told as all)
  2. Se recontarán 1.200 mesas. (RECUENTO: the recount told as granted, no body named)
  3. Ferrer ha pedido el recuento de 1.200 mesas en todas las provincias. (RECUENTO: "en cuatro provincias")
  4. Las actas presentan inconsistencias aritméticas. (RECUENTO: "según su equipo" dropped)
  5. Los observadores de la OEL encontraron irregularidades en algunos centros de votación. (OEL: "menores" dropped)
  6. Los observadores de la OEL encontraron irregularidades graves. (OEL: "menores" turned)
  7. Los observadores encontraron "irregularidades" que "no alteran" el resultado. (OEL: the quote cut)
  8. Las irregularidades no alteran el resultado de la elección. (OEL: Sarmiento's word told as fact)
  9. La misión de la OEL apoyó la petición de recuento. (OEL: "no se pronunció")
  10. En las provincias del norte, la afluencia no llegó al 70 %. (PARTICIPACION: "superó")
  11. La protesta reunió a 20.000 personas. (PROTESTA: the organisers' figure told as fact)
  12. La protesta reunió a unas 5.000 personas. (PROTESTA: the police's figure told as fact)
  13. Los analistas consideran probable que un recuento cambie el resultado. (VIDAL: "poco probable")
  14. El Consejo proclamará al ganador antes de resolver las impugnaciones. (PLAZO: "una vez resueltas")
  15. Ibáñez será la nueva presidenta. (PRELIMINARES: a lead told as a presidency to come)

LEFTOVER, honest sentences still refused (not this work's modules):

  1. El ganador será proclamado en un plazo de diez días. (PLAZO: future_as_past.py reads "proclamado" after "será"
     as done)
  2. El Consejo no ha proclamado aún a ningún ganador. (PLAZO: polarity.py, a negation added)
  3. El Consejo debe decidir si acepta o rechaza la petición. (RECUENTO: polarity.py, "no ha decidido" dropped)
  4. Ferrer ha pedido al Consejo que recuente 1.200 mesas; el Consejo no lo ha decidido todavía. (RECUENTO: the
     passage's "si acepta" read as a condition dropped)
  5. Ninguno de los dos ha sido proclamado presidente. (PLAZO: "dos", as 7 above)
  6. 3 to 7 above.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_132"
BRIEFING = Path("content") / "segunda-vuelta-costalta"
PARTIES = (
    Party(id="ibanez", name="Marta Ibáñez", short_name="Ibáñez", role="candidata", aliases=("Movimiento Cívico",)),
    Party(id="ferrer", name="Julián Ferrer", short_name="Ferrer", role="candidato", aliases=("Alianza Republicana",)),
    Party(id="cne", name="Consejo Nacional Electoral", short_name="CNE", aliases=("el Consejo",)),
    Party(id="oel", name="Organización de Estados del Litoral", short_name="OEL", role="observadores",
          aliases=("la misión",)),
)
REPORT = (FIXTURE / "seeds" / "cronica-segunda-vuelta.txt").read_text(encoding="utf-8")

# the report's paragraphs, by words each holds
PASSAGES = {key: paragraph(REPORT, words) for key, words in {
    "PRELIMINARES": "resultados preliminares de la segunda", "PLAZO": "diferencia entre ambos",
    "RECUENTO": "Ferrer no reconoce", "IBANEZ": "pidió calma", "OEL": "irregularidades menores",
    "PARTICIPACION": "participación fue del 67", "PROTESTA": "unas 5.000 personas", "VIDAL": "Vidal advirtió",
    "CORRECCION": "Corrección: una versión", "OLMEDO": "presidente saliente"}.items()}


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a Spanish sentence citing one paragraph of the report, read with the built-in Spanish
    locale as a build reads it."""
    return sentence_findings(sentence, (PASSAGES[key],), "es", PARTIES, published="2026-11-09")


@pytest.fixture(autouse=True)
def spanish_locale(reading_without_project_locales):
    """Read Spanish as a build of the fixture reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "es")


def test_the_briefing_builds_in_spanish(tmp_path: Path):
    """The briefing builds: Spanish figures, the preliminary results and the pending recount as the reader sees
    them, the two protest counts, notes leading to the report, and the correction."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "segunda-vuelta-costalta" / "index.html").read_text(encoding="utf-8").split())
    for words in ('href="../sources/cronica.html#passage-', 'lang="es"', "50,8", "49,2", "1.200",
                  "Según los resultados preliminares del Consejo Nacional Electoral",
                  "el Consejo proclamará al ganador en un plazo de diez días",
                  "El Consejo aún no ha decidido si acepta la petición",
                  "irregularidades menores", "20.000", "Dijimos que la misión de la OEL desplegó 240 observadores."):
        assert words in page, words


def test_the_proclamation_told_as_made_is_refused_in_the_briefing(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "briefing.yaml", "No son resultados\n  definitivos: el Consejo proclamará al ganador en un "
         "plazo de diez días.", "El Consejo proclamó\n  vencedora a Ibáñez.")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:5: `summary`: this sentence tells a proclamation as made " \
        "('proclamó')" in result.err, result.err


def test_the_recount_told_as_granted_is_refused_in_the_briefing(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "briefing.yaml", "El Consejo aún no ha decidido si acepta la petición.",
         "El Consejo ha aceptado la petición.")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:7: `summary`: this sentence tells a decision as taken ('ha " \
        "aceptado') where its cited passages give it as pending" in result.err, result.err


TOLD_MADE = [
    ("PRELIMINARES", "Ibáñez es la nueva presidenta de Costalta."),
    ("PRELIMINARES", "El Consejo proclamó vencedora a Ibáñez con el 50,8 % de los votos."),
    ("PRELIMINARES", "Ibáñez, presidenta electa de Costalta, obtuvo el 50,8 %."),
    ("PRELIMINARES", "Ibáñez fue proclamada presidenta con el 50,8 % de los votos."),
    ("PLAZO", "El Consejo ha proclamado al ganador."),
    ("PLAZO", "El Consejo proclamó a Ibáñez ganadora."),
    ("PLAZO", "Ibáñez ha sido proclamada presidenta."),
    ("IBANEZ", "Ibáñez se proclamó ganadora ante sus seguidores."),
]


@pytest.mark.parametrize("key, sentence", TOLD_MADE)
def test_a_proclamation_to_come_told_as_made_is_refused(key: str, sentence: str):
    assert any("tells a proclamation as made" in finding for finding in found(key, sentence)), sentence


TOLD_TAKEN = [
    ("RECUENTO", "El Consejo ha aceptado el recuento de 1.200 mesas."),
    ("RECUENTO", "El Consejo acepta la petición de recuento de Ferrer."),
    ("RECUENTO", "El Consejo ordenó recontar 1.200 mesas."),
    ("RECUENTO", "El Consejo aceptará la petición de recuento."),
    ("RECUENTO", "El Consejo admitió la petición de Ferrer."),
    ("RECUENTO", "El Consejo rechazó la petición de Ferrer."),
]


@pytest.mark.parametrize("key, sentence", TOLD_TAKEN)
def test_a_pending_decision_told_as_taken_is_refused(key: str, sentence: str):
    assert any("tells a decision as taken" in finding or "rechazó" in finding for finding in found(key, sentence)), \
        sentence


MISSTATEMENTS = [
    ("PRELIMINARES", "Según los resultados definitivos del Consejo, Ibáñez obtiene el 50,8 % de los votos."),
    ("PRELIMINARES", "Según los resultados oficiales del Consejo, Ibáñez obtiene el 50,8 % de los votos."),
    ("PRELIMINARES", "Ibáñez ganó la segunda vuelta con el 50,8 % de los votos."),
    ("PRELIMINARES", "Ibáñez obtiene el 50,8 % de los votos, con todas las actas escrutadas."),
    ("PRELIMINARES", "Ibáñez obtiene el 50,8 % de los votos, con el 100 % de las actas escrutadas."),
    ("PRELIMINARES", "Ibáñez obtiene el 51,8 % de los votos y Ferrer el 49,2 %."),
    ("PRELIMINARES", "Ibáñez obtiene el 49,2 % de los votos y Ferrer el 50,8 %."),
    ("PRELIMINARES", "Ibáñez aventaja a Ferrer en 2,6 puntos."),
    ("PLAZO", "La diferencia entre ambos es de 1,6 puntos porcentuales, unos 69.000 votos."),
    ("PLAZO", "El escrutinio definitivo ya ha concluido."),
    ("PLAZO", "El Consejo proclamará al ganador en un plazo de quince días."),
    ("PLAZO", "El Consejo proclamará al ganador en un plazo de diez semanas."),
    ("RECUENTO", "Ferrer reconoce el resultado."),
    ("RECUENTO", "Ferrer ha reconocido su derrota."),
    ("RECUENTO", "Ferrer ha pedido el recuento de 2.100 mesas."),
    ("OEL", "Según Sarmiento, esas irregularidades alteran el resultado de la elección."),
    ("OEL", "Según la OEL, las irregularidades podrían alterar el resultado."),
    ("OEL", "La OEL no encontró ninguna irregularidad."),
    ("OEL", "La OEL desplegó 240 observadores."),
    ("CORRECCION", "La misión de la OEL desplegó 240 observadores."),
    ("PARTICIPACION", "La participación fue del 67 %, cinco puntos menos que en la primera vuelta."),
    ("PARTICIPACION", "En las provincias del sur, la afluencia superó el 70 %."),
    ("PROTESTA", "La protesta reunió a unas 20.000 personas según la policía."),
    ("PROTESTA", "Según los organizadores, la protesta reunió a unas 5.000 personas."),
    ("PROTESTA", "La concentración terminó con graves incidentes."),
    ("PROTESTA", "Miles de simpatizantes de Ibáñez se concentraron frente a la sede del Consejo."),
    ("VIDAL", "Un recuento no cambiará el resultado."),
    ("VIDAL", "El 2 % de actas pendientes procede de zonas rurales del sur."),
    ("IBANEZ", "Ibáñez se declaró vencedora."),
]


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


HONEST = [
    ("PLAZO", "El Consejo proclamará al ganador en un plazo de diez días."),
    ("PLAZO", "El organismo proclamará al ganador una vez resueltas las impugnaciones."),
    ("PLAZO", "El Consejo aún no ha proclamado al ganador."),
    ("PLAZO", "El Consejo tiene diez días para proclamar al ganador, una vez resueltas las impugnaciones."),
    ("PLAZO", "Cuando el Consejo proclame al ganador, habrán pasado como mucho diez días."),
    ("PLAZO", "El Consejo proclamará al presidente electo en un plazo de diez días."),
    ("PLAZO", "Ni Ibáñez ni Ferrer han sido proclamados; el Consejo lo hará en un plazo de diez días."),
    ("PLAZO", "La proclamación del ganador llegará en un plazo de diez días, según el Consejo."),
    ("PRELIMINARES", "Con el 98 % de las actas escrutadas, ningún candidato ha sido proclamado presidente."),
    ("PLAZO", "Nadie ha sido proclamado todavía; el Consejo lo hará en un plazo de diez días."),
    ("PLAZO", "Está previsto que el Consejo proclame al ganador en un plazo de diez días."),
    ("PLAZO", "Según el Consejo, el escrutinio definitivo aún no ha concluido y el ganador se proclamará en diez "
              "días."),
    ("IBANEZ", "Ibáñez no se proclamó ganadora."),
    ("IBANEZ", "Ibáñez no se ha proclamado vencedora y pidió calma a sus seguidores."),
    ("PRELIMINARES", "Según los resultados preliminares, Ibáñez obtiene el 50,8 % de los votos."),
    ("PRELIMINARES", "Ibáñez encabeza el recuento preliminar con el 50,8 % de los votos."),
    ("OLMEDO", "El presidente saliente, Hernán Olmedo, no se ha pronunciado sobre el resultado."),
    ("RECUENTO", "El Consejo aún no ha decidido si acepta la petición de Ferrer."),
    ("RECUENTO", "El Consejo todavía no ha decidido si acepta el recuento de 1.200 mesas."),
    ("RECUENTO", "Ferrer rechaza el resultado y ha pedido el recuento de 1.200 mesas."),
    ("RECUENTO", "Ferrer no acepta el resultado."),
    ("RECUENTO", "El Consejo no ha aceptado ni rechazado la petición."),
    ("RECUENTO", "Si el Consejo acepta la petición, se recontarán 1.200 mesas."),
    ("RECUENTO", "Ferrer pidió al Consejo que acepte el recuento de 1.200 mesas."),
    ("RECUENTO", "El Consejo, que no ha aceptado la petición todavía, debe decidir."),
    ("RECUENTO", "Ferrer ha pedido al Consejo el recuento de 1.200 mesas, que el Consejo aún no ha aceptado."),
    ("RECUENTO", "Ferrer ordenó a su equipo revisar las actas de 1.200 mesas."),
    ("RECUENTO", "El Consejo no ha dicho todavía si accede a la petición de Ferrer."),
    ("RECUENTO", "Ferrer no reconoce el resultado: pide recontar 1.200 mesas, y el Consejo aún no ha decidido si "
                 "acepta."),
    ("RECUENTO", "El Consejo estudia la petición de recuento de 1.200 mesas."),
]


@pytest.mark.parametrize("key, sentence", HONEST)
def test_each_honest_paraphrase_builds(key: str, sentence: str):
    assert found(key, sentence) == [], sentence
