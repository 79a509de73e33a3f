"""A figure a passage gives as "an estimated 38,000", told as an estimate by the sentence's own words: "The library
service estimates that the closures would affect 38,000 card holders" keeps the hedge of "an estimated 38,000".

A passage's "an estimated" (or "estimated") before a figure says only that the figure is an estimate, which attribution
reads as "about" it. A sentence whose clause around the figure says so itself ("X estimates that", "estimated that",
"by X's estimate", "..., X estimates", or right before it "X put the figure at", "puts the crowd at", "put it at":
tests/test_factcheck_191.py) keeps that hedge without "about". One giving the figure plainly ("the closures
would affect 38,000 card holders") is still refused, and so is one qualifying it otherwise ("more than 38,000"), as
is an estimate told in another clause ("X estimates 400 came, and the closures would affect 38,000").
"""

from __future__ import annotations

import re

from . import patterns

# the passage's qualified figure, as written: "an estimated 38,000", "estimated that 1,200" (qualifiers.py)
_ESTIMATED = patterns.compile(r"(?:an\s+)?estimat(?:ed|es|e|ing)\s", re.IGNORECASE)
_ESTIMATE_WORD = patterns.compile(r"(?<!\w)estimat(?:e|es|ed|ing)(?!\w)", re.IGNORECASE)
# "put the figure at 5,000", "puts the crowd at", "put it at": a figure someone puts at a number is their estimate
_PUT_AT = patterns.compile(r"(?<!\w)(?:puts?|putting)\s+(?:it|(?:the|their|its|his|her|our)\s+(?:[^\W\d_]+\s+){0,2}?"
                           r"(?:figure|number|total|count|estimate|crowd|turnout|attendance|toll|cost|size)s?"
                           r"(?:\s+of\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)?)\s+at\s+$",  # "the number of marchers"
                           re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[;:]|[,–—]\s+(?:and|but|while|whereas|yet)\s", re.IGNORECASE)
_WINDOW = 120  # characters read on each side of the figure: its clause's reporting words stand near it


def told_as_estimate(sentence: str, at: int, to: int, given: str) -> bool:
    """Say whether a sentence's figure (from `at` to `to`), which a passage gives qualified as `given` ("an estimated
    38,000"), stands in a clause of the sentence that tells it as an estimate."""
    if not _ESTIMATED.match(given):
        return False
    before = sentence[max(0, at - _WINDOW):at]
    after = sentence[to:to + _WINDOW]
    ends = [end.end() for end in _CLAUSE_END.finditer(before)]
    end = _CLAUSE_END.search(after)
    return bool(_ESTIMATE_WORD.search(before, ends[-1] if ends else 0) or _PUT_AT.search(before)
                or _ESTIMATE_WORD.search(after, 0, end.start() if end else len(after)))
