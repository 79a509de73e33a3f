"""A reader in Chromium, round eleven: a fact-checker arriving at a passage that crosses another in its paragraph,
a reader whose own style spaces text out (WCAG 1.4.12) meeting a chart, and the notes read on paper. Each browser test
loads a page once and checks what a reader meets there."""

from __future__ import annotations

from pathlib import Path

import pytest

from browser_support import PAINTED, serve, settled
from conftest import run_build
from test_reader_10 import microsite_citing
from test_reader_9 import CHART_FAULTS
from test_topics import REPO

CROSSING = "talks on pay broke down. The union said 1,200 members"  # crosses two passages of its paragraph

# Every mark's words and whether it is tinted as the passage arrived at (the :target's own background).
TINTED = """() => { const tint = getComputedStyle(document.querySelector('mark:target')).backgroundColor;
    return [...document.querySelectorAll('mark')].filter(mark => getComputedStyle(mark).backgroundColor === tint)
        .map(mark => mark.textContent); }"""

# The links back filled like the passage arrived at: its own, after its last part.
FILLED = """() => [...document.querySelectorAll('.backlink')].filter(link => getComputedStyle(link).backgroundColor
    === getComputedStyle(document.querySelector('mark:target')).backgroundColor).map(link => link.getAttribute('href'))"""

# A reader's own style spacing text out as WCAG 1.4.12 allows, added as the page's last rules (the CSP refuses a
# <style> element; the stylesheet's rules are the page's own).
TEXT_SPACING = """() => { const sheet = document.styleSheets[0];
    ['*{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important}',
     'p{margin-bottom:2em!important}'].forEach(rule => sheet.insertRule(rule, sheet.cssRules.length)); }"""

# The notes' introduction as shown (innerText leaves out what is not displayed).
NOTES_INTRO = "() => document.querySelector('#notes > p').innerText"


@pytest.fixture(scope="module")
def crossing_site(tmp_path_factory) -> Path:
    """The fixture microsite, its strike briefing citing words that cross two passages of one paragraph of its
    source: the end of the walk-out's sentence and the start of the union's count."""
    return microsite_citing(tmp_path_factory.mktemp("reader11-crossing"), "[^crossing]", "crossing", CROSSING)


@pytest.mark.browser
def test_a_passage_crossing_another_in_its_paragraph_is_tinted_whole_when_arrived_at(tab, crossing_site):
    """Marks must nest, so a passage crossing another's end in one paragraph is cut there and reopened after it,
    without the id a note's link arrives at. Following the note of "talks on pay broke down. The union said 1,200
    members", the fact-checker saw only "talks on pay broke down." tinted as the passage arrived at, as if the quote
    ended there, and its links back, after its second part, unfilled; so did the union's count, which the same quote
    crosses. Both parts are now tinted and ringed (outlined in forced colours), and its own links back filled. On
    paper the page's legend says what paper shows: the passages underlined, not links back."""
    from browser_support import axe_audit

    with serve(crossing_site) as url:
        page, traffic = tab(url + "harbour-strike/index.html", viewport={"width": 320, "height": 640})
        note = page.locator("#notes li", has_text=CROSSING)
        note_id = note.get_attribute("id")
        note.locator(".note-links a").first.focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")
        settled(page)  # as a reader, who presses Tab once the page is drawn
        first, rest = CROSSING.split(" The union")
        assert page.evaluate(TINTED) == [first, " The union" + rest]  # the union's count inside, tinted as cited
        assert page.evaluate(PAINTED) == CROSSING  # ... and shown so: the union's own fill covered its words
        assert page.evaluate(FILLED) == ["../harbour-strike/#" + note_id]
        # Tab reaches this quote's own way back at its start (test_reader_24.py), then goes on in reading order: to
        # the link back of the walk-out's sentence, which ends inside this quote (headless Chromium may spend a page's
        # first key press focusing the document)
        reached = []
        for _ in range(3):
            page.keyboard.press("Tab")
            reached.append(page.evaluate("document.activeElement.getAttribute('href')"))
        assert [href for href in reached if href][:2] == ["../harbour-strike/#" + note_id,
                                                          "../harbour-strike/#note-courier-80-185"]
        resumed = "mark:has(>mark.cut:target)+.backlinks+mark.resumed"
        assert page.eval_on_selector(resumed, "mark => getComputedStyle(mark).boxShadow") != "none"  # ringed
        page.emulate_media(forced_colors="active")
        assert page.eval_on_selector(resumed, "mark => getComputedStyle(mark).outlineStyle") == "solid"
        page.emulate_media(forced_colors="none")
        # The union's count, crossed by that quote at its start, is cut in two the same way
        union = page.eval_on_selector("mark.resumed mark.cut", "mark => mark.id")
        page.evaluate("id => { location.hash = id; }", union)
        assert page.evaluate(TINTED) == ["The union said 1,200 members", " joined the strike."]
        assert page.evaluate(PAINTED) == "The union said 1,200 members joined the strike."
        assert len(page.evaluate(FILLED)) == 1
        assert axe_audit(page).violations_count == 0
        # On paper, where no link back can be followed, the legend said each passage "ends with a link back to its note"
        legend = "document.querySelector('.legend').innerText"
        assert page.evaluate(legend).startswith("The full text, word for word. Each passage a briefing cites is "
                                                "underlined, with a dashed line where")
        page.emulate_media(media="print")
        assert page.evaluate(legend).startswith("The full text, word for word. Each passage a briefing cites is "
                                                "underlined, and ends with the note it backs (↩). cited passage")
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors


@pytest.mark.browser
def test_the_real_briefing_under_a_readers_text_spacing_and_on_paper(tab, real_site):
    """WCAG 1.4.12: a reader's own style may space letters 0.12em, words 0.16em and lines 1.5 apart. The page
    reflowed, but an SVG's text does not: the chart's "Pakistan: 660,000" and "Afghanistan (Taliban): 200,000
    planned" ran past its edge and were cut off. Its labels now keep that room, and its ticks are as many as fit
    apart (the narrower scale ran "200,000" into "400,000"). On paper the notes' introduction told the reader to
    follow a note's link and that "the arrow or letters lead back": paper shows neither. It now says what paper
    shows: each note names its source and the original's address."""
    with serve(real_site) as url:
        page, traffic = tab(url + "pakistan-afghanistan-war/index.html",
                            viewport={"width": 320, "height": 640})
        assert "arrow or letters lead back" in page.evaluate(NOTES_INTRO)
        page.evaluate(TEXT_SPACING)
        assert page.evaluate(CHART_FAULTS) == []
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        page.emulate_media(media="print")
        assert page.evaluate(NOTES_INTRO) == ("Each note quotes its source word for word and names it, with the "
                                              "original’s address where it has one.")
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors


def test_a_locale_of_its_own_without_the_paper_labels_prints_its_own_words(tmp_path):
    """A project's locale for a language of its own, made before `notes_intro_paper` and `legend_paper` were added,
    still builds: on paper its notes' introduction and its source page's legend say its own `notes_intro` and
    `legend`, not English words."""
    from explainer.locale import load_locales
    from support import project_in_language
    from test_reader_9 import briefing

    english = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    intro, legend = "Elke noot citeert haar bron woord voor woord.", "De volledige tekst, woord voor woord."
    dutch = "\n".join(f'notes_intro: "{intro}"' if line.startswith("notes_intro:") else
                      f'legend: "{legend}"' if line.startswith("legend:") else line
                      for line in english.splitlines() if not line.startswith(("notes_intro_paper:", "legend_paper:")))
    source = "Rapport\n\nHet rapport telt 12 bladzijden.\n"
    root = project_in_language(tmp_path / "project", "nl", dutch, "fusion", source,
                               briefing("nl", "Fusie", "Het rapport telt 12 bladzijden.", "Amt", source.split("\n")[2][:-1]))
    built = run_build(root)
    assert built.code == 0, built.err
    assert f'<span class="on-paper">{intro}</span>' in (root / "site" / "fusion" / "index.html").read_text("utf-8")
    locales, problems = load_locales(root)  # a source page is in the site's language, here English
    assert not problems and locales["nl"]["legend_paper"] == legend


# Words for a link, by built-in language: a sentence printed on paper as on screen must not promise one.
LINK_WORDS = {"en": ("link",), "de": ("link", "verlinkt"), "es": ("enlace", "enlaza"), "fr": ("lien",),
              "ar": ("رابط", "مرتبط")}


@pytest.mark.parametrize("language", sorted(LINK_WORDS))
def test_the_sources_list_printed_as_shown_promises_no_link(language):
    """The sources list under the caveats is printed as it is shown (one sentence, no on-screen twin); in English,
    Spanish and Arabic it said every statement "links to" its source's words, which paper cannot do."""
    from explainer.locale import load_locales

    locales, problems = load_locales(REPO)
    assert not problems
    said = locales[language]["sources_list"].casefold()
    assert not any(word in said for word in LINK_WORDS[language]), said
    assert 'class="on-' not in (REPO / "templates" / "_caveats.html").read_text("utf-8")  # one sentence for both
