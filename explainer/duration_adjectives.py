"""German durations told as adjectives: "ein 48-stündiger Streik", "ein zweitägiger Warnstreik", "eine dreiwöchige
Frist", "ein sechsmonatiger Vertrag", "eine zehnjährige Laufzeit" give their figure in hours, days, weeks, months and
years, as English "a 1,600-mile border" gives miles.

Unread, "Die GDL hat zu einem Streik von 48 Stunden aufgerufen" citing "zu einem 48-stündigen Streik" was refused as
a figure moved to hours, which the passage gave in no unit. The adjective follows its figure's digits after a hyphen
("48-stündig") or is glued to its number word ("zweitägig", read by explainer/spelled.py); "jährlich" and "täglich"
say how often, not how long, and are not read here (tests/test_newuser_66.py).
"""

from __future__ import annotations

import re

from . import patterns

# each adjective's stem, and the unit family (explainer/numbers.py UNITS) its figure is given in
_STEMS = {"sekündig": "second", "minütig": "minute", "stündig": "hour", "tägig": "day", "wöchig": "week",
          "monatig": "month", "jährig": "year"}
# the stem as it follows a number word glued to it (explainer/spelled.py): "zwei|tägig"
GLUED = "(?:" + "|".join(_STEMS) + r")(?:e[mnrs]?)?(?![\w-])"
_AFTER = patterns.compile(r"-?(?P<stem>" + "|".join(_STEMS) + r")(?:e[mnrs]?)?(?![\w-])", re.IGNORECASE)


def unit_after(text: str, end: int) -> str | None:
    """Return the unit family a German duration adjective right after a figure ending at `end` gives it in ("hour"
    for "48-stündigen", "day" for "zwei" of "zweitägige"), or None."""
    if text[end:end + 1] not in ("-", "s", "m", "t", "w", "j", "S", "M", "T", "W", "J"):
        return None  # most figures: a space, a sign or a unit word follows
    found = _AFTER.match(text, end)
    return _STEMS[found["stem"].casefold()] if found else None
