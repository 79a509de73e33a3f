"""A way on the compass kept: a line moved "westwards" may not cite a passage that moves it "eastwards".

"The tribunal adjusted the equidistance line westwards" citing "It adjusted the equidistance line eastwards to take
account of three small Ostravan islands" built (tests/test_factcheck_231.py): no check reads a compass direction, and
every other word stands in the passage.

A sentence's way of a move, "westwards" (or "westward", "further west", "farther west", "due west"), is refused where
no cited passage names that way in any form ("west", "western", "westerly", "north-west"), and a cited passage gives the
opposite way so ("eastwards", "further east", "due east"). Negated clauses ("did not move it westwards"), words in
quotation marks and compound ways ("north-westwards", "northeastward") are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}
_WAY = patterns.compile(r"(?<![\w-])(?:(?P<before>further|farther|due)\s+(?P<plain>north|south|east|west)"
                        r"|(?P<ward>north|south|east|west)wards?)(?![\w-])", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<![\w'’-])(?:not|never|n['’]t|no|nor|neither|cannot|without)\W+(?:[\w'’-]+\W+){0,6}$",
                            re.IGNORECASE)
_CLAUSE_START = patterns.compile(r"[.;:!?]|,\s+(?:but|and|while|whereas)\s")


def _ways(text: str) -> list[tuple[str, str]]:
    """Return each way of a move text gives, with its words ("west", "further west")."""
    return [((match["plain"] or match["ward"]).casefold(), " ".join(match.group().split()))
            for match in _WAY.finditer(text) if not _NEGATED.search(_clause_before(text, match.start()))]


def _clause_before(text: str, at: int) -> str:
    """Return the words of text's clause before `at`."""
    before = text[:at]
    starts = [match.end() for match in _CLAUSE_START.finditer(before)]
    return before[starts[-1] if starts else 0:]


def _names(text: str, way: str) -> bool:
    """Say whether text names a way in any form: "west", "western", "westwards", "north-west", "westerly"."""
    return re.search(rf"(?<![^\W\d_]){way}", text, re.IGNORECASE) is not None


def compass_way_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text moves something one way on the compass where its cited passages name that way
    nowhere and give the opposite way of a move."""
    if not in_english(language) or not passages or not any(
            word in text.casefold() for word in ("north", "south", "east", "west")):
        return []
    for way, told in _ways(unquoted(markers_blanked(text))):
        if any(_names(passage.text, way) for passage in passages):
            continue
        theirs = next((words for passage in passages for other, words in _ways(passage.text)
                       if other == _OPPOSITE[way]), "")
        if theirs:
            return [Finding(offset, f"this sentence says '{told}' where its cited passages say '{theirs}': "
                                    f"{clipped(text)}",
                            "keep the way the source gives, or cite the words that give this one")]
    return []
