"""A rate's second unit kept: "3.2 nanograms per litre" may not cite "at a concentration of 3.2 nanograms per
millilitre".

The figure checks read a figure's unit ("3.2 milligrams" of "3.2 nanograms" is refused) but not the unit after "per",
so a concentration a thousand times smaller built (tests/test_newuser_139.py). Here a figure written with a unit, "per"
and a second unit of measure (a volume, a mass, a length, an area or a span of time, spelled out: "millilitre",
"litre", "kilogram", "hour") is refused where a cited passage gives the same figure, with the same first unit, per
another unit of those, and none gives it per the sentence's. Spellings are one ("milliliter", "millilitres", "kilo" and "kilogram");
abbreviations ("ng/mL", "per ml") are not read, nor words in quotation marks. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_PREFIX = r"(?:nano|micro|milli|centi|deci|kilo|pico)?"
_MEASURE = (rf"{_PREFIX}(?:litre|liter|gram|gramme|metre|meter)s?|(?:square|cubic)\s+{_PREFIX}(?:metre|meter)s?"
            r"|tonnes?|tons?|hectares?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|kilos?|pounds?|ounces?"
            r"|gallons?|miles?|pints?")
# "3.2 nanograms per millilitre", "40 kilometres an hour" is not read: only "per"
_RATE = patterns.compile(rf"(?<![\w.,])(?P<figure>\d[\d,]*(?:\.\d+)?)\s+(?P<unit>{_MEASURE})\s+per\s+"
                         rf"(?P<per>{_MEASURE})(?![\w-])", re.IGNORECASE)


def denominator_changed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a figure per another unit than every cited passage giving it does."""
    if not in_english(language) or not passages or " per " not in text:
        return []
    theirs = [_read(found) for passage in passages for found in _RATE.finditer(passage.text)]
    for found in _RATE.finditer(unquoted(markers_blanked(text))):
        figure, unit, per = _read(found)
        given = [their_per for their_figure, their_unit, their_per in theirs
                 if their_figure == figure and their_unit == unit]
        if given and per not in given:
            shown = " ".join(found.group().split())
            return [Finding(offset + found.start(), f"this sentence gives '{shown}' where its cited passages give "
                                                    f"{figure} {found['unit']} per {given[0]}: {clipped(text)}",
                            "keep the unit after 'per' the source gives, or cite the words that give this one")]
    return []


def _read(found: re.Match) -> tuple[str, str, str]:
    """Return a rate's figure (its digits), unit and unit after "per", each in one spelling."""
    return found["figure"].replace(",", ""), _one_spelling(found["unit"]), _one_spelling(found["per"])


def _one_spelling(unit: str) -> str:
    """Return a unit's one spelling: "milliliters" and "millilitre" are "millilitre", "grammes" is "gram"."""
    word = " ".join(unit.casefold().split())
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    word = re.sub(r"(lit|met)er$", r"\1re", word)
    return _ONE_UNIT.get(word, re.sub(r"gramme$", "gram", word))


# one unit's other names: "3 pounds per kilo" is per kilogram, a "ton" read as the "tonne" editors often mean
_ONE_UNIT = {"kilo": "kilogram", "ton": "tonne"}
