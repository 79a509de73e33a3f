"""A reader in Chromium, round nine: comparison charts whose party names and measures are longer than a line (in
German and Spanish, at 320 px, which is 400% zoom of a 1280 px window), the CSV downloads a spreadsheet opens, and the
German and Spanish labels as their readers read them. Each browser test loads a page once and checks what a reader
meets there."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from browser_support import serve, site_tree
from conftest import run_build
from explainer import numbers
from support import project_in_language

DE_SOURCE = ("Kartellamt prüft Fusion\n\n"
             "Nach Angaben der Behörde sind mehr als 2.500 Verfahrensunterlagenseiten eingegangen.\n")
DE_QUOTE = "Nach Angaben der Behörde sind mehr als 2.500 Verfahrensunterlagenseiten eingegangen"
ES_SOURCE = ("La CNMC examina la fusión\n\n"
             "Según la autoridad, se han recibido más de 2.500 páginas de documentación del procedimiento.\n")
ES_QUOTE = "Según la autoridad, se han recibido más de 2.500 páginas de documentación del procedimiento"
COMPOUND = "Kapitänswitwenrentenversicherungsverfahrensunterlagenseiten"  # wider than the chart, as a measure
CAPITALS = "AKTENSEITEN IM WOHNUNGSBAUMASSNAHMENMITWIRKUNGSPFLICHTVERFAHREN"  # capitals, wider than letters on average
DE_PARTY = "Bundesministerium für Wirtschaft und Klimaschutz der Bundesrepublik Deutschland"
ES_PARTY = "Comisión Nacional de los Mercados y la Competencia de España"
ES_MEASURE = "Páginas de documentación del procedimiento de control de concentraciones"


def briefing(language: str, title: str, summary: str, party: str, quote: str) -> str:
    """Return a briefing.yaml of two parties, the first with a long name, citing `quote` as q."""
    return (f"title: {title}\nlanguage: {language}\nsummary: |\n  {summary}[^q]\nupdates:\n"
            f"  - date: 2026-03-05\n    kind: update\n    text: {title}.\n"
            f"parties:\n  - id: amt\n    name: {party}\n  - id: werk\n    name: Nordwerk\n"
            f"citations:\n  q:\n    source: fusion\n    quote: {quote}\n")


def comparisons(*measures: str) -> str:
    """Return a comparisons.yaml of these measures, the long-named party's figure given, the other's not."""
    return "comparisons:\n  - id: akten\n    title: Akten\n    rows:\n" + "".join(
        f"      - measure: {measure}\n        unit: Seiten\n        values:\n          amt:\n            value: 2500\n"
        "            bound: more than\n            cite: [q]\n" for measure in measures)


def long_label_sites(work: Path) -> dict[str, Path]:
    """Build a German and a Spanish site (built-in locales), each a briefing whose chart has a party name and a
    measure longer than a line; return their site/ folders by language."""
    sites = {}
    for language, source, quote, summary, party, measures in (
            ("de", DE_SOURCE, DE_QUOTE, "Mehr als 2.500 Seiten sind eingegangen.", DE_PARTY, (COMPOUND, CAPITALS)),
            ("es", ES_SOURCE, ES_QUOTE, "Se han recibido más de 2.500 páginas.", ES_PARTY, (ES_MEASURE,))):
        root = project_in_language(work / language, language, "", "fusion", source,
                                   briefing(language, "Fusion", summary, party, quote))
        shutil.rmtree(root / "locales")  # built in
        (root / "content" / "fusion" / "comparisons.yaml").write_text(comparisons(*measures), encoding="utf-8")
        try:
            built = run_build(root)
        finally:
            numbers.read_as_locales({})  # an in-process build leaves its language's reading of figures set
        assert built.code == 0, built.err
        sites[language] = root / "site"
    return sites


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    return long_label_sites(tmp_path_factory.mktemp("reader9"))


@pytest.fixture(scope="module")
def site_url(sites, tmp_path_factory):
    with serve(site_tree(tmp_path_factory.mktemp("www") / "www", sites)) as url:
        yield url


# What of a chart's text lies outside its viewBox (an SVG clips it there) or overlaps other text or a bar.
CHART_FAULTS = """() => [...document.querySelectorAll('.chart svg')].flatMap(svg => {
    const view = svg.viewBox.baseVal, faults = [];
    const texts = [...svg.querySelectorAll('text')], bars = [...svg.querySelectorAll('rect')];
    const meets = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    texts.forEach((text, i) => {
        const box = text.getBBox();
        if (box.x < 0 || box.y < 0 || box.x + box.width > view.width || box.y + box.height > view.height)
            faults.push('clipped: ' + text.textContent);
        texts.slice(i + 1).filter(other => meets(box, other.getBBox()))
            .forEach(other => faults.push('overlaps: ' + text.textContent + ' / ' + other.textContent));
        bars.filter(bar => meets(box, bar.getBBox())).forEach(() => faults.push('on a bar: ' + text.textContent));
    });
    return faults; })"""


@pytest.mark.browser
@pytest.mark.parametrize("language", ["de", "es"])
def test_a_charts_long_party_name_and_measure_wrap_inside_it_at_320_px(tab, site_url, language):
    """An SVG's text does not wrap: "Bundesministerium für Wirtschaft … Deutschland: mehr als 2.500" and the German
    compound measure ran past the chart's right edge and were cut off there, at every width (the SVG scales as a
    whole). Their lines are now computed at build time, each a <tspan>, the rows below moved down to make room, a
    capital weighed wider than an "i" (a line of capitals by the average width still ran over)."""
    from browser_support import axe_audit

    page, traffic = tab(site_url + f"{language}/fusion/index.html",
                        viewport={"width": 320, "height": 640}, device_scale_factor=2)
    assert page.evaluate(CHART_FAULTS) == []
    words = page.eval_on_selector_all(".chart svg text.value, .chart svg text.measure",
                                      "texts => texts.map(t => [...t.childNodes].map(n => n.textContent).join(' '))")
    party, measure = (DE_PARTY, COMPOUND) if language == "de" else (ES_PARTY, ES_MEASURE)
    measures = [line.replace("- ", "") for line in words]
    assert measure in measures and (language == "es" or CAPITALS in measures), words  # every word, in order
    assert any(line.startswith(party + ":") for line in words), words
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert axe_audit(page).violations_count == 0
    assert traffic.foreign_hosts() == set() and not traffic.failed


# The focused link and whether the element at its start is it (or inside it): not a sticky row header over it.
FOCUS_SEEN = """() => { const link = document.activeElement, box = link.getBoundingClientRect();
    const found = document.elementFromPoint(box.left + 2, box.top + box.height / 2);
    return [link.textContent.trim(), !!link.closest('.table-scroll'), !!found && (link.contains(found) || found.contains(link))]; }"""


@pytest.mark.browser
def test_the_real_briefings_chart_and_wide_table_at_320_px(tab, real_site):
    """At 320 px (400% zoom) the real briefing's forces table scrolls in its box, its row headers kept in view. Tab
    from the last figure of one row to the first of the next scrolled the box back just far enough to show that
    figure's marker at the box's edge: under the row header, focused but out of sight ([21], [22], [23]). The box now
    keeps a row header's width clear when it scrolls to what is focused."""
    with serve(real_site) as url:
        page, traffic = tab(url + "pakistan-afghanistan-war/index.html",
                            viewport={"width": 320, "height": 640})
        # Its chart's "Afghanistan (Taliban): not given", in italics at x=0, lost the sliver of its "A" leaning left.
        assert page.evaluate(CHART_FAULTS) == []
        page.locator(".table-scroll a").first.focus()
        seen = [page.evaluate(FOCUS_SEEN)]
        while seen[-1][1]:
            page.keyboard.press("Tab")
            seen.append(page.evaluate(FOCUS_SEEN))
        in_tables = seen[:-1]
        assert len([text for text, _, _ in in_tables if text.startswith("[")]) >= 6, in_tables
        assert [text for text, _, visible in in_tables if not visible] == [], in_tables
        assert traffic.foreign_hosts() == set() and not traffic.failed


def test_the_csv_downloads_open_in_a_spreadsheet_as_utf_8(sites):
    """Excel on Windows reads a CSV without a byte order mark in the ANSI code page: "Comisión" showed as
    "ComisiÃ³n". Each download starts with the UTF-8 BOM, once; read as `utf-8-sig` (Python's csv), its first header
    is the column's name."""
    for name, first in (("comparisons.csv", "table"), ("claims.csv", "topic")):
        data = (sites["es"] / "fusion" / "data" / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf" + first.encode() + b",") and data.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.DictReader(io.StringIO((sites["es"] / "fusion" / "data" / "comparisons.csv")
                                           .read_text(encoding="utf-8-sig"))))
    assert [(row["table"], row["party"]) for row in rows] == [("akten", ES_PARTY), ("akten", "Nordwerk")]


def test_a_source_pages_count_of_passages_reads_right_for_one(sites):
    """A source page said "1 passages cited" ("1 zitierte Stellen", "1 pasajes citados" on a German or Spanish site):
    the label was a plural after the count. It now leads, as the line's other labels do ("Published: ..."), so it
    reads right for any count in any language, with no plural forms to choose (Arabic has six)."""
    page = (sites["de"] / "sources" / "fusion.html").read_text(encoding="utf-8")
    assert "Retrieved: unknown · Passages cited: 1</p>" in page


def test_spanish_about_agrees_with_any_noun_and_a_revision_is_no_correction(sites):
    """"unos 2.500 páginas" (páginas is feminine: "unas") is now "alrededor de 2.500", right before any noun; and a
    figure a later report revised read "corregido"/"korrigiert", the word of the log's own corrections."""
    from explainer.figures import figure_text
    from explainer.locale import Labels
    from test_topics import locale

    spanish, german = Labels(locale("es"), "es"), Labels(locale("de"), "de")
    assert figure_text(spanish, 2500, None, "about") == "alrededor de 2.500"
    assert "corregid" not in spanish["revised_to"] and "korrigiert" not in german["revised_to"]


def test_a_word_wider_than_the_chart_breaks_before_a_syllable():
    """The compound broke wherever the line was full, "…verfahrensunte-rlagenseiten": a reader stumbles on "rlagen".
    It now breaks before a consonant starting a syllable (with its "l" or "r": "concen-traciones") near that point."""
    from explainer.chart import BOLD_CHAR_WIDTH, WIDTH, wrap

    assert wrap(COMPOUND, WIDTH, BOLD_CHAR_WIDTH) == ("Kapitänswitwenrentenversicherungsverfah-", "rensunterlagenseiten")
    assert wrap("Documentacióndelprocedimientodecontroldeconcentraciones", 200)[-1] == "traciones"
