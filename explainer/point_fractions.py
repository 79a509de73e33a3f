"""Fractions of a point in words: a business reporter writes "half a point" for a source's "50 basis points", "a
quarter-point cut" for "0.25 percentage points", "three quarters of a percentage point" for "75 basis points".

Unread, "raised its rate by half a point" cited "raised its rate by 25 basis points" and built: "half" and "a quarter"
before "point" stated no figure. Each is read as the figure it names, in points (find_mentions reads it as a figure in
percentage points where it says "percentage point", as "0.5 percentage points" is read): "half a point", "half a percentage point", "a half-point",
"a quarter point", "a quarter of a point", "three-quarters of a percentage point", "a point and a half". English text
is read (tests/test_factcheck_84.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns

_POINT_FRACTION = patterns.compile(
    r"(?<![\w-])(?:(?P<half>half\s+an?|an?\s+half|half)|(?P<quarter>(?:an?\s+|one\s+)?quarter(?:\s+of\s+an?)?)"
    r"|(?P<three>three[\s-]quarters?(?:\s+of\s+an?)?))[\s-]+(?:percentage[\s-]+)?points?(?![\w-])"
    r"|(?<![\w-])(?:an?|one)\s+(?:percentage[\s-]+)?point\s+and\s+a\s+half(?![\w-])", re.IGNORECASE)


def point_fractions(text: str) -> list[tuple[int, int, Decimal]]:
    """Return each fraction of a point text says in words, as (start, end, its value in points)."""
    if "oint" not in text:
        return []  # most text says no point: one substring search
    return [(match.start(), match.end(), _value(match)) for match in _POINT_FRACTION.finditer(text)]


def _value(match: re.Match) -> Decimal:
    """Return the points a fraction of a point names: "half a point" 0.5, "a point and a half" 1.5."""
    if match["half"]:
        return Decimal("0.5")
    if match["quarter"]:
        return Decimal("0.25")
    return Decimal("0.75") if match["three"] else Decimal("1.5")
