"""French counts given roughly by a noun: "une trentaine de fermes" is about 30 farms, "un millier de manifestants"
about 1,000.

Unread, they were no figures at all: "une vingtaine de fermes" citing "une trentaine de fermes" built, and
"environ 30 fermes" (the same count, in digits) was refused as a figure its passage does not give. Each is now read
as its number, qualified as "about" (environ), so "environ 30" and "quelque 30" may cite it, "30 fermes" leaves out
that it is rough, and another count is refused (tests/test_newuser_63.py). Read only after "un"/"une" and before "de"
or "d'": "mis en quarantaine" is no count.
"""

from __future__ import annotations

from decimal import Decimal

from . import patterns

VALUES = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
          "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}
# The inside of a mention pattern's alternative: the count's noun in the group "frapx"
PATTERN = rf"une?\s+(?P<frapx>{'|'.join(VALUES)})(?=\s+d(?:e\s|['’]))"
_ROUGH = patterns.compile(rf"(?i:{PATTERN})")


def value_of(noun: str) -> Decimal:
    """Return the number a French count's noun stands for ("trentaine": 30)."""
    return Decimal(VALUES[noun.casefold()])


def is_rough_count(text: str, start: int, end: int) -> bool:
    """Say whether text[start:end] is a French count given by a noun ("une trentaine"): about its number."""
    if "ine" not in text[start:end] and "millier" not in text[start:end]:
        return False
    found = _ROUGH.match(text, start)
    return found is not None and found.end() == end
