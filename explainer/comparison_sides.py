"""A comparison's two figures kept on their sides: "Unemployment was 5.4% in March, compared with 5.2% a year earlier"
may not cite "Unemployment was 5.2% in March, compared with 5.4% a year earlier".

A clause gives two figures of one measure on two sides of a word of comparison ("compared with", "compared to",
"against", "versus", "vs", "from", "up from", "down from"): the first is the level now (or of the first thing
named), the second the one it is set against. Both figures stand in the passage, so no figure check sees the
sentence turn them round. A sentence is refused where it gives a passage's pair the other way round and its first
figure keeps the words that the passage gives with the passage's first ("in March", "this time", a name), not with
its second: a pair told in the other order with each figure's own words ("Northland's 5.4% against Southland's
5.2%" citing "Southland's 5.2% against Northland's 5.4%") builds. English text is read; quoted words are not.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_FIGURE = r"[$€£]?\d+(?:[.,]\d+)*(?:\s*%|\s*per\s*cent|\s+percent|\s*(?:bn|m|tn)\b|\s+(?:million|billion|trillion))?"
_JOINER = r"compared\s+(?:with|to)|against|versus|vs\.?|(?:up\s+|down\s+)?from"
# a figure, up to 50 characters of its words, a joiner, up to 30 characters, the figure it is set against
_PAIR = patterns.compile(rf"(?<![\w.,$€£])(?P<first>{_FIGURE})(?P<own>[^.;:,]{{0,50}}?),?\s+(?:{_JOINER})\s+"
                         rf"(?P<before>[^.;:]{{0,30}}?)(?P<second>{_FIGURE})(?P<after>[^.;:,]{{0,40}})",
                         re.IGNORECASE)
_WORD = patterns.compile(r"[A-Za-z]{3,}|(?<![\d.,])\d{4}(?![\d.,%])")  # words, and years
_NOT_ANCHORS = frozenset({"the", "and", "was", "were", "with", "its", "their", "his", "her", "that", "this", "from",
                          "against", "compared", "versus", "per", "cent", "percent", "million", "billion",
                          "trillion"})


class Pair(NamedTuple):
    """Two figures set against each other: each as written (spaces dropped, lowercased) with the words around it."""

    first: str
    second: str
    first_words: frozenset[str]
    second_words: frozenset[str]
    at: int


def _figure(text: str) -> str:
    """Return a figure as compared: lowercased, spaces dropped, "per cent" and "percent" as "%"."""
    return re.sub(r"\s+", "", text.lower()).replace("percent", "%")


def _words(text: str) -> frozenset[str]:
    return frozenset(word.lower() for word in _WORD.findall(text)) - _NOT_ANCHORS


def _before(text: str, start: int) -> str:
    """Return the three words before a position, in its clause."""
    clause = re.split(r"[.;:,]", text[:start])[-1]
    return " ".join(clause.split()[-3:])


@functools.lru_cache(maxsize=1 << 12)
def _pairs(text: str) -> tuple[Pair, ...]:
    """Return the pairs of figures a text sets against each other."""
    return tuple(Pair(_figure(match["first"]), _figure(match["second"]),
                      _words(_before(text, match.start()) + " " + match["own"]),
                      _words(match["before"] + " " + match["after"]), match.start())
                 for match in _PAIR.finditer(text))


def turned_comparisons(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text sets a passage's two figures against each other the other way round."""
    if not in_english(language) or not any(joiner in text for joiner in (" from ", "against", "compared", " vs",
                                                                           "versus")):
        return []
    spoken = markers_blanked(text)
    own = _pairs(spoken)
    if not own:
        return []
    theirs = [pair for passage in passages for pair in _pairs(passage.text)]
    quoted = quoted_parts(spoken)
    for pair in own:
        if inside(quoted, pair.at):
            continue
        if any(other.first == pair.first and other.second == pair.second for other in theirs):
            continue  # a passage sets them so
        for other in theirs:
            if other.first == pair.second and other.second == pair.first and \
                    len(pair.first_words & other.first_words) > len(pair.first_words & other.second_words):
                return [Finding(offset, f"this sentence sets {pair.first} against {pair.second} where its cited "
                                        f"passages set {other.first} against {other.second}, each with its own "
                                        f"words: {clipped(text)}",
                                "keep each figure on its side of the comparison, as the source gives it")]
    return []
