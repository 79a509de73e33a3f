"""French shares said as ratios: "sept membres sur dix", "sept sur dix", "un salarié sur deux", "7 Français sur 10"
for a source's "70 %", "50 %".

Unread, "Sept membres sur dix ont soutenu l'accord" citing "70 % des membres" was refused ("figure "Sept" is not in
the passages"), and citing "52 %" refused only for that (tests/test_factcheck_164.py). Each ratio is read here as
explainer/fractions_said.py reads English "seven in ten" and German "sieben von zehn", and held to the percentages
cited as they are: as "about" its share where nothing qualifies it ("environ", "près de", "quelque", "autour de", "à
peu près" say about; "presque", "quasiment" nearly; "plus de" more; "moins de" less). At most one noun stands between
the two counts, never one of time: "cinq jours sur sept", "24 heures sur 24" are a week's days and a day's hours, no
share of people. A count in digits is read only of ten or a hundred ("7 sur 10"): "12 sur 20" is a mark.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns

_COUNTS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "cent": 100}
_QUALIFIERS = {"environ": "about", "près de": "about", "quelque": "about", "autour de": "about",
               "à peu près": "about", "presque": "nearly", "quasiment": "nearly", "plus de": "more",
               "moins de": "less"}


def _any(words) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True))


# a noun of time between the counts makes no share of people: "cinq jours sur sept", "24 heures sur 24"
_TIME = r"(?:jours?|heures?|semaines?|mois|ans|années?|minutes?|nuits?|week-ends?|matchs?)"
# the noun's complement or adjective: "deux lignes de tramway sur cinq", "une école primaire sur quatre" (unread,
# "trois lignes de tramway sur cinq" citing "deux lignes de tramway sur cinq, et un bus sur trois" built:
# tests/test_newuser145.py)
_NOUN_TAIL = (r"(?:\s+(?:de|du|des)\s+(?!sur(?!\w))[^\W\d_][\w'’-]*|\s+d['’][^\W\d_][\w'’-]*"
              r"|\s+(?!sur(?!\w))[^\W\d_]{4,})")
_RATIO = patterns.compile(
    rf"(?<![\w.,-])(?:(?P<qualifier>{_any(_QUALIFIERS)})\s+)?(?P<part>{_any(_COUNTS)}|\d{{1,2}})"
    rf"(?:\s+(?!{_TIME}(?!\w))(?!sur(?!\w))[^\W\d_][\w'’-]*{_NOUN_TAIL}?)?\s+sur\s+(?P<whole>{_any(_COUNTS)}|10|100)"
    # a full stop or comma ends it ("un bus sur trois.", "sur cinq, et"), a decimal's ("sur 10,5") never
    r"(?![\w%-]|[.,]\d)", re.IGNORECASE)
_HINT = " sur "  # what every ratio holds, looked for in the text first: most sentences hold none


def fractions_in(text: str) -> list[tuple[int, int, str, Decimal, str]]:
    """Return each French ratio text says as (start, end, as written, its percentage, its qualifier: "about",
    "nearly", "more" or "less"); a ratio unqualified is "about" its share, as a reporter rounds one."""
    if _HINT not in text.casefold():
        return []
    found = []
    for match in _RATIO.finditer(text):
        part, whole = (_COUNTS.get(match[name].casefold()) or int(match[name]) for name in ("part", "whole"))
        if 0 < part < whole:
            qualifier = _QUALIFIERS[" ".join(match["qualifier"].casefold().split())] if match["qualifier"] else "about"
            found.append((match.start(), match.end(), match.group(), Decimal(100 * part) / whole, qualifier))
    return found
