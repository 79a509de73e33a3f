"""A record kept within its bounds: "It was the largest protest ever" may not cite "It was the largest protest this
year".

A sentence widens a record where it ranks something ("largest", "most", "first", "highest", "a record turnout") and
says it of all time: "ever", "on record", "in history", "of all time", "all-time", "a record" (the noun's adjective:
"a record turnout", "record highs", "was a record"). It is refused where a passage it cites ranks the same thing (its
sentence sharing a word of four letters or more with the sentence's) within a bound of time ("this year", "since
2010", "in a decade", "in 20 years", "of the year", "in recent memory"), no passage gives the record unbounded itself
("ever", "since records began", "unprecedented", ...), and the sentence keeps no bound of its own. A sentence's
"unprecedented" is unbacked_superlatives' to name (attribution.py) where no passage uses it. Words in quotation marks and negated records ("not the
largest ever") are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of
from .wordset import may_hold

# All time: what the sentence widens a record to, and what a passage giving the record unbounded says
_ALL_TIME = patterns.compile(
    r"(?<![\w-])(?:ever|on\s+record|in\s+(?:recorded\s+|modern\s+|its\s+|their\s+)?history|of\s+all\s+time|all-time"
    r"|since\s+records\s+began|unprecedented|(?:(?<=\ba\s)|(?<=\ban\s))record(?=[\s-]+[a-z]+|\s*(?:[.,;:]|$))|record(?=[\s-]+(?:highs?|lows?"
    r"|levels?|numbers?|turnout|heat|temperatures?|profits?|losses|sales|prices?))|record-(?:breaking|setting|high|low))"
    r"(?![\w-])", re.IGNORECASE)
_UNBOUNDED_HOLDS = frozenset({"ever", "record", "records", "history", "time", "unprecedented"})
# A word that ranks: a superlative ("-est"), "most", "least", "first", "best", "worst"; the record words rank too
_RANKS = patterns.compile(r"(?<![\w-])(?:[a-z]{2,}est|most|least|first|best|worst|record|all-time|unprecedented)(?![\w-])",
                          re.IGNORECASE)
_NOT_RANKING = frozenset({"interest", "protest", "forest", "honest", "request", "contest", "arrest", "harvest",
                          "invest", "suggest", "digest", "modest", "manifest", "earnest", "west", "rest", "test",
                          "guest", "quest", "chest", "nest", "pest", "vest", "zest", "crest", "unrest", "priest",
                          "conquest", "inquest", "behest", "midwest", "southwest", "northwest", "attest", "detest"})
_NUMBERS = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|\d+|several|many|a\s+few)"
# A bound of time a passage keeps its record in
_BOUND = patterns.compile(
    r"(?<![\w-])(?:(?:this|that|last)\s+(?:year|month|week|decade|century|season|summer|winter|spring|autumn)"
    r"|so\s+far(?:\s+this\s+\w+)?|since\s+(?!records\s+began)(?:\d{4}|the\s+\w+|at\s+least\s+\d{4}|january|february|march|april|may|june"
    r"|july|august|september|october|november|december)"
    rf"|in\s+(?:the\s+(?:past|last)\s+)?(?:{_NUMBERS}\s+)?(?:decades?|years?|months?|weeks?|generations?)"
    r"|in\s+(?:recent|living)\s+(?:years|memory|decades|times)|in\s+\d{4}|for\s+(?:\w+\s+)?(?:years|decades|months)"
    r"|of\s+the\s+(?:year|month|week|decade|season|century))(?![\w-])", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "ever", "record", "history", "time", "year", "years",
                          "decade", "since", "most", "least", "first", "unprecedented", "month", "week"})


def widened_records(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says of all time a record its cited passages keep within a bound of time."""
    if not in_english(language) or not passages or not may_hold(text, _UNBOUNDED_HOLDS):
        return []  # most sentences say nothing of all time: found without a pattern
    spoken = markers_blanked(text)
    widened = _widening(spoken)
    if widened is None or _BOUND.search(spoken):
        return []
    if any(_ALL_TIME.search(passage.text) for passage in passages):
        return []  # a passage gives the record unbounded itself
    words = content_words(spoken, _NOT_CONTENT)
    for passage in passages:
        bound = _bound_of(passage.text, words)
        if bound:
            return [Finding(offset, f"this sentence makes a record of all time ('{widened}') what its cited passages "
                                    f"keep to '{bound}': {clipped(text)}",
                            f"keep the source's bound ('{bound}'), or cite a passage that gives the record of all "
                            f"time")]
    return []


def _widening(spoken: str) -> str | None:
    """Return the sentence's own words saying a record is of all time, where it ranks something, or None."""
    quoted = quoted_parts(spoken)
    if not any(_ranks(match) for match in _RANKS.finditer(spoken)):
        return None
    for match in _ALL_TIME.finditer(spoken):
        if (inside(quoted, match.start()) or match.group().casefold() == "unprecedented"
                or _NEGATED_BEFORE.search(spoken, max(0, match.start() - 40), match.start())):
            continue  # "unprecedented" no passage uses is unbacked_superlatives' to name
        return " ".join(match.group().split())
    return None


def ranks_something(text: str) -> bool:
    """Say whether text ranks something ("largest", "worst", "a record"), not merely holds a word ending so."""
    return any(_ranks(match) for match in _RANKS.finditer(text))


def _ranks(match: re.Match) -> bool:
    """Say whether a word found by _RANKS ranks something ("largest"), not merely ends so ("protest")."""
    return match.group().casefold() not in _NOT_RANKING


def _bound_of(passage: str, words: frozenset[str]) -> str:
    """Return the bound of time a passage's sentence keeps a record in, where that sentence ranks something and
    shares a word with the sentence's `words`; "" for none."""
    for bound in _BOUND.finditer(passage):
        sentence = sentence_of(passage, bound.start())
        if any(_ranks(match) for match in _RANKS.finditer(sentence)) and content_words(sentence, _NOT_CONTENT) & words:
            return " ".join(bound.group().split())
    return ""
