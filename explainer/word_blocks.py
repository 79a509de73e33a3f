"""Which stretches of a long source hold every word of a quote: the only places a quote need be looked for.

A quote was looked for through the whole of its source, once per citation: 10,000 citations of a seed of 32 MiB
(both within the limits) looked through 320 GB. Each block of some 64 KB keeps the set of words it holds, with the
words of the 16 KB after it (no quote is longer), so every occurrence of a quote starting in a block has all of its
words in that block's set, and blocks lacking one of them are passed over unread.

A quote with a prefix is looked for as the prefix followed by it, in the blocks holding the words of both. A quote
(with its prefix) made only of words every block holds ("of the town", prefixed "the river") was looked for through
every block: after many such looks, each block also keeps a bitmap of the pairs of words that stand side by side in
it, and a block lacking a pair of the quote's is passed over too (a pair's bit may be set by another pair: such a
block is read for nothing, never passed over wrongly).

A word is a run of letters and digits (no "_", no letter of a script written without spaces, which starts and ends
a word anywhere). Blocks end only between words, so no word is cut in two.
"""

from __future__ import annotations

import operator
import sys

from . import patterns
from .cjk import SPACELESS_LETTERS

_WORD = patterns.compile(rf"[^\W_{SPACELESS_LETTERS}]+")
_BETWEEN_WORDS = patterns.compile(rf"[\W_{SPACELESS_LETTERS}]")
BLOCK_CHARS = 64 * 1024
REACH_CHARS = 16 * 1024  # words kept past a block's end: more than any quote (model.MAX_QUOTE_CHARS, ligatures spelled)
# Looks that read over a quarter of the blocks, after which the pairs of words side by side are kept too: they cost
# about one and a half times the words (3.4 s of CPU for 26 MB of varied words), some 300 looks through the whole text.
WIDE_LOOKS_BEFORE_PAIRS = 128
PAIR_BITS = 1 << 17  # per block of some 12,000 pairs: about one bit in ten set


def words_of(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """Return the set of whole words in text[start:end], start and end standing between words."""
    return frozenset(map(sys.intern, _WORD.findall(text, start, len(text) if end is None else end)))


class WordBlocks:
    """A text cut into blocks between words, with the words each holds (and those just past its end)."""

    def __init__(self, text: str):
        self.text = text
        self.length = len(text)
        self.starts: list[int] = []
        self.stops: list[int] = []  # where the words each block knows end
        self.words: list[frozenset[str]] = []
        self.pairs: list[bytearray] | None = None
        self.wide_looks = 0
        start = 0
        while start < len(text):
            self.starts.append(start)
            end = self._next_break(text, start + BLOCK_CHARS)
            self.stops.append(self._next_break(text, end + REACH_CHARS))
            self.words.append(words_of(text, start, self.stops[-1]))
            start = end

    @staticmethod
    def _next_break(text: str, at: int) -> int:
        """Return where the first character between words stands from `at` on, or the text's length."""
        found = _BETWEEN_WORDS.search(text, at) if at < len(text) else None
        return len(text) if found is None else found.start()

    def regions(self, quote: str, whole_words: bool = True, lead: str = "") -> list[tuple[int, int]] | None:
        """Return (start, end) ranges holding every occurrence of `lead` + `quote` (if `whole_words`, every one whose
        quote's first and last words stand whole in the text too), each searched from start to end for those starting
        in one block; or None for one with no word to look up, or longer than a block's reach: it is looked for
        everywhere."""
        wanted = lead + quote
        words, pairs = _trusted_words(wanted, whole_words and not lead, whole_words)
        if not words or len(wanted) > REACH_CHARS:
            return None
        held = [number for number, known in enumerate(self.words) if words <= known]
        if pairs and len(held) > len(self.words) // 4:
            self.wide_looks += 1
            if self.pairs is None and self.wide_looks >= WIDE_LOOKS_BEFORE_PAIRS:
                self.pairs = [self._pair_bits(start, stop) for start, stop in zip(self.starts, self.stops)]
            if self.pairs is not None:
                bits = [pair % PAIR_BITS for pair in pairs]
                held = [number for number in held
                        if all(self.pairs[number][bit >> 3] & (1 << (bit & 7)) for bit in bits)]
        ends = self.starts[1:] + [self.length]
        return [(self.starts[number], ends[number] + len(wanted) - 1) for number in held]

    def _pair_bits(self, start: int, stop: int) -> bytearray:
        """Return the bitmap of the pairs of words side by side in text[start:stop]."""
        bits = bytearray(PAIR_BITS // 8)
        hashes = list(map(hash, _WORD.findall(self.text, start, stop)))
        for pair in set(map(operator.xor, hashes, hashes[1:])):
            pair %= PAIR_BITS
            bits[pair >> 3] |= 1 << (pair & 7)
        return bits


def _trusted_words(text: str, first_whole: bool, last_whole: bool) -> tuple[frozenset[str], list[int]]:
    """Return the words of `text` that stand whole wherever it occurs (those not at its ends, and the first or last
    if they are known to), and the hashes of the pairs of them side by side (the order of a pair is not kept)."""
    words: list[str] = []
    pairs: list[int] = []
    previous = None  # the hash of the word before, if it stands whole
    for found in _WORD.finditer(text):
        whole = (found.start() > 0 or first_whole) and (found.end() < len(text) or last_whole)
        if whole:
            words.append(found.group())
            if previous is not None:
                pairs.append(previous ^ hash(found.group()))
        previous = hash(found.group()) if whole else None
    return frozenset(words), pairs

