"""The first day of a span that a timeline's `when` dates by its last day alone ("du 5 septembre au 6 octobre 2024",
"from 5 September to 6 October 2024"): the year written once, at the end, is the first day's year too."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from .numbers import Mention


def starts_span(date: str, mentions: Iterable[Mention], full: Iterable[str]) -> bool:
    """Say whether `date` (YYYY-MM-DD) is the first day of a span `when` states: a date of `mentions` without its
    year gives its day and month, and one of `full` (the dates `when` states in full) ends the span less than a
    year later."""
    day = datetime.date.fromisoformat(date)
    if not any(_day_and_month(mention) == (day.day, day.month) for mention in mentions):
        return False
    return any(0 < (datetime.date.fromisoformat(end) - day).days < 366 for end in full)


def _day_and_month(mention: Mention) -> tuple[int, int] | None:
    """Return the day and month of a date mention that states no year ('5 septembre'), or None."""
    months = [q.value for q in mention.quantities if q.unit == "month"]
    plain = [q.value for q in mention.quantities if q.unit == ""]
    if mention.kind != "date" or len(months) != 1 or len(plain) != 1 or not 1 <= plain[0] <= 31:
        return None
    return int(plain[0]), int(months[0])
