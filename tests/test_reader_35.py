"""A reader on the built pages, round thirty-five: a fact-checker following every footnote of a briefing to its
source and back, in the real Chromium, with scripts and without. The real microsite, and the harbour fixture
(tests/fixtures/reader_35): a summary, background, timeline events, a comparison cell, a claim, quotes (one in
Arabic, from an Arabic source), a caveat and a log; a quote spanning a line break of the source, one whose source
text holds `<`, `&`, a tab and two spaces (`dock <A> & dock⇥B  were closed on Tuesday⏎after the storm`), quotes at
the very start and end of the source, a passage cited three times by one briefing, and two passages cited by two
briefings ("The harbour storm" and "The ferries").

1. A note whose source's title is in another language than the page's was named by that title alone: on the
   harbour page note 8's link read "بيان الميناء", the same as note 9's, so a list of the page's links did not say
   which note each was. It is now named "note 8: بيان الميناء" (templates/_footnotes.html): the number in the
   page's language, hidden but for screen readers, the title marked in its own, as the source pages' links back are.
   The twin: a title in the page's language keeps its `aria-label` "note 1: Port office memo".
2. A passage two briefings cite ends with a link back to each one's note, briefing by briefing; following note 1 of
   "The harbour storm" to `sources/memo.html#passage-0-41`, the next Tab reached "back to footnote 2 in “The
   ferries”", the other briefing. static/way_back.js (loaded by the source pages) now puts the links back to the
   page the reader came from first, so Tab leads back to the note followed. The twins: from "The ferries" Tab
   leads to the ferries' note as before; without scripts both links are still there, each named by its briefing.
3. Selected and copied, a passage of the French merger's source (tests/fixtures/merger, `passage-79-183`) read
   "back to footnote 1 in “La fusion ...”La coopérative ... leur projet de fusionback to footnote 3 in ...": the
   links back named in words (their briefing's title in another language, marked in its own) were copied with the
   source's words. static/style.css now keeps the links back out of a selection (`user-select: none`); the twin:
   a passage with no link back inside copies as it did.

Read as they were (the walk, which passes before and after but for part 1's name): for every note of every
briefing, with scripts and without, its markers show its number; its link leads to the source page, where the
passage arrived at is focused, in view and reads (whitespace folded) as the note quotes it; a link back there names
the note's number and leads to the same note of the same briefing.
"""

from __future__ import annotations

import re

import pytest

from browser_support import serve, settled
from test_reader_30 import site_of

# Each note of a briefing page: its number, quoted words, link to its passage and that link's name, and its markers
NOTES = """() => [...document.querySelectorAll('.notes ol > li')].map((li, i) => {
    const link = li.querySelector('.note-links a');
    return {id: li.id, number: i + 1, quoted: li.querySelector('q').innerText, href: link.getAttribute('href'),
            name: (link.getAttribute('aria-label') || link.textContent).trim(),
            markers: [...document.querySelectorAll(`a.ref[href="#${li.id}"]`)].map(a => a.textContent)}; })"""
# The passage arrived at: its words as rendered, whether it has the focus and is in view, and its links back
ARRIVED = """() => { const mark = document.querySelector('mark:target'); if (!mark) return null;
    const box = mark.getBoundingClientRect(), after = mark.nextElementSibling;
    const backs = after && after.matches('.backlinks') ? [...after.querySelectorAll('a')] : [];
    return {text: mark.innerText, focused: document.activeElement === mark,
            inView: box.top >= 0 && box.top < innerHeight,
            backs: backs.map(a => ({href: a.getAttribute('href'), name: (a.getAttribute('aria-label') ||
                                    a.textContent).trim()}))}; }"""
# The words a reader copies of the passage arrived at
COPIED = """() => { const range = document.createRange(), selection = getSelection();
    range.selectNodeContents(document.querySelector('mark:target'));
    selection.removeAllRanges(); selection.addRange(range); return selection.toString(); }"""
FOCUSED_LINK = """() => [document.activeElement.getAttribute('href'),
    (document.activeElement.getAttribute('aria-label') || document.activeElement.textContent).trim()]"""

WALKED = [("real", "pakistan-afghanistan-war"), ("reader_35", "harbour"), ("reader_35", "ferries")]


def folded(text: str) -> str:
    """Return `text` with every run of whitespace one space, as the README folds a quote's spacing."""
    return " ".join(text.replace("\u00a0", " ").split())


def arrived(page, address: str) -> dict:
    """Go to `address` (a passage's fragment); return what ARRIVED says, once Chromium has focused the target."""
    page.goto(address, wait_until="load")
    for _ in range(40):  # Chromium focuses the fragment's element in a task after the load event
        if page.evaluate("document.activeElement !== document.body"):
            break
        page.wait_for_timeout(50)
    return page.evaluate(ARRIVED)


def says_note(name: str, number: int) -> bool:
    return re.search(rf"(?<!\d){number}(?!\d)", name) is not None


# The walk, and part 1: every note followed to its passage and back.
@pytest.mark.browser
@pytest.mark.parametrize("javascript", [True, False], ids=["scripts", "no-scripts"])
@pytest.mark.parametrize(("name", "slug"), WALKED)
def test_every_note_leads_to_its_passage_and_back(tab, fixture_site, real_site, name, slug, javascript):
    """Markers, the note's link and its name, the passage's words, focus and view, and the named way back."""
    with serve(site_of(fixture_site, real_site, name)) as url:
        page, traffic = tab(url + slug + "/", java_script_enabled=javascript)
        notes = page.evaluate(NOTES)
        assert notes
        for note in notes:
            assert note["markers"] and all(marker.strip("[]") == str(note["number"]) for marker in note["markers"])
            assert says_note(note["name"], note["number"]), note
            passage = arrived(page, url + slug + "/" + note["href"])
            assert passage, note
            assert folded(passage["text"]) == folded(note["quoted"])
            assert passage["focused"] and passage["inView"], note
            mine = [back for back in passage["backs"] if back["href"] == f"../{slug}/#{note['id']}"]
            assert mine and says_note(mine[0]["name"], note["number"]), (note, passage["backs"])
            page.goto(url + "sources/" + mine[0]["href"], wait_until="load")
            assert page.evaluate("[location.pathname, document.querySelector(':target').id]") == [
                f"/{slug}/", note["id"]]
            page.goto(url + slug + "/", wait_until="load")
        assert traffic.foreign_hosts() == set() and not traffic.page_errors


@pytest.mark.browser
def test_a_note_of_a_source_titled_in_another_language_says_its_number(tab, fixture_site):
    """Chromium names the link "note 8: بيان الميناء", the title in Arabic; it was the title alone."""
    with serve(fixture_site("reader_35")) as url:
        page, _ = tab(url + "harbour/")
        link = page.locator(".notes .note-links a[href*='bayan.html']").first
        assert link.locator("span[lang=ar][dir=rtl]").inner_text() == "بيان الميناء"
        snapshot = page.locator(".notes ol").aria_snapshot()
        assert re.search(r'link "note \d+: بيان الميناء"', snapshot), snapshot
        assert 'link "note 1: Port office memo"' in snapshot  # the twin: a title in the page's language


# Part 2: the way back to the briefing the reader came from is the next Tab.
@pytest.mark.browser
@pytest.mark.parametrize(("slug", "number"), [("harbour", 1), ("ferries", 2)])
def test_tab_from_a_shared_passage_leads_back_to_the_briefing_come_from(tab, fixture_site, slug, number):
    """From "The harbour storm" Tab led to "The ferries"' note; now to the harbour's (the ferries' twin as before)."""
    with serve(fixture_site("reader_35")) as url:
        page, traffic = tab(url + slug + "/#note-memo-0-41")
        with page.expect_navigation(wait_until="load"):
            page.locator("#note-memo-0-41 .note-links a").first.click()
        settled(page)
        page.keyboard.press("Tab")
        href, named = page.evaluate(FOCUSED_LINK)
        assert href == f"../{slug}/#note-memo-0-41" and f"footnote {number} in" in named
        assert not traffic.page_errors


@pytest.mark.browser
def test_without_scripts_a_shared_passage_links_back_to_each_briefing(tab, fixture_site):
    """The twin without scripts: both links back are there, each named by its note and briefing."""
    with serve(fixture_site("reader_35")) as url:
        page, _ = tab(url + "sources/memo.html#passage-0-41", java_script_enabled=False)
        backs = page.evaluate(ARRIVED)["backs"]
        assert backs == [{"href": "../ferries/#note-memo-0-41", "name": "back to footnote 2 in “The ferries”"},
                         {"href": "../harbour/#note-memo-0-41", "name": "back to footnote 1 in “The harbour storm”"}]


# Part 3: a passage copied holds the source's words alone.
@pytest.mark.browser
@pytest.mark.parametrize(("name", "address", "words"), [
    ("merger", "sources/gazette.html#passage-79-183", "La coopérative Laiterie du Nord et la Fromagerie Belval ont "
                                                       "annoncé le 4 mai 2026 leur projet de fusion."),
    ("reader_35", "sources/memo.html#passage-81-138", "dock <A> & dock\tB  were closed on Tuesday\nafter the storm")])
def test_a_passage_copied_holds_only_the_sources_words(tab, fixture_site, name, address, words):
    """The merger's passage was copied with "back to footnote 1 in ..." inside; the twin copied as it was."""
    with serve(fixture_site(name)) as url:
        page, _ = tab(url + address)
        assert folded(page.evaluate(COPIED)) == folded(words)
