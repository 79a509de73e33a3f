"""Observers told as members: "took part in the talks as full members" may not cite "attended as observers".

A sentence's "as (full or voting) members", "as full participants" or "full members" is refused where a cited
passage's sentence sharing a word of five letters or more, or an acronym, with it ("association", "UN") gives
someone as "observers" (or "observer status") and no passage gives anyone as members in those words: an observer
watches and does not take part as a member. "Attended as observers", "observed the talks" and "members of the
association attended as observers" build. English text is read; words in quotation marks are not
(tests/test_factcheck_177.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_AS_MEMBERS = patterns.compile(
    r"(?<![\w-])(?:as\s+(?:full(?:y-fledged)?\s+|voting\s+|permanent\s+)?(?:members?|participants?|delegates?|"
    r"negotiators?|parties)|full(?:y-fledged)?\s+(?:members?|participants?|membership|parties)|voting\s+members?)"
    r"(?![\w-])", re.IGNORECASE)
_SENTENCE_END = patterns.compile(r"(?<=[.!?;])\s+")
_WORD = patterns.compile(r"[^\W\d_]{5,}|(?<!\w)[A-Z]{2,}(?!\w)")  # or an acronym: "the UN"
_NOT_NAMING = frozenset({"observer", "observers", "member", "members", "attended", "participants", "their", "there",
                         "which", "talks", "meeting", "about", "after", "before"})
_OBSERVERS = patterns.compile(r"(?<![\w-])observers?(?:\s+status)?(?![\w-])", re.IGNORECASE)


def observers_told_as_members(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives as members whom its passages give as observers."""
    if not in_english(language) or not passages or "observer" in text.lower():
        return []
    told = _AS_MEMBERS.search(unquoted(markers_blanked(text)))
    if told is None:
        return []
    if any(_AS_MEMBERS.search(passage.text) for passage in passages):
        return []
    own = _words(text)
    observers = next((match for passage in passages for sentence in _SENTENCE_END.split(passage.text)
                      for match in [_OBSERVERS.search(sentence)] if match and own & _words(sentence)), None)
    if observers is None:
        return []  # no passage gives as observers whom the sentence names
    return [Finding(offset, f"this sentence says '{' '.join(told.group().split())}' where its cited passages say "
                            f"'{observers.group()}': {clipped(text)}",
                    "say they attended as observers, as the source does, or cite a passage that gives them as members")]


def _words(text: str) -> frozenset[str]:
    """Return text's words of five letters or more, and its acronyms, that may name who attended, their possessive
    cut."""
    return frozenset(word.lower().rstrip("'’s") for word in _WORD.findall(text) if word.lower() not in _NOT_NAMING)
