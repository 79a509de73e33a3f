"""What a keyboard and screen-reader user met on source pages and in forced colours that the earlier rounds
(test_browser.py, test_reader_5.py, test_reader_6.py) leave out: the way back from a passage that holds or lies in
another cited passage, the language a link back is read in on a page quoting another language's source, and a
court's ruling badge under the system's own colours."""

from __future__ import annotations

import pytest

from browser_support import serve, settled, site_tree
from test_reader_5 import contrast

BRIEFINGS = ["real/pakistan-afghanistan-war/index.html", "merger/fusion-laiteries/index.html",
             "merger/grocer-merger/index.html"]


@pytest.fixture(scope="module")
def site_url(real_site, fixture_site, tmp_path_factory):
    """The real briefing and the merger fixture (an English site quoting a French source, a ruling), served."""
    work = tmp_path_factory.mktemp("reader7")
    sites = {"real": real_site, "merger": fixture_site("merger")}
    with serve(site_tree(work / "www", sites)) as url:
        yield url


def note_passages(page) -> list[tuple[str, str]]:
    """Return the id of every note of the briefing open in `page`, with the address of the passage it leads to."""
    return page.eval_on_selector_all(".notes li[id]", """notes => notes.map(note =>
        [note.id, note.querySelector('.note-links a[href*="#passage-"]').href])""")


def follow_by_keyboard(page, note_id: str) -> None:
    """Focus the first link of note `note_id` to its passage and press Enter, as a keyboard user follows it."""
    page.focus(f'[id="{note_id}"] .note-links a[href*="#passage-"]')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    settled(page)  # as a reader, who presses Tab once the page is drawn


def arrived_at(page, passage: str, go: bool = False) -> int:
    """Go to `passage` first if `go` (an address on the page open: the same fragment navigation as page.goto's, in the
    same round trip as the look that follows). Check that the page open shows `passage` arrived at, as following a
    link to it leaves it, once it is drawn:
    the passage is the target, and no link has the focus: the passage has it (tests/test_reader_31.py; on the page
    already open, it leaves the link back last used). Record from now on every link that takes the focus, so that Tabs are pressed without a look between
    them; return how many Tabs pass the passage's own links and those inside it, and one more where headless Chromium
    spends a page's first key press focusing the document."""
    arrived = page.evaluate("""address => new Promise(done => {
      if (address) location.href = address;
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const target = document.querySelector(':target');
        window.focusedLinks = [];
        if (!window.recordingFocus) {
            window.recordingFocus = true;
            document.addEventListener('focusin', () => {
                const link = document.activeElement, target = document.querySelector(':target');
                window.focusedLinks.push({tag: link.tagName + "." + link.className,
                    href: link.getAttribute('href') || '', inside: target.contains(link),
                    own: link.parentElement === target.nextElementSibling, fill: getComputedStyle(link).backgroundColor,
                    way_back: link.parentElement.matches(':target > .way-back'),
                    target: getComputedStyle(target).backgroundColor}); });
        }
        const own = target?.nextElementSibling?.querySelectorAll('a').length ?? 0;
        done({target: target?.id, focused: document.activeElement.tagName,
              tabs: (target?.querySelectorAll('a').length ?? 0) + own + 1});
    }))})""", passage if go else None)
    assert arrived["target"] == passage.split("#")[1] and arrived["focused"] == "MARK", (passage, arrived)
    return arrived["tabs"]


def tab_back_to(page, note_id: str, tabs: int) -> dict:
    """Press Tab from a passage arrived at until a link back to `note_id` has focus, looking only once `tabs` are
    pressed; return what was passed on the way (links back to other notes: whether they lay inside the passage, or
    were its own, to another briefing) and how the link reached looks."""
    for pressed in range(1, 41):
        page.keyboard.press("Tab")
        if pressed < tabs:
            continue
        focused = page.evaluate("window.focusedLinks")
        for place, link in enumerate(focused):
            if link["href"].endswith("#" + note_id):
                return {"passed": [other for other in focused[:place] if other["tag"] != "BODY."], **link}
    raise AssertionError(f"no link back to {note_id} within 40 Tabs")


@pytest.mark.browser
@pytest.mark.slow  # a few key presses for every note: 12 s for the real briefing's 42 (47 s with two page loads a note)
@pytest.mark.parametrize("briefing", BRIEFINGS)
def test_from_a_passage_arrived_at_tab_reaches_its_own_link_back_first_and_it_is_marked(tab, site_url, briefing):
    """The links back of passages lying in one another were pooled where the outermost ended: arriving at "all-out
    war" (inside the sentence of footnote 35, beside footnote 1's), the reader met four identical arrows and the
    first Tab went back to footnote 1. Now each passage's links follow its own mark, and its own are filled like it;
    a link passed on the way belongs to a passage inside the one arrived at.

    The first note is followed by keyboard from the briefing; the others' passages are arrived at by their address."""
    page, traffic = tab(site_url + briefing)
    notes = note_passages(page)
    follow_by_keyboard(page, notes[0][0])
    for number, (note_id, passage) in enumerate(notes):
        on_its_page = page.url.split("#")[0] == passage.split("#")[0]
        if number and not on_its_page:
            page.goto(passage)
        reached = tab_back_to(page, note_id, arrived_at(page, passage, go=bool(number) and on_its_page))
        assert all(link["inside"] or link["own"] for link in reached["passed"]), (note_id, reached)
        # a passage holding others opens with its own way back, on its fill (test_reader_23.py): none is passed
        own_way_back = reached["way_back"] and not reached["passed"]
        assert own_way_back or reached["own"] and reached["fill"] == reached["target"], (note_id, reached)
        assert not any(link["fill"] == reached["target"] for link in reached["passed"] if link["inside"]), reached
    assert traffic.foreign_hosts() == set()


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["real/sources/report.html#passage-3017-3592", "merger/sources/gazette.html#passage-448-559"])
def test_a_passage_arrived_at_holding_other_passages_links_back_has_no_axe_violations(tab, site_url, scheme, path):
    """A link back inside a passage arrived at sits on its strong fill: its arrow takes the passage's dark text (the
    link colour of dark mode, pale blue on yellow, would be 1.4:1)."""
    from browser_support import axe_audit

    page, _ = tab(site_url + path, color_scheme=scheme)
    # Each arrow's colour and the fill it is drawn on: its nearest mark's, or, where that mark shows the fill of the
    # passage around it (round twelve), the first fill found outwards
    arrows = page.eval_on_selector_all(":target .backlink", """links => links.map(link => {
        let painter = link.closest('mark');
        while (getComputedStyle(painter).backgroundColor === 'rgba(0, 0, 0, 0)') painter = painter.parentElement;
        return [getComputedStyle(link).color, getComputedStyle(painter).backgroundColor]; })""")
    assert arrows and min(contrast(*arrow) for arrow in arrows) >= 4.5, arrows  # axe skips glyphs drawn by CSS
    results = axe_audit(page)
    assert results.violations_count == 0, f"{scheme}: {results.generate_report()}"


@pytest.mark.browser
def test_the_links_back_on_a_page_quoting_a_french_source_are_read_in_the_pages_language(tab, site_url):
    """On an English site, a French source's text is marked lang="fr", and its links back, inside it, were read
    out as French: "back to footnote 3 in …" in a French voice. They now say they are in the page's language."""
    page, _ = tab(site_url + "merger/sources/gazette.html")
    assert page.evaluate("document.querySelector('.source-text [lang]').lang") == "fr"
    languages = page.eval_on_selector_all(".backlink", "links => links.map(link => link.closest('[lang]').lang)")
    assert languages and set(languages) == {page.evaluate("document.documentElement.lang")}, languages


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_rulings_badge_in_forced_colours_has_no_axe_violations(tab, site_url, scheme):
    """Under the system's forced colours a ruling's badge (the page's background colour on a dark fill) was painted
    as system text, but its text fill kept the page's background colour: axe-core found it at 1.04:1."""
    from browser_support import axe_audit

    page, _ = tab(site_url + "merger/grocer-merger/index.html", forced_colors="active",
                  color_scheme=scheme)
    assert page.locator(".status-ruling").count() >= 1
    results = axe_audit(page)
    assert results.violations_count == 0, f"{scheme}: {results.generate_report()}"
