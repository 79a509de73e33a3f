"""A thirty-second fact-check: every text a reader sees, traced, beyond the cited sentences.

An audit of the fields outside the sentences found four that published a figure, date or quotation no source gives:
a log entry's `text` (a correction's "What it says now: The river rose by 9 metres", shown on the home page, in the
feed and the downloads), a party's `aliases` (never on the page, but in the briefing's data download), the site's
`title` and `description` (every page's <title>, Open Graph tags, the feed, search results), and a source's `title` (a
report dated 15 May for one of 14 May, on every note). Each is now held to the sources: the log to the sources the
briefing cites, their publication dates and the briefing's own short words; an alias to the passages the briefing
cites, as a party's name is; the site's words to the passages its pages cite; a date or quotation in a source's
`title` to its document's text and publication date. What stays the editors' own words, as the README says: a
correction's `wrong` (false by design) and the rest of a source's entry in `sources.yaml` (its title's other figures,
"Report 12", its publisher and author), and a headline's names and claims in words alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import build_ok, edit, minimal_project, refused_with

BRIEFING = "content/flood/briefing.yaml"
SITE = "content/site.yaml"
FIRST_ENTRY = "    text: First published.\n"
# The flood source says 3 metres on Monday and 5 metres, and the mayor's "the worst flood in memory" (not cited);
# the briefing cites the 3 metres, the 5 metres and Tuesday.
LOG_HINT = ("(a log entry cites nothing: say what changed in the words of the sources the briefing cites or of the "
            "briefing itself (what it said before goes in a correction's `wrong`))")


def corrected(root: Path, text: str, wrong: str = "We said the river rose on Sunday.") -> Path:
    """Add a correction to the flood briefing's log, its `text` on line 14 and its `wrong` on line 15."""
    edit(root / BRIEFING, FIRST_ENTRY, FIRST_ENTRY + "  - date: 2026-03-04\n    kind: correction\n"
         f"    text: {text}\n    wrong: {wrong}\n")
    return root


@pytest.mark.parametrize("text, error", [
    ("The river rose by 9 metres on Monday.",
     'figure "9" is not in the passages this briefing cites: "The river rose by 9 metres on Monday."'),
    ("The river rose on 14 May 2025.",
     'date "14 May 2025" is not in the passages this briefing cites: "The river rose on 14 May 2025."'),
    ("The mayor called it “a catastrophe”.",
     'quoted words "a catastrophe" are not in the passages this briefing cites'),
    ("Dozens fled the river on Monday.", 'count "Dozens" (24 to 199) is not in the passages it cites'),
])
def test_a_correction_stating_what_no_source_says_is_refused(tmp_path: Path, text: str, error: str) -> None:
    root = corrected(minimal_project(tmp_path / "p"), text)
    lines = refused_with(root, f"{BRIEFING}:14: `text`: {error}")
    assert any(line.endswith(LOG_HINT) for line in lines), lines


def test_an_update_stating_what_no_source_says_is_refused(tmp_path: Path) -> None:
    root = minimal_project(tmp_path / "p")
    edit(root / BRIEFING, FIRST_ENTRY, "    text: First published; 1,200 people fled.\n")
    refused_with(root, f'{BRIEFING}:11: `text`: figure "1,200" is not in the passages this briefing cites')


@pytest.mark.parametrize("text", [
    "The river rose by 3 metres on Monday.",                   # a cited passage's figure
    "The mayor called it “the worst flood in memory”.",        # the source's words, though the briefing cites other
    "The topic now heads “How far the river rose”.",           # the briefing's own heading, quoted
    "The river rose by 5 metres, Beta said.",
])
def test_a_correction_in_the_words_of_the_sources_or_the_briefing_builds(tmp_path: Path, text: str) -> None:
    build_ok(corrected(minimal_project(tmp_path / "p"), text))


def test_what_was_wrong_is_the_editors_own_words(tmp_path: Path) -> None:
    """A correction's `wrong` says what the briefing said wrongly: no source need give it."""
    build_ok(corrected(minimal_project(tmp_path / "p"), "The river rose by 3 metres on Monday.",
                       wrong="We said the river rose by 9 metres on 14 May 2025."))


def test_the_log_may_give_the_cited_sources_publication_date(tmp_path: Path) -> None:
    root = minimal_project(tmp_path / "p")
    edit(root / "content" / "sources.yaml", "date: unknown", "date: 2026-03-03")
    build_ok(corrected(root, "The river rose by 3 metres on Monday, the report of 3 March 2026 says."))
    edit(root / BRIEFING, "report of 3 March 2026", "report of 4 March 2026")
    refused_with(root, f'{BRIEFING}:14: `text`: date "4 March 2026" is not in the passages this briefing cites')


def test_an_alias_stating_what_no_source_says_is_refused(tmp_path: Path) -> None:
    """An alias is never shown on the page, but the data download publishes it."""
    root = minimal_project(tmp_path / "p")
    edit(root / BRIEFING, "    name: Alpha\n", "    name: Alpha\n    aliases: [the Alphas, Alpha's 1200 members]\n")
    refused_with(root, f"{BRIEFING}:15: `aliases` 'Alpha's 1200 members': figure \"1200\" is not in the passages "
                       "this briefing cites", "(an alias is a name the sources give the party: write it as a "
                       "passage the briefing cites does)")
    edit(root / BRIEFING, ", Alpha's 1200 members]", "]")
    build_ok(root)


@pytest.mark.parametrize("field, text, error", [
    ("title", "1,200 dead in the flood", 'figure "1,200" is not in the passages the site\'s pages cite'),
    ("description", "Why the river rose by 9 metres on 14 May 2025.",
     'figure "9" is not in the passages the site\'s pages cite'),
    ("description", "The worst floods of the decade.", 'superlative "worst": no passage it cites uses it'),
])
def test_the_sites_title_or_description_stating_what_no_source_says_is_refused(
        tmp_path: Path, field: str, text: str, error: str) -> None:
    root = minimal_project(tmp_path / "p")
    line = {"title": 1, "description": 2}[field]
    edit(root / SITE, f"{field}: ", f"{field}: {text}\nold_{field}: ")
    edit(root / SITE, f"old_{field}: ", "# ")
    refused_with(root, f"{SITE}:{line}: `{field}`: {error}", "(the site's title and description cite nothing")


def test_the_sites_title_and_description_in_the_words_of_a_briefings_passages_build(tmp_path: Path) -> None:
    root = minimal_project(tmp_path / "p")
    (root / SITE).write_text("title: Floods of 3 and 5 metres, explained\n"
                             "description: Why the river rose by 3 metres on Monday.\n", encoding="utf-8")
    build_ok(root)
    assert "<title>The flood · Floods of 3 and 5 metres, explained</title>" in (
        root / "site" / "flood" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("title, error", [
    ("Flood report of 15 May 2025", 'date "15 May 2025" is not in its document\'s text or its publication date: '
                                    '"Flood report of 15 May 2025"'),
    ("Flood report, Friday 14 May 2025", 'day "Friday" is not in its document\'s text or its publication date'),
    ("The “record flood” report", 'quoted words "record flood" are not in its document\'s text'),
])
def test_a_source_title_stating_what_its_document_does_not_is_refused(tmp_path: Path, title: str, error: str) -> None:
    """A source's title names it on every note, source page and download: a date there dates the document."""
    root = minimal_project(tmp_path / "p")
    edit(root / "content" / "sources.yaml", "title: Flood report", f"title: {title}")
    edit(root / "content" / "sources.yaml", "date: unknown", "date: 2025-05-14")
    refused_with(root, f"content/sources.yaml:4: `title`: {error}", "(a source's title names the document: give a "
                       "figure, date or quotation as its text does, or its publication date (`date`))")


def test_a_source_title_with_its_publication_date_or_its_words_builds(tmp_path: Path) -> None:
    root = minimal_project(tmp_path / "p")
    edit(root / "content" / "sources.yaml", "title: Flood report",
         "title: Flood report No. 7 (“the worst flood in memory”), Wednesday 14 May 2025")  # a number labels it
    edit(root / "content" / "sources.yaml", "date: unknown", "date: 2025-05-14")
    build_ok(root)
    page = (root / "site" / "sources" / "flood.html").read_text(encoding="utf-8")
    assert "Flood report No. 7 (“the worst flood in memory”), Wednesday 14 May 2025" in page


def test_a_sources_publisher_and_author_are_the_editors_own_words(tmp_path: Path) -> None:
    """The README: a source's publisher, author and dates in sources.yaml are the editors' word, not checked, and so
    are its title's figures other than dates."""
    root = minimal_project(tmp_path / "p")
    edit(root / "content" / "sources.yaml", "publisher: unknown", "publisher: Eastmere Courier\n    author: Jane Doe")
    edit(root / "content" / "sources.yaml", "title: Flood report", "title: Flood report 12")
    build_ok(root)
    assert "Flood report 12" in (root / "site" / "sources" / "flood.html").read_text(encoding="utf-8")
    assert "Eastmere Courier" in (root / "site" / "sources" / "flood.html").read_text(encoding="utf-8")
