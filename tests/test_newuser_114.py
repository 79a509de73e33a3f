"""A new user's Spanish briefing on a dock workers' strike (tests/fixtures/newuser_114: the Sindicato de Estibadores del
Puerto de Valdemar on strike since Monday 2 March 2026; 14.000 containers held by the union's count, 9.500 by the
Autoridad Portuaria's; an offer of 2,5 % and 600 euros against a demand of 6 % and 1.200 euros; the Ministerio de
Trabajo's minimum-services order of 40 %, suspended for the container terminals, not annulled, by the Tribunal Superior
de Justicia's interim order of 6 March; a 72-hour strike called, not held, for 23-25 March; a mediation meeting in
Madrid on 12 March), written from the README alone with its own commands, from three sources of its own: the union's
communiqué and the port authority's press release (9 March, each a `statement_of` source) and a news report of 10
March ending with a correction. Every content file is used, and the log holds a correction.

Where the README or an error left the editor stuck:

1. A quote's id the same as a citation key ("portavoz") was refused as "citation 'portavoz' is already defined in
   quotes.yaml:17", a line holding no citation but the quote's `words`: it now adds ", as the id of a quote (a quote's
   `id` is also its citation key)" (anchor.py).
2. A comparison's note in the union's column citing its own communiqué, "El sindicato pide que no se sustituya a ningún
   estibador por personal de empresas de trabajo temporal", was refused as the union's word told as fact, though it
   names the union asking; so was "Quiroga habló en el comunicado del sindicato" of the union's communiqué: Spanish
   verbs of asking ("pide", "reclama", "exige", "ofrece", ...) and "habla", after an author named by its name or its
   noun after an article ("El sindicato", "del sindicato"), say whose word it is (spanish_saying.py, read by
   party_word.py).

Read as a fact-checker, 94 misstatements and 30 honest paraphrases were tried against one paragraph each (`found`
below): 35 misstatements built before this work, 30 after it. Fixed:

3. An offer's figure told as the demand, a demand's as the offer, or either as accepted: "La Autoridad Portuaria
   ofrece una subida del 6 % y un pago único de 1.200 euros" and "El sindicato aceptó la subida del 2,5 %" citing "La
   Autoridad Portuaria ofrece una subida del 2,5 % y un pago único de 600 euros; el sindicato reclama un 6 % y 1.200
   euros" (offered_or_asked.py: a figure's side is the word of offering, asking or accepting before it in its clause).

Honest paraphrases still refused by checks this work does not own (left out of HONEST): "El sindicato reclama un 6 %, no
el 2,5 % que ofrece la Autoridad Portuaria" (a negation added: polarity.py), "La Autoridad Portuaria calcula que la
huelga cuesta unos 3 millones de euros al día" of its own release (told as fact: "calcula" is no verb of saying, which
tests/test_newuser_107.py's 'La Junta calcula que ... por el deterioro del río' needs). tests/test_factcheck_186.py made
"Lozano no ha confirmado que vaya a presentar una nueva oferta" and "La Autoridad Portuaria rebaja a 9.500 los 14.000
contenedores que cuenta el sindicato" build, and refused "El tribunal ya ha resuelto el recurso".
tests/test_factcheck_182.py made "El sindicato habla de 14.000 ..." and "Ninguna de las dos cifras ... ha podido
verificarse" build (now in HONEST), and refused 14 of the misstatements below (now in MISSTATEMENTS): a count given to
the other side, an offer told as paid, a strike told as called off, a corrected figure told as current.
LEFTOVER, the misstatements that still build:

  1. La distancia entre las partes es pequeña. (C_DIS)
  2. Según el sindicato, la asamblea rechazó la oferta por 97 votos contra 812. (S_OFE)
  3. Según el sindicato, la oferta cubre la inflación del año pasado. (S_OFE)
  4. Según el sindicato, la inflación del año pasado fue del 2,5 %. (S_OFE)
  5. Según el sindicato, ha rebajado su reivindicación. (S_REI)
  6. Quiroga dijo: "No podemos firmar un acuerdo que hipoteque el futuro del puerto". (A_LOZ)
  7. El Ministerio de Trabajo fijó el 4 de marzo unos servicios mínimos del 20 % de la plantilla. (C_MIN)
  8. El tribunal rebajó los servicios mínimos al 40 % en las terminales de contenedores. (C_MIN)
  9. El tribunal suspendió la orden a petición de la Autoridad Portuaria. (C_MIN)
  10. El tribunal suspendió la orden el 4 de marzo. (C_MIN)
  11. Una versión anterior de esta información decía que el sindicato reclamaba una subida del 6 %. (C_COR)
  12. El Ministerio de Trabajo ha convocado a las partes el jueves 12 de marzo en Valdemar. (C_MED)
  13. El sindicato y la Autoridad Portuaria han vuelto a negociar. (C_MED)
  14. Jorge Ibarra, presidente de la Autoridad Portuaria, pidió una solución rápida. (C_CAM)
  15. El conflicto se alargará al menos dos semanas más. (C_ECO)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_114"
BRIEFING = Path("content") / "huelga-estiba"
PARTIES = (
    Party(id="sindicato", name="Sindicato de Estibadores del Puerto de Valdemar", short_name="Sindicato", role="side",
          aliases=("el sindicato",)),
    Party(id="autoridad", name="Autoridad Portuaria de Valdemar", short_name="Autoridad Portuaria", role="side",
          aliases=("la Autoridad Portuaria",)),
    Party(id="ministerio", name="Ministerio de Trabajo", short_name="Ministerio", role="mediador",
          aliases=("el ministerio",)),
    Party(id="tribunal", name="Tribunal Superior de Justicia", short_name="Tribunal", role="tribunal",
          aliases=("el tribunal",)),
)
UNION = (FIXTURE / "seeds" / "sindicato.txt").read_text(encoding="utf-8")
AUTHORITY = (FIXTURE / "seeds" / "autoridad.txt").read_text(encoding="utf-8")
REPORT = (FIXTURE / "seeds" / "cronica.txt").read_text(encoding="utf-8")
AUTHORS = {"S": "Sindicato de Estibadores del Puerto de Valdemar", "A": "Autoridad Portuaria de Valdemar", "C": ""}



# the union's communiqué (S_), the port authority's press release (A_) and the report (C_), by words each holds
PASSAGES = {
    "S_OCHO": paragraph(UNION, "ocho días"),
    "S_OFE": paragraph(UNION, "812 votos"),
    "S_REI": paragraph(UNION, "Nuestra reivindicación"),
    "S_ORD": paragraph(UNION, "son abusivos"),
    "S_AUTO": paragraph(UNION, "no es firme"),
    "S_CONV": paragraph(UNION, "72 horas"),
    "S_SAL": paragraph(UNION, "2.350 euros"),
    "A_CIF": paragraph(AUTHORITY, "9.500"),
    "A_OFE": paragraph(AUTHORITY, "4,2 millones"),
    "A_LOZ": paragraph(AUTHORITY, "10,1 millones"),
    "A_EST": paragraph(AUTHORITY, "3 millones de euros diarios"),
    "A_SM": paragraph(AUTHORITY, "medida cautelar"),
    "A_BUQ": paragraph(AUTHORITY, "23 buques"),
    "A_SUST": paragraph(AUTHORITY, "personal externo"),
    "A_REU": paragraph(AUTHORITY, "nueva oferta"),
    "A_MOV": paragraph(AUTHORITY, "1,8 millones"),
    "C_MED": paragraph(REPORT, "noveno día"),
    "C_CIF": paragraph(REPORT, "Las cifras del conflicto"),
    "C_DIS": paragraph(REPORT, "La distancia"),
    "C_MIN": paragraph(REPORT, "fijó el 4 de marzo"),
    "C_PORT": paragraph(REPORT, "orden del día"),
    "C_CAM": paragraph(REPORT, "600 camiones"),
    "C_CONV": paragraph(REPORT, "72 horas"),
    "C_2019": paragraph(REPORT, "En 2019"),
    "C_ECO": paragraph(REPORT, "Economistas"),
    "C_COR": paragraph(REPORT, "Corrección"),
}


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a Spanish sentence citing one paragraph of a source (S_ and A_ are each a party's
    statement throughout), read with the built-in Spanish locale as a build reads it."""
    author = AUTHORS[key[0]]
    return sentence_findings(sentence, (PASSAGES[key],), "es", PARTIES, statement_of=author,
                             published="2026-03-10" if key.startswith("C_") else "2026-03-09")


@pytest.fixture(autouse=True)
def spanish_locale(reading_without_project_locales):
    """Read Spanish as a build of the fixture reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "es")


def test_the_briefing_builds_in_spanish(tmp_path: Path):
    """The briefing builds: Spanish labels, notes leading to the three sources, the correction."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "huelga-estiba" / "index.html").read_text(encoding="utf-8").split())
    for words in ('href="../sources/sindicato.html#passage-', 'href="../sources/autoridad.html#passage-',
                  'href="../sources/cronica.html#passage-', "1.200", "9.500", 'lang="es"', "8 %"):
        assert words in page, words


def test_a_quote_s_id_taken_by_a_citation_says_it_is_a_quote_s(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "quotes.yaml", "  - id: portavoz-ministerio", "  - id: portavoz")
    result = run_build(desk, "check")
    assert result.code == 1 and "citation 'portavoz' is already defined in content/huelga-estiba/quotes.yaml:17, " \
        "as the id of a quote (a quote's `id` is also its citation key)" in result.err, result.err


def test_two_citations_of_one_key_keep_their_message(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "caveats.yaml", "  sin-fecha:", "  reunion:")
    result = run_build(desk, "check")
    assert result.code == 1 and "citation 'reunion' is already defined in" in result.err, result.err
    assert "as the id of a quote" not in result.err, result.err


FIXED = [
    ('C_DIS', 'El sindicato aceptó la subida del 2,5 %.'),
    ('C_DIS', 'La Autoridad Portuaria ofrece una subida del 6 % y un pago único de 1.200 euros.'),
    ('C_DIS', 'El sindicato reclama un 2,5 % y 600 euros.'),
    ('C_DIS', 'La Autoridad Portuaria ofrece una subida del 2,5 % y un pago único de 1.200 euros.'),
    ('C_DIS', 'El sindicato reclama un 6 % y 600 euros.'),
]
MISSTATEMENTS = [
    ('C_CIF', 'Hay 14.000 contenedores retenidos en los muelles.'),
    ('C_CIF', 'Este diario ha verificado las dos cifras.'),
    ('C_CIF', 'Según el sindicato, la Autoridad Portuaria cuenta contenedores vacíos.'),
    ('A_CIF', 'Según el sindicato, el número de contenedores retenidos era de 9.500 el domingo 8 de marzo.'),
    ('A_CIF', 'La Autoridad Portuaria reconoce la cifra de 14.000 contenedores que difunde el sindicato.'),
    ('A_CIF', 'Según la Autoridad Portuaria, había 9.500 contenedores retenidos el sábado 8 de marzo.'),
    ('S_OCHO', 'Según el sindicato, hay ya 41.000 contenedores retenidos en los muelles.'),
    ('S_OCHO', 'Según el sindicato, la huelga empezó el lunes 9 de marzo.'),
    ('S_OCHO', 'Según el sindicato, la huelga empezó el martes 2 de marzo.'),
    ('S_OCHO', 'Según el sindicato, los paros afectan a 1.500 estibadores.'),
    ('C_DIS', 'La asamblea de los trabajadores aceptó la oferta el sábado.'),
    ('S_OFE', 'Según el sindicato, la asamblea aceptó la oferta por 812 votos contra 97.'),
    ('S_OFE', 'Según el sindicato, la asamblea rechazó la oferta el domingo 7 de marzo.'),
    ('S_REI', 'Según el sindicato, pide una subida del 2,5 % para 2026.'),
    ('S_REI', 'Según el sindicato, pide una subida del 6 % para 2027.'),
    ('A_OFE', 'Según el sindicato, la oferta supondría un coste de 4,2 millones de euros al año.'),
    ('A_OFE', 'Según la Autoridad Portuaria, la oferta supondría un coste de 10,1 millones de euros al año.'),
    ('A_OFE', 'La Autoridad Portuaria ha aprobado una cláusula de revisión salarial para 2027.'),
    ('A_OFE', 'Según la Autoridad Portuaria, la oferta es una subida del 6 % para 2026.'),
    ('A_OFE', 'La Autoridad Portuaria ha retirado su oferta.'),
    ('A_LOZ', 'Según la Autoridad Portuaria, la subida del 2,5 % costaría 10,1 millones de euros al año.'),
    ('A_LOZ', 'Lozano dijo que la subida del 6 % costaría 4,2 millones de euros al año.'),
    ('C_MIN', 'El Tribunal Superior de Justicia anuló la orden de servicios mínimos.'),
    ('C_MIN', 'La sentencia del Tribunal Superior de Justicia es firme.'),
    ('C_MIN', 'El Tribunal Superior de Justicia suspendió definitivamente la orden de servicios mínimos.'),
    ('C_MIN', 'El tribunal resolverá el recurso en una sentencia el 12 de marzo.'),
    ('S_AUTO', 'Según el sindicato, el auto es firme.'),
    ('S_AUTO', 'Según el sindicato, el tribunal ya ha decidido sobre el fondo del recurso.'),
    ('S_AUTO', 'Según el sindicato, la orden ya no está vigente para los buques de pasajeros.'),
    ('S_AUTO', 'Según el sindicato, el auto del jueves 6 de marzo suspendió la orden.'),
    ('A_SM', 'Según la Autoridad Portuaria, el tribunal se ha pronunciado sobre el fondo.'),
    ('A_SM', 'La Autoridad Portuaria ha recurrido el auto ante el Tribunal Supremo.'),
    ('A_SM', 'Según la Autoridad Portuaria, la sentencia es definitiva.'),
    ('C_CONV', 'El sindicato hizo una huelga de 72 horas los días 23, 24 y 25 de marzo.'),
    ('C_CONV', 'Los estibadores pararon 72 horas los días 23, 24 y 25 de marzo.'),
    ('C_CONV', 'El sindicato ha convocado una huelga de 48 horas para los días 23, 24 y 25 de marzo.'),
    ('S_CONV', 'Según el sindicato, la huelga de 72 horas se celebró los días 23, 24 y 25 de marzo.'),
    ('S_CONV', 'Según el sindicato, la convocatoria se registró el sábado 8 de marzo.'),
    ('A_EST', 'Según el sindicato, la huelga cuesta al puerto unos 3 millones de euros diarios.'),
    ('A_EST', 'La huelga cuesta al puerto y a las empresas unos 3 millones de euros diarios.'),
    ('A_EST', 'Según la Autoridad Portuaria, la cifra ha sido verificada por un organismo independiente.'),
    ('A_EST', 'Según la Autoridad Portuaria, la huelga cuesta unos 3 millones de euros a la semana.'),
    ('A_BUQ', 'Según la Autoridad Portuaria, dos navieras han trasladado sus rutas de forma permanente.'),
    ('A_BUQ', 'Según la Autoridad Portuaria, 32 buques han desviado su escala.'),
    ('A_SUST', 'Según la Autoridad Portuaria, ha contratado personal externo para sustituir a los estibadores.'),
    ('A_REU', 'Según la Autoridad Portuaria, presentará una nueva oferta en la reunión del jueves.'),
    ('A_REU', 'Lozano confirmó que la Autoridad Portuaria presentará una nueva oferta.'),
    ('A_MOV', 'Según la Autoridad Portuaria, el puerto movió 1,8 millones de contenedores en 2025, un 7 % menos que en 2024.'),
    ('S_SAL', 'Según la Autoridad Portuaria, los estibadores cobran de media 2.350 euros brutos al mes.'),
    ('S_SAL', 'Según el sindicato, la Autoridad Portuaria cerró 2025 con pérdidas de 41 millones de euros.'),
    ('S_SAL', 'La Autoridad Portuaria cerró 2025 con un beneficio de 41 millones de euros.'),
    ('C_MED', 'El Ministerio de Trabajo ha convocado a las partes el viernes 12 de marzo en Madrid.'),
    ('C_MED', 'La huelga entró el martes en su octavo día.'),
    ('C_PORT', 'El ministerio presentará una propuesta propia en la reunión del jueves.'),
    ('C_PORT', 'Según un portavoz, el ministerio es parte en el conflicto.'),
    ('C_CAM', 'Unos 6.000 camiones esperan cada día a las puertas del puerto.'),
    ('C_2019', 'En 2019, una huelga de cinco semanas terminó con una subida del 2 %.'),
    ('C_2019', 'En 2019, una huelga de cinco días terminó con una subida del 2,5 %.'),
    ('C_ECO', 'Los economistas de la Universidad de Valdemar dan por seguro que el conflicto se alargará dos semanas más.'),
    ('C_CIF', 'La Autoridad Portuaria afirma que hay 14.000 contenedores retenidos en los muelles.'),
    ('C_CIF', 'Según la Autoridad Portuaria, hay 14.000 contenedores retenidos.'),
    ('C_CIF', 'El sindicato cifra en 9.500 los contenedores retenidos.'),
    ('C_CIF', 'Según el sindicato, hay 9.500 contenedores retenidos en los muelles.'),
    ('A_CIF', 'Según la Autoridad Portuaria, el número de contenedores retenidos era de 14.000 el domingo.'),
    ('S_OCHO', 'Según la Autoridad Portuaria, hay ya 14.000 contenedores retenidos en los muelles.'),
    ('C_DIS', 'La Autoridad Portuaria ha subido los salarios un 2,5 %.'),
    ('C_DIS', 'La Autoridad Portuaria ha pagado 600 euros a cada trabajador.'),
    ('S_REI', 'Según la Autoridad Portuaria, hay que subir los salarios un 6 %.'),
    ('C_CONV', 'El sindicato ha desconvocado la huelga de 72 horas.'),
    ('C_COR', 'El sindicato reclamaba una subida del 8 %.'),
    ('C_COR', 'La cifra correcta es del 8 %.'),
    ('A_BUQ', 'Según el sindicato, 23 buques han desviado su escala a otros puertos.'),
    ('A_MOV', 'Según el sindicato, el puerto movió 1,8 millones de contenedores en 2025.'),
]
HONEST = [
    ('C_CIF', 'El sindicato afirma que hay 14.000 contenedores retenidos; la Autoridad Portuaria los cifra en 9.500.'),
    ('C_CIF', 'Según la Autoridad Portuaria, los contenedores retenidos son 9.500, no 14.000 como dice el sindicato.'),
    ('A_CIF', 'La Autoridad Portuaria cifra en 9.500 los contenedores retenidos el domingo 8 de marzo.'),
    ('S_OCHO', 'Según el sindicato, hay 14.000 contenedores retenidos en los muelles.'),
    ('S_OCHO', 'El sindicato dice que la huelga empezó el lunes 2 de marzo.'),
    ('C_DIS', 'La Autoridad Portuaria ofrece un 2,5 % y 600 euros, y el sindicato pide un 6 % y 1.200 euros.'),
    ('C_DIS', 'El sindicato reclama una subida del 6 % y un pago de 1.200 euros.'),
    ('C_DIS', 'La asamblea rechazó la oferta de la Autoridad Portuaria el sábado.'),
    ('C_DIS', 'Los trabajadores no aceptaron la oferta.'),
    ('S_OFE', 'Según el sindicato, la asamblea rechazó la oferta por 812 votos a favor del rechazo y 97 en contra.'),
    ('S_OFE', 'El sindicato sostiene que la oferta no cubre la inflación del 3,1 % del año pasado.'),
    ('S_REI', 'El sindicato pide una subida del 6 % para 2026.'),
    ('A_OFE', 'Según la Autoridad Portuaria, su oferta costaría 4,2 millones de euros al año.'),
    ('A_OFE', 'La Autoridad Portuaria ofrece estudiar una cláusula de revisión salarial para 2027.'),
    ('A_LOZ', 'Lozano afirma que la subida del 6 % costaría 10,1 millones de euros al año.'),
    ('C_MIN', 'El tribunal suspendió cautelarmente la orden en las terminales de contenedores el 6 de marzo.'),
    ('C_MIN', 'La decisión del tribunal es provisional y el recurso aún no está resuelto.'),
    ('C_MIN', 'El tribunal rebajó los servicios mínimos al 20 % en las terminales de contenedores.'),
    ('S_AUTO', 'Según el sindicato, el auto no es firme.'),
    ('C_CONV', 'El sindicato ha convocado una huelga de 72 horas para los días 23, 24 y 25 de marzo si no hay acuerdo.'),
    ('C_CONV', 'La huelga de 72 horas todavía no se ha celebrado.'),
    ('C_COR', 'El sindicato reclama una subida del 6 %, no del 8 %.'),
    ('A_BUQ', 'Según la Autoridad Portuaria, 23 buques han desviado su escala desde el inicio de la huelga.'),
    ('C_MED', 'El ministerio, que media en el conflicto, ha convocado a las partes el jueves 12 de marzo en Madrid.'),
    ('C_ECO', 'Unos economistas consideran probable que el conflicto se alargue al menos dos semanas más.'),
    ('C_MIN', 'El Ministerio de Trabajo fijó unos servicios mínimos del 40 % el 4 de marzo.'),
    ('C_CIF', 'Este diario no ha podido verificar ninguna de las dos cifras.'),
    ('C_PORT', 'Según fuentes del ministerio, el ministerio no presentará una propuesta propia.'),
    ('A_REU', 'Según la Autoridad Portuaria, Lozano espera que el encuentro sirva para acercar posturas.'),
    ('C_CIF', 'El sindicato habla de 14.000 contenedores retenidos y la Autoridad Portuaria, de 9.500.'),
    ('C_CIF', 'Ninguna de las dos cifras de contenedores ha podido verificarse.'),
]


@pytest.mark.parametrize("key, sentence", FIXED)
def test_an_offer_told_as_the_demand_or_as_accepted_is_refused(key: str, sentence: str):
    assert any("as offered" in finding or "as asked for" in finding or "as accepted" in finding
               for finding in found(key, sentence)), sentence


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


@pytest.mark.parametrize("key, sentence", HONEST)
def test_each_honest_paraphrase_builds(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("sentence", [
    "La Autoridad Portuaria ofrece un 2,5 %, lejos del 6 % que pide el sindicato.",
    "Frente al 6 % que reclama el sindicato, la Autoridad Portuaria ofrece un 2,5 %.",
    "El sindicato pide más que el 2,5 % ofrecido.",
    "El sindicato no aceptó la subida del 2,5 %.",
    "El sindicato rechaza la oferta del 2,5 % y reclama un 6 %.",
    "La oferta es del 2,5 % y 600 euros; la reivindicación, del 6 % y 1.200 euros.",
    "El sindicato exige un 6 % y 1.200 euros, y la Autoridad Portuaria ofreció un 2,5 % y 600 euros.",
    "Los estibadores piden una subida del 6 %.",
    "La Autoridad Portuaria ofreció un pago único de 600 euros.",
    "La subida ofrecida es del 2,5 %; la pedida, del 6 %.",
    "La oferta de la Autoridad Portuaria, un 2,5 %, no convence al sindicato.",
])
def test_an_offer_and_a_demand_kept_build(sentence: str):
    assert found("C_DIS", sentence) == []


@pytest.mark.parametrize("sentence", [
    "Los estibadores piden una subida del 2,5 %.",
    "La oferta es del 6 % y 1.200 euros.",
    "La reivindicación del sindicato es del 2,5 %.",
    "El sindicato aceptó el pago único de 600 euros.",
])
def test_an_offer_and_a_demand_swapped_are_refused(sentence: str):
    assert any("its cited passages give it only as" in finding for finding in found("C_DIS", sentence)), sentence


def test_an_acceptance_a_passage_tells_of_is_not_judged():
    passage = "La Autoridad Portuaria ofreció un 2,5 %. El sindicato aceptó el 2,5 % el viernes."
    assert sentence_findings("El sindicato aceptó el 2,5 %.", (passage,), "es", PARTIES) == []


@pytest.mark.parametrize("key, sentence", [
    ("S_REI", "El sindicato pide que no se sustituya a ningún estibador por personal de empresas de trabajo temporal."),
    ("S_REI", "El sindicato reclama una subida del 6 % para 2026 y un pago de 1.200 euros por trabajador."),
    ("S_REI", "El Sindicato de Estibadores exige una subida del 6 % para 2026."),
    ("A_OFE", "La Autoridad Portuaria se ha ofrecido a estudiar una cláusula de revisión salarial para 2027."),
    ("A_OFE", "La Autoridad Portuaria ofrece estudiar una cláusula de revisión salarial para 2027."),
    ("A_LOZ", "Lozano habló en la nota de prensa de la Autoridad Portuaria."),
])
def test_an_author_named_asking_or_estimating_builds(key: str, sentence: str):
    assert found(key, sentence) == []


@pytest.mark.parametrize("key, sentence", [
    ("S_REI", "Pedimos que no se sustituya a ningún estibador por personal de empresas de trabajo temporal."),
    ("S_REI", "No se sustituirá a ningún estibador por personal de empresas de trabajo temporal."),
    ("S_REI", "El ministerio pide que no se sustituya a ningún estibador por personal de empresas de trabajo temporal."),
    ("A_EST", "La huelga cuesta al puerto unos 3 millones de euros diarios."),
    ("A_EST", "El sindicato calcula que la huelga cuesta unos 3 millones de euros diarios."),
    ("A_LOZ", "El sindicato habló de una subida del 6 % que costaría 10,1 millones de euros al año."),
])
def test_a_statement_told_as_fact_or_given_to_another_is_still_refused(key: str, sentence: str):
    assert found(key, sentence), sentence
