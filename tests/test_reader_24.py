"""A fact-checker going from a note to its passage and back, round twenty-four: in Chromium on the fixture microsite's
strike briefing citing words that cross two passages of one paragraph, and on the real briefing's report.

A passage crossing another's end (rather than holding it) met that one's link back first: following note 4, "talks on
pay broke down. The union said 1,200 members", which starts inside the walk-out's sentence (note 1) and ends inside the
union's count (note 2), the first Tab reached the link back to note 1, and Enter led to the wrong note; following note
2, the first Tab reached note 4's. A reader following note N expects the first Tab to lead back to note N, as it does
from a passage holding others since round twenty-three (`tests/test_reader_23.py`): such a passage now opens with its
own way back too, shown once Tab reaches it, and so does a passage another starts in (that one crossing its end, or
held). Every link back stays where it was, at the end of its passage: a further Tab goes on in reading order
(`tests/test_reader_11.py`).

Walking every note of the real briefing by keyboard, at 320 and 1280 px and at 200 % zoom, with and without scripts,
found each passage on the screen, its way back first on Tab, and Enter back on the note; the downloads' passages and
footnote numbers match the pages', and the feed's entries lead to the log entries they name. On paper one fault
was left: browsers print no backgrounds, and one underline ran under a passage and every passage inside it or
starting with it, so paper showed where none of these began. Each passage is now ruled where it starts and ends.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from browser_support import serve, site_tree, tab_to_a_link
from conftest import REPO, copy_templates, copy_tree, run_build
from support import edit
from test_reader_10 import microsite_citing
from test_reader_11 import CROSSING
from test_topics import FIXTURES

BRIEFING = "harbour-strike/index.html"

# Each crossing passage's note, and the note of the link a second Tab reaches from it, in reading order: the passage
# whose end it crosses, that one's link back coming next after its own way back.
CROSSINGS = {"note-courier-161-214": "note-courier-80-185", "note-courier-186-233": "note-courier-161-214"}

# The link focused: where it leads, the size it is shown at, and its colour's contrast with the fill under it.
FOCUSED = """() => {
    const link = document.activeElement, box = link.getBoundingClientRect();
    const rgb = text => text.match(/[\\d.]+/g).map(Number);
    const linear = c => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    let fill = getComputedStyle(document.body).backgroundColor;
    for (let around = link; around; around = around.parentElement) {
        const colour = getComputedStyle(around).backgroundColor, parts = rgb(colour);
        if (parts.length < 4 || parts[3] > 0) { fill = colour; break; }
    }
    const [high, low] = [luminance(rgb(getComputedStyle(link).color)), luminance(rgb(fill))].sort((a, b) => b - a);
    return {href: link.getAttribute('href'), width: box.width, height: box.height, top: box.top,
            bottom: box.bottom, height_seen: innerHeight, contrast: (high + 0.05) / (low + 0.05)}; }"""


@pytest.fixture(scope="module")
def crossing_site(tmp_path_factory) -> Path:
    """The fixture microsite, its strike briefing citing words that cross two passages of one paragraph of its
    source: the end of the walk-out's sentence and the start of the union's count (as test_reader_11.py's)."""
    return microsite_citing(tmp_path_factory.mktemp("reader24-crossing"), "[^crossing]", "crossing", CROSSING)


ACROSS = "after talks on pay broke down. The union said"  # from inside the walk-out's sentence, crossing two ends at once


@pytest.fixture(scope="module")
def crossing_twice_site(tmp_path_factory) -> Path:
    """The crossing site with one more citation, "after talks on pay broke down. The union said", starting in the
    walk-out's sentence before the crossing quote and ending in the union's count: where the walk-out's sentence ends,
    two passages are cut at once, neither classed "cut"."""
    root = copy_tree(FIXTURES / "microsite", tmp_path_factory.mktemp("reader24-twice") / "project")
    copy_templates(root)
    copy_tree(REPO / "static", root / "static")
    briefing = root / "content" / "harbour-strike" / "briefing.yaml"
    edit(briefing, "how many joined[^union-count][^authority-count].",
         "how many joined[^union-count][^authority-count][^crossing][^across].")
    edit(briefing, "citations:\n", f"citations:\n  crossing:\n    source: courier\n    quote: '{CROSSING}'\n"
                                    f"  across:\n    source: courier\n    quote: '{ACROSS}'\n")
    built = run_build(root)
    assert built.code == 0, built.err
    return root / "site"


class FirstLinks(HTMLParser):
    """Read a source page: for every passage's mark (its id), the first link met after it opens, in reading order."""

    def __init__(self):
        super().__init__()
        self.waiting: list[str] = []  # passages opened whose first link is still to come
        self.first: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "mark" and attributes.get("id"):
            self.waiting.append(attributes["id"])
        elif tag == "a" and self.waiting:
            self.first.update((passage, attributes["href"]) for passage in self.waiting)
            self.waiting = []


def first_links(page: Path) -> dict[str, str]:
    """Return, for every passage of a source page, the note its first link after its start leads to."""
    reader = FirstLinks()
    reader.feed(page.read_text(encoding="utf-8"))
    return {passage: href.rpartition("#")[2] for passage, href in reader.first.items()}


def own_note(passage: str, source: str) -> str:
    """Return the id of the note citing `passage` (passage-START-END) of `source`."""
    return passage.replace("passage-", f"note-{source}-", 1)


def test_the_first_link_after_a_crossing_passage_starts_leads_back_to_its_own_note(crossing_site, crossing_twice_site):
    """In reading order, the first link after the start of "talks on pay broke down. The union said 1,200 members"
    led to note 1, the walk-out's sentence whose end it crosses; after the start of the union's count, crossed by that
    quote at its start, to note 4. Each now leads to its own note, and so does every other passage's of the page, also
    where a third quote crosses two ends at once (and so starts inside the walk-out's sentence, before its end)."""
    firsts = first_links(crossing_site / "sources" / "courier.html")
    assert {passage: own_note(passage, "courier") for passage in firsts} == firsts
    assert set(firsts) >= {"passage-80-185", "passage-161-214", "passage-186-233"}
    firsts = first_links(crossing_twice_site / "sources" / "courier.html")
    assert {passage: own_note(passage, "courier") for passage in firsts} == firsts
    assert set(firsts) >= {"passage-80-185", "passage-155-200", "passage-161-214", "passage-186-233"}


def test_every_passage_of_the_real_report_leads_first_to_its_own_note(real_site):
    """What held since round twenty-three, for the real report's 42 passages, nine of them holding others: the first
    link after each one's start leads back to its own note."""
    firsts = first_links(real_site / "sources" / "report.html")
    assert len(firsts) >= 42
    assert {passage: own_note(passage, "report") for passage in firsts} == firsts


def test_every_link_back_stays_at_the_end_of_its_passage(crossing_site):
    """The ways back are added at the passages' starts; the links back stay after each passage's last part, in the
    order the passages end: the walk-out's sentence (note 1), the crossing quote (note 4), the union's count (note 2),
    the port authority's (note 3)."""
    page = (crossing_site / "sources" / "courier.html").read_text(encoding="utf-8")
    backs = re.findall(r'<a class="backlink" href="\.\./harbour-strike/#(note-[^"]+)"', page)
    assert backs == ["note-courier-80-185", "note-courier-161-214", "note-courier-186-233", "note-courier-234-287"]




@pytest.mark.browser
@pytest.mark.parametrize("note", CROSSINGS)
def test_a_keyboard_reader_following_a_note_to_a_crossing_passage_tabs_to_the_way_back_to_that_note(tab, crossing_site,
                                                                                                    note):
    """At 320 px, from the briefing, the note's link to its passage, Enter; on the source page, the first Tab reached
    the link back of the passage whose end this one crosses. It now reaches the way back to this same note, on the
    screen and shown 4.5:1 on its fill, light or dark, forced colours or not; a further Tab goes on in reading order,
    to the crossed passage's link back; back on the way back, Enter lands on the note."""
    with serve(crossing_site) as url:
        page, traffic = tab(url + BRIEFING, viewport={"width": 320, "height": 640})
        page.locator(f"#{note} .note-links a[href*='#passage-']").focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url.endswith("/sources/courier.html#" + note.replace("note-courier-", "passage-"))
        own = tab_to_a_link(page, FOCUSED)
        assert own["href"] == f"../harbour-strike/#{note}", own
        assert own["width"] > 10 and own["height"] > 10 and 0 <= own["top"] and own["bottom"] <= own["height_seen"]
        for scheme, forced in (("light", "none"), ("dark", "none"), ("light", "active"), ("dark", "active")):
            page.emulate_media(color_scheme=scheme, forced_colors=forced)
            assert page.evaluate(FOCUSED)["contrast"] >= 4.5, (scheme, forced)
        page.emulate_media(color_scheme="light", forced_colors="none")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.getAttribute('href')") == f"../harbour-strike/#{CROSSINGS[note]}"
        page.keyboard.press("Shift+Tab")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.evaluate("document.querySelector(':target').id") == note
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors


# Every paragraph of a source page holding a passage, as the reader sees it: its words, where a rule is drawn at a
# mark's start and at its end (in the reading direction), as offsets in those words, and its passages' ids.
RULED = """() => [...document.querySelectorAll('main div[lang] > p')].filter(p => p.querySelector('mark')).map(p => {
    let text = '';
    const starts = [], ends = [];
    const ruled = (style, edge) => style[`border${edge}Style`] === 'solid' && parseFloat(style[`border${edge}Width`]) >= 1
        && style[`border${edge}Color`] === style.color;
    const walk = node => {
        if (node.nodeType === Node.TEXT_NODE) { text += node.textContent; return; }
        if (node.matches('.backlinks, .way-back')) return;  // links back, named for screen readers: no text shown
        const style = node.matches('mark') ? getComputedStyle(node) : null;
        const [first, last] = style && style.direction === 'rtl' ? ['Right', 'Left'] : ['Left', 'Right'];
        if (style && ruled(style, first)) starts.push(text.length);
        node.childNodes.forEach(walk);
        if (style && ruled(style, last)) ends.push(text.length);
    };
    p.childNodes.forEach(walk);
    return {text, starts, ends, ids: [...p.querySelectorAll('mark[id]')].map(mark => mark.id)}; })"""

SEEDS = {"real/sources/report.html": REPO / "seeds" / "000_bd91349fafd64fe6.txt",
         "crossing/sources/courier.html": FIXTURES / "microsite" / "seeds" / "harbour-report.txt",
         "crossing-twice/sources/courier.html": FIXTURES / "microsite" / "seeds" / "harbour-report.txt",
         "rtl/sources/bulletin.html": FIXTURES / "rtl" / "seeds" / "oasis-bulletin.txt"}  # ruled from the right


def ruled_apart(paragraph: dict, seed: str, passages: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Return where the paragraph's passages start and end, as offsets in its words, to compare with its rules."""
    assert seed.count(paragraph["text"]) == 1, paragraph["text"]
    base, length = seed.index(paragraph["text"]), len(paragraph["text"])
    return (sorted(start - base for start, _ in passages if base <= start < base + length),
            sorted(end - base for _, end in passages if base < end <= base + length))


@pytest.mark.browser
def test_on_paper_every_passage_is_ruled_where_it_starts_and_ends(tab, real_site, fixture_site, crossing_site,
                                                                  crossing_twice_site, tmp_path_factory):
    """Browsers print no backgrounds, so on paper a passage is told by its underline alone, and one line ran under a
    passage and all those inside it or starting with it: "Pakistan has 660,000 active personnel" starts the passages
    of notes 18, 20, 21 and 22, inside note 39's, and paper showed none of these starts; nor where "talks on pay broke
    down. The union said 1,200 members" (note 4) starts, inside the walk-out's sentence. Each passage is now ruled in
    the text's colour where it starts and where it ends, and nowhere else: a part it goes on from is open there, also
    where two passages are cut at once; on the Arabic fixture's page, from the right. On screen, where the fill shows
    each passage, nothing changes."""
    sites = site_tree(tmp_path_factory.mktemp("reader24") / "www",
                      {"real": real_site, "crossing": crossing_site, "crossing-twice": crossing_twice_site,
                       "rtl": fixture_site("rtl")})
    with serve(sites) as url:
        page, traffic = tab(url + "real/sources/report.html", viewport={"width": 800, "height": 900})
        for address, seed in SEEDS.items():
            page.goto(url + address, wait_until="load")
            page.emulate_media(media="screen")
            assert not any(paragraph["starts"] or paragraph["ends"] for paragraph in page.evaluate(RULED)), address
            page.emulate_media(media="print")
            paragraphs = page.evaluate(RULED)
            passages = [tuple(map(int, passage.split("-")[1:3])) for paragraph in paragraphs
                        for passage in paragraph["ids"]]
            for paragraph in paragraphs:
                assert (paragraph["starts"], paragraph["ends"]) == ruled_apart(paragraph, seed.read_text("utf-8"),
                                                                                passages), (address, paragraph)
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors
