"""A fact-checker going from a note to its passage and back by keyboard, and what a source page says, round
twenty-three: in Chromium on the real report, and in a one-source project in every built-in language.

A passage holding other cited passages (the report's Al-Monitor comparison holds eight) ended with its link back,
after theirs: following note 39 there, the first Tab reached the link back to note 24, and Enter led to the wrong
note. It now opens with its own way back, shown once Tab reaches it; the links back at the ends of the passages stay
where they were, in reading order (`tests/test_reader_11.py`). The legend said only that a passage ends with a link
back, not that it is underlined (an opinion's line dashed), which it has been since round twenty-two; the page of a
source no briefing cites said none did "yet", wrong for a superseded document; and "Cited by:" was set larger than
the dates line above it."""

from __future__ import annotations

import re

import pytest

from browser_support import serve, tab_to_a_link
from conftest import run_build
from support import one_source_project

BRIEFING = "pakistan-afghanistan-war/index.html"

# Each note followed, and the note of the link a second Tab reaches from its passage: the next inside it, in reading
# order. Note 39's passage holds eight others; note 22's three, all starting where it starts, so next comes the way
# back of note 21's, which holds two; note 41's opinion holds one ending where it ends; note 19's holds none, its own
# link back at its end the first one reached.
NOTES = {"note-report-3017-3592": "note-report-3017-3144", "note-report-3259-3408": "note-report-3259-3380",
         "note-report-3761-3862": "note-report-3776-3862", "note-report-3410-3502": None}

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
    return {href: link.getAttribute('href'), width: box.width, height: box.height,
            contrast: (high + 0.05) / (low + 0.05)}; }"""

# The size each way back of the passage arrived at is shown at.
HIDDEN = """() => [...document.querySelectorAll(':target > .way-back > a')]
    .map(link => link.getBoundingClientRect().width)"""

# Which links show on paper.
ON_PAPER = "() => [...document.querySelectorAll('.way-back')].map(way => getComputedStyle(way).display)"




@pytest.mark.browser
@pytest.mark.parametrize("note", NOTES)
def test_a_keyboard_reader_following_a_note_to_its_passage_tabs_to_the_way_back_to_that_note(tab, real_site, note):
    """From the briefing, the note's link to its passage, Enter; on the source page, Tab reaches the way back to that
    same note (it reached note 24's, 18's, 29's), shown 4.5:1 on its fill, light or dark, forced colours or not; a
    further Tab goes on in reading order, to the next link inside the passage, and the way back hides again (1 px);
    back on it, Enter lands on the note. Note 19's passage holds none: its way back is its link back, as before."""
    with serve(real_site) as url:
        page, traffic = tab(url + BRIEFING, viewport={"width": 800, "height": 900})
        page.locator(f"#{note} .note-links a[href*='#passage-']").focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "/sources/report.html#passage-" in page.url
        own = tab_to_a_link(page, FOCUSED)
        assert own["href"] == f"../pakistan-afghanistan-war/#{note}", own
        assert own["width"] > 10 and own["height"] > 10 and own["contrast"] >= 4.5, own
        for scheme, forced in (("dark", "none"), ("light", "active"), ("dark", "active")):  # the focus stays on it
            page.emulate_media(color_scheme=scheme, forced_colors=forced)
            assert page.evaluate(FOCUSED)["contrast"] >= 4.5, (scheme, forced)
        page.emulate_media(color_scheme="light", forced_colors="none")
        inner = NOTES[note]
        if inner:
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.getAttribute('href')").endswith("#" + inner)
            assert page.evaluate(HIDDEN) == [1]  # shown only while the focus is on it
            page.keyboard.press("Shift+Tab")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.evaluate("document.querySelector(':target').id") == note
        assert not traffic.failed and not traffic.console_errors


@pytest.mark.browser
def test_cited_by_is_set_as_the_dates_line_above_it_and_no_way_back_prints(tab, real_site):
    """"Cited by:" and its briefings were set at the page's body size, larger than the dates line above them; both
    are now one size and colour. On paper, where the links back print their words, the ways back print nothing."""
    with serve(real_site) as url:
        page, traffic = tab(url + "sources/report.html", viewport={"width": 800, "height": 900})
        looks = page.evaluate("""() => ['.dates', '.citing'].map(selector => {
            const style = getComputedStyle(document.querySelector(selector));
            return [style.fontSize, style.color]; })""")
        assert looks[0] == looks[1], looks
        page.emulate_media(media="print")
        assert page.evaluate(ON_PAPER) == ["none"] * 12  # one for each passage of the report holding others
        assert not traffic.failed and not traffic.console_errors


# What the page of a source no briefing cites says, and the words of its legend for the line under a cited passage
# and an opinion's dashed one, in every built-in language.
UNCITED = {
    "en": ("No briefing cites this source.", "underlined", "dashed"),
    "de": ("Kein Erklärstück zitiert diese Quelle.", "unterstrichen", "gestrichelt"),
    "es": ("Ninguna explicación cita esta fuente.", "subrayado", "discontinua"),
    "fr": ("Aucun dossier ne cite cette source.", "souligné", "discontinu"),
    "ar": ("لا يقتبس أي ملخص من هذا المصدر.", "تحته خط", "متقطع"),
}


@pytest.mark.parametrize("language", UNCITED)
def test_a_source_no_briefing_cites_says_so_without_yet_and_its_legend_names_the_underline(tmp_path, language):
    """A source no briefing cites may be one none will (a superseded document): its page said none cited it "yet"
    ("noch", "todavía", "encore", "بعد"). It now says none does. The legend on screen said only that a cited passage
    ends with a link back; it now also says it is underlined, an opinion's line dashed."""
    root = one_source_project(tmp_path, "The harbour closed on Monday.\n", language)
    assert run_build(root).code == 0
    page = (root / "site" / "sources" / "report.html").read_text(encoding="utf-8")
    none, underlined, dashed = UNCITED[language]
    assert re.findall(r'<p class="citing">(.*?)</p>', page) == [none]
    [legend] = re.findall(r'<span class="on-screen">(.*?)</span>', page)
    assert underlined in legend and dashed in legend, legend
