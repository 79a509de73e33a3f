"""A figure kept at its place: "The union said 600 jobs could be lost at the stores" may not cite "up to 2,500 jobs
could be lost across the merged company, including 600 at the head offices".

Where a cited passage ties a figure to a place right after it ("600 at the head offices": the figure, at most three
words, then "at the" or "across the"; French "à la", "au", "aux"; not "in", which as often gives a measure's part, "45
percent in the face value") and nowhere ties it to another, a sentence tying the same figure
to a place sharing no word of four letters or more with it, whose words the passage names elsewhere ("the stores"), has
moved the figure within the passage, and is refused (tests/test_factcheck_139.py). A time ("in the first half") is no
place; words in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .locale import base_language
from .multiples_german import german_multiple_unbacked
from .sentences import markers_blanked

# "at" and "across", not "in": "a cut of 45 percent in the bonds' face value" gives a measure's part, no place
_AT = {
    "en": r"(?:at|across)\s+the",
    "fr": r"(?:à\s+la|à\s+l['’]|au|aux)",
}
_TIME = frozenset({"first", "second", "third", "last", "next", "past", "year", "years", "month", "months", "week",
                   "weeks", "half", "quarter", "morning", "evening", "night", "start", "beginning", "same", "time",
                   "period", "decade", "wake", "course", "case", "event", "meantime", "process", "end", "middle"})


def _tied(language: str, reach: int, at: str = "") -> re.Pattern:
    """Return the pattern of a figure tied to a place (after `at`, by default the language's) within `reach` words
    after it."""
    at = at or _AT[language]
    return patterns.compile(
        rf"(?<![\w.,])(?P<figure>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\w,.]\d|\w)(?:\s+[^\W\d_][\w'’-]*){{0,{reach}}}?\s+{at}"
        rf"\s+(?P<place>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)", re.IGNORECASE)


# A sentence's "in the" moves a figure as its "at the" does: "600 jobs could be lost in the stores" of "600 at the head
# offices" built (factcheck_144); only the passage's tie, read as above, must be "at" or "across"
_AT_OWN = {
    "en": r"(?:at|across|in|within)\s+the",
    "fr": r"(?:à\s+la|à\s+l['’]|au|aux|dans\s+(?:les?|la|l['’]))",
}
_OWN = {language: _tied(language, 6, _AT_OWN[language]) for language in _AT}
_SOURCE = {language: _tied(language, 3) for language in _AT}


def figure_moved_to_place(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text ties a figure to a place its cited passage names, where the passage ties the
    figure to another place."""
    read = base_language(language or "en")
    if read == "de":  # a figure in German words ("dreimal so hoch"), read by the check cite.py runs for places
        return german_multiple_unbacked(text, passages, offset, language)
    if read not in _AT or not any(character.isdigit() for character in text):
        return []
    for match in _OWN[read].finditer(unquoted(markers_blanked(text))):
        figure, place = match.group("figure").replace(",", ""), _words(match.group("place"))
        if not place:
            continue
        for passage in passages:
            places = _places(passage.text, read).get(figure, ())
            named = _named(passage.text)
            if places and not any(one & place for one in places) and place <= named:
                return [Finding(offset, f"this sentence puts {match.group('figure')} at the {match.group('place')} "
                                        f"where its cited passage puts it at the "
                                        f"{' '.join(sorted(places[0]))}: {clipped(text)}",
                                "keep the figure at the place the source gives, or cite the passage that says this")]
    return []


@functools.lru_cache(maxsize=1 << 10)  # read once per passage, whatever the sentence's figures
def _places(text: str, language: str) -> dict[str, tuple[frozenset[str], ...]]:
    """Return, for each figure of text tied to a place right after it, the words of each such place."""
    found: dict[str, list[frozenset[str]]] = {}
    for tied in _SOURCE[language].finditer(text):
        if words := _words(tied.group("place")):
            found.setdefault(tied.group("figure").replace(",", ""), []).append(words)
    return {figure: tuple(places) for figure, places in found.items()}


@functools.lru_cache(maxsize=1 << 10)
def _named(text: str) -> frozenset[str]:
    """Return the words a passage names, as _words reads them."""
    return _words(text)


def _words(text: str) -> frozenset[str]:
    """Return the words of four letters or more of text that are no time, folded, a plural as its singular."""
    return frozenset(word.rstrip("s") for word in re.findall(r"[^\W\d_]{4,}", text.casefold()) if word not in _TIME)
