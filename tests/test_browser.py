"""The real briefing and the fixture microsites in a real browser: Playwright driving Debian's Chromium.

Checks what a reader meets, on the real war briefing, its home page and source page, a merger
briefing in English and in French, and an Arabic (right-to-left) microsite: a clean load with no
request beyond 127.0.0.1, no axe-core violations in light and dark, no horizontal scrolling at
320, 390 and 1280 px, footnote previews on keyboard focus and hover, footnotes that lead to the
highlighted passage and back, working pages without JavaScript, cited passages that copy as the
source's exact words, claim permalinks that bring their card into view, dark and print styles.
Screenshots at 390 px and 1280 px go to tests/screenshots/ for a person to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser_support import SCREENSHOTS, full_page_png, serve, site_tree
from conftest import REPO
from test_topics import FIXTURES

SLUG = "pakistan-afghanistan-war"
HOME = "real/index.html"
BRIEFING = f"real/{SLUG}/index.html"
SOURCE = "real/sources/report.html"
MERGER = "merger/grocer-merger/index.html"
FUSION = "merger/fusion-laiteries/index.html"
MERGER_SOURCE = "merger/sources/wire.html"
RTL_HOME = "rtl/index.html"
RTL = "rtl/bus-routes/index.html"
RTL_SOURCE = "rtl/sources/bulletin.html"
BRIEFINGS = (BRIEFING, MERGER, FUSION, RTL)
PAGES = (HOME, BRIEFING, SOURCE, MERGER, FUSION, MERGER_SOURCE, RTL_HOME, RTL, RTL_SOURCE)
SEEDS = {SOURCE: REPO / "seeds" / "000_bd91349fafd64fe6.txt",
         MERGER_SOURCE: FIXTURES / "merger" / "seeds" / "lakeport-wire.txt",
         RTL_SOURCE: FIXTURES / "rtl" / "seeds" / "oasis-bulletin.txt"}
MARKER = 'main a[href^="#note-"]'
WIDTHS = (320, 390, 1280)


@pytest.fixture
def browser(chromium):
    """The headless Chromium of the browser tests (conftest.py)."""
    return chromium


@pytest.fixture(scope="module")
def site_url(real_site: Path, fixture_site, tmp_path_factory):
    """The real site and both fixture microsites, built and served from 127.0.0.1 under real/, merger/ and rtl/."""
    work = tmp_path_factory.mktemp("browser")
    sites = {"real": real_site, "merger": fixture_site("merger"), "rtl": fixture_site("rtl")}
    with serve(site_tree(work / "www", sites)) as url:
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


def site_root(path: str) -> str:
    """Return the folder of the site a page belongs to: 'real/' for 'real/sources/report.html'."""
    return path.split("/")[0] + "/"


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_cleanly_and_axe_finds_no_violations_in_light_and_dark(tab, site_url, path):
    from browser_support import axe_audit

    page, traffic = tab(site_url + path, color_scheme="light")
    assert traffic.console_errors == []
    assert traffic.page_errors == []
    assert traffic.failed == []
    loaded = {url.removeprefix(site_url) for url in traffic.requests}
    assert {path, site_root(path) + "static/style.css"} <= loaded
    if path in BRIEFINGS:
        assert site_root(path) + "static/preview.js" in loaded
        # The stylesheet really applied: the marker is styled as a superscript.
        assert page.eval_on_selector(MARKER, "a => getComputedStyle(a).verticalAlign") != "baseline"
        page.focus(MARKER)  # check the page with a footnote preview open, too
        assert page.is_visible("#fn-tip")
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        results = axe_audit(page)
        assert len(results.response["passes"]) > 15, "axe-core should have checked the page"
        assert results.violations_count == 0, f"{scheme}: {results.generate_report()}"
    assert traffic.foreign_hosts() == set(), "only 127.0.0.1, and axe-core from its packaged copy"


@pytest.mark.parametrize("width", [360, 1280])
def test_the_preview_error_page_has_no_axe_violations_in_light_and_dark(browser, tmp_path, width):
    """The page `serve` shows instead of the briefing: its colours hold in dark mode, its excerpts scroll by keyboard."""
    from browser_support import axe_audit

    from explainer.error_page import render_error_page
    from explainer.problems import Problem

    briefing = tmp_path / "content" / SLUG / "briefing.yaml"
    briefing.parent.mkdir(parents=True)
    long_line = "    quote: " + " ".join(["words the source never had"] * 12)
    briefing.write_text("title: A briefing\ncitations:\n  airstrikes:\n" + long_line + "\n", encoding="utf-8")
    html = render_error_page(tmp_path, [Problem(f"content/{SLUG}/briefing.yaml", 4, "quote not found in source report",
                                                "quote the source's exact words", 12)]).decode()
    page = browser.new_page(viewport={"width": width, "height": 700})
    page.set_content(html)
    assert page.eval_on_selector("pre", "pre => pre.scrollWidth > pre.clientWidth"), "the excerpt should overflow"
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        results = axe_audit(page)
        assert results.violations_count == 0, f"{scheme}: {results.generate_report()}"
    page.close()


@pytest.mark.parametrize("path", PAGES)
def test_no_horizontal_scrolling_at_320_390_and_1280_px(tab, site_url, path):
    page, _ = tab(site_url + path, viewport={"width": WIDTHS[0], "height": 700})
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 700})
        assert page.evaluate("document.documentElement.scrollWidth") <= width, f"at {width} px"
        if path in BRIEFINGS:
            # Neither an open preview nor a chart may widen the page.
            page.locator(MARKER).last.focus()
            assert page.is_visible("#fn-tip")
            assert page.evaluate("document.documentElement.scrollWidth") <= width, f"at {width} px, preview open"
            rights = page.eval_on_selector_all(".chart svg", "svgs => svgs.map(s => s.getBoundingClientRect().right)")
            assert rights and max(rights) <= width
            page.evaluate("document.activeElement.blur()")  # so that the next width focuses it afresh


def test_keyboard_focus_on_a_marker_shows_its_footnote_preview(tab, site_url):
    page, _ = tab(site_url + BRIEFING)
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


def test_hover_shows_the_preview_of_that_marker_and_leaving_hides_it(tab, site_url):
    page, _ = tab(site_url + BRIEFING)
    marker = page.locator(MARKER).nth(5)
    note_id = marker.evaluate("a => a.hash.slice(1)")
    marker.hover()
    assert page.is_visible("#fn-tip")
    assert note_quote(page, note_id) in " ".join(page.inner_text("#fn-tip").split())
    page.mouse.move(0, 0)
    # It hides 300 ms after the pointer leaves (preview.js): a deadline, far above that, for a loaded machine.
    page.wait_for_selector("#fn-tip", state="hidden", timeout=15_000)


def test_a_marker_leads_to_its_note_whose_source_link_lands_on_the_highlighted_passage(tab, site_url):
    page, traffic = tab(site_url + BRIEFING)
    marker = page.locator(MARKER).nth(3)
    use_id, note_id = marker.get_attribute("id"), marker.evaluate("a => a.hash.slice(1)")
    marker.click()
    assert page.evaluate("location.hash") == f"#{note_id}"
    assert page.evaluate("document.querySelector(':target').id") == note_id
    assert in_viewport(page, f'li[id="{note_id}"]')

    source_link = page.locator(f'li[id="{note_id}"] a[href^="../sources/"]')
    passage_id = source_link.get_attribute("href").split("#")[1]
    source_link.click()
    page.wait_for_url(re.compile(re.escape(SOURCE) + "#"))
    target = page.evaluate("(() => { const t = document.querySelector(':target'); return [t.tagName, t.id]; })()")
    assert target == ["MARK", passage_id]
    assert in_viewport(page, f'mark[id="{passage_id}"]')
    highlighted = page.eval_on_selector(f'mark[id="{passage_id}"]', "m => getComputedStyle(m).backgroundColor")
    plain = page.eval_on_selector("mark.cited:not(:target)", "m => getComputedStyle(m).backgroundColor")
    assert highlighted != plain, "the passage that was linked to should stand out from the other marks"

    page.locator(f'a.backlink[href="../{SLUG}/#{note_id}"]').first.click()
    page.wait_for_url(re.compile(re.escape(f"real/{SLUG}/#")))
    assert page.evaluate("location.hash") == f"#{note_id}"
    page.locator(f'li[id="{note_id}"] a[href="#{use_id}"]').click()
    assert page.evaluate("document.querySelector(':target').id") == use_id
    assert in_viewport(page, f'[id="{use_id}"]')
    assert traffic.failed == [] and traffic.console_errors == []


@pytest.mark.parametrize("path", BRIEFINGS)
def test_without_javascript_markers_are_plain_links_to_their_notes(tab, site_url, path):
    page, traffic = tab(site_url + path, java_script_enabled=False)
    markers = page.locator(MARKER)
    assert markers.count() > (40 if path == BRIEFING else 5)
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


SELECT_MARK = """mark => {
    const range = document.createRange();
    range.selectNodeContents(mark);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
}"""


@pytest.mark.parametrize("path", sorted(SEEDS))
def test_copying_a_cited_passage_yields_exactly_the_sources_words(browser, site_url, path):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + path, wait_until="load")
    text = SEEDS[path].read_text(encoding="utf-8")
    # every passage selected in turn, in one evaluation: [id, the selection's words]
    selected = page.eval_on_selector_all("main mark[id]", f"marks => marks.map(m => [m.id, ({SELECT_MARK})(m)])")
    marks = [mark_id for mark_id, _ in selected]
    assert marks
    for mark_id, words in selected:
        start, end = (int(n) for n in re.fullmatch(r"passage-(\d+)-(\d+)", mark_id).groups())
        assert words == text[start:end], mark_id
    # Through the clipboard too, with the longest passage (it holds others' marks and links back).
    longest = max(marks, key=lambda m: int(m.split("-")[2]) - int(m.split("-")[1]))
    page.eval_on_selector(f'mark[id="{longest}"]', SELECT_MARK)
    page.keyboard.press("Control+C")
    start, end = (int(n) for n in longest.split("-")[1:])
    assert page.evaluate("navigator.clipboard.readText()") == text[start:end]
    context.close()


# Scrolled to the top, click each permalink (no scrolling by the test itself) and, once its hashchange has been
# handled, say where the page went and where the card's top is: [hash, top, window height] a link, in one evaluation.
CLICK_EACH_FROM_THE_TOP = """async hrefs => {
    const seen = [];
    for (const href of hrefs) {
        scrollTo(0, 0);
        const handled = new Promise(done => addEventListener('hashchange', done, {once: true}));
        document.querySelector(`a.permalink[href="${href}"]`).click();
        if (location.hash === href) await handled;  // else no hashchange comes: reported as it is
        const card = document.querySelector(`[id="${href.slice(1)}"]`);
        seen.push([location.hash, card.getBoundingClientRect().top, innerHeight]);
    }
    return seen; }"""


@pytest.mark.parametrize("path", [BRIEFING, MERGER, FUSION, RTL])
def test_every_claim_permalink_brings_its_card_into_view(tab, site_url, path):
    page, traffic = tab(site_url + path, viewport={"width": 390, "height": 700})
    links = page.eval_on_selector_all('a.permalink[href^="#claim-"]', "links => links.map(a => a.hash)")
    cards = page.eval_on_selector_all("div.claim", "cards => cards.map(c => '#' + c.id)")
    assert links and sorted(links) == sorted(cards)
    for href, (hash, top, height) in zip(links, page.evaluate(CLICK_EACH_FROM_THE_TOP, links), strict=True):
        assert hash == href
        assert 0 <= top < height / 2, f"{href}: the card's top is at {top} px"
    assert traffic.failed == []


def test_dark_scheme_and_print_styles_apply(tab, site_url):
    page, _ = tab(site_url + BRIEFING, color_scheme="dark")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    channels = [int(n) for n in re.findall(r"\d+", background)[:3]]
    assert sum(channels) < 3 * 80, f"dark scheme expected, body background is {background}"
    page.emulate_media(media="print", color_scheme="light")
    assert page.eval_on_selector(".toc", "e => getComputedStyle(e).display") == "none"
    assert page.eval_on_selector("#notes", "e => getComputedStyle(e).display") != "none"
    assert page.locator("#notes li").first.is_visible()
    printed = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert printed in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)")


@pytest.mark.slow  # full-page screenshots: 12 s each
@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_for_a_person_to_look_at(tab, site_url, width):
    SCREENSHOTS.mkdir(exist_ok=True)
    written = []
    # a page's light and dark shots from one load of it: dark is what the media query changes, as in the axe test
    shots = [("briefing", BRIEFING, ("light", "dark")), ("source", SOURCE, ("light",))]
    if width == 390:
        shots += [("merger", MERGER, ("light",)), ("rtl", RTL, ("dark",))]
    for name, path, schemes in shots:
        page, traffic = tab(site_url + path, viewport={"width": width, "height": 900})
        for scheme in schemes:
            page.emulate_media(color_scheme=scheme)
            shot = SCREENSHOTS / f"{name}-{scheme}-{width}.png"
            full_page_png(page, shot)
            written.append(shot)
        assert traffic.failed == []
    for shot in written:
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
