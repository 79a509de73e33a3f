"""A reader in Chromium, round thirteen: a reader clicking "feed" in a briefing's footer, who met the Atom file shown
as an XML tree, and the downloads as a spreadsheet in a comma-decimal locale opens them. Each browser test loads one
page and checks what a reader meets there."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import pytest

from browser_support import serve
from conftest import run_build
from regenerate_golden import GOLDEN
from test_topics import build_fixture

ATOM = "{http://www.w3.org/2005/Atom}"


def feed_entries(site) -> list[tuple[str, str, str]]:
    """Return the feed's entries as (title, link, summary), in its order."""
    entries = ET.parse(site / "feed.xml").getroot().findall(f"{ATOM}entry")
    return [(entry.findtext(f"{ATOM}title"), entry.find(f"{ATOM}link").get("href"), entry.findtext(f"{ATOM}summary"))
            for entry in entries]


def page_entries(page: str) -> list[tuple[str, str, str]]:
    """Return the feed page's entries as (title, link, summary), in its order (a title's marks of language dropped, and
    the link's words for a screen reader alone, test_reader_17.py)."""
    items = re.findall(r'<li>\n<h2>(.*?)</h2>.*?<a href="([^"]*)">(.*?)<span class="visually-hidden">', page, re.S)
    return [tuple(html.unescape(re.sub(r"<[^>]*>", "", part)) for part in item) for item in items]


@pytest.mark.browser
def test_the_feed_link_of_a_briefing_opens_a_page_a_reader_can_read(tab, real_site):
    """The footer's "Updates (Atom feed)" opened /feed.xml, which a browser shows as a tree of XML tags (an XSLT
    stylesheet would dress it, but Chromium now warns in red over any page it makes: XSLT is leaving browsers). It now
    opens a page of the same updates and corrections, each linking to its entry of the briefing's log, with the feed's
    address for a feed reader; it is accessible and asks no other host for anything."""
    from browser_support import axe_audit

    with serve(real_site) as url:
        page, traffic = tab(url + "pakistan-afghanistan-war/index.html",
                            viewport={"width": 320, "height": 640})
        with page.expect_navigation(wait_until="load"):
            page.locator(".site-footer a", has_text="Updates (Atom feed)").click()
        assert page.evaluate("document.contentType") == "text/html"
        assert page.locator("h1").inner_text() == "Updates and corrections"
        shown = page.eval_on_selector_all(".feed-entries a", "links => links.map(link => link.href)")
        assert shown == [url + href for _, href, _ in feed_entries(real_site)] and len(shown) > 3
        assert page.get_attribute("a[type='application/atom+xml']", "href") == "./feed.xml"
        assert axe_audit(page).violations_count == 0
        page.locator(".feed-entries a").nth(1).click()  # the second, a correction: arrives at its log entry
        page.wait_for_url("**#update-*")
        assert page.evaluate("document.querySelector(':target').closest('#updates') !== null")
        assert traffic.foreign_hosts() == set() and not traffic.failed and not traffic.console_errors


def test_the_feed_page_lists_every_entry_of_the_feed_in_the_sites_language(fixture_site):
    """The feed's page shows what the feed holds, entry for entry and in its order, in the site's own language (an
    Arabic site's here); each entry's words keep their briefing's language (French ones on an English site)."""
    for name in ("rtl", "merger"):
        site = fixture_site(name)
        page = (site / "feed.html").read_text(encoding="utf-8")
        shown, fed = page_entries(page), feed_entries(site)
        assert [entry[1:] for entry in shown] == [entry[1:] for entry in fed] and fed
        # A title's "Update: " is the page's language there and the briefing's in the feed (test_reader_18.py)
        assert all(page_title.endswith(feed_title[-20:]) for (page_title, _, _), (feed_title, _, _) in zip(shown, fed))
        assert sum(page_title == feed_title for (page_title, _, _), (feed_title, _, _) in zip(shown, fed)) >= 1
        assert page.count('<span class="visually-hidden">') == len(feed_entries(site))  # each link named apart
    arabic = (fixture_site("rtl") / "feed.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in arabic and "<h1>التحديثات والتصحيحات</h1>" in arabic
    assert "يتابعها قارئ الخلاصات على هذا العنوان:" in arabic
    entries = ET.parse(fixture_site("merger") / "feed.xml").getroot().iter(f"{ATOM}entry")  # marked whole
    languages = [entry.get("{http://www.w3.org/XML/1998/namespace}lang") for entry in entries]
    marked = [found or "en" for found in re.findall(r'<p><a href="[^"]*#update-[^"]*">(?:<span lang="(\w+)">)?', page)]
    assert marked == languages and "fr" in languages


def test_the_feed_page_gives_the_feeds_public_address_and_every_footer_links_to_it(tmp_path):
    """With a public address (`--base-url`), the page gives the feed's whole address, the one to paste into a feed
    reader. Every page's footer leads to this page, no longer to the XML; feed readers still find the feed itself
    from every page's <link rel="alternate">."""
    root = build_fixture("microsite", tmp_path / "project").parent
    assert run_build(root, "--base-url", "https://news.example/explain/").code == 0
    page = (root / "site" / "feed.html").read_text(encoding="utf-8")
    assert ('<a href="./feed.xml" type="application/atom+xml">https://news.example/explain/feed.xml</a>' in page)
    assert "<loc>https://news.example/explain/feed.html</loc>" in (root / "site" / "sitemap.xml").read_text()
    for briefing in sorted(GOLDEN.glob("*/index.html")):
        text = briefing.read_text(encoding="utf-8")
        assert '<a href="../feed.html">' in text and 'href="../feed.xml"' in text  # the footer; the alternate link
        assert '<a href="../feed.xml"' not in text


@pytest.mark.parametrize("name", ["comparisons.csv", "claims.csv"])
def test_a_download_starts_with_its_header_after_the_byte_order_mark_and_no_sep_line(fixture_site, name):
    """Decided, not changed: no `sep=,` line for Excel in a comma-decimal locale. Excel takes it as the separator but
    then ignores the BOM (so "Comisión" reads "ComisiÃ³n" again), and pandas, R, LibreOffice and Python's csv module
    read it as a row of data. The README tells a comma-decimal Excel user to open it with Data > From Text/CSV."""
    data = (fixture_site("merger") / "grocer-merger" / "data" / name).read_bytes()
    first = data.removeprefix(b"\xef\xbb\xbf").split(b"\r\n", 1)[0]
    assert data.startswith(b"\xef\xbb\xbf") and not first.lower().startswith(b"sep=")
    assert first.startswith(b"table,measure," if name == "comparisons.csv" else b"topic,claim,")
