"""Figures computed in plain sight: a sum or a difference of two figures the cited passages give, said to be one.

"Pakistan's army and air force have 630,000 personnel combined" may cite "560,000 are in the army, 70,000 are in the
air force", and "Pakistan has 488,000 more active personnel than the Taliban" may cite "Pakistan has 660,000 ...
with only 172,000": the figure is the passages' own arithmetic, and the sentence says which ("combined", "together",
"in all", "in total", "between them"; "more", "fewer", "larger", "outnumber", "gap", "difference", ...; Portuguese
"juntos", "somaram", "ao todo"; "a mais", "diferença", "vantagem", "à frente"), a difference of percentages in
"percentage points" ("1.6 percentage points ahead" of "31.4 per cent" and "29.8 per cent"; "1,8 ponto percentual").
A figure with no such word, a year, or one of another unit is not read so: it must stand in a passage as written.
"""

from __future__ import annotations

import functools
import itertools
import re

from . import patterns
from .numbers import Quantity

# Portuguese too: "Juntos, os dois somaram 118.552.353 votos", "2.139.645 votos a mais", "1,8 ponto percentual à frente"
_SUM = patterns.compile(r"(?<!\w)(?:combined|together|in\s+all|in\s+total|a\s+total\s+of|altogether|between\s+them"
                        r"|all\s+told|total(?:led|ing)?|juntos|juntas|somados|somadas|somaram|somam|ao\s+todo"
                        r"|no\s+total)(?!\w)", re.IGNORECASE)
_DIFFERENCE = patterns.compile(r"(?<!\w)(?:more|fewer|less|larger|smaller|bigger|higher|lower|outnumber\w*|gap"
                               r"|difference|exceed\w*|short\s+of|ahead|behind|lead|margin|mais|menos|maior|menor"
                               r"|diferença|vantagem|à\s+frente|atrás|superou|supera)(?!\w)", re.IGNORECASE)
_POINTS = patterns.compile(r"(?<!\w)(?:(?:percentage\s+)?points?|pontos?(?:\s+percentua(?:l|is))?)(?!\w)",
                           re.IGNORECASE)
_PLAIN_UNITS = ("", "%")
_MOST_READ = 40  # figures of the passages paired: enough for any passage an editor cites


def computed_figure(quantities: tuple[Quantity, ...], sentence: str, known: frozenset[Quantity]) -> bool:
    """Say whether a figure is the sum (where the sentence says so) or the difference (where it compares) of two
    figures of the same unit its passages give."""
    if len(quantities) != 1 or quantities[0].unit not in _PLAIN_UNITS or _year(quantities[0].value):
        return False
    wanted = quantities[0]
    summed, compared, in_points = _arithmetic_said(sentence)
    if not summed and not compared:
        return False
    # percentage points are a difference of percentages: "1.6 percentage points ahead" of "31.4%" and "29.8%"
    units = {wanted.unit, "%"} if compared and wanted.unit == "" and in_points else {wanted.unit}
    values = sorted({q.value for q in known if q.unit in units and not _year(q.value) and q.value > 0})
    for low, high in itertools.combinations(values[:_MOST_READ], 2):
        if (summed and low + high == wanted.value) or (compared and high - low == wanted.value):
            return True
    return False


@functools.lru_cache(maxsize=64)
def _arithmetic_said(sentence: str) -> tuple[bool, bool, bool]:
    """Say whether the sentence says a sum, compares, and speaks of points: once per sentence, not per figure (each
    figure of a sentence of 30,000 figures searched the whole of it again)."""
    return (_SUM.search(sentence) is not None, _DIFFERENCE.search(sentence) is not None,
            _POINTS.search(sentence) is not None)


def _year(value) -> bool:
    """Say whether a value may be a year (1800 to 2099): no operand of a sum."""
    return value == int(value) and 1800 <= value <= 2099
