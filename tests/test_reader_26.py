"""A reader and a fact-checker on the built pages, round twenty-six: the real briefing and the Italian, Spanish, German
and right-to-left fixture microsites (tests/fixtures/newuser_111, newuser_114, newuser_116, rtl) read in Chromium by
keyboard, without scripts, at 320 px and 200 % zoom, dark, forced colours and printed; every footnote followed to its
passage and its number matched in briefing.json; every comparison figure matched with comparisons.csv.

1. A unit the measure already says was said again: the German election's row "Sitze (Sitze)", the merger's "Stores
   (stores)", a card's "up to 150 Stores to be sold (stores)"; a screen reader announces a row's header with every cell
   of its row, "Sitze (Sitze) 38". The page leaves the unit out where the measure is it, opens with it or ends with it
   (explainer/shown_units.py); the downloads keep it. Kept: "Army (personnel)", "Zweitstimmen, vorläufiges Ergebnis
   (%)", "3,4 Zuwachs der NSD (Prozentpunkte)", and a unit the measure holds only inside ("Share of votes in the
   count (votes)").
2. A German chart was titled "Zweitstimmen und Sitze, in Sitze" and "..., in Prozentpunkte", where German says "in
   Sitzen", "in Prozentpunkten": the built-in German now names the unit without a case to inflect it into, "...,
   Einheit: Sitze".
3. A party's role, bracketed for screen readers by brackets kept out of sight (tests/test_reader_19.py), was named by
   Chromium "Sindicato ( side )", a claim column's heading "Autoridad Portuaria de Valdemar ( side )", and copied as
   "Sindicato\n(\nside\n)": brackets out of the flow are spaced off their words. They are now set in no size, in
   the flow (static/style.css): "Sindicato (side)", "النجمة (شركة)" on the right-to-left fixture, and still unseen.

The pages are built from the fixtures and read as HTML; two browser tests read the headers as Chromium's accessibility
tree names them, scripts off, at 320 px.
"""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

import pytest

from browser_support import serve
from explainer.shown_units import unit_to_show

ELECTION = "newuser_116"
ELECTION_PAGE = "landtagswahl-nordmark/index.html"
MERGER_PAGE = "grocer-merger/index.html"


def text_of(markup: str) -> str:
    """Return the words of some markup, its tags left out."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", markup)).split())


def row_headers(page: str) -> list[tuple[str, str]]:
    """Return each comparison row header's name (its aria-label) and shown words."""
    return [(html.unescape(label), text_of(inner))
            for label, inner in re.findall(r'<th scope="row" aria-label="([^"]*)">(.*?)</th>', page, re.S)]


def card_figures(page: str) -> list[str]:
    """Return the words of every figure a claim card lists."""
    return [text_of(item) for block in re.findall(r'<ul class="figures">(.*?)</ul>', page, re.S)
            for item in re.findall(r"<li[^>]*>(.*?)</li>", block, re.S)]


def downloaded(site: Path, slug: str, name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO((site / slug / "data" / name).read_text(encoding="utf-8-sig"))))


# Part 1: a measure saying its unit is shown once; the ten honest probes where the unit says something the measure
# does not keep it.
@pytest.mark.parametrize(("measure", "unit"), [
    ("Sitze", "Sitze"), ("Votes", "votes"), ("Votes, preliminary count", "votes"), ("Stores to be sold", "stores"),
    ("Active personnel", "personnel"), ("Share of the March 2026 estimate, £ million", "£ million"),
    ("Manifestants le 7 mars", "manifestants"), ("Γιατροί του ΕΣΥ", "γιατροί"), ("Rise in prices, %", "%"),
    ("Votos", "votos"), ("কাজ হারাবেন এমন চালক", "চালক"), ("Rise in %", "%")])
def test_a_unit_the_measure_says_is_left_out(measure, unit):
    assert unit_to_show(measure, unit) == ""


@pytest.mark.parametrize(("measure", "unit"), [
    ("Army", "personnel"), ("Zweitstimmen, vorläufiges Ergebnis", "%"), ("Zuwachs der NSD", "Prozentpunkte"),
    ("Share of votes in the count", "votes"), ("Voters", "votes"), ("Votesharing", "votes"),
    ("Seats", "seat"), ("득표수", "표"), ("المولدات المغلقة", "مولد"), ("Cost", "£ million"),
    ("Aumento de los peajes", "%"), ("Households", "million households"), ("শাখা চালকা", "চালক"),
    ("شعبه‌ها", "شعبه"), ("Cost, £ millions", "£ million")])
def test_a_unit_the_measure_does_not_say_is_kept(measure, unit):
    assert unit_to_show(measure, unit) == unit


def test_the_german_row_of_seats_names_its_unit_once_and_the_others_keep_theirs(fixture_site):
    site = fixture_site(ELECTION)
    headers = row_headers((site / ELECTION_PAGE).read_text(encoding="utf-8"))
    assert ("Sitze", "Sitze") in headers  # was "Sitze (Sitze)", shown and named
    assert ("Zweitstimmen, vorläufiges Ergebnis (%)", "Zweitstimmen, vorläufiges Ergebnis (%)") in headers
    assert ("Veränderung gegenüber 2021, vorläufig (Prozentpunkte)",
            "Veränderung gegenüber 2021, vorläufig (Prozentpunkte)") in headers
    assert not any("(Sitze)" in name or "(Sitze)" in shown for name, shown in headers)
    seats = [row for row in downloaded(site, "landtagswahl-nordmark", "comparisons.csv") if row["measure"] == "Sitze"]
    assert seats and {row["unit"] for row in seats} == {"Sitze"}  # the download keeps it


def test_the_german_cards_keep_a_unit_their_measure_does_not_say(fixture_site):
    figures = card_figures((fixture_site(ELECTION) / ELECTION_PAGE).read_text(encoding="utf-8"))
    assert "3,4 Zuwachs der NSD (Prozentpunkte)" in figures


def test_the_merger_says_stores_once_in_its_rows_and_cards_and_its_downloads_keep_the_unit(fixture_site):
    site = fixture_site("merger")
    page = (site / MERGER_PAGE).read_text(encoding="utf-8")
    headers = row_headers(page)
    assert ("Stores", "Stores") in headers and ("Stores to be sold", "Stores to be sold") in headers
    assert not any("(stores)" in shown for _, shown in headers)
    figures = card_figures(page)
    assert "up to 150 Stores to be sold" in figures and "100 to 375 Stores to be sold" in figures
    claimed = [row for row in downloaded(site, "grocer-merger", "claims.csv") if row["measure"] == "Stores to be sold"]
    assert claimed and {row["unit"] for row in claimed} == {"stores"}


def test_the_real_briefings_rows_keep_a_unit_the_measure_does_not_say(real_site):
    headers = row_headers((real_site / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8"))
    assert ("Army (personnel)", "Army (personnel)") in headers
    assert ("Active personnel", "Active personnel") in headers  # was "Active personnel (personnel)"


# Part 2: German chart titles.
def test_german_chart_titles_name_their_unit_without_inflecting_it(fixture_site):
    page = (fixture_site(ELECTION) / ELECTION_PAGE).read_text(encoding="utf-8")
    titles = [html.unescape(title) for title in re.findall(r'<title id="chart-[^"]*">([^<]*)</title>', page)]
    assert titles == ["Zweitstimmen und Sitze, Einheit: %", "Zweitstimmen und Sitze, Einheit: Prozentpunkte",
                      "Zweitstimmen und Sitze, Einheit: Sitze"]
    assert "in Sitze" not in page and "in Prozentpunkte<" not in page


@pytest.mark.browser
def test_a_screen_reader_hears_each_german_row_named_once_without_scripts_at_320_px(tab, fixture_site):
    """Chromium's accessibility tree names the seats' row "Sitze", heard with each of its cells, and the shares' rows
    with their unit; no request leaves the site."""
    with serve(fixture_site(ELECTION)) as url:
        page, traffic = tab(url + ELECTION_PAGE, viewport={"width": 320, "height": 640}, java_script_enabled=False)
        assert page.get_by_role("rowheader", name="Sitze", exact=True).count() == 1
        assert page.get_by_role("rowheader", name="Sitze (Sitze)", exact=True).count() == 0
        assert page.get_by_role("rowheader", name="Zweitstimmen, amtliches Endergebnis (%)", exact=True).count() == 1
        row = page.locator("tr", has=page.get_by_role("rowheader", name="Sitze", exact=True))
        assert " ".join(row.inner_text().split()) == "Sitze 38[22] 34[22] 17[22]"
        assert traffic.foreign_hosts() == set() and not traffic.page_errors


# Part 3: a role's brackets, heard and copied with no space inside them, still unseen.
# `role: side` is heard in the page's language, "parte" (tests/test_reader_29.py; reader28 had hidden it)
ROLES = {"newuser_114": ("huelga-estiba/index.html", ["Sindicato (parte)", "Autoridad Portuaria (parte)"],
                         ["Autoridad Portuaria de Valdemar (parte)",
                          "Sindicato de Estibadores del Puerto de Valdemar (parte)"]),
         "rtl": ("bus-routes/index.html", ["النجمة (شركة)", "الهلال (شركة)"],
                 ["شركة النجمة للنقل (شركة)", "شركة الهلال للحافلات (شركة)", "هيئة النقل (جهة تنظيمية)"])}


@pytest.mark.browser
@pytest.mark.parametrize("fixture", sorted(ROLES))
def test_a_screen_reader_hears_a_role_in_brackets_without_spaces_inside_them(tab, fixture_site, fixture):
    """Each column header and claim column heading with a role is named "Name (role)" as it is copied; the brackets
    take no room in the pill; the header without a role and the claim columns of parties without one stay as they
    were."""
    path, columns, headings = ROLES[fixture]
    with serve(fixture_site(fixture)) as url:
        page, traffic = tab(url + path, viewport={"width": 320, "height": 640}, java_script_enabled=False)
        snapshot = page.locator("#comparisons thead").aria_snapshot()
        named = re.findall(r'columnheader "([^"]*)"', snapshot)
        assert named[1:] == columns, snapshot
        assert page.eval_on_selector_all("#comparisons thead th", "ths => ths.map(th => th.innerText)")[1:] == columns
        claims = page.locator("#claims").aria_snapshot()
        assert [name for name in re.findall(r'heading "([^"]*)" \[level=4\]', claims) if "(" in name] == headings
        assert " ( " not in claims and " ( " not in snapshot
        widths = page.eval_on_selector_all(".role > .visually-hidden",
                                           "spans => spans.map(span => span.getBoundingClientRect().width)")
        assert widths and max(widths) == 0
        assert traffic.foreign_hosts() == set() and not traffic.page_errors
