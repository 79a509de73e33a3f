"""A reader on the built pages, round thirty-two: readers with other needs, in the real Chromium. Every kind of page
of the real microsite (home, briefing, the source's page, 404, the feed's page) and the right-to-left bus routes
(tests/fixtures/rtl), read at 320 CSS px, zoomed 400 %, under a reader's own text spacing, in forced colours, on
paper, with reduced motion and in the dark scheme.

1. Printed, a briefing's note named its source but gave no address where the source has no original's: the real
   briefing's 42 notes each ended "— News report on the Pakistan–Afghanistan war, 27 February 2026" and nothing a
   reader of the paper could look up. Such a note now prints the address of its passage in the site's full copy of
   the source, ", https://explainers.example.org/sources/report.html#passage-17-118": from the site's address
   (`base_url`, `--base-url`) without scripts, or, on a site built without one, as the browser resolves the note's
   link (static/preview.js, from the `data-copy` of templates/_footnotes.html). The twins: a source with an original
   prints the original's address alone; on screen a note shows no address; without scripts and without `base_url`
   a note prints as before (no address is known).

Read as they were (the twins, which pass before and after, each a check of WCAG asked of this round):
2. Reflow (1.4.10): at 320 px, and at 1280 px zoomed 400 % (320 × 180 CSS px, four device pixels to one), no page
   scrolls sideways, under a reader's text spacing too; the comparisons table scrolls in its own box, which Tab
   reaches and which is named by the table's caption.
3. Text spacing (1.4.12): with line-height 1.5, paragraphs 2 em apart, letters 0.12 em and words 0.16 em, no box
   clips its text.
4. Forced colours: a cited passage keeps the system's Mark and its underline, the passage arrived at and a link
   reached by Tab their ring.
5. Print: the skip link and every navigation landmark are hidden, and no note, claim card or quote is broken across
   pages where avoidable (break-inside: avoid).
6. Reduced motion: nothing animates, transitions or scrolls smoothly (the arrival's glow does, otherwise); in the dark
   scheme axe finds no text under 4.5:1.
"""

from __future__ import annotations

import re

import pytest

from browser_support import axe_audit, serve
from conftest import copy_project, run_build
from test_reader_11 import TEXT_SPACING
from test_reader_30 import PHONE, every_page

BASE_URL = "https://explainers.example.org/"
REAL = ("pakistan-afghanistan-war", "sources/report.html")
ZOOMED = {"viewport": {"width": 320, "height": 180}, "device_scale_factor": 4}  # 1280 × 720 at 400 %

# Each note as read: its text shown (innerText leaves out what is not displayed)
NOTES = "() => [...document.querySelectorAll('.notes li')].map(li => li.innerText)"
# Every box that cuts its text off: overflow hidden (or clipped) with more inside than it shows
CLIPPED = """() => [...document.querySelectorAll('body *')].filter(e => {
    if (e.closest('.visually-hidden, .way-back, svg, [hidden]')) return false;
    const s = getComputedStyle(e), cuts = value => value === 'hidden' || value === 'clip';
    return (cuts(s.overflowY) && e.scrollHeight > e.clientHeight + 1) || (cuts(s.overflowX) && e.scrollWidth > e.clientWidth + 1);
}).map(e => e.tagName + '.' + e.className)"""
# Every box that scrolls sideways inside the page, and whether Tab reaches it and it is named
SCROLLERS = """() => [...document.querySelectorAll('body *')].filter(e => /auto|scroll/.test(getComputedStyle(e).overflowX)
    && e.scrollWidth > e.clientWidth).map(e => ({tabindex: e.tabIndex, role: e.getAttribute('role'),
    name: (document.getElementById(e.getAttribute('aria-labelledby')) || {}).textContent || e.getAttribute('aria-label')}))"""
# What moves on the page: an animation, a transition or smooth scrolling
MOVING = """() => [...document.querySelectorAll('*')].filter(e => { const s = getComputedStyle(e);
    return s.scrollBehavior === 'smooth' || s.animationName !== 'none'
        || s.transitionDuration.split(',').some(time => parseFloat(time) > 0); }).map(e => e.tagName + '#' + e.id)"""
# On paper: what is shown of the skip link and the navigation, and how notes, cards and quotes may break
PRINTED = """() => ({shown: [...document.querySelectorAll('.skip, nav')].filter(e => e.getClientRects().length)
    .map(e => e.tagName + '.' + e.className),
    breaking: [...document.querySelectorAll('.notes li, .claim, .quote')].filter(e =>
    getComputedStyle(e).breakInside !== 'avoid').length})"""
MARKED = """() => { const s = getComputedStyle(document.querySelector('mark.cited:not(:target)'));
    return [s.backgroundColor, s.textDecorationLine]; }"""
RING = """() => { const s = getComputedStyle(document.activeElement);
    return [document.activeElement.tagName, s.outlineStyle, parseFloat(s.outlineWidth)]; }"""


@pytest.fixture(scope="module")
def addressed_site(tmp_path_factory):
    """The real briefing built with the site's public address (`--base-url`)."""
    root = copy_project(tmp_path_factory.mktemp("reader32") / "project")
    result = run_build(root, "--base-url", BASE_URL)
    assert result.code == 0, result.err
    return root / "site"


def printed_notes(page) -> list[str]:
    page.emulate_media(media="print")
    notes = page.evaluate(NOTES)
    page.emulate_media(media="screen")
    return notes


# Part 1: a printed note gives an address, where its source has no original's.
@pytest.mark.browser
def test_a_printed_note_gives_its_passages_address_in_the_sites_copy(tab, real_site):
    """The real briefing, built without its address: each note printed ended with the source's title alone."""
    with serve(real_site) as url:
        page, traffic = tab(url + REAL[0] + "/", viewport=PHONE)
        notes = printed_notes(page)
        assert len(notes) == 42
        for note in notes:
            assert re.search(re.escape(f"2026, {url}sources/report.html#passage-") + r"\d+-\d+$", note), note
        assert not any("http" in note for note in page.evaluate(NOTES))  # on screen: its links, no address
        assert traffic.foreign_hosts() == set() and not traffic.page_errors


@pytest.mark.browser
def test_a_site_with_its_address_prints_it_without_scripts(tab, addressed_site):
    with serve(addressed_site) as url:
        page, _ = tab(url + REAL[0] + "/", viewport=PHONE, java_script_enabled=False)
        notes = printed_notes(page)
        assert notes[0].endswith(f"2026, {BASE_URL}sources/report.html#passage-17-118"), notes[0]
        assert all(f", {BASE_URL}sources/report.html#passage-" in note for note in notes)


def test_the_address_is_written_where_known_and_left_to_the_browser_where_not(real_site, addressed_site):
    known = (addressed_site / REAL[0] / "index.html").read_text(encoding="utf-8")
    assert ("<cite>News report on the Pakistan–Afghanistan war, 27 February 2026</cite>, "
            f"{BASE_URL}sources/report.html#passage-17-118</span>") in known
    assert "data-copy" not in known
    unknown = (real_site / REAL[0] / "index.html").read_text(encoding="utf-8")
    assert unknown.count('<span class="on-paper" data-copy=", ">') == 42


@pytest.mark.browser
def test_a_source_with_an_original_prints_the_originals_address_alone(tab, fixture_site):
    """The twin: the fixture's harbour strike cites a source with an original's address, printed as before."""
    site = fixture_site("microsite")
    html = (site / "harbour-strike" / "index.html").read_text(encoding="utf-8")
    originals = re.findall(r'<span class="on-paper">— <cite>[^<]*</cite>, (https?://[^<]+)</span>', html)
    assert originals
    with serve(site) as url:
        page, _ = tab(url + "harbour-strike/", viewport=PHONE)
        notes = printed_notes(page)
        with_original = [note for note in notes if any(note.endswith(address) for address in originals)]
        assert len(with_original) == len(originals)
        assert not any(url in note for note in with_original)  # the copy's address is not added to them


@pytest.mark.browser
def test_without_scripts_or_address_a_note_prints_as_before(tab, real_site):
    """The twin: no address is known, none is made up."""
    with serve(real_site) as url:
        page, _ = tab(url + REAL[0] + "/", viewport=PHONE, java_script_enabled=False)
        assert printed_notes(page)[0].endswith("— News report on the Pakistan–Afghanistan war, 27 February 2026")


# Parts 2 and 3: reflow at 320 px and at 400 %, under a reader's text spacing, nothing clipped.
@pytest.mark.browser
@pytest.mark.parametrize("size", [{"viewport": PHONE}, ZOOMED], ids=["320px", "1280px-at-400%"])
def test_no_page_scrolls_sideways_or_clips_its_text(tab, real_site, fixture_site, size):
    for site, (slug, source) in ((real_site, REAL), (fixture_site("rtl"), ("bus-routes", "sources/bulletin.html"))):
        with serve(site) as url:
            for path in [*every_page(slug, source), "feed.html"]:
                page, traffic = tab(url + path, java_script_enabled=False, **size)
                assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), path
                page.evaluate(TEXT_SPACING)
                assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), path
                assert page.evaluate(CLIPPED) == [], path
                for box in page.evaluate(SCROLLERS):  # a wide table: in its own box, reached and named
                    assert box["tabindex"] == 0 and box["role"] == "region" and box["name"].strip(), (path, box)
                assert not traffic.page_errors


# Part 4: forced colours keep the highlight and the rings.
@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_forced_colours_keep_the_highlight_and_the_focus_ring(tab, real_site, scheme):
    with serve(real_site) as url:
        page, _ = tab(url + REAL[1] + "#passage-17-118", viewport=PHONE, forced_colors="active", color_scheme=scheme)
        background, line = page.evaluate(MARKED)
        assert background == page.evaluate(
            "() => { const m = document.createElement('mark'); m.style.background = 'Mark'; document.body.append(m);"
            " const c = getComputedStyle(m).backgroundColor; m.remove(); return c; }") and line == "underline"
        assert page.evaluate("getComputedStyle(document.querySelector('mark:target')).outlineStyle") != "none"
        page.keyboard.press("Tab")
        tag, style, width = page.evaluate(RING)
        assert tag == "A" and style == "double" and width >= 3


# Part 5: on paper, no skip link or navigation, nothing broken that need not be.
@pytest.mark.browser
def test_paper_hides_the_ways_around_and_keeps_notes_whole(tab, real_site):
    with serve(real_site) as url:
        for path in every_page(*REAL):
            page, _ = tab(url + path, viewport={"width": 800, "height": 1000})
            page.emulate_media(media="print")
            assert page.evaluate(PRINTED) == {"shown": [], "breaking": 0}, path


# Part 6: reduced motion, and the dark scheme's contrast.
@pytest.mark.browser
def test_reduced_motion_stills_the_arrival(tab, real_site):
    with serve(real_site) as url:
        page, _ = tab(url + REAL[1] + "#passage-17-118", viewport=PHONE)
        assert page.evaluate(MOVING) == ["MARK#passage-17-118"]  # the glow: the check reads motion where there is some
        for path in [*every_page(*REAL), REAL[1] + "#passage-17-118"]:
            page, _ = tab(url + path, viewport=PHONE, reduced_motion="reduce")
            assert page.evaluate(MOVING) == [], path


@pytest.mark.browser
def test_the_dark_scheme_keeps_every_text_readable(tab, real_site):
    with serve(real_site) as url:
        for path in every_page(*REAL):
            page, _ = tab(url + path, viewport={"width": 1280, "height": 720}, color_scheme="dark")
            assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(22, 23, 26)"
            violations = axe_audit(page).response["violations"]
            assert [rule["id"] for rule in violations if rule["id"] == "color-contrast"] == [], path
