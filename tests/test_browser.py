"""The real briefing in a real browser: Playwright driving Debian's Chromium against a local server.

Checks what a reader meets: a clean load with no third-party requests, no axe-core violations,
footnote previews on keyboard focus and hover, footnotes that lead to the highlighted passage
and back, no horizontal scrolling at 320 px, a working page without JavaScript, dark and print
styles. Screenshots at 390 px and 1280 px go to tests/screenshots/ for a person to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser_support import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, in_ci, open_page, require, serve

INDEX = "index.html"
SOURCE = "sources/report.html"
MARKER = 'main a[href^="#note-"]'


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium for the whole module."""
    require(CHROMIUM, "the browser tests drive Debian's Chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if in_ci():
            pytest.fail("the playwright package is not installed")
        pytest.skip("the playwright package is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site_url(real_site: Path):
    """The real briefing served from 127.0.0.1."""
    with serve(real_site) as url:
        yield url


def note_quote(page, note_id: str) -> str:
    """Return the quoted words of a footnote, as the page shows them."""
    return " ".join(page.locator(f'li[id="{note_id}"] q').inner_text().split())


def in_viewport(page, selector: str) -> bool:
    """Say whether the element is at least partly inside the visible window."""
    return page.eval_on_selector(selector, """element => {
        const box = element.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    }""")


@pytest.mark.parametrize("path", [INDEX, SOURCE])
def test_page_loads_with_no_errors_and_only_its_own_requests(browser, site_url, path):
    page, traffic = open_page(browser, site_url + path)
    assert traffic.console_errors == []
    assert traffic.page_errors == []
    assert traffic.failed == []
    assert traffic.foreign_hosts() == set()
    loaded = {url.removeprefix(site_url) for url in traffic.requests}
    assert {path, "static/style.css"} <= loaded
    if path == INDEX:
        assert "static/preview.js" in loaded
        # The stylesheet really applied: the marker is styled as a superscript.
        assert page.eval_on_selector(MARKER, "a => getComputedStyle(a).verticalAlign") != "baseline"
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", [INDEX, SOURCE])
def test_axe_finds_no_violations(browser, site_url, path, scheme):
    from axe_playwright_python.sync_playwright import Axe

    page, traffic = open_page(browser, site_url + path, color_scheme=scheme)
    if path == INDEX:
        page.focus(MARKER)  # check the page with a footnote preview open, too
        assert page.is_visible("#fn-tip")
    results = Axe().run(page)
    assert len(results.response["passes"]) > 20, "axe-core should have checked the page"
    assert results.violations_count == 0, results.generate_report()
    assert traffic.foreign_hosts() == set(), "axe-core must run offline, from its packaged copy"
    page.context.close()


def test_keyboard_focus_on_a_marker_shows_its_footnote_preview(browser, site_url):
    page, _ = open_page(browser, site_url + INDEX)
    assert page.is_hidden("#fn-tip")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('a[href^=\"#note-\"]')"):
            break
    else:
        pytest.fail("Tab never reached a footnote marker")
    note_id = page.evaluate("document.activeElement.hash.slice(1)")
    assert page.is_visible("#fn-tip")
    assert page.get_attribute("#fn-tip", "role") == "tooltip"
    assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == "fn-tip"
    assert note_quote(page, note_id) in " ".join(page.inner_text("#fn-tip").split())
    page.keyboard.press("Escape")
    assert page.is_hidden("#fn-tip")
    assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") is None
    page.context.close()


def test_hover_shows_the_preview_of_that_marker_and_leaving_hides_it(browser, site_url):
    page, _ = open_page(browser, site_url + INDEX)
    marker = page.locator(MARKER).nth(5)
    note_id = marker.evaluate("a => a.hash.slice(1)")
    marker.hover()
    assert page.is_visible("#fn-tip")
    assert note_quote(page, note_id) in " ".join(page.inner_text("#fn-tip").split())
    page.mouse.move(0, 0)
    page.wait_for_selector("#fn-tip", state="hidden", timeout=2000)
    page.context.close()


def test_a_marker_leads_to_its_note_whose_source_link_lands_on_the_highlighted_passage(browser, site_url):
    page, traffic = open_page(browser, site_url + INDEX)
    marker = page.locator(MARKER).nth(3)
    use_id, note_id = marker.get_attribute("id"), marker.evaluate("a => a.hash.slice(1)")
    marker.click()
    assert page.evaluate("location.hash") == f"#{note_id}"
    assert page.evaluate("document.querySelector(':target').id") == note_id
    assert in_viewport(page, f'li[id="{note_id}"]')

    source_link = page.locator(f'li[id="{note_id}"] a[href^="sources/"]')
    passage_id = source_link.get_attribute("href").split("#")[1]
    source_link.click()
    page.wait_for_url(re.compile(re.escape(SOURCE) + "#"))
    target = page.evaluate("(() => { const t = document.querySelector(':target'); return [t.tagName, t.id]; })()")
    assert target == ["MARK", passage_id]
    assert in_viewport(page, f'mark[id="{passage_id}"]')
    highlighted = page.eval_on_selector(f'mark[id="{passage_id}"]', "m => getComputedStyle(m).backgroundColor")
    plain = page.eval_on_selector("mark.cited:not(:target)", "m => getComputedStyle(m).backgroundColor")
    assert highlighted != plain, "the passage that was linked to should stand out from the other marks"

    page.locator(f'a.backlink[href="../{INDEX}#{note_id}"]').first.click()
    page.wait_for_url(re.compile(re.escape(INDEX) + "#"))
    assert page.evaluate("location.hash") == f"#{note_id}"
    page.locator(f'li[id="{note_id}"] a[href="#{use_id}"]').click()
    assert page.evaluate("document.querySelector(':target').id") == use_id
    assert in_viewport(page, f'[id="{use_id}"]')
    assert traffic.failed == [] and traffic.console_errors == []
    page.context.close()


@pytest.mark.parametrize("path", [INDEX, SOURCE])
def test_no_horizontal_scrolling_at_320_px(browser, site_url, path):
    page, _ = open_page(browser, site_url + path, viewport={"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    if path == INDEX:
        # Neither an open preview nor the chart may widen the page.
        page.locator(MARKER).last.focus()
        assert page.is_visible("#fn-tip")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert page.eval_on_selector(".chart svg", "svg => svg.getBoundingClientRect().width") <= 320
    page.context.close()


def test_without_javascript_markers_are_plain_links_to_their_notes(browser, site_url):
    page, traffic = open_page(browser, site_url + INDEX, java_script_enabled=False)
    markers = page.locator(MARKER)
    assert markers.count() > 40
    assert page.locator("#fn-tip").count() == 0
    marker = markers.nth(2)
    use_id, href = marker.get_attribute("id"), marker.get_attribute("href")
    assert re.fullmatch(r"\[\d+\]", marker.inner_text())
    marker.click()
    assert page.evaluate("location.hash") == href
    assert in_viewport(page, f'li[id="{href[1:]}"]')
    page.locator(f'li[id="{href[1:]}"] a[href="#{use_id}"]').click()
    assert page.evaluate("location.hash") == f"#{use_id}"
    assert in_viewport(page, f'[id="{use_id}"]')
    assert traffic.failed == []
    page.context.close()


def test_dark_scheme_and_print_styles_apply(browser, site_url):
    page, _ = open_page(browser, site_url + INDEX, color_scheme="dark")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    channels = [int(n) for n in re.findall(r"\d+", background)[:3]]
    assert sum(channels) < 3 * 80, f"dark scheme expected, body background is {background}"
    page.emulate_media(media="print", color_scheme="light")
    assert page.eval_on_selector(".toc", "e => getComputedStyle(e).display") == "none"
    assert page.eval_on_selector("#notes", "e => getComputedStyle(e).display") != "none"
    assert page.locator("#notes li").first.is_visible()
    printed = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert printed in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)")
    page.context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_for_a_person_to_look_at(browser, site_url, width):
    SCREENSHOTS.mkdir(exist_ok=True)
    written = []
    for path, scheme in ((INDEX, "light"), (INDEX, "dark"), (SOURCE, "light")):
        page, traffic = open_page(browser, site_url + path, viewport={"width": width, "height": 900},
                                  color_scheme=scheme)
        shot = SCREENSHOTS / f"{Path(path).stem}-{scheme}-{width}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert traffic.failed == []
        page.context.close()
        written.append(shot)
    for shot in written:
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
