"""A reader in Chromium, round twelve: a fact-checker following a note to a passage that holds other cited passages,
and a reader arriving at a comparison row or a quote by its link, in forced colours too; a reader clicking back from
a note; the downloads opened in a spreadsheet, and a screen reader's list of a page's links. Each browser test loads
one page and checks what a reader meets there."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from html.parser import HTMLParser

import pytest

from browser_support import PAINTED, serve
from regenerate_golden import GOLDEN

# Two passages of the fixture merger's gazette that hold others: the Authority's decision holds two (one inside the
# other), the announcement one.
DECISION = "L'Autorité de la concurrence de Valmont a décidé le 12 mai 2026 d'ouvrir une enquête approfondie sur le projet."
ANNOUNCEMENT = "La coopérative Laiterie du Nord et la Fromagerie Belval ont annoncé le 4 mai 2026 leur projet de fusion."

# Where an element is drawn on the page with a margin round it (a ring is drawn outside its box).
AROUND = """element => { const box = element.getBoundingClientRect(), x = Math.max(0, box.x + scrollX - 8);
    return {x, y: Math.max(0, box.y + scrollY - 8), width: box.width + 16, height: box.height + 16}; }"""


def looks(page, element) -> bytes:
    """Return a picture of `element` and what is drawn round it, as the page shows it now."""
    return page.screenshot(clip=element.evaluate(AROUND), full_page=True, animations="disabled")


@pytest.mark.browser
def test_a_passage_holding_others_is_tinted_whole_when_arrived_at(tab, fixture_site):
    """A passage inside another kept its own plain fill over the fill of the passage arrived at, so a note's link
    showed only the words between the passages inside as the ones it led to: "L'Autorité de la concurrence de
    Valmont ." of the Authority's decision, ". ... . ." of the real briefing's Al-Monitor quote (11 of its 42
    passages, 22 of 131 across six sites). Every word of the passage is now on the arrival's fill, in light and dark,
    and keeps its contrast there."""
    from browser_support import axe_audit

    with serve(fixture_site("merger")) as url:
        page, traffic = tab(url + "sources/gazette.html#passage-448-559",
                            viewport={"width": 320, "height": 640})
        assert page.evaluate(PAINTED) == DECISION
        page.evaluate("() => { location.hash = 'passage-79-183'; }")
        assert page.evaluate(PAINTED) == ANNOUNCEMENT
        page.emulate_media(color_scheme="dark")
        assert page.evaluate(PAINTED) == ANNOUNCEMENT
        assert axe_audit(page).violations_count == 0  # the inner passage's words dark on the bright fill
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors


@pytest.mark.browser
def test_a_row_or_a_quote_arrived_at_by_its_link_looks_arrived_at_in_forced_colours(tab, real_site):
    """A comparison row arrived at by its "link to this" was only tinted: colour alone, which forced colours (Windows
    high contrast) drop, so the row looked like every other. A quote arrived at by its link showed nothing at all, in
    any colours. The row is now lined above and below in the accent colour, the quote ringed like a claim card:
    each looks otherwise than before it was arrived at, in forced colours too."""
    with serve(real_site) as url:
        page, traffic = tab(url + "pakistan-afghanistan-war/index.html",
                            viewport={"width": 320, "height": 640}, forced_colors="active")
        for selector in ("tr[id]", ".quote[id]"):
            element = page.locator(selector).last
            before = looks(page, element)
            page.evaluate("id => { location.hash = id; }", element.get_attribute("id"))
            assert looks(page, element) != before, selector
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors


@pytest.mark.browser
def test_the_way_back_from_a_note_by_mouse_opens_no_preview_over_the_words_come_back_to(tab, real_site):
    """Following a note's way back focuses its marker, and focus showed the marker's preview: a reader who clicked
    (or tapped) back from note 3 found note 3 again in a box over the next lines of the summary, until they clicked
    elsewhere. A preview now opens on hover and on a focus moved by keyboard (Tab, or Enter on the way back), as
    before, but not on this one."""
    with serve(real_site) as url:
        page, traffic = tab(url + "pakistan-afghanistan-war/index.html",
                            viewport={"width": 390, "height": 700})
        marker = page.locator("a.ref").nth(2)
        marker.click()
        page.mouse.move(0, 0)
        page.locator(f"li:target a.backlink[href='#{marker.get_attribute('id')}']").click()
        assert page.evaluate("document.activeElement.id") == marker.get_attribute("id")  # the marker, focused
        assert page.is_hidden("#fn-tip")
        page.keyboard.press("Tab")  # the next marker, reached by keyboard, shows its own
        assert page.evaluate("document.activeElement.className") == "ref" and page.is_visible("#fn-tip")
        assert not traffic.console_errors and not traffic.page_errors


@pytest.mark.parametrize("name", ["comparisons.csv", "claims.csv"])
def test_a_download_opened_in_a_spreadsheet_is_rfc_4180_csv_with_a_byte_order_mark(fixture_site, name):
    """RFC 4180 (and the text/csv registration) ends each record with CRLF; the downloads ended them with a bare LF.
    The rows as a spreadsheet reads them: a BOM for UTF-8, then every record ending in CRLF, the same rows as before."""
    import csv

    data = (fixture_site("merger") / "grocer-merger" / "data" / name).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(keepends=True)))
    assert len(rows) > 2 and data.count(b"\r\n") == len(rows) == data.count(b"\n")
    assert data.endswith(b"\r\n") and b"\r\r" not in data
    assert rows[0][:2] == (["table", "measure"] if name == "comparisons.csv" else ["topic", "claim"])


def _source_links(page: str) -> list[tuple[str, str, str]]:
    """Return each note's number, and its link into the source page: its accessible name and its shown words."""
    notes = page.split('<section id="notes"', 1)[1].split("<li id=")[1:]
    links = [re.search(r'<a href="[^"]*sources/[^"]*"(?: aria-label="([^"]*)")?>([^<]*)</a>', note) for note in notes]
    return [(str(number), html.unescape(link[1] or link[2]), html.unescape(link[2]))
            for number, link in enumerate(links, start=1)]


def test_each_notes_way_into_the_source_is_named_with_its_number(real_site, fixture_site):
    """A screen reader's list of the page's links held "in the source" once per note, 42 times alike on the real
    briefing, each leading to other words; a note's markers ("note 3") and its "original" link were named with its
    number, this link alone not. It is now "note 3 in the source", in the page's language, its shown words kept
    (WCAG 2.5.3: the name holds the label)."""
    pages = {"en": real_site / "pakistan-afghanistan-war" / "index.html",
             "ar": fixture_site("rtl") / "bus-routes" / "index.html"}
    said = {"en": "note {number} in the source", "ar": "الحاشية {number} في المصدر"}
    for language, page in pages.items():
        links = _source_links(page.read_text(encoding="utf-8"))
        assert len(links) > 1 and len({name for _, name, _ in links}) == len(links)
        assert all(name == said[language].format(number=number) and name.endswith(shown)
                   for number, name, shown in links), links


def test_where_a_briefing_cites_several_sources_each_notes_link_is_named_with_its_number_and_title():
    """Where a briefing cites several sources, a note's link into its source shows the source's title: the same name
    for every note of that source (24 notes, two titles, on a French briefing of the tests). It is now "note 2: The
    Harbour Courier (fictional)". The fixture microsite's vote briefing, as built (tests/test_golden.py)."""
    page = (GOLDEN / "council-vote" / "index.html").read_text(encoding="utf-8")
    assert _source_links(page) == [("1", "note 1: Eastmere council minutes (fictional)",
                                    "Eastmere council minutes (fictional)"),
                                   ("2", "note 2: The Harbour Courier (fictional)", "The Harbour Courier (fictional)")]


class _Links(HTMLParser):
    """Collects a page's links: each one's name for a screen reader (its aria-label, or else its words) and target."""

    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._open: list | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "a" and dict(attrs).get("href"):
            self._open = [dict(attrs).get("aria-label"), "", dict(attrs)["href"]]

    def handle_data(self, data):
        if self._open is not None:
            self._open[1] += data

    def handle_endtag(self, tag):
        if tag == "a" and self._open is not None:
            label, words, href = self._open
            self.links.append((" ".join((label if label is not None else words).split()), href))
            self._open = None


def test_no_two_links_of_a_page_share_a_name_but_lead_apart(real_site, fixture_site):
    """A screen reader lists a page's links by name. Each page of the real site, the merger and the Arabic fixture
    and the golden microsite now names every link so that two alike lead to one place: the real briefing had
    "in the source" 42 times and "Link to this: Pakistan" twice (a party's claims in two topics), now named by
    their note and by their topic."""
    pages = [page for site in (real_site, fixture_site("merger"), fixture_site("rtl"), GOLDEN)
             for page in sorted(site.rglob("*.html"))]
    clashes = {}
    for page in pages:
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        targets = defaultdict(set)
        for name, href in parser.links:
            targets[name].add(href)
        clashes.update({(page.name, name): sorted(hrefs) for name, hrefs in targets.items() if len(hrefs) > 1})
    assert len(pages) > 15 and clashes == {}
