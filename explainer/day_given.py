"""A timeline event's `date` no more precise than its sources: a day where `when` and its passages give a month.

An event's `date` is shown beside its `when` as the calendar date it happened on, and orders the timeline. `when:
"June"` dated `2026-06-01` (with a `date_basis` of any words) built, though the source says only "in June": the page
told readers a day no source gives (tests/test_newuser_97.py). Where `when` names the date's month and no day (no
figure, no weekday, no relative day: "yesterday", "the night before"), the day must come from somewhere: a cited
passage giving that day of that month ("on 1 June", "June 1"), or a `date_basis` deriving a day (from a weekday, the
report's date, "the day before"). Otherwise the date is refused: leave it out, as `when` alone keeps the month.
"""

from __future__ import annotations

import re

from . import patterns

# Words that place an event on a day, in `when` or in its `date_basis`, in English, French, German and Spanish.
_DAY_WORDS = patterns.compile(
    r"(?<!\w)(?:days?|yesterday|today|tonight|tomorrow|morning|afternoon|evening|night|overnight|dawn|noon|midnight"
    r"|dated|publication|published|report['’]s date|jours?|hier|aujourd['’]hui|veille|lendemain|matin|soir|nuit"
    r"|tag(?:es)?|gestern|heute|vortag|morgens?|abends?|nachts?|ayer|hoy|día|víspera|mañana|tarde|noche)(?!\w)",
    re.IGNORECASE)


def day_not_given(when: str, iso: str, basis: str, passages: list[str], month_forms: tuple[str, ...],
                  weekdays: tuple[tuple[str, ...], ...]) -> str:
    """Return the month word of `when` where `date` (YYYY-MM-DD) gives a day that neither `when`, nor `date_basis`,
    nor any passage gives; or ""."""
    if not iso or re.search(r"\d", when):
        return ""
    month = next((form for form in month_forms
                  if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", when, re.IGNORECASE)), "")
    if not month or any(_DAY_WORDS.search(text) for text in (when, basis)):
        return ""
    days = [re.escape(form) for forms in weekdays for form in forms]
    if days and any(re.search(rf"(?<!\w)(?:{'|'.join(days)})(?!\w)", text, re.IGNORECASE) for text in (when, basis)):
        return ""
    day = int(iso[8:10])
    names = "|".join(re.escape(form) for form in month_forms)
    given = re.compile(rf"(?<!\d){day}(?:st|nd|rd|th|er|\.|º|°)?\s+(?:of\s+|de\s+)?(?:{names})(?!\w)"
                       rf"|(?<!\w)(?:{names})\s+{day}(?!\d)", re.IGNORECASE)
    return "" if any(given.search(text) for text in passages) else month
