"""A vote's split kept the right way round: "The committee voted 3-6 for the rise" may not cite "voted 6-3 for the
increase", nor "by three votes to six" cite "by a majority of six votes to three".

A split is the votes for, then the votes against: turned round, the motion that passed is told as defeated, with every
figure of the source kept, so no figure check saw it. A split is read where a vote is named ("vote", "voted",
"split", "majority", "margin"), as two counts joined by a hyphen or dash ("6-3", "6–3") or by "to" ("six to three",
"by six votes to three", "6 votes to 3"), in digits or in words up to twenty; or by "by" after a motion's fate
("approved the terms by 6-3", "rejected by three to six"), a vote though none is named. A sentence giving a split of two
different counts is refused where a cited passage gives the same two counts the other way round and none gives them
its way. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_COUNT = r"(?:\d{1,3}|" + "|".join(_WORDS) + ")"
_SPLIT = patterns.compile(rf"(?<![\w.,-])(?P<for>{_COUNT})(?:\s*[-–—]\s*|\s+(?:votes?\s+)?to\s+)(?P<against>{_COUNT})"
                          r"(?![\w%-]|[.,]\d|\s*(?:per\s*cent|percent|%))", re.IGNORECASE)
# a stop or comma after the split ends it ("by three votes to six."): only one before a digit goes on a figure ("6-3.5")
# a vote named within a few words before the split: "voted 6-3", "by a majority of six votes to three", "a 6-3 vote"
_VOTE = ("vot", "split", "majority", "margin", "ballot")
_NEAR = 40
# a motion decided "by" a split names no vote but is one: "approved the terms by 3-6", "rejected by three to six"
_DECIDED = ("approv", "reject", "passed", "carried", "adopt", "defeat")
_BY = patterns.compile(r"\bby\s+(?:a\s+)?$", re.IGNORECASE)


def turned_vote_splits(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a vote's split a sentence gives the other way round from its cited passages."""
    lowered = text.lower()
    if not in_english(language) or not any(word in lowered for word in _VOTE + _DECIDED):
        return []  # most sentences name no vote
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    theirs = {split for passage in passages if in_english(passage.language or language)
              for split, _ in _splits(passage.text)}
    for (votes_for, against), match in _splits(spoken):
        if votes_for != against and not inside(quoted, match.start()) and (
                (against, votes_for) in theirs and (votes_for, against) not in theirs):
            return [Finding(offset + match.start(),
                            f"this sentence gives the vote as {' '.join(match.group().split())} where its cited "
                            f"passages give it {against} to {votes_for}, the other way round: {clipped(text)}",
                            "give the votes for first, then those against, as the source does")]
    return []


def _splits(text: str) -> list[tuple[tuple[int, int], re.Match]]:
    """Return each vote's split in text, as (votes for, votes against), with its words."""
    found = []
    for match in _SPLIT.finditer(text):
        near = text[max(0, match.start() - _NEAR):match.end() + _NEAR].lower()
        if any(word in near for word in _VOTE) or (
                any(word in near for word in _DECIDED) and _BY.search(text[max(0, match.start() - 8):match.start()])):
            found.append(((_count(match.group("for")), _count(match.group("against"))), match))
    return found


def _count(word: str) -> int:
    """Return a count written in digits or in words."""
    return int(word) if word.isdigit() else _WORDS.index(word.lower())
