"""Whose act is the cause: "The deadline was extended because the Authority submitted new evidence" may not cite "The
Authority has extended the deadline ... because the airlines submitted a large amount of new evidence".

A passage's sentence "DOER did A because OTHER did B" gives the cause to OTHER. A sentence whose "because" clause
gives the same verb ("submitted") to the main clause's doer instead (by its last word: "the Authority") moves the
cause to who acted on it. It is refused where that word names no one in the passage's "because" clause, and no cited
passage gives that doer the verb itself. Any other doer of the cause ("because Corran and Brisa submitted new
evidence", of "the airlines") is not read: only the swap of the two doers the passage names. English text is read;
words in quotation marks are not (factcheck_195).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked, split_sentences

# the main clause's doer, opening its sentence: "The Authority has extended", "The board postponed"
_MAIN_DOER = patterns.compile(r"^\W*(?P<doer>(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}|[a-z]+))\s+"
                              r"(?:has|have|had|was|were|is|are|will|[a-z]+ed)(?!\w)")
_BECAUSE = patterns.compile(r"(?<!\w)because\s+(?P<doer>(?:[\w'’-]+\s+){1,4}?)(?:had\s+|have\s+|has\s+|also\s+)?"
                            r"(?P<verb>[a-z]{3,}ed)(?!\w)", re.IGNORECASE)
_NAMES = patterns.compile(r"[\w'’-]+")
# a cause's doer the main clause's may be: "extended the deadline because it received new evidence"
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "its", "their", "his", "her", "our", "itself",
                       "themselves", "this", "that", "these", "those"})


def cause_given_to_its_doer(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives the act of a cause to the doer its cited passages say acted on it."""
    if not in_english(language) or "because" not in text or not any("because" in p.text for p in passages):
        return []  # most sentences give no cause: found by substring searches
    causes = [(main["doer"], because) for passage in passages if in_english(passage.language)
              for sentence in split_sentences(passage.text) if "because" in sentence.text
              for main in (_MAIN_DOER.match(sentence.text),) if main
              for because in _BECAUSE.finditer(sentence.text)]
    spoken = unquoted(markers_blanked(text))
    for mine in _BECAUSE.finditer(spoken):
        doer = _words(mine["doer"])
        for main, theirs in causes:
            if (mine["verb"].casefold() == theirs["verb"].casefold() and doer
                    and doer[-1] == _words(main)[-1] and doer[-1] not in _words(theirs["doer"])
                    and _PRONOUNS.isdisjoint(_words(theirs["doer"]))
                    and not _given_the_verb(doer[-1], mine["verb"], passages)):
                return [Finding(offset + mine.start(), f"this sentence gives the cause ('{mine['doer'].strip()} "
                                                       f"{mine['verb']}') to the one its cited passages say acted on "
                                                       f"it; they give it to {theirs['doer'].strip()} "
                                                       f"('{' '.join(theirs.group().split())}'): {clipped(text)}",
                                "name who did it as the source does, or cite a passage that gives it to this one")]
    return []


def _words(words: str) -> list[str]:
    return [word.casefold() for word in _NAMES.findall(words)]


def _given_the_verb(doer: str, verb: str, passages: list[Cited]) -> bool:
    """Say whether a passage gives the doer (its last word) the verb itself: "the Authority submitted"."""
    told = re.compile(rf"(?<!\w){re.escape(doer)}\s+(?:has\s+|had\s+|have\s+|also\s+)?{re.escape(verb)}(?!\w)",
                      re.IGNORECASE)
    return any(told.search(passage.text) for passage in passages)
