"""A maximum told as the level reached: Italian "L'acciaieria arrivava a produrre 1,8 milioni di tonnellate" citing
"produceva fino a 1,8 milioni di tonnellate" (and Spanish "llegaba a producir 1,8 millones" of "producía hasta 1,8
millones") keeps the passage's "up to": "arrivare a", "giungere a", "llegar a" before a figure say it got as far as
that figure, no further (tests/test_factcheck_236.py).

Only a verb of reaching right before the figure, or before one infinitive before it ("arrivava a 1,8 milioni",
"arrivava a produrre 1,8 milioni"), in an Italian or Spanish sentence, and only of a figure a passage gives as "up
to": the plain "produceva 1,8 milioni", and "arrivava a Valmarena e produceva 1,8 milioni", stay refused.
"""

from __future__ import annotations

import re

from . import patterns

_REACHING_BEFORE = patterns.compile(
    r"(?<![^\W\d_])(?:arriv|giung|lleg)[^\W\d_]*\s+(?:a|ad|al|alla|ai|alle)\s+"
    r"(?:[^\W\d_]+(?:re|ar|er|ir)\s+)?(?:(?:ben|hasta|unos|unas|los|las)\s+)?$", re.IGNORECASE)
_LANGUAGES = ("it", "es")


def maximum_told_as_reached(text: str, start: int, language: str) -> bool:
    """Say whether the figure at `start` of an Italian or Spanish text follows a verb of reaching ("arrivava a
    produrre", "llegó a")."""
    if language.split("-")[0].lower() not in _LANGUAGES:
        return False
    return bool(_REACHING_BEFORE.search(text, max(0, start - 60), start))
