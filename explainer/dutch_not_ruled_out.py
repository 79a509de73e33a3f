"""Dutch acts not ruled out told as certain: "LTO-Noord zal wegen blokkeren" citing "De organisatie sluit niet uit dat
zij ook wegen zal blokkeren" (tests/test_factcheck_246.py). The clause after "sluit(en) niet uit dat" gives an act only
as possible; a sentence with the clause's last verb ("blokkeren"), the word before it ("wegen") and no word of doubt,
possibility, threat or negation of its own ("mogelijk", "misschien", "kan", "dreigt", "overweegt", "uitsluiten",
"niet") tells it certain.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped

_NOT_RULED_OUT = patterns.compile(r"\b(?:sluit|sluiten|sloot|sloten)\s+(?:[\w'-]+\s+){0,3}?niet\s+(?:[\w'-]+\s+){0,2}?"
                                  r"uit\s+dat\b(?P<clause>[^;:.!?]*)", re.IGNORECASE)
_KEPT = patterns.compile(r"\b(?:mogelijk\w*|misschien|wellicht|eventueel|kan|kunnen|kon|konden|zou|zouden|dreigt|"
                         r"dreigen|dreigde|overweegt|overwegen|overwoog|uitsluiten|uit|sluit|sluiten|niet|geen|"
                         r"denkt|denken|mogelijkheid|optie|houdt|openhouden|open|optie)\b", re.IGNORECASE)
_AUXILIARY = frozenset({"zal", "zullen", "zou", "zouden", "wil", "willen", "gaat", "gaan", "worden", "wordt", "zijn",
                        "is", "heeft", "hebben"})


def possible_told_as_certain(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Dutch sentence tells as certain an act its cited passage only does not rule out."""
    if not language.startswith("nl") or _KEPT.search(text):
        return []
    words = [word.casefold() for word in re.findall(r"\w+", text)]
    for passage in passages:
        for match in _NOT_RULED_OUT.finditer(passage.text):
            clause = [word.casefold() for word in re.findall(r"\w+", match["clause"])
                      if word.casefold() not in _AUXILIARY]
            if len(clause) < 2:
                continue
            verb, before = clause[-1], clause[-2]
            if verb in words and before in words and len(verb) > 4:
                return [Finding(offset, f"this sentence tells as certain what its cited passage only does not rule "
                                        f"out ({clipped(match.group(), 80)}): {clipped(text)}",
                                "keep it possible, as the source does ('sluit niet uit dat ...')")]
    return []
