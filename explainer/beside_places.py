"""A place kept beside itself: "The fighting took place in the capital" may not cite "The fighting took place near the
capital".

A passage puts something beside a place: "near", "outside", "close to", "north of" (any point of the compass), "on the
outskirts of", "on the edge of", "in the vicinity of", "20 km from"; the place is a name ("near Kabul") or a noun
after "the" ("near the capital"). A sentence moving it into that place ("in", "inside", "within", "into"; "in central
Kabul") is refused where its clause shares a word of four letters or more with the passage's, and no passage puts
anything in that place itself ("in the capital", "at Kabul airport" back "in the capital", "in Kabul"). The outskirts
and edges of a place are part of it: for them only its centre is refused ("in the heart of Islamabad" citing "on the
outskirts of Islamabad"; "in Islamabad" builds; "central" for "outskirts" is opposites.py's to name). A sentence
keeping the passage's preposition, words in quotation marks and negated places ("not in the capital") are not read.
English text is read; places.py reads a place named where the passages name another.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked
from .wordset import may_hold

_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_BESIDE = (rf"near|nearby|outside|just\s+outside|close\s+to|on\s+the\s+(?:outskirts|edges?|fringes?)\s+of"
           rf"|in\s+the\s+(?:suburbs|outskirts)\s+of|(?:outskirts|suburbs)\s+of"
           rf"|in\s+the\s+vicinity\s+of|{_COMPASS}\s+of|\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:from"
           rf"|{_COMPASS}\s+of)")
_NAME = r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*"
# "near Kabul", "outside the capital", "north of the city of Kandahar"
_BESIDE_PLACE = patterns.compile(rf"(?<![\w-])(?P<beside>(?i:{_BESIDE}))\s+(?P<place>(?:(?i:the)\s+(?:(?:city|town)\s+of\s+)?)?"
                                 rf"(?:{_NAME})|(?i:the)\s+[a-z]+)(?![\w'’-])")
# The words one of which each of _BESIDE holds, looked up in the passage's words (read once for every check)
_BESIDE_HOLDS = frozenset({"near", "nearby", "outside", "close", "outskirts", "edge", "edges", "fringe", "fringes", "suburbs",
                           "vicinity", "km", "kilometres", "kilometers", "miles"}
                          | {f"{first}{second}{ending}" for first in ("north", "south", "east", "west")
                             for second in ("", "east", "west") for ending in ("", "ern")})
_EDGE = patterns.compile(r"(?:(?:on|in)\s+the\s+)?(?:outskirts|edges?|fringes?|suburbs)", re.IGNORECASE)
_INTO = r"in|inside|within|into|at|across|throughout"
_CENTRE = r"central|downtown|(?:centre|center|heart)\s+of"  # after "the": "in the heart of the capital"
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "near", "nearby", "outside", "close", "outskirts", "edge", "suburbs",
                          "fringes", "vicinity", "north", "south", "east", "west", "inside", "within", "central",
                          "city", "town"})


class Beside(NamedTuple):
    """A place a passage puts something beside: the preposition and place as written, the place's key words, the
    words of the passage's clause, and whether it is the place's edge (only its centre is elsewhere)."""

    shown: str
    place: str
    words: frozenset[str]
    edge: bool


def moved_into(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text puts in a place what its cited passages put only beside it ("near", "outside")."""
    if not in_english(language) or not passages:
        return []
    beside = [found for passage in passages for found in _beside(passage.text)]
    if not beside:
        return []  # most passages put nothing beside a place (read once each): found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    for found in beside:
        into = _put(_PUT_IN, spoken, found.place, found.edge)
        if (into is None or inside(quoted, into.start())
                or _NEGATED_BEFORE.search(spoken, max(0, into.start() - 24), into.start())
                or _put(_PUT_BESIDE, spoken, found.place) or not (found.words & words)):
            continue
        if found.edge and into["centre"].casefold().startswith("central"):
            continue  # "central" for "outskirts" is opposites.py's to name
        if any(_put(_PUT_IN, passage.text, found.place) for passage in passages):
            continue  # a passage puts something in that place itself
        return [Finding(offset, f"this sentence puts in {found.place} what its cited passages put only "
                                f"'{found.shown}': {clipped(text)}",
                        f"keep the source's preposition ('{found.shown}'), or cite a passage that puts it there")]
    return []


def places_beside(text: str) -> tuple[Beside, ...]:
    """Return the places a passage puts something beside ("near the capital", "on the outskirts of the capital")."""
    return _beside(text)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _beside(text: str) -> tuple[Beside, ...]:
    """Return the places a passage puts something beside, with the words of their clauses."""
    if not may_hold(text, _BESIDE_HOLDS):
        return ()
    found = []
    for match in _BESIDE_PLACE.finditer(text):
        place = " ".join(match["place"].split())
        clause = _clause_of(text, match.start())
        found.append(Beside(" ".join(match.group().split()), place,
                            content_words(clause, _NOT_CONTENT | content_words(place, frozenset())),
                            _EDGE.match(match["beside"]) is not None))
    return tuple(found)


def _core(place: str) -> str:
    """Return a place's words that say which it is: "capital" of "the capital", "Kandahar" of "the city of Kandahar"."""
    return re.sub(r"^(?:the\s+)?(?:(?:city|town)\s+of\s+)?", "", place, flags=re.IGNORECASE)


# Where a sentence or passage puts something in a place, or beside it: what follows is compared with the place
_PUT_IN = patterns.compile(rf"(?<![\w-])(?:{_INTO})\s+(?:the\s+)?(?P<centre>(?:{_CENTRE})\s+(?:the\s+)?)?(?:greater\s+)?"
                           r"(?:(?:city|town)\s+of\s+)?", re.IGNORECASE)
_PUT_BESIDE = patterns.compile(rf"(?<![\w-])(?:{_BESIDE})\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.IGNORECASE)
_AFTER_PLACE = frozenset("'’-_")


def _put(pattern: re.Pattern, text: str, place: str, centre: bool = False) -> re.Match | None:
    """Return where `pattern` puts something in (or beside) `place` in text, in its centre where `centre`; or None.
    One pattern for every place: a pattern made for each cost a compilation a place (0.5 s of the synthetic check)."""
    core = _core(place).casefold()
    for match in pattern.finditer(text):
        after = text[match.end():match.end() + len(core) + 1]
        if (after[:len(core)].casefold() == core and (len(after) == len(core) or not (after[-1].isalnum()
                                                                                     or after[-1] in _AFTER_PLACE))
                and (not centre or match["centre"])):
            return match
    return None


def _clause_of(text: str, at: int) -> str:
    """Return the passage's sentence around `at` (to its stops and semicolons either side)."""
    start = max(text.rfind(stop, 0, at) for stop in ".;!?") + 1
    ends = [end for end in (text.find(stop, at) for stop in ".;!?") if end >= 0]
    return text[start:min(ends, default=len(text))]
