"""A reader and a fact-checker on the built pages, round twenty-seven: the real briefing and the French, English,
right-to-left and shared-source fixture microsites (tests/fixtures/newuser_117, newuser_115, rtl, microsite) read in
Chromium by keyboard, without scripts, at 320 px and 200 % zoom, dark, forced colours and printed, and every
download laid beside the page it comes from.

1. The JSON download's citations came in the order of their keys' letters, not the page's: the French summary's
   "aucune-retorsion" (note 5) first, then "constat-fromages" (4), "hausse-fromages" (1); the fixture microsite's
   strike gave notes 3, 2, 1. A fact-checker going down `anchored_citations` beside the page met them out of turn.
   Each file's citations now come in the order their notes are numbered (explainer/export.py), the files still in
   the page's order; every citation keeps the footnote number its markers show.
2. The claims download listed a topic's claims in claims.yaml's order, the page in its columns: the French cards
   read, down the page, the Valmorie government's claim (note 16), its denial (18), then the Ostrelande minister's
   claim (17), where claims.csv went 16, 17, 18 ("subventions-1, -2, -3"); the English merger's remedies went 23, 24
   beside the page's 24, 23. Its rows now follow the cards; the rows of a topic already in that order are as they
   were (the strike's union, then the port authority).

Walking every page of the five sites by keyboard (skip link first, every stop ringed, on screen, in reading order,
no trap), at 320 and 640 px wide (200 % zoom) with and without scripts, found nothing cut off, overlapping or
scrolling sideways; headings go down one level at a time and no two links share a name with different targets.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from browser_support import serve

FRENCH = ("newuser_117", "differend-fromages")
ENGLISH = ("newuser_115", "grocery-merger")
BRIEFINGS = [FRENCH, ENGLISH, ("rtl", "bus-routes"), ("microsite", "harbour-strike"), ("microsite", "bridge-dispute"),
             ("microsite", "council-vote"), ("merger", "grocer-merger"), ("merger", "fusion-laiteries")]
PAGE_ORDER = ["briefing", "background", "timeline", "comparisons", "claims", "quotes", "caveats"]


def page_of(site: Path, slug: str) -> str:
    return (site / slug / "index.html").read_text(encoding="utf-8")


def citations(site: Path, slug: str) -> list[dict]:
    return json.loads((site / slug / "data" / "briefing.json").read_text(encoding="utf-8"))["anchored_citations"]


def claim_rows(site: Path, slug: str) -> list[dict]:
    text = (site / slug / "data" / "claims.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def markers(page: str) -> list[tuple[str, str, int]]:
    """Return every citation marker of a page in reading order, as (file kind, key, note number)."""
    found = re.findall(r'<a (?:data-beside )?id="cite-([a-z]+)-([^"]+)" href="#note-[^"]+" class="ref"[^>]*>\[(\d+)\]</a>', page)
    return [(kind, re.sub(r"_\d+$", "", use), int(number)) for kind, use, number in found]


def kind_of(row: dict) -> str:
    return Path(row["file"]).stem


def cards(page: str) -> list[tuple[str, list[str]]]:
    """Return each claim card of a page in reading order: its claim id and the note numbers its markers show."""
    found = []
    for claim_id, card in re.findall(r'<div class="claim" id="claim-([^"]+)">(.*?)</div>', page, re.S):
        numbers = [number for _, _, number in markers(card)]
        found.append((claim_id, [str(number) for number in dict.fromkeys(numbers)]))
    return found


def site_of(fixture_site, real_site, name: str) -> Path:
    return real_site if name == "real" else fixture_site(name)


# Part 1: the JSON download's citations in the page's order.
def test_the_french_summarys_citations_come_in_the_order_of_their_notes(fixture_site):
    rows = [row for row in citations(fixture_site(FRENCH[0]), FRENCH[1]) if kind_of(row) == "briefing"]
    assert [(row["key"], row["footnote"]) for row in rows] == [
        ("hausse-fromages", 1), ("hausse-pieces", 2), ("pas-definitif", 3), ("constat-fromages", 4),
        ("aucune-retorsion", 5)]  # was aucune-retorsion (5), constat-fromages (4), hausse-fromages (1), ...


def test_the_strikes_citations_come_in_the_order_of_their_notes(fixture_site):
    rows = citations(fixture_site("microsite"), "harbour-strike")
    assert [(row["key"], row["footnote"]) for row in rows] == [
        ("walkout", 1), ("union-count", 2), ("authority-count", 3)]  # was 3, 2, 1


@pytest.mark.parametrize(("name", "slug"), BRIEFINGS + [("real", "pakistan-afghanistan-war")])
def test_each_files_citations_follow_its_notes_and_carry_their_markers_numbers(fixture_site, real_site, name, slug):
    """File by file in the page's order, each file's citations in note order (a note two keys share, in the order
    the page first marks them); each carries the number its markers show, and every marked key is there."""
    site = site_of(fixture_site, real_site, name)
    rows, shown = citations(site, slug), markers(page_of(site, slug))
    first_marked = {}  # a key is marked where any file cites it: a caveat cites a claim's passage
    for place, (_, key, number) in enumerate(shown):
        first_marked.setdefault(key, (number, place))
    assert {key: number for key, (number, _) in first_marked.items()} == {
        row["key"]: row["footnote"] for row in rows if row["key"] in first_marked}
    assert set(first_marked) <= {row["key"] for row in rows}
    kinds = list(dict.fromkeys(kind_of(row) for row in rows))
    assert kinds == [kind for kind in PAGE_ORDER if kind in kinds]
    for kind in kinds:
        keys = [row["key"] for row in rows if kind_of(row) == kind]
        assert keys == sorted(keys, key=lambda key: first_marked.get(key, (10**6, 0))), (kind, keys)


# Part 2: the claims download in the order of the page's cards.
def test_the_french_claims_download_follows_the_cards(fixture_site):
    page, rows = page_of(fixture_site(FRENCH[0]), FRENCH[1]), claim_rows(fixture_site(FRENCH[0]), FRENCH[1])
    # the notes numbered as the cards show them since tests/test_reader_28.py: 16, 17, 18 (they read 16, 18, 17)
    assert cards(page) == [("subventions-1", ["16"]), ("subventions-3", ["17"]), ("subventions-2", ["18"])]
    assert [(row["claim"], row["footnotes"]) for row in rows] == [
        ("subventions-1", "16"), ("subventions-3", "17"), ("subventions-2", "18")]  # was -1, -2, -3


def test_the_english_merger_claims_download_follows_the_cards(fixture_site):
    rows = claim_rows(fixture_site(ENGLISH[0]), ENGLISH[1])
    assert [row["claim"] for row in rows if row["topic"] == "remedies"] == ["remedies-2", "remedies-1"]
    assert [row["footnotes"] for row in rows if row["topic"] == "remedies"] == ["23", "24"]  # test_reader_28.py


@pytest.mark.parametrize(("name", "slug"), BRIEFINGS + [("real", "pakistan-afghanistan-war")])
def test_each_claims_rows_come_in_the_order_of_the_cards_with_their_notes(fixture_site, real_site, name, slug):
    """A claim of several figures has a row for each, one after the other; a claim's notes are its card's."""
    site = site_of(fixture_site, real_site, name)
    shown = cards(page_of(site, slug))
    rows = claim_rows(site, slug)
    assert [(claim, " ".join(numbers)) for claim, numbers in shown] == list(
        dict.fromkeys((row["claim"], row["footnotes"]) for row in rows))
    assert [row["claim"] for row in rows] == sorted((row["claim"] for row in rows),
                                                    key=[claim for claim, _ in shown].index)


def test_a_topic_already_in_the_order_of_its_cards_keeps_its_rows(fixture_site):
    """The honest twins: the strike's union then port authority, the buses' two companies, the real briefing's
    first claims, as they were."""
    rows = claim_rows(fixture_site("microsite"), "harbour-strike")
    assert [(row["parties"], row["value"], row["as_shown"]) for row in rows] == [("union", "1200", "1,200"),
                                                                              ("authority", "800", "800")]
    assert [row["claim"] for row in claim_rows(fixture_site("rtl"), "bus-routes")] == ["fares-1", "fares-2",
                                                                                       "routes-1"]


def test_the_comparisons_download_keeps_the_tables_order(fixture_site):
    """Row by row, party by party, as the table reads: unchanged."""
    text = (fixture_site(FRENCH[0]) / FRENCH[1] / "data" / "comparisons.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(row["measure"], row["party_id"], row["as_shown"], row["footnotes"]) for row in rows] == [
        ("Droit de douane avant la hausse", "valmorie", "12", "1"),
        ("Droit de douane avant la hausse", "ostrelande", "5", "2"),
        ("Droit de douane après la hausse", "valmorie", "25", "1"),
        ("Droit de douane après la hausse", "ostrelande", "18", "2")]


@pytest.mark.browser
def test_a_fact_checker_follows_the_downloads_citations_in_turn_on_the_french_page(tab, fixture_site):
    """Going down briefing.json's citations, scripts off at 320 px: each footnote's link leads to the highlighted
    passage whose words the download quotes, and the notes met are never an earlier one after a later one within a
    file; no request leaves the site."""
    site = fixture_site(FRENCH[0])
    rows = citations(site, FRENCH[1])
    with serve(site) as url:
        page, traffic = tab(url + FRENCH[1] + "/", viewport={"width": 320, "height": 640}, java_script_enabled=False)
        hrefs = dict(page.eval_on_selector_all(
            ".notes li", "items => items.map((li, i) => [i + 1, li.querySelector('a[href*=\"#passage-\"]')"
                         ".getAttribute('href')])"))
        for kind in dict.fromkeys(kind_of(row) for row in rows):
            numbers = [row["footnote"] for row in rows if kind_of(row) == kind]
            assert numbers == sorted(numbers), kind
        for row in rows[:6]:
            page.goto(url + FRENCH[1] + "/" + hrefs[row["footnote"]])
            passage = page.locator(":target")
            assert " ".join(passage.inner_text().split()).startswith(" ".join(row["quote"].split())[:40])
        assert traffic.foreign_hosts() == set() and not traffic.page_errors
