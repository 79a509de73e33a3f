"""The language of a name or role a briefing copies from a source in another language than its page's.

A quote's `speaker` and `role` are written "as the source gives it": an English page quoting an Arabic statement
showed its role "(رئيس الميناء)" with no `lang`, and a screen reader spoke the Arabic words with English sounds
(WCAG 3.1.2). A role found in the source's own text is in the source's language and is marked as such; one not found
there ("mayor" of a French source's "maire") is the editor's own, in the page's language, and is not. A name is
marked only where it is also written in another script than the page's words ("أحمد سالم" on an English page):
"Claire Dumas" of a French source reads as well in English, and a name needs no marking (WCAG 3.1.2's proper names).
"""

from __future__ import annotations

import functools
import unicodedata

from .locale import Foreign, base_language, foreign
from .patterns import compile

SPACES = compile(r"\s+")


@functools.lru_cache(maxsize=16)  # a source's text, folded once for all its quotes
def folded(text: str) -> str:
    """Return `text` with its runs of whitespace one space and its case folded, as names are compared here."""
    return SPACES.sub(" ", text).strip().casefold()


def scripts(text: str) -> frozenset[str]:
    """Return the scripts of the letters of `text` ('LATIN', 'ARABIC', 'CJK'...), as their Unicode names start."""
    return frozenset(unicodedata.name(char, "").split(" ")[0] for char in text if char.isalpha())


def copied_from_source(text: str, source_text: str) -> bool:
    """Say whether the source's text holds `text` as whole words (whitespace and case aside)."""
    words, held = folded(text), folded(source_text)
    start = held.find(words) if words else -1
    while start >= 0:
        end = start + len(words)
        if not (start and held[start - 1].isalnum()) and not (end < len(held) and held[end].isalnum()):
            return True
        start = held.find(words, start + 1)
    return False


def source_words_language(text: str, source_text: str, source_language: str, page_language: str,
                          page_words: str = "") -> Foreign:
    """Return the lang and dir of `text` on a page in `page_language`: the source's language where the source (in
    another language than the page's) holds these very words, else none. With `page_words` (some of the page's own
    words), `text` is a name, marked only where none of its letters are in their script."""
    if not source_language or base_language(source_language) == base_language(page_language):
        return Foreign()  # the cheap test first: most sources are in their page's language
    if text.strip().casefold() == "not given" or (page_words and scripts(text) & scripts(page_words)):
        return Foreign()
    return foreign(source_language, page_language) if copied_from_source(text, source_text) else Foreign()
