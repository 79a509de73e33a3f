"""An Italian relative clause with an aside between its "che" and its verb is one clause: "un piano di rilancio che,
secondo i sindacati, non è mai stato attuato" denies the plan was carried out. Cut at the aside's commas, the "non
è mai stato attuato" read alone held none of the plan's words, and "Il piano di rilancio è stato attuato" built
(tests/test_factcheck_222.py). Without the aside the clause was read whole already."""

from __future__ import annotations

import re

from . import patterns

# The text before the aside's first comma ends in the relative pronoun ...
_ENDS_IN_CHE = patterns.compile(r"(?<!\w)(?:che|cui)\s*$", re.IGNORECASE)
# ... and the aside between the two commas names whose word it is: "secondo i sindacati", "per la Fiom"
_ASIDE = patterns.compile(r"\s*(?:secondo|per|a\s+detta\s+di|stando\s+a)\s+[^,;:.()]{1,60}$", re.IGNORECASE)


def joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the clause ends of text without the two commas around an aside right after an Italian "che"."""
    if "che" not in text.lower():
        return spans
    dropped = set()
    for (end, after), (following, _) in zip(spans, spans[1:]):
        if text[end:after] == "," and text[following:following + 1] == "," and _ENDS_IN_CHE.search(
                text, 0, end) and _ASIDE.match(text[after:following]):
            dropped |= {end, following}
    return [span for span in spans if span[0] not in dropped] if dropped else spans
