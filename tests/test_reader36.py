"""A reader on the built pages, round thirty-six: the reader's paths walked in the real Chromium (home page, briefing,
a footnote, its passage highlighted on the source page and back, without scripts, by keyboard, at 320 px and at
200 % zoom, on paper, dark, with a screen reader's landmarks, headings and link names). The real microsite, the clash
desk (tests/fixtures/clash_desk) and the harbour fixture (tests/fixtures/reader_35) with a French and a second
Arabic statement quoted.

1. A long note's preview ran off the screen: reached by Tab at 320 × 568 px, four of the real briefing's 73 markers
   showed a preview whose end lay below the screen's edge (note 53's, 504 px tall, from 304 to 807 px), and so did
   four at 1280 × 720 px zoomed to 200 % (640 × 360 CSS px). static/preview.js put a preview above its marker only
   where it fits there whole, else below, whatever it lost. A preview fitting on neither side now takes the side
   with more room and is cut to that room, its last lines faded out (static/style.css); it does not scroll, as a
   box that scrolls must be reached by Tab (axe's scrollable-region-focusable), and the whole note is one Enter
   away. The twins: a preview that fits is shown whole, below its marker where it fits there, and never covers it.
2. A quote's role copied from a source in another language had no language: the harbour page's "(رئيس الميناء)"
   was spoken with English sounds, and so would a French source's "(maire de Valmont)" (WCAG 3.1.2). A role the
   source's own text holds is now marked in the source's language (explainer/source_words.py), and so is a
   speaker's name written in another script than the page's ("أحمد سالم"), whose "Link to this" link names it in
   hidden words, marked, where an aria-label carries no language; so is a claim card's claimant named so
   ("الوزير أحمد سالم"). The twins: a role in the editor's own words ("the
   mayor's deputy", "the minister") and a Latin name from a French source ("Claire Dumas") are left unmarked.
3. A quote whose `speaker` is "not given" showed those words as its speaker's name, in English on a French page too
   ("not given (رئيس الميناء)"; tests/fixtures/newuser_72's WHO statement), and its link was "Link to this: not
   given", alike for every such quote. It now says "Speaker not given" in the page's language ("Auteur non précisé",
   the locale's `speaker_not_given`), and the figure and its link are named by the quote's role. The twin: a named
   speaker names both, as before.

Read as they were (walked, no fault found): no page scrolls sideways at 320 or 640 CSS px, light or dark, with
scripts or without; every link and control reached by Tab shows its ring, unhidden; axe finds nothing on any page;
following a marker, its note, the passage and its way back lands on and focuses each in turn, with and without
scripts; no request leaves the site's server; the downloads and the feed open.
"""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from browser_support import axe_audit, serve
from conftest import REPO, copy_templates, copy_tree, run_build

from explainer.source_words import copied_from_source, source_words_language

PHONE = {"width": 320, "height": 568}
ZOOMED = {"width": 640, "height": 360}  # 1280 × 720 px at 200 %
DESKTOP = {"width": 1280, "height": 720}

# Every marker of the page focused after a Tab (so by keyboard, as :focus-visible tells), and where its preview lies
PREVIEWS = """() => [...document.querySelectorAll('main a.ref')].map(marker => {
    marker.focus();
    const tip = document.getElementById('fn-tip'), box = tip.getBoundingClientRect();
    const at = marker.getBoundingClientRect();
    return {marker: marker.textContent, shown: !tip.hidden, top: box.top, bottom: box.bottom, left: box.left,
            right: box.right, covers: box.top < at.bottom && box.bottom > at.top && box.left < at.right
            && box.right > at.left, below: box.top >= at.bottom, longer: tip.scrollHeight > tip.clientHeight + 1,
            cut: tip.classList.contains('cut') && getComputedStyle(tip).overflowY === 'hidden'}; })"""


def previews(page) -> list[dict]:
    page.keyboard.press("Tab")  # the skip link: a keyboard's focus, so each marker focused next previews its note
    return page.evaluate(PREVIEWS)


@pytest.mark.browser
@pytest.mark.parametrize("viewport", [PHONE, ZOOMED], ids=["320px", "200-percent"])
def test_a_long_notes_preview_stays_on_the_screen(tab, real_site, viewport):
    """Part 1: every preview wholly on the screen, beside its marker; one that fits on neither side is cut."""
    with serve(real_site) as url:
        page, traffic = tab(url + "pakistan-afghanistan-war/", viewport=viewport)
        shown = previews(page)
        assert shown and all(tip["shown"] for tip in shown)
        off = [tip for tip in shown if tip["top"] < 0 or tip["bottom"] > viewport["height"] or tip["left"] < 0
               or tip["right"] > viewport["width"] or tip["covers"]]
        assert off == []
        longer = [index for index, tip in enumerate(shown) if tip["longer"]]
        assert longer and all(shown[index]["cut"] for index in longer)  # the long ones: cut, their end faded out
        assert not any(tip["cut"] for tip in shown if not tip["longer"])
        # a box that scrolled would have to be reached by Tab (axe's scrollable-region-focusable): it is cut instead
        page.evaluate("index => document.querySelectorAll('main a.ref')[index].focus()", longer[0])
        assert page.is_visible("#fn-tip.cut")
        assert axe_audit(page).response["violations"] == []
        assert not traffic.page_errors


@pytest.mark.browser
def test_a_preview_that_fits_is_shown_whole_below_its_marker(tab, real_site):
    """Part 1's twin: on a wide screen no preview scrolls, and each one fitting below its marker stands there."""
    with serve(real_site) as url:
        page, _ = tab(url + "pakistan-afghanistan-war/", viewport=DESKTOP)
        shown = previews(page)
        assert not any(tip["longer"] or tip["cut"] or tip["covers"] for tip in shown)
        assert all(tip["bottom"] <= DESKTOP["height"] and tip["top"] >= 0 for tip in shown)
        assert sum(tip["below"] for tip in shown) > len(shown) / 2


COMMUNIQUE = ("Communiqué de la mairie\n\nLa maire de Valmont, Claire Dumas, a déclaré : « Le port rouvrira vendredi. »"
              " Son adjoint, Marc Lenoir, a ajouté : « Les quais seront réparés avant l’été. »\n")
WIZARA = "بيان الوزارة\n\nقال الوزير أحمد سالم إن الرصيف سيصلح قريبا.\n"
QUOTES = """  - id: dumas
    words: Le port rouvrira vendredi.
    source: communique
    speaker: Claire Dumas
    role: maire de Valmont
  - id: lenoir
    words: Les quais seront réparés avant l’été.
    source: communique
    speaker: Marc Lenoir
    role: the mayor's deputy
  - id: salem
    words: إن الرصيف سيصلح قريبا
    source: wizara
    speaker: أحمد سالم
    role: the minister
"""
# A claim of the Arabic ministry's statement, its claimant named as the statement names him
CLAIM = """  - id: quay
    title: The quay
    claims:
      - claimant: الوزير أحمد سالم
        parties: [office]
        says: The quay will be repaired soon, the minister said.
        status: claim
        cite: [salem-claim]
"""
CLAIM_CITATION = """citations:
  salem-claim:
    source: wizara
    quote: قال الوزير أحمد سالم إن الرصيف سيصلح قريبا
"""


def source_entry(source_id: str, title: str, text: str) -> str:
    return (f"  - id: {source_id}\n    file: {source_id}.txt\n    title: {title}\n    publisher: unknown\n"
            f"    date: unknown\n    language: {'fr' if source_id == 'communique' else 'ar'}\n"
            f"    sha256: {hashlib.sha256(text.encode()).hexdigest()}\n")


@pytest.fixture(scope="module")
def harbour_quoting_three_statements(tmp_path_factory) -> str:
    """The harbour briefing (English) quoting a French town hall and an Arabic ministry beside its own quotes."""
    root = tmp_path_factory.mktemp("reader36") / "project"
    copy_tree(REPO / "tests" / "fixtures" / "reader_35", root)
    copy_templates(root)
    copy_tree(REPO / "static", root / "static")
    for source_id, title, text in (("communique", "Communiqué de la mairie", COMMUNIQUE),
                                   ("wizara", "بيان الوزارة", WIZARA)):
        (root / "seeds" / f"{source_id}.txt").write_text(text, encoding="utf-8")
        with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as sources:
            sources.write(source_entry(source_id, title, text))
    with (root / "content" / "harbour" / "quotes.yaml").open("a", encoding="utf-8") as quotes:
        quotes.write(QUOTES)
    claims = root / "content" / "harbour" / "claims.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("  - id: cost\n", CLAIM + "  - id: cost\n")
                      + CLAIM_CITATION, encoding="utf-8")
    result = run_build(root)
    assert result.code == 0, result.err
    return (root / "site" / "harbour" / "index.html").read_text(encoding="utf-8")


class Captions(HTMLParser):
    """Each quote's caption: its speaker's, its role's and its link's words, each with its language ("" for the
    page's), and its link's aria-label."""

    def __init__(self):
        super().__init__()
        self.quotes: dict[str, dict] = {}
        self.runs: list[tuple[str, str, str]] | None = None  # (where, lang, words) of the caption being read
        self.stack: list[tuple[str, str]] = []  # (tag, lang) of its open elements
        self.label = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "figcaption":
            self.runs, self.stack, self.label, self.quote = [], [], None, None
        elif self.runs is not None:
            self.stack.append(("permalink" if "permalink" in (attrs.get("class") or "") else tag,
                               attrs.get("lang") or ""))
            if tag == "strong":
                self.quote = attrs["id"].removeprefix("speaker-")
            if "permalink" in (attrs.get("class") or ""):
                self.label = attrs.get("aria-label")

    def handle_endtag(self, tag):
        if tag == "figcaption" and self.runs is not None:
            if self.quote:  # a quote's, not a chart's
                self.quotes[self.quote] = self.read(self.runs)
            self.runs = None
        elif self.runs is not None and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.runs is not None:
            tags = [tag for tag, _ in self.stack]
            where = "speaker" if "strong" in tags else "link" if "permalink" in tags else "rest"
            self.runs.append((where, next((lang for _, lang in reversed(self.stack) if lang), ""), data))

    def read(self, runs) -> dict:
        def part(runs):
            words = "".join(data for _, _, data in runs).strip()
            return [words, ",".join(sorted({lang for _, lang, data in runs if data.strip() and lang}))]
        role = re.search(r"\((.*?)\)", "".join(data for where, _, data in runs if where == "rest")).group(1)
        inside = [(where, lang, data) for where, lang, data in runs if where == "rest" and data.strip(" ().")]
        return {"speaker": part([run for run in runs if run[0] == "speaker"]),
                "link": part([run for run in runs if run[0] == "link"]), "label": self.label,
                "role": [role, ",".join(sorted({lang for _, lang, data in inside if data.strip(" ().") in role}))]}


def captions(page: str) -> dict[str, dict]:
    parser = Captions()
    parser.feed(page)
    return parser.quotes


def test_a_role_copied_from_a_source_in_another_language_is_marked_in_it(harbour_quoting_three_statements):
    """Part 2: the Arabic and the French roles the sources give, each marked in its source's language."""
    quotes = captions(harbour_quoting_three_statements)
    assert quotes["raees"]["role"] == ["رئيس الميناء", "ar"]
    assert quotes["dumas"]["role"] == ["maire de Valmont", "fr"]
    assert re.search(r'\(<span[^>]* lang="ar" dir="rtl">رئيس الميناء</span>\)', harbour_quoting_three_statements)


def test_a_name_in_another_script_is_marked_and_its_link_names_it_in_marked_words(harbour_quoting_three_statements):
    """Part 2: "أحمد سالم" marked Arabic, and the link to its quote named by hidden words holding it, marked."""
    quotes = captions(harbour_quoting_three_statements)
    assert quotes["salem"]["speaker"] == ["أحمد سالم", "ar"]
    assert quotes["salem"]["label"] is None
    assert quotes["salem"]["link"] == ["Link to this: أحمد سالم", "ar"]
    assert re.search(r'<a class="permalink" href="#quote-salem"><span class="visually-hidden">Link to this: '
                     r'<span lang="ar" dir="rtl">أحمد سالم</span></span></a>', harbour_quoting_three_statements)


def test_the_editors_own_words_and_a_latin_name_are_left_in_the_pages_language(harbour_quoting_three_statements):
    """Part 2's twins: "the mayor's deputy", "the minister", "mayor" and the speakers' Latin names are unmarked, and
    their links keep their aria-labels."""
    quotes = captions(harbour_quoting_three_statements)
    assert quotes["lenoir"]["role"] == ["the mayor's deputy", ""]
    assert quotes["salem"]["role"] == ["the minister", ""]
    assert quotes["ruiz"]["role"] == ["mayor", ""]
    for quote, name in (("dumas", "Claire Dumas"), ("lenoir", "Marc Lenoir"), ("ruiz", "Ana Ruiz")):
        assert quotes[quote]["speaker"] == [name, ""]
        assert quotes[quote]["label"] == f"Link to this: {name}"


@pytest.mark.parametrize(("text", "source_text", "held"), [
    ("maire de Valmont", "La maire de  Valmont, Claire Dumas", True),  # whitespace and case aside
    ("Maire", "La maire de Valmont", True),
    ("maire", "La mairesse de Valmont", False),  # never part of a longer word
    ("adjoint", "Son adjointe", False),
    ("", "Son adjoint", False),
])
def test_a_role_is_copied_only_where_the_source_holds_it_as_whole_words(text, source_text, held):
    assert copied_from_source(text, source_text) is held


def test_a_source_in_the_pages_language_marks_nothing(tmp_path: Path):
    """The cheap test first: an English role of an English source, and "not given", are never marked."""
    assert source_words_language("mayor", "The mayor said", "en", "en") == ("", "")
    assert source_words_language("mayor", "The mayor said", "en-GB", "en") == ("", "")
    assert source_words_language("not given", "not given", "fr", "en") == ("", "")
    assert source_words_language("maire", "La maire a dit", "fr", "en") == ("fr", "ltr")


@pytest.fixture(scope="module")
def french_quote_with_no_speaker(tmp_path_factory) -> str:
    """The French trade dispute (tests/fixtures/newuser_117) with its minister's quote given no speaker."""
    root = tmp_path_factory.mktemp("reader36-fr") / "project"
    copy_tree(REPO / "tests" / "fixtures" / "newuser_117", root)
    copy_templates(root)
    copy_tree(REPO / "static", root / "static")
    quotes = next((root / "content").glob("*/quotes.yaml"))
    quotes.write_text(quotes.read_text(encoding="utf-8").replace("speaker: Hélène Castagne", "speaker: not given"),
                      encoding="utf-8")
    result = run_build(root)
    assert result.code == 0, result.err
    return next((root / "site").glob("*/index.html")).read_text(encoding="utf-8")


def quote_figure(page: str, quote_id: str) -> str:
    return re.search(rf'<figure class="quote" id="quote-{quote_id}".*?</figure>', page, re.DOTALL).group(0)


def test_a_speaker_not_given_is_said_so_and_the_quote_is_named_by_its_role(harbour_quoting_three_statements):
    """Part 3: "not given" stood as the speaker's name ("not given (رئيس الميناء)"), and named the quote's link."""
    figure = quote_figure(harbour_quoting_three_statements, "raees")
    assert '<strong id="speaker-raees">Speaker not given</strong>' in figure
    assert 'aria-labelledby="role-raees"' in figure and '<span id="role-raees" lang="ar" dir="rtl">' in figure
    assert captions(harbour_quoting_three_statements)["raees"]["link"] == ["Link to this: رئيس الميناء", "ar"]
    assert ">not given<" not in figure and "Link to this: not given" not in figure


def test_a_speaker_not_given_on_a_french_page_is_said_in_french(french_quote_with_no_speaker):
    """Part 3's twin on another page: "not given" stood in English on the French page."""
    figure = quote_figure(french_quote_with_no_speaker, "castagne-menace")
    assert '<strong id="speaker-castagne-menace">Auteur non précisé</strong>' in figure
    assert 'aria-labelledby="role-castagne-menace"' in figure
    assert re.search(r'aria-label="[^"]*ministre du Commerce extérieur de la Valmorie"', figure)
    assert "not given" not in figure


def test_a_named_speaker_still_names_the_quote(french_quote_with_no_speaker, harbour_quoting_three_statements):
    """Part 3's twins: a speaker given names the figure and its link, as before."""
    figure = quote_figure(french_quote_with_no_speaker, "holmgren-patience")
    assert 'aria-labelledby="speaker-holmgren-patience"' in figure and ">Piet Holmgren</strong>" in figure
    assert re.search(r'aria-label="[^"]*Piet Holmgren"', figure)
    assert 'aria-labelledby="speaker-ruiz"' in quote_figure(harbour_quoting_three_statements, "ruiz")


def test_a_claimant_named_in_another_script_is_marked_and_its_link_too(harbour_quoting_three_statements):
    """Part 2's twin on a claim card: the Arabic claimant marked, its link named in hidden words, marked; the
    council's card keeps its name unmarked and its aria-label."""
    page = harbour_quoting_three_statements
    assert '<strong lang="ar" dir="rtl">الوزير أحمد سالم</strong>' in page
    assert re.search(r'<a class="permalink" href="#claim-quay-1"><span class="visually-hidden">Link to this: '
                     r'<span lang="ar" dir="rtl">الوزير أحمد سالم</span> \(The quay\)</span></a>', page)
    assert '<strong>Council</strong>' in page
    assert 'aria-label="Link to this: Council (The cost of repairs)"' in page
