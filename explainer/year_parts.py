"""A part of a year counted in months: "the first three months of 2025" is the source's "first quarter of 2025".

A sentence's "three months" names a quarter, "six months" a half and "twelve months" a year, and a reader checks it
against the source's quarter, half or year as the same period. So the figure three, six or twelve before "months" is
not looked for in the passages as a figure where one of them names that part of a year ("quarter", "Q1", "half",
"H2", "the year", "annual"): "In the first three months of 2025 the economy grew 5%" citing "grew 5% in the first
quarter of 2025" builds. A part placed by "first" or "final" ("the first three months", "the final six months", "the
last three months of 2025") is backed only by the same part ("first quarter", "Q1"; "fourth quarter", "second half"): "the first three months"
citing "the third quarter" is refused, as its figure was. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .numbers import Quantity

_MONTHS_AFTER = patterns.compile(r"[\s-]+months?(?!\w)", re.IGNORECASE)
_PLACED_BEFORE = patterns.compile(r"(?<!\w)(?P<place>first|opening|final|closing|last)\s+$", re.IGNORECASE)
# "the last three months of 2025" is its final quarter; "the last three months" alone the latest, any quarter
_OF_A_YEAR = patterns.compile(r"\s+of\s+(?:the\s+year|(?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# the parts of a year a count of months names, and the passage's words for each: any, the first, the last
_PARTS = {
    3: (r"quarters?|Q[1-4]|three-month\s+period", r"first\s+quarter|Q1", r"(?:fourth|final|last)\s+quarter|Q4"),
    6: (r"half(?:[\s-]+year)?|H[12]|six-month\s+period", r"first\s+half|H1", r"(?:second|final|last)\s+half|H2"),
    12: (r"(?:the|a|full|whole|calendar|financial|fiscal)\s+year|annual\w*|year[\s-]+on[\s-]+year",
         r"(?:the|a|full|whole|calendar|financial|fiscal)\s+year", r"(?:the|a|full|whole|calendar|financial|fiscal)"
                                                                      r"\s+year"),
}
_NAMED = {months: tuple(patterns.compile(rf"(?<![\w-])(?:{words})(?!\w)", re.IGNORECASE) for words in named)
          for months, named in _PARTS.items()}


def months_as_year_part(quantities: tuple[Quantity, ...], text: str, start: int, end: int,
                        passages: list[tuple[str, str]]) -> bool:
    """Say whether the figure text[start:end] counts the months of a quarter, a half or a year ("the first three
    months") that one of the passages, each (text, language), names as such ("the first quarter")."""
    if len(quantities) != 1 or quantities[0].unit or quantities[0].value not in _NAMED:
        return False
    months = _MONTHS_AFTER.match(text, end)
    if months is None:
        return False
    placed = _PLACED_BEFORE.search(text, max(0, start - 12), start)
    kind = 0 if placed is None else 1 if placed["place"].casefold() in ("first", "opening") else 2 if (
        placed["place"].casefold() != "last" or _OF_A_YEAR.match(text, months.end())) else 0
    named = _NAMED[int(quantities[0].value)][kind]
    return any(named.search(passage) for passage, language in passages if language.split("-")[0] in ("", "en"))
