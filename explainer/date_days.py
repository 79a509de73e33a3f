"""A day of a month is a date, no party's figure: "Varn Chemicals leaked about 12,000 litres of solvent into the River
Leff on Tuesday 3 November" gives the River Leff (a word of Leff Valley Water's name) no 3, yet held_figures.py read
that day as the utility's figure, held only by the company's sentence of the source ("The leak began at the company's
Leffside works ... early on Tuesday 3 November"), and refused the honest summary (tests/test_newuser_138.py). A figure
is a day where a capitalised month's name follows it ("3 November", "3rd of November") or stands right before it
("November 3"). English text is read, as held_figures.py reads it.
"""

from __future__ import annotations

import re

from . import patterns
from .party_figures import Pair

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![^\W\d_])")
_MONTH_AFTER = patterns.compile(rf"(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}")
_MONTH_BEFORE = patterns.compile(rf"(?<![^\W\d_]){_MONTH}\.?\s+$")
_DAY = patterns.compile(r"[1-9]|[12]\d|3[01]")


def is_a_dates_day(text: str, pair: Pair) -> bool:
    """Whether the figure a pair gives its party is, wherever text writes the pair, a day beside its month's name."""
    if pair.figure[1] or not _DAY.fullmatch(pair.shown) or not pair.written.endswith(pair.shown):
        return False
    written = r"\s+".join(map(re.escape, pair.written.split()))  # a YAML block breaks its lines anywhere
    ends = [match.end() for match in re.finditer(written, text)]
    return bool(ends) and all(_beside_a_month(text, end - len(pair.shown), end) for end in ends)


def _beside_a_month(text: str, start: int, end: int) -> bool:
    """Whether the day written from `start` to `end` has a month's name right after it or right before it."""
    return bool(_MONTH_AFTER.match(text, end) or _MONTH_BEFORE.search(text[:start]))
