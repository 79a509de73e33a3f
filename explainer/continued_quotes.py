"""A quotation that goes on from the sentence before: its speaker is the one that sentence gives its quoted words to.

A news report gives a speaker's words in two quoted sentences and names the speaker once, in the first:
'"The council has moved the goalposts," said the club's chief executive, Martin Oyelaran. "We will ask the court to
quash a decision ..."'. A passage of the second sentence names no speaker of its own: cited alone, it was read as no
one's word (party_word.py, tests/test_factcheck_119.py), and a claim citing it as naming no one ("claimant: Fiona
Castell, the council's leader" built on it: tests/test_factcheck_121.py). Here such a sentence, quoted words alone
(it opens with a quotation mark and no closing mark leaves words outside it before its end), is read with the
sentence before it in its paragraph where that one quotes someone too: the speaker it names is the speaker of both.
"""

from __future__ import annotations

from .attribution import unquoted
from .sentences import split_sentences

_OPENING = ('"', "“", "«", "‘", "„")
_CLOSING = ('"', "”", "»", "“")


def with_quote_opening(quoted: str, paragraph: str, language: str = "") -> str:
    """Return `quoted` (a source's sentence, or a passage) with the sentence before it in `paragraph` in front, where
    `quoted` is a quotation going on from a sentence there that quotes someone; else `quoted` as it is."""
    words = quoted.strip()
    if not words or not words.startswith(_OPENING) or any(mark in words[1:-2] for mark in _CLOSING):
        return quoted  # not quoted words alone ('"..." she said', or words before the quotation)
    at = paragraph.find(words)
    before = [sentence.text for sentence in split_sentences(paragraph[:at], language)] if at > 0 else []
    return f"{before[-1]} {quoted}" if before and unquoted(before[-1]) != before[-1] else quoted
