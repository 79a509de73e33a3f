"""Days widened: a sentence's "every day" (or "seven days a week", "every day of the week") may not cite a passage
that gives the same thing on weekdays only.

"The charge applies every day between 7am and 7pm" citing "the charge will be £8.50 a day ... between 7am and 7pm on
weekdays" built: every figure stands, and the weekend is charged. Refused where a sentence of the passages that
shares a content word with the sentence's clause gives weekdays ("on weekdays", "Monday to Friday", "five days a
week", "working days") and no passage gives every day, a weekend, Saturday or Sunday. A rate's "a day" or "each day"
("£8.50 a day") is no span of days, and "every day of the strike" names a span of its own: neither is read. English
text is read; words in quotation marks are not (tests/test_factcheck_175.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_EVERY_DAY = patterns.compile(
    r"(?<!\w)(?:every\s+(?:single\s+)?day(?!\s+(?:of|since|until|after|before|for)\s+(?!the\s+week(?!\w)))"
    r"(?:\s+of\s+the\s+week)?|(?:seven|7)\s+days\s+a\s+week|all\s+week(?:\s+long)?)(?!\w)", re.IGNORECASE)
_WEEKDAYS = patterns.compile(
    r"(?<!\w)(?:(?:on\s+)?week\s*days|(?:from\s+)?mondays?\s+(?:to|through|until|-|–)\s+fridays?|(?:five|5)\s+days\s+a"
    r"\s+week|(?:on\s+)?(?:working|business|work)\s*days)(?!\w)", re.IGNORECASE)
_ALL_DAYS = patterns.compile(
    r"(?<!\w)(?:every\s+(?:single\s+)?day|daily|(?:seven|7)\s+days|all\s+week|week\s*ends?|saturdays?|sundays?"
    r"|including\s+weekends?)(?!\w)", re.IGNORECASE)
_SENTENCE_END = patterns.compile(r"(?<=[.!?])\s+")
_CLAUSE_END = patterns.compile(r"[;:.!?()]|,\s*(?:and|but|while|whereas)\s", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{5,}")
_NO_CONTENT = frozenset({"every", "seven", "which", "their", "there", "these", "those", "would", "could", "should",
                         "about", "between", "after", "before", "during", "weekdays", "applies", "apply"})


def widened_to_every_day(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says "every day" of what its passages give on weekdays only."""
    if not in_english(language) or not passages or "day" not in text.lower() and "week" not in text.lower():
        return []
    spoken = unquoted(markers_blanked(text))
    said = _EVERY_DAY.search(spoken)
    if said is None or any(_ALL_DAYS.search(passage.text) for passage in passages):
        return []
    words = _content(_clause_around(spoken, said))
    for passage in passages:
        for sentence in _SENTENCE_END.split(passage.text):
            weekdays = _WEEKDAYS.search(sentence)
            if weekdays and words & _content(sentence):
                return [Finding(offset, f"this sentence says '{' '.join(said.group().split())}' where its cited "
                                        f"passages say '{' '.join(weekdays.group().split())}' "
                                        f"('{' '.join(sentence.split())}'): {clipped(text)}",
                                "give the days the source gives, or cite a passage that gives every day")]
    return []


def _clause_around(text: str, match: re.Match) -> str:
    """Return the clause of text holding match."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
    end_match = _CLAUSE_END.search(text, match.end())
    return text[start:end_match.start() if end_match else len(text)]


def _content(text: str) -> frozenset[str]:
    """Return text's words of five letters or more, by their first five letters ("charge" and "charging" alike)."""
    return frozenset(word.lower()[:5] for word in _WORD.findall(text) if word.lower() not in _NO_CONTENT)
