"""A change told the way its own two levels go: "La participación bajó al 68,2 %, desde el 61,5 %" (or "Turnout fell to
68.2%, from 61.5%") tells a rise as a fall, whatever its passages say.

A sentence giving two levels of one thing ("al 68,2 %, desde el 61,5 %", "del 61,5 % al 68,2 %", "to 68.2%, from
61.5%", "from 61.5% to 68.2%": level_ratios.py reads them, and English "to X, from Y" here) and words of only one
direction (direction.py's: "bajó", "fell", "subió", "rose") right before them is refused where its levels go the other way. Its passages
need not say which way: "frente al 61,5 %" gives both levels and no word of rise or fall, and a sentence adding the
wrong one built. So is English "X, down from Y" (or "up from") where its own X and Y go the other way: "Turnout was 61%,
down from 55%" swaps a passage's "55%, down from 61%" (X is the nearest level of Y's unit before, not a year).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .direction import FALL_WORDS, RISE_WORDS
from .level_ratios import level_ratios
from .numbers import find_mentions
from .sentences import markers_blanked
from .wordset import first_runs, has_digit, may_hold

_WORD = patterns.compile(r"\w+")
_DIRECTION_RUNS = first_runs(RISE_WORDS | FALL_WORDS)
# the levels right after the word of their change: "bajó al 68,2 %", "fell from 61.5% to", "cayó del 61,5 %"; German
# "stieg auf 58,9 Prozent, nach 61,8 Prozent", "stieg von 61,8 auf 58,9" and French "a augmenté de 61,8 % à 58,9 %",
# unread, built: the turnout's two levels swapped (tests/test_factcheck_145.py); a comma after the word or its
# adverb, "fell slightly, to 38.2% from 36.9%", was unread too (tests/test_factcheck_238.py)
_LEVEL_AFTER = patterns.compile(r",?\s+(?:[^\W\d]+,?\s+){0,2}?(?:to|from|al|a|à|del|de|desde|auf|von)\s+(?:(?:el|la)\s+)?\d",
                                re.IGNORECASE)
# English "to 68.2%, from 61.5%": level_ratios.py reads "from Y to X" and "X, up from Y"
_TO_FROM = patterns.compile(r"(?<!\w)to\s+(?P<new>[^,;]{1,24}?),?\s+from\s+(?P<old>\S{1,24})", re.IGNORECASE)
# "61%, down from 55%": the way its two levels go, said by the word before "from"
_WAY_FROM = patterns.compile(r"(?<!\w)(?P<way>up|down)\s+from\s+(?=[$€£¥]?\d)", re.IGNORECASE)
_A_YEAR = patterns.compile(r"(?:1[89]|20)\d\d")
_REACH = 80  # characters between the new level and "down from", as level_ratios.py reads them


def levels_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as a rise a change its own two levels give as a fall, or the other way."""
    return _turned_by_word(text, offset, language) or _turned_from(text, offset, language)


def _turned_from(text: str, offset: int, language: str) -> list[Finding]:
    """Return a finding when text gives a level "down from" a lower one, or "up from" a higher one."""
    if " from " not in text or not has_digit(text):
        return []
    spoken = unquoted(markers_blanked(text))
    said_ways = list(_WAY_FROM.finditer(spoken))
    mentions = [m for m in find_mentions(spoken, language) if said_ways and len(m.quantities) == 1
                and not (not m.quantities[0].unit and _A_YEAR.fullmatch(m.text))]
    for said in said_ways:
        old = next((m for m in mentions if m.start == said.end()), None)
        new = next((m for m in reversed(mentions) if old and m.end <= said.start() and said.start() - m.end <= _REACH
                    and m.quantities[0].unit == old.quantities[0].unit), None)
        if new is None or new.quantities[0].value == old.quantities[0].value:
            continue
        rising = new.quantities[0].value > old.quantities[0].value
        if rising != (said["way"].casefold() == "up"):
            shown = " ".join(spoken[new.start:old.end].split())
            return [Finding(offset, f"this sentence tells as {'a fall' if rising else 'a rise'} ('{shown}') a change "
                                    f"its own two levels give as {'a rise' if rising else 'a fall'}: {clipped(text)}",
                            "give the direction the levels go, or correct the levels to the source's")]
    return []


def _turned_by_word(text: str, offset: int, language: str) -> list[Finding]:
    """Return a finding when a word of rise or fall before text's two levels goes the other way from them."""
    if not has_digit(text) or not may_hold(text, _DIRECTION_RUNS):
        return []  # most sentences give no direction: found by their words' first letters
    spoken = unquoted(markers_blanked(text))
    words = frozenset(word.casefold() for word in _WORD.findall(spoken))
    rising, falling = words & RISE_WORDS, words & FALL_WORDS
    if bool(rising) == bool(falling):
        return []  # no direction, or both ("fell in May and rose in June"): which level goes with which is not plain
    changed = next((match for match in _WORD.finditer(spoken) if match.group().casefold() in rising | falling
                    and _LEVEL_AFTER.match(spoken, match.end())), None)
    if changed is None:
        return []  # "bajó ... en una huelga de 3 a 5 días": a range is no two levels of what fell
    ratios = level_ratios(spoken[changed.start():], language) + _to_from(spoken[changed.start():], language)
    turned = [ratio for ratio in ratios if ratio != 1 and (ratio > 1) != bool(rising)]
    if not ratios or len(turned) != len(ratios):
        return []
    word = changed.group()
    way = "a rise" if turned[0] > 1 else "a fall"
    return [Finding(offset, f"this sentence tells as {'a rise' if rising else 'a fall'} ('{word}') a change its own two "
                            f"levels give as {way}: {clipped(text)}",
                    "give the direction the levels go, or correct the levels to the source's")]


def _to_from(text: str, language: str) -> tuple[Decimal, ...]:
    """Return new level / old level for each English "to X, from Y" of text, the two in one unit."""
    ratios = []
    for match in _TO_FROM.finditer(text):
        new, old = find_mentions(match["new"], language), find_mentions(match["old"], language)
        if len(new) == 1 == len(old) and len(new[0].quantities) == 1 == len(old[0].quantities):
            (high,), (low,) = new[0].quantities, old[0].quantities
            if high.unit == low.unit and low.value > 0:
                ratios.append(high.value / low.value)
    return tuple(ratios)
