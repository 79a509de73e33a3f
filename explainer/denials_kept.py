"""A party's claim told as fact with its denial kept: "Kestrel troops crossed the river first, near the village of
Tern; Kestrel denies this" citing "Valdoria says Kestrel troops crossed the river first ... Kestrel denies this" built
(factcheck247): the denial's "denies" was read as the sentence saying whose word it states.

A denial closing a sentence ("; Kestrel denies this", ", but Kestrel denies it", ", which Kestrel disputes") says
whose word the denial is, not whose the claim before it is. The sentence is read without it, by party_word.py's
party_word_as_fact: the claim left is refused as that finds, where every cited passage gives it only as a party's
word. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, in_english
from .party_word import party_word_as_fact
from .sentences import markers_blanked

# The closing denial: after a semicolon, or a comma and "but", "though" or "which"; its subject a few words, its
# object a word pointing back ("this", "it", "that", "the claim", "the account", "the charge", "the accusation").
_DENIAL = patterns.compile(
    r"(?:;|,\s*(?:but|though|although|while))\s+(?:[^\W\d_][\w'’-]*\s+){1,5}?"
    r"(?:denies|denied|disputes|disputed|rejects|rejected)\s+(?:this|it|that|the\s+(?:claim|account|charge|accusation))"
    r"\s*[.!]?\s*$"
    r"|,\s*which\s+(?:[^\W\d_][\w'’-]*\s+){1,5}?(?:denies|denied|disputes|disputed|rejects|rejected)\s*[.!]?\s*$",
    re.IGNORECASE)


def claim_told_with_its_denial(text: str, passages: list[Cited], offset: int = 0, parties: tuple = (),
                               language: str = "") -> list[Finding]:
    """Return party_word_as_fact's findings for the words before a denial closing text, where there is one."""
    if not parties or not in_english(language) or not any(word in text for word in ("deni", "disput", "reject")):
        return []  # most sentences deny nothing: found by a plain search
    denial = _DENIAL.search(markers_blanked(text))  # "; Kestrel denies this[^first].": its marker is no word
    if denial is None or not text[:denial.start()].strip():
        return []
    return party_word_as_fact(text[:denial.start()] + ".", passages, offset, parties, language)
