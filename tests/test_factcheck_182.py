"""A Spanish dock strike briefing's misses and false refusals (tests/fixtures/newuser_114, read as
tests/test_newuser_114.py reads it: one sentence against one paragraph of a source):

1. False refusals, the giver's word kept: "El sindicato habla de 14.000 contenedores retenidos y la Autoridad
   Portuaria, de 9.500" citing "El Sindicato ... afirma que hay 14.000 contenedores retenidos ... La Autoridad
   Portuaria los cifra en 9.500" was refused as the union's 'afirma' told as fact: a Spanish verb of counting governing
   its figure ("habla de 14.000", "cifra en", "calcula que hay", "contabiliza") says whose count it is
   (explainer/spanish_saying.py, read by attribution.says_whose_word). "Ninguna de las dos cifras de contenedores ha
   podido verificarse" of "Este diario no ha podido verificar ninguna de las dos cifras" was refused so too: a negation
   before a verb of checking keeps the figures unverified (explainer/spanish_unverified.py).
2. A count given to the wrong side: "Según el sindicato, hay 9.500 contenedores retenidos", "El sindicato cifra en
   9.500 ...", "La Autoridad Portuaria afirma que hay 14.000 ..." citing that paragraph built. count_sides.py now reads a
   Spanish giver named by several words ("El Sindicato de Estibadores del Puerto de Valdemar afirma que hay 14.000"), a
   pronoun before its verb ("los cifra en 9.500"), a relative clause with its subject after the verb ("la cifra de
   14.000 contenedores que difunde el sindicato"), and a sentence's one giver by its verb; a giver counting something
   else ("dice que el sindicato cuenta contenedores vacíos") or refusing the figure ("no reconoce la cifra") does not
   back it, and a sentence naming both sides is not judged. A statement's author named by a word two parties share
   ("Valdemar") named both, so "Según la Autoridad Portuaria, hay ya 14.000 ..." of the union's communiqué built
   (explainer/speakers.py authoring_parties, read by party_word.py).
3. An offer told as paid: "La Autoridad Portuaria ha pagado 600 euros a cada trabajador" of "ofrece ... un pago único
   de 600 euros" (explainer/offered_or_asked.py).
4. A strike told as called off: "El sindicato ha desconvocado la huelga de 72 horas" of "podría desconvocarse si ..."
   (explainer/called_off_strikes.py).
5. A corrected figure told as current: "La cifra correcta es del 8 %" of "una versión anterior ... decía que el
   sindicato reclamaba una subida del 8 %. La cifra correcta es del 6 %" (explainer/spanish_corrections.py).

Each with honest Spanish paraphrases that must build.
"""

from __future__ import annotations

import pytest

from support import read_as_project_locale, sentence_findings
from test_newuser_114 import PARTIES, REPO, found


@pytest.fixture(autouse=True)
def spanish_locale(reading_without_project_locales):
    """Read Spanish as a build of the fixture reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "es")


# 1. A giver's verb of counting, and figures no one could check, keep whose word it is
@pytest.mark.parametrize("key, sentence", [
    ("C_CIF", "El sindicato habla de 14.000 contenedores retenidos y la Autoridad Portuaria, de 9.500."),
    ("C_CIF", "El sindicato habla de 14.000 contenedores retenidos."),
    ("C_CIF", "La Autoridad Portuaria calcula que hay 9.500 contenedores retenidos."),
    ("C_CIF", "El sindicato contabiliza 14.000 contenedores retenidos, y la Autoridad Portuaria, 9.500."),
    ("C_CIF", "El sindicato cuenta 14.000 contenedores retenidos y la Autoridad Portuaria los cifra en 9.500."),
    ("C_CIF", "Ninguna de las dos cifras de contenedores ha podido verificarse."),
    ("C_CIF", "Las cifras de contenedores retenidos no han podido comprobarse."),
    ("C_CIF", "Ni la cifra del sindicato ni la de la Autoridad Portuaria han sido verificadas."),
    ("C_CIF", "Las dos cifras de contenedores están sin verificar."),
])
def test_a_giver_s_count_or_an_unchecked_figure_builds(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


@pytest.mark.parametrize("key, sentence", [
    ("C_CIF", "Hay 14.000 contenedores retenidos en los muelles."),
    ("C_CIF", "Este diario ha verificado las dos cifras."),
    ("A_EST", "La huelga cuesta al puerto unos 3 millones de euros diarios."),
])
def test_a_count_told_as_fact_is_still_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


def test_a_court_not_confirming_a_ruling_is_no_check_left_undone():
    from explainer.spanish_unverified import keeps_unverified_in_spanish

    assert not keeps_unverified_in_spanish("El tribunal no confirmó la sentencia.")
    assert not keeps_unverified_in_spanish("Lozano no ha confirmado que vaya a presentar una nueva oferta.")
    assert keeps_unverified_in_spanish("La cifra no ha sido confirmada de forma independiente.")


# 2. A count given to the other side
OTHER_SIDE = "of the other side"
GIVEN_AWAY = "its cited passages are the statement of"


@pytest.mark.parametrize("key, sentence, words", [
    ("C_CIF", "La Autoridad Portuaria afirma que hay 14.000 contenedores retenidos en los muelles.", OTHER_SIDE),
    ("C_CIF", "Según la Autoridad Portuaria, hay 14.000 contenedores retenidos.", OTHER_SIDE),
    ("C_CIF", "El sindicato cifra en 9.500 los contenedores retenidos.", OTHER_SIDE),
    ("C_CIF", "Según el sindicato, hay 9.500 contenedores retenidos en los muelles.", OTHER_SIDE),
    ("C_CIF", "La Autoridad Portuaria habla de 14.000 contenedores retenidos.", OTHER_SIDE),
    ("A_CIF", "Según la Autoridad Portuaria, el número de contenedores retenidos era de 14.000 el domingo.",
     OTHER_SIDE),
    ("S_OCHO", "Según la Autoridad Portuaria, hay ya 14.000 contenedores retenidos en los muelles.", GIVEN_AWAY),
    ("S_REI", "Según la Autoridad Portuaria, hay que subir los salarios un 6 %.", GIVEN_AWAY),
    ("A_MOV", "Según el sindicato, el puerto movió 1,8 millones de contenedores en 2025.", "give them to"),
])
def test_a_count_given_to_the_other_side_is_refused(key: str, sentence: str, words: str):
    assert any(words in finding for finding in found(key, sentence)), (sentence, found(key, sentence))


@pytest.mark.parametrize("key, sentence", [
    ("C_CIF", "El sindicato afirma que hay 14.000 contenedores retenidos; la Autoridad Portuaria los cifra en 9.500."),
    ("C_CIF", "Según la Autoridad Portuaria, hay 9.500 contenedores retenidos."),
    ("C_CIF", "La Autoridad Portuaria cifra en 9.500 los contenedores retenidos."),
    ("C_CIF", "El sindicato asegura que hay 14.000 contenedores retenidos."),
    ("C_CIF", "El Sindicato de Estibadores afirma que hay 14.000 contenedores retenidos en los muelles."),
    ("C_CIF", "La Autoridad Portuaria de Valdemar cifra en 9.500 los contenedores retenidos."),
    ("C_CIF", "Los contenedores retenidos son 14.000 según el sindicato y 9.500 según la Autoridad Portuaria."),
    ("C_CIF", "La Autoridad Portuaria dice que hay 9.500 contenedores retenidos y que el sindicato cuenta contenedores "
              "vacíos."),
    ("C_CIF", "Frente a los 14.000 contenedores que afirma el sindicato, la Autoridad Portuaria los cifra en 9.500."),
    ("C_CIF", "El sindicato sostiene que son 14.000 los contenedores retenidos."),
    ("A_CIF", "Según la Autoridad Portuaria, había 9.500 contenedores retenidos el domingo 8 de marzo."),
    ("A_CIF", "La Autoridad Portuaria no reconoce la cifra de 14.000 contenedores que difunde el sindicato."),
    ("A_CIF", "Según la Autoridad Portuaria, la cifra sindical de 14.000 contenedores incluye contenedores vacíos."),
    ("A_CIF", "Según la Autoridad Portuaria, los 14.000 contenedores que cuenta el sindicato incluyen contenedores "
              "vacíos."),
    ("A_CIF", "La Autoridad Portuaria rechaza la cifra de 14.000 contenedores del sindicato."),
    ("S_OCHO", "El sindicato habla de 14.000 contenedores retenidos en los muelles."),
    ("S_REI", "Según el sindicato, hay que subir los salarios un 6 %."),
    ("A_MOV", "Según la Autoridad Portuaria, el puerto movió 1,8 millones de contenedores en 2025."),
    ("A_MOV", "El puerto de Valdemar movió 1,8 millones de contenedores en 2025, según la Autoridad Portuaria."),
])
def test_each_count_kept_with_its_giver_builds(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


POLICE = "Según la Delegación del Gobierno, 8.000 personas se manifestaron. Los sindicatos, que cifran en 20.000 " \
         "los manifestantes, acusan a la policía de rebajar la cifra."


@pytest.mark.parametrize("sentence, refused", [
    ("La Delegación del Gobierno cifra en 20.000 los manifestantes.", True),
    ("Los sindicatos cifran en 20.000 los manifestantes.", False),
    ("Los sindicatos hablan de 20.000 manifestantes; la Delegación del Gobierno, de 8.000.", False),
    ("Los sindicatos calculan que hubo 20.000 manifestantes, frente a los 8.000 de la Delegación del Gobierno.", False),
    ("La Delegación del Gobierno habla de 8.000 manifestantes.", False),
])
def test_a_giver_s_verb_reads_in_another_passage(sentence: str, refused: bool):
    assert bool(sentence_findings(sentence, (POLICE,), "es", ())) == refused, sentence


# 3. An offer told as paid
@pytest.mark.parametrize("sentence", [
    "La Autoridad Portuaria ha pagado 600 euros a cada trabajador.",
    "La Autoridad Portuaria ha subido los salarios un 2,5 %.",
    "La Autoridad Portuaria concedió una subida del 2,5 %.",
])
def test_an_offer_told_as_paid_is_refused(sentence: str):
    assert any("as paid or given" in finding for finding in found("C_DIS", sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "La Autoridad Portuaria ofrece pagar 600 euros a cada trabajador.",
    "La Autoridad Portuaria ofrece subir los salarios un 2,5 % y pagar 600 euros.",
    "La Autoridad Portuaria no ha pagado los 600 euros que ofrece.",
    "La Autoridad Portuaria pagaría 600 euros a cada trabajador si hay acuerdo.",
    "La Autoridad Portuaria está dispuesta a pagar 600 euros a cada trabajador.",
    "La Autoridad Portuaria propone una subida del 2,5 % y un pago de 600 euros.",
    "Los trabajadores no han cobrado todavía los 600 euros ofrecidos.",
])
def test_an_offer_kept_builds(sentence: str):
    assert found("C_DIS", sentence) == [], sentence


RAISED_OFFER = "La empresa elevó su oferta del 2 % al 2,5 % y ofrece además un pago de 600 euros; el sindicato pide un 6 %."


@pytest.mark.parametrize("sentence, refused", [
    ("La oferta subió al 2,5 %.", False),
    ("La empresa subió su oferta al 2,5 %.", False),
    ("La empresa subió los salarios un 2,5 %.", True),
    ("La empresa ha pagado 600 euros.", True),
])
def test_an_offer_raised_is_no_pay_rise(sentence: str, refused: bool):
    assert bool(sentence_findings(sentence, (RAISED_OFFER,), "es", ())) == refused, sentence


# 4. A strike told as called off
@pytest.mark.parametrize("sentence", [
    "El sindicato ha desconvocado la huelga de 72 horas.",
    "La huelga de 72 horas fue desconvocada.",
])
def test_a_strike_told_as_called_off_is_refused(sentence: str):
    assert any("called off" in finding for finding in found("C_CONV", sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "La huelga de 72 horas podría desconvocarse si las partes llegan a un acuerdo.",
    "El sindicato no ha desconvocado la huelga de 72 horas.",
    "La huelga de 72 horas no ha sido desconvocada.",
    "El sindicato podría desconvocar la huelga de 72 horas si hay acuerdo en Madrid.",
    "La convocatoria de 72 horas sigue en pie, aunque podría desconvocarse con un acuerdo.",
    "Un acuerdo en Madrid permitiría desconvocar la huelga de 72 horas.",
    "La huelga de 72 horas no se ha desconvocado todavía.",
])
def test_a_strike_still_called_builds(sentence: str):
    assert found("C_CONV", sentence) == [], sentence


def test_a_call_off_a_passage_tells_builds():
    passage = "El sindicato había convocado una huelga de 72 horas. El viernes, el sindicato desconvocó la huelga."
    assert sentence_findings("El sindicato ha desconvocado la huelga.", (passage,), "es", PARTIES) == []


# 5. A corrected figure told as current
@pytest.mark.parametrize("sentence", [
    "La cifra correcta es del 8 %.",
    "El sindicato reclamaba una subida del 8 %.",
    "El sindicato reclama una subida del 8 %.",
])
def test_a_figure_corrected_away_is_refused(sentence: str):
    assert any("name wrong" in finding for finding in found("C_COR", sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "El sindicato reclama una subida del 6 %, no del 8 %.",
    "La cifra correcta es del 6 %.",
    "Una versión anterior de esta información decía que el sindicato reclamaba una subida del 8 %.",
    "La crónica atribuyó por error al sindicato una reivindicación del 8 %.",
    "El sindicato reclama un 6 % y no un 8 %, como decía una versión anterior.",
    "La cifra del 8 % era errónea; el sindicato reclama un 6 %.",
    "Inicialmente se publicó que el sindicato pedía un 8 %.",
])
def test_a_correction_kept_builds(sentence: str):
    assert found("C_COR", sentence) == [], sentence
