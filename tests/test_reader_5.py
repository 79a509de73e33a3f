"""What readers meet that the other tests leave out, on the fixture microsite and the Arabic one: pages arrived at by
a fragment (a shared link, a footnote followed, a note's source link) checked by axe-core in light and dark; what a
screen reader names the links it lists out of context."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from browser_support import serve, site_tree

# (page, fragment): a note arrived at from its marker, a source passage arrived at from its note.
ARRIVALS = [("microsite/harbour-strike/index.html", "#note-courier-80-185"),
            ("microsite/bridge-dispute/index.html", "#note-minutes-304-395"),
            ("microsite/index.html", "#note-minutes-124-196"),
            ("microsite/sources/courier.html", "#passage-186-233"),
            ("microsite/harbour-strike/index.html", "#cite-claims-union-count"),
            ("rtl/bus-routes/index.html", "#note-bulletin-268-329"),
            ("rtl/sources/bulletin.html", "#passage-268-329")]


@pytest.fixture(scope="module")
def sites(fixture_site) -> dict[str, Path]:
    """The fixture microsite and the Arabic one, built."""
    return {name: fixture_site(name) for name in ("microsite", "rtl")}


@pytest.fixture(scope="module")
def site_url(sites, tmp_path_factory):
    """Both built sites served from 127.0.0.1 under microsite/ and rtl/."""
    with serve(site_tree(tmp_path_factory.mktemp("reader5-www") / "www", sites)) as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize("path, fragment", ARRIVALS)
def test_a_page_arrived_at_by_its_fragment_has_no_axe_violations_in_light_and_dark(tab, site_url, path,
                                                                                  fragment):
    """The note or passage arrived at is tinted; its links keep their contrast (dark mode's tint gave 4.4:1)."""
    from browser_support import axe_audit

    page, traffic = tab(site_url + path + fragment)
    assert page.evaluate("document.querySelector(':target').id") == fragment[1:]
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        results = axe_audit(page)
        assert results.violations_count == 0, f"{scheme}: {results.generate_report()}"
    assert traffic.failed == [] and traffic.foreign_hosts() == set()


class Links(HTMLParser):
    """Collects every link of a page: its attributes and its text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[dict, str]] = []
        self._open: list[tuple[dict, list[str]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._open.append((dict(attrs), []))

    def handle_data(self, data):
        for _, text in self._open:
            text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._open:
            attrs, text = self._open.pop()
            self.links.append((attrs, "".join(text)))


def markers(page: Path) -> list[tuple[dict, str]]:
    """Return the citation markers of a page: (attributes, visible text)."""
    return [(attrs, text) for attrs, text in Links(page.read_text(encoding="utf-8")).links
            if attrs.get("class") == "ref"]


@pytest.mark.parametrize("site, page, word", [("microsite", "harbour-strike/index.html", "note"),
                                              ("microsite", "index.html", "note"),
                                              ("rtl", "bus-routes/index.html", "الحاشية")])
def test_a_citation_marker_is_named_as_a_note_not_just_its_number(sites, site, page, word):
    """A links list read "[1]", "[2]" with nothing saying what they were; now "note 1", its number as shown."""
    found = markers(sites[site] / page)
    assert found
    for attrs, text in found:
        number = re.fullmatch(r"\[(\d+)\]", text).group(1)
        assert attrs.get("aria-label") == f"{word} {number}", (attrs, text)


def head_of(page: Path) -> tuple[str, str]:
    """Return a page's <title> and meta description, unescaped."""
    html = page.read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    description = re.search(r'<meta name="description" content="(.*?)">', html).group(1)
    return unescape(title), unescape(description)


@pytest.mark.parametrize("site, page, expected_title, expected_description", [
    ("microsite", "sources/courier.html", "Source document: The Harbour Courier (fictional) · Eastmere explained",
     "Source document: The Harbour Courier (fictional). Publisher: The Harbour Courier. Published: 4 May 2026. "
     "Cited by: The harbour levy vote, The Eastmere dock strike. The full text, word for word."),
    ("rtl", "sources/bulletin.html", "وثيقة المصدر: نشرة الواحة (خيالية) · شرح مدينة الواحة",
     "وثيقة المصدر: نشرة الواحة (خيالية). الناشر: نشرة الواحة. تاريخ النشر: 4 مايو 2026. "
     "يقتبس منه: خلاف الحافلات في مدينة الواحة. النص الكامل حرفيًا.")])
def test_a_source_pages_title_and_description_say_what_the_page_is(sites, site, page, expected_title,
                                                                     expected_description):
    """A shared link's preview gave every source page the same description, the legend; its tab only the title."""
    title, description = head_of(sites[site] / page)
    assert title == expected_title
    assert description.startswith(expected_description)


@pytest.mark.browser
def test_on_paper_a_note_names_its_source_and_address_instead_of_links_that_lead_nowhere(tab, site_url):
    """Printed, a note read '"…" — in the source ·': no source, no address; the original's link printed no URL."""
    page, _ = tab(site_url + "microsite/harbour-strike/index.html")
    note = 'li[id="note-courier-80-185"]'
    on_screen = " ".join(page.inner_text(note).split())
    assert "in the source · original" in on_screen and "courier.example" not in on_screen
    page.emulate_media(media="print")
    printed = " ".join(page.inner_text(note).split())
    assert printed.endswith("broke down. — The Harbour Courier (fictional), https://courier.example/strike"), printed
    assert "in the source" not in printed
    page.goto(site_url + "microsite/sources/courier.html")
    page.emulate_media(media="print")
    after = page.eval_on_selector(".original a", "a => getComputedStyle(a, '::after').content")
    assert after == '" https://courier.example/strike"'


def contrast(first: str, second: str) -> float:
    """Return the WCAG contrast ratio of two computed colours ('rgb(0, 0, 0)')."""
    def luminance(colour: str) -> float:
        channels = [int(n) / 255 for n in re.findall(r"\d+", colour)[:3]]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_in_forced_colours_every_legend_sample_of_a_source_page_is_readable(tab, real_site, scheme):
    """Windows' high contrast mode drew the opinion sample's words black on black (its tint was forced away)."""
    with serve(real_site) as url:
        page, _ = tab(url + "sources/report.html", forced_colors="active", color_scheme=scheme)
        canvas = page.evaluate("getComputedStyle(document.body).backgroundColor")
        samples = page.eval_on_selector_all(".legend-sample", """samples => samples.map(s => [s.className,
            getComputedStyle(s).color, getComputedStyle(s).backgroundColor])""")
        assert len(samples) == 3
        for name, colour, background in samples:
            background = canvas if background == "rgba(0, 0, 0, 0)" else background
            assert contrast(colour, background) >= 4.5, (name, colour, background)


@pytest.mark.browser
def test_a_feed_entrys_link_lands_on_that_entry_of_the_briefings_log(tab, sites, site_url):
    """It led to the top of "Updates and corrections", where the reader had to find which entry was meant."""
    import xml.etree.ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(sites["microsite"] / "feed.xml").getroot()
    correction = next(entry for entry in feed.iter(f"{atom}entry")
                      if entry.find(f"{atom}title").text.startswith("Correction:"))
    href = correction.find(f"{atom}link").get("href")
    page, _ = tab(site_url + "microsite/" + href, viewport={"width": 390, "height": 700})
    target = page.evaluate("document.querySelector(':target') && document.querySelector(':target').outerHTML")
    assert target and target.startswith('<li id="update-2026-05-06-1"')
    assert "We said the strike began on Tuesday." in page.inner_text(":target")
    top = page.eval_on_selector(":target", "entry => entry.getBoundingClientRect().top")
    assert 0 <= top < page.evaluate("innerHeight") / 2


@pytest.mark.browser
def test_on_paper_a_source_pages_cited_passages_stand_out_without_backgrounds(tab, real_site):
    """Browsers leave backgrounds off paper by default, and with them the only mark of a cited passage."""
    with serve(real_site) as url:
        page, _ = tab(url + "sources/report.html")
        page.emulate_media(media="print")
        for selector in ("mark.cited", ".legend-sample.cited", "mark.opinion", ".legend-sample.opinion"):
            line = page.eval_on_selector(selector, "m => getComputedStyle(m).textDecorationLine")
            assert line == "underline", (selector, line)
        assert page.is_hidden(".legend-sample.target"), "on paper no passage was arrived at"


def test_a_screen_reader_hears_which_cited_passages_are_the_sources_opinion(real_site):
    """The source page tells opinion from reporting by a tint and a dashed line; a screen reader said neither."""
    page = (real_site / "sources" / "report.html").read_text(encoding="utf-8")
    kinds = dict(re.findall(r'<mark id="passage-(\d+-\d+)" tabindex="-1" data-named="[^"]+" class="(cited|opinion)">', page))
    assert "opinion" in kinds.values() and "cited" in kinds.values()
    backlinks = re.findall(r'<a class="backlink" href="[^"]*#note-report-(\d+-\d+)" aria-label="([^"]*)">', page)
    assert {passage for passage, _ in backlinks} == set(kinds)
    for passage, label in backlinks:
        said = unescape(label).endswith(" (the source’s own opinion, not reporting)")
        assert said == (kinds[passage] == "opinion"), (passage, label)


@pytest.mark.browser
def test_back_from_a_note_the_marker_it_leads_to_stands_out_from_the_others(tab, site_url):
    """Back from note 2b the page scrolled to a paragraph of markers, none of them shown as the one meant."""
    page, _ = tab(site_url + "microsite/harbour-strike/index.html#note-courier-186-233")
    page.click('li[id="note-courier-186-233"] a[href="#cite-briefing-union-count"]')
    assert page.evaluate("location.hash") == "#cite-briefing-union-count"
    style = "a => [getComputedStyle(a).backgroundColor, getComputedStyle(a).outlineStyle]"
    arrived = page.eval_on_selector('[id="cite-briefing-union-count"]', style)
    other = page.eval_on_selector('[id="cite-briefing-authority-count"]', style)
    assert arrived != other and arrived[1] == "solid", (arrived, other)
