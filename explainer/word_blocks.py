"""Which stretches of a long source hold every word of a quote: the only places a quote need be looked for.

A quote was looked for through the whole of its source, once per citation: 10,000 citations of a seed of 32 MiB
(both within the limits) looked through 320 GB. Each block of some 64 KB keeps the set of words it holds, with the
words of the 16 KB after it (no quote is longer), so every occurrence of a quote starting in a block has all of its
words in that block's set, and blocks lacking one of them are passed over unread.

A word is a run of letters and digits (no "_", no letter of a script written without spaces, which starts and ends
a word anywhere). Blocks end only between words, so no word is cut in two.
"""

from __future__ import annotations

import sys

from . import patterns
from .cjk import SPACELESS_LETTERS

_WORD = patterns.compile(rf"[^\W_{SPACELESS_LETTERS}]+")
_BETWEEN_WORDS = patterns.compile(rf"[\W_{SPACELESS_LETTERS}]")
BLOCK_CHARS = 64 * 1024
REACH_CHARS = 16 * 1024  # words kept past a block's end: more than any quote (model.MAX_QUOTE_CHARS, ligatures spelled)


def words_of(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """Return the set of whole words in text[start:end], start and end standing between words."""
    return frozenset(map(sys.intern, _WORD.findall(text, start, len(text) if end is None else end)))


class WordBlocks:
    """A text cut into blocks between words, with the words each holds (and those just past its end)."""

    def __init__(self, text: str):
        self.length = len(text)
        self.starts: list[int] = []
        self.words: list[frozenset[str]] = []
        start = 0
        while start < len(text):
            self.starts.append(start)
            end = self._next_break(text, start + BLOCK_CHARS)
            self.words.append(words_of(text, start, self._next_break(text, end + REACH_CHARS)))
            start = end

    @staticmethod
    def _next_break(text: str, at: int) -> int:
        """Return where the first character between words stands from `at` on, or the text's length."""
        found = _BETWEEN_WORDS.search(text, at) if at < len(text) else None
        return len(text) if found is None else found.start()

    def regions(self, quote: str, whole_words: bool = True) -> list[tuple[int, int]] | None:
        """Return (start, end) ranges holding every occurrence of `quote` (if `whole_words`, every one whose first and
        last words stand whole in the text too), each searched from start to end for those starting in one block; or
        None for a quote with no word to look up, or longer than a block's reach: it is looked for everywhere."""
        wanted = words_of(quote) if whole_words else inner_words(quote)
        if not wanted or len(quote) > REACH_CHARS:
            return None
        ends = self.starts[1:] + [self.length]
        return [(start, end + len(quote) - 1) for start, end, held in zip(self.starts, ends, self.words)
                if wanted <= held]


def inner_words(quote: str) -> frozenset[str]:
    """Return the words of `quote` that stand whole wherever it occurs: those not at either of its ends, which may be
    the end of a longer word ("ise" of "rise")."""
    return frozenset(found.group() for found in _WORD.finditer(quote) if 0 < found.start() and found.end() < len(quote))
