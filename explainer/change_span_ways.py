"""The way of a change written "from A to B" is its end's too: "rose from 30.1 to 34.7 per cent" gives 34.7 as a level
a rise reached, and "fell to 34.7%" may not cite it.

direction.py reads a word of rise or fall within three words of its figure; in "Unión Castellana subió del 30,1 al 34,7
por ciento" the figures stand past the start, so "34,7" was given no way at all ("Unión Castellana bajó hasta el 34,7
%" citing it built, and so did English "fell to 34.7%" citing "rose from 30.1 to 34.7 per cent"), while Spanish's
start "30,1", right after "subió del", was read as the rise's size (tests/test_newuser144.py). Here a figure ending a
span "from A to B" (Spanish "del A al B", "de A a B", "desde A hasta B"; French "de A à B"; German "von A auf B") whose
clause holds a word of rise or fall before the span (within eight words) is given that word's way, and the span's start
is a starting level ("from"), no change's size.
"""

from __future__ import annotations

import re
from typing import Callable

from . import patterns

_NUMBER = r"[$€£¥]?\d[\d.,]*"
# a figure's unit after it, but a comparison's word ("4,2 % rispetto al 3,1 %" compares, no change from one to other)
_UNIT = (r"(?:\s*%|\s+(?:per\s*cent|percent|por\s*ciento|pour\s*cent|Prozent"
         r"|(?!(?:rispetto|respecto|frente|compared|comparado)(?![\w-]))[^\W\d][\w-]*))?")
# "from 30.1 to ", "del 30,1 % al ", "de 4 millones a ", "desde el 9 % hasta el ", "de 12 % à ", "von 3 auf "
_SPAN_TO = patterns.compile(
    rf"(?<![\w-])(?:from\s+{_NUMBER}{_UNIT}\s+to"
    rf"|(?:del|de|desde(?:\s+el)?)\s+{_NUMBER}{_UNIT}\s+(?:al|a|hasta(?:\s+el)?)"
    rf"|de\s+{_NUMBER}{_UNIT}\s+à|von\s+{_NUMBER}{_UNIT}\s+auf)\s+(?:el\s+)?$", re.IGNORECASE)
_STARTS = patterns.compile(r"(?<![\w-])(?:from|del|de|desde(?:\s+el)?|von)\s+$", re.IGNORECASE)
# not a year after it: Italian "diminuiti del 4,2 % rispetto al 2024" compares with a year, no change's end
_TO_AFTER = patterns.compile(rf"{_UNIT}\s+(?:to|al|a|hasta(?:\s+el)?|à|auf)\s+(?:el\s+)?[$€£¥]?\d"
                             r"(?!(?<=[12])\d{3}(?!\d|[.,]\d))", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_][\w'’-]*|[,;:.!?()]")
_CLAUSE_END = frozenset(",;:.!?()") | {"while", "whereas", "but", "mientras", "pero", "aunque", "während", "aber"}
_NEAR = 8  # words between the change's word and its span: "subió en la provincia de Burgos del"


def way_in_span(text: str, start: int, end: int, direction_of: Callable[[str], str | None]) -> str | None:
    """Return the way of the figure at `start`..`end` in a change "from A to B": "from" for A, the change's "rise"
    or "fall" for B; None where it ends or starts no such change, or the change's clause gives no way."""
    before = text[max(0, start - 60):start]
    span = _SPAN_TO.search(before)
    if span:
        return _way_before(text, start - len(before) + span.start(), direction_of)
    if _STARTS.search(before) and _TO_AFTER.match(text, end):
        return "from" if _way_before(text, start - len(before) + _STARTS.search(before).start(), direction_of) else None
    return None


def _way_before(text: str, at: int, direction_of: Callable[[str], str | None]) -> str | None:
    """Return the way of the word of rise or fall before `at` in its clause, within _NEAR words, else None."""
    words = _WORD.findall(text[max(0, at - 120):at])
    for number, word in enumerate(reversed(words)):
        if word.casefold() in _CLAUSE_END or number >= _NEAR:
            return None
        if way := direction_of(word):
            return way
    return None
