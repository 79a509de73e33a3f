"""An Italian period's end kept: "L'offerta resta valida fino a fine anno" may not cite "l'offerta 'resta valida fino a
fine mese'" (tests/test_factcheck_222.py). A sentence's "fine mese" ("fine del mese"), "fine anno" ("fine dell'anno")
is refused where its cited passages name the other's end, in a sentence sharing a word with it ("offerta"), and never
its own; a passage naming none leaves it to the other checks ("fine settimana", a weekend, is not read). Words the
sentence quotes are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts

_END = patterns.compile(r"(?<!\w)fine\s+(?:del(?:la|l['’])?\s*)?(?P<period>mese|anno)(?!\w)", re.IGNORECASE)

_SENTENCE = patterns.compile(r"(?<=[.;!?])\s+")
_WORD = patterns.compile(r"[^\W\d_]{5,}")


def _stems(text: str) -> frozenset[str]:
    """Return the first five letters of text's words of five letters or more, folded."""
    return frozenset(word.casefold()[:5] for word in _WORD.findall(text))


def unkept_period_ends(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when Italian text names the end of a month, year or week its passages name only another's."""
    if language[:2].lower() != "it" or "fine" not in text.lower():
        return []  # most sentences name no period's end
    words = _stems(_END.sub(" ", text))
    given = {found["period"].lower() for passage in passages for sentence in _SENTENCE.split(passage.text)
             if words & _stems(_END.sub(" ", sentence)) for found in _END.finditer(sentence)}
    if not given:
        return []
    quoted = quoted_parts(text)
    for found in _END.finditer(text):
        if any(start <= found.start() < end for start, end in quoted) or found["period"].lower() in given:
            continue
        shown = " ".join(found.group().split())
        others = " and ".join(f"'fine {period}'" for period in sorted(given))
        return [Finding(offset + found.start(), f"this sentence says '{shown}' where its cited passages say {others}: "
                                                f"{clipped(text)}",
                        "keep the end of the period the source names")]
    return []
