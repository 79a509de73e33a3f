"""A French offer's figures kept on their sides of its condition: "il proposera de réduire le droit sur les fromages à
10 % si l'Ostrelande ramène son droit sur les pièces d'aéronefs à 20 %" may not cite "Le gouvernement proposera de
réduire le droit sur les fromages à 20 % si l'Ostrelande ramène son droit sur les pièces d'aéronefs à 10 %"
(tests/fixtures/newuser_117): both figures stand in the passage, each on the other's side.

A sentence's condition runs from "si" ("s'il", "s'ils") to the next comma, semicolon or the sentence's end; the rest
is what is offered on it ("Si l'Ostrelande ramène son droit à 10 %, la Valmorie réduira le sien à 20 %" keeps both
sides, in either order). A French sentence is refused where every per cent of its offer is a per cent a cited
passage's condition gives, and every per cent of its condition one that passage's offer gives, the passage's two sides
sharing none. "comme si" is no condition. French text is read (tests/test_factcheck_188.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import markers_blanked, split_sentences

_CONDITION = patterns.compile(r"(?<![\w'’])(?<!comme\s)(?:si|s['’]ils?)(?![\w'’])[^,;]*", re.IGNORECASE)
_PER_CENT = patterns.compile(r"(?<![\w.,])(\d+(?:,\d+)?)\s*(?:%|pour\s*cent)(?!\w)", re.IGNORECASE)


def condition_figures_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a French sentence gives its offer the per cents a cited passage gives the condition,
    and its condition the offer's."""
    if (language or "").split("-")[0].lower() != "fr" or "%" not in text and "cent" not in text:
        return []
    mine = _sides(markers_blanked(text))
    if mine is None:
        return []
    offered, asked = mine
    for passage in passages:
        if "si" not in passage.text.casefold():
            continue
        for sentence in split_sentences(passage.text, "fr"):
            theirs = _sides(sentence.text)
            if theirs is None or theirs[0] & theirs[1]:
                continue
            if offered <= theirs[1] and asked <= theirs[0]:
                return [Finding(offset, f"this sentence gives its condition's per cents to the offer and the "
                                        f"offer's to its condition, the other way round from its cited passage "
                                        f"({clipped(sentence.text)}): {clipped(text)}",
                                "keep each figure on the side of the condition the source gives it")]
    return []


def _sides(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """Return the per cents of a sentence's offer and of its condition ("si ..." to the next comma), or None where
    either side gives none."""
    condition = _CONDITION.search(text)
    if condition is None:
        return None
    asked = _figures(condition.group())
    offered = _figures(text[:condition.start()] + " " + text[condition.end():])
    return (offered, asked) if offered and asked else None


def _figures(text: str) -> frozenset[str]:
    return frozenset(figure.replace(",", ".") for figure in _PER_CENT.findall(text))
