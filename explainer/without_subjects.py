"""Two subjects of one "sin que" kept in one clause: "sin que el sindicato y la Autoridad Portuaria hayan vuelto a
negociar" denies that both returned to the table.

explainer/polarity.py starts a clause at every "y" (and "and", "e", "et", "und") and at every "sin" ("without"), so the
passage's "... sin que el sindicato | y la Autoridad Portuaria hayan vuelto a negociar" left the second subject's
clause unnegated, its verb told as done: "El sindicato y la Autoridad Portuaria no han vuelto a negociar", which
restates it, was refused as a negation added (tests/test_factcheck_185.py). A "y" a few words after "sin que",
"sem que", "sans que", "without" or "ohne dass" joins that clause's subjects, not two clauses.
"""

from __future__ import annotations

import re

from . import patterns

_AND = frozenset({"y", "and", "e", "et", "und"})
# "sin que" and the few words of a first subject before the "y" joining it to a second
_WITHOUT_SUBJECT = patterns.compile(r"(?<!\w)(?:sin\s+que|sem\s+que|sans\s+que|without|ohne\s+dass)\s+"
                                    r"(?:[^\W\d_]+\s+){1,4}$",
                                    re.IGNORECASE)
_LOOK_BACK = 60  # characters before the "y" that hold "sin que" and the first subject


def joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the clause ends `spans` (each a separator's start and end, in order) but each "y" joining two subjects of
    one "sin que"."""
    lowered = text.casefold()
    if not any(words in lowered for words in ("sin que", "sem que", "sans que", "without", "ohne dass")):
        return spans
    return [(end, after) for end, after in spans
            if not (text[end:after].casefold() in _AND
                    and _WITHOUT_SUBJECT.search(text, max(0, end - _LOOK_BACK), end))]
