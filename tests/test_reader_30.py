"""A reader on the built pages, round thirty: a phone, a keyboard and a screen reader in the real Chromium. The real
microsite, the Portuguese labour case (tests/fixtures/newuser_120), the Arabic dam dispute (newuser_20), the English
vaccine licence (newuser_119) and the right-to-left bus routes (rtl): every kind of page (home, briefing, a source's
page with its passage arrived at, 404), with scripts and without.

1. A footnote's marker too small to tap: at 320 px "[1]" was a target of 19 × 14 CSS px on every briefing (WCAG 2.5.8
   asks 24 × 24), a phone reader's thumb landing on "Kabul" or the line below. Padding now makes it at least 24 × 24
   at any size of text (static/style.css) and leaves the line's height as it was; a margin as wide taken off its
   sides keeps "Kabul[1]," as close as before (the honest twin: the marker starts where the word ends). The way
   back from a note, clicked, scrolls its taller marker under the still pointer, and Chromium's mouseover opened the
   note's preview over the words come back to (tests/test_reader_12.py): static/preview.js now shows none until the
   pointer moves, and then shows it.
2. The 404 page was a main landmark alone: a screen reader listing its landmarks met no header, no footer and no
   name of the site. It now has the masthead's way home ("Cited explainers") and the site's footer, as a source's
   page has them (templates/404.html).
3. A party's `role` written in English words other than side, regulator, court and mediator was shown as written on
   other-language pages: `role: plaintiff` read "Valmorie (plaintiff)" on the French page. Eleven more of the English
   words editors write for a party (`party`, `plaintiff`, `defendant`, `claimant`, `prosecutor`, `judge`,
   `arbitrator`, `government`, `company`, `employer`, `buyer`) are role keys worded by every built-in locale
   ("demandeur", "demandante", "Kläger", "مدعٍ"); a project's own locale without the word shows none. Words other
   languages write alike ("union", "opposition", "tribunal") and any other role ("groupe spécial", "target") are the
   editor's own words, shown as written; English pages read as before.

Read as they were (the twins, which pass before and after): the skip link is every page's first focus and the next
Tab is in the main content; each footnote marker and its back links are reached by Tab with the focus ring drawn;
following a note to its source lands with the passage arrived at in view, the next Tab on its way back, which leads
to the same note; one h1 and no skipped heading level; no page scrolls sideways; every link is named.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser_support import serve, settled
from conftest import run_build
from support import fixture_project
from test_reader_28 import page_of, role_shown

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Each site, its briefing and a source page it cites
SITES = [("real", "pakistan-afghanistan-war", "sources/report.html"),
         ("newuser_120", "horas-extras-rota-certa", "sources/sentenca.html"),
         ("newuser_20", "dam-dispute", "sources/report.html"),
         ("newuser_119", "vaccine-licence", "sources/review.html"),
         ("rtl", "bus-routes", "sources/bulletin.html")]
PHONE = {"width": 320, "height": 640}
FRENCH = ("newuser_117", "differend-fromages")


def site_of(fixture_site, real_site, name: str) -> Path:
    return real_site if name == "real" else fixture_site(name)


def every_page(slug: str, source: str) -> list[str]:
    return ["", slug + "/", source, "404.html"]


# What a phone reader and a screen reader meet on a page, read by the browser
SMALL_TARGETS = """() => [...document.querySelectorAll('a.ref, .notes a.backlink')].map(a => {
    const box = a.getBoundingClientRect(); return [a.textContent, box.width, box.height]; })
    .filter(([, width, height]) => width < 24 || height < 24)"""
LANDMARKS = """() => ['header', 'main', 'footer'].filter(tag => !document.querySelector(tag))"""
HEADINGS = """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => +h.tagName[1])"""
UNNAMED_LINKS = """() => [...document.querySelectorAll('a[href]')]
    .map(a => (a.getAttribute('aria-label') || a.innerText || a.textContent).trim())
    .filter(name => !name || /^\\[?\\d+\\]?$/.test(name))"""
FOCUSED = """() => { const a = document.activeElement, style = getComputedStyle(a);
    return {cls: a.className, href: a.getAttribute('href'), inMain: !!a.closest('main'),
            ring: a.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2}; }"""
# Where a marker's text starts against where the word before it ends: the same place before and after its padding
GAP_BEFORE_MARKER = """() => { const a = document.querySelector('main p a.ref'), before = a.previousSibling;
    const range = document.createRange(); range.selectNodeContents(before);
    const rects = range.getClientRects(), end = rects[rects.length - 1].right;
    const text = document.createRange(); text.selectNodeContents(a.lastChild);
    return text.getBoundingClientRect().left - end; }"""


# Part 1 and the twins of a phone reader: every page at 320 px.
@pytest.mark.browser
@pytest.mark.parametrize("javascript", [True, False], ids=["scripts", "no-scripts"])
@pytest.mark.parametrize(("name", "slug", "source"), SITES)
def test_a_phone_reader_taps_every_marker_and_never_scrolls_sideways(tab, fixture_site, real_site, name, slug, source,
                                                                      javascript):
    """Each marker and each note's letters at least 24 × 24 CSS px ("[1]" was 19 × 14); no page wider than the
    phone; no request leaves the page's own server."""
    with serve(site_of(fixture_site, real_site, name)) as url:
        for path in every_page(slug, source):
            page, traffic = tab(url + path, viewport=PHONE, java_script_enabled=javascript)
            assert page.evaluate(SMALL_TARGETS) == [], path
            assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), path
            assert traffic.foreign_hosts() == set() and not traffic.page_errors


@pytest.mark.browser
def test_a_wider_marker_keeps_its_place_beside_the_word(tab, real_site):
    """The honest twin of part 1: "Kabul[1]," reads as it did, the marker's text where the word ends."""
    with serve(real_site) as url:
        page, _ = tab(url + "pakistan-afghanistan-war/", viewport=PHONE, java_script_enabled=False)
        assert abs(page.evaluate(GAP_BEFORE_MARKER)) < 1
        box = page.locator("main p a.ref").first.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24


@pytest.mark.browser
def test_a_marker_come_back_to_under_a_still_pointer_previews_once_the_pointer_moves(tab, real_site):
    """The way back from note 3 scrolls its marker, now 24 px tall, under the pointer left where the letter was: no
    preview then (tests/test_reader_12.py), but one as soon as the reader moves the mouse over it, as before."""
    with serve(real_site) as url:
        page, traffic = tab(url + "pakistan-afghanistan-war/", viewport={"width": 390, "height": 700})
        marker = page.locator("a.ref").nth(2)
        marker.click()
        page.mouse.move(0, 0)
        page.locator(f"li:target a.backlink[href='#{marker.get_attribute('id')}']").click()
        assert page.is_hidden("#fn-tip")
        box = marker.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2 + 2, box["y"] + box["height"] / 2)
        assert page.is_visible("#fn-tip")
        assert not traffic.console_errors and not traffic.page_errors


# Part 2 and the twins of a screen reader: landmarks, headings, link names.
def test_the_404_page_has_a_header_and_a_footer(real_site):
    page = (real_site / "404.html").read_text(encoding="utf-8")
    assert re.search(r'<header class="masthead">\s*<p class="kicker"><a href="/">Cited explainers</a></p>', page)
    assert '<footer class="site-footer">' in page  # it had a <main> alone
    assert page.count("<h1>") == 1 and 'id="main"' in page


@pytest.mark.browser
@pytest.mark.parametrize(("name", "slug", "source"), SITES)
def test_a_screen_reader_meets_the_landmarks_one_h1_and_named_links(tab, fixture_site, real_site, name, slug, source):
    with serve(site_of(fixture_site, real_site, name)) as url:
        for path in every_page(slug, source):
            page, _ = tab(url + path, java_script_enabled=False)
            assert page.evaluate(LANDMARKS) == [], path  # the 404 page had no header and no footer
            levels = page.evaluate(HEADINGS)
            assert levels.count(1) == 1 and levels[0] == 1, path
            assert all(after <= before + 1 for before, after in zip(levels, levels[1:])), (path, levels)
            assert page.evaluate(UNNAMED_LINKS) == [], path
            assert page.evaluate("document.documentElement.lang"), path
        page, _ = tab(url + slug + "/", java_script_enabled=False)
        assert page.locator("nav").count() >= 1
        assert page.evaluate("[...document.querySelectorAll('th')].every(th => th.getAttribute('scope'))")


# The twins of a keyboard reader.
@pytest.mark.browser
@pytest.mark.parametrize(("name", "slug", "source"), SITES)
def test_the_skip_link_is_first_and_leads_into_the_main_content(tab, fixture_site, real_site, name, slug, source):
    with serve(site_of(fixture_site, real_site, name)) as url:
        for path in every_page(slug, source):
            page, _ = tab(url + path, viewport=PHONE)
            settled(page)
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement === document.body"):
                page.keyboard.press("Tab")  # headless Chromium may spend a page's first press on the document
            first = page.evaluate(FOCUSED)
            assert first["cls"] == "skip" and first["ring"], path
            page.keyboard.press("Enter")
            settled(page)
            page.keyboard.press("Tab")
            assert page.evaluate(FOCUSED)["inMain"], path


@pytest.mark.browser
@pytest.mark.parametrize(("name", "slug", "source"), SITES[:4])
def test_a_keyboard_reader_follows_a_note_to_its_passage_and_back(tab, fixture_site, real_site, name, slug, source):
    """Tab to the first marker (ring drawn), Enter to its note, Tab through its letters (rings drawn) to the source;
    the passage arrived at is in view; the next Tab is its way back, which leads to the same note."""
    with serve(site_of(fixture_site, real_site, name)) as url:
        page, _ = tab(url + slug + "/", viewport=PHONE)
        settled(page)
        for _ in range(40):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.matches('a.ref')"):
                break
        marker = page.evaluate(FOCUSED)
        assert marker["cls"] == "ref" and marker["ring"]
        note = marker["href"]
        page.keyboard.press("Enter")
        settled(page)
        for _ in range(12):
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUSED)
            assert focused["ring"], focused
            if focused["href"].startswith("../sources/"):
                break
        assert focused["href"].startswith(f"../{source}#")
        with page.expect_navigation(wait_until="load"):
            page.keyboard.press("Enter")
        settled(page)
        passage = page.locator("mark:target")
        box = passage.bounding_box()
        assert box and 0 <= box["y"] < PHONE["height"]
        page.keyboard.press("Tab")
        back = page.evaluate(FOCUSED)
        assert back["ring"] and back["href"] == f"../{slug}/{note}"


# Part 3: a party's role in English words, on a page in another language.
def built_in_labels(tmp_path: Path) -> dict:
    from explainer.locale import load_locales

    locales, problems = load_locales(tmp_path)
    assert problems == []
    return locales


@pytest.mark.parametrize(("language", "role", "shown"), [
    ("fr", "plaintiff", "demandeur"), ("fr", "Defendant", "Défendeur"), ("fr", "government", "gouvernement"),
    ("fr", "party", "partie"), ("es", "plaintiff", "demandante"), ("es", "judge", "juez"), ("de", "defendant",
                                                                                              "Beklagter"),
    ("de", "employer", "Arbeitgeber"), ("ar", "plaintiff", "مدعٍ"), ("ar", "company", "شركة"),
    # English pages read as written
    ("en", "plaintiff", "plaintiff"), ("en", "Defendant", "Defendant"), ("en", "buyer", "buyer"),
    # words other languages write alike, and any other role: the editor's own words
    ("fr", "union", "union"), ("de", "Union", "Union"), ("fr", "opposition", "opposition"),
    ("es", "tribunal", "tribunal"), ("fr", "target", "target"), ("fr", "groupe spécial", "groupe spécial"),
    ("fr", "plaintiffs", "plaintiffs"), ("en", "merging company", "merging company")])
def test_an_english_role_word_is_worded_by_the_locale(tmp_path, language, role, shown):
    assert built_in_labels(tmp_path)[language].shown_role(role) == shown


def french_project_with_a_role(target: Path, role: str) -> Path:
    """The French cheese dispute, Valmorie's role `side` written as another word."""
    root = fixture_project(FIXTURES / FRENCH[0], target)
    briefing = root / "content" / FRENCH[1] / "briefing.yaml"
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace("short_name: Valmorie\n    role: side", f"short_name: Valmorie\n    role: {role}"),
                        encoding="utf-8")
    return root


def test_a_french_page_words_the_plaintiff_in_french(tmp_path):
    root = french_project_with_a_role(tmp_path / "project", "plaintiff")
    result = run_build(root)
    assert result.code == 0, result.err
    shown = role_shown(page_of(root / "site", FRENCH[1]))
    assert "(demandeur)" in shown and "(plaintiff)" not in shown  # was "(plaintiff)"


def test_a_french_role_in_the_editors_words_is_kept(tmp_path):
    root = french_project_with_a_role(tmp_path / "project", "partie plaignante")
    result = run_build(root)
    assert result.code == 0, result.err
    assert "(partie plaignante)" in role_shown(page_of(root / "site", FRENCH[1]))


def test_a_project_locale_without_the_word_shows_no_role(tmp_path):
    """The Italian viaduct microsite's own it.yaml words no `plaintiff`: the region's column shows no role."""
    root = fixture_project(FIXTURES / "newuser_111", tmp_path / "project")
    briefing = root / "content" / "viadotto-serchio" / "briefing.yaml"
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace("role: ente che ha firmato l'ordinanza", "role: plaintiff"), encoding="utf-8")
    result = run_build(root)
    assert result.code == 0, result.err
    page = page_of(root / "site", "viadotto-serchio")
    assert "plaintiff" not in page and '<th scope="col" class="p0">Regione</th>' in page


@pytest.mark.parametrize(("name", "slug", "shown"), [
    ("newuser_77", "dam-ruling", {"(plaintiff)", "(defendant)"}), ("newuser_34", "transit-strike", {"(employer)"}),
    ("newuser_52", "rate-dispute", {"(government)"}), ("merger", "grocer-merger", {"(buyer)"})])
def test_an_english_page_shows_its_role_words_as_before(fixture_site, name, slug, shown):
    assert shown <= set(role_shown(page_of(fixture_site(name), slug)))
