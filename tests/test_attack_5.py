"""Attacks of the fifth round: what the earlier rounds missed.

Noncharacters that made the feed unreadable, CSV cells a spreadsheet splits at its own separator,
and a hung-up terminal or SIGTERM stopping a build mid-write.
"""

from __future__ import annotations

from pathlib import Path
from xml.dom import minidom

import pytest

from conftest import run_build, tree_digest
from support import edit, error_lines, rebuild_fails

BRIEFING = "content/flood/briefing.yaml"

ESCAPE_HINT = "remove the escape sequence that writes it; write the text itself"


@pytest.mark.parametrize("written, expected", [
    # XML 1.0 holds neither U+FFFE nor U+FFFF: a title escaped to one of them was published, and every
    # feed reader then refused the whole of /feed.xml ("not well-formed (invalid token)").
    (r'"Flood\uffff"', f"content/flood/briefing.yaml:1: noncharacter U+FFFF in a quoted value is not allowed "
                       f"({ESCAPE_HINT})"),
    (r'"Flood\ufffe"', f"content/flood/briefing.yaml:1: noncharacter U+FFFE in a quoted value is not allowed "
                       f"({ESCAPE_HINT})"),
    # The other noncharacters are no text either (an HTML checker refuses each as a "forbidden code point").
    (r'"Flood\U0010FFFF"', f"content/flood/briefing.yaml:1: noncharacter U+10FFFF in a quoted value is not allowed "
                           f"({ESCAPE_HINT})"),
    ("Flood\ufdd0", "content/flood/briefing.yaml:1: noncharacter U+FDD0 is not allowed "
                    "(delete it; it is invisible in most editors)"),
])
def test_a_noncharacter_is_refused_with_its_line(built_minimal: Path, written: str, expected: str):
    root = built_minimal
    good = tree_digest(root / "site")
    edit(root / BRIEFING, "title: The flood", f"title: {written}")
    assert error_lines(rebuild_fails(root, good)) == [expected]


def test_every_character_content_may_hold_keeps_the_feed_well_formed(built_minimal: Path):
    root = built_minimal
    # The edges of what is allowed: the last characters before and after the noncharacters, a line
    # separator, a character of the last plane, escaped and written.
    edit(root / BRIEFING, "title: The flood", r'title: "The flood \ufdcf\ufdf0\ufffd\u2028\U0010FFFD \U0001F30A"')
    result = run_build(root)
    assert result.code == 0, result.err
    feed = minidom.parse(str(root / "site" / "feed.xml"))
    titles = [node.firstChild.data for node in feed.getElementsByTagName("title")]
    assert "Update: The flood \ufdcf\ufdf0\ufffd\u2028\U0010FFFD \U0001F30A" in titles
