"""Honest sentences the figures and hedges checks refused, each made to build narrowly, the misstatement each check
was written for kept refused (fixtures newuser_134, newuser_132, newuser_129):

1. A document's accusation inside a sentence of fact (the new explainer/document_accusations.py, read by
   attribution.dropped_attribution): "The judge ruled the article defamatory" citing "... a High Court judge ruled on
   Thursday that an article accusing him of having "fixed" a match was defamatory" was refused as someone's word
   ('accusing'), as was every plain telling of the verdict. Now the "accusing ... of" phrase after a document's noun
   passes on the article's word alone; "Okafor fixed a match" (any word of what it accuses of) stays refused.
2. A clause of place opened by its own attribution (explainer/plain_clauses.py): "Ferrer no reconoce el resultado y ha
   pedido el recuento de 1.200 mesas" citing "... el candidato anunció que ha pedido al Consejo el recuento de 1.200
   mesas en cuatro provincias, donde, según su equipo, las actas presentan "inconsistencias aritméticas" ...", a
   passage the claims give as Ferrer's, was refused as someone's word ('según'); "Las actas presentan inconsistencias
   aritméticas" stays refused.
3. A range spanning two counts of one passage (the new explainer/ranges_of_estimates.py): "La protesta reunió a entre
   5.000 y 20.000 personas" citing "unas 5.000 personas según la policía, 20.000 según los organizadores" was refused
   as qualified otherwise than "unas 5.000"; "al menos 5.000" and "entre 5.000 y 8.000" stay refused.
4. A maximum told as reached (the new explainer/reached_maxima.py): Italian "L'acciaieria arrivava a produrre 1,8
   milioni di tonnellate" citing "produceva fino a 1,8 milioni di tonnellate" (and Spanish "llegaba a producir" of
   "hasta") was refused as leaving out the qualifier; the plain "produceva 1,8 milioni" stays refused.

Each with its honest twins, and its misstatement twins kept refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.attribution import Cited, dropped_attribution
from support import checked_fixture_project, edit, found_in_language

# 1. A document's accusation inside a sentence of fact
RULING = ('The footballer Danny Okafor has won his libel claim against the Daily Courier, after a High Court judge '
          'ruled on Thursday that an article accusing him of having "fixed" a match was defamatory.')
LAWSUIT = ("A lawsuit accusing Acme of defrauding pensioners was filed in Harlan County on Monday, and the company "
           "has 30 days to respond.")
REPORT = "The union published a report accusing the company of cutting 300 jobs, which the company denies."
ACCUSING = "someone's word ('accusing')"


@pytest.mark.parametrize("sentence, passage", [
    ("The judge ruled the article defamatory.", RULING),
    ("Okafor won his libel claim against the Daily Courier.", RULING),
    ("A High Court judge ruled that the article was defamatory.", RULING),
    ("The article was defamatory, a judge ruled.", RULING),
    ("On Thursday, a High Court judge found the Courier's article defamatory.", RULING),
    ("The Daily Courier lost the libel case brought by Danny Okafor.", RULING),
    ("The judge held that the article defamed Okafor.", RULING),
    ("A judge decided on Thursday that the article was defamatory.", RULING),
    ("The footballer won his claim after the court ruled the article defamatory.", RULING),
    ("A lawsuit was filed against Acme in Harlan County on Monday.", LAWSUIT),
    ("Acme has 30 days to respond to the lawsuit filed on Monday.", LAWSUIT),
    ("The union published a report.", REPORT),
])
def test_a_fact_told_beside_a_documents_accusation_builds(sentence: str, passage: str):
    assert not [f for f in found_in_language("en", sentence, passage) if ACCUSING in f]


@pytest.mark.parametrize("sentence, passage", [
    ("Okafor fixed a match.", RULING),
    ("Okafor was found to have fixed a match.", RULING),
    ("The footballer had fixed a game.", RULING),
    ("The article was right that Okafor fixed a match.", RULING),
    ("Okafor had fixed a match, the judge ruled.", RULING),
    ("The company cut 300 jobs.", REPORT),
])
def test_what_a_document_accuses_of_told_as_fact_is_still_refused(sentence: str, passage: str):
    assert any(ACCUSING in f for f in found_in_language("en", sentence, passage))


# 2. A clause of place opened by its own attribution, in a passage the claims give as a party's
RECOUNT = Cited('Ferrer no reconoce el resultado. En una comparecencia ante la prensa en la sede de su partido, Alianza '
                'Republicana, el candidato anunció que ha pedido al Consejo el recuento de 1.200 mesas en cuatro '
                'provincias, donde, según su equipo, las actas presentan "inconsistencias aritméticas". El Consejo no '
                'ha decidido todavía si acepta la petición.', "es")
SEGUN = "someone's word ('según')"


@pytest.mark.parametrize("sentence", [
    "Ferrer no reconoce el resultado y ha pedido el recuento de 1.200 mesas.",
    "Ferrer ha pedido el recuento de 1.200 mesas en cuatro provincias.",
    "Ferrer no acepta el resultado y ha solicitado al Consejo el recuento de 1.200 mesas en cuatro provincias.",
    "En una comparecencia ante la prensa, Ferrer anunció que ha pedido el recuento de 1.200 mesas.",
    "Ferrer ha pedido al Consejo recontar 1.200 mesas en cuatro provincias.",
])
def test_a_request_told_beside_a_clause_of_place_its_own_attribution_opens_builds(sentence: str):
    assert not dropped_attribution(sentence, [RECOUNT], claimed=(RECOUNT,))


@pytest.mark.parametrize("sentence", [
    "Las actas de 1.200 mesas presentan inconsistencias aritméticas.",
    "En cuatro provincias las actas presentan inconsistencias aritméticas.",
    "Ferrer ha pedido el recuento de 1.200 mesas porque las actas presentan inconsistencias aritméticas.",
])
def test_what_the_clause_of_place_attributes_told_as_fact_is_still_refused(sentence: str):
    assert SEGUN in dropped_attribution(sentence, [RECOUNT], claimed=(RECOUNT,))[0].message


def test_the_request_builds_citing_the_whole_paragraph_in_the_briefing(tmp_path: Path):
    desk = checked_fixture_project(REPO / "tests" / "fixtures" / "newuser_132", tmp_path / "desk")
    edit(desk / "content" / "segunda-vuelta-costalta" / "briefing.yaml", 'mesas en cuatro provincias"',
         'mesas en cuatro provincias, donde, según su equipo, las actas presentan \\"inconsistencias aritméticas\\". '
         'El Consejo no ha decidido todavía si acepta la petición."')
    result = run_build(desk, "check")
    assert result.code == 0, result.err


# 3. A range spanning two counts of one passage
PROTEST = ("El martes por la tarde, miles de simpatizantes de Ferrer se concentraron frente a la sede del Consejo en "
           "Puerto Salinas. La protesta reunió a unas 5.000 personas según la policía, 20.000 según los organizadores.")
MARCH = "The protest drew about 5,000 people according to police, 20,000 according to the organisers."
QUALIFIED = "qualified otherwise than"


@pytest.mark.parametrize("language, sentence, passage", [
    ("es", "La protesta reunió a entre 5.000 y 20.000 personas.", PROTEST),
    ("es", "Entre 5.000 y 20.000 personas se concentraron frente a la sede del Consejo.", PROTEST),
    ("es", "La protesta reunió a entre 5.000 y 20.000 personas, según la policía y los organizadores.", PROTEST),
    ("es", "La protesta reunió a entre unas 5.000 y 20.000 personas.", PROTEST),
    ("en", "The protest drew between 5,000 and 20,000 people.", MARCH),
    ("en", "Between 5,000 and 20,000 people joined the protest.", MARCH),
])
def test_a_range_spanning_two_counts_builds(language: str, sentence: str, passage: str):
    assert found_in_language(language, sentence, passage) == []


@pytest.mark.parametrize("language, sentence, passage", [
    ("es", "La protesta reunió a entre 5.000 y 8.000 personas.", PROTEST),
    ("es", "La protesta reunió al menos a 5.000 personas.", PROTEST),
    ("es", "La protesta reunió a más de 5.000 personas.", PROTEST),
    ("en", "The protest drew at least 5,000 people.", MARCH),
    ("en", "The protest drew between 5,000 and 6,000 people.", MARCH),
])
def test_a_floor_or_a_range_beyond_the_counts_is_still_refused(language: str, sentence: str, passage: str):
    assert any(QUALIFIED in f for f in found_in_language(language, sentence, passage))


# 4. A maximum told as reached
STEEL = ("L'acciaieria di Valmarena, aperta nel 1962, produceva fino a 1,8 milioni di tonnellate di acciaio all'anno. "
         "Nel 2025, secondo i dati dell'azienda, la produzione è scesa a 1,1 milioni di tonnellate.")
ACERO = "La acería de Valmarena, abierta en 1962, producía hasta 1,8 millones de toneladas de acero al año."


@pytest.mark.parametrize("language, sentence, passage", [
    ("it", "L'acciaieria arrivava a produrre 1,8 milioni di tonnellate di acciaio all'anno.", STEEL),
    ("it", "L'acciaieria di Valmarena arrivava a 1,8 milioni di tonnellate di acciaio all'anno.", STEEL),
    ("it", "Aperta nel 1962, l'acciaieria è arrivata a produrre 1,8 milioni di tonnellate l'anno.", STEEL),
    ("it", "Un tempo l'acciaieria arrivava a sfornare 1,8 milioni di tonnellate di acciaio all'anno.", STEEL),
    ("it", "La produzione dell'acciaieria arrivava a 1,8 milioni di tonnellate all'anno.", STEEL),
    ("it", "L'acciaieria giungeva a produrre 1,8 milioni di tonnellate di acciaio all'anno.", STEEL),
    ("it", "L'acciaieria poteva arrivare a produrre 1,8 milioni di tonnellate di acciaio all'anno.", STEEL),
    ("it", "L'acciaieria produceva fino a 1,8 milioni di tonnellate di acciaio all'anno.", STEEL),
    ("es", "La acería llegaba a producir 1,8 millones de toneladas de acero al año.", ACERO),
])
def test_a_maximum_told_as_reached_builds(language: str, sentence: str, passage: str):
    assert found_in_language(language, sentence, passage) == []


@pytest.mark.parametrize("language, sentence, passage, words", [
    ("it", "L'acciaieria produceva 1,8 milioni di tonnellate di acciaio all'anno.", STEEL, "leaves out the qualifier"),
    ("it", "L'acciaieria produceva in media 1,8 milioni di tonnellate di acciaio all'anno.", STEEL,
     "leaves out the qualifier"),
    ("it", "L'acciaieria arrivava a Valmarena e produceva 1,8 milioni di tonnellate.", STEEL, "leaves out the qualifier"),
    ("it", "L'acciaieria arrivava a produrre oltre 1,8 milioni di tonnellate di acciaio all'anno.", STEEL,
     "contradicts"),
    ("es", "La acería producía 1,8 millones de toneladas de acero al año.", ACERO, "leaves out the qualifier"),
])
def test_the_plain_figure_of_an_up_to_is_still_refused(language: str, sentence: str, passage: str, words: str):
    assert any(words in f for f in found_in_language(language, sentence, passage))
