"""A place struck kept beside itself: "Northland struck the capital" may not cite "Northland struck targets on the
outskirts of the capital".

beside_places.py reads a place a sentence puts something in ("in the capital"); a deed whose object is the place
itself ("struck the capital", "shelled Kabul", "entered the city") widened a passage's place beside it ("near",
"outside", "north of", "on the outskirts of", "in the suburbs of") to the whole, with no preposition to read. A
sentence whose verb of striking or taking ("struck", "hit", "shelled", "bombed", "attacked", "entered", "captured",
...) has the place as its object is refused where a cited passage puts the sentence's clause (a word of four
letters or more shared) only beside that place, and no passage has the deed reach the place itself. A place's
outskirts, suburbs and edges are reached by arriving ("reached the capital" builds citing "reached the outskirts of
the capital"), but not its centre ("reached the centre of the capital" is refused). The place's own parts ("struck
the capital's outskirts") and words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .beside_places import places_beside
from .clauses import content_words
from .sentences import inside, markers_blanked

_ARRIVING = r"reached|reaches|reaching|arrived\s+at|got\s+to"
_VERBS = (r"struck|strikes|hit|hits|shelled|shells|bombed|bombs|bombarded|pounded|attacked|attacks|raided|stormed"
          r"|targeted|entered|enters|captured|captures|seized|seizes|took|overran|occupied|" + _ARRIVING)
# A verb and its object, the place's centre named or not ("struck the capital", "reached the heart of the capital")
_DEED_ON = patterns.compile(rf"(?<![\w-])(?P<verb>{_VERBS})\s+(?:the\s+)?(?P<centre>(?:centre|center|heart|middle"
                            r"|downtown)\s+(?:of\s+)?(?:the\s+)?)?(?:(?:city|town)\s+of\s+)?", re.IGNORECASE)
_ARRIVAL = patterns.compile(_ARRIVING, re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "near", "outside", "outskirts", "edge", "suburbs", "north",
                          "south", "east", "west", "centre", "center", "heart", "middle", "city", "town"})
_AFTER_PLACE = "'’-_"


def struck_whole(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text strikes or takes a place itself that its cited passages put the deed only beside."""
    if not in_english(language) or not passages:
        return []
    beside = [found for passage in passages for found in places_beside(passage.text)]
    if not beside:
        return []  # most passages put nothing beside a place (read once each): found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    for found in beside:
        deed = _deed_on(spoken, found.place)
        if deed is None or inside(quoted, deed.start()) or not (found.words & words):
            continue
        if found.edge and _ARRIVAL.fullmatch(deed["verb"]) and not deed["centre"]:
            continue  # arriving at a place's outskirts is reaching it
        if any(_deed_on(passage.text, found.place, centre=bool(deed["centre"])) for passage in passages):
            continue  # a passage has a deed reach the place itself
        shown = " ".join(spoken[deed.start():deed.end() + len(_core(found.place))].split())
        return [Finding(offset, f"this sentence has '{shown}' where its cited passages put it only "
                                f"'{found.shown}': {clipped(text)}",
                        f"keep the source's preposition ('{found.shown}'), or cite a passage that says the place "
                        f"itself was reached")]
    return []


def _core(place: str) -> str:
    """Return a place's words that say which it is: "capital" of "the capital"."""
    return re.sub(r"^(?:the\s+)?(?:(?:city|town)\s+of\s+)?", "", place, flags=re.IGNORECASE)


def _deed_on(text: str, place: str, centre: bool = False) -> re.Match | None:
    """Return where a verb of text has `place` as its object (its centre, where `centre`), or None."""
    core = _core(place).casefold()
    for match in _DEED_ON.finditer(text):
        after = text[match.end():match.end() + len(core) + 1]
        if (after[:len(core)].casefold() == core
                and (len(after) == len(core) or not (after[-1].isalnum() or after[-1] in _AFTER_PLACE))
                and (not centre or match["centre"])):
            return match
    return None
