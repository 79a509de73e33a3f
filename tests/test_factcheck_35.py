"""A thirty-fifth fact-check: honest wordings the new-user briefings of rounds 32 and 33 still saw refused, each with
two more of its kind on another topic, and misstatements of the same shape that must still be refused.

- A fraction said in Spanish words, bounded or not: "más de dos tercios" for 68,2 %, "la mitad de", "un tercio de"
  (explainer/fractions_said.py reads Spanish fractions and qualifiers beside the English ones; the figure check
  refused "dos" as a figure no passage gives).
- A ratio said of people: "nine in ten", "one out of five", "nueve de cada diez" for 92 % (fractions_said.py reads
  how many of how many as the share it names, with the tolerance "about" has); "Nine" and "ten" were refused as
  figures no passage gives, and "nine in ten" for 60 % was refused only for that.
- A threshold bounded alike: "más de la mitad de los votos" citing "más del 50 %" (and "more than half" citing "more
  than 50%") was refused, as no percentage above 50 was given; a passage's percentage bounded the way the fraction is
  bounded fits it now (fractions_said.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import functools

import pytest
from support import sentence_findings

from conftest import REPO


@functools.cache
def _built_in_locales():
    from explainer.locale import load_locales

    return load_locales(REPO)[0]


def findings(sentence: str, passage: str, language: str) -> list[str]:
    """Return what the build's sentence checks say of one sentence citing one passage, in `language`."""
    from explainer.locale import read_as_written
    from explainer.model import Party

    read_as_written(_built_in_locales())  # Spanish is read with its built-in locale's words, as the build does
    return sentence_findings(sentence, (passage,), language, (
        Party(id="north", name="Northern Alliance"), Party(id="south", name="Southern Front")))


HONEST = [
    # fractions in Spanish words
    ("Votaron más de dos tercios de los electores inscritos.",
     "La participación fue del 68,2 %, frente al 61,5 % de 2020.", "es"),
    ("Más de la mitad de los hogares de la ciudad tiene un perro.",
     "El 55,3 % de los hogares de la ciudad tiene un perro.", "es"),
    ("Casi un tercio de los alumnos aprobó el examen de acceso.",
     "Aprobó el examen de acceso el 31,4 % de los alumnos.", "es"),
    ("Tres cuartos de los encuestados apoyan la reforma.",
     "El 74,6 % de los encuestados apoya la reforma.", "es"),
    # the English fraction, for its Spanish twin
    ("More than two thirds of registered voters turned out.", "Turnout was 68.2%, against 61.5% in 2020.", "en"),
    # ratios said of people
    ("Nine in ten members backed the merger.", "The merger was backed by 92% of members.", "en"),
    ("One out of five households in the city owns a dog.", "Of households in the city, 20.4% own a dog.", "en"),
    ("Roughly 3 in 4 nurses said they had worked unpaid overtime.",
     "Of the nurses surveyed, 76% said they had worked unpaid overtime.", "en"),
    ("Nueve de cada diez socios respaldaron la fusión.", "La fusión fue respaldada por el 92 % de los socios.", "es"),
    ("Uno de cada cinco hogares de la ciudad tiene un perro.", "El 20,4 % de los hogares de la ciudad tiene un perro.",
     "es"),
    ("Más de siete de cada diez pacientes mejoraron.", "Mejoraron el 73 % de los pacientes.", "es"),
    # a threshold the passage bounds as the sentence does: no percentage above 50 fits "more than half", 50 itself does
    ("Según la ley, quien obtenga más de la mitad de los votos válidos gana en primera vuelta.",
     "Según el artículo 112, un candidato que obtenga más del 50 % de los votos válidos es elegido en primera vuelta.",
     "es"),
    ("A motion passes with more than half of the votes cast.", "A motion needs more than 50% of the votes cast.", "en"),
    ("Fewer than a third of the members may call a recount.", "Less than 33.3% of the members may call a recount.",
     "en"),
]


@pytest.mark.parametrize("sentence, passage, language", HONEST, ids=[s[:32] for s, _, _ in HONEST])
def test_an_honest_share_in_words_builds(sentence: str, passage: str, language: str):
    assert findings(sentence, passage, language) == []


MISSTATED = [
    ("More than two thirds of registered voters turned out.", "Turnout was 52%, a record low.", "en",
     '"More than two thirds" (about 67%)'),
    ("Votaron más de dos tercios de los electores inscritos.", "La participación fue del 52 %.", "es",
     '"más de dos tercios" (about 67%)'),
    ("Un tercio de los alumnos aprobó el examen de acceso.", "Aprobó el examen de acceso el 60 % de los alumnos.", "es",
     '"Un tercio" (about 33%)'),
    ("A motion passes with more than half of the votes cast.", "A motion needs at least 50% of the votes cast.", "en",
     '"more than half" (about 50%)'),
    ("Nine in ten members backed the merger.", "The merger was backed by 60% of members.", "en",
     '"Nine in ten" (about 90%)'),
    ("One out of five households in the city owns a dog.", "Of households in the city, 45% own a dog.", "en",
     '"One out of five" (about 20%)'),
    ("Nueve de cada diez socios respaldaron la fusión.", "La fusión fue respaldada por el 60 % de los socios.", "es",
     '"Nueve de cada diez" (about 90%)'),
    ("Más de siete de cada diez pacientes mejoraron.", "Mejoraron el 66 % de los pacientes.", "es",
     '"Más de siete de cada diez" (about 70%)'),
]


@pytest.mark.parametrize("sentence, passage, language, said", MISSTATED, ids=[s[:32] for s, *_ in MISSTATED])
def test_a_misstated_share_in_words_is_refused(sentence: str, passage: str, language: str, said: str):
    found = findings(sentence, passage, language)
    assert any(f"this sentence says {said} where its cited passages give" in line for line in found), found


@pytest.mark.parametrize("sentence, passage", [
    ("Two in 2020 and three in 2021 were closed.", "Two were closed in 2020 and three in 2021."),
    ("The fourth bulletin came out at nine in the morning.", "The fourth bulletin came out at nine in the morning."),
    ("El cuarto boletín del consejo se publicó el jueves.", "El cuarto boletín del consejo se publicó el jueves."),
])
def test_no_share_is_read_where_none_is_said(sentence: str, passage: str):
    language = "es" if "boletín" in sentence else "en"
    assert findings(sentence, passage, language) == []
