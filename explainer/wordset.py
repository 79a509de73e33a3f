"""A sentence's words, read once: the checks look a word up here before running their patterns over the sentence.

Each check of a sentence first asks whether the sentence could hold what it looks for (an ordinal, a weekday, a
court), and most sentences hold none. A pattern's search cost 7 to 10 µs a sentence, a set lookup well under one;
the sentence's words are found once however many checks ask. Only ASCII text is read so: a pattern read in any case
matches letters beyond ASCII more loosely than a lowercase copy shows them ("ſ" is an "s", "K" a "k", "ı" an "i"),
and any other text is left to the pattern (tests/test_checkspeed4.py compares each lookup with its pattern).
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from . import patterns

_LETTERS = patterns.compile(r"[a-z]+")
# What a pattern read in any case may match an ASCII letter with, besides its own two cases.
_LOOSE_CASES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_LOOSE_LETTERS = ("\u0130", "\u0131", "\u017f", "\u212a")

_DIGIT = patterns.compile(r"\d")


def has_digit(text: str) -> bool:
    """Say whether text holds a digit: the first gate of the checks that read figures. One search; looking at each
    character in Python cost 0.5 % of a cold check wherever a check did it."""
    return _DIGIT.search(text) is not None


@functools.lru_cache(maxsize=1 << 14)  # a sentence is asked about by every check reading it
def ascii_words(text: str) -> frozenset[str] | None:
    """Return the runs of letters of ASCII text, lowercased; None for text beyond ASCII."""
    return frozenset(_LETTERS.findall(text.lower())) if text.isascii() else None


def may_hold(text: str, words: frozenset[str] | None) -> bool:
    """Say whether text may hold one of `words` (lowercase runs of letters, None for "any"): False only where it
    surely holds none."""
    found = ascii_words(text) if words is not None else None
    return found is None or not words.isdisjoint(found)


def may_contain(text: str, fragments: tuple[str, ...]) -> bool:
    """Say whether text holds one of `fragments` (lowercase ASCII) in any case, as a pattern read with re.IGNORECASE
    finds them: a lowercase copy searched with `in` costs a tenth of such a pattern's search of a long passage."""
    folded = text.lower()
    if any(fragment in folded for fragment in fragments):
        return True
    # the loose letters read only where text holds one: translating a sentence beyond ASCII cost 25 µs, a lowercase
    # copy and these four searches 2 (test_factcheck_67's checks of curly-quoted English)
    if text.isascii() or not any(letter in text for letter in _LOOSE_LETTERS):
        return False
    folded = text.translate(_LOOSE_CASES).lower()
    return any(fragment in folded for fragment in fragments)


class Starts(NamedTuple):
    """Starts of words (lowercase runs of letters) and the set of their first `length` letters, looked up first."""

    whole: tuple[str, ...]
    length: int
    stems: frozenset[str]


def may_start(text: str, starts: Starts | None) -> bool:
    """Say whether a word of text may start with one of `starts` (None for "any"), as a pattern of them after a
    non-word character read in any case finds one: False only where surely none does. A word's first letters are
    looked up before it is compared with every start (str.startswith of a tuple of 40 costs a microsecond)."""
    found = ascii_words(text) if starts is not None else None
    if found is None:
        return True
    length, stems = starts.length, starts.stems
    return any(word[:length] in stems and word.startswith(starts.whole) for word in found)


def ascii_starts(starts) -> Starts | None:
    """Return the starts of words ASCII text can hold, lowercased, for may_start; None where one holds a character
    no run of letters does."""
    held = set()
    for start in starts:
        loose = start.translate(_LOOSE_CASES).lower()
        if not loose.isascii():
            continue  # no ASCII text holds it
        if not _LETTERS.fullmatch(loose):
            return None
        held.add(loose)
    length = min(map(len, held), default=0)
    return Starts(tuple(sorted(held)), length, frozenset(start[:length] for start in held))


def first_runs(names) -> frozenset[str] | None:
    """Return the first run of letters of each name that ASCII text can hold, lowercased: what a sentence's words
    hold wherever a pattern finds one of the names as a whole word ("Thursday", "mid-week"); None where a name of
    ASCII holds no letter, which no word can stand for."""
    runs = set()
    for name in names:
        # A word of ASCII letters alone is its own run, with no translating or search (_LOOSE_CASES maps no ASCII
        # letter): the direction words' gates, some 2,000 words each, cost 1.8 ms a start each (test_lazy_tables.py)
        if name.isascii():
            lowered = name.lower()
            if lowered.isalpha():
                runs.add(lowered)
                continue
        else:
            loose = name.translate(_LOOSE_CASES)
            if not loose.isascii():
                continue  # no ASCII text holds it
            lowered = loose.lower()
        found = _LETTERS.search(lowered)
        if found is None:
            return None
        runs.add(found.group())
    return frozenset(runs)


def starting_runs(words) -> frozenset[str] | None:
    """Return the run of letters each word that ASCII text can hold starts with, lowercased: in ASCII text, where a
    pattern of the words as whole words matches, a run of letters starts that is one of these; None where a word
    starts with no letter."""
    runs = set()
    for word in words:
        loose = word.translate(_LOOSE_CASES).lower()
        if not loose.isascii():
            continue  # no ASCII text holds it
        run = _LETTERS.match(loose)
        if run is None:
            return None
        runs.add(run.group())
    return frozenset(runs)
