"""A title, a name, a heading or a label is one line: one holding a line break is refused where it is written.

`new --title "The flood⏎rises"` wrote a two-line headline, and the build published it, as it did a `|` block of two
lines or a U+2028 in a party's name or a source's title: a feed reader, the CSV's cell and the JSON showed it broken in
two, and the page's <title> ran the lines together without a space where the break was a separator
(tests/test_attack68.py). A text field held to a heading's characters or fewer is such a line; the line end YAML
leaves after a `>` or `|` block's one line is no break inside it, and is taken off (it was published in the JSON's
title and the page's heading); a title folded over lines by YAML is one line.
"""

from __future__ import annotations

from . import patterns

ONE_LINE_AT_MOST = 300  # model.MAX_HEADING_CHARS: a text field this short is a title, a name, a heading or a label
# What str.splitlines breaks a line at: a reader of lines (the CSV's, a feed's) may break at any of them.
_LINE_BREAK = patterns.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_NAMES = {"\n": "a line break", "\u2028": "a line separator (U+2028)", "\u2029": "a paragraph separator (U+2029)",
          "\x85": "a next-line character (U+0085)"}
HINT = "write it on one line (YAML's `>-` folds one written over several lines into one)"


def is_one_line(longest: int | None) -> bool:
    """Say whether a text field that may hold `longest` characters at most is one line."""
    return longest is not None and longest <= ONE_LINE_AT_MOST


def has_line_break(text: str) -> bool:
    """Say whether `text` holds a line break anywhere, a final line end too (the full check then takes it)."""
    return not text.isprintable() and _LINE_BREAK.search(text) is not None  # a break is unprintable: looked at first


def line_break_in(text: str) -> str:
    """Return the name of the first line break inside `text`, its final line ends left aside, or ""."""
    found = _LINE_BREAK.search(text.rstrip("\n"))
    if found is None:
        return ""
    return _NAMES.get(found.group(), f"a line break (U+{ord(found.group()):04X})")
