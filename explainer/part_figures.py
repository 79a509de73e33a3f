"""Figures kept to their part: a figure a passage gives only for a part may not be told for the whole.

"The tariff was raised from 10% to 25%" citing "The tariff was raised from 10% to 15%, and to 25% on steel" gives
the whole what the source gives steel alone; so does "Prices rose 8%" for "Prices rose 3%, and 8% in the capital".
A passage gives a figure for a part where it follows another figure of its sentence after "and", "but" or "while" (and
"to", "by" or "at": "and to 25%") and is followed by "on", "in", "for" or "among" and the part ("on steel", "in the
capital", "among young people"; not a time: "in 2024", "in March", "in the first quarter"; not an amount of money, whose
"in" names its kind: "$2m in costs and $5m in damages"). A sentence is refused where it gives that figure (with its per
cent sign, where the passage writes one), every cited passage giving the figure gives it only for a part, and the
sentence names none of that part's words (in their first five letters: "steel tariffs" names steel). English text is
read; words in quotation marks are not.
A part opening a passage's sentence ("Among customers under 25, Norwave is the market leader, with a share of 38%")
is the part of every figure of that sentence: "Norwave holds 38% of the British mobile market" is refused, "Norwave
leads among customers under 25, with 38%" builds (tests/test_factcheck_107.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .numbers import ENGLISH_MONTHS
from .sentences import inside, markers_blanked
from .wordset import has_digit

_FIGURE = (r"(?<![\w.,])(?P<money>[$€£]\s?)?(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
           r"(?P<unit>\s?%|\s+per\s?cent)?")
_SCOPED = patterns.compile(
    rf"(?<!\w)(?:and|but|while)\s+(?:(?:to|by|at)\s+)?{_FIGURE}\s+(?P<prep>on|in|for|among)\s+"
    r"(?P<part>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})", re.IGNORECASE)
_ANY_FIGURE = patterns.compile(_FIGURE, re.IGNORECASE)
# a part opening a sentence scopes its figures: "Among customers under 25, Norwave is the market leader"
_OPENING = patterns.compile(r"(?:^|(?<=[.!?]\s))Among\s+(?P<part>[^,.;]{3,60}),")
_STOP = patterns.compile(r"[;!?]|\.(?!\d)")
# what follows "in" or "for" that is a time or a manner, not a part of the whole
_NOT_PARTS = frozenset({"total", "all", "real", "nominal", "terms", "part", "addition", "fact", "particular", "general",
                        "turn", "time", "year", "years", "month", "months", "week", "weeks", "day", "days", "quarter",
                        "first", "second", "third", "fourth", "last", "past", "recent", "cash", "value", "volume",
                        "response", "return", "place", "line", "average", "each", "every", "some", "one", "two",
                        "both", "that", "this", "which", "a", "an", "rest", "next", "coming", "following", "period",
                        "decade", "future", "short", "long", "medium", "run", "term", "paper", "balance", "record",
                        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        *(month.casefold() for month in ENGLISH_MONTHS)})
_SMALL = frozenset({"the", "a", "an", "of", "and", "or", "its", "their", "his", "her", "was", "were", "is", "are", "to",
                    "from", "by", "at", "on", "in", "for", "with", "than", "as", "over"})


class Part(NamedTuple):
    """A figure a passage gives for a part: the figure as compared, the part's words (first five letters), and the
    figure and its part as written."""

    figure: str
    words: frozenset[str]
    shown: str


def part_as_whole(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a figure that every cited passage giving it gives only for a part, and
    names none of that part: "rose 8%" citing "rose 3%, and 8% in the capital"."""
    if not in_english(language) or not has_digit(text):
        return []
    parts = [part for passage in passages if in_english(passage.language or language)
             for part in _parts(passage.text)]
    if not parts:
        return []  # most passages give no figure for a part: found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    named = _words(spoken)
    for match in _ANY_FIGURE.finditer(spoken):
        figure = _key(match)
        own = [part for part in parts if part.figure == figure]
        if not own or inside(quoted, match.start()) or any(part.words & named for part in own):
            continue
        if any(_given_whole(passage.text, figure) for passage in passages):
            continue  # a passage gives the figure for the whole too
        return [Finding(offset + match.start(), f"this sentence gives {match.group().strip()} for the whole where its "
                                                f"cited passages give it only for a part ('{own[0].shown}'): "
                                                f"{clipped(text)}",
                        "name the part the source gives the figure for, or cite a passage that gives it for the whole")]
    return []


def _key(match: re.Match) -> str:
    """Return a figure as compared: its digits, ungrouped, and "%" where it is a per cent."""
    return match["figure"].replace(",", "") + ("%" if match["unit"] else "")


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _parts(text: str) -> tuple[Part, ...]:
    """Return the figures a passage gives for a part: after another figure of its sentence, or after the part
    opening its sentence."""
    return tuple(part for _, part in _scoped(text))


@functools.lru_cache(maxsize=1 << 12)
def _scoped(text: str) -> tuple[tuple[int, Part], ...]:
    """Return each figure a passage gives for a part, with where the figure stands."""
    found = []
    if " and " in text or " but " in text or " while " in text:
        for match in _SCOPED.finditer(text):
            start = max((stop.end() for stop in _STOP.finditer(text, 0, match.start())), default=0)
            words = _part_words(match["part"])
            if words and not match["money"] and _ANY_FIGURE.search(text, start, match.start()):
                found.append((match.start("figure"), Part(_key(match), words, _shown(match))))
    if "Among " in text:
        found += _opened_by_part(text)
    return tuple(found)


def _opened_by_part(text: str) -> list[tuple[int, Part]]:
    """Return the figures of each sentence a part opens ("Among customers under 25, Norwave is the market leader,
    with a share of 38%"), each given for that part."""
    found = []
    for opening in _OPENING.finditer(text):
        words = _part_words(opening["part"])
        stop = _STOP.search(text, opening.end())
        for match in _ANY_FIGURE.finditer(text, opening.end(), stop.start() if stop else len(text)):
            if words and not match["money"]:
                found.append((match.start("figure"), Part(_key(match), words, f"{opening['part']}: {match.group()}")))
    return found


def _shown(match: re.Match) -> str:
    """Return a figure and its part as written, to the part's last word."""
    return " ".join(match.group()[match.start("figure") - match.start():].split())


def _part_words(part: str) -> frozenset[str]:
    """Return the words naming a part (first five letters), to its first small word; none where it is a time."""
    words = []
    for word in part.split():
        folded = word.casefold()
        if folded in _SMALL and words:
            break
        if folded not in _SMALL:
            words.append(folded)
    if not words or words[0] in _NOT_PARTS or words[0].rstrip("s") in _NOT_PARTS:
        return frozenset()
    return frozenset(word[:5] for word in words)


def _given_whole(text: str, figure: str) -> bool:
    """Say whether a passage gives a figure anywhere but for a part."""
    within = {at for at, _ in _scoped(text)}
    return any(_key(match) == figure and match.start("figure") not in within for match in _ANY_FIGURE.finditer(text))


def _words(text: str) -> frozenset[str]:
    """Return text's words, each its first five letters, folded."""
    return frozenset(word.casefold()[:5] for word in re.findall(r"[A-Za-z][\w'’-]*", text))
