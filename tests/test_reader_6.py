"""What a reader met on the comparison tables that the earlier rounds (test_browser.py, test_reader_5.py) leave out:
a row's link focused by Tab in a table scrolled sideways at 320 px, a row arrived at by its link, and a page printed
from a browser set to dark mode."""

from __future__ import annotations

import pytest

from browser_support import serve, site_tree
from test_reader_5 import contrast

MERGER = "merger/grocer-merger/index.html"
ROW = "row-chains-stores"


@pytest.fixture(scope="module")
def site_url(fixture_site, tmp_path_factory):
    """The merger fixture microsite (a three-column table wider than a 320 px screen), built and served."""
    work = tmp_path_factory.mktemp("reader6")
    with serve(site_tree(work / "www", {"merger": fixture_site("merger")})) as url:
        yield url


def hidden_in_its_table(page) -> dict | None:
    """Return what the focused element is and where, if it lies outside the visible box of its scrolling table."""
    return page.evaluate("""() => {
        const focused = document.activeElement, box = focused.closest('.table-scroll');
        if (!box) return null;
        const seen = box.getBoundingClientRect(), at = focused.getBoundingClientRect();
        const inside = at.left >= seen.left - 0.5 && at.right <= seen.right + 0.5;
        return inside ? null : {link: focused.getAttribute('href'), left: at.left, right: at.right,
                                boxLeft: seen.left, boxRight: seen.right, scrolled: box.scrollLeft};
    }""")


@pytest.mark.browser
@pytest.mark.parametrize("java_script", [True, False])
def test_every_link_of_a_wide_table_focused_by_tab_at_320_px_is_in_view(tab, site_url, java_script):
    """Tab from a row's last note marker (the table scrolled right to show it) to the next row's link: Chromium left
    the table scrolled, so the focused "#" sat wholly beyond the box's left edge, its focus ring out of sight."""
    page, _ = tab(site_url + MERGER, viewport={"width": 320, "height": 700},
                  java_script_enabled=java_script)
    assert page.evaluate("(b => b.scrollWidth > b.clientWidth)(document.querySelector('#table-chains .table-scroll'))")
    inside_table = 0
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('#table-chains') !== null"):
            inside_table += 1
            assert hidden_in_its_table(page) is None
        elif inside_table:
            break
    assert inside_table >= 9, "the table's row links and note markers should all have been focused"


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_row_arrived_at_by_its_link_is_marked_and_readable(tab, site_url, scheme):
    """A shared link to a table's row scrolled to it and marked nothing: the reader had to guess which row was meant.
    Tinted now as a note arrived at is, its unit and "#" keep their contrast (axe-core) in both schemes."""
    from browser_support import axe_audit

    page, traffic = tab(f"{site_url}{MERGER}#{ROW}", viewport={"width": 320, "height": 700},
                        color_scheme=scheme)
    backgrounds = page.evaluate("""id => [...document.getElementById(id).parentElement.rows].map(row =>
        [row.id, [...row.cells].map(cell => getComputedStyle(cell).backgroundColor)])""", ROW)
    page_background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    for row_id, cells in backgrounds:
        tinted = [colour not in (page_background, "rgba(0, 0, 0, 0)") for colour in cells]
        assert all(tinted) if row_id == ROW else not any(tinted), (row_id, cells, page_background)
    results = axe_audit(page)
    assert results.violations_count == 0, f"{scheme}: {results.generate_report()}"
    assert traffic.failed == [] and traffic.foreign_hosts() == set()


@pytest.mark.browser
@pytest.mark.parametrize("path", [MERGER, "merger/fusion-laiteries/index.html"])
def test_printed_from_a_browser_in_dark_mode_every_word_and_bar_stands_out_on_white_paper(tab, site_url, path):
    """The print styles made paper white but kept dark mode's pale accents: the kicker, the status badges (a ruling's
    white words on pale grey) and the chart's bars printed at 1.5 to 2.2:1 on the page."""
    from browser_support import axe_audit

    page, _ = tab(site_url + path, color_scheme="dark")
    page.emulate_media(media="print", color_scheme="dark")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    results = axe_audit(page)
    assert results.violations_count == 0, results.generate_report()
    fills = page.eval_on_selector_all(".chart rect.bar:not(.range)", "bars => bars.map(b => getComputedStyle(b).fill)")
    assert fills and min(contrast(fill, "rgb(255, 255, 255)") for fill in fills) >= 3, fills


@pytest.mark.browser
@pytest.mark.parametrize("path", [MERGER, "merger/fusion-laiteries/index.html"])
def test_a_screen_reader_names_a_row_by_its_measure_alone_and_still_reaches_its_link(tab, site_url, path):
    """Moving along a row, a screen reader repeats the row header's name with every cell: it was "Stores (stores)
    Link to this: Stores", the permalink's label read out again and again."""
    page, _ = tab(site_url + path)
    headers = page.locator("#comparisons th[scope=row]")
    assert headers.count() >= 2
    for index in range(headers.count()):
        header = headers.nth(index)
        shown = " ".join(header.inner_text().split())  # the measure and its unit; the "#" is drawn by CSS
        assert page.get_by_role("rowheader", name=shown, exact=True).count() >= 1, header.get_attribute("id")
        snapshot = header.aria_snapshot()
        assert snapshot.splitlines()[0] == f'- rowheader "{shown}":', snapshot
        label = header.locator("a.permalink").get_attribute("aria-label")
        assert header.get_by_role("link", name=label, exact=True).count() == 1, "the permalink stays in the tree"
