"""A reader of a developing story in Chromium, round eight: what the last session's additions (a figure "revised to"
the newer report's, the latest day's corrections on the home page) and the German locale gave a keyboard user, a
320 px screen (or 400% zoom) and forced colours. Each test loads a page once and checks what a reader meets there."""

from __future__ import annotations

import shutil

import pytest

from browser_support import serve, settled, site_tree
from conftest import run_build
from explainer import numbers
from support import edit, project_in_language
from test_developing_2 import FOLLOWUP_ENTRY
from test_newuser_10 import SLUG, _second_day

SOURCE = ("Kartellamt prüft Fusion\n\n"
          "Nach Angaben der Behörde sind mehr als 2.500 Verfahrensunterlagenseiten eingegangen.\n")
QUOTE = "Nach Angaben der Behörde sind mehr als 2.500 Verfahrensunterlagenseiten eingegangen"
# A German compound longer than a 320 px screen is wide, as a figure's measure
COMPOUND = "Kapitänswitwenrentenversicherungsverfahrensunterlagenseiten"
CORRECTIONS = 5


def german_briefing(title: str) -> str:
    """Return a German briefing.yaml whose log's latest day holds CORRECTIONS corrections."""
    fixes = "".join(f"  - date: 2026-03-06\n    kind: correction\n    text: Die Zahl stammt vom Amt ({letter}).\n"
                    f"    wrong: Wir schrieben, sie stamme vom Ministerium ({letter}).\n"  # a letter: a log's figure is checked
                    for letter in "abcdefghijklmnopqrstuvwxyz"[:CORRECTIONS])
    return (f"title: {title}\nlanguage: de\nsummary: |\n  Mehr als 2.500 Seiten sind eingegangen.[^q]\nupdates:\n"
            "  - date: 2026-03-05\n    kind: update\n    text: Erstmals veröffentlicht.\n" + fixes +
            "parties:\n  - id: nordwerk\n    name: Nordwerk\n  - id: amt\n    name: Bundeskartellamt\n"
            f"citations:\n  q:\n    source: fusion\n    quote: {QUOTE}\n")


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    """Two sites, served: the real briefing on its second day (a follow-up report revising two figures), and an
    English site of three German briefings, each corrected five times on its latest day, one with a long compound
    as a figure's measure."""
    work = tmp_path_factory.mktemp("reader8")
    day_two = _second_day(work / "day-two")
    edit(day_two / "content" / "sources.yaml", FOLLOWUP_ENTRY, FOLLOWUP_ENTRY.replace("unknown", "Frontier Wire"))
    german = project_in_language(work / "de", "de", "", "fusion", SOURCE, german_briefing("Fusionskontrolle"))
    shutil.rmtree(german / "locales")  # German is built in
    (german / "content" / "fusion" / "claims.yaml").write_text(
        "topics:\n  - id: akten\n    title: Die Akten\n    claims:\n      - claimant: Das Bundeskartellamt\n"
        "        parties: [amt]\n        says: Es sind mehr als 2.500 Seiten eingegangen.\n        status: claim\n"
        f"        figures:\n          - measure: {COMPOUND}\n            value: 2500\n            bound: more than\n"
        "        cite: [q]\n", encoding="utf-8")
    (german / "content" / "fusion" / "comparisons.yaml").write_text(
        f"comparisons:\n  - id: akten\n    title: Die Akten\n    rows:\n      - measure: {COMPOUND}\n"
        "        unit: Seiten\n        values:\n          amt:\n            value: 2500\n            bound: more than\n"
        "            cite: [q]\n", encoding="utf-8")
    for slug, title in (("fusion-zwei", "Fusion und Markt"), ("fusion-drei", "Fusion und Werke")):
        (german / "content" / slug).mkdir()
        (german / "content" / slug / "briefing.yaml").write_text(german_briefing(title), encoding="utf-8")
    try:
        for root in (day_two, german):
            built = run_build(root)
            assert built.code == 0, built.err
    finally:
        numbers.read_as_locales({})  # an in-process build of a German site leaves German's reading of figures set
    with serve(site_tree(work / "www", {"day-two": day_two / "site", "de": german / "site"})) as url:
        yield url


def sideways(page) -> list[str]:
    """Return what sticks out past the right edge of the page's viewport, making it scroll sideways (a wide table
    scrolls in its own box; a chart clips its labels)."""
    return page.evaluate("""() => { const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('main *')].filter(e => !e.closest('.table-scroll, svg'))
            .filter(e => e.getBoundingClientRect().right > width + 1)
            .map(e => e.tagName + ': ' + e.textContent.trim().slice(0, 40)); }""")


@pytest.mark.browser
def test_a_german_compound_as_a_measure_is_wrapped_at_320_px_in_a_figure_box_and_a_table(tab, site_url):
    """Figure boxes wrapped between words only: "Kapitänswitwenrenten…seiten", wider than the screen, made the page
    441 px wide at 320 px (and at 400% zoom), the figure's box and its number beyond the edge. A word wider than its
    box now breaks inside it; the rest still wrap between words."""
    page, traffic = tab(site_url + "de/fusion/index.html", viewport={"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, sideways(page)
    assert sideways(page) == []
    box = page.locator(".figures li").first
    assert COMPOUND in box.inner_text().replace("\n", "")  # all of it, on several lines
    # The comparison table scrolls in its box, its row header kept in view: that header, as wide as the compound,
    # covered its own figures at every scroll position. It now takes at most 40% of the screen.
    covered = page.evaluate("""() => { const box = document.querySelector('.table-scroll');
        box.scrollIntoView(); box.scrollLeft = box.scrollWidth;
        const cell = box.querySelector('tbody td:last-child').getBoundingClientRect();
        const found = document.elementFromPoint(cell.left + cell.width / 2, cell.top + cell.height / 2);
        return [box.querySelector('tbody th').getBoundingClientRect().width, found.closest('td, th').tagName]; }""")
    assert covered[0] <= 0.4 * 320 + 1 and covered[1] == "TD", covered
    assert traffic.foreign_hosts() == set() and not traffic.failed


@pytest.mark.browser
def test_the_home_page_of_many_corrected_briefings_lists_the_newest_and_counts_the_rest(tab, site_url):
    """Each briefing listed all of its latest day's corrections under it: three briefings corrected five times
    each took three screens at 390 px before the next briefing. Now a briefing with more than two lists its newest
    and one line saying how many more, leading to its log; following it by keyboard lands on the log in view."""
    from browser_support import axe_audit

    page, traffic = tab(site_url + "de/index.html", viewport={"width": 390, "height": 800})
    lists = page.eval_on_selector_all(".briefing-entry", """entries => entries.map(entry =>
        [...entry.querySelectorAll('.corrections > li')].map(item => {  // as seen: not the words for screen readers
            const seen = item.cloneNode(true);
            seen.querySelectorAll('.visually-hidden').forEach(hidden => hidden.remove());
            return seen.textContent; }))""")
    corrected = [items for items in lists if items]
    assert len(corrected) == 3 and all(len(items) == 2 for items in corrected), lists
    assert all(items[0].startswith("Correction: 6 March 2026.") and "(e)" in items[0] for items in corrected), lists
    assert all(items[1] == f"{CORRECTIONS - 1} more corrections that day: see Updates and corrections"
               for items in corrected), lists
    assert sideways(page) == []
    assert axe_audit(page).violations_count == 0
    more = page.locator(".corrections > li:last-child a").first
    more.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    landed = page.evaluate("""() => { const target = document.querySelector(':target');
        const box = target.getBoundingClientRect();
        return {id: target.id, entries: target.querySelectorAll('.log-correction').length,
                inView: box.top >= 0 && box.top < innerHeight}; }""")
    assert landed == {"id": "updates", "entries": CORRECTIONS, "inView": True}
    assert traffic.foreign_hosts() == set() and not traffic.failed


@pytest.mark.browser
@pytest.mark.parametrize("colours", ["none", "active"])
def test_a_revised_to_link_lands_on_the_newer_card_ringed_and_next_in_the_tab_order(tab, site_url, colours):
    """"revised to 331 by the report of 2 March 2026" scrolled to the newer claim's card, but nothing told that card
    from its neighbours (a note or a log entry arrived at is tinted; a card was not): the reader had to guess which
    one the link meant. The card arrived at is now ringed, in forced colours too, and Tab goes on inside it."""
    from browser_support import axe_audit

    page, traffic = tab(site_url + f"day-two/{SLUG}/index.html", forced_colors=colours)
    revised = page.locator("a.revised").first
    assert revised.inner_text() == "revised to 331 by the report of 2 March 2026"
    revised.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#claim-casualties-4'")
    rings = page.eval_on_selector_all(".claim", """cards => cards.map(card => {
        const style = getComputedStyle(card);
        return [card.matches(':target'), style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth)]; })""")
    assert [width >= 2 for target, width in rings] == [target for target, width in rings], rings
    box = page.evaluate("document.querySelector(':target').getBoundingClientRect().toJSON()")
    assert 0 <= box["top"] < page.viewport_size["height"] / 2, box
    settled(page)  # as a reader, who presses Tab once the page is drawn
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector(':target').contains(document.activeElement)")
    assert axe_audit(page).violations_count == 0
    assert traffic.foreign_hosts() == set() and not traffic.failed
