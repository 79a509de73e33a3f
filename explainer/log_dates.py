"""A log entry dated years after every other of the site: a year mistyped (2062 for 2026).

Such an entry is the briefing's "last updated" on its page, the home page (which lists it first for decades), the
feed and the sitemap, and it was accepted without a word. The clock is never read: the same content is refused or
built the same way on any day, and the output holds no date the content does not give. The sources' dates are no
measure: a briefing may explain a report of years ago.
"""

from __future__ import annotations

import datetime

from .load import SiteContent
from .problems import Problem

# Past this gap an entry is taken for a mistyped year: two of its digits swapped (2062 or 2206 for 2026) are further;
# a whole site left alone that long, then logged again, is not a newsroom's.
MOST_YEARS_APART = 10


def far_log_dates(content: SiteContent) -> list[Problem]:
    """Return a problem for each log entry dated over MOST_YEARS_APART years after every other entry of every
    briefing's log."""
    dated = [(entry.date, briefing.files["briefing"].shown, entry.line_of("date"))
             for briefing in content.briefings for entry in briefing.briefing.updates]
    days = sorted(day for day, *_ in dated)
    if len(days) < 2:
        return []
    latest, runner_up = days[-1], days[-2]  # only an entry of the latest day can be far after every other
    if _years_between(runner_up, latest) <= MOST_YEARS_APART:
        return []
    return [Problem(shown, line, f"log entry dated {day}, over {MOST_YEARS_APART} years after every other log "
                    f"entry of the site (the latest: {runner_up}): every page would show it as the briefing's last "
                    "update, first on the home page until then", "correct the year")
            for day, shown, line in dated if day == latest]


def _years_between(earlier: str, later: str) -> float:
    """Return how many years `later` is after `earlier` (two YYYY-MM-DD dates)."""
    days = datetime.date.fromisoformat(later) - datetime.date.fromisoformat(earlier)
    return days.days / 365.25
