"""A year a passage names from the day it was published: "a shortfall in 2027" may cite "a shortfall of $18.4
million next year" published on 14 November 2026, and "rose 12% in 2026" may cite "rose by 11.8% this year".

A year must stand in a passage its sentence cites; a news report names the year it is written in as "this year", the
one before as "last year" and the one after as "next year" ("this year's budget" too). Where a cited passage's
publication date is known (sources.yaml's `date`), those words name that year, the one before and the one after, and
back a sentence's year written after a word that dates ("in 2027", "by 2027", "until 2027") where the two are told of
the same thing: a word of the sentence near its year stands near the passage's ("shortfall"). A passage of another
year, or with no date, backs none ("in 2028" citing "next year" published in 2026 is refused), nor does its "this
year's budget" back a shortfall's year. "The last year" and "the next year" (the past twelve months, the year after
some other) name no year of the calendar.
"""

from __future__ import annotations

import re
from typing import Iterable

from . import patterns
from .clauses import clause_end, clause_start, content_words
from .numbers import Quantity

_RELATIVE = patterns.compile(r"(?<!\w)(?<!the\s)(?P<which>this|last|next)\s+year(?!\w)", re.IGNORECASE)
_SHIFT = {"this": 0, "last": -1, "next": 1}
# The word before a year that dates by it: "in 2027", "by 2027"; not a count, "2027 people"
_DATING = patterns.compile(r"(?<!\w)(?:in|by|for|until|till|during|through|from|to|since|before|after|of)\s+$",
                           re.IGNORECASE)
_FIRST_YEAR, _LAST_YEAR = 1900, 2100
_SENTENCE_END = patterns.compile(r"[.;!?](?=\s|$)")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "year", "years", "next", "last", "would", "will",
                          "million", "billion", "thousand", "percent", "cent"})


def year_from_publication(quantities: Iterable[Quantity], sentence: str, at: int, to: int,
                          passages: Iterable) -> bool:
    """Say whether a year a sentence dates by from `at` to `to` ("in 2027") is the "this year", "last year" or "next
    year" a cited passage tells of the same thing, counted from the passage's publication date."""
    named = tuple(quantities)
    if len(named) != 1 or not _is_year(named[0]) or not _DATING.search(sentence, max(0, at - 8), at):
        return False
    year, near = int(named[0].value), _words_near(sentence, at, to)
    return any(year == shifted and near & _words_near(passage.text, start, end)
               for passage in passages for shifted, start, end in years_named(passage.text, passage.published))


def years_named(text: str, published: str) -> list[tuple[int, int, int]]:
    """Return each year a text published on `published` (YYYY-MM-DD) names as this, last or next year, with where
    the words stand."""
    if not published[:4].isdigit() or "year" not in text.casefold():
        return []  # most passages name no year from their own
    base = int(published[:4])
    return [(base + _SHIFT[match["which"].casefold()], match.start(), match.end()) for match in _RELATIVE.finditer(text)]


def _is_year(quantity: Quantity) -> bool:
    """Say whether a quantity may be a year of the calendar: a plain whole number from 1900 to 2100."""
    return not quantity.unit and quantity.value % 1 == 0 and _FIRST_YEAR <= quantity.value <= _LAST_YEAR


def _words_near(text: str, start: int, end: int) -> frozenset[str]:
    """Return the words of text that say what a span tells of: its sentence's content words, not its figures."""
    around = text[clause_start(text, start, _SENTENCE_END):start] + " " + text[end:clause_end(text, end, _SENTENCE_END)]
    return frozenset(word for word in content_words(around, _NOT_CONTENT) if not word[0].isdigit())
