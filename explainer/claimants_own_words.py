"""An asserting word a claim's card shows that its cited passages use the same way, before the same word: the
claimant's own phrase, not the editors' vouching.

"with 63 confirmed ballots and a margin of 212, winning will be difficult", an assessment citing Professor Hartley's
"With 63 confirmed ballots and a margin of 212, that will be difficult", was refused as worded as fact ('confirmed'):
the card gives it as her judgement, in her words. Only a word used before a content word ("confirmed ballots",
"proven reserves") the passage writes so too: "confirmed that ...", "confirmed the ..." still assert a deed, and a
passage's "confirmed ballots" lets no "confirmed that" through (tests/test_newuser_122.py).
"""

from __future__ import annotations

import re

from . import patterns

# Words after which an asserting word tells a deed or a finding, not a kind of thing: "confirmed that", "proved it".
_FUNCTION_WORDS = frozenset(
    "that the a an it its this these those his her their our by to as what whether how who which and or not no "
    "was were is are be been in on at of for with".split())
_NEXT_WORD = patterns.compile(r"\s+([^\W\d_][\w'’-]*)")


def _phrase_at(text: str, start: int, word: str) -> str:
    """Return the word at `start` of text with the word right after it, lower case, or "" where a function word, a
    figure or punctuation follows it."""
    following = _NEXT_WORD.match(text, start + len(word))
    if not following or following.group(1).casefold() in _FUNCTION_WORDS:
        return ""
    return f"{word} {following.group(1)}".casefold()


def in_claimants_words(text: str, start: int, word: str, passages: list[str]) -> bool:
    """Whether the asserting `word` at `start` of text stands before a content word that a cited passage writes
    right after the same word ("63 confirmed ballots" of "With 63 confirmed ballots")."""
    phrase = _phrase_at(text, start, word)
    if not phrase:
        return False
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)", re.IGNORECASE)
    return any(pattern.search(passage) for passage in passages)
