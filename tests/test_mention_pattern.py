"""The mention pattern's shortcuts (where a mention can start, what a figure starts with) never change what
is read: with and without them, every language's pattern finds the same mentions in the same places."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from batches import batches, batches_for
from explainer import numbers

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "en-GB", "fr", "de", "es", "pt-BR", "it", "ar", "nl"]
SHORTCUTS = [numbers._AT_A_MENTIONS_START, numbers._FIGURES_FIRST, "(?=once(?![\\w-]))"]

# Pieces of text that mentions are made of, and what may stand around them; glued together without a space
# too, so that each piece also stands inside a word.
PIECES = ["March", "mars", "März", "marzo", "Sept", "mayo", "يناير", "١٢", "12", "3.5", "4,2", "1 200", "240.000",
          "-", "−", "$", "€", "£", "USD", "R$", "once", "only", "not", "at least", "for the", "second", "time",
          "twenty-one", "one third", "two-thirds", "a half", "and a half", "dozen", "hundred", "FY2025", "FY25", "Q3",
          "H1", "10:45", "23:40", "3pm", "10.45 p.m.", "21h30", "à 14 h 30", "la", "las", "1er", "3º", "2026-03-02",
          "12.03.2026", "3/12/2026", "12/31/2026", "x", "ab", "é", "ß", "_", ".", ",", ";", "(", ")", "'", "%",
          "per cent", "pct", "million", "Mio.", "Mrd.", "bn", "k", "m", "½", "vingt et un", "mil", "km", "kg", "twice"]


def without_shortcuts(pattern: re.Pattern) -> re.Pattern:
    """Return the pattern as it reads without its shortcuts."""
    text = pattern.pattern
    for shortcut in SHORTCUTS:
        assert shortcut in text, shortcut
        text = text.replace(shortcut, "")
    return re.compile(text, pattern.flags)


@functools.cache  # on first use, not on import: every test process imports this module, few run its tests
def plain(language: str) -> re.Pattern:
    """Return the language's mention pattern without its shortcuts."""
    return without_shortcuts(numbers._reading(language).pattern)


def found(pattern: re.Pattern, text: str) -> list:
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


@settings(max_examples=batches_for(300), deadline=None)
@given(batches(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(["", " ", " ", "-", "\n", ". "])), max_size=12),
               st.sampled_from(LANGUAGES)))
def test_the_shortcuts_find_what_the_pattern_finds_without_them(cases):
    for pieces, language in cases:
        text = "".join(piece + after for piece, after in pieces)
        assert found(numbers._reading(language).pattern, text) == found(plain(language), text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shortcuts_find_what_the_pattern_finds_without_them_in_real_sources(language: str):
    texts = [path.read_text(encoding="utf-8") for path in sorted((REPO / "seeds").iterdir())]
    texts += [path.read_text(encoding="utf-8") for path in sorted((REPO / "tests" / "fixtures").rglob("*.txt"))]
    assert texts
    pattern = numbers._reading(language).pattern
    for text in texts:
        assert found(pattern, text) == found(plain(language), text)
