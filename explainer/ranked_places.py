"""Ends of a ranking swapped between places: "The highest turnout was in Canal Wharf ward" may not cite "The highest
turnout was in Abbeyfield ward, at 53.8%. The lowest was in Canal Wharf ward".

A passage's sentence with one superlative ("highest", "lowest", "largest", "smallest", "biggest", "fewest"; not
"most" nor "least", which say "most voters" and "at least") and one place after "in" or "at" (its capitalised words:
"Canal Wharf") ranks that place. A sentence with one superlative and one of those places is refused where the passages
rank that place only by another superlative and give the sentence's superlative to another place. A sentence with both
ends ("the highest in Abbeyfield, the lowest in Canal Wharf") or naming no ranked place is not read. English text is
read; words in quotation marks are not (tests/test_factcheck_177.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_SUPERLATIVE = patterns.compile(r"(?<![\w-])(?:highest|lowest|largest|smallest|biggest|fewest)(?![\w-])",
                                re.IGNORECASE)
_PLACE = patterns.compile(r"(?<![\w-])(?:in|at)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_SENTENCE_END = patterns.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_SAME = {"biggest": "largest"}


def ranking_ends_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text ranks a place by a superlative its passages give another place."""
    if not in_english(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    kinds = {_kind(word) for word in _SUPERLATIVE.findall(spoken)}
    if len(kinds) != 1:
        return []
    ranked = [pair for passage in passages for pair in _ranked(passage.text)]
    told = next(iter(kinds))
    places = {place for _, place in ranked if re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", spoken)}
    if len(places) != 1:
        return []
    place = next(iter(places))
    if (told, place) in ranked:
        return []
    theirs = next((kind for kind, other in ranked if other == place), None)
    given = next((other for kind, other in ranked if kind == told and other != place), None)
    if theirs is None or given is None:
        return []
    return [Finding(offset, f"this sentence gives '{told}' to {place}, but its cited passages give '{told}' to "
                            f"{given} and '{theirs}' to {place}: {clipped(text)}",
                    "keep each place at the end of the ranking the source gives it, or cite a passage that says this")]


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _ranked(text: str) -> tuple[tuple[str, str], ...]:
    """Return each (superlative, place) a passage's sentences rank, one of each in a sentence."""
    found = []
    for sentence in _SENTENCE_END.split(text):
        kinds = {_kind(word) for word in _SUPERLATIVE.findall(sentence)}
        places = {match["place"] for match in _PLACE.finditer(sentence)}
        if len(kinds) == 1 and len(places) == 1:
            found.append((next(iter(kinds)), next(iter(places))))
    return tuple(found)


def _kind(word: str) -> str:
    """Return a superlative's word, "biggest" read as "largest"."""
    return _SAME.get(word.lower(), word.lower())
