"""A Spanish briefing written from scratch, as the README tells a new editor to: a disputed presidential election in
Valdoria, from four sources the editor wrote in Spanish (tests/fixtures/newuser_33/seeds/): the electoral
authority's fourth results bulletin ("4.812.330 votos, el 48,7 % de los votos válidos", turnout, actas, tables by
region and province), the losing candidate's statement contesting it ("denunció", "según su campaña"), the
observers' hedged preliminary report ("podrían", "no pudo verificar", "al parecer") and a newspaper's report with a
timeline.

What the new editor met, writing 126 honest sentences the way a Spanish reporter paraphrases: 19 refused, 8 of them
wrongly (2 fixed here; "más de dos tercios" for 68,2 % twice and "nueve de cada diez" for 92 % fixed by factcheck35,
tests/test_factcheck_35.py; unfixed: "las seis de la tarde" for 18:00, "dos días" for 48 horas, "unos dos meses" for
sesenta días), the other 11 rightly (unhedged
roundings, "4,8 millones" for 4.812.330, which the error says to hedge; computed differences, sums and ratios; a date
the source gives as "este jueves"); and of 51 misstatements 29 built. Fixed here, each where its reading lives:
- "menos del 5 %" for 4,7 % and "más del 97 %" for 97,3 %: Spanish joins "de" and "el", and the built-in locale
  read "menos de" and "más de" only (explainer/locales/es.yaml);
- "Al parecer, en algunos centros ..." told without it built: "al parecer" and "aparentemente" hedge, and the present
  "afirma", "asegura", "sostiene" report a speaker's word as "afirmó" does (es.yaml);
- "Garrido obtuvo el 48,7 %" citing "Marta Ibarra, de Renovación Nacional, obtuvo 4.812.330 votos, el 48,7 % ..."
  built: an apposition naming the party itself ("de Renovación Nacional", her party) and a figure in apposition
  (", el 48,7 %") end no clause (explainer/swapped.py);
- "La participación se duplicó" citing 68,2 % against 61,5 % built: Spanish changes by a multiple ("se duplicó",
  "triplicaron") are read as English ones (explainer/attribution.py), and "de 10 millones a 30 millones" or
  "al 68,2 %, desde el 61,5 %" give two levels (explainer/level_ratios.py).
Then 17 of 126 honest sentences were refused, and 26 of 51 misstatements built. Measured again after factcheck37
(tests/test_factcheck_37.py): 15 of 126 honest sentences refused (none more than before it), and 14 of 51 misstatements
build, down from 25 on the code before it. Fixed there: a claim's "según su campaña" or "la campaña afirma" dropped (3),
"ganó" for "lidera" or "según el recuento preliminar" (2), a runoff "si ningún candidato supera ese umbral" told as
certain (2), figures swapped within a table's row (2), "la mayoría en la Región Norte" for the Región Sur (1) and "se
deben a" for "podrían deberse a" (1). Still built: "casi el 50 %" for 48,7 % (the rounding rule allows it), future told
as past ("publicó" for "publicará"), a negated "ningún candidato supera" told as "Ibarra supera", "definitivos" for
"preliminares", a rise told as "bajó", figures swapped between years or between two lists ("240 nacionales y 1.850
internacionales"), 246 "en revisión" for the 418 that are, a place after "de la" ("mesas de la Región Costa"), the
police given the organisers' figure, "2,1 votos" for "2,1 puntos", "ganó en la Región Sur" where the row gives Garrido
more, "se declaró ganadora" for "a las puertas de la victoria", and "la mitad de las actas en revisión", which no
passage says. Factcheck 41 (tests/test_factcheck_41.py) refuses the shapes of 10 of those 14, with their English twins:
"publicó" for "publicará" (where the sentence does not keep the day it was due: "publicó ... el 30 de abril" still
builds, as a briefing written after that day may say it), "Ibarra supera" for "ningún candidato supera", "bajó" where
the sentence gives its two levels ("bajó al 68,2 %, desde el 61,5 %"; "bajó respecto a 2020", with none, still
builds), the years swapped ("61,5 %, frente al 68,2 % de 2020"), the two lists swapped, 246 "en revisión", "mesas de
la Región Costa", the organisers' figure given to the police, "2,1 votos" and "la mitad". Still built: 4 of 51, "casi
el 50 %", "definitivos" in the wording measured then (those tests/test_factcheck_37.py tries are refused), "ganó en la
Región Sur" and "se declaró ganadora".
"""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_33"
BACKGROUND = FIXTURE / "content" / "eleccion-valdoria" / "background.yaml"
IBARRA = ("Según el recuento preliminar, la candidata Marta Ibarra, de Renovación Nacional, obtuvo 4.812.330 votos, "
          "el 48,7 % de los votos válidos.")
GARRIDO = "El candidato Tomás Garrido, de Alianza Cívica, obtuvo 4.604.118 votos, el 46,6 % de los votos válidos."
OTHERS = "Los otros tres candidatos obtuvieron en conjunto 464.402 votos, el 4,7 % de los votos válidos."
TURNOUT = "La participación fue del 68,2 %, frente al 61,5 % de la elección presidencial de 2020."
COUNTED = ("El Consejo Nacional Electoral (CNE) informa de los resultados de la elección presidencial celebrada el 14 "
           "de abril de 2026, con el 97,3 % de las actas escrutadas.")
APPARENTLY = ("Al parecer, en algunos centros de la Región Sur las actas se trasladaron sin la presencia de los testigos "
              "de los partidos.")
SOUTH = "Región Sur: Ibarra 1.021.820 votos (42,6 %); Garrido 1.261.899 votos (52,6 %); participación del 64,0 %."
EXPORTS = "Las exportaciones pasaron de 10 millones a 30 millones en 2025."


@functools.cache
def _built_in_locales():
    from explainer.locale import load_locales

    return load_locales(REPO)[0]


def read_spanish() -> None:
    """Read Spanish with its built-in locale's words, as the build does (conftest resets them before each test)."""
    from explainer.locale import read_as_written

    read_as_written(_built_in_locales())


def findings(sentence: str, *passages: str) -> list[str]:
    """Return what the build's sentence checks say of one Spanish sentence of the briefing citing `passages`."""
    from explainer.model import Party

    read_spanish()
    return sentence_findings(sentence, passages, "es", (
        Party(id="ibarra", name="Marta Ibarra", aliases=("Renovación Nacional",)),
        Party(id="garrido", name="Tomás Garrido", aliases=("Alianza Cívica",))))


def test_the_election_briefing_passes_its_checks(tmp_path: Path):
    result = run_build(fixture_project(FIXTURE, tmp_path / "desk"), "check")
    assert result.code == 0, result.err
    assert "eleccion-valdoria: 69 citations anchored to 69 passages" in result.out


HONEST = {
    "menos-del": ("Los otros tres candidatos sumaron menos del 5 % de los votos válidos.", OTHERS),
    "mas-del": ("Con más del 97 % de las actas escrutadas, ningún candidato había sido proclamado.", COUNTED),
    "hedge-kept": ("Al parecer, en algunos centros de la Región Sur las actas se trasladaron sin testigos de los "
                   "partidos.", APPARENTLY),
    "from-to-levels": ("Las exportaciones se triplicaron en 2025.", EXPORTS),
    "rounded-and-hedged": ("Según el recuento preliminar, Ibarra obtuvo unos 4,8 millones de votos, casi el 49 % de "
                           "los votos válidos.", IBARRA),
    "own-figure-in-apposition": ("Garrido obtuvo cerca de 4,6 millones de votos, el 46,6 % de los votos válidos.",
                                 GARRIDO),
    "claim-kept": ("Garrido afirma que las irregularidades afectan a unos 350.000 votos.",
                   "Garrido afirma que esas irregularidades afectan a unos 350.000 votos."),
    "turnout-rose": ("La participación subió al 68,2 %, desde el 61,5 % de 2020.", TURNOUT),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_spanish_sentence_builds(sentence: str, passage: str):
    assert findings(sentence, passage) == []


def test_the_honest_sentences_stand_in_the_briefing():
    background = BACKGROUND.read_text(encoding="utf-8")
    assert all(sentence in background for sentence, _ in [HONEST["menos-del"], HONEST["turnout-rose"]])


MISSTATEMENTS = {
    "hedge-dropped": ("En algunos centros de la Región Sur las actas se trasladaron sin la presencia de los testigos "
                      "de los partidos.", APPARENTLY, "only as 'Al parecer'"),
    "figure-given-to-the-rival": ("Según el recuento preliminar, Garrido obtuvo el 48,7 % de los votos válidos.",
                                  IBARRA, "names Garrido where its cited passages name Marta Ibarra"),
    "votes-given-to-the-rival": ("Garrido obtuvo 4.812.330 votos.", IBARRA,
                                 "names Garrido where its cited passages name Marta Ibarra"),
    "doubled": ("La participación se duplicó respecto a 2020.", TURNOUT, 'change "duplicó"'),
    "tripled-for-doubled": ("Las exportaciones se triplicaron en 2025.", "Las exportaciones se duplicaron en 2025.",
                            'change "triplicaron"'),
    "present-tense-claim": ("Las irregularidades afectan a unos 350.000 votos.",
                            "Garrido afirma que esas irregularidades afectan a unos 350.000 votos.",
                            "only as the word of Garrido"),
    "more-than-for-less": ("Los otros tres candidatos sumaron más del 5 % de los votos válidos.", OTHERS, "5 %"),
}


@pytest.mark.parametrize("sentence, passage, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_spanish_misstatement_is_refused(sentence: str, passage: str, named: str):
    assert any(named in message for message in findings(sentence, passage)), findings(sentence, passage)


@pytest.mark.parametrize("text, ratios", [
    (EXPORTS, [3]),
    ("La participación subió al 68,2 %, desde el 61,5 %.", [Decimal("68.2") / Decimal("61.5")]),
    ("del 5 % al 15 %", [3]),
    ("más de 10 millones de votos a favor", []),
], ids=["de-a", "desde", "del-al", "no-second-level"])
def test_the_levels_a_spanish_passage_gives(text: str, ratios: list):
    from explainer.level_ratios import level_ratios

    read_spanish()
    assert list(level_ratios(text, "es")) == ratios
