"""Directions kept: a figure given as a rise may not cite a passage that gives it only as a fall, nor the other way.

"Harbor's organic sales grew 2.4%" citing "Harbor's organic sales fell 2.4%" keeps the figure and turns the news
around; so does "Harbor's shares rose 6.2%" citing "Harbor shares fell 6.2%". A figure is given as a change where a
word of rise or fall stands before it in its clause, with at most three words between ("rose 24%", "fell by 2.4%",
"an increase of 5%", "rose 24% to $40.10"; "up" and "down" right before it, "up 3%", never "up to 3%"), or right after
it ("a 2.4% drop", "6% lower"). A sentence is refused only where every passage it cites giving that figure gives it
the other way, and none gives it the same way or as no change at all. A starting level ("from $4 billion") and
years are not read, nor words in quotation marks.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, quoted_parts
from .numbers import Mention, find_mentions, mentions_in
from .sentences import MARKER

_RISE = frozenset("""
rose rise rises rising risen grew grow grows growing grown gained gain gains gaining climbed climb climbs climbing
jumped jump jumps jumping soared soar soars soaring surged surge surges surging increased increase increases increasing
rallied rebounded advanced higher growth hausse augmenté augmente progressé progresse progression grimpé bondi
gestiegen stieg steigt anstieg zuwachs
""".split())
_FALL = frozenset("""
fell fall falls falling fallen dropped drop drops dropping declined decline declines declining decreased decrease
decreases decreasing slid slide slides sliding slipped slip slips sank sink sinks sunk tumbled tumble tumbles
plunged plunge plunges plummeted shrank shrink shrinks shrunk contracted dipped dip dips slumped slump lost lower
baisse baissé recul reculé recule chuté chute diminué diminue diminution gesunken fiel fällt rückgang
""".split())
# "up" and "down" give a direction only right before a figure ("up 3%"): "set up 3 offices" is rarer than "up 3%",
# and "up to 3%" is a bound.
_RIGHT_BEFORE = {"up": "rise", "down": "fall"}
_FILLERS = frozenset({"by", "of", "to", "a", "an", "some", "about", "nearly", "almost", "around", "roughly", "de",
                      "um", "von", "en", "une", "un", "than", "more", "less", "over", "only", "just"})
_WORD = patterns.compile(r"[\w'’]+|[,;:.!?()\[\]]")
_CLAUSE_END = frozenset(",;:.!?()[]") | {"while", "whereas", "but", "and", "tandis", "alors", "während", "aber"}


def _direction_of(word: str) -> str | None:
    folded = word.casefold()
    return "rise" if folded in _RISE else "fall" if folded in _FALL else None


def directions(text: str, language: str = "", prose: bool = False) -> list[tuple[int, str, object, str]]:
    """Return where text gives each quantity of its figures (with the figure as written) and how: "rise", "fall" or "none" (given as no change;
    a starting level, "from $4 billion", and years are left out)."""
    found = []
    quoted = quoted_parts(text)
    mentions = find_mentions(text, language, prose=True) if prose else mentions_in(text, language)
    for mention in mentions:
        if mention.kind != "figure" or _a_year(mention) or any(s <= mention.start < e for s, e in quoted):
            continue
        way = _way_given(text, mention)
        if way != "from":
            found += [(mention.start, mention.text, quantity, way or "none") for quantity in mention.quantities]
    return found


def _a_year(mention: Mention) -> bool:
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", mention.text))


def _way_given(text: str, mention: Mention) -> str | None:
    """Return how text gives a figure: "rise", "fall", "from" (a starting level) or None."""
    before = _WORD.findall(text[max(0, mention.start - 80):mention.start])
    after = _WORD.findall(text[mention.end:mention.end + 30])
    if after and (way := _direction_of(after[0])):
        return way
    if before and before[-1].casefold() == "from":
        return "from"
    if before and before[-1].casefold() in _RIGHT_BEFORE:
        return _RIGHT_BEFORE[before[-1].casefold()]
    if len(before) >= 2 and before[-1].casefold() == "by" and before[-2].casefold() in _RIGHT_BEFORE:
        return _RIGHT_BEFORE[before[-2].casefold()]
    between = 0
    for word in reversed(before):
        if word.casefold() in _CLAUSE_END:
            return None
        if way := _direction_of(word):
            return way
        between += word.casefold() not in _FILLERS
        if between > 3:
            return None
    return None


def turned_directions(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each figure text gives as a rise (or a fall) that every passage it cites giving it gives
    only the other way: "grew 2.4%" citing "fell 2.4%"."""
    if not any(_direction_of(word) or word.casefold() in _RIGHT_BEFORE for word in _WORD.findall(text)):
        return []
    spoken = MARKER.sub(lambda m: " " * len(m.group()), text)
    theirs: dict = {}
    for passage in passages:
        for _, _, quantity, way in directions(passage.text, passage.language):
            theirs.setdefault(quantity, set()).add(way)
    findings = []
    for at, figure, quantity, way in directions(spoken, language, prose=True):
        other = {"rise": "fall", "fall": "rise"}.get(way)
        if other and theirs.get(quantity) == {other}:
            findings.append(_finding(text, offset + at, figure, way, other))
    return findings


def _finding(text: str, offset: int, figure: str, way: str, other: str) -> Finding:
    flat = " ".join(MARKER.sub("", text).split())
    shown = flat if len(flat) <= 160 else flat[:159] + "…"
    return Finding(offset, f"figure \"{figure}\" is given as a {way}, but the passages this cites give it as a {other}: "
                           f"\"{shown}\"",
                   f"give the change the way the source does (a {other}), or cite the passage that gives it as a {way}")
