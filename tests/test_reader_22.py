"""A fact-checker arriving on a source page from a footnote, and a reader of forced colours, round twenty-two, in
Chromium on the real briefing's source and the Spanish fixture's four (tests/fixtures/newuser_33). A cited passage
was told from the rest of the text by its tint alone, 1.2:1 against the page (1.9:1 in the dark scheme): colour
alone, under the 3:1 an indicator needs (WCAG 1.4.11). Each is now underlined in its text's colour, solid where an
opinion's line is dashed. In a dark forced-colours theme (white on black) three things vanished: the ring of the
passage arrived at was drawn in the mark's text colour, black on the black page, so it looked like every other
passage; a link back inside a passage (the end of one it holds) was the link colour on Mark, yellow on yellow; and
the lines under passages kept the page's own pale colours on Mark. The legend's sample of the passage arrived at was
plain page where the passage is a Mark. The stylesheet is read as the browser computes it, the contrasts worked out
from the colours it paints."""

from __future__ import annotations

import itertools

import pytest

from browser_support import serve, site_tree

# The real report: 3017-3592 is Al-Monitor's comparison, holding eight cited passages and their links back;
# 3761-3862 an opinion ("As is typical, ...") holding a cited one
REAL = {"real/sources/report.html": ["passage-3017-3592", "passage-250-457", "passage-3761-3862"]}
SPANISH = ["boletin", "diario", "garrido", "observadores"]

# What the reader sees of the page open at its arrival: for every passage, its underline and the colour it is drawn
# on; the ring of the one arrived at; every link back's colour on its fill; the page's own background.
SEEN = """() => {
    const rgb = text => text.match(/[\\d.]+/g).map(Number);
    const linear = c => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    const ratio = (a, b) => { const [high, low] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
                              return Math.round((high + 0.05) / (low + 0.05) * 100) / 100; };
    const page = getComputedStyle(document.body).backgroundColor;
    const fill = element => {  // the colour painted under an element: its own or the nearest around it
        for (let around = element; around; around = around.parentElement) {
            const colour = getComputedStyle(around).backgroundColor, parts = rgb(colour);
            if (parts.length < 4 || parts[3] > 0) return colour;
        }
        return page;
    };
    const target = document.querySelector(':target'), ring = getComputedStyle(target);
    return {
        arrived: target.id,
        ring: {outline: ring.outlineStyle, width: parseFloat(ring.outlineWidth),
               against_page: ratio(ring.outlineColor, page)},
        tint_against_page: ratio(fill(document.querySelector('mark.cited:not(:target)')), page),
        passages: [...document.querySelectorAll('main mark')].map(mark => {
            const style = getComputedStyle(mark);
            return {id: mark.id, kind: mark.classList.contains('opinion') ? 'opinion' : 'cited', arrived: mark === target,
                    line: style.textDecorationLine, style: style.textDecorationStyle,
                    thickness: parseFloat(style.textDecorationThickness),
                    against_fill: ratio(style.textDecorationColor, fill(mark))}; }),
        links_back: [...document.querySelectorAll('.backlink')].map(link => ({
            href: link.getAttribute('href'), inside: !!link.closest('mark'),
            against_fill: ratio(getComputedStyle(link).color, fill(link))})),
        samples: Object.fromEntries([...document.querySelectorAll('.legend-sample')].map(sample => {
            const style = getComputedStyle(sample);
            return [sample.classList[1], {fill: fill(sample), line: style.textDecorationLine,
                                          style: style.textDecorationStyle}]; })),
        arrival_fill: fill(target)};
}"""


@pytest.fixture(scope="module")
def sites(real_site, fixture_site, tmp_path_factory):
    """The real briefing's site and the Spanish fixture's, served side by side."""
    return site_tree(tmp_path_factory.mktemp("reader22") / "www",
                     {"real": real_site, "spanish": fixture_site("newuser_33")})


def pages() -> dict[str, list[str]]:
    """Return each source page to open and the passages to arrive at ("" for its first): three of the real report,
    one of each Spanish source."""
    return {**REAL, **{f"spanish/sources/{name}.html": [""] for name in SPANISH}}


def arrive(page, passage: str) -> dict:
    """Arrive at `passage` of the page open (its first cited passage for ""), as a note's link does; return SEEN."""
    passage = passage or page.eval_on_selector("main mark.cited[id]", "mark => mark.id")
    page.evaluate("id => { location.hash = id; }", passage)
    seen = page.evaluate(SEEN)
    assert seen["arrived"] == passage
    return seen


@pytest.mark.browser
def test_every_cited_passage_is_underlined_not_told_by_its_tint_alone(tab, sites):
    """In the light and the dark scheme, on every passage of the five source pages (the one arrived at too), a cited
    passage is underlined, solid and 2 px, in a colour standing at least 3:1 on its fill, where its tint stands
    under 1.2:1 (1.9:1 dark) against the page; an opinion keeps its dashed line, which in the dark scheme stood 1.6:1
    on the fill of a passage arrived at; the legend's samples show what the passages show."""
    with serve(sites) as url:
        page, traffic = tab(url + next(iter(REAL)), viewport={"width": 800, "height": 900})
        for path, passages in pages().items():
            if not page.url.startswith(url + path):
                page.goto(url + path, wait_until="load")
            for (scheme, tint), passage in itertools.product((("light", 1.2), ("dark", 2)), passages):
                if passage == passages[0]:
                    page.emulate_media(color_scheme=scheme)
                seen = arrive(page, passage)
                assert seen["tint_against_page"] < tint, (scheme, path)  # why the tint alone is not enough
                for mark in seen["passages"]:
                    expected = "solid" if mark["kind"] == "cited" else "dashed"
                    assert (mark["line"], mark["style"]) == ("underline", expected), (scheme, path, mark)
                    assert mark["thickness"] >= 2 and mark["against_fill"] >= 3, (scheme, path, mark)
                assert any(mark["arrived"] for mark in seen["passages"])
                samples = seen["samples"]
                assert (samples["cited"]["line"], samples["cited"]["style"]) == ("underline", "solid"), samples
                assert (samples["opinion"]["line"], samples["opinion"]["style"]) == ("underline", "dashed"), samples
        assert not traffic.failed and not traffic.console_errors


@pytest.mark.browser
def test_in_forced_colours_the_passage_arrived_at_is_ringed_and_every_link_back_shows(tab, sites):
    """In a light and a dark forced-colours theme: the passage arrived at is ringed 3 px in a colour standing 3:1 or
    more against the page (it was black on the dark theme's black); every link back, also one inside a passage, stands
    4.5:1 on what is painted under it (yellow on yellow inside a Mark); every passage's line 3:1 on its Mark; and the
    legend's sample of the passage arrived at is a Mark, as the passage is."""
    with serve(sites) as url:
        page, traffic = tab(url + next(iter(REAL)), viewport={"width": 800, "height": 900})
        inside = {"light": 0, "dark": 0}
        for path, passages in pages().items():
            if not page.url.startswith(url + path):
                page.goto(url + path, wait_until="load")
            for scheme, passage in itertools.product(inside, passages):
                if passage == passages[0]:
                    page.emulate_media(color_scheme=scheme, forced_colors="active")
                seen = arrive(page, passage)
                ring = seen["ring"]
                # solid, or the focus ring's double since the passage arrived at takes the focus (test_reader_31)
                assert ring["outline"] in ("solid", "double") and ring["width"] >= 3 and ring["against_page"] >= 3, (
                    scheme, path, ring)
                for link in seen["links_back"]:
                    assert link["against_fill"] >= 4.5, (scheme, path, link)
                inside[scheme] += sum(link["inside"] for link in seen["links_back"])
                for mark in seen["passages"]:
                    assert mark["line"] == "underline" and mark["against_fill"] >= 3, (scheme, path, mark)
                assert seen["samples"]["target"]["fill"] == seen["arrival_fill"] == seen["samples"]["cited"]["fill"]
        assert min(inside.values()) >= 8  # the real report's links back inside passages were among those checked
        assert not traffic.failed and not traffic.console_errors
