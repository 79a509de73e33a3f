"""Months of the Solar Hijri calendar kept: "تا ۳۰ اردیبهشت ۱۴۰۵" citing "تا ۳۰ فروردین ۱۴۰۵" built.

Iranian papers date by the Solar Hijri calendar ("۲۵ بهمن ۱۴۰۴"), often beside the Gregorian date. Its months are
not the locale's `months` (the pages write Gregorian dates), so a sentence's day and year were read as figures and
its month as any word. Here a month named next to a figure ("۳۰ فروردین", "خرداد ۱۴۰۵") or after "پایان", "اوایل",
"اواسط", "اواخر" (its end, start, middle) must be a month its cited passages name, where they name any: "مهر" or
"تیر" alone are also words (affection, an arrow), and are not read. The date is not converted to a Gregorian one.
"""

from __future__ import annotations

from .attribution import Cited, Finding, clipped
from .persian_letters import ONE_LETTER
from . import patterns

MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
_NAMES = "|".join(patterns.longest_first(MONTHS))
_MONTH = patterns.compile(rf"(?:(?<=\d)\s+|(?<!\w)(?:پایان|اوایل|اواسط|اواخر|ماه)\s+)(?P<month>{_NAMES})(?!\w)"
                          rf"|(?<!\w)(?P<before>{_NAMES})(?=\s+\d)")


def _months_in(text: str) -> list[tuple[str, int]]:
    """Return each Solar Hijri month text names by a figure or a word of its part, with where it stands."""
    folded = text.translate(ONE_LETTER)  # same length: "فروردين" typed with Arabic's yeh is the month too
    return [(match.group("month") or match.group("before"), match.start("month" if match.group("month") else "before"))
            for match in _MONTH.finditer(folded)]


def changed_solar_months(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding for each Solar Hijri month text names that its cited passages, naming others, do not."""
    if text.isascii() or not any(month in text.translate(ONE_LETTER) for month in MONTHS):
        return []  # most sentences name none: a substring test each
    named = {month for passage in passages for month, _ in _months_in(passage.text)}
    return [Finding(offset + at, f'month "{month}" is not in the passages this sentence cites: {clipped(text)}',
                    "give the month the source gives, or cite the passage that names this one")
            for month, at in _months_in(text) if named and month not in named]
