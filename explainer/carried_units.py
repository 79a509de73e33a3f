"""A change's second figure in its first's unit: "reduced the ban from four years to two" gives two years.

A source writes a unit once where a change runs from one figure to another ("from four years to two", "de quatre ans
à deux", "de cuatro años a dos", "von vier Jahren auf zwei"): the second figure, bare, is in the first's unit, as a
range's low end is in its high end's (numbers.units_given). Unread, "The tribunal cut the ban to 2 years" citing "the
tribunal reduced the ban from four years to two" was refused as a figure the source gives in no unit
(tests/test_newuser_60.py). Only a bare figure right after "to" (or its French, Spanish, German word) that follows the
first's unit, itself after "from", takes it: "from 4 years in 2024 to 5" or "from four riders to two teams" give none.
English writes the change the other way round too, "widened the zone to 5 kilometres from 2": a bare figure right after
"from" that follows the first's unit, itself after "to", takes it (tests/test_factcheck_124.py).
"""

from __future__ import annotations

import re

from . import patterns

# what may join a change's two figures, looked for as text before any pattern
_MAY_JOIN = (" to ", " à ", " a ", " auf ", " zu ")
_FROM = patterns.compile(r"(?<![\w-])(?:from|de|du|des|von|vom|od)\s+$", re.IGNORECASE)
# the first figure's unit (a word or two, or a sign), then "to": "years to", "ng/mL to", "Jahren auf"
_UNIT_THEN_TO = patterns.compile(r"\s*[^\W\d][^\s\d]*(?:\s+[^\W\d][^\s\d]*)?\s+(?:to|à|a|auf|zu)\s+$|\s*%\s+(?:to|à|a|auf|zu)\s+$",
                                 re.IGNORECASE)
# "to 5 kilometres from 2": the reached level's unit, then "from"
_TO = patterns.compile(r"(?<![\w-])to\s+$", re.IGNORECASE)
_UNIT_THEN_FROM = patterns.compile(r"\s*[^\W\d][^\s\d]*(?:\s+[^\W\d][^\s\d]*)?,?\s+from\s+$|\s*%,?\s+from\s+$",
                                   re.IGNORECASE)
_BARE_AFTER = patterns.compile(r"\s*(?:[.,;:!?)]|$|\s+(?:and|but|while|et|mais|y|pero|und|aber|after|before|in|on)\b)",
                               re.IGNORECASE)


def carried_units(text: str, mentions, units: list) -> list:
    """Return `units` (one per mention, None for none) with a bare second figure of a change ("from four years to
    two") given in the first's unit."""
    if not any(join in text for join in _MAY_JOIN):
        return units
    carried = list(units)
    for at in range(1, len(mentions)):
        low, high = mentions[at - 1], mentions[at]
        if (carried[at] is None and carried[at - 1] is not None and low.kind == high.kind == "figure"
                and ((_FROM.search(text, max(0, low.start - 6), low.start)
                      and _UNIT_THEN_TO.fullmatch(text, low.end, high.start))
                     or (_TO.search(text, max(0, low.start - 4), low.start)
                         and _UNIT_THEN_FROM.fullmatch(text, low.end, high.start)))
                and _BARE_AFTER.match(text, high.end)):
            carried[at] = carried[at - 1]
    return carried
