"""Dutch words of a speaker told as fact: "De uitkoop is vrijwillig" citing "De uitkoop is vrijwillig, zegt de
minister" (tests/test_factcheck_246.py). A passage's sentence that opens on a clause and closes on who says it (",
zegt de minister", ", aldus Dijkstra", ", stelt het ministerie") gives the clause as that speaker's word. A sentence
holding every word of that clause, and no word that gives it to anyone ("volgens", "zegt", "noemt", "stelt", "aldus",
a colon, "naar eigen zeggen", ...), tells it as fact.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import split_sentences

_SAID_AFTER = patterns.compile(r"^(?P<clause>[^,;:\"“”]{8,}?),\s*(?P<saying>(?:zegt|zeggen|zei|zeiden|aldus|stelt|stellen|"
                               r"stelde|verklaart|verklaarde|benadrukt|benadrukte|meent|vindt|schrijft|"
                               r"beweert|beweerde)\s+[^,;:]+?)\s*[.!?]?\s*$", re.IGNORECASE)
_GIVEN = patterns.compile(r"\b(?:volgens|zegt|zeggen|zei|zeiden|aldus|stelt|stellen|stelde|verklaart|verklaarde|"
                          r"benadrukt|benadrukte|meent|menen|vindt|vinden|vond|noemt|noemen|noemde|beweert|beweerde|"
                          r"schrijft|belooft|beloofde|verzekert|verzekerde|spreekt|sprak|zeggen|benadrukken|"
                          r"kondigt|kondigde|presenteert|presenteerde|claimt|claimde|betoogt|betoogde|houdt|hield)\b|:",
                          re.IGNORECASE)


def _words(text: str) -> list[str]:
    return [word.casefold() for word in re.findall(r"\w+", text)]


def speakers_word_told_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Dutch sentence tells as fact a clause its cited passage gives as someone's word."""
    if not language.startswith("nl") or _GIVEN.search(text):
        return []
    mine = set(_words(text))
    for passage in passages:
        for sentence in split_sentences(passage.text, "nl"):
            said = _SAID_AFTER.match(sentence.text.strip())
            clause = _words(said["clause"]) if said else []
            if len(clause) >= 3 and set(clause) <= mine:
                return [Finding(offset, f"this sentence tells as fact what its cited passage gives as a speaker's word "
                                        f"('{clipped(said['clause'], 60)}', {said['saying']}): {clipped(text)}",
                                "say who says it, as the source does ('zegt ...', 'volgens ...')")]
    return []
