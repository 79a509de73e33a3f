"""Figures kept to their months in turn: a sentence listing instalments may not swap their figures and months.

"The first instalment, 2%, comes in March; the second, 2.5%, in October" citing "a 2.5% rise in March and a
further 2% in October" keeps every figure and month of its passage and swaps them. Where a sentence (a passage's, or
the briefing's) gives as many figures as months, two or more of each, the first figure goes with the first month,
the second with the second, and so on ("in March and October, of 2% and 2.5%" too). A sentence is refused where it
gives a figure a month that a cited passage's sentence, reading the same figures, gives another figure, while giving
this figure another month, and no cited passage gives the figure that month. Months are read in English, French,
Spanish and German; a year, or a number in words ("two instalments"), is no figure here (tests/test_factcheck_153.py). moved_figures.py binds a figure to
the month beside it in its clause; this reads the order of a list cut by commas or semicolons.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .numbers import ENGLISH_MONTHS, is_year, mentions_in
from .sentences import inside, markers_blanked, split_sentences
from .wordset import has_digit

_NAMES = (*ENGLISH_MONTHS,
          "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre",
          "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre",
          "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember")
# the months in order of the year, each name with its number: "mars" and "März" are March
_MONTH_OF = {name.casefold(): index % 12 + 1 for index, name in enumerate(_NAMES)}
_MONTH = patterns.compile(r"(?<![\w-])(?:" + "|".join(patterns.longest_first(map(re.escape, _MONTH_OF)))
                          + r")(?![\w-])", re.IGNORECASE)
_MAY_BE_MAY = frozenset({"may", "mai"})  # "may" the verb, "mai" only capitalised in English text


def figures_moved_between_months(text: str, passages: list[Cited], offset: int = 0,
                                 language: str = "") -> list[Finding]:
    """Return a finding where text, listing as many figures as months, gives a figure the month a cited passage's
    list gives another figure, while the passage gives this one another month."""
    if not has_digit(text) or not _MONTH.search(text):
        return []  # most sentences name no month: found by one search
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    mine = _paired(spoken, language)
    if not mine:
        return []
    lists = [pairs for passage in passages for pairs in _lists(passage.text, passage.language or language)]
    given = {pair for pairs in lists for pair in pairs}
    for (value, month), (at, shown) in mine.items():
        if inside(quoted, at) or (value, month) in given:
            continue
        for pairs in lists:
            other = next((theirs for theirs, their_month in pairs if their_month == month and theirs != value), None)
            elsewhere = next((shown_month for theirs, shown_month in pairs if theirs == value and shown_month != month),
                             None)
            if other is not None and elsewhere is not None:
                return [Finding(offset + at, f"this sentence gives {shown} to {_named(month)}, where its cited "
                                             f"passage gives {shown} to {_named(elsewhere)} and another figure to "
                                             f"{_named(month)}: {clipped(text)}",
                                "give each figure the month the source gives it")]
    return []


def _named(month: int) -> str:
    """Return a month's English name."""
    return ENGLISH_MONTHS[month - 1]


def _paired(text: str, language: str) -> dict[tuple, tuple[int, str]]:
    """Return each figure of one sentence paired with its month in turn, with where the figure stands and as
    written; none where the sentence does not give as many figures as months, two or more."""
    figures = [mention for mention in mentions_in(text, language)
               if mention.kind == "figure" and has_digit(mention.text) and not is_year(mention.text)
               and mention.quantities]  # "in two instalments" counts them, it is none of the list
    months = [match for match in _MONTH.finditer(text)
              if match.group().casefold() not in _MAY_BE_MAY or match.group()[0].isupper()]
    if len(figures) < 2 or len(figures) != len(months) or len({_MONTH_OF[m.group().casefold()] for m in months}) < 2:
        return {}
    return {(mention.quantities[0], _MONTH_OF[month.group().casefold()]): (mention.start, mention.text)
            for mention, month in zip(figures, months)}


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _lists(text: str, language: str) -> tuple[tuple[tuple, ...], ...]:
    """Return each sentence of text that pairs figures with months in turn, as its (figure, month) pairs."""
    if not has_digit(text) or not _MONTH.search(text):
        return ()
    return tuple(tuple(pairs) for sentence in split_sentences(text) if (pairs := _paired(sentence.text, language)))
