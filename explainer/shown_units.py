"""The unit a measure is shown with: none where the measure's own words already say it.

A row headed "Votes (votes)" or "Sitze (Sitze)" says its unit twice, and a screen reader announces a row's header with
every cell of the row: "Sitze (Sitze) 38". A measure already names its unit when it is the unit, opens with it ("Votes,
preliminary count", "Days the overflow discharged") or ends with it ("Active personnel", "Cost, £ million"); the
unit is then left out of the page, never out of the downloads. A unit the measure only holds inside ("Share of votes in
the count") is still shown: it may say what that measure does not.
"""

from __future__ import annotations

import unicodedata

JOINERS = "\u200c\u200d"  # a Persian "شعبه‌ها" is one word, its zero-width non-joiner inside it


def unit_to_show(measure: str, unit: str) -> str:
    """Return `unit`, or "" where `measure` already says it at its start or its end."""
    said, named = " ".join(unit.split()).casefold(), " ".join(measure.split()).casefold()
    if not said or len(said) > len(named):
        return unit if said else ""
    opens = named.startswith(said) and not in_word(named, len(said))
    ends = named.endswith(said) and not in_word(named, len(named) - len(said) - 1)
    return "" if opens or ends else unit


def in_word(text: str, index: int) -> bool:
    """Say whether the character at `index` (none past either end) goes on a word: a letter, a digit, a mark (a
    Bengali "চালকা" goes on past "চালক" with its vowel sign) or a joiner."""
    if not 0 <= index < len(text):
        return False
    character = text[index]
    return character.isalnum() or character == "_" or character in JOINERS \
        or unicodedata.category(character).startswith("M")
