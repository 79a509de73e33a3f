"""A fact-checker reading the real briefing against its source, round twenty: every footnote followed to its passage
and back, in Chromium at 320 px, with and without JavaScript, and the same on the Arabic (right-to-left) fixture.
Two faults were left: "The figures disagree" gave "more than 400" and "11" with no way to the cards giving them,
and the header's "Last updated" link was named by its date alone ("3 December 2026"), which a list of the page's
links gives with nothing to say where it leads. The built pages are read as HTML with the standard library; one
browser test follows every note."""

from __future__ import annotations

import html
import re

import pytest

from browser_support import PAINTED, serve, site_tree
from conftest import REPO

SLUG = "pakistan-afghanistan-war"
SEED = (REPO / "seeds" / "000_bd91349fafd64fe6.txt").read_text(encoding="utf-8")


def read(site, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def notes_of(page: str) -> dict[str, str]:
    """Return every note of a briefing page: its id and the words it quotes, as a reader reads them."""
    return {note_id: html.unescape(quote) for note_id, quote in
            re.findall(r'<li id="(note-[^"]+)"[^>]*>.*?<q(?: [^>]*)?>(.*?)</q>', page)}


def test_the_last_updated_link_says_where_it_leads(real_site, fixture_site):
    """The header's "Last updated: 3 December 2026" links to the log, and a screen reader's list of the page's links
    named it "3 December 2026": a date, leading nobody knew where. It now says it, unseen, in the page's language."""
    english = read(real_site, f"{SLUG}/index.html")
    assert re.search(r'Last updated: <a href="#updates"><time datetime="[\d-]+">\d+ \w+ \d{4}</time>'
                     r'<span class="visually-hidden"> \(Updates and corrections\)</span></a>', english)
    arabic = read(fixture_site("rtl"), "bus-routes/index.html")
    assert re.search(r'<a href="#updates"><time datetime="[\d-]+">[^<]+</time>'
                     r'<span class="visually-hidden"> \(التحديثات والتصحيحات\)</span></a>', arabic)


def test_each_figure_that_disagrees_leads_to_the_card_giving_it(real_site):
    """"The figures disagree. Taliban fighters wounded: A Pakistani military spokesman gives more than 400; Kabul
    (Afghanistan (Taliban)) gives 11." gave two figures with nothing to check them against. Each now links to the
    claim's card that gives it, whose markers lead to the words it stands in; each link is named by who gives what,
    and the line reads as before."""
    page = read(real_site, f"{SLUG}/index.html")
    lines = re.findall(r'<p class="disagree">(.*?)</p>', page)
    assert ('<a href="#claim-casualties-1">A Pakistani military spokesman gives more than 400</a>; '
            '<a href="#claim-casualties-3">Kabul (Afghanistan (Taliban)) gives 11</a>.') in lines[0]
    notes = notes_of(page)
    for line in lines:
        for card, who_gives in re.findall(r'<a href="#(claim-[^"]+)">([^<]+)</a>', line):
            figure = re.search(r" gives ([^(]+?)(?: \(.*\))?$", who_gives).group(1)
            start = page.index(f'<div class="claim" id="{card}">')
            shown = page[start:page.index("</div>", start)]
            assert f"<b>{figure}</b>" in shown, (card, figure)  # the card gives the figure, as the line does
            cited = re.findall(r'<a id="cite-claims-[^"]+" href="#(note-[^"]+)"', shown)
            assert any(figure.split()[-1] in notes[note_id] for note_id in cited), (card, figure)


def test_every_note_quotes_its_passage_as_the_source_gives_it(real_site):
    """What held: each note (42 at this writing) quotes exactly the characters of the seed at the offsets its id
    gives, the words a fact-checker compares with the source page's (the browser test below)."""
    notes = notes_of(read(real_site, f"{SLUG}/index.html"))
    assert len(notes) >= 42
    for note_id, quote in notes.items():
        start, end = map(int, note_id.split("-")[-2:])
        assert quote == SEED[start:end], note_id


# Arrive at a fragment of the page open, as following a link to it does, and report what the reader sees: the
# target's box, whether it is shown at all, and the words painted with its fill (PAINTED).
ARRIVE = """fragment => {
    location.hash = fragment;  // scrolled to at once, as a link to it does; a promise never settles without scripts
    const target = document.querySelector(':target'), box = target.getBoundingClientRect();
    const clipped = [];
    for (let around = target.parentElement; around; around = around.parentElement) {
        const edge = around.getBoundingClientRect();
        if (getComputedStyle(around).overflowX !== 'visible' && (box.left < edge.left || box.right > edge.right))
            clipped.push(around.className);
        if (around.matches('details:not([open])')) clipped.push('closed details');
    }
    return {id: target.id, top: box.top, bottom: box.bottom, left: box.left, right: box.right, height: innerHeight,
            width: innerWidth, shown: target.checkVisibility({visibilityProperty: true}), clipped,
            painted: target.matches('mark') ? (%s)() : ''}; }""" % PAINTED

ARRIVE_IN_TURN = "fragments => fragments.map(%s)" % ARRIVE  # one round trip for many arrivals

# Arrive at each passage in turn and say, for each, of every link back to its note on the page whether it is filled
# as the passage arrived at: [true] when the note has exactly one, its own, on the passage's fill.
ARRIVE_WITH_OWN_LINK = """arrivals => arrivals.map(([fragment, noteId]) => {
    const arrived = (%s)(fragment), target = document.querySelector(':target');
    arrived.own = [...document.querySelectorAll(`.backlink[href$="#${noteId}"]`)].map(link =>
        getComputedStyle(link).backgroundColor === getComputedStyle(target).backgroundColor);
    return arrived; })""" % ARRIVE


def in_view(seen: dict) -> bool:
    """Say whether an arrival is wholly on the screen."""
    return seen["shown"] and not seen["clipped"] and 0 <= seen["top"] and seen["bottom"] <= seen["height"] \
        and 0 <= seen["left"] and seen["right"] <= seen["width"]


def follow_every_note(page, url: str, briefing: str, source_of) -> int:
    """Follow every marker of `briefing` to its note and back, and every note to its passage and back; return how
    many markers were followed."""
    page.goto(url + briefing, wait_until="load")
    markers = page.eval_on_selector_all("main a.ref[id]", "refs => refs.map(ref => [ref.id, ref.hash.slice(1)])")
    notes = page.eval_on_selector_all(".notes li[id]", """notes => notes.map(note => [note.id,
        note.querySelector('q').textContent, note.querySelector('.note-links a[href*="#passage-"]').href,
        [...note.querySelectorAll('.backlink')].map(link => link.hash.slice(1))])""")
    backs = {note_id: ways for note_id, _, _, ways in notes}
    # each marker's note, then the way back to the marker, in one evaluation: the same arrivals, one after another
    arrivals = page.evaluate(ARRIVE_IN_TURN, [f"#{id}" for marker, note_id in markers for id in (note_id, marker)])
    for (marker, note_id), arrived, back in zip(markers, arrivals[0::2], arrivals[1::2], strict=True):
        assert arrived["id"] == note_id and in_view(arrived), (marker, arrived)
        assert marker in backs[note_id], (marker, backs[note_id])
        assert back["id"] == marker and in_view(back), (marker, back)
    # every note's passage, source page by source page, each with its own link back: one evaluation a page
    by_page: dict[str, list] = {}
    for note_id, quote, passage, _ in notes:
        address, fragment = passage.split("#")
        by_page.setdefault(address, []).append((note_id, quote, fragment))
    for address, passages in by_page.items():
        page.goto(address, wait_until="load")
        arrivals = page.evaluate(ARRIVE_WITH_OWN_LINK, [["#" + fragment, note_id] for note_id, _, fragment in passages])
        for (note_id, quote, fragment), arrived in zip(passages, arrivals, strict=True):
            assert arrived["id"] == fragment and in_view(arrived), (note_id, arrived)
            assert arrived["painted"] == quote == source_of(fragment), (note_id, arrived["painted"])
            assert arrived["own"] == [True], (note_id, arrived["own"])
    return len(markers)


def rtl_source_of(fragment: str) -> str:
    """Return the words of the Arabic fixture's bulletin at the offsets a passage's id gives."""
    start, end = map(int, fragment.split("-")[1:3])
    return (REPO / "tests" / "fixtures" / "rtl" / "seeds" / "oasis-bulletin.txt").read_text(encoding="utf-8")[start:end]


@pytest.mark.browser
@pytest.mark.slow  # a few seconds: started early, so no worker runs it alone at the end
@pytest.mark.parametrize("scripts", [True, False], ids=["with-javascript", "without-javascript"])
def test_a_fact_checker_follows_every_note_to_its_passage_and_back_at_320_px(tab, real_site, fixture_site,
                                                                             tmp_path_factory, scripts):
    """At 320 px, every one of the real briefing's markers (72 at this writing) leads to its note, on the screen, and
    the note leads back to it; every one of its notes (42) leads to its passage on the source page, on the screen,
    nothing of it hidden, painted as arrived at in exactly the words the note quotes and the seed holds, with its own
    link back filled alike; the same for the Arabic fixture's 8 markers and 6 notes. Only the site's own origin is
    asked for.
    With scripts: the date link is named as a reader hears it, and a figure that disagrees leads to its card."""
    sites = site_tree(tmp_path_factory.mktemp("reader20") / "www", {"real": real_site, "rtl": fixture_site("rtl")})
    with serve(sites) as url:
        page, traffic = tab(url + "real/index.html", viewport={"width": 320, "height": 640},
                            java_script_enabled=scripts)
        real = follow_every_note(page, url, f"real/{SLUG}/index.html",
                                 lambda fragment: SEED.__getitem__(slice(*map(int, fragment.split("-")[1:3]))))
        arabic = follow_every_note(page, url, "rtl/bus-routes/index.html", rtl_source_of)
        assert real >= 72 and arabic == 8
        if scripts:
            page.goto(url + f"real/{SLUG}/index.html", wait_until="load")
            date = page.locator(".dates a[href='#updates'] time").inner_text()
            assert page.get_by_role("link", name=f"{date} (Updates and corrections)", exact=True).count() == 1
            page.get_by_role("link", name="Kabul (Afghanistan (Taliban)) gives 11", exact=True).click()
            arrived = page.evaluate(ARRIVE, "#claim-casualties-3")  # where the click left it: measured, not moved
            assert arrived["id"] == "claim-casualties-3" and in_view(arrived)
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors
