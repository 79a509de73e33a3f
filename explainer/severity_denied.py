"""Serious ones denied of minor ones found: "no encontró irregularidades graves" of "encontró irregularidades menores".

"La OEL no encontró irregularidades graves" citing "La OEL ... encontró irregularidades menores" says what its
passage does (what was found was minor, so nothing serious was), but polarity.py read its "no" as a negation added
and refused it. A negative clause that names a thing beside a word of great size ("graves", "serious", "major",
"significant", "importantes", "graves", "schwere", "gravi" ...) keeps a positive clause that names the same thing
(its first five letters) beside a word of small size ("menores", "minor", "slight", "leves", "mineures", "geringfügige",
"lievi" ...). "La OEL no encontró irregularidades" (no size named) and "no encontró irregularidades menores" keep
their finding.
"""

from __future__ import annotations

from . import patterns

_LARGE = frozenset({
    # English
    "serious", "major", "significant", "severe", "grave", "substantial", "widespread", "systematic", "systemic",

    # Spanish, Portuguese, Italian
    "grave", "graves", "grandes", "importantes", "significativas", "significativos", "serias", "serios", "masivas",
    "masivos", "generalizadas", "generalizados", "sistemáticas", "sistemáticos", "significativas", "sérias",
    "sérios", "gravi", "importanti", "significative", "significativi", "gravissime",
    # French
    "graves", "majeures", "majeurs", "majeur", "majeure", "sérieuses", "sérieux", "sérieuse", "importantes",
    "important", "importante", "significatives", "significatifs", "importante", "serio", "seria", "significativo",
    "significativa", "grande", "importante",
    # German
    "schwere", "schweren", "schwerwiegende", "schwerwiegenden", "gravierende", "gravierenden", "erhebliche",
    "erheblichen", "größere", "größeren", "wesentliche", "wesentlichen", "schwerer", "schweres", "erheblicher",
    "erhebliches", "gravierender", "gravierendes", "schwerwiegender", "schwerwiegendes"})
_SMALL = frozenset({
    "minor", "slight", "small", "minimal", "isolated", "trivial", "petty",
    "menores", "menor", "leves", "leve", "pequeñas", "pequeños", "ligeras", "ligeros", "mínimas", "mínimos",
    "aisladas", "aislados", "puntuales", "pequenas", "pequenos", "mínimas", "lievi", "lieve", "piccole",
    "piccoli", "minori", "marginali",
    "mineures", "mineurs", "mineur", "mineure", "légères", "légers", "léger", "légère",
    "pequeño", "pequeña", "ligero", "ligera", "mínimo", "mínima", "aislado", "aislada", "puntual", "petit", "petite", "petites", "petits", "minimes", "ponctuelles",
    "geringfügige", "geringfügigen", "kleinere", "kleineren", "leichte", "leichten", "kleine", "kleinen",
    "geringfügiger", "geringfügiges", "kleinerer", "kleineres", "leichter", "leichtes"})
_WORD = patterns.compile(r"[^\W\d_]+")
_PREFIX = 5


def serious_denied_of_minor(negative: str, positive: str) -> bool:
    """Say whether a negative clause denies, by its size, a thing a positive clause gives as small: "no encontró
    irregularidades graves" of "encontró irregularidades menores"."""
    large = _sized(negative, _LARGE)
    return bool(large) and bool(large & _sized(positive, _SMALL))


def _sized(text: str, sizes: frozenset[str]) -> frozenset[str]:
    """Return the first five letters of the words of five letters or more right beside a word of `sizes`."""
    words = [word.casefold() for word in _WORD.findall(text)]
    return frozenset(words[at][:_PREFIX] for index, word in enumerate(words) if word in sizes
                     for at in (index - 1, index + 1)
                     if 0 <= at < len(words) and len(words[at]) >= _PREFIX and words[at] not in sizes)
