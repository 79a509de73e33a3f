"""A reader in Chromium, round fifteen: a timeline event whose `when` already says its date, as an editor naturally
writes it ("9 March 2026", "Le 4 mai 2026", "٢٠ مارس ٢٠٢٦"), showed and read that date twice; in forced colours
(Windows high contrast) a claim card, drawn by its fill alone, lost its edges; a shared home page called itself an
article and no preview named the site. The browser test loads one page."""

from __future__ import annotations

import csv
import html
import io
import re

import pytest

from browser_support import serve
from regenerate_golden import GOLDEN

from explainer.plan import says_date


def _whens(page: str) -> list[str]:
    """Return each timeline event's time as a reader meets it: the words of its `when` line, tags dropped."""
    return [" ".join(html.unescape(re.sub(r"<[^>]*>", "", line)).split())
            for line in re.findall(r'<p class="when">(.*?)</p>', page)]


@pytest.mark.parametrize("when, date_text, says", [
    ("9 March 2026", "9 March 2026", True),
    ("by 23 March 2026", "23 March 2026", True),
    ("Le 4 mai 2026", "4 mai 2026", True),
    ("jeudi 12 Mars 2026", "12 mars 2026", True),  # in other letter case
    ("الأحد ١٥ مارس ٢٠٢٦", "15 مارس 2026", True),  # in Arabic-Indic digits
    ("24 March 2026", "4 March 2026", False),  # another day that ends alike
    ("Thursday night", "26 February 2026", False),
    ("2021", "", False),
])
def test_an_events_when_says_its_date_only_where_it_holds_that_date_whole(when, date_text, says):
    """The date is left out where the `when` holds it as a whole, in any digits and letter case, never in part."""
    assert says_date(when, date_text) is says


def test_a_timeline_event_dated_in_its_own_words_gives_its_date_once(fixture_site):
    """"Le 4 mai 2026 4 mai 2026": the French merger briefing's timeline wrote each date twice, the editor's `when` and then the page's
    own writing of `date`. Where the `when` holds that date, it is now the <time> itself (the date still machine
    readable); where it does not ("Thursday night"), the page's date follows it as before."""
    page = (fixture_site("merger") / "fusion-laiteries" / "index.html").read_text(encoding="utf-8")
    assert _whens(page) == ["Le 4 mai 2026", "Le 12 mai 2026"]
    assert '<strong><time datetime="2026-05-04">Le 4 mai 2026</time></strong>' in page


def test_a_shared_home_page_is_a_website_and_every_preview_names_the_site():
    """Open Graph: the home, feed and 404 pages said `og:type` "article", and no page gave `og:site_name`, the line a
    chat or social preview shows above the title. Those pages are now a "website", briefings and sources articles,
    and every page names the site (the golden microsite, as built)."""
    kinds = {"index.html": "website", "feed.html": "website", "404.html": "website",
             "council-vote/index.html": "article", "sources/minutes.html": "article"}
    for name, kind in kinds.items():
        page = (GOLDEN / name).read_text(encoding="utf-8")
        assert f'<meta property="og:type" content="{kind}">' in page, name
        assert '<meta property="og:site_name" content="Eastmere explained">' in page, name


def test_a_figure_the_page_marks_revised_says_so_in_the_claims_download(fixture_site):
    """The recall's regulator first put the relative risk at 2, then at 1.4: the card of the first says "revised to
    1.4 by the report of 18 March 2026", but its row of claims.csv read like a figure still standing, beside the
    other with no word of which replaced which. Each row now names, in `revised_by`, the claim whose later report
    revises its figure (the claim the card's link leads to); a figure standing has none."""
    site = fixture_site("newuser_19")
    rows = {row["claim"]: row for row in csv.DictReader(io.StringIO(
        (site / "corvalin-recall" / "data" / "claims.csv").read_text(encoding="utf-8-sig")))}
    assert rows["risk-1"]["value"] == "2" and rows["risk-1"]["revised_by"] == "risk-msa-corrected"
    assert [rows[claim]["revised_by"] for claim in ("risk-msa-corrected", "risk-2", "cost-1")] == ["", "", ""]
    page = (site / "corvalin-recall" / "index.html").read_text(encoding="utf-8")
    assert '<a class="revised" href="#claim-risk-msa-corrected">revised to 1.4 by the report of 18 March 2026' in page


@pytest.mark.browser
def test_claim_cards_keep_their_edges_and_a_dated_event_is_read_once_in_forced_colours(tab, fixture_site):
    """In forced colours a card's fill is dropped, and a card with it its edges: two claims of one party ran together
    as one block of text (the recall's regulator's). Each card is now lined there, and only there. On the French
    merger briefing, the timeline's dates are read once."""
    with serve(fixture_site("merger")) as url:
        page, traffic = tab(url + "fusion-laiteries/index.html", viewport={"width": 320, "height": 640},
                            forced_colors="active")
        edges = page.eval_on_selector_all(".claim", """cards => cards.map(card => { const style = getComputedStyle(card);
            return ['Top', 'Right', 'Bottom', 'Left'].every(side => style[`border${side}Style`] === 'solid'
                && parseFloat(style[`border${side}Width`]) >= 1); })""")
        assert len(edges) > 1 and all(edges)
        assert page.locator("#timeline .when").all_inner_texts() == ["Le 4 mai 2026", "Le 12 mai 2026"]
        page.emulate_media(forced_colors="none")
        assert page.eval_on_selector(".claim", "card => getComputedStyle(card).borderTopStyle") == "none"
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors


def test_each_letter_of_a_note_cited_in_several_places_is_named_with_the_section_it_leads_back_to(real_site):
    """A screen reader's list of links read "back to reference 1a", "back to reference 1b": nothing said which part of
    the page each led back to, so a reader who came by the timeline could not pick theirs. Each letter is now named
    with its section's title, as the contents list gives it; a note cited once keeps its name."""
    page = (real_site / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8")
    note = page.split('<li id="note-report-17-118" tabindex="-1">', 1)[1].split("</li>", 1)[0]
    assert re.findall(r'<a class="backlink" href="#([^"]*)" aria-label="([^"]*)">', note) == [
        ("cite-briefing-airstrikes", "back to reference 1a (What we know)"),
        ("cite-timeline-airstrikes", "back to reference 1b (Timeline)")]
    assert re.search(r'aria-label="back to reference \d+"></a>', page)  # cited once: its arrow, named as before


# The names of a page's note letters marked as the way the reader came (aria-current), in the note arrived at.
WAY_BACK = "() => [...document.querySelectorAll('.backlink[aria-current]')].map(link => link.getAttribute('aria-label'))"


@pytest.mark.browser
def test_a_note_cited_in_several_places_marks_the_way_back_to_the_marker_followed(tab, real_site):
    """Note 1 of the real briefing is cited in the summary and in the timeline, and leads back by "a" and "b": a
    reader who came by the timeline's marker, or who read the passage in the source and came back, had to guess
    which letter was theirs (the first, "a", Tab reached, led to the summary). The letter leading back to the marker
    followed is now filled and marked current (aria-current), also after the round trip through the source page;
    it leads there, and the mark is gone once it has."""
    from browser_support import axe_audit

    with serve(real_site) as url:
        page, traffic = tab(url + "pakistan-afghanistan-war/index.html",
                            viewport={"width": 390, "height": 640})
        page.locator("#cite-timeline-airstrikes").click()
        page.wait_for_selector(".backlink[aria-current]")  # the page's script marks it once the note is arrived at
        assert page.evaluate(WAY_BACK) == ["back to reference 1b (Timeline)"]
        fill = page.eval_on_selector(".backlink[aria-current]", "link => getComputedStyle(link).backgroundColor")
        assert fill != page.eval_on_selector("li:target .backlink", "link => getComputedStyle(link).backgroundColor")
        assert axe_audit(page, context="li:target").violations_count == 0  # its letter keeps its contrast on the fill
        with page.expect_navigation(wait_until="load"):
            page.locator("li:target .note-links a").click()
        with page.expect_navigation(wait_until="load"):
            page.locator("mark:target + .backlinks a").first.click()
        assert page.evaluate("location.hash") == "#note-report-17-118"
        assert page.evaluate(WAY_BACK) == ["back to reference 1b (Timeline)"]
        page.locator(".backlink[aria-current]").click()
        # the page's script unmarks it on the hash change the click makes: wait for that, not for a guessed time
        page.wait_for_function("() => !document.querySelector('.backlink[aria-current]')", timeout=10_000)
        assert page.evaluate("location.hash") == "#cite-timeline-airstrikes" and page.evaluate(WAY_BACK) == []
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors


# Each meaning of a term list (the badges' legend, a claim card's source, channel and evidence): its width, and that
# of its list.
MEANINGS = """() => [...document.querySelectorAll('.status-legend dd, .claim dd')].map(dd =>
    [Math.round(dd.getBoundingClientRect().width), Math.round(dd.parentElement.getBoundingClientRect().width)])"""


@pytest.mark.browser
def test_with_large_text_on_a_phone_each_meaning_goes_under_its_term(tab, real_site):
    """Text at twice the size (the root font size doubled, as a browser's text size setting does) on a 320 px phone:
    the badges' legend kept a column as wide as "ACKNOWLEDGED", leaving its meanings 28 px wide, one or two letters
    a line and past the screen's edge; a claim card's source read "Hal/den/Pha/rm/a". Where there is no room beside
    its term, each meaning now goes under it, the width of its list; at the usual text size they stay side by side."""
    with serve(real_site) as url:
        page, traffic = tab(url + "pakistan-afghanistan-war/index.html",
                            viewport={"width": 320, "height": 640})
        assert all(dd < whole for dd, whole in page.evaluate(MEANINGS))  # side by side
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        meanings = page.evaluate(MEANINGS)
        assert len(meanings) > 10 and all(dd == whole for dd, whole in meanings), meanings
        assert page.evaluate("document.documentElement.scrollWidth") == 320
        assert not traffic.console_errors and not traffic.page_errors


# Where the focused link stands in its table's scrolling box: whether it is a note's marker, and whether the whole of
# it shows between the row headers kept in view and the box's far edge; null once focus has left the table.
IN_ITS_BOX = """() => { const link = document.activeElement, box = link.parentElement.closest('.table-scroll');
    if (!box) return null;
    const shown = box.getBoundingClientRect(), headers = box.querySelector('th[scope=row]').getBoundingClientRect();
    const own = link.getBoundingClientRect();
    return [link.id, link.matches('.ref'), own.left >= headers.right - 0.5 && own.right <= shown.right + 0.5]; }"""


@pytest.mark.browser
def test_a_marker_reached_by_tab_in_a_wide_table_shows_whole_in_its_box(tab, fixture_site):
    """The election briefing's table of results is wider than a 320 px phone and scrolls in its box. Chromium scrolls
    the box to a link reached by Tab only when the link is wholly out of sight: 5 of its 12 markers stayed partly past
    the box's edge, "66[1" showing of "66[19]". Each marker reached by Tab now shows whole between the row headers and
    the edge (static/preview.js scrolls it in; without JavaScript the box is scrolled by hand)."""
    with serve(fixture_site("newuser_17")) as url:
        page, traffic = tab(url + "valdoria-election/index.html", viewport={"width": 320, "height": 640})
        page.focus(".table-scroll")  # the first table's box, then each link in it
        seen = []
        for _ in range(40):
            page.keyboard.press("Tab")
            where = page.evaluate(IN_ITS_BOX)
            if where is None:
                break
            seen.append(where)
        markers = [(name, whole) for name, marker, whole in seen if marker]
        assert len(markers) > 6 and all(whole for _, whole in markers), markers
        assert not traffic.console_errors and not traffic.page_errors


@pytest.mark.browser
def test_a_screen_reader_names_each_quote_by_its_speaker(tab, real_site):
    """A quote is a figure, and a figure is named by its caption: entering Khawaja Asif's, a screen reader read "Khawaja
    Asif (Pakistan's Defense Minister). Declared by Friday morning, ... where and how is not givennote 35. Link to this:
    Khawaja Asif", its note and its link run into its words. Each quote is now named by its speaker alone; its caption
    is read as before, inside it."""
    with serve(real_site) as url:
        page, traffic = tab(url + "pakistan-afghanistan-war/index.html",
                            viewport={"width": 390, "height": 640})
        names = page.eval_on_selector_all(".quote", "quotes => quotes.map(quote => quote.id)")
        speakers = ["Khawaja Asif", "Yalda Hakim", "Many analysts", "Al-Monitor", "The outlet publishing the report"]
        for speaker, quote_id in zip(speakers, names, strict=True):
            figure = page.get_by_role("figure", name=speaker, exact=True)
            assert figure.count() == 1 and figure.get_attribute("id") == quote_id, speaker
            assert figure.locator("figcaption").inner_text().startswith(f"{speaker} (")  # the caption, whole
        assert not traffic.console_errors and not traffic.page_errors
