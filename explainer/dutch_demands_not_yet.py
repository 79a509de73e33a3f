"""Dutch demands told as not yet granted: "De stikstofwet is nog niet buiten werking gesteld" citing "Zij eisen dat de
rechter de stikstofwet buiten werking stelt" was refused by polarity.py as a negation added; a demand not yet granted
is what "nog niet" says (tests/test_factcheck_246.py). Read so where the negative clause says "nog niet", "nog geen"
or "(nog) steeds niet" and holds the participle of the demand's verb ("gesteld" of "stelt") or its infinitive
("stellen") right after the word that verb follows in the demand ("werking"); a bare "niet" (no "nog") stays refused.
"""

from __future__ import annotations

import re

from . import patterns
from .dutch_demands import _DEMAND, _participle

_NOT_YET = patterns.compile(r"\b(?:nog\s+(?:niet|geen)|(?:nog\s+)?steeds\s+(?:niet|geen))\b", re.IGNORECASE)


def demand_not_yet_granted(negative: str, positive: str, language: str = "") -> bool:
    """Say whether a Dutch negative clause says a demand of a positive clause is not yet granted."""
    if not (language or "").startswith("nl") or not _NOT_YET.search(negative):
        return False
    for match in _DEMAND.finditer(positive):
        clause = match["clause"].split()
        if not clause:
            continue
        infinitive = re.escape(match["verb"][:-1].casefold()) + "(?:en|n)"
        act = re.compile(rf"\b{re.escape(clause[-1])}\s+(?:{_participle(match['verb']).pattern}|(?:te\s+)?"
                         rf"{infinitive}\b)", re.IGNORECASE)
        if act.search(negative):
            return True
    return False
