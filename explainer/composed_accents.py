"""Accents typed apart from their letter, in content, composed into the one letter a reader sees.

A Vietnamese keyboard (Unikey's "Unicode tổ hợp") or a Mac may type "ệ" as "e", U+0302 and U+0323, and Vietnamese
puts a mark on nearly every word: every such file was refused, a line at a time, with "combining mark ... on a letter
or digit is not allowed" (tests/test_newuser_48.py). A run of a Latin letter and its marks whose composed form
(NFC) is letters alone is the letter a reader sees; it is read so, as a source's text is (sources.py). A mark that
composes into no letter ("x" and U+0302, a digit's mark) is left, and refused as before (disguise.py).
"""

from __future__ import annotations

import unicodedata

from . import patterns

_MARKED = patterns.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff][\u0300-\u036f]+")
_MARKS = patterns.compile("[\u0300-\u036f]")


def composed_accents(text: str) -> str:
    """Return text with each Latin letter typed with its accents apart written as the one letter they compose."""
    if text.isascii() or not _MARKS.search(text):
        return text
    return _MARKED.sub(_composed, text)


def _composed(run) -> str:
    composed = unicodedata.normalize("NFC", run.group())
    return run.group() if _MARKS.search(composed) else composed
