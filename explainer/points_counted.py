"""Shares kept as shares: a sentence may not count things with a figure its cited passages give only as a percentage
or in percentage points.

"La diferencia es de 2,1 votos" citing "la diferencia ... es de 208.212 votos, 2,1 puntos porcentuales" (or "a gap of
2.1 votes" citing "208,212 votes, 2.1 percentage points") keeps the number and changes what it measures: 2.1 points of
a share are no 2.1 votes. A sentence's figure followed by a noun ("2,1 votos") is refused where its cited passages
count that noun with figures of their own ("208.212 votos") and give this figure only as a share: followed by "%",
"por ciento", "per cent", "puntos (porcentuales)" or "(percentage) points". English and Spanish are read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .numbers import mentions_in, read_by_language
from .sentences import folded_word, markers_blanked
from .wordset import has_digit

# what follows a figure given as a share: a per cent, or points of one
_SHARE_AFTER = patterns.compile(r"\s*(?:%|por\s+ciento|per\s?cent|percent|(?:percentage[\s-]+)?points?|pts?|pp"
                                r"|p\.\s?p\.|puntos?(?:\s+porcentuales?)?)(?!\w)", re.IGNORECASE)
# the noun a figure counts, right after it ("208.212 votos", "2.1 votes")
_NOUN_AFTER = patterns.compile(r"[ \u00a0\u202f]+(?P<noun>[^\W\d_]{3,})")


def points_as_counts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English or Spanish text, at `offset`, counts a noun with a figure its cited passages
    give only as a share, while counting that noun with other figures."""
    if not _read(language) or not has_digit(text):
        return []
    read = [_read_figures(passage.text, passage.language or language) for passage in passages
            if _read(passage.language or language)]
    shares = frozenset().union(*(shared for shared, _ in read)) - frozenset().union(*(counted for _, counted in read))
    if not shares:
        return []  # most passages give no share, or count with its number too: found without reading the sentence
    spoken = markers_blanked(text)
    nouns = frozenset().union(*(set(counted.values()) for _, counted in read))
    for mention in mentions_in(spoken, language):
        noun = _NOUN_AFTER.match(spoken, mention.end)
        # a figure in digits: "los dos candidatos" counts no share's 2
        value = mention.quantities[0].value if mention.kind == "figure" and len(mention.quantities) == 1 \
            and not mention.quantities[0].unit and has_digit(mention.text) else None
        if value in shares and noun and folded_word(noun["noun"]) in nouns:
            return [Finding(offset + mention.start,
                            f"figure \"{mention.text} {noun['noun']}\" counts {noun['noun']}, where its cited passages "
                            f"give {mention.text} only as a percentage or in percentage points: {clipped(text)}",
                            "give it as the source does (a percentage or points), or cite the passage that counts it")]
    return []


def _read(language: str) -> bool:
    return in_english(language) or language.split("-")[0].lower() == "es"


@read_by_language
@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _read_figures(text: str, language: str) -> tuple[frozenset, dict]:
    """Return the numbers text gives as shares, and the nouns it counts with the others, by number."""
    if "%" not in text and "unt" not in text and "oint" not in text and "cent" not in text:
        return frozenset(), {}
    shares, counted = set(), {}
    for mention in mentions_in(text, language):
        if mention.kind != "figure":
            continue
        if any(quantity.unit in ("%", "percentage point") for quantity in mention.quantities) or _SHARE_AFTER.match(
                text, mention.end):
            shares.update(quantity.value for quantity in mention.quantities)
        elif noun := _NOUN_AFTER.match(text, mention.end):
            counted.update((quantity.value, folded_word(noun["noun"])) for quantity in mention.quantities)
    return frozenset(shares), counted
