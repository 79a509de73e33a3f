"""The real briefing, built through the front door and checked by parsing its HTML."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

from conftest import REPO, run_build, tree_digest

SEED = "000_bd91349fafd64fe6.txt"
SEED_SHA256 = "8ace2235a78ca435a45465036e534d87def48b9100c6f0492e000e36091cdd2a"


BRIEFING = "pakistan-afghanistan-war"


class Page(HTMLParser):
    """Collects ids, links, footnotes and marks (with their text) from one page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (href, id of the element holding it or '')
        self.marks: dict[str, str] = {}
        self.notes: dict[str, list[str]] = {}
        self.text_parts: list[str] = []
        self._open_marks: list[str] = []
        self._in_main = False
        self._note = ""
        self._in_backlink = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "main":
            self._in_main = True
        if tag == "li" and attrs.get("id", "").startswith("note-"):
            self._note = attrs["id"]
            self.notes[self._note] = []
        if tag == "mark":
            self._open_marks.append(attrs.get("id", ""))
            if attrs.get("id"):
                self.marks[attrs["id"]] = ""
        if tag == "a" and "backlink" in attrs.get("class", ""):
            self._in_backlink = True
        if tag == "a" and "href" in attrs:
            self.links.append((attrs["href"], attrs.get("id", "")))
            if self._note:
                self.notes[self._note].append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "mark" and self._open_marks:
            self._open_marks.pop()
        if tag == "li":
            self._note = ""
        if tag == "a":
            self._in_backlink = False
        if tag == "main":
            self._in_main = False

    def handle_data(self, data):
        for mark_id in self._open_marks:
            if mark_id:
                self.marks[mark_id] += data
        if self._in_main and not self._in_backlink:
            self.text_parts.append(data)


def squash(text: str) -> str:
    """Return text with typographic quotes plain and whitespace collapsed."""
    text = text.translate(str.maketrans("“”‘’", "\"\"''"))
    return " ".join(text.split())


def test_seed_is_the_shared_report_byte_for_byte():
    data = (REPO / "seeds" / SEED).read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256
    shared = REPO.parent / "shared" / "seeds" / SEED
    if shared.exists():
        assert shared.read_bytes() == data


def test_every_footnote_lands_on_a_mark_holding_its_quote(real_site: Path):
    index = Page((real_site / BRIEFING / "index.html").read_text())
    source_pages = {p.name: Page(p.read_text()) for p in (real_site / "sources").glob("*.html")}
    source_text = squash((REPO / "seeds" / SEED).read_text())
    footnotes = [href for links in index.notes.values() for href in links if href.startswith("../sources/")]
    assert len(footnotes) == len(index.notes) > 40
    for href in footnotes:
        page_name, fragment = href.removeprefix("../sources/").split("#")
        mark_text = source_pages[page_name].marks[fragment]
        assert mark_text.strip(), href
        assert squash(mark_text) in source_text


def test_footnote_quotes_match_the_marked_passage(real_site: Path):
    html = (real_site / BRIEFING / "index.html").read_text()
    report = Page((real_site / "sources" / "report.html").read_text())
    # each note's own <q>
    pairs = re.findall(r'<q>([^<]*)</q> <span class="note-links">— <a href="../sources/report.html#([^"]+)"', html)
    assert pairs
    for quoted, fragment in pairs:
        assert squash(quoted.replace("&#34;", '"').replace("&#39;", "'").replace("&quot;", '"')) == \
            squash(report.marks[fragment])


def test_every_mark_links_back_to_its_footnote(real_site: Path):
    index = Page((real_site / BRIEFING / "index.html").read_text())
    report = Page((real_site / "sources" / "report.html").read_text())
    back = {href for href, _ in report.links if href.startswith(f"../{BRIEFING}/#")}
    assert report.marks
    for mark_id in report.marks:
        note = "note-report-" + mark_id.removeprefix("passage-")
        assert f"../{BRIEFING}/#{note}" in back, f"mark {mark_id} has no link back"
        assert note in index.ids
    assert {href.split("#")[1] for href in back} <= index.ids


def test_every_reference_and_backlink_resolves(real_site: Path):
    index = Page((real_site / BRIEFING / "index.html").read_text())
    refs = [(href, ident) for href, ident in index.links if ident.startswith("cite-")]
    assert len(refs) > 60
    for href, ident in refs:
        assert href.startswith("#note-") and href[1:] in index.notes
    for links in index.notes.values():
        for href in links:
            if href.startswith("#"):
                assert href[1:] in index.ids


def test_source_page_holds_the_whole_source_text(real_site: Path):
    report = Page((real_site / "sources" / "report.html").read_text())
    body = squash("".join(report.text_parts))
    for paragraph in re.split(r"\n\s*\n", (REPO / "seeds" / SEED).read_text()):
        assert squash(paragraph) in body


def test_a_passage_cited_twice_keeps_one_number_with_lettered_backlinks(real_site: Path):
    html = (real_site / BRIEFING / "index.html").read_text()
    assert re.search(r'aria-label="back to reference (\d+)a \(', html)  # with its section: "(What we know)"
    number = re.search(r'aria-label="back to reference (\d+)a \(', html).group(1)
    assert f'aria-label="back to reference {number}b (' in html
    # Each use has an id derived from its citation key, not its number.
    ids = re.findall(r'<a (?:data-beside )?id="(cite-[a-z]+-[a-z0-9-]+)" href="#note-', html)
    assert len(ids) == len(set(ids)) > 60


def test_two_builds_are_byte_identical(project: Path, tmp_path: Path):
    first, second = tmp_path / "one", tmp_path / "two"
    assert run_build(project, "--out", str(first)).code == 0
    assert run_build(project, "--out", str(second)).code == 0
    assert tree_digest(first) == tree_digest(second)


def test_check_reports_coverage_and_the_uncited_sentences(project: Path):
    result = run_build(project, "check")
    assert result.code == 0, result.err
    assert re.search(r"source report: \d+ passages cited across all briefings, \d+ of \d+ sentences \(\d+%\)", result.out)
    assert not (project / "site").exists()


def test_notes_are_numbered_in_reading_order(real_site: Path):
    # A reader meets [1], [2], [3]... down the page: each new number is the next one.
    html = (real_site / BRIEFING / "index.html").read_text()
    main = html[html.index("<main"):html.index('id="notes"')]
    seen = 0
    for number in map(int, re.findall(r'class="ref"[^>]*>\[(\d+)\]', main)):
        assert number <= seen + 1, f"[{number}] comes before [{seen + 1}]"
        seen = max(seen, number)
    assert seen > 40
