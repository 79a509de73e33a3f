"""A source's control characters as a page shows them: written as the escapes `check --uncited` prints."""

from __future__ import annotations

from . import patterns

# The controls no HTML page may hold (tab, line feed and form feed are whitespace to it; a carriage return is
# gone once the source is read): a document saved from a terminal or a web page brings ESC and BEL, and C1 codes.
_HTML_CONTROL = patterns.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def holds_controls(text: str) -> bool:
    """Say whether `text` holds a control character no HTML page may hold."""
    return _HTML_CONTROL.search(text) is not None


def visible_controls(text: str) -> str:
    """Return `text` with each control written as the escape `check --uncited` prints ("\\x1b"): shown raw, an escape
    sequence from a terminal was a parse error in every reader's browser and showed nothing. Only the page changes:
    the seed, its digest and the offsets citations are anchored at stay as stored."""
    return _HTML_CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", text) if holds_controls(text) else text
