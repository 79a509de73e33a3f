"""Figures kept to the part they count: a figure a passage gives for a part of another may not be told as the whole.

"The operator employs 14,000 people" citing "The operator employs 21,000 people, of whom 14,000 are union members"
keeps every figure of its passage and gives the members' count to the whole staff. A passage gives a figure for a
part where, in one of its sentences, the figure follows another figure and a word that takes a part of it ("of
whom", "of which", "including", "among them", "among whom", "14,000 of them"; French "dont", "parmi lesquels";
Spanish "de los cuales", "de las cuales", "entre ellos", "incluidos"; German "davon", "darunter"), and the words
after it name the part ("are union members": union, members, each its first five letters); each figure of a list of
parts going on after a comma or "and" is a part too ("of whom 560,000 are in the army, 70,000 in the air force and
30,000 in the navy", tests/test_factcheck_156.py). A sentence is refused
where it gives that figure, names none of the part's words, and no cited passage gives the figure but for the part;
"14,000 of its 21,000 staff are members" names the part and builds (tests/test_factcheck_153.py). part_figures.py
reads a part after "and ... in" ("and 8% in the capital"). Words in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .numbers import Quantity, mentions_in
from .sentences import inside, markers_blanked
from .wordset import has_digit

# a word taking a part of the figure before it, right before the part's figure (a few words of hedge between)
_PART_OF = patterns.compile(
    r"(?<!\w)(?:of\s+(?:whom|which)|including|includ(?:es|ed)|among\s+(?:them|whom|which|those)|dont|parmi\s+(?:eux"
    r"|elles|lesquel(?:le)?s)|y\s+compris|de\s+(?:los|las)\s+cuales|de\s+(?:ellos|ellas)|entre\s+(?:ellos|ellas|los"
    r"\s+que)|incluid[oa]s|davon|darunter)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least"
    r"|environ|près\s+de|plus\s+de|unos|unas|casi|más\s+de|etwa|rund|fast|über|mehr\s+als)\s+)?$", re.IGNORECASE)
# the next of a list of parts, right after a comma or a joining word ("70,000 in the air force and 30,000")
_LIST_GOES_ON = patterns.compile(r"(?:,|\s(?:and|et|y|und|sowie))\s+(?:(?:about|around|some|nearly|almost|over"
                                 r"|environ|près\s+de|unos|unas|casi|etwa|rund|fast|über)\s+)?$", re.IGNORECASE)
# where the words naming a part end: a stop, a comma, or the next part's joining word
_TAIL_END = patterns.compile(r"[,;:.!?()]|\s(?:and|et|y|und|sowie)\s")
# a part told after its figure: "14,000 of them", "14 000 d'entre eux"
_OF_THEM = patterns.compile(r"\s+(?:of\s+them|of\s+those|d['’]entre\s+(?:eux|elles))(?!\w)", re.IGNORECASE)
_STOP = patterns.compile(r"[;!?]|\.(?!\d)")
_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
# words after a part's figure that do not name it: verbs of being or having, small words
_NOT_NAMING = frozenset("are were is was be been being have has had who which that the a an of in at on to for and or "
                        "with belong belongs belonged sont est ont étaient sind waren ist war son eran están estaban es "
                        "fue fueron les la le des de du en et y los las el del al un une una die der das den dem des "
                        "und mit von zu im".split())
_AS_MANY = 4  # words after a part's figure read as its name
_STEM = 5


class Part(NamedTuple):
    """A figure a passage gives for a part of another: its quantities, the part's words, and the two as written."""

    quantities: frozenset[Quantity]
    words: frozenset[str]
    shown: str


def part_told_as_whole(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a figure every cited passage giving it gives for a part of another figure
    ("21,000 people, of whom 14,000 are union members") and names none of that part."""
    if not has_digit(text):
        return []
    parts = [part for passage in passages for part in _parts(passage.text, passage.language or language)]
    if not parts:
        return []  # most passages take no part of a figure: found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    named = frozenset(_stem(word) for word in _WORD.findall(spoken))
    for mention in mentions_in(spoken, language):
        if mention.kind != "figure" or inside(quoted, mention.start):
            continue
        own = [part for part in parts if part.quantities & set(mention.quantities)]
        if not own or any(part.words & named for part in own):
            continue
        if any(_given_otherwise(passage.text, passage.language or language, frozenset(mention.quantities))
               for passage in passages):
            continue  # a passage gives the figure for a whole too
        return [Finding(offset + mention.start, f"this sentence gives {mention.text} as a whole where its cited "
                                                f"passages give it only for a part ('{own[0].shown}'): {clipped(text)}",
                        "name the part the source counts by this figure, or give the whole's own figure")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _scoped(text: str, language: str) -> tuple[tuple[int, Part], ...]:
    """Return each figure text gives for a part of the figure before it, with where it starts."""
    figures = [mention for mention in mentions_in(text, language) if mention.kind == "figure"]
    found, whole = [], None
    for before, part in zip(figures, figures[1:]):
        between = text[before.end:part.start]
        if len(between) > 80 or _STOP.search(between):
            whole = None
            continue  # the part's figure stands in the whole's sentence, near it
        # a list of parts goes on: "of whom 560,000 are in the army, 70,000 in the air force and 30,000 in the
        # navy" takes each of them from the whole (factcheck_156)
        if whole is None or not _LIST_GOES_ON.search(between):
            whole = before if _PART_OF.search(between) or _OF_THEM.match(text, part.end) else None
        if whole is None:
            continue
        tail = _TAIL_END.split(text[part.end:part.end + 80], maxsplit=1)[0]
        words = _part_words(tail)
        if words:
            shown = " ".join(text[whole.start:part.end + len(tail)].split())
            found.append((part.start, Part(frozenset(part.quantities), words, shown)))
    return tuple(found)


def _parts(text: str, language: str) -> tuple[Part, ...]:
    """Return the figures text gives for a part of another."""
    return tuple(part for _, part in _scoped(text, language)) if has_digit(text) else ()


def _part_words(tail: str) -> frozenset[str]:
    """Return the words naming a part, read after its figure to a stop or a comma (each its first five letters)."""
    tail = _OF_THEM.sub(" ", tail)
    words = [word.casefold() for word in _WORD.findall(tail)][:_AS_MANY + 2]
    return frozenset(_stem(word) for word in words if word not in _NOT_NAMING)


def _stem(word: str) -> str:
    """Return a word as compared: folded, without a possessive ("the army's" names the army), its first five letters."""
    return re.sub(r"['’]s?$", "", word.casefold())[:_STEM]


def _given_otherwise(text: str, language: str, quantities: frozenset[Quantity]) -> bool:
    """Say whether text gives a figure of these quantities anywhere but for a part."""
    within = {at for at, _ in _scoped(text, language)}
    return any(mention.kind == "figure" and mention.start not in within and quantities & set(mention.quantities)
               for mention in mentions_in(text, language))
