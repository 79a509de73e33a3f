"""A Spanish-speaking editor's new briefing, a national teachers' strike, from an agency report of ~590 words
(tests/fixtures/newuser_79/seeds/: the union's and the ministry's turnout, "más de 180.000", "alrededor del 62 %",
"un 24,5 %", the union's demand of "un 12 %" and the ministry's offer of "un 4,5 %" and "un 2 %", rejected "ese
mismo día", a quote in « » and one in “ ”, a revised offer that "podría" come, and the dates "el 3 de marzo" and
"el 17 de marzo").

Honest wordings refused, now built: the offer rejected told with an infinitive, "Al rechazar la oferta" or "decidió
rechazar la oferta", of "La FEE rechazó la oferta" (read as dropping its negation: polarity.py counted "rechazó"
as one, never "rechazar").

Misstatements built before, now refused: "La FEE aceptó la oferta" citing "La FEE rechazó la oferta ese mismo día"
(polarity.py compares words of five letters or more, and "FEE" is short: opposite_deeds.py now reads Spanish
accepting, approving and ratifying against rejecting, deeds_spanish.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, line_opening, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_79"
SOURCE = (FIXTURE / "seeds" / "huelga-docentes.txt").read_text(encoding="utf-8")

FEE = Party(id="fee", name="Federación Estatal de Enseñanza", short_name="FEE", role="sindicato",
            aliases=("el sindicato", "Javier Ortega"))
MINISTRY = Party(id="ministerio", name="Ministerio de Educación", short_name="El ministerio", role="gobierno",
                 aliases=("el ministerio", "Carmen Ruiz", "la ministra"))
PARTIES = (FEE, MINISTRY)

REJECTED = "La FEE rechazó la oferta ese mismo día por considerarla «insuficiente y tardía»."
ACCEPTED = "La FEE aceptó la oferta ese mismo día."


def paragraph(opening: str) -> str:
    """Return the source's paragraph that opens with `opening`."""
    return line_opening(SOURCE, opening)


P_OFFER = paragraph("El ministerio ofreció el 28")

HONEST = {
    # refused before this work
    "al-rechazar": ("Al rechazar la oferta del ministerio.", REJECTED),
    "decidio-rechazar": ("La FEE decidió rechazar la oferta del ministerio.", REJECTED),
    "rechazando": ("La FEE respondió rechazando la oferta del ministerio.", REJECTED),
    # built before, kept: the same deed, a negation of the other side, both sides each its own
    "rechazo-kept": ("La FEE rechazó la oferta.", REJECTED),
    "rechaza-kept": ("La FEE rechaza la oferta del ministerio.", REJECTED),
    "no-acepto": ("La FEE no aceptó la oferta.", REJECTED),
    "se-nego-a-aceptar": ("La FEE se negó a aceptar la oferta.", REJECTED),
    "accepted-kept": ("La FEE aceptó la oferta.", ACCEPTED),
    "offer-in-paragraph": ("El ministerio ofreció una subida del 4,5 % en 2025, y la FEE la rechazó ese mismo día.",
                           P_OFFER),
    "other-deed": ("El ministerio aceptó negociar.", REJECTED),
}

MISSTATED = {
    # built before this work
    "acepto": ("La FEE aceptó la oferta.", REJECTED, "this sentence says 'aceptó' where its cited passages say "
                                                      "'rechazó'"),
    "aprobo": ("La FEE aprobó la oferta.", REJECTED, "says 'aprobó' where its cited passages say 'rechazó'"),
    "passive": ("La oferta fue aceptada por la FEE.", REJECTED, "says 'aceptada' where"),
    "rechazo-of-accepted": ("La FEE rechazó la oferta.", ACCEPTED, "says 'rechazó' where its cited passages say "
                                                                   "'aceptó'"),
    "ratifico": ("La FEE ratificó el acuerdo.", "La FEE rechazó el acuerdo.", "says 'ratificó' where"),
    # refused before too, kept refused
    "accepted-with-more-words": ("La FEE aceptó la oferta ese mismo día.", REJECTED, "drops the negation"),
    "union-offered": ("El sindicato ofreció una subida del 4,5 % en 2025.", P_OFFER,
                      "names sindicato where its cited passages name ministerio"),
}


@pytest.fixture(scope="module", autouse=True)
def spanish_locale():
    """Read Spanish as a build of the project does."""
    read_as_project_locale(FIXTURE, "es")


def test_the_briefing_builds(tmp_path: Path):
    """The briefing a Spanish editor wrote from the README alone builds: background, timeline, comparisons, claims,
    quotes in « » and “ ”, caveats, with "más de 180.000", "un 24,5 %" and "la FEE la rechaza"."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "huelga-docentes" / "index.html").read_text(encoding="utf-8")
    for words in ("más de 180.000 profesores", "un 24,5 % del profesorado", "la FEE la rechaza",
                  "No vamos a aceptar otra congelación encubierta", "podría presentar una propuesta revisada"):
        assert words in page, words


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "es", PARTIES) == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "es", PARTIES)
    assert any(named in message for message in found), found
