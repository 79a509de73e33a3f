"""A change told its own way: "The evacuation zone was widened to 3 kilometres" may not cite "narrowed the evacuation
zone around the plant to 3 kilometres" (start_levels.py reads "from 5 kilometres to 2 kilometres" of "from 2 ... to 5").

A verb that makes something larger ("widened", "extended", "expanded", "enlarged", "raised", "increased",
"lengthened") or smaller ("narrowed", "reduced", "shrank", "shortened", "lowered", "cut", "decreased", "scaled back")
before "to X" in its clause is refused where a passage's verb of the other way has "to X" in its clause, the two
sentences share a word of four letters or more ("zone", "ban"), and no cited passage tells the change to X the
sentence's way (direction.py reads a rise or fall only three words before its figure; here the thing changed may stand
between). Words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, split_sentences

_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_LARGER = ("widened|widens|widen|extended|extends|expanded|expands|expand|enlarged|enlarges|raised|raises|increased"
           "|increases|lengthened|lengthens|broadened|broadens")
_SMALLER = ("narrowed|narrows|reduced|reduces|reduce|shrank|shrunk|shrinks|shortened|shortens|lowered|lowers|cut"
            "|cuts|decreased|decreases|scaled\\s+back|scaled\\s+down|trimmed|trims|curtailed")
# the verb, then its object and places ("the evacuation zone around the plant"), then the level it reached; not "up
# to", a bound, and no sentence's end between
_WAY_TO = patterns.compile(
    rf"(?<![\w-])(?:(?P<larger>{_LARGER})|(?P<smaller>{_SMALLER}))(?![\w-])(?P<between>(?:[^.;:!?]|\.(?=\d)){{0,100}}?)"
    rf"(?<!\bup)\s+to\s+[$£€]?(?P<level>{_FIGURE})(?![\d,])", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "after", "before", "when", "while", "over"})
_WORDS = frozenset(word for verbs in (_LARGER, _SMALLER) for word in verbs.replace("\\s+", "|").split("|"))


def changes_reversed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a change the other way round from a cited passage's telling of it."""
    if not in_english(language) or " to " not in text or not any(char.isdigit() for char in text):
        return []  # most sentences tell no change to a level
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    words = _named(spoken)
    return _turned(spoken, quoted, words, passages, offset, text)


def _turned(spoken: str, quoted: list, words: frozenset[str], passages: list[Cited], offset: int,
            text: str) -> list[Finding]:
    """Return a finding when text's verb of one way before "to X" is a passage's verb of the other way before it."""
    for match in _WAY_TO.finditer(spoken):
        if inside(quoted, match.start()):
            continue
        way, level = bool(match["larger"]), _plain(match["level"])
        ways = [told for passage in passages for told in _ways(passage.text) if told[1] == level]
        if any(told[0] == way for told in ways):
            continue
        theirs = next((told for told in ways if words & told[3]), None)
        if theirs:
            verb = match["larger"] or match["smaller"]
            return [Finding(offset, f"this sentence tells as {'larger' if way else 'smaller'} ('{verb} ... to "
                                    f"{match['level']}') what its cited passages tell as made "
                                    f"{'smaller' if way else 'larger'} ('{theirs[2]}'): {clipped(text)}",
                            "give the change the way the source does")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _ways(text: str) -> tuple[tuple[bool, str, str, frozenset[str]], ...]:
    """Return each change of a passage told by a verb before "to X": larger or not, X, its words as written, and its
    sentence's content words."""
    if " to " not in text:
        return ()
    return tuple((bool(match["larger"]), _plain(match["level"]), " ".join(match.group().split()),
                  _named(sentence.text))
                 for sentence in split_sentences(text, "en") for match in _WAY_TO.finditer(sentence.text))


def _named(text: str) -> frozenset[str]:
    """Return the words of text naming what changed: of four letters or more, no figures, no verbs of change."""
    return frozenset(word for word in content_words(text, _NOT_CONTENT | _WORDS) if not word[0].isdigit())


def _plain(figure: str) -> str:
    """Return a figure as compared: without thousands separators."""
    return figure.replace(",", "")
