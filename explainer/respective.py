"""Figures swapped across a list: "Alpha and Beta rose 5% and 3%" gives Alpha 5% and Beta 3%.

A passage pairs names with figures where a list of names ("Alpha and Beta", "Alpha, Beta and Gamma"; "et", "und",
"y") is followed in its clause by a list of as many figures, each a measure (a per cent, a currency, a scale: "5% and
3%", "$5m and $3m") or any figures the passage says are "respectively" ("58 and 274 soldiers respectively";
"respectivement", "beziehungsweise", "jeweils", "respectivamente"), and where a list gives each name its figure by a
possessive ("Alpha's 5% and Beta's 3%", "Alpha's shares rose 5% and Beta's rose 3%"). A sentence pairs them the same
way, or by a name
followed in its clause by a figure ("Alpha rose 3% and Beta rose 5%"; not where a figure stands before the names, "5%
at Alpha and 3% at Beta"). It is refused where it gives a name a figure that its passages give another name of the
list while giving this one another figure: "Alpha rose 3%" citing "Alpha and Beta rose 5% and 3%".
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import numbers, patterns
from .attribution import Cited, Finding, clipped
from .sentences import folded_word

_AND = r"(?:and|et|und|y)"
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_NAMES = rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+{_AND}\s+{_NAME})"
_SCALE = (r"%|per\s?cent|percent|pc|Prozent|por\s+ciento|bn|m|billion|million|milliards?|millions?|Mrd|Mio")
# a figure in digits or in words ("forty", "two million"), as numbers.py reads a count in words
_NUMBER = rf"\d+(?:[.,]\d+)*|{numbers.COUNT_IN_WORDS}"
_MEASURE = (rf"(?:[$€£¥]\s?)?(?:{_NUMBER})(?:\s?(?:{_SCALE})(?!\w)"
            r"|(?=\s*(?:[$€£¥]|euros?|dollars?|dólares)))?")
_FIGURES = rf"(?P<figures>{_MEASURE}(?:\s*,\s*{_MEASURE})*\s*,?\s+{_AND}\s+(?:un\s+)?{_MEASURE})"  # "un 5 % y un 3 %"
_LIST = patterns.compile(rf"(?<![\w'’-]){_NAMES}(?P<between>[^.;:!?\d]{{1,80}}?){_FIGURES}(?P<after>[^.;!?]{{0,40}})")
# Names each given its own figure by a possessive: "Alpha's 5% and Beta's 3%", "Alpha's shares rose 5% and Beta's rose
# 3%" (up to three small words between a name and its figure).
_OWNED = rf"{_NAME}['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}{_MEASURE}"
_OWNED_LIST = patterns.compile(rf"(?<![\w'’-]){_OWNED}(?:\s*,\s*{_OWNED})*\s*,?\s+{_AND}\s+{_OWNED}")
_OWNED_PAIR = patterns.compile(rf"(?P<name>{_NAME})['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<figure>{_MEASURE})")
_FIGURE = patterns.compile(_NUMBER)
_A_MEASURE = patterns.compile(
    r"[$€£¥%]|per\s?cent|percent|pc|Prozent|ciento|bn|m$|billion|million|milliard|Mrd|Mio", re.IGNORECASE)
_RESPECTIVELY = patterns.compile(
    r"(?<!\w)(?:respectively|respectivement|beziehungsweise|jeweils|respectivamente)(?!\w)", re.IGNORECASE)
# a figure and a joining word between spaces, with no "." or ";" between: looked for piece by piece, not as one lazy
# pattern, which read on from each figure to the next "." or ";" (a passage of 20,000 figures, 6 s a sentence citing it)
_STOPS = patterns.compile(r"[.;]")
_JOINING = patterns.compile(rf"(?<=\s){_AND}(?=\s)")
_DIGIT = patterns.compile(r"\d")
_IN_WORDS = patterns.compile(numbers.COUNT_IN_WORDS)
_TOKEN = patterns.compile(rf"{_NUMBER}|[A-Z][\w'’-]*|[.;]")
_SPLIT_NAMES = patterns.compile(rf"\s*,\s*(?:{_AND}\s+)?|\s+{_AND}\s+(?:un\s+)?")
_MOST = 16  # lists a text is read for


class Paired(NamedTuple):
    """A name given a figure by a list: the name's key (its last word, folded), the figure as written, the list."""

    name: str
    figure: str  # its digits, ungrouped (words too: "forty" is "40")
    written: str  # as written: "3%"
    shown: str


@functools.lru_cache(maxsize=1 << 12)  # a passage is asked about by every sentence citing it
def _may_list(text: str) -> bool:
    """Say whether text holds a figure and a joining word, in either order, between one "." or ";" and the next, in
    time that grows with its length. (The joining word and the spaces around it are no figure: any figure of the
    piece stands before or after the first of them.)"""
    spelled = numbers.may_count(text)  # a figure in words, in the text at all: looked up once, not piece by piece
    return any(_JOINING.search(piece) and (_DIGIT.search(piece) or (spelled and _IN_WORDS.search(piece)))
               for piece in _STOPS.split(text))


def swapped_figures(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a name of a passage's list a figure the list gives another of its names,
    and this one another figure ("Alpha rose 3%" citing "Alpha and Beta rose 5% and 3%")."""
    theirs = [pair for passage in passages if _may_list(passage.text) for pair in _lists(passage.text)]
    if not theirs:
        return []  # most passages pair no list of names with one of figures: found without reading the sentence
    for name, figure in _pairs(text, frozenset(pair.name for pair in theirs)):
        own = [pair for pair in theirs if pair.name == name]
        if not own or any(pair.figure == figure for pair in own):
            continue
        other = next((pair for pair in theirs if pair.figure == figure and pair.name != name), None)
        if other is not None:
            return [Finding(offset, f"this sentence gives {name.title()} {other.written} where its cited passages "
                                    f"give {name.title()} {own[0].written} and {other.name.title()} {other.written} "
                                    f"('{other.shown}'): {clipped(text)}",
                            "give each the figure the source gives it, or cite the passage that gives this one")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _lists(text: str) -> tuple[Paired, ...]:
    """Return the names a passage's lists pair with figures, one by one."""
    found = []
    for match in _LIST.finditer(text):
        if len(found) >= _MOST:
            break
        names = [name for name in _SPLIT_NAMES.split(match["names"]) if name]
        figures = [figure for figure in _SPLIT_NAMES.split(match["figures"]) if figure]
        measured = all(_A_MEASURE.search(figure) for figure in figures)
        if len(names) != len(figures) or not (measured or _RESPECTIVELY.search(match["after"])):
            continue
        shown = " ".join(match.group().split())
        found.extend(Paired(_key(name), _figure(figure), " ".join(figure.split()), shown)
                     for name, figure in zip(names, figures))
    for match in _OWNED_LIST.finditer(text):
        pairs = [(pair["name"], pair["figure"]) for pair in _OWNED_PAIR.finditer(match.group())]
        if len(found) < _MOST and all(_A_MEASURE.search(figure) for _, figure in pairs):
            shown = " ".join(match.group().split())
            found.extend(Paired(_key(name), _figure(figure), " ".join(figure.split()), shown)
                         for name, figure in pairs)
    return tuple(found)


def _pairs(text: str, names: frozenset[str]) -> list[tuple[str, str]]:
    """Return the (name, figure) pairs a sentence gives: by a list, as a passage does, or by a name of `names`
    followed in its clause by a figure."""
    pairs = [(pair.name, pair.figure) for pair in _lists(text)]
    rest = _OWNED_LIST.sub(" ; ", _LIST.sub(" ; ", text))
    current, named = None, False
    for token in _TOKEN.findall(rest):
        if token in ".;":
            current = None
        elif _FIGURE.fullmatch(token):
            if not numbers.count_written(token):
                continue  # "One" counts nothing: read neither as a figure nor as a name
            if not named:
                break  # "5% at Alpha and 3% at Beta": a figure before its name, not read
            if current is not None:
                pairs.append((current, _figure(token)))
            current = None
        elif _key(token) in names:
            current, named = _key(token), True
    return pairs


def _figure(written: str) -> str:
    """Return the figure a measure gives as compared: its digits, ungrouped ("Forty" and "40" are "40")."""
    return numbers.count_written(_FIGURE.search(written).group())


def _key(name: str) -> str:
    """Return a name's key: its last word, folded, past a possessive ("Beta's" is "beta")."""
    return folded_word(re.sub(r"['’]s$", "", name.split()[-1]))
