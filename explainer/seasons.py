"""A season kept: "La décision du Conseil d'État est attendue d'ici l'été" may not cite "La décision du Conseil d'État
est attendue d'ici l'automne", nor "a ruling is expected by summer" "by autumn".

A sentence's season (English "spring", "summer", "autumn", "fall"; French "printemps", "été", "automne", "hiver";
Spanish "primavera", "verano", "otoño", "invierno"; German "Frühling", "Frühjahr", "Sommer", "Herbst", "Winter") is
read only after a word that makes it a time ("by summer", "this fall", "d'ici l'été", "cet hiver", "en été", "este
verano", "im Herbst"): "a été" is a verb, "the fall of" and "prices fall" no season. Where its cited passages name a
season and none of them names the sentence's, the sentence says when the source does not. A season at an edge ("avant
l'hiver", "à la fin de l'été", "by late summer", "before winter", "early autumn", "Ende des Sommers"), in the sentence
or in a passage, may be the season next to it, and is not read; nor are words in quotation marks, nor a sentence whose
passages name no season (a month, "en juillet", may be told as its season).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .locale import base_language

# each language's seasons, folded, each with the name it is compared by
_SEASONS = {
    "en": {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"},
    "fr": {"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter"},
    "es": {"primavera": "spring", "verano": "summer", "otoño": "autumn", "invierno": "winter"},
    "de": {"frühling": "spring", "frühjahr": "spring", "sommer": "summer", "sommers": "summer", "herbst": "autumn",
           "herbstes": "autumn", "winter": "winter", "winters": "winter"},
}
# the words before a season that make it a time
_BEFORE = {
    "en": r"(?:by|in|this|next|last|the|until|till|over|during|since)\s+",
    "fr": r"(?:l['’]\s*|cet\s+|en\s+|d['’]\s*|au\s+|le\s+|ce\s+|prochain\s+)",
    "es": r"(?:el|este|en|la|esta|del|de)\s+",
    "de": r"(?:im|zum|den|diesen|dieses|nächsten|kommenden|vergangenen|im\s+kommenden|der|des|bis\s+zum)\s+",
}
# an edge of a season, before it: the season next to it may be the same time
_EDGE = {
    "en": r"(?:before|after|late|early|end\s+of|start\s+of|beginning\s+of|end\s+of\s+the|start\s+of\s+the"
          r"|beginning\s+of\s+the|mid|mid-)\s*$",
    "fr": r"(?:avant|après|fin|début|mi|sortie|veille|lendemain|dès|courant)(?:\s+(?:de|du|d['’]))?\s*$",
    "es": r"(?:antes|después|finales|principios|fin|comienzos|mediados)\s+(?:de|del)?\s*(?:la|el)?\s*$",
    "de": r"(?:vor|nach|Ende|Anfang|Mitte|Beginn)\s+(?:des|dem|der|den|im)?\s*$",
}
_SEASON = {language: patterns.compile(rf"(?<![\w'’-])(?P<before>{_BEFORE[language]})(?P<season>"
                                      rf"{'|'.join(sorted(names, key=len, reverse=True))})(?![\w'’-])", re.IGNORECASE)
           for language, names in _SEASONS.items()}
_AT_EDGE = {language: patterns.compile(edge, re.IGNORECASE) for language, edge in _EDGE.items()}
# "the fall of the government", "the spring of water": no time
_NOT_A_TIME = patterns.compile(r"^\s+(?:of|in\s+(?:prices|numbers|the\s+number))\b", re.IGNORECASE)


# An English season joined to a year ("spring 2021", "the summer of 2021") or after "in the" is a time word that
# attribution.py holds to the passages: named once, there
_TIME_WORD_AFTER = patterns.compile(r"(?:\s+of)?\s+\d{4}(?!\d)")
_TIME_WORD_BEFORE = patterns.compile(r"(?<![\w-])in\s+the\s+$", re.IGNORECASE)


def _time_word(text: str, at: int, written: str) -> bool:
    """Say whether the English season `written`, found from `at`, is a time word of attribution.py's."""
    start = text.find(written, at)
    if start < 0:
        return False
    return bool(_TIME_WORD_AFTER.match(text, start + len(written)) or _TIME_WORD_BEFORE.search(text[:start]))


def unkept_seasons(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a season text names where its passages name only another."""
    base = base_language(language) if language else "en"
    if base not in _SEASONS or not passages:
        return []
    mine = _seasons_in(text, base)
    if not mine:
        return []  # most sentences name no season
    theirs: dict[str, str] = {}
    for passage in passages:
        for season, written, at_edge in _seasons_in(passage.text, base_language(passage.language or language or "en")):
            if at_edge:
                return []  # "avant l'hiver": the season next to it may be the sentence's
            theirs.setdefault(season, written)
    if not theirs:
        return []
    for (season, written, at_edge), at in zip(mine, _starts(text, base)):
        if not at_edge and season not in theirs and not (base == "en" and _time_word(text, at, written)):
            named = "', '".join(theirs.values())
            return [Finding(offset + at, f"season '{written}' is not in the passages it cites, which name '{named}': "
                                         f"{clipped(text)}",
                            "keep the source's season, or cite the passage that names this one")]
    return []


def _matches(text: str, base: str) -> list[re.Match]:
    """Return text's seasons told as a time, outside quotation marks."""
    if base not in _SEASON:
        return []
    quoted = quoted_parts(text)
    return [found for found in _SEASON[base].finditer(text)
            if not any(start <= found.start() < end for start, end in quoted)
            and not _NOT_A_TIME.match(text, found.end())
            and not (base == "en" and found["season"].casefold() == "fall"
                     and found["before"].strip().casefold() == "the")]


def _seasons_in(text: str, base: str) -> list[tuple[str, str, bool]]:
    """Return text's seasons: each as compared, as written, and whether it stands at an edge ("avant l'hiver")."""
    return [(_SEASONS[base][found["season"].casefold()], found["season"],
             _AT_EDGE[base].search(text[:found.start()]) is not None) for found in _matches(text, base)]


def _starts(text: str, base: str) -> list[int]:
    return [found.start("season") for found in _matches(text, base)]
