"""A remainder computed in plain sight: "Okafor will serve 2 years" may cite "sentenced to 5 years, 3 of them
suspended".

A passage gives a whole and a part of it set apart ("5 years, 3 of them suspended", "120 jobs, of which 40 will move",
"5 years with 3 suspended", "3 of the 5 years suspended"); the rest of the whole (2 years) is the passage's own
arithmetic. A sentence's figure not in the passages is read as that rest where the sentence tells it as the rest
("the remaining", "the rest", "the other", "left", "unsuspended", or a term to "serve") and it is the whole less the
part, in the same unit word. computed.py reads sums and differences a sentence says are one; this is the one a
source sets apart. English text is read.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from . import patterns
from .numbers import Quantity

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "hundred": 100}
_N = r"\d[\d,]*(?:\.\d+)?|" + "|".join(_NUMBER_WORDS)
_WHOLE = rf"(?<![\w.,])(?P<whole>{_N})[\s-]+(?P<unit>[a-z]+?)s?(?![\w-])[^.;:\d]{{0,40}}?,?\s+"
_SET_APART = patterns.compile(
    # "5 years, 3 of them suspended"; "120 jobs, of which 40 will move", "5 years with 3 suspended"
    rf"{_WHOLE}(?:(?P<part>{_N})\s+of\s+(?:them|which|those|these)|(?:of\s+which|with|including)\s+(?P<part2>{_N}))"
    r"(?![\w.,])"
    # "3 of the 5 years suspended"
    rf"|(?<![\w.,])(?P<part3>{_N})\s+of\s+(?:the|his|her|their|its)\s+(?P<whole3>{_N})[\s-]+(?P<unit3>[a-z]+?)s?(?![\w-])",
    re.IGNORECASE)
_REST = patterns.compile(r"(?<![\w-])(?:remaining|remainder|rest|other|left|unsuspended|non-suspended|serve|serves"
                         r"|serving|to\s+be\s+served)(?![\w-])", re.IGNORECASE)


_UNIT_AFTER = patterns.compile(r"[\s-]+([a-z]+?)s?(?![\w-])", re.IGNORECASE)


@functools.lru_cache(maxsize=64)  # asked once for each figure of a sentence: read once (a str keeps its hash)
def _tells_rest(text: str) -> bool:
    """Say whether text holds a word telling a figure as the rest of a whole."""
    return _REST.search(text) is not None


def told_remainder(quantities: tuple[Quantity, ...], text: str, end: int, passages: list[tuple[str, str]]) -> bool:
    """Say whether the figure ending at `end` of text is told as the rest of a whole a passage, each (text, language),
    sets a part of apart, and is that whole less the part, in the same unit word."""
    if len(quantities) != 1 or quantities[0].unit or not _tells_rest(text):
        return False
    unit = _UNIT_AFTER.match(text, end)  # at `end`, not on a copy of the rest: a sentence of 30,000 figures
    if unit is None:
        return False
    wanted = (quantities[0].value, unit.group(1).casefold())
    return any(wanted in _remainders(passage) for passage, language in passages
               if language.split("-")[0] in ("", "en"))


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _remainders(text: str) -> frozenset[tuple[Decimal, str]]:
    """Return each whole less its part set apart that text gives, with its unit word ("2", "year")."""
    found = set()
    for match in _SET_APART.finditer(text):
        whole = _value(match["whole"] or match["whole3"])
        part = _value(match["part"] or match["part2"] or match["part3"])
        if whole is not None and part is not None and 0 < part < whole:
            found.add((whole - part, (match["unit"] or match["unit3"]).casefold()))
    return frozenset(found)


def _value(written: str) -> Decimal | None:
    """Return a figure's value, in digits or a number word."""
    folded = written.casefold()
    if folded in _NUMBER_WORDS:
        return Decimal(_NUMBER_WORDS[folded])
    try:
        return Decimal(folded.replace(",", ""))
    except InvalidOperation:
        return None
