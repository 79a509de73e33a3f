"""How many times a figure grew, read from the two levels a passage gives: "a 40% duty, up from 10%" backs "quadrupled",
"rose from 5% to 15%" backs "tripled", and "a 25% duty, up from 7.5%" (3.3 times) backs "more than tripled", never
"tripled" or "quadrupled". A change by a multiple (attribution.unbacked_multiples) stands where the passage gives its
word or its factor, or else two levels whose ratio fits the sentence's word as its qualifier says: plain, within 2%
of the factor; "more than", above it; "nearly" or "almost", within 15% below it; "about", within 10% either way.

A passage gives two levels by "X, up from Y" (or "down from", "compared with" after a rise or fall is not read), and
by "from Y to X" or "to X from Y", the two figures in one unit (a year between them, "4% in 2023 to 11%", is when, not a level); in
Spanish by "X, desde Y" and "de Y a X" ("pasó del 61,5 % al 68,2 %", "desde 10 millones hasta 30 millones").
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from . import patterns
from .numbers import Mention, find_mentions

# a start hedged is a start still: "up from about 2,500", "from about 100 to roughly 190" (tests/test_factcheck_141.py)
_HEDGE = (r"(?:(?:about|around|roughly|some|approximately|nearly|almost|environ|quelque|etwa|rund|ungefähr|circa|unos"
          r"|unas|alrededor\s+de|cerca\s+de)\s+)?")
# German's start after a comma, "stieg auf 61,8 Prozent, nach 58,9 Prozent" ("nach zuvor"), as Spanish's ", desde"
# (tests/test_factcheck_145.py)
# and the level set against it, French "58,9 %, contre 61,8 % en 2021", Spanish "frente al 61,8 %", German "gegenüber
# 61,8 Prozent": unread, the two told the other way round built (level_sides.py, tests/test_factcheck_155.py)
_UP_FROM = patterns.compile(r"(?:(?<!\w)(?:up|down)\s+from|,\s*desde(?:\s+(?:el|la|los|las))?|,\s*nach(?:\s+zuvor)?"
                            r"|,?\s*(?<!\w)contre|,?\s*(?<!\w)frente\s+a(?:l|\s+(?:el|la|los|las|un|una|unos|unas))?"
                            r"|,?\s*(?<!\w)gegenüber(?:\s+(?:zuvor|den|dem|der))?)\s+" + _HEDGE + "$", re.IGNORECASE)
_FROM = patterns.compile(r"(?<!\w)(?:from|de|del|desde(?:\s+(?:el|la|los|las))?|von)\s+" + _HEDGE + "$", re.IGNORECASE)
# "from 7.5% to 25%", "from 7.5% to a 25% duty", "del 61,5 % al 68,2 %", "desde 10 hasta 30"
# French "de 100 à 150", German "von 100 auf 150" (tests/test_factcheck_136.py)
_TO = patterns.compile(r"\s+(?:to|a|al|à|auf|hasta(?:\s+(?:el|la|los|las))?)\s+(?:\S+\s+)?$", re.IGNORECASE)
# "to" right before a level reached that its start follows: "to 25 per cent from 10 per cent" (change_sizes.py too)
TO_BEFORE = patterns.compile(r"(?<!\w)to\s+$", re.IGNORECASE)
_A_YEAR = patterns.compile(r"(?:1[89]|20)\d\d")
_REACH = 80  # characters between the new level and "up from": "held 11% of the market for new cars in 2025, up from"
_FITS = {None: (Decimal("0.98"), Decimal("1.02")), "more than": (Decimal("1.0001"), Decimal(1000)),
         "nearly": (Decimal("0.85"), Decimal("0.9999")), "about": (Decimal("0.9"), Decimal("1.1"))}


def fits_a_ratio(factor: Decimal, qualifier: str | None, passages_text: tuple[tuple[str, str], ...],
                 as_level: bool = False, also: tuple[Decimal, ...] = ()) -> bool:
    """Say whether a passage (text, language) gives two levels whose ratio is `factor` as `qualifier` bounds it: of
    the change ("nearly halved"), or, `as_level`, of the level it reached ("nearly half as many"); or whether one of
    the ratios `also` given is (fractions_said.py's: two counts of one noun, a change in per cent)."""
    low, high = _FITS.get(qualifier, (None, None))
    if low is None:
        return False  # "at least tripled", "up to double": bounds no two levels settle
    if factor < 1 and qualifier in ("nearly", "more than") and not as_level:
        # a fall's multiple bounds the other way: "nearly halved" leaves a little over half (100 to 55), "more than
        # halved" less than half (100 to 45) (tests/test_factcheck_136.py)
        low, high = (Decimal(1) / high, Decimal(1) / low) if qualifier == "nearly" else (Decimal(0), Decimal("0.9999"))
    return any(low <= ratio / factor <= high
               for ratio in (*also, *(ratio for text, language in passages_text for ratio in level_ratios(text, language))))


def fits_two_levels(factor: Decimal, qualifier: str | None, passages_text: tuple[tuple[str, str], ...]) -> bool:
    """Say whether two figures of one unit a passage gives, any two, are `factor` apart as `qualifier` bounds it: a
    hedged "double" compares two levels ("more than double its debt" of "debt of $40 million and assets of $85
    million"), no change's ends (tests/test_factcheck_124.py, tests/test_factcheck_136.py)."""
    low, high = _FITS.get(qualifier, (None, None))
    if low is None:
        return False
    return any(low <= ratio / factor <= high for text, language in passages_text for ratio in _pair_ratios(text, language))


_MOST_PAIRED = 40  # figures of a passage paired: enough for any passage an editor cites


@functools.lru_cache(maxsize=1 << 10)
def _pair_ratios(text: str, language: str) -> tuple[Decimal, ...]:
    """Return higher / lower for each two figures of one unit text gives, years aside."""
    quantities = sorted({m.quantities[0] for m in find_mentions(text, language)
                         if len(m.quantities) == 1 and not _a_year(m) and m.quantities[0].value > 0},
                        key=lambda q: q.value)[:_MOST_PAIRED]
    return tuple(high.value / low.value for index, low in enumerate(quantities) for high in quantities[index + 1:]
                 if low.unit == high.unit)


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def level_ratios(text: str, language: str = "") -> tuple[Decimal, ...]:
    """Return new level / old level for each pair of levels text gives ("a 40% duty, up from 10%": 4)."""
    return tuple(new.quantities[0].value / old.quantities[0].value for new, old in level_pairs(text, language))


@functools.lru_cache(maxsize=1 << 10)
def level_pairs(text: str, language: str = "") -> tuple[tuple[Mention, Mention], ...]:
    """Return the new level and the old of each pair of levels text gives, the old above 0."""
    mentions = [m for m in find_mentions(text, language) if len(m.quantities) == 1 and not _a_year(m)]
    pairs = []
    for at, old in enumerate(mentions):
        if at and _UP_FROM.search(text, max(0, old.start - 36), old.start):
            new = next((m for m in reversed(mentions[:at]) if old.start - m.end <= _REACH and _same_unit(m, old)), None)
        elif _FROM.search(text, max(0, old.start - 32), old.start):
            new = next((m for m in mentions[at + 1:at + 3] if m.start - old.end <= _REACH // 2
                        and _TO.search(text, old.end, m.start) and ", " not in text[old.end:m.start]
                        and _same_unit(m, old)), None)  # "del 61,8 %, frente al 58,9 %" sets one against the other
            if new is None and at:  # "raised tariffs ... to 25 per cent from 10 per cent": the level reached first
                before = mentions[at - 1]
                if text[before.end:old.start].strip().casefold() == "from" and _same_unit(before, old) and \
                        TO_BEFORE.search(text, max(0, before.start - 6), before.start):
                    new = before
        else:
            continue
        if new is not None and old.quantities[0].value > 0:
            pairs.append((new, old))
    return tuple(pairs)


def _same_unit(one: Mention, other: Mention) -> bool:
    return one.quantities[0].unit == other.quantities[0].unit


def _a_year(mention: Mention) -> bool:
    return not mention.quantities[0].unit and _A_YEAR.fullmatch(mention.text) is not None
