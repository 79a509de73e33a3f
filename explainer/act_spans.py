"""An act's span told without a figure kept to the span its passage counts: "A petition gathered 3,200 signatures in a
week" may not cite "collected 3,200 signatures on a petition in four days".

A sentence's "in a day", "in a week", "in a fortnight", "in a month", "in a year" (or "in a single week") says how
long the act took, and holds no figure the figure check reads. It is refused where a cited passage's clause telling
the same act (sharing a figure with the sentence's clause, split at ";", "and", "but", or three content words)
counts its span otherwise ("in four days", "over ten days", "within 48 hours"), and no cited passage gives the
sentence's span itself ("in a week", "a one-week drive", "in seven days"). A bound ("in under a week", "within a
week", "in less than a week", "in about a week") is not read, nor a frequency ("twice in a week"), a record ("the most
in a year", "for the first time in a month"), a time to come ("in a week's time") or a span named ("in a year of
crisis"). English text is read (tests/test_factcheck_240.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import content_words
from .sentences import markers_blanked, split_sentences

# the days a unit may stand for: a month is 28 to 31 days, a year 365 or 366
_DAYS = {"hour": (1 / 24, 1 / 24), "day": (1, 1), "week": (7, 7), "fortnight": (14, 14), "month": (28, 31),
         "year": (365, 366)}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "a": 1, "an": 1,
            "single": 1}
_UNIT = r"(?P<unit>hour|day|week|fortnight|month|year)s?"
# "in a week", "in a single week" ("in one year" of a figure is figure_periods.py's): not "in a week's time", "in a
# week or two", "in a year of crisis"
_SPAN_TOLD = patterns.compile(r"(?<![\w-])in\s+(?:a\s+single|a)\s+(?P<unit>day|week|fortnight|month|year)"
                              r"(?![\w'’-]|\s+(?:or|and|to|of|when|that|in\s+which)\s)", re.IGNORECASE)
# "in four days", "over ten days", "within 48 hours", "in just four days", "in the space of a week"
_SPAN_COUNTED = patterns.compile(
    rf"(?<![\w-])(?:in|over|within|inside)\s+(?:the\s+(?:space|course)\s+of\s+|just\s+|only\s+|barely\s+)?"
    rf"(?P<n>\d+|{'|'.join(sorted(_NUMBERS, key=len, reverse=True))})\s+{_UNIT}(?![\w'’-])", re.IGNORECASE)
# a frequency, a record or a bound before the span: "twice in a week", "the most in a year", "first time in a month"
_NOT_A_SPAN = patterns.compile(r"(?<!\w)(?:once|twice|times|most|least|first|last|biggest|largest|highest|lowest"
                               r"|fastest|slowest|best|worst|ever|time|only|than|under|about|around|nearly|almost"
                               r"|roughly)\W+(?:\w+\W+)?$", re.IGNORECASE)
_FIGURE = patterns.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "would", "which", "days", "weeks", "months", "years",
                          "week", "month", "year", "fortnight", "hours", "just", "only", "over", "within"})
_SAME_ACT = 3
_RATE = patterns.compile(r"\d\s?(?:%|per\s?cent|percent)(?!\w)", re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r";|,?\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)


def act_span_told_otherwise(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells in a span without a figure ("in a week") an act its cited passages count
    another span for ("in four days")."""
    if not in_english(language) or not passages or not re.search(r"(?i)\bin\s+a\s", text):
        return []  # most sentences tell no such span: found by one search
    spoken = unquoted(markers_blanked(text))
    told = next((match for match in _SPAN_TOLD.finditer(spoken)
                 if not _NOT_A_SPAN.search(spoken, max(0, match.start() - 30), match.start())), None)
    if told is None:
        return []
    low, high = _DAYS[told["unit"].casefold()]
    if any(_says_the_span(passage.text, low, high, told) for passage in passages):
        return []
    clause = _clause_at(spoken, told.start())
    if _RATE.search(clause):
        return []  # "Pay rose 4.5% in a single year" of "over two years": a rate's period, named by figure_periods.py
    figures = set(_FIGURE.findall(clause))
    words = content_words(clause, _NOT_CONTENT)
    for passage in passages:
        for sentence in split_sentences(passage.text, "en"):
            for their_clause in _CLAUSE_BREAK.split(sentence.text):
                found = _counted_for_the_act(their_clause, figures, words)
                if found:
                    return _refused(offset, text, told, found)
    return []


def _clause_at(text: str, at: int) -> str:
    """Return the clause of text holding position `at`: split at ";" and at "and", "but", "while" joining two."""
    breaks = [(match.start(), match.end()) for match in _CLAUSE_BREAK.finditer(text)]
    start = max((end for begin, end in breaks if end <= at), default=0)
    end = min((begin for begin, _ in breaks if begin >= at), default=len(text))
    return text[start:end]


def _counted_for_the_act(clause: str, figures: set[str], words: frozenset[str]) -> str:
    """Return the first span a passage's clause counts for the sentence's act ("in four days"), or ""."""
    counted = [match for match in _SPAN_COUNTED.finditer(clause) if _not_rate(clause, match)]
    if not counted or not _same_act(clause, figures, words):
        return ""
    return " ".join(counted[0].group().split())


def _refused(offset: int, text: str, told: re.Match, shown: str) -> list[Finding]:
    """Return the one finding of a span told otherwise: the sentence's span, the passage's, and what to do."""
    return [Finding(offset, f"this sentence tells a span ('{' '.join(told.group().split())}') its cited passages count "
                            f"otherwise ('{shown}'): {clipped(text)}",
                    f"keep the source's span ('{shown}'), or bound it as the source allows ('in under a week', 'within "
                    "a month'), or cite a passage that gives this one")]


def _days(match: re.Match) -> tuple[float, float]:
    """Return the fewest and most days a counted span stands for."""
    number = match["n"].casefold()
    count = int(number) if number.isdigit() else _NUMBERS[number]
    low, high = _DAYS[match["unit"].casefold()]
    return count * low, count * high


def _says_the_span(passage: str, low: float, high: float, told: re.Match) -> bool:
    """Say whether a passage gives the sentence's span itself, in its words or counted ("in seven days")."""
    if re.search(rf"(?<![\w-])(?:a|one|single)[-\s]+{told['unit']}(?![\w])", passage, re.IGNORECASE):
        return True
    return any(their_low <= high and low <= their_high
               for their_low, their_high in map(_days, _SPAN_COUNTED.finditer(passage)))


def _not_rate(sentence: str, match: re.Match) -> bool:
    """Say whether a counted span is an act's, not a record's ("the most in ten years")."""
    return not _NOT_A_SPAN.search(sentence, max(0, match.start() - 30), match.start())


def _same_act(sentence: str, figures: set[str], words: frozenset[str]) -> bool:
    """Say whether a passage's sentence tells the sentence's act: a figure of both, or three content words."""
    if figures & set(_FIGURE.findall(sentence)):
        return True
    return len(words & content_words(sentence, _NOT_CONTENT)) >= _SAME_ACT
