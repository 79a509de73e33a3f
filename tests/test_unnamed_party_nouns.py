"""A figure given to a party its passages never name (unnamed_party_figures.py) reads a passage's party by a
capitalised word of its name or an alias phrase, not by a lowercase common noun of another's name: "Su partido exige
un plan de 400 millones" (Izquierda Verde's, the sentence before naming it) named the "Partido Progresista de
Castilla" by "partido", and the honest "Izquierda Verde exige un plan ... de 400 millones" was refused
(tests/fixtures/newuser144)."""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="ppc", name="Partido Progresista de Castilla", short_name="PPC"),
           Party(id="uc", name="Unión Castellana", short_name="UC"),
           Party(id="iv", name="Izquierda Verde", short_name="IV"))
UNNAMED = "whom its cited passages never name"


@pytest.mark.parametrize("sentence, passage", [
    ("Izquierda Verde exige un plan de vivienda de 400 millones de euros.",
     "Su partido exige un plan de vivienda de 400 millones de euros y la retirada del proyecto."),
    ("Izquierda Verde exige 12.000 viviendas nuevas.", "Su partido exige 12.000 viviendas nuevas."),
])
def test_a_common_noun_of_another_party_s_name_names_no_party(sentence, passage):
    assert not sentence_findings(sentence, (passage,), "es", PARTIES)


def test_a_figure_given_to_a_party_the_passage_names_otherwise_is_still_refused():
    found = sentence_findings("Izquierda Verde exige un plan de vivienda de 400 millones de euros.",
                              ("El Partido Progresista exige un plan de vivienda de 400 millones de euros.",), "es",
                              PARTIES)
    assert found
