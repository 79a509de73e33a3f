"""A reader on the built pages, round thirty-one: a screen-reader and keyboard reader following a note to its source,
in the real Chromium. The real microsite, the Portuguese labour case (tests/fixtures/newuser_120), the Arabic dam
dispute (newuser_20), the English vaccine licence (newuser_119) and the right-to-left bus routes (rtl), with scripts
and without.

1. Following a note landed with the highlighted passage in view, but nothing focused and nothing announced: the
   focus stayed on the page (`document.activeElement` was the body). A passage's mark where a note's link arrives
   (`<mark id="passage-17-247">` of the real report) is now focusable (`tabindex="-1"`), so following
   `../sources/report.html#passage-17-247` focuses it, with or without scripts, and a screen reader names it
   "cited passage: Pakistan has carried out ..." (its `data-named`, the locale's `legend_cited`, read by
   static/style.css as the alternative text of its ::before: neither seen nor copied). The twins: the passage is in
   view and the next Tab is still its way back; the mark's text is the source's words alone.
2. Adjacent markers "[2][3]", each padded to a 24 × 24 target by reader30, overlapped by a few pixels (a margin as
   wide as the padding taken off both sides), in prose ("... verified in the report[4][5]") and in lists alike. A
   marker right after another (or after a link) is now written `<a data-beside id="cite-...`, found on the page
   written (templates/base.html), and gives that margin back (static/style.css): each target still at least 24 px
   wide, none overlapping its neighbour. The twin: "Kabul[1]," after a word is written and placed as before.
3. The home, source and 404 pages had no `nav` landmark. Each page's site-wide links (home, the feed, the downloads)
   stand in one `nav` named with the site's title ("Cited explainers"), in its footer; the briefing's contents keep
   their own `nav` ("Contents"), no two navigation landmarks named alike.
"""

from __future__ import annotations

import re

import pytest

from browser_support import serve
from test_reader_30 import PHONE, SITES, every_page, site_of

# The element focused, and whether it is the mark arrived at
ARRIVED = """() => { const a = document.activeElement;
    return {id: a.id, tag: a.tagName, target: a.matches(':target'), named: a.dataset.named || '',
            text: a.textContent}; }"""
# Every pair of markers side by side (no text between): their boxes, on the same line
SIDE_BY_SIDE = """() => [...document.querySelectorAll('a.ref')].filter(a => a.nextSibling && a.nextSibling.matches &&
    a.nextSibling.matches('a.ref')).map(a => { const one = a.getBoundingClientRect(),
    two = a.nextSibling.getBoundingClientRect();
    return {pair: a.textContent + a.nextSibling.textContent, line: Math.abs(one.top - two.top) < 1,
            overlap: Math.min(one.right, two.right) - Math.max(one.left, two.left),
            widths: [one.width, two.width], heights: [one.height, two.height]}; })"""
NAVS = """() => [...document.querySelectorAll('nav')].map(nav => nav.getAttribute('aria-label') ||
    (document.getElementById(nav.getAttribute('aria-labelledby')) || {}).textContent || '')"""


def focused_node(page) -> dict:
    """Return Chromium's own accessibility node of the focused element: its role and the name a screen reader says."""
    session = page.context.new_cdp_session(page)
    try:
        nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        session.detach()
    focused = [node for node in nodes if node["role"]["value"] != "RootWebArea"  # the document is focused too
               and any(prop["name"] == "focused" and prop["value"].get("value") for prop in node.get("properties", ()))]
    return {"role": focused[-1]["role"]["value"], "name": focused[-1].get("name", {}).get("value", "")} if focused else {}


def navigation_names(page) -> list[str]:
    """Return the name of every navigation landmark in Chromium's accessibility tree."""
    session = page.context.new_cdp_session(page)
    try:
        nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        session.detach()
    return [node.get("name", {}).get("value", "") for node in nodes
            if node.get("role", {}).get("value") == "navigation" and not node.get("ignored")]


def follow_first_note(page, slug: str, source: str) -> str:
    """On a briefing's page, follow its first note's link to the source page; return the fragment arrived at."""
    link = page.locator(f".notes a[href^='../{source}#']").first
    fragment = link.get_attribute("href").split("#", 1)[1]
    with page.expect_navigation(wait_until="load"):
        link.click()
    for _ in range(40):  # Chromium focuses the fragment's element in a task after the load event
        if page.evaluate("document.activeElement !== document.body"):
            break
        page.wait_for_timeout(50)
    return fragment


# Part 1: the passage arrived at is focused, and named as the cited passage.
@pytest.mark.browser
@pytest.mark.parametrize("javascript", [True, False], ids=["scripts", "no-scripts"])
@pytest.mark.parametrize(("name", "slug", "source"), SITES[:4])
def test_following_a_note_focuses_the_passage_and_names_it(tab, fixture_site, real_site, name, slug, source,
                                                           javascript):
    """The focus was the body's; now it is the mark arrived at, which Chromium names "cited passage: ..."."""
    with serve(site_of(fixture_site, real_site, name)) as url:
        page, traffic = tab(url + slug + "/", viewport=PHONE, java_script_enabled=javascript)
        fragment = follow_first_note(page, slug, source)
        arrived = page.evaluate(ARRIVED)
        assert arrived["id"] == fragment and arrived["tag"] == "MARK" and arrived["target"], arrived
        assert arrived["named"].strip() and not arrived["text"].startswith(arrived["named"].strip())  # never copied
        node = focused_node(page)
        assert node["name"].startswith(arrived["named"].strip()), node
        assert len(node["name"]) > len(arrived["named"]) + 10  # the passage's words follow
        box = page.locator("mark:target").bounding_box()
        assert box and 0 <= box["y"] < PHONE["height"]
        assert traffic.foreign_hosts() == set() and not traffic.page_errors


@pytest.mark.browser
def test_the_real_passage_is_read_as_cited_and_its_way_back_is_the_next_tab(tab, real_site):
    """The English words; the twin of reader30: Tab from the passage focused leads back to the note followed."""
    with serve(real_site) as url:
        page, _ = tab(url + "pakistan-afghanistan-war/", viewport=PHONE, java_script_enabled=False)
        note = page.locator(".notes li").first.get_attribute("id")
        follow_first_note(page, "pakistan-afghanistan-war", "sources/report.html")
        assert focused_node(page)["name"].startswith("cited passage: ")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.getAttribute('href')") == f"../pakistan-afghanistan-war/#{note}"


def test_a_source_page_marks_only_a_passage_start_focusable(real_site):
    page = (real_site / "sources" / "report.html").read_text(encoding="utf-8")
    assert '<mark id="passage-17-247" tabindex="-1" data-named="cited passage: " class="cited">' in page
    marks = re.findall(r"<mark[^>]*>", page)
    assert all(("tabindex" in mark) == ("id=" in mark) for mark in marks)  # a passage's continuation: no focus


def test_an_arabic_source_page_names_its_passage_in_arabic(fixture_site):
    page = (fixture_site("newuser_20") / "sources" / "report.html").read_text(encoding="utf-8")
    assert 'tabindex="-1" data-named="مقطع مقتبس: "' in page


# Part 2: markers side by side, each a 24 px target, none overlapping its neighbour.
@pytest.mark.browser
@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize(("name", "slug", "source"), SITES)
def test_markers_side_by_side_do_not_overlap(tab, fixture_site, real_site, name, slug, source, width):
    with serve(site_of(fixture_site, real_site, name)) as url:
        page, _ = tab(url + slug + "/", viewport={"width": width, "height": 800}, java_script_enabled=False)
        pairs = [pair for pair in page.evaluate(SIDE_BY_SIDE) if pair["line"]]
        if name == "real":
            assert len(pairs) >= 3  # "[4][5][28]" among them
        for pair in pairs:
            assert pair["overlap"] <= 0.5, pair  # was about 6 px
            assert min(pair["widths"]) >= 24 and min(pair["heights"]) >= 24, pair


@pytest.mark.browser
def test_a_marker_alone_stays_beside_its_word(tab, real_site):
    """The honest twin of part 2: "Kabul[1]," is written as before, its text where the word ends."""
    from test_reader_30 import GAP_BEFORE_MARKER

    with serve(real_site) as url:
        page, _ = tab(url + "pakistan-afghanistan-war/", viewport=PHONE, java_script_enabled=False)
        assert abs(page.evaluate(GAP_BEFORE_MARKER)) < 1
        assert page.evaluate("document.querySelector('main p a.ref').parentElement.className") != "refs"


def test_only_a_marker_after_another_is_marked_beside(real_site):
    page = (real_site / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8")
    assert '[4]</a><a data-beside id="cite-briefing-taliban-toll" href="#note-report-668-760"' in page  # the summary's
    assert '[4]</a><a data-beside id="cite-caveats-taliban-figures"' in page  # a caveat's list of markers
    assert re.search(r'\w<a id="cite-', page)  # after a word: as before
    assert not re.search(r'\w<a data-beside', page) and page.count("data-beside") == len(
        re.findall(r'</a><a data-beside id="cite-', page))


# Part 3: one named nav of the site-wide links on every page.
@pytest.mark.browser
@pytest.mark.parametrize(("name", "slug", "source"), SITES)
def test_every_page_has_one_named_nav_of_its_site_wide_links(tab, fixture_site, real_site, name, slug, source):
    with serve(site_of(fixture_site, real_site, name)) as url:
        for path in every_page(slug, source):
            page, _ = tab(url + path, java_script_enabled=False)
            names = page.evaluate(NAVS)
            assert names and all(label.strip() for label in names), (path, names)  # the home page had none
            assert len(set(names)) == len(names), (path, names)
            assert [name.casefold() for name in navigation_names(page)] == [name.casefold() for name in names], path
            site_links = page.locator("footer nav a")
            assert site_links.count() >= 1, path
            assert page.locator("footer nav").count() == 1 and page.locator("header nav").count() == 0, path


def test_the_home_page_names_its_nav_with_the_site_title(real_site):
    page = (real_site / "index.html").read_text(encoding="utf-8")
    assert '<footer class="site-footer">\n<nav aria-label="Cited explainers"><p>' in page
    assert page.count("<nav") == 1
    briefing = (real_site / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8")
    assert briefing.count("<nav") == 2 and 'aria-labelledby="toc-title"' in briefing  # "Contents" kept
