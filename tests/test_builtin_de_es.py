"""German and Spanish are built-in locales: a project in either needs no locales/ folder.

explainer/locales/de.yaml and es.yaml hold every label translated, their dates ("3. März 2026", "3 de marzo de
2026"), a decimal comma and a thousands dot, and the words the checks read in each language (German `articles`,
weekdays, qualifiers, reporting words). A project's own locale of the language still replaces them.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import run_build
from support import locale_from_english, minimal_project, project_in_language, refused_with

from explainer import numbers

LOCALES = Path(__file__).resolve().parents[1] / "explainer" / "locales"
GERMAN_SOURCE = (
    "Kartellamt prüft Fusion\n\n"
    "Nach Angaben der Behörde sind mehr als 2.500 Seiten Unterlagen eingegangen.\n\n"
    "Die Übernahme sei vorerst gestoppt, teilte das Ministerium am Dienstag mit.\n\n"
    "Die Zusagen reichten nicht aus, sagte Schmidt.\n")
SPANISH_SOURCE = (
    "México y Estados Unidos chocan por los aranceles al acero\n\n"
    "Unos doce mil trabajadores de la industria siderúrgica mexicana podrían perder su empleo.\n\n"
    "Las exportaciones cayeron a 3.500,5 millones de dólares el martes 3 de marzo de 2026.\n")
PAGES = "Nach Angaben der Behörde sind mehr als 2.500 Seiten Unterlagen eingegangen"
STOPPED = "Die Übernahme sei vorerst gestoppt, teilte das Ministerium am Dienstag mit"
JOBS = "Unos doce mil trabajadores de la industria siderúrgica mexicana podrían perder su empleo"


@pytest.fixture(autouse=True)
def english_reading_after():
    """Leave the reading of figures as English has it: the in-process builds set German's or Spanish's."""
    yield
    numbers.read_as_locales({})


def briefing(language: str, summary: str, quote: str) -> str:
    """Return a briefing.yaml whose summary (line 4) cites `quote` of the source `fusion` as [^q]."""
    return (f"title: Erklärstück\nlanguage: {language}\nsummary: |\n  {summary}[^q]\nupdates:\n  - date: 2026-03-05\n"
            "    kind: update\n    text: Erstmals veröffentlicht.\nparties:\n  - id: nordwerk\n    name: Nordwerk\n"
            "  - id: amt\n    name: Bundeskartellamt\ncitations:\n  q:\n    source: fusion\n"
            f"    quote: {quote}\n")


def without_locales(tmp_path: Path, language: str, summary: str, quote: str) -> Path:
    """Return a project in `language` with no locales/ folder: only the built-in locale to read it with."""
    source = GERMAN_SOURCE if language == "de" else SPANISH_SOURCE
    root = project_in_language(tmp_path / language, language, "", "fusion", source, briefing(language, summary, quote))
    shutil.rmtree(root / "locales")
    return root


def claimed_by_the_authority(root: Path) -> Path:
    """Add a claim by the Bundeskartellamt (claims.yaml line 5) citing a passage that names it "der Behörde"."""
    (root / "content" / "fusion" / "claims.yaml").write_text(
        "topics:\n  - id: akten\n    title: Die Akten\n    claims:\n      - claimant: Das Bundeskartellamt\n"
        "        parties: [amt]\n        says: Es sind mehr als 2.500 Seiten eingegangen.\n        status: claim\n"
        f"        cite: [akten]\ncitations:\n  akten:\n    source: fusion\n    quote: {PAGES}\n", encoding="utf-8")
    return root


def builds(root: Path) -> str:
    """Build the project and return its briefing's page."""
    result = run_build(root)
    assert result.code == 0, result.err
    return (root / "site" / "fusion" / "index.html").read_text(encoding="utf-8")


def test_a_german_project_without_locales_builds_a_german_page(tmp_path: Path):
    page = builds(without_locales(tmp_path, "de", "Die Übernahme ist vorerst gestoppt.", STOPPED))
    assert '<html lang="de"' in page
    assert "Was wir wissen" in page and "5. März 2026" in page and "Anmerkungen" in page


def test_a_spanish_project_without_locales_builds_a_spanish_page(tmp_path: Path):
    summary = "Las exportaciones cayeron a 3.500,5 millones de dólares el martes 3 de marzo de 2026."
    quote = "Las exportaciones cayeron a 3.500,5 millones de dólares el martes 3 de marzo de 2026"
    page = builds(without_locales(tmp_path, "es", summary, quote))
    assert '<html lang="es"' in page
    assert "Lo que sabemos" in page and "5 de marzo de 2026" in page and "Notas" in page


@pytest.mark.parametrize("summary, quote, outcome", [
    ("Nach Angaben der Behörde sind mehr als 3.500 Seiten eingegangen.", PAGES, 'figure "3.500"'),
    ("Die Übernahme ist vorerst gestoppt, teilte das Ministerium am Mittwoch mit.", STOPPED, "Mittwoch"),
    ("Die Zusagen reichten aus, sagte Schmidt.", "Die Zusagen reichten nicht aus, sagte Schmidt", "drops the negation"),
])
def test_a_german_misstatement_is_refused_with_the_built_in_locale_alone(tmp_path: Path, summary: str, quote: str,
                                                                         outcome: str):
    refused_with(without_locales(tmp_path, "de", summary, quote), "content/fusion/briefing.yaml:4:", outcome)


def test_an_honest_german_attribution_via_articles_builds_with_the_built_in_locale_alone(tmp_path: Path):
    """"der Behörde" is a noun after an article (the built-in `articles`), not a speaker's name."""
    builds(claimed_by_the_authority(without_locales(tmp_path, "de", "Die Übernahme ist vorerst gestoppt.", STOPPED)))


@pytest.mark.parametrize("summary, outcome", [
    ("Unos doce mil trabajadores de la siderurgia perderán su empleo.", "the source gives this only as expected"),
    ("Las exportaciones cayeron a 3.600,5 millones de dólares.", "figure"),
    ("Las exportaciones cayeron el miércoles 3 de marzo de 2026.", "miércoles"),
])
def test_a_spanish_misstatement_is_refused_with_the_built_in_locale_alone(tmp_path: Path, summary: str, outcome: str):
    quote = JOBS if summary.startswith("Unos") else (
        "Las exportaciones cayeron a 3.500,5 millones de dólares el martes 3 de marzo de 2026")
    refused_with(without_locales(tmp_path, "es", summary, quote), "content/fusion/briefing.yaml:4:", outcome)


def test_a_project_locale_still_replaces_the_built_in_one(tmp_path: Path):
    """Its labels win, and the checks read its own word lists: without `articles` "Behörde" is a name again."""
    months = "[Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]"
    words = "according_to: [laut, nach Angaben, sagte, teilte]\n"
    locale = locale_from_english(months, day_dot=True, words=words).replace("summary: What we know",
                                                                             "summary: Das wissen wir")
    root = project_in_language(tmp_path / "de", "de", locale, "fusion", GERMAN_SOURCE,
                               briefing("de", "Die Übernahme ist vorerst gestoppt.", STOPPED))
    page = builds(root)
    assert "Das wissen wir" in page and "Was wir wissen" not in page
    refused_with(claimed_by_the_authority(root), "content/fusion/claims.yaml:5:",
                 "`claimant`: the cited passages give these words to")


@pytest.mark.parametrize("language", ["de", "es"])
def test_a_built_in_locale_copied_into_a_project_passes_a_project_locales_checks(tmp_path: Path, language: str):
    """Its labels state nothing and its dates are read as the months they name (the checks of a project's file)."""
    if language == "de":
        root = without_locales(tmp_path, language, "Die Übernahme ist vorerst gestoppt.", STOPPED)
    else:
        root = without_locales(tmp_path, language, "Unos doce mil trabajadores podrían perder su empleo.", JOBS)
    (root / "locales").mkdir()
    shutil.copy(LOCALES / f"{language}.yaml", root / "locales" / f"{language}.yaml")
    builds(root)


@pytest.mark.parametrize("language, first_party", [("de", "Erste Seite"), ("es", "Primera parte")])
def test_new_in_german_or_spanish_needs_no_locale_copy(tmp_path: Path, language: str, first_party: str):
    root = minimal_project(tmp_path / "site")
    site = root / "content" / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8") + f"language: {language}\n", encoding="utf-8")
    source = GERMAN_SOURCE if language == "de" else SPANISH_SOURCE
    (root / "seeds" / "fusion.txt").write_text(source, encoding="utf-8")
    with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write(f"  - id: fusion\n    file: fusion.txt\n    title: {source.splitlines()[0]}\n"
                      f"    publisher: unknown\n    date: unknown\n    language: {language}\n"
                      f"    sha256: {hashlib.sha256(source.encode()).hexdigest()}\n")
    made = run_build(root, "new", "neu", "--title", "Die Fusion" if language == "de" else "La fusión",
                     "--source", "fusion")
    assert made.code == 0, made.err
    written = yaml.safe_load((root / "content" / "neu" / "briefing.yaml").read_text(encoding="utf-8"))
    assert [party["name"] for party in written["parties"]][0] == first_party
    result = run_build(root)
    assert result.code == 0, result.err
