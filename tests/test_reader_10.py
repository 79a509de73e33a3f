"""A reader in Chromium, round ten: the Arabic site (`ar`, built in, right to left) read as its readers read it, on
screen and on paper: its charts drawn from the right, nothing slanted in a script that has no italics, a note's way
back pointing back, a link's address printed; and a fact-checker arriving at a quote that runs on into the next
paragraph of its source. Each browser test loads a page once and checks what a reader meets there."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from browser_support import serve
from conftest import copy_templates, copy_tree, run_build
from support import edit
from test_reader_9 import CHART_FAULTS
from test_topics import FIXTURES, REPO

LINK = "https://transport.example/routes"

# Where each chart's parts stand, in its viewBox: the measures' names, the bars, each bar's label, the tick "0".
CHART_LAYOUT = """() => [...document.querySelectorAll('.chart svg')].map(svg => {
    const width = svg.viewBox.baseVal.width, box = e => e.getBBox();
    const right = e => box(e).x + box(e).width;
    return {width,
        measures: [...svg.querySelectorAll('text.measure')].map(right),
        bars: [...svg.querySelectorAll('rect.bar:not(.range)')].map(bar => [box(bar).x, right(bar)]),
        labels: [...svg.querySelectorAll('text.value:not(.absent)')].map(right),
        absent: [...svg.querySelectorAll('text.absent')].map(right),
        zero: [...svg.querySelectorAll('text.tick')].filter(t => t.textContent === '0').map(box)
            .map(b => b.x + b.width / 2)};
    })"""


# What the reader sees slanted: text of a shown element whose style is italic or oblique.
SLANTED = """() => [...document.body.querySelectorAll('*')].filter(n => n.getClientRects().length
    && getComputedStyle(n).fontStyle !== 'normal').map(n => n.tagName + ': ' + n.textContent.trim().slice(0, 30))"""


@pytest.fixture(scope="module")
def arabic_site(tmp_path_factory) -> Path:
    """The Arabic fixture microsite, its summary linking words of its own to a page elsewhere."""
    root = copy_tree(FIXTURES / "rtl", tmp_path_factory.mktemp("reader10") / "project")
    copy_templates(root)
    copy_tree(REPO / "static", root / "static")
    words = "خطوطًا جديدة"
    edit(root / "content" / "bus-routes" / "briefing.yaml", f"{words}[^ruling]", f"[{words}]({LINK})[^ruling]")
    built = run_build(root)
    assert built.code == 0, built.err
    return root / "site"


@pytest.mark.browser
def test_an_arabic_briefing_reads_right_to_left_its_chart_its_lettering_and_its_way_back(tab, arabic_site):
    """An Arabic briefing's chart ran left to right inside a right-to-left page: the measure's name stood at its far
    left, away from the table's measures and from where the reader's eye starts, and the bars grew from a zero at the
    left, against the reading. It is now mirrored: zero at the right edge, the names ending there, bars growing
    leftwards, each label just left of its bar. And "غير مذكور" (not given) was slanted, in the table and the
    chart, though the page already kept Arabic quotations upright: Arabic has no italics, and a slanted Arabic is a
    browser's distortion. A note's way back to its marker, "↪" there, pointed onwards, as "↩". On paper, a link in
    the briefing's own words printed those words alone, and where it led was lost: its address now follows them."""
    from browser_support import axe_audit

    with serve(arabic_site) as url:
        page, traffic = tab(url + "bus-routes/index.html", viewport={"width": 320, "height": 640})
        assert page.evaluate("document.dir") == "rtl"
        charts = page.evaluate(CHART_LAYOUT)
        assert len(charts) == 2 and any(chart["absent"] for chart in charts), charts
        for chart in charts:
            width = chart["width"]
            assert chart["measures"] and all(width - 3 <= right <= width for right in chart["measures"]), chart
            assert chart["zero"] and all(width - 8 <= zero <= width for zero in chart["zero"]), chart
            assert all(abs(right - width) < 0.5 for _, right in chart["bars"]), chart  # every bar starts at zero
            assert [label < left for label, (left, _) in zip(chart["labels"], chart["bars"])] == [True] * len(
                chart["bars"]), chart  # each label before its bar's end, in the reading's direction
            assert all(width - 3 <= right <= width for right in chart["absent"]), chart
        assert page.evaluate(CHART_FAULTS) == []
        assert page.evaluate(SLANTED) == []
        # A note's way back, "↩", pointed onwards, along the reading; on a right-to-left page it turns back, "↪"
        arrows = page.eval_on_selector_all(".notes .backlink", "links => links.map(link => "
                                           "getComputedStyle(link, '::after').content)")
        assert arrows and all("\u21aa" in arrow and "\u21a9" not in arrow for arrow in arrows), arrows
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert axe_audit(page).violations_count == 0
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors
        page.emulate_media(media="print")  # on paper, each note names its source in a <cite>, which browsers slant
        assert page.evaluate(SLANTED) == []
        # A link in the briefing's words printed only its words: on paper, where it leads was lost
        after = page.eval_on_selector(f"main a[href='{LINK}']", "a => [getComputedStyle(a, '::after').content, "
                                      "getComputedStyle(a, '::after').unicodeBidi]")
        assert after == [f'" ({LINK})"', "isolate"], after  # isolated: the parentheses stay round it in Arabic


def party(key: str, name: str):
    return SimpleNamespace(id=key, name=name, short_name=None)


def test_a_mirrored_chart_keeps_negative_figures_and_ranges_on_the_far_side_of_zero():
    """Mirrored, a negative figure's bar runs right from the zero line (as it ran left of it), a range's lighter
    extension continues its bar away from zero, and the axis and its ticks run from the right edge."""
    from explainer.chart import WIDTH, scale_chart
    from explainer.locale import Labels
    from test_topics import locale

    rows = [SimpleNamespace(measure="m", unit="u", values={
        "a": SimpleNamespace(value=-20, bound="exact", to=None),
        "b": SimpleNamespace(value=30, bound="exact", to=60)})]
    parties = (party("a", "A"), party("b", "B"), party("c", "C"))
    english = scale_chart("t", rows, parties, Labels(locale("en"), "en"))
    arabic = scale_chart("t", rows, parties, Labels(locale("ar"), "ar"))
    assert not english.mirrored and arabic.mirrored
    negative, ranged, _ = arabic.groups[0].bars
    assert negative.x == pytest.approx(arabic.zero_x) and negative.width > 0  # right of zero
    assert ranged.x + ranged.width == pytest.approx(arabic.zero_x)  # left of zero, up to it
    assert ranged.extension_x + ranged.extension == pytest.approx(ranged.x)  # on from the bar's end, leftwards
    assert (arabic.axis_start, arabic.axis_end) == (WIDTH - arabic.plot_width, WIDTH)
    assert [tick.label.lstrip("\u200e") for tick in arabic.ticks] == [tick.label for tick in english.ticks]
    assert arabic.ticks[0].x == pytest.approx(WIDTH) and arabic.ticks[0].anchor == "end"
    assert arabic.ticks[0].label_x < WIDTH and english.ticks[0].label_x == english.ticks[0].x == 0  # inside the edge


RUNNING_ON = ('The port authority said only 800 workers stayed away. '
              'The port authority called the strike "unlawful and reckless"')


def microsite_citing(folder: Path, tail: str, key: str, quote: str) -> Path:
    """Build the fixture microsite in `folder`, its strike briefing's sentence on how many joined ending in `tail` and
    a citation `key` of the courier's words `quote`; return its site."""
    root = copy_tree(FIXTURES / "microsite", folder / "project")
    copy_templates(root)
    copy_tree(REPO / "static", root / "static")
    briefing = root / "content" / "harbour-strike" / "briefing.yaml"
    edit(briefing, "how many joined[^union-count][^authority-count].", f"how many joined[^union-count][^authority-count]{tail}.")
    edit(briefing, "citations:\n", f"citations:\n  {key}:\n    source: courier\n    quote: '{quote}'\n")
    built = run_build(root)
    assert built.code == 0, built.err
    return root / "site"


@pytest.fixture(scope="module")
def running_on_site(tmp_path_factory) -> Path:
    """The fixture microsite, its strike briefing citing words that run on from one paragraph of its source into the
    next, as a quote across a PDF's page break does."""
    return microsite_citing(tmp_path_factory.mktemp("reader10-run-on"), ", and on the strike itself[^run-on]", "run-on",
                            RUNNING_ON)


# Every mark's words and whether it is tinted as the passage arrived at (the :target's own background).
TINTED = """() => { const tint = getComputedStyle(document.querySelector('mark:target')).backgroundColor;
    return [...document.querySelectorAll('mark')].map(mark => [mark.textContent,
        getComputedStyle(mark).backgroundColor === tint]); }"""


@pytest.mark.browser
def test_a_quote_running_on_into_the_next_paragraph_is_tinted_whole_when_arrived_at(tab, running_on_site):
    """A quote may run from one paragraph of its source into the next (where a page break cut a sentence's
    paragraph, or the first ends its sentence). Its source page marks it in both, but only the first part carries the
    id a note's link arrives at: the fact-checker following note 4 saw "The port authority said only 800 workers
    stayed away." tinted as the passage, and the rest of the quote, in the next paragraph, tinted as any passage, as
    if the citation ended there. Every part is now tinted, and the links back after its last part are filled."""
    with serve(running_on_site) as url:
        page, traffic = tab(url + "harbour-strike/index.html", viewport={"width": 320, "height": 640})
        note = page.locator("#notes li", has_text="unlawful and reckless")
        note_id = note.get_attribute("id")
        note.locator(".note-links a").first.focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
        tinted = [words for words, arrived in page.evaluate(TINTED) if arrived]
        # the passage's words in its two paragraphs (a shorter passage's mark inside the first is tinted as cited)
        first, rest = RUNNING_ON.split(" The port authority called")
        assert tinted == [first, "The port authority called" + rest], tinted
        filled = page.eval_on_selector_all(".backlink", """links => links.filter(link => getComputedStyle(link)
            .backgroundColor === getComputedStyle(document.querySelector('mark:target')).backgroundColor)
            .map(link => link.getAttribute('href'))""")
        assert filled == ["../harbour-strike/#" + note_id], filled
        assert traffic.foreign_hosts() == set() and not traffic.failed
