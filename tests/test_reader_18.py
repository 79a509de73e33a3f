"""A reader of pages in other languages than the site's, round eighteen: the Atom feed summarised a French
correction with the site's "What was wrong:" inside an entry marked French; a source page of an English site named
its links back to a French briefing "back to footnote 3 in “La fusion …”", one English name read in one voice, and
left a French publisher's name unmarked; an Urdu page lettered its notes' links back "a", "b" beside Urdu digits; a
Simplified Chinese quotation stood in the 「」 of Japanese and Traditional Chinese. The pages are built from the
fixtures and read as HTML and XML with the standard library; one browser test reads what Chromium makes of them."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path

import pytest

from browser_support import serve
from conftest import REPO, copy_templates, copy_tree, run_build

from explainer.footnotes import letter_for

STYLE = (REPO / "static" / "style.css").read_text(encoding="utf-8")
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FRENCH_TITLE = "La fusion de la Laiterie du Nord et de la Fromagerie Belval"
FRENCH_CORRECTION = """  - date: 2026-05-13
    kind: correction
    text: L'Autorité ouvre une enquête approfondie.
    wrong: Le résumé parlait d'une enquête simple.
"""

GAZETTE_CAVEAT = """caveats:
  - kind: omission
    text: The Gazette de Valmont says Belval did not give its staff numbers.[^staff]
citations:
  staff:
    source: gazette
    quote: "la Fromagerie Belval n'a pas donné ses effectifs"
"""


class Backlinks(HTMLParser):
    """Collect a source page's links back: each one's aria-label, its words, and the lang of the words' runs."""

    def __init__(self):
        super().__init__()
        self.links: list[dict] = []
        self.stack: list[str] = []  # the lang of every open element inside a link ("" where it sets none)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("class") == "backlink":
            self.links.append({"label": attrs.get("aria-label"), "words": [], "runs": []})
            self.stack = [""]
        elif self.stack:
            self.stack.append(attrs.get("lang") or "")

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.stack:
            self.links[-1]["words"].append(data)
            self.links[-1]["runs"].append((next((lang for lang in reversed(self.stack) if lang), ""), data))


def backlinks_of(page: str) -> list[dict]:
    parser = Backlinks()
    parser.feed(page)
    return parser.links


@pytest.fixture(scope="module")
def merger_with_a_french_correction(tmp_path_factory):
    """The merger site (English) whose French briefing's log ends with a correction."""
    root = tmp_path_factory.mktemp("merger18") / "project"
    copy_tree(REPO / "tests" / "fixtures" / "merger", root)
    copy_templates(root)
    copy_tree(REPO / "static", root / "static")
    briefing = root / "content" / "fusion-laiteries" / "briefing.yaml"
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace("labels:\n", FRENCH_CORRECTION + "labels:\n", 1), encoding="utf-8")
    result = run_build(root)
    assert result.code == 0, result.err
    return root / "site"


@pytest.fixture(scope="module")
def english_briefing_citing_french(tmp_path_factory):
    """The merger site whose English briefing cites the French gazette, which has an address, in a caveat."""
    root = tmp_path_factory.mktemp("citing18") / "project"
    copy_tree(REPO / "tests" / "fixtures" / "merger", root)
    copy_templates(root)
    copy_tree(REPO / "static", root / "static")
    sources = root / "content" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(
        "    file: gazette-valmont.txt\n", "    file: gazette-valmont.txt\n    url: https://gazette.example/fusion\n"),
        encoding="utf-8")
    (root / "content" / "grocer-merger" / "caveats.yaml").write_text(GAZETTE_CAVEAT, encoding="utf-8")
    result = run_build(root)
    assert result.code == 0, result.err
    return root / "site"


def test_the_feed_gives_a_french_correction_wholly_in_french(merger_with_a_french_correction):
    """The feed's entry of a French correction was marked French and read "What was wrong: Le résumé ... What it
    says now: L'Autorité ...", its title "Correction: La fusion ...": English words in a French voice. Its title and
    summary are now wholly the briefing's, in its locale's words, and the entry as a whole is marked French; the
    English briefing's entries stay English."""
    feed = ElementTree.fromstring((merger_with_a_french_correction / "feed.xml").read_bytes())
    entries = {entry.find(f"{ATOM}link").get("href"): entry for entry in feed.iter(f"{ATOM}entry")}
    french = entries["fusion-laiteries/#update-2026-05-13-1"]
    assert french.get(XML_LANG) == "fr"
    assert french.find(f"{ATOM}title").text == (f"Correction\u00a0: {FRENCH_TITLE} — L'Autorité ouvre une enquête "
                                                "approfondie.")  # its first words in French too (test_reader_21.py)
    assert french.find(f"{ATOM}summary").text == ("Ce qui était faux\u00a0: Le résumé parlait d'une enquête simple. "
                                                  "Ce qui est dit désormais\u00a0: L'Autorité ouvre une enquête approfondie.")
    english = entries["grocer-merger/#update-2026-05-05-1"]
    assert english.get(XML_LANG) == "en"
    assert english.find(f"{ATOM}title").text.startswith("Update: The Northmart and Valefresh merger — ")
    assert feed.get(XML_LANG) == "en"


def test_the_feed_page_still_says_its_own_words_around_the_french_correction(merger_with_a_french_correction):
    """The feed's own page is in the site's language: its "What was wrong:" stays English, the French words marked."""
    page = (merger_with_a_french_correction / "feed.html").read_text(encoding="utf-8")
    assert 'What was wrong: <span lang="fr">Le résumé parlait' in page


def test_a_source_page_names_its_links_back_to_a_french_briefing_in_two_marked_languages(fixture_site):
    """An English site's page of a French source named each link back "back to footnote 3 in “La fusion …”" in one
    aria-label, which a screen reader speaks in one voice. Where the briefing's language is not the page's, the link
    is named by its words, unseen, the title marked French; links to a briefing in the page's language keep their
    aria-label."""
    page = (fixture_site("merger") / "sources" / "gazette.html").read_text(encoding="utf-8")
    links = backlinks_of(page)
    assert links and all(link["label"] is None for link in links)
    first = links[0]
    assert "".join(first["words"]) == f"back to footnote 3 in “{FRENCH_TITLE}”"
    assert first["runs"] == [("", "back to footnote 3 in “"), ("fr", FRENCH_TITLE), ("", "”")]
    assert '<span class="backlinks" lang="en" dir="ltr">' in page  # the words around the title: the page's English
    english = backlinks_of((fixture_site("merger") / "sources" / "wire.html").read_text(encoding="utf-8"))
    assert english and all(link["label"].startswith("back to footnote ") and not link["words"] for link in english)


def test_a_source_page_marks_a_publishers_name_in_the_sources_language(fixture_site):
    """"Publisher: La Gazette de Valmont" was read in English; a publisher's name is marked as the title is, and
    "unknown", which the page says in its own words, is not."""
    gazette = (fixture_site("merger") / "sources" / "gazette.html").read_text(encoding="utf-8")
    assert 'Publisher: <span lang="fr" dir="ltr">La Gazette de Valmont</span> · Author: unknown ·' in gazette
    wire = (fixture_site("merger") / "sources" / "wire.html").read_text(encoding="utf-8")
    assert "Publisher: The Lakeport Business Wire · " in wire


def test_an_english_briefings_list_of_sources_marks_a_french_sources_publisher_and_title(english_briefing_citing_french):
    """Under an English briefing's caveats, a French source's "Publisher: La Gazette de Valmont" was read in English,
    and its link "Read the original" was named "Read the original: La Gazette de Valmont (fictive)" in one English
    aria-label. Both names are now marked French; the link is named by its words, the title unseen."""
    page = (english_briefing_citing_french / "grocer-merger" / "index.html").read_text(encoding="utf-8")
    item = page[page.index('<li><a href="../sources/gazette.html"'):]
    item = item[:item.index("</li>")]
    assert 'Publisher: <span lang="fr" dir="ltr">La Gazette de Valmont</span>. Published: 12 May 2026.' in item
    assert ('<a href="https://gazette.example/fusion" rel="noopener noreferrer"><span aria-hidden="true">Read the '
            'original</span><span class="visually-hidden">Read the original: <span lang="fr" dir="ltr">La Gazette de '
            'Valmont (fictive)</span></span></a>') in item
    assert "aria-label" not in item


def test_an_urdu_page_letters_its_links_back_in_urdu(fixture_site):
    """An Urdu note cited from two places led back by "a" and "b", the one Latin script on a page in Urdu letters
    and digits. Urdu letters them as its books letter parts, in abjad order with alif spelled out: "الف", "ب", "ج"
    (a lone "ا" beside "۲" reads as the digit one)."""
    page = (fixture_site("newuser_24") / "sindh-punjab-water" / "index.html").read_text(encoding="utf-8")
    letters = re.findall(r'<a class="backlink" href="[^"]*" aria-label="([^"]*)">([^<]*)</a>', page)
    lettered = [(label, letter) for label, letter in letters if letter]
    assert lettered, "a note cited from two places"
    assert all(not re.search("[A-Za-z]", letter) for _, letter in lettered)
    assert ("حوالہ ۲الف پر واپس (ہم کیا جانتے ہیں)", "الف") in lettered
    assert [letter_for(i, "ur") for i in (0, 1, 2, 3, 4, 27, 28)] == ["الف", "ب", "ج", "د", "ہ", "غ", "الفالف"]
    assert letter_for(1, "ur-PK") == "ب" and letter_for(1, "ar") == "ب" and letter_for(1, "en") == "b"


def test_simplified_chinese_quotes_in_cldrs_marks_and_traditional_in_corner_brackets():
    """CLDR quotes Simplified Chinese (zh, zh-Hans) in “ ” and ‘ ’, Traditional (zh-Hant, Taiwan, Hong Kong, Macau)
    and Japanese in 「」 and 『』; every Chinese page stood in corner brackets."""
    corner = re.search(r'([^}/]*)\{quotes:"\\300C" "\\300D" "\\300E" "\\300F"\}', STYLE).group(1)
    selectors = {selector.strip() for selector in corner.split(",")}
    assert {":lang(ja) q", ":lang(zh-Hant) q", ":lang(zh-TW) q", ":lang(zh-HK) q"} <= selectors
    assert ":lang(zh) q" not in selectors and ":lang(zh-Hans) q" not in selectors


@pytest.mark.browser
@pytest.mark.slow  # seconds: started early, so no worker runs it alone at the end
def test_a_reader_in_chromium_hears_the_pages_of_a_briefing_in_another_language(tab, fixture_site,
                                                                            english_briefing_citing_french):
    """In Chromium, at 360 px and 1280 px: a Simplified Chinese quotation stands in “ ” (a Japanese one still in 「」);
    a link back of the English page of a French source is named by its words, the French title in French, and takes
    no room; no page is wider than the screen. One tab, the one the browser tests in a row keep, goes from page to
    page at each width in turn, as a reader does (a fresh browser context for each page was half the test's time, one
    for each width a tenth)."""
    chinese, japanese, merger = fixture_site("newuser_28"), fixture_site("newuser_26"), fixture_site("merger")
    sites = (chinese, japanese, merger, english_briefing_citing_french)
    served = Path(os.path.commonpath(sites))  # one server for all four: each server's shutdown waits up to 0.5 s
    page, traffic = tab("about:blank", viewport={"width": 320, "height": 640})
    name = f"back to footnote 3 in “{FRENCH_TITLE}”"
    with serve(served) as url:
        chinese_url, japanese_url, merger_url, citing_url = (url + site.relative_to(served).as_posix() + "/"
                                                             for site in sites)
        for width in (360, 1280):
            page.set_viewport_size({"width": width, "height": 800})
            for address, quotes in ((chinese_url + "ev-tariffs/index.html", '"“" "”" "‘" "’"'),
                                    (japanese_url + "kitaura-base/index.html", '"「" "」" "『" "』"')):
                page.goto(address, wait_until="load")
                assert page.eval_on_selector("main q", "q => getComputedStyle(q).quotes") == quotes
                assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), (width, address)
                assert not traffic.failed and not traffic.console_errors, (width, address)
            page.goto(merger_url + "sources/gazette.html", wait_until="load")
            link = page.get_by_role("link", name=name, exact=True)
            assert link.count() == 1
            assert link.locator("span[lang=fr]").inner_text() == FRENCH_TITLE
            hidden = link.locator(".visually-hidden").bounding_box()
            assert hidden is not None and hidden["width"] <= 1 and hidden["height"] <= 1
            assert f'link "{name}"' in page.locator("main").aria_snapshot()  # this Playwright's accessibility tree
            assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), width
            assert not traffic.failed and not traffic.console_errors, width
        page.set_viewport_size({"width": 360, "height": 800})
        page.goto(citing_url + "grocer-merger/index.html", wait_until="load")
        link = page.get_by_role("link", name="Read the original: La Gazette de Valmont (fictive)", exact=True)
        assert link.count() == 1 and link.locator("[aria-hidden=true]").inner_text() == "Read the original"
        hidden = link.locator(".visually-hidden").bounding_box()
        assert hidden is not None and hidden["width"] <= 1 and hidden["height"] <= 1
        assert not traffic.failed and not traffic.console_errors
