"""A Portuguese day denied beside a date read as that date's day: "O recurso foi apresentado em 20 de outubro, não em
19" sets 19 October aside, and was refused ('figure "19" is not in the passages'), the bare "19" read as a count.

A whole number from 1 to 31 right after "não em", "e não em", "nem em" or "não no dia", ending its clause, with a date
of a month named earlier in the sentence ("20 de outubro"), is a day the sentence denies, and no figure it gives.
Text in Portuguese only (`pt`); read by attribution.py, which portuguese_rulings.py imports, so not importing it.
"""

from __future__ import annotations

import re

from . import patterns

_MONTH = r"(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)"
# A date with its month named, before the denial: "20 de outubro", "1º de maio".
_DATED = patterns.compile(rf"(?<!\d)(?:[12]\d|3[01]|0?[1-9])º?\s+de\s+{_MONTH}(?!\w)", re.IGNORECASE)
# The denial right before the day: ", não em", "e não em", "nem em", "não no dia".
_DENIAL_BEFORE = patterns.compile(r"(?:,|\s)\s*(?:e\s+)?(?:não|nem)\s+(?:em|no\s+dia|no|a|dia)\s+\Z",
                                  re.IGNORECASE)
# What may follow the day: its clause's end, or "como ..." ("não em 19, como dizia a primeira versão").
_CLAUSE_END_AFTER = patterns.compile(r"\s*(?:[,.;:!?)\]]|\Z|\s(?:como|conforme)(?!\w))", re.IGNORECASE)
_DAY = patterns.compile(r"(?:[12]\d|3[01]|0?[1-9])")
_REACH = 80  # characters from the date to the denied day: "em 20 de outubro, e não em 19"


def denied_day(text: str, start: int, end: int, language: str) -> bool:
    """Say whether text[start:end], a figure of a Portuguese sentence, is a day it denies beside a date: "20 de
    outubro, não em 19"."""
    if language.split("-")[0].lower() != "pt" or not _DAY.fullmatch(text, start, end):
        return False
    before = text[max(0, start - _REACH):start]
    return bool(_DENIAL_BEFORE.search(before) and _DATED.search(before) and _CLAUSE_END_AFTER.match(text, end))
