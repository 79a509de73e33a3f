"""A reader on the built pages, round thirty-seven: the real microsite, the clash desk (tests/fixtures/clash_desk),
the bus fares (factcheck_229) and three briefings in other languages walked in the real Chromium: the Arabic dam
dispute (newuser_140, right to left), the French rental law (newuser_136) and the German rent cap (newuser_141):
footnotes, previews, the source page's highlight and way back, dates, the feed and the downloads.

1. An event's `date_basis` showed an ISO date in the middle of its words: "Date derived as: the Thursday before the
   report, dated Friday 2026-02-27." (the real briefing; "dated Thursday 2026-05-14" on the clash desk). An ISO day
   in it is now written as the page writes dates, in a <time> keeping the ISO form (explainer/iso_dates_shown.py):
   "dated Friday 27 February 2026", "27 février 2026" on a French page. The twins: words with no date, a code holding
   one ("REF-2026-02-27-1") and a day no calendar has ("2026-02-31") are shown as written.
2. The notes' introduction on a page citing one source ended in that source's title, a bare link after "the arrow or
   letters lead back.": it now says what it is, "Source document: News report ..." ("وثيقة المصدر" in Arabic).
3. Printed, or copied into a feed reader, the feed's page of a site built without its address (`base_url`) named the
   feed "feed.xml", a file leading nowhere: static/feed_address.js writes the link's whole address. The twin: a
   site built with its address names it as before, with no script.
4. A preview cut to the room (round 36) ended faded out, and nothing on the screen said where the rest was: its last
   line now says "Continued in the note [53]" ("Suite dans la note", the locale's `preview_rest`), unfaded, hidden
   from a screen reader, which hears the note whole. The twin: a preview shown whole has no such line.
5. On the Arabic page a preview began at its marker's left and ran on rightwards, over the words just read, as on an
   English page: a right-to-left page's preview now stands with its right edge by its marker's. The twin: an
   English page's starts by its marker's left, as before.

Read as they were (walked, no fault found): the Arabic, French and German pages and their source pages hold no
English label; no page scrolls sideways at 320 px; axe finds nothing; a marker, its note, the passage highlighted
and its way back land on and focus each in turn; the downloads open (their column names are the data's keys).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser_support import serve
from conftest import REPO, copy_project, run_build

from explainer.iso_dates_shown import iso_dates_shown
from explainer.locale import load_locales


@pytest.fixture(scope="module")
def labels():
    return load_locales(REPO)[0]


# Part 1

def test_an_iso_date_in_a_date_basis_is_shown_as_the_page_writes_dates(real_site: Path):
    page = (real_site / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8")
    basis = re.search(r'<p class="basis">Date derived as: the Thursday before.*?</p>', page).group(0)
    assert 'dated Friday <time datetime="2026-02-27">27 February 2026</time>.' in basis
    assert "2026-02-27<" not in basis and "Friday 2026" not in basis


def test_the_twin_on_another_topic_is_shown_alike(fixture_site):
    page = (fixture_site("clash_desk") / "saren-clash" / "index.html").read_text(encoding="utf-8")
    assert 'dated Thursday <time datetime="2026-05-14">14 May 2026</time>' in page
    assert "Thursday 2026-05-14" not in page


@pytest.mark.parametrize("language, shown", [
    ("en", 'le <time datetime="2026-03-03">3 March 2026</time>'),
    ("fr", 'le <time datetime="2026-03-03">3 mars 2026</time>'),
    ("de", 'le <time datetime="2026-03-03">3. März 2026</time>'),
])
def test_the_date_is_written_in_the_pages_language(labels, language, shown):
    assert str(iso_dates_shown("le 2026-03-03", labels[language])) == shown


@pytest.mark.parametrize("text", [
    "the report's date, a Friday.",
    "the year of the report's date, 2026",
    "the code REF-2026-02-27-1 of the filing",
    "a day no calendar has, 2026-02-31",
    "la veille de l'article du jeudi 12 mars 2026",
])
def test_words_holding_no_calendar_day_are_shown_as_written(labels, text):
    assert str(iso_dates_shown(text, labels["en"])) == str(iso_dates_shown(text, labels["fr"])) == text.replace(
        "'", "&#39;")


def test_a_basis_is_escaped_as_before(labels):
    assert str(iso_dates_shown("<b>2026-02-27</b>", labels["en"])) == (
        '&lt;b&gt;<time datetime="2026-02-27">27 February 2026</time>&lt;/b&gt;')


# Part 2

def notes_intro(page: str) -> str:
    return re.search(r'<section id="notes".*?<span class="on-screen">(.*?)</span>', page, re.DOTALL).group(1)


def test_the_single_source_notes_intro_labels_its_title(real_site: Path):
    intro = notes_intro((real_site / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8"))
    assert intro.endswith('lead back. Source document: <a href="../sources/report.html">News report on the '
                          'Pakistan–Afghanistan war, 27 February 2026</a>')


@pytest.mark.parametrize("fixture, slug, label", [
    ("newuser_140", "dam-dispute", "وثيقة المصدر: <a"),
    ("newuser_141", "mietdeckel", "Quelldokument: <a"),
    ("newuser_136", "loi-locations", "Document source\u00a0: <a"),
])
def test_its_twins_in_other_languages_label_it_in_theirs(fixture_site, fixture, slug, label):
    page = (fixture_site(fixture) / slug / "index.html").read_text(encoding="utf-8")
    intro = notes_intro(page)
    assert label in intro.replace("&nbsp;", "\u00a0")
    assert "Source document" not in page


# Part 3

@pytest.mark.browser
def test_the_feed_page_names_the_feeds_whole_address_on_paper(tab, real_site: Path):
    with serve(real_site) as url:
        page, traffic = tab(url + "feed.html")
        page.emulate_media(media="print")
        assert page.inner_text("header a[type='application/atom+xml']") == url + "feed.xml"
        assert not traffic.page_errors


def test_a_site_built_with_its_address_names_it_without_a_script(tmp_path: Path):
    root = copy_project(tmp_path / "project", checked=False)
    assert run_build(root, "--base-url", "https://example.org/explainers/").code == 0
    feed = (root / "site" / "feed.html").read_text(encoding="utf-8")
    assert ">https://example.org/explainers/feed.xml</a>" in feed
    assert "feed_address.js" not in feed and "data-resolve" not in feed


# Part 4

REST = """() => { const tip = document.getElementById('fn-tip'), rest = tip.querySelector('.tip-rest');
    if (!rest || getComputedStyle(rest).display === 'none') return null;
    const box = tip.getBoundingClientRect(), line = rest.getBoundingClientRect();
    return {text: rest.textContent, hidden: rest.getAttribute('aria-hidden'),
            inside: line.top >= box.top && line.bottom <= box.bottom + 1,
            opaque: getComputedStyle(rest).backgroundColor !== 'rgba(0, 0, 0, 0)'}; }"""


def rests(page) -> list:
    page.keyboard.press("Tab")
    return page.evaluate(f"""() => [...document.querySelectorAll('main a.ref')].map(marker => {{
        marker.focus(); return [marker.textContent, document.getElementById('fn-tip').classList.contains('cut'),
        ({REST})()]; }})""")


@pytest.mark.browser
def test_a_cut_preview_says_the_rest_is_in_the_note(tab, real_site: Path):
    with serve(real_site) as url:
        page, _ = tab(url + "pakistan-afghanistan-war/", viewport={"width": 320, "height": 568})
        shown = rests(page)
        cut = [(marker, rest) for marker, is_cut, rest in shown if is_cut]
        assert cut
        for marker, rest in cut:
            assert rest == {"text": f"Continued in the note {marker}", "hidden": "true", "inside": True,
                            "opaque": True}
        assert all(rest is None for _, is_cut, rest in shown if not is_cut)  # the twin: a whole preview, no line


@pytest.mark.browser
def test_a_french_pages_cut_preview_says_it_in_french(tab, fixture_site):
    with serve(fixture_site("newuser_136")) as url:
        page, _ = tab(url + "loi-locations/", viewport={"width": 320, "height": 240})
        cut = [rest for _, is_cut, rest in rests(page) if is_cut]
        assert cut and all(rest["text"].startswith("Suite dans la note [") for rest in cut)


# Part 5

EDGES = """() => [...document.querySelectorAll('main a.ref')].map(marker => {
    marker.focus(); const tip = document.getElementById('fn-tip').getBoundingClientRect(),
    at = marker.getBoundingClientRect(); return {start: Math.round(at.right + 16 - tip.right),
    ltr_start: Math.round(at.left - 16 - tip.left), room_right: at.right + 16 <= innerWidth - 8,
    room_left: at.right + 16 - tip.width >= 8, ltr_room: at.left - 16 + tip.width <= innerWidth - 8,
    ltr_room_left: at.left - 16 >= 8}; })"""


@pytest.mark.browser
def test_a_right_to_left_pages_preview_starts_at_its_markers_right(tab, fixture_site):
    with serve(fixture_site("newuser_140")) as url:
        page, _ = tab(url + "dam-dispute/", viewport={"width": 1000, "height": 600})
        page.keyboard.press("Tab")
        edges = page.evaluate(EDGES)
        roomy = [edge for edge in edges if edge["room_right"] and edge["room_left"]]
        assert roomy and all(edge["start"] == 0 for edge in roomy)


@pytest.mark.browser
def test_a_left_to_right_pages_preview_starts_at_its_markers_left(tab, real_site: Path):
    with serve(real_site) as url:
        page, _ = tab(url + "pakistan-afghanistan-war/", viewport={"width": 1280, "height": 720})
        page.keyboard.press("Tab")
        edges = page.evaluate(EDGES)
        roomy = [edge for edge in edges if edge["ltr_room"] and edge["ltr_room_left"]]
        assert roomy and all(edge["ltr_start"] == 0 for edge in roomy)
