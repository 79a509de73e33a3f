"""German "über" before a span of time: "elf Prozent mehr Lohn über 32 Monate" is spread across 32 months, no bound,
as English "over five years" is (attribution._LOOSE_BOUND).

Read as a bound, "Die Bahn bietet elf Prozent mehr Lohn über 32 Monate" citing "bei einer Laufzeit von 32 Monaten" was
refused ('figure "über 32" says more or less than "32"'). "Über" is read so where a unit of time follows its figure
in the accusative ("über 32 Monate", "über drei Jahre hinweg") and no preposition stands before it: "seit über drei
Jahren", "vor über zwei Wochen", "für über drei Jahre" and "über drei Jahre alt" are more than the span, and "über
100 Menschen" stays a bound (tests/test_newuser_66.py).
"""

from __future__ import annotations

import re

from . import patterns

# a unit of time in the accusative right after the figure ("über 32 Monate"); its dative ("Monaten") follows a
# preposition, and "über" then bounds ("von über 32 Monaten")
_SPAN_AFTER = patterns.compile(r"\s+(?:Sekunden|Minuten|Stunden|Tage|Wochen|Monate|Quartale|Jahre|Jahrzehnte)(?!\w)"
                               r"(?!\s+(?:alt|älter|jünger)(?!\w))")
_PREPOSITION_BEFORE = patterns.compile(r"(?<!\w)(?:seit|vor|von|nach|mit|bei|zu|aus|in|für|um|auf|an|ab|binnen"
                                       r"|innerhalb|bis|als|nur|schon|bereits)\s+$", re.IGNORECASE)


def over_a_span(text: str, start: int, end: int, words: str) -> bool:
    """Say whether the qualifier `words` of the figure at `start`..`end` of text is German "über" spreading it across
    a span of time ("über 32 Monate"), no bound of it."""
    if not words[:5].casefold().startswith("über"):
        return False
    before = text.rfind(words.split()[0], max(0, start - len(words) - 2), start)
    return (before >= 0 and _SPAN_AFTER.match(text, end) is not None
            and not _PREPOSITION_BEFORE.search(text, max(0, before - 12), before))
