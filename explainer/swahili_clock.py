"""Swahili clock times read as times of day: "saa nne asubuhi" is 10 a.m., not the figure 4.

Swahili counts the day's hours from sunrise: "saa nne" (hour four) in the morning is 10 a.m., "saa moja jioni" 7 p.m.,
"saa sita usiku" midnight; a part of the day after the hour ("asubuhi" morning, "alfajiri" dawn, "mchana" afternoon,
"jioni" evening, "usiku" night) says it is a time. Read as the figure 4, "Kikao kilianza saa nne usiku" (10 p.m.)
citing "saa nne asubuhi" (10 a.m.) built, and so did "Mgomo ulidumu saa nne" (it lasted four hours) citing a strike
begun "saa nne asubuhi" (tests/test_newuser_59.py). Here such a time, in words or digits ("saa 4 asubuhi"), states its
hour of the day on a 24-hour clock only (unit "hour of day", as numbers.py reads "10 a.m."): "saa 4 asubuhi" cites
"saa nne asubuhi", "saa 10 asubuhi" (4 a.m.) does not. "saa nne" with no part of the day may be four hours: a figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns

# The words that may follow the hour before its part of the day: "saa nne na nusu asubuhi", "saa tatu kamili asubuhi".
_PART = patterns.compile(r"\s+(?:(?:na\s+(?:nusu|robo|dakika\s+\S+)|kasoro\s*robo|kamili)\s+)?(?:za\s+|ya\s+)?"
                         r"(?P<part>asubuhi|alfajiri|mchana|jioni|usiku)(?![\w-])", re.IGNORECASE)
_SAA = patterns.compile(r"(?<![\w-])saa\s+$", re.IGNORECASE)


def hour_of_day(hour: int, part: str) -> int:
    """Return the hour on a 24-hour clock of Swahili's "saa `hour`" in a part of the day: "saa nne asubuhi" 10,
    "saa moja jioni" 19, "saa sita usiku" 0, "saa nane usiku" 2."""
    western = (hour + 6) % 12 or 12  # hour one is 7 o'clock
    part = part.casefold()
    if part in ("asubuhi", "alfajiri"):
        return western
    if part == "usiku":
        return 0 if western == 12 else western + 12 if western >= 7 else western
    return western if western == 12 else western % 12 + 12  # "mchana", "jioni"


def with_clock_times(text: str, mentions: list, made) -> list:
    """Return mentions with each "saa N <part of the day>" made by `made(start, end, hour_of_day)` in place of its
    figure N."""
    if "saa" not in text.casefold():
        return mentions  # the common case: one substring search
    found = []
    for mention in mentions:
        before = _SAA.search(text, max(0, mention.start - 8), mention.start)
        part = before and _PART.match(text, mention.end)
        value = mention.quantities[0].value if part and len(mention.quantities) == 1 else None
        if value is not None and mention.kind == "figure" and value == int(value) and 1 <= value <= 12:
            found.append(made(before.start(), part.end(), Decimal(hour_of_day(int(value), part["part"]))))
        else:
            found.append(mention)
    return found
