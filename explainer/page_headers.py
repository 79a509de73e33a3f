"""A page's running header or footer that a PDF's text leaves inside a sentence, passed over as the reader does.

"... held up work on the⏎⏎Kingsmoor City Council — Report 14/2026 — Page 4⏎⏎stadium. The Club ..." is one sentence
to its reader, who quotes it whole ("held up work on the stadium"): such a quote anchors, and its passage (the source's
own characters, header and all) is highlighted from its first word to its last; the checks read it without the header.
A header is a line alone between blank lines, repeated in the source (its numbers aside: running_prose.py), whose
sentence goes on after it in lower case and does not end before it.
"""

from __future__ import annotations

from . import patterns
from .running_prose import line_key, repeated_lines

_LONGEST_HEADER = 300
# A lone line between blank lines, after words that end no sentence.
_LONE_LINE = patterns.compile(rf"(?<=[^\W\d_,;])[^\S\n]*\n[^\S\n]*\n\s*(?P<line>[^\n]{{1,{_LONGEST_HEADER}}}?)"
                              r"[^\S\n]*\n[^\S\n]*\n\s*")
_STOPS = (".", "!", "?", ":", "…")


def headers_blanked(text: str) -> str | None:
    """Return a source's text with each repeated header or footer that splits a sentence made spaces (its length
    kept, so every offset still points at the source's own characters), or None where there is none."""
    if "\n\n" not in text and "\n \n" not in text:
        return None
    spans = [match.span("line") for match in _LONE_LINE.finditer(text) if _splits(text, match)]
    if not spans:
        return None
    repeated = repeated_lines(text)
    spans = [(start, end) for start, end in spans if line_key(text[start:end]) in repeated]
    if not spans:
        return None
    pieces, cursor = [], 0
    for start, end in spans:
        pieces += [text[cursor:start], " " * (end - start)]
        cursor = end
    return "".join(pieces) + text[cursor:]


def without_headers(passage: str) -> str:
    """Return a passage's text without the lone lines that split its sentences (a page's header or footer), as the
    checks read it: "Report 14/2026" and "Page 4" are no figures of the sentence around them."""
    if "\n" not in passage:
        return passage
    return _LONE_LINE.sub(lambda match: " " if _splits(passage, match) else match.group(), passage)


def _splits(text: str, match) -> bool:
    """Say whether a lone line stands inside a sentence: it ends at no stop and lower case follows it."""
    return text[match.end():match.end() + 1].islower() and not match["line"].rstrip().endswith(_STOPS)
