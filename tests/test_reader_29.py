"""A reader on the built pages, round twenty-nine: the notes of a comparison table in the order the table shows them,
and a party's role in the page's language. The Spanish and English strike microsites (tests/fixtures/newuser_114,
newuser_106), the French, German and Italian ones (newuser_117, newuser_116, newuser_111) and every other fixture's
pages, read as markup and in Chromium without scripts.

1. A comparison table's notes numbered in comparisons.yaml's order, not the order the table shows them: its notes are
   shown column by column (the party columns of the table, in its `parties` order), but were numbered as the file
   lists them, so the Spanish strike's table read "Plantillas ... [20]" (the union's column) before "2027 ... [19]"
   (the port authority's, citing "la Autoridad Portuaria se ha ofrecido a estudiar una cláusula de revisión salarial
   para 2027"), and the rail strike's "c-shifts" [22] before "c-rostering" [21]. Their citations are now made in the
   columns' order (explainer/comparisons.py): the page's markers, the footnote list and its back links, the source
   pages' links back and briefing.json follow; the notes keep their `remark-` ids (remark-salarios-2, then -1). A
   table whose notes were in column order keeps its numbers (the Ashford water table's [67], [68]).
2. A party's role shown as nothing, or as the YAML's English key: `role: side` was hidden on French, Spanish and
   German pages (reader28), where the English page shows "(side)". The model's role words (`side`, `regulator`,
   `court`, `mediator`) are now optional locale labels (`role_side` ...: explainer/locale.py's OPTIONAL_LABELS), worded
   in every built-in locale: "Valmorie (partie)", "(parte)", "(Partei)". A project's own locale without them still
   loads, and its pages show no word for the role, never "side"; a role in the editor's own words ("unabhängige
   Behörde", "tribunale") is shown as written.
3. Every fixture's pages scanned for any other note met out of turn, as reader28 did: none left (the parametrised
   checks below read the pages that were out of turn and a sample of those in turn already).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from browser_support import serve
from conftest import run_build
from support import fixture_project
from test_reader_28 import MARKER, first_met_out_of_turn, footnote_list, numbers_met, page_of, role_shown

SPANISH = ("newuser_114", "huelga-estiba")
RAIL = ("newuser_106", "rail-strike")
FRENCH = ("newuser_117", "differend-fromages")
GERMAN = ("newuser_116", "landtagswahl-nordmark")
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def table_notes(page: str) -> list[tuple[str, list[int]]]:
    """Return each note under a comparison table, in reading order: its id and the notes its markers show."""
    return [(note_id, numbers_met(body)) for note_id, body in re.findall(r'<li id="(remark-[^"]+)">(.*?)</li>', page)]


def citations_numbered(site: Path, slug: str) -> list[tuple[str, int]]:
    """Return briefing.json's comparisons' citations: each key and its footnote."""
    data = json.loads((site / slug / "data" / "briefing.json").read_text(encoding="utf-8"))
    return [(row["key"], row["footnote"]) for row in data["anchored_citations"] if row["file"].endswith("comparisons.yaml")]


# Part 1: a table's notes numbered as the table shows them.
def test_the_spanish_tables_notes_come_in_turn(fixture_site):
    page = page_of(fixture_site(SPANISH[0]), SPANISH[1])
    assert table_notes(page) == [("remark-salarios-2", [19]), ("remark-salarios-1", [20])]  # was [20], then [19]
    assert first_met_out_of_turn(numbers_met(page)) == []  # was [20]


def test_the_rail_strikes_table_notes_come_in_turn(fixture_site):
    page = page_of(fixture_site(RAIL[0]), RAIL[1])
    assert table_notes(page) == [("remark-pay-2", [21]), ("remark-pay-1", [22])]  # was [22], then [21]
    assert first_met_out_of_turn(numbers_met(page)) == []  # was [22]


@pytest.mark.parametrize(("name", "slug"), [SPANISH, RAIL])
def test_the_footnote_list_and_the_downloads_follow_the_table(fixture_site, name, slug):
    """The list numbers the notes as their markers do, and briefing.json's citations come in number order."""
    site = fixture_site(name)
    page = page_of(site, slug)
    number_of = {note_id: int(number) for _, note_id, number in MARKER.findall(page)}
    assert [number_of[note_id] for _, note_id, _ in footnote_list(page)] == list(range(1, len(number_of) + 1))
    numbers = [number for _, number in citations_numbered(site, slug)]
    assert numbers == sorted(numbers)


def test_the_spanish_downloads_and_source_pages_give_the_new_numbers(fixture_site):
    site = fixture_site(SPANISH[0])
    assert citations_numbered(site, SPANISH[1])[-2:] == [("plantillas", 19), ("clausula", 20)]
    union = (site / "sources" / "sindicato.html").read_text(encoding="utf-8")
    assert re.search(r'href="\.\./huelga-estiba/#note-sindicato-953-1036" aria-label="volver a la nota 19 de', union)


def test_a_table_whose_notes_were_in_column_order_keeps_its_numbers(fixture_site):
    """The honest twin: Ashford's water table shows its notes as comparisons.yaml lists them, [67] then [68]."""
    page = page_of(fixture_site("newuser_27"), "ashford-water")
    assert table_notes(page) == [("remark-money-1", [67]), ("remark-money-2", [68])]


@pytest.mark.parametrize(("name", "slug"), [("newuser_107", "trasvase-alcor"), ("newuser_117", "differend-fromages"),
                                            ("newuser_25", "karacam-secimi"), ("newuser_32", "steel-dispute"),
                                            ("newuser_34", "transit-strike"), ("newuser_69", "chirpline-appeal"),
                                            ("newuser_88", "oltan-dam")])
def test_every_table_with_notes_meets_them_in_turn(fixture_site, name, slug):
    """Tables whose notes cite passages met higher up, or were in column order already, read as before."""
    assert first_met_out_of_turn(numbers_met(page_of(fixture_site(name), slug))) == []


def test_the_renumbered_page_is_built_byte_for_byte_again(fixture_site, tmp_path):
    """Numbered in the columns' order, not by a set's or a dict's: a second build writes the same bytes."""
    first = fixture_site(SPANISH[0])
    again = fixture_project(FIXTURES / SPANISH[0], tmp_path / "again")
    assert run_build(again).code == 0
    for part in ("index.html", "data/briefing.json", "data/comparisons.csv"):
        assert (again / "site" / SPANISH[1] / part).read_bytes() == (first / SPANISH[1] / part).read_bytes(), part


@pytest.mark.browser
@pytest.mark.parametrize(("name", "slug"), [SPANISH, RAIL])
def test_a_reader_going_down_the_table_meets_its_notes_in_turn(tab, fixture_site, name, slug):
    """Scripts off at 320 px: the markers as laid out top to bottom are first met as 1, 2, 3 ..., the table's notes
    among them, and no request leaves the page's own server."""
    with serve(fixture_site(name)) as url:
        page, traffic = tab(url + slug + "/", viewport={"width": 320, "height": 640}, java_script_enabled=False)
        laid_out = page.eval_on_selector_all(
            "a.ref", "refs => refs.map(a => [a.getBoundingClientRect().top + window.scrollY, a.textContent])")
        numbers = [int(text.strip("[]")) for _, text in sorted(laid_out, key=lambda item: item[0])]
        assert first_met_out_of_turn(numbers) == []
        shown = page.eval_on_selector_all("li[id^=remark-] a.ref", "refs => refs.map(a => a.textContent)")
        assert shown == sorted(shown)
        assert traffic.foreign_hosts() == set() and not traffic.page_errors


# Part 2: a party's role in the page's language.
@pytest.mark.parametrize(("name", "slug", "shown"), [
    (*FRENCH, ["(partie)"] * 4), (*SPANISH, ["(parte)"] * 4),
    (*GERMAN, ["(Partei)"] * 4 + ["(unabhängige Behörde)"] + ["(Partei)"] * 2)])
def test_side_is_shown_in_the_pages_language(fixture_site, name, slug, shown):
    """`role: side` reads "partie", "parte", "Partei" (it was left out); the editor's own words stay as written."""
    page = page_of(fixture_site(name), slug)
    assert role_shown(page) == shown
    assert ">side<" not in page


def test_side_is_still_side_on_an_english_page(fixture_site):
    assert role_shown(page_of(fixture_site("microsite"), "harbour-strike")) == ["(side)", "(side)"]


def built_in_labels(tmp_path: Path) -> dict:
    from explainer.locale import load_locales

    locales, problems = load_locales(tmp_path)
    assert problems == []
    return locales


@pytest.mark.parametrize(("language", "role", "shown"), [
    ("fr", "side", "partie"), ("fr", "Side", "Partie"), ("fr", " side ", "partie"), ("fr", "regulator", "régulateur"),
    ("fr", "court", "tribunal"), ("fr", "mediator", "médiateur"), ("es", "side", "parte"),
    ("es", "mediator", "mediador"), ("de", "side", "Partei"), ("de", "court", "Gericht"), ("ar", "side", "طرف"),
    ("en", "side", "side"), ("en", "Regulator", "Regulator"), ("en", "court", "court"),
    # the editor's own words, in any language, are shown as written
    ("fr", "juridiction", "juridiction"), ("fr", "syndicat", "syndicat"), ("de", "unabhängige Behörde",
                                                                          "unabhängige Behörde"),
    ("es", "sindicato", "sindicato"), ("en", "merging company", "merging company"), ("en", "sides", "sides"),
    ("fr", "side du litige", "side du litige"), ("en", "", ""), ("ar", "شركة", "شركة")])
def test_a_role_word_is_worded_by_the_locale_and_any_other_kept(tmp_path, language, role, shown):
    assert built_in_labels(tmp_path)[language].shown_role(role) == shown


def test_every_built_in_locale_words_every_role(tmp_path):
    from explainer.locale import ROLE_LABELS

    for language, labels in built_in_labels(tmp_path).items():
        assert all(str(labels.get(key, "")).strip() for key in ROLE_LABELS), language


def italian_project_with_a_side(target: Path, locale_words: str = "") -> Path:
    """The Italian viaduct microsite, its own locale it.yaml (no built-in one), the region's role `side` (its column
    heads the claims)."""
    root = fixture_project(FIXTURES / "newuser_111", target)
    briefing = root / "content" / "viadotto-serchio" / "briefing.yaml"
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace("role: ente che ha firmato l'ordinanza", "role: side"), encoding="utf-8")
    if locale_words:
        locale = root / "locales" / "it.yaml"
        locale.write_text(locale.read_text(encoding="utf-8") + locale_words, encoding="utf-8")
    return root


def test_a_project_locale_without_the_word_loads_and_shows_none(tmp_path):
    """it.yaml has no `role_side`: it still loads, and the operator's column shows no role, never "side"."""
    root = italian_project_with_a_side(tmp_path / "project")
    result = run_build(root)
    assert result.code == 0, result.err
    page = page_of(root / "site", "viadotto-serchio")
    assert ">side<" not in page and '<th scope="col" class="p0">Regione</th>' in page  # no role beside it
    assert set(role_shown(page)) == {"(concessionaria dell&#39;autostrada A17)"}  # the editor's own words stay


def test_a_project_locale_may_word_the_role(tmp_path):
    root = italian_project_with_a_side(tmp_path / "project", "role_side: parte in causa\n")
    result = run_build(root)
    assert result.code == 0, result.err
    assert "(parte in causa)" in role_shown(page_of(root / "site", "viadotto-serchio"))


@pytest.mark.browser
def test_a_reader_sees_the_french_sides_named_in_french(tab, fixture_site):
    """Scripts off at 320 px: the claims' column headings read "Valmorie partie" on screen, the role's brackets
    kept for a screen reader; no "side" anywhere in the page's text."""
    with serve(fixture_site(FRENCH[0])) as url:
        page, traffic = tab(url + FRENCH[1] + "/", viewport={"width": 320, "height": 640}, java_script_enabled=False)
        roles = page.eval_on_selector_all("span.role", "spans => spans.map(s => s.textContent)")
        assert roles and set(roles) == {"(partie)"}
        assert not re.search(r"\bside\b", page.inner_text("main"))
        assert traffic.foreign_hosts() == set() and not traffic.page_errors
