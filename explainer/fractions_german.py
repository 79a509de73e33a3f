"""German fractions said of percentages: "vier von fünf Fernzügen", "jeder dritte Lehrer", "zwei Drittel der
Schulen", "knapp die Hälfte der Stellen" for a source's "80 Prozent", "33 Prozent", "67 Prozent", "48 Prozent".

Unread, "Rund vier von fünf Fernzügen fallen aus" citing "rund 80 Prozent der Züge" was refused ("figure "vier" is
not in the passages"), and "drei von fünf" for the same 80 per cent was refused for the same reason only. Each is
read here as explainer/fractions_said.py reads English "four in five" and "two-thirds", and held to the percentages
cited as they are: a ratio of people ("vier von fünf", "jeder Dritte") as "about" its share, a fraction in words as
written, each as its qualifier says ("rund", "etwa", "knapp", "fast", "gut", "mehr als", "über", "weniger als",
"unter"). "In der ersten Hälfte des Jahres" is a period, no share, and "von 38 auf 35" a change, no ratio
(tests/test_newuser_66.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns

_COUNTS = {"ein": 1, "eine": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
           "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwanzig": 20, "hundert": 100}
_ORDINALS = {"zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "siebte": 7, "siebente": 7, "achte": 8,
             "neunte": 9, "zehnte": 10}
_DENOMINATORS = {"drittel": 3, "viertel": 4, "fünftel": 5, "sechstel": 6, "siebtel": 7, "achtel": 8, "neuntel": 9,
                 "zehntel": 10}
_NUMERATORS = {"ein": 1, "eine": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
               "acht": 8, "neun": 9}
_QUALIFIERS = {"rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about", "ca.": "about",
               "knapp": "nearly", "fast": "nearly", "beinahe": "nearly", "nahezu": "nearly", "annähernd": "nearly",
               "gut": "more", "mehr als": "more", "über": "more", "weniger als": "less", "unter": "less"}


def _any(words) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True))


_QUALIFIER = rf"(?:(?P<qualifier>{_any(_QUALIFIERS)})\s+)?"
_COUNT = _any(_COUNTS) + r"|\d{1,3}"
# "vier von fünf", "neun von zehn", "einer von drei"; not a change's ends, "von 38 auf 35"
_RATIO = patterns.compile(rf"(?<![\w.,-]){_QUALIFIER}(?P<part>{_COUNT})\s+von\s+(?:je\s+)?(?P<whole>{_COUNT})"
                          r"(?![\w.,%-])(?!\s+auf(?!\w))", re.IGNORECASE)
# "jeder dritte Lehrer", "jede fünfte Schule", "jeder Zweite": one of so many
_EVERY = patterns.compile(rf"(?<![\w-]){_QUALIFIER}jede[rsnm]?\s+(?P<ordinal>{_any(_ORDINALS)})[rsnm]?(?!\w)",
                          re.IGNORECASE)
# "zwei Drittel", "ein Viertel", "knapp die Hälfte", "zur Hälfte"; not "die erste Hälfte des Jahres"
_FRACTION = patterns.compile(
    rf"(?<![\w-]){_QUALIFIER}(?:(?P<numerator>{_any(_NUMERATORS)})\s+(?P<denominator>{_any(_DENOMINATORS)})"
    r"|(?P<half>(?:die|der|zur)\s+Hälfte))(?!\w)", re.IGNORECASE)
# what a German fraction holds, searched in the casefolded text first: most sentences hold none
_HINT = patterns.compile(r" von |jede|drittel|viertel|fünftel|sechstel|siebtel|achtel|neuntel|zehntel|hälfte")


def fractions_in(text: str) -> list[tuple[int, int, str, Decimal, str]]:
    """Return each German fraction text says as (start, end, as written, its percentage, its qualifier: "", "about",
    "nearly", "more" or "less"); a ratio unqualified is "about" its share, as a reporter rounds one."""
    if not _HINT.search(text.casefold()):
        return []
    found = []
    for match in _RATIO.finditer(text):
        part, whole = (_COUNTS.get(match[name].casefold()) or int(match[name]) for name in ("part", "whole"))
        if 0 < part < whole:
            found.append(_said(match, Decimal(100 * part) / whole, "about"))
    for match in _EVERY.finditer(text):
        found.append(_said(match, Decimal(100) / _ORDINALS[match["ordinal"].casefold()], "about"))
    for match in _FRACTION.finditer(text):
        if match["half"]:
            found.append(_said(match, Decimal(50), ""))
        else:
            numerator, denominator = (_NUMERATORS[match["numerator"].casefold()],
                                      _DENOMINATORS[match["denominator"].casefold()])
            found.append(_said(match, Decimal(100 * numerator) / denominator, ""))
    return found


def _said(match: re.Match, percent: Decimal, unqualified: str) -> tuple[int, int, str, Decimal, str]:
    """Return a match as the fraction it says, its qualifier's kind read (or `unqualified` where none stands)."""
    qualifier = _QUALIFIERS[" ".join(match["qualifier"].casefold().split())] if match["qualifier"] else unqualified
    return match.start(), match.end(), match.group(), percent, qualifier
