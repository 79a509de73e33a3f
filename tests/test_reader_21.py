"""A reader of the feed, the sitemap and the printed source page, round twenty-one. The feed's page and the Atom feed
headed seven corrections of one day alike, "Correction: Pakistan and Afghanistan at war: what we know", in a screen
reader's list of headings and in a feed reader's list of entries; each heading now ends with the entry's first words.
The feed's page had no footer. The sitemap gave no <lastmod>: each page now has its last update's day, from the logs.
On paper a source page underlined its cited passages and hid the arrows back to their notes, so nothing said which
note of which briefing a passage backs: each now ends with it, in the words its link back is named by. The pages are
built from the real briefing and the fixtures and read as XML and HTML; one browser test prints the source pages."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import pytest

from browser_support import serve, site_tree
from conftest import REPO, copy_tree, run_build
from test_topics import build_fixture

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SLUG = "pakistan-afghanistan-war"


def feed_titles(site) -> dict[str, tuple[str, str]]:
    """Return the Atom feed's entries by their link: (id, title)."""
    return {entry.find(f"{ATOM}link").get("href"): (entry.findtext(f"{ATOM}id"), entry.findtext(f"{ATOM}title"))
            for entry in ET.parse(site / "feed.xml").getroot().iter(f"{ATOM}entry")}


def page_headings(site) -> list[str]:
    """Return the feed page's headings of its entries as a reader hears them (their marks of language dropped)."""
    page = (site / "feed.html").read_text(encoding="utf-8")
    return [html.unescape(re.sub(r"<[^>]+>", "", heading)) for heading in re.findall(r"<h2>(.*?)</h2>", page)]


def test_entries_of_one_day_are_headed_apart_in_the_feed_and_on_its_page(real_site):
    """The real briefing's log holds seven entries of 3 December 2026 and six of 2 December: their headings were one
    of two, "Correction: ..." or "Clarification: Pakistan and Afghanistan at war: what we know". Each now ends with
    its first words (eight at most, cut where a quotation would be left open), and no two read alike."""
    titles = feed_titles(real_site)
    assert titles[f"{SLUG}/#update-2026-12-02-1"][1] == (
        "Correction: Pakistan and Afghanistan at war: what we know — The timeline no longer dates the Information "
        "Minister's…")
    assert titles[f"{SLUG}/#update-2026-12-02-3"][1] == (
        "Correction: Pakistan and Afghanistan at war: what we know — The background no longer dates the shift…")
    assert titles[f"{SLUG}/#update-2026-02-27-1"][1] == (
        "Update: Pakistan and Afghanistan at war: what we know — First published.")  # short: whole, no ellipsis
    headings = page_headings(real_site)
    assert len(headings) == len(titles) >= 14  # 7 + 6 + the first
    assert len(set(headings)) == len(headings) and len({title for _, title in titles.values()}) == len(titles)
    assert sorted(headings) == sorted(title for _, title in titles.values())  # an English site: the same words


def test_feed_entry_ids_stay_as_they_were(real_site):
    """A feed reader knows an entry by its id, made from its briefing, its day and its place in the day, never from
    its words: the ids are those the feed gave before its titles changed, so no reader sees old entries as new."""
    titles = feed_titles(real_site)
    assert titles[f"{SLUG}/#update-2026-02-27-1"][0] == "urn:uuid:732baddd-38e7-50a2-a768-8d4f2b2f59ab"
    assert titles[f"{SLUG}/#update-2026-12-02-3"][0] == "urn:uuid:e2b40e16-a1c0-5b7a-b1dd-dd7392cfd0e1"
    assert titles[f"{SLUG}/#update-2026-12-03-7"][0] == "urn:uuid:a27aa0fb-1534-55cb-93ec-aabf49bee1b0"


ARABIC_LOG = """    text: النشر الأول.
  - date: 2026-05-06
    kind: correction
    text: الملخص ينسب الآن الاتهام إلى شركة النجمة وحدها كما تفعل النشرة.
    wrong: نسب الملخص الاتهام إلى الشركتين.
  - date: 2026-05-06
    kind: clarification
    text: الخط الزمني يذكر الآن أن هيئة النقل هي التي قررت منح الخطوط الجديدة.
  - date: 2026-05-06
    kind: correction
    text: الملخص ينسب الآن الاتهام إلى شركة النجمة وحدها في الخط الزمني أيضًا.
    wrong: نسب الخط الزمني الاتهام إلى هيئة النقل.
"""


def test_an_arabic_day_of_corrections_is_headed_apart_in_arabic(tmp_path):
    """The Arabic fixture with three entries of one day, two of whose first eight words are the same: each heading is
    in Arabic words, and the two beginning alike are numbered in the order of the log. Rewording an entry changes
    its title, never its id."""
    root = copy_tree(REPO / "tests" / "fixtures" / "rtl", tmp_path / "project")
    copy_tree(REPO / "templates", root / "templates")
    copy_tree(REPO / "static", root / "static")
    briefing = root / "content" / "bus-routes" / "briefing.yaml"
    briefing.write_text(briefing.read_text(encoding="utf-8").replace("    text: النشر الأول.\n", ARABIC_LOG, 1),
                        encoding="utf-8")
    assert run_build(root).code == 0
    site = root / "site"
    title = "خلاف الحافلات في مدينة الواحة"
    assert page_headings(site) == [
        f"تصحيح: {title} — الملخص ينسب الآن الاتهام إلى شركة النجمة وحدها… (2)",
        f"توضيح: {title} — الخط الزمني يذكر الآن أن هيئة النقل هي…",
        f"تصحيح: {title} — الملخص ينسب الآن الاتهام إلى شركة النجمة وحدها… (1)",
        f"تحديث: {title} — النشر الأول."]
    page = (site / "feed.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page and "<h2><span" not in page  # Arabic throughout: nothing to mark
    before = feed_titles(site)
    assert sorted(title for _, title in before.values()) == sorted(page_headings(site))
    briefing.write_text(briefing.read_text(encoding="utf-8").replace(
        "الملخص ينسب الآن الاتهام إلى شركة النجمة وحدها كما", "ينسب الملخص الآن الاتهام إلى شركة النجمة وحدها كما"),
        encoding="utf-8")
    assert run_build(root).code == 0
    after = feed_titles(site)
    assert {href: entry_id for href, (entry_id, _) in after.items()} == {
        href: entry_id for href, (entry_id, _) in before.items()}
    reworded = after["bus-routes/#update-2026-05-06-1"][1]
    assert reworded == f"تصحيح: {title} — ينسب الملخص الآن الاتهام إلى شركة النجمة وحدها…"
    assert after["bus-routes/#update-2026-05-06-3"][1].endswith(" وحدها…")  # no longer alike: neither numbered


def test_a_french_entrys_words_are_marked_french_in_an_english_sites_heading(fixture_site):
    """On the English business site, a French briefing's entry is headed in the page's words around the briefing's
    title and first words, each marked French; its Atom title is wholly French, as its summary is."""
    site = fixture_site("merger")
    page = (site / "feed.html").read_text(encoding="utf-8")
    assert ('<h2>Update: <span lang="fr">La fusion de la Laiterie du Nord et de la Fromagerie Belval</span> — '
            '<span lang="fr">L&#39;Autorité ouvre une enquête.</span></h2>') in page
    assert "<h2>Update: The Northmart and Valefresh merger — Added the commission&#39;s ruling.</h2>" in page
    titles = {title for _, title in feed_titles(site).values()}
    assert ("Mise à jour\u00a0: La fusion de la Laiterie du Nord et de la Fromagerie Belval — L'Autorité ouvre une "
            "enquête.") in titles


def test_the_feed_page_ends_with_the_footer_of_the_other_pages(fixture_site):
    """The feed's page ended with its list: it now has the footer the source pages have, its way home."""
    site = fixture_site("merger")
    feed_page = (site / "feed.html").read_text(encoding="utf-8")
    footer = ('<footer class="site-footer">\n<nav aria-label="Lakeport business explained"><p><a href="./">All briefings</a></p>'
              '</nav>\n</footer>')
    assert footer in feed_page and feed_page.index(footer) > feed_page.index("</main>")
    source_page = (site / "sources" / "gazette.html").read_text(encoding="utf-8")
    assert footer.replace('"./"', '"../"') in source_page


def sitemap(site) -> dict[str, str]:
    """Return the sitemap's pages by address: the day each was last modified, "" where none is given."""
    return {url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod", "")
            for url in ET.parse(site / "sitemap.xml").getroot().iter(f"{SITEMAP}url")}


def test_the_sitemap_dates_each_page_by_its_log(tmp_path):
    """The sitemap listed addresses alone. Each briefing now gives its log's latest day, each source page the latest
    of the briefings citing it, the home page and the feed's page the latest of all: from the content, so a new log
    entry moves them, and the same content gives the same sitemap."""
    site = build_fixture("microsite", tmp_path / "project")
    root = site.parent
    assert run_build(root, "--base-url", "https://news.example/explain/").code == 0
    base = "https://news.example/explain/"
    expected = {f"{base}bridge-dispute/": "2026-05-09", f"{base}council-vote/": "2026-05-07",
                f"{base}harbour-strike/": "2026-05-06", f"{base}sources/courier.html": "2026-05-07",
                f"{base}sources/minutes.html": "2026-05-09", base: "2026-05-09", f"{base}feed.html": "2026-05-09"}
    assert sitemap(site) == expected
    strike = root / "content" / "harbour-strike" / "briefing.yaml"
    strike.write_text(strike.read_text(encoding="utf-8").replace(
        "\ncitations:", "\n  - date: 2026-05-11\n    kind: update\n    text: Added a caveat.\ncitations:", 1),
        encoding="utf-8")
    assert run_build(root, "--base-url", base).code == 0
    moved = {f"{base}harbour-strike/", f"{base}sources/courier.html", base, f"{base}feed.html"}
    assert sitemap(site) == {url: "2026-05-11" if url in moved else day for url, day in expected.items()}


# What each link back after a source page's passage shows and says: its name (aria-label, or its words for a title
# marked in another language), the text drawn before it, whether it is shown and how wide.
BACKLINKS = """() => [...document.querySelectorAll('.backlinks .backlink')].map(link => ({
    name: link.getAttribute('aria-label') || link.textContent, before: getComputedStyle(link, '::before').content,
    after: getComputedStyle(link, '::after').content, words: link.innerText, width: link.getBoundingClientRect().width,
    shown: link.checkVisibility({visibilityProperty: true})}))"""


@pytest.mark.browser
def test_a_printed_source_page_says_which_note_each_passage_backs(tab, fixture_site, tmp_path_factory):
    """On paper each cited passage was underlined, its arrows back hidden: nothing said which note it backs, nor of
    which briefing where several cite the source. Printed, each passage now ends with its links' own names,
    "↩ back to footnote 2 in “The harbour levy vote”", a French title marked French, "↪" on an Arabic page. On
    screen nothing changes: an arrow, each link's name said once, no text a screen reader would read twice."""
    sites = site_tree(tmp_path_factory.mktemp("reader21") / "www", {
        "microsite": fixture_site("microsite"), "merger": fixture_site("merger"), "rtl": fixture_site("rtl")})
    with serve(sites) as url:
        page, traffic = tab(url + "microsite/sources/courier.html", viewport={"width": 800, "height": 900})
        pages = {"microsite/sources/courier.html": "\u21a9", "microsite/sources/minutes.html": "\u21a9",
                 "merger/sources/gazette.html": "\u21a9", "rtl/sources/bulletin.html": "\u21aa"}
        printed_names = []
        for path, arrow in pages.items():
            page.emulate_media(media="screen")
            page.goto(url + path, wait_until="load")
            screen = page.evaluate(BACKLINKS)
            assert screen and all(link["before"] in ("none", "normal") and arrow in link["after"]
                                  and link["width"] < 30 for link in screen), (path, screen)  # the arrow alone
            for link in screen:  # its name, once: the words a screen reader says for it, and no others (a passage
                # holding others opens with a way back of the same name, test_reader_23.py)
                backs = page.locator(".backlinks").get_by_role("link", name=link["name"], exact=True)
                assert backs.count() == 1, link
            page.emulate_media(media="print")
            printed = page.evaluate(BACKLINKS)
            for link in printed:
                assert link["shown"] and link["width"] > 40 and arrow in link["before"], (path, link)
                assert link["name"] in link["before"] or link["name"] == link["words"], (path, link)
            printed_names += [link["name"] for link in printed]
        assert {"back to footnote 2 in “The harbour levy vote”", "back to footnote 1 in “The Eastmere dock strike”",
                "back to footnote 1 on the home page"} <= set(printed_names)
        assert any("“La fusion de la Laiterie du Nord et de la Fromagerie Belval”" in name for name in printed_names)
        assert page.locator(".legend .on-paper").inner_text().endswith("يسندها (\u21aa).")
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors
