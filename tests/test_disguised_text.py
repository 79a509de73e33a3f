"""Text that shows a reader other figures, days or quotations than the checks read (Trojan-source style)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import tree_digest
from support import build_ok, edit, error_lines, rebuild_fails

BRIEFING = "content/flood/briefing.yaml"
SUMMARY = "The river rose on Monday[^monday] and again on Tuesday[^tuesday]."
HIDDEN_HINT = "delete it: a reader would not see it, but the checks would read the text split in two"
MARKUP_HINT = ("write figures, dates and quotations as plain text, without markup, entities or backslashes inside "
               "them")
ENTITY_HINT = "type the characters themselves, without character references (&...;)"


def shows(what: str) -> str:
    return (f"content/flood/briefing.yaml:3: `summary`: the page shows \"{what}\", which the checks do not read in "
            f"the text as written ({MARKUP_HINT})")


# name: (new summary or title line, the exact error expected). Each passes every check without its
# rule: the checks read 3 and 3, or no day at all, where a reader sees 33 or Tuesday.
DISGUISED = {
    "zero-width space inside a figure": (
        "The river rose 3\u200b3 metres on Monday[^monday] and again on Tuesday[^tuesday].",
        f"content/flood/briefing.yaml:3: invisible character U+200B (ZERO WIDTH SPACE) next to a letter or digit is not "
        f"allowed ({HIDDEN_HINT})"),
    "soft hyphen inside a day": (
        "The river rose on Monday[^monday] and again on Thurs\u00adday[^tuesday].",
        f"content/flood/briefing.yaml:3: invisible character U+00AD (SOFT HYPHEN) next to a letter or digit is not "
        f"allowed ({HIDDEN_HINT})"),
    "Cyrillic letter inside a day": (
        "The river rose on Monday[^monday] and again on Thursd\u0430y[^tuesday].",
        "content/flood/briefing.yaml:3: U+0430 (CYRILLIC SMALL LETTER A) stands inside a word of Latin letters: it "
        "looks like a Latin letter but is not one (retype the word in one script, so that it reads as it looks)"),
    "Arabic letter mark": (
        "The river rose on Monday[^monday] and again\u061c on Tuesday[^tuesday].",
        "content/flood/briefing.yaml:3: invisible control character U+061C (ARABIC LETTER MARK) is not allowed "
        "(delete it; it is invisible in most editors)"),
    "emphasis inside a day": (
        "The river rose on Monday[^monday] and again on *Thurs*day[^tuesday].", shows("Thursday")),
    "emphasis inside a figure": (
        "The river rose 3*3* metres on Monday[^monday] and again on Tuesday[^tuesday].", shows("33")),
    "character reference inside a figure": (
        "The river rose &#x33;3 metres on Monday[^monday] and again on Tuesday[^tuesday].", shows("33")),
    "backslash escape inside a figure": (
        "The river rose 3\\.3 metres on Monday[^monday] and again on Tuesday[^tuesday].", shows("3.3")),
    "figure in brackets right after a marker": (
        "The river rose on Monday[^monday](9000) and again on Tuesday[^tuesday].", shows("9000")),
    "quotation made of character references": (
        "The river rose on Monday[^monday] and again on Tuesday[^tuesday], &ldquo;a flood like no other&rdquo;.",
        shows("a flood like no other")),
    "direction override from a character reference": (
        "The river rose on Monday[^monday] and again on &#x202e;yadseuT[^tuesday].",
        f"content/flood/briefing.yaml:2: `summary`: markup writes invisible control character U+202E ({ENTITY_HINT})"),
}


@pytest.mark.parametrize("case", sorted(DISGUISED))
def test_text_that_reads_otherwise_than_it_is_checked_is_refused(case: str, built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    new, expected = DISGUISED[case]
    edit(root / BRIEFING, SUMMARY, new)
    assert error_lines(rebuild_fails(root, good)) == [expected]


def test_an_escape_in_a_quoted_title_is_checked_as_the_file_is(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    edit(root / BRIEFING, "title: The flood", 'title: "The flood of 3\\u20603 metres"')
    assert error_lines(rebuild_fails(root, good)) == [
        f"content/flood/briefing.yaml:1: invisible character U+2060 (WORD JOINER) next to a letter or digit is not "
        f"allowed ({HIDDEN_HINT})"]


def test_invisible_characters_that_scripts_need_and_plain_markup_still_build(built_minimal: Path):
    root = built_minimal
    # Persian needs the zero-width non-joiner between its letters, an emoji sequence the joiner; Greek
    # mu writes units; emphasis and links around whole words show what the checks read.
    edit(root / BRIEFING, "name: Alpha", "name: \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001F469\u200d\U0001F4BB 5 \u03bcg")
    edit(root / BRIEFING, SUMMARY, "The river rose on *Monday*[^monday] and [again](https://example.org/2026/3) "
                                   "on **Tuesday**[^tuesday].")
    build_ok(root)


def test_a_source_with_a_direction_override_is_refused(built_minimal: Path):
    """The source page shows a source's text as stored: "by \u202e01\u202c metres" shows "by 10 metres"
    where the checks read 01."""
    root = built_minimal
    good = tree_digest(root / "site")
    seed = root / "seeds" / "flood.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("by 5 metres", "by \u202e01\u202c metres"), encoding="utf-8")
    assert error_lines(rebuild_fails(root, good)) == [
        "seeds/flood.txt:1: the document contains a direction override (U+202E), which shows the characters after it "
        "in another order than they are checked (remove it from the document: a source's text must read as it is stored)"]


def test_a_source_holding_a_nul_is_refused_with_its_line(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    seed = root / "seeds" / "flood.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("The mayor", "The\x00mayor"), encoding="utf-8")
    assert error_lines(rebuild_fails(root, good)) == [
        "seeds/flood.txt:3: the document contains a NUL character (this is not a text document; convert it to text)"]
