"""A period looked back over kept to its length: "31 complaints made in the past year" may not cite "31 safety
complaints made against its drivers over the past two years".

A span back from the time of writing ("the past year", "the last two years", "the previous 18 months") gives a
figure's period; changed beside the figure, it tells the figure of another period. A sentence's such span, after
"the" and "past", "last", "previous" or "preceding", is refused where a cited passage gives a figure of the sentence in
a sentence with a span of that kind of another length, and no cited passage gives the sentence's length. Lengths in
years and months are compared in months, in weeks and days in days; a year against days, or "a year and a half", is
not read. "Last year" without "the" is a calendar year, not read. English text is read; words in quotation marks are
not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .numbers import mentions_in
from .sentences import inside, markers_blanked

_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20, "thirty": 30}
_IN = {"year": ("months", 12), "month": ("months", 1), "week": ("days", 7), "day": ("days", 1)}
_SPAN = patterns.compile(r"(?<![\w'’-])the\s+(?:past|last|previous|preceding)\s+(?:(?P<count>\d{1,3}|"
                         + "|".join(_COUNTS) + r")\s+)?(?P<unit>year|month|week|day)s?(?![\w'’-])"
                         r"(?!\s+and\s+a\s+half|\s+or\s+(?:so|two))", re.IGNORECASE)
_STOPS = patterns.compile(r"[;!?]|\.(?!\d)")


def past_spans_changed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a figure over a span back ("the past year") of another length than the span
    its cited passages give that figure over."""
    if not in_english(language) or not passages or "the " not in text:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    mine = [match for match in _SPAN.finditer(spoken) if not inside(quoted, match.start())]
    if not mine:
        return []
    theirs = [(match, piece, passage.language or language) for passage in passages
              for piece in _STOPS.split(passage.text) for match in _SPAN.finditer(piece)]
    figures = _figures(_SPAN.sub(" ", spoken), language)
    for match in mine:
        kind, length = _length(match)
        if not figures or any(_length(found) == (kind, length) for found, _, _ in theirs):
            continue  # a span the passages give too
        for found, piece, piece_language in theirs:
            if _length(found)[0] == kind and figures & _figures(_SPAN.sub(" ", piece), piece_language):
                return [Finding(offset + match.start(), f"this sentence gives its figure over "
                                                        f"'{' '.join(match.group().split())}' where its cited passages "
                                                        f"give it over '{' '.join(found.group().split())}': "
                                                        f"{clipped(text)}",
                                "keep the source's period, or cite a passage that gives the figure over this one")]
    return []


def _length(match: re.Match) -> tuple[str, int]:
    """Return a span's length: its kind ("months" or "days") and how many."""
    count = match["count"] or "1"
    kind, each = _IN[match["unit"].casefold()]
    return kind, (int(count) if count.isdigit() else _COUNTS[count.casefold()]) * each


def _figures(text: str, language: str) -> frozenset:
    """Return the figures text gives."""
    return frozenset(quantity.value for mention in mentions_in(text, language) if mention.kind == "figure"
                     for quantity in mention.quantities)
