"""Whose things a count is of, kept: "31 of the 92 stores offered are Harlow Foods stores" may not cite "Of the 92
stores we have offered to sell, only 31 are Brightmart stores".

Two names may be one party of a briefing (Harlow Foods and Brightmart, merging), so the party checks read no swap
between them. Here a sentence's count told as some owner's things ("31 ... are Harlow Foods stores", "were Brightmart
shops") is refused where a cited passage gives the same count of the same things ("31 are Brightmart stores") to an
owner named by other words only (a name's parts split at hyphens, "'s" left off: "Brightmart-branded stores" is
Brightmart's), and no passage gives that count of those things to the sentence's owner. An owner written in capitals
(initials) is not compared. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .sentences import markers_blanked
from .wordset import has_digit

# "31 of the 92 stores offered are Harlow Foods stores", "only 31 are Brightmart stores"
_OWNED = patterns.compile(r"(?<![\w.,])(?P<count>\d[\d,]*)(?![\d,]*\.\d)(?:\s+[^\s.;:,]+){0,6}?\s+(?:are|were)\s+"
                          r"(?:all\s+)?(?P<owner>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2})\s+(?P<things>[a-z]+s)"
                          r"(?!\w)")


def count_given_another_owner(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a count of things to an owner its passages give that count of them to
    another owner only."""
    if not in_english(language) or not has_digit(text) or (" are " not in text and " were " not in text):
        return []
    for mine in _OWNED.finditer(markers_blanked(text)):
        owner = _owner_words(mine["owner"])
        if mine["owner"].isupper() or not owner:
            continue
        theirs = [given for passage in passages for given in _OWNED.finditer(passage.text)
                  if _count(given) == _count(mine) and given["things"] == mine["things"]]
        others = [given for given in theirs if owner.isdisjoint(_owner_words(given["owner"]))]
        if others and len(others) == len(theirs) and not any(given["owner"].isupper() for given in others):
            return [Finding(offset + mine.start(), f"this sentence gives {mine['count']} {mine['things']} to "
                                                   f"{mine['owner']}, but its cited passages give them to "
                                                   f"{others[0]['owner']}: {clipped(text)}",
                            "name the owner the source names, or cite the passage that gives the count so")]
    return []


def _count(match: re.Match) -> str:
    return match["count"].replace(",", "")


def _owner_words(owner: str) -> frozenset[str]:
    """Return an owner's words, folded, split at hyphens, a possessive's "'s" left off."""
    return frozenset(re.sub(r"['’]s?$", "", part) for part in re.split(r"[\s-]+", owner.casefold()) if part)
