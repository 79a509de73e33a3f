"""Light vehicles told as heavy ones, or heavy as light: "chiuso per 11 giorni ai veicoli leggeri" of "chiuso per 11
giorni ai mezzi pesanti".

A closure, a count or a toll of one class of vehicles is no closure, count or toll of the other, and every figure
and date still stands when the class is swapped ("Nel 2019 il viadotto era stato chiuso per 11 giorni ai veicoli
leggeri" citing "... ai mezzi pesanti" built, tests/test_newuser_111.py). A sentence naming one class (Italian
"veicoli leggeri", "traffico leggero", "auto"; "mezzi pesanti", "veicoli pesanti", "camion", "tir"; English "cars",
"light vehicles"; "trucks", "lorries", "heavy vehicles", "HGVs") and not the other is refused where its cited passages
name the other class and never its own. A sentence naming both, or passages naming both, are left to the clauses'
other checks: which figure a passage gives which class is not read here.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Finding, clipped, unquoted

_LIGHT = patterns.compile(
    r"(?<!\w)(?:veicol[oi]\s+leggeri|veicolo\s+leggero|traffico\s+leggero|mezzi\s+leggeri|auto(?:mobili|vetture)?"
    r"|light\s+vehicles?|cars?|passenger\s+cars?)(?!\w)", re.IGNORECASE)
_HEAVY = patterns.compile(
    r"(?<!\w)(?:mezz[oi]\s+pesant[ei]|veicol[oi]\s+pesant[ei]|traffico\s+pesante|camion|tir|autocarri|autoarticolati"
    r"|heavy\s+(?:goods\s+)?vehicles?|trucks?|lorry|lorries|HGVs?)(?!\w)", re.IGNORECASE)
_CLASSES = (("light", _LIGHT), ("heavy", _HEAVY))


def vehicle_classes_swapped(text: str, passages, offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text names one class of vehicles only and its cited passages the other class only, or
    gives a figure to one class that they give to another (`figure_given_another_class`)."""
    return _class_swapped(text, passages, offset) or figure_given_another_class(text, passages, offset, language)


def _class_swapped(text: str, passages, offset: int = 0) -> list[Finding]:
    """Return a finding when text names one class of vehicles only and its cited passages the other class only."""
    spoken = unquoted(text)
    mine = {name: found for name, pattern in _CLASSES if (found := pattern.search(spoken))}
    if len(mine) != 1 or not passages:
        return []
    (own, told), = mine.items()
    other, pattern = next((name, pattern) for name, pattern in _CLASSES if name != own)
    own_pattern = dict(_CLASSES)[own]
    if any(own_pattern.search(passage.text) for passage in passages):
        return []
    theirs = next((found.group() for passage in passages if (found := pattern.search(passage.text))), "")
    if not theirs:
        return []
    return [Finding(offset + told.start(), f"this sentence gives to {own} vehicles ('{told.group()}') what its cited "
                                           f"passages give to {other} ones ('{theirs}'): {clipped(text)}",
                    f"keep the source's '{theirs}', or cite the passage that names '{told.group()}'")]


# A figure right before the vehicles it counts: "41.500 veicoli", "6.800 mezzi pesanti", "41,500 vehicles"
_COUNTED = patterns.compile(
    r"(?<![\w.,])(?P<figure>\d{1,3}(?:[.,\u202f ]\d{3})+|\d+)\s+(?:circa\s+)?(?P<noun>veicol[oi]|mezz[oi]|auto(?:mobili|vetture)?|camion"
    r"|tir|autocarri|autoarticolati|vehicles?|cars?|trucks?|lorry|lorries|HGVs?|heavy|light|passenger)(?!\w)",
    re.IGNORECASE)


def _counted(text: str) -> list[tuple[str, str, str, str]]:
    """Return the figures of a text written right before vehicles, its digits alone and as written, each with its
    class ("light", "heavy" or "all") and the words naming them."""
    counted = []
    for match in _COUNTED.finditer(text):
        noun = match.start("noun")
        named = next(((name, found.group()) for name, pattern in _CLASSES if (found := pattern.match(text, noun))),
                     ("all", match["noun"]))
        counted.append((re.sub(r"\D", "", match["figure"]), match["figure"], *named))
    return counted


def figure_given_another_class(text: str, passages, offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text writes a figure right before one class of vehicles that its cited passages write
    only before all vehicles or the other class ("41.500 mezzi pesanti" of "41.500 veicoli, di cui 6.800 mezzi
    pesanti")."""
    if language[:2] == "en":
        return []  # English's counted nouns are counted_nouns.py's, which names this once
    mine = [counted for counted in _counted(unquoted(text)) if counted[2] != "all"]
    if not mine or not passages:
        return []
    theirs = [counted for passage in passages for counted in _counted(passage.text)]
    for digits, figure, name, words in mine:
        classes = {their_name: their_words for their_digits, _, their_name, their_words in theirs
                   if their_digits == digits}
        if classes and name not in classes:
            other = next(iter(classes.values()))
            whole = "all vehicles" if "all" in classes else "another class"
            return [Finding(offset, f"this sentence gives {figure} to {name} vehicles ('{words}'), but its cited "
                                    f"passages give it to {whole} ('{other}'): {clipped(text)}",
                            f"keep the source's '{other}' for that figure, or cite the passage that gives it to "
                            f"'{words}'")]
    return []
