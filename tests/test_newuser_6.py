"""A Spanish newsroom's regional-election briefing, written by a new user as the README sets a project up.

A source that names no `language` is read in the site's: a Spanish library's "38,4 %" backs a Spanish briefing's
"38,4 %" (read as English it was 38 and 4, and the honest figure was refused). And the reporting words a project
locale lists under `according_to` ("según", "declaró", "dijo") name speakers as "according to" and "said" do, so
"declaró la líder de la Unión Ciudadana" citing "declaró la líder de Alternativa Norte" is refused.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from conftest import run_build
from support import locale_from_english, minimal_project, refused_with

SPANISH_MONTHS = ("[enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, "
                  "diciembre]")
WORDS = "weekdays: [lunes, martes, miércoles, jueves, viernes, sábado, domingo]\naccording_to: [según, declaró, dijo]\n"
SOURCE = ("Elecciones en Valdoria\n\n"
          "El Partido Verde fue la fuerza más votada con el 38,4 % de los votos el domingo 14 de marzo de 2027.\n\n"
          "«No tenemos prisa», declaró la líder de Alternativa Norte.\n\n"
          "Según Alternativa Norte, la negociación será larga.\n")


def election_project(tmp_path: Path, summary: str, quote: str) -> Path:
    """Return a project whose site is in Spanish, with a Spanish locale and one source that names no language,
    and one briefing (language left out: the site's) whose summary, on line 3, cites `quote` as [^a]."""
    root = minimal_project(tmp_path / "project")
    shutil.rmtree(root / "content" / "flood")
    (root / "locales").mkdir()
    (root / "locales" / "es.yaml").write_text(locale_from_english(SPANISH_MONTHS, words=WORDS), encoding="utf-8")
    (root / "content" / "site.yaml").write_text("title: Explicadores\ndescription: Explicadores citados.\n"
                                                "language: es\n", encoding="utf-8")
    (root / "seeds" / "cronica.txt").write_text(SOURCE, encoding="utf-8")
    (root / "content" / "sources.yaml").write_text(
        "sources:\n  - id: cronica\n    file: cronica.txt\n    title: Elecciones en Valdoria\n    publisher: unknown\n"
        f"    date: unknown\n    sha256: {hashlib.sha256(SOURCE.encode()).hexdigest()}\n", encoding="utf-8")
    (root / "content" / "valdoria").mkdir()
    (root / "content" / "valdoria" / "briefing.yaml").write_text(
        f"title: Elecciones en Valdoria\nsummary: |\n  {summary}[^a]\nupdates:\n  - date: 2027-03-15\n"
        "    kind: update\n    text: Publicado.\nparties:\n  - id: an\n    name: Alternativa Norte\n  - id: uc\n"
        f"    name: Unión Ciudadana\ncitations:\n  a:\n    source: cronica\n    quote: \"{quote}\"\n", encoding="utf-8")
    return root


VOTES = "fue la fuerza más votada con el 38,4 % de los votos el domingo 14 de marzo de 2027"


def test_a_source_that_names_no_language_is_read_in_the_sites_and_its_decimal_comma_backs_the_briefings(
        tmp_path: Path):
    root = election_project(tmp_path, "El Partido Verde ganó con el 38,4 % de los votos el domingo 14 de marzo de "
                                      "2027.", VOTES)
    result = run_build(root, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("written, wrong", [("38,5 %", 'figure "38,5 %"'), ("domingo 15 de marzo", "date")])
def test_a_figure_or_date_changed_against_a_source_read_in_the_sites_language_is_still_refused(
        tmp_path: Path, written: str, wrong: str):
    summary = f"El Partido Verde ganó con el 38,4 % de los votos el domingo 14 de marzo de 2027.".replace(
        "38,4 %" if "%" in written else "domingo 14 de marzo", written)
    refused_with(election_project(tmp_path, summary, VOTES), "content/valdoria/briefing.yaml:3:", wrong)


def test_cite_reads_a_source_that_names_no_language_in_the_sites(tmp_path: Path):
    root = election_project(tmp_path, "El Partido Verde ganó con el 38,4 % de los votos.", VOTES)
    result = run_build(root, "cite", "cronica", "el 38,4 % de los votos")
    assert result.code == 0, result.err
    assert 'quote: "el 38,4 % de los votos"' in result.out or "quote: el 38,4 % de los votos" in result.out


@pytest.mark.parametrize("summary, quote", [
    ("«No tenemos prisa», declaró la líder de la Unión Ciudadana.",
     "«No tenemos prisa», declaró la líder de Alternativa Norte."),
    ("Según la Unión Ciudadana, la negociación será larga.", "Según Alternativa Norte, la negociación será larga."),
])
def test_a_speaker_named_with_a_locales_reporting_word_must_be_the_one_the_source_names(tmp_path: Path,
                                                                                          summary: str, quote: str):
    root = election_project(tmp_path, summary, quote)
    refused_with(root, "content/valdoria/briefing.yaml:3:", "gives the words to Unión Ciudadana",
                 "give them to Alternativa Norte")


@pytest.mark.parametrize("summary, quote", [
    ("«No tenemos prisa», declaró la líder de Alternativa Norte.",
     "«No tenemos prisa», declaró la líder de Alternativa Norte."),
    ("Alternativa Norte declaró que no tiene prisa.", "«No tenemos prisa», declaró la líder de Alternativa Norte."),
    ("Según Alternativa Norte, la negociación será larga.", "Según Alternativa Norte, la negociación será larga."),
])
def test_the_speaker_the_source_names_with_a_locales_reporting_word_builds(tmp_path: Path, summary: str, quote: str):
    result = run_build(election_project(tmp_path, summary, quote), "check")
    assert result.code == 0, result.err
