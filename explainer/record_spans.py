"""A record's span kept: "The fighting is the worst in a decade" may not cite "The fighting is the worst in years".

record_bounds.py refuses a record widened to all time ("ever"); a record widened to a longer span of time built: "in
a decade", "in decades", "in a generation", "in a century", "in 30 years" for a passage's "in years" or "in recent
years". Each span is read as the fewest years it says ("years" two, "a decade" ten, "decades" twenty, "a generation"
twenty-five, "a century" a hundred, "living memory" seventy). A sentence that ranks something ("the worst", "the
largest", "record") within a span is refused where a cited passage's sentence ranks within a shorter span and shares
a word of four letters or more with it, and no cited passage gives a span as long. A narrower claim builds ("in
years" for "in a decade"); so does the same span in other words ("in the past decade" for "in a decade"). A passage's
"since 2019" spans the years from then to its source's publication (seven in a report of 2026): "the worst in a
decade" may not cite "the worst since 2019"; in the sentence, a year is the figure checks' to read. A span backs a
record only in a passage's sentence that ranks something: "has grown for ten years" backs no "the worst in a decade"
(tests/test_factcheck_81.py). Words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .record_bounds import ranks_something
from .sentences import inside, markers_blanked, sentence_of
from .wordset import may_hold

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "several": 3, "many": 3,
           "a few": 2}
_YEARS = {"year": 1, "years": 1, "decade": 10, "decades": 10, "generation": 25, "generations": 25, "century": 100,
          "centuries": 100}
# "in years", "in a decade", "in the past two decades", "in recent years", "in a generation", "in living memory"
_SPAN = patterns.compile(
    r"(?<![\w-])(?:in|for)\s+(?:the\s+(?:past|last)\s+)?(?:(?P<count>a\s+few|a|an|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|twenty|thirty|forty|fifty|several|many|\d+)\s+|(?P<recent>recent|living)\s+)?"
    r"(?P<unit>years?|decades?|generations?|century|centuries|memory)(?![\w-])", re.IGNORECASE)
# "since 2019", "since early 2019", "since the 2019 floods": a span that ends with the source's publication
_SINCE_YEAR = patterns.compile(r"(?<![\w-])since\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<year>(?:19|20)\d{2})(?!\d)",
                               re.IGNORECASE)
_SPAN_WORDS = frozenset({"year", "years", "decade", "decades", "generation", "generations", "century", "centuries",
                         "memory"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "year", "years", "decade", "decades", "generation",
                          "century", "memory", "recent", "living", "past", "last", "most", "least", "first", "worst",
                          "best", "record"})


def widened_record_spans(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text ranks something within a longer span of time than its cited passages do."""
    if not in_english(language) or not passages or not may_hold(text, _SPAN_WORDS):
        return []  # most sentences give no span: found by a lookup of their words
    spoken = markers_blanked(text)
    if not ranks_something(spoken):
        return []
    quoted = quoted_parts(spoken)
    own = [span for span in _SPAN.finditer(spoken) if not inside(quoted, span.start())]
    if not own:
        return []
    words = content_words(spoken, _NOT_CONTENT)
    theirs = [given for passage in passages for given in _spans_given(passage)]
    # only a span a passage gives a record backs one: "has grown for ten years" backs no "worst in a decade"
    longest = max((years for years, _, at, passage in theirs if ranks_something(sentence_of(passage, at))), default=0)
    for span in own:
        if _years(span) <= longest:
            continue
        shorter = next((said for _, said, at, passage in theirs if _ranked_alike(passage, at, words)), None)
        if shorter is not None:
            said, given = " ".join(span.group().split()), " ".join(shorter.split())
            return [Finding(offset, f"this sentence widens a record to '{said}' where its cited passages keep it "
                                    f"to '{given}': {clipped(text)}",
                            f"keep the source's span ('{given}'), or cite a passage that gives this one")]
    return []


def _spans_given(passage: Cited) -> list[tuple[int, str, int, str]]:
    """Return the spans of time a passage gives, each as (the fewest years it says, its words, where it starts, the
    passage's text): "in years", and "since 2019" where the source's publication year is known (2026: seven)."""
    given = [(_years(span), span.group(), span.start(), passage.text) for span in _SPAN.finditer(passage.text)]
    published = int(passage.published[:4]) if passage.published[:4].isdigit() else 0
    if published and "since" in passage.text.casefold():
        given += [(published - int(since["year"]), since.group(), since.start(), passage.text)
                  for since in _SINCE_YEAR.finditer(passage.text) if int(since["year"]) < published]
    return given


def _years(span: re.Match) -> int:
    """Return the fewest years a span says: "in years" two, "in a decade" ten, "in decades" twenty."""
    unit = span["unit"].casefold()
    if unit == "memory":
        return 70 if (span["recent"] or "").casefold() == "living" else 2
    if span["recent"]:
        return 2 * _YEARS[unit]  # "in recent years": a few
    count = span["count"]
    if count is None:
        return _YEARS[unit] * (2 if unit.endswith(("s", "ies")) else 1)
    written = " ".join(count.casefold().split())
    return (int(written) if written.isdigit() else _COUNTS[written]) * _YEARS[unit]


def _ranked_alike(passage: str, at: int, words: frozenset[str]) -> bool:
    """Say whether the passage's sentence around `at` ranks something and shares a word with the sentence's."""
    sentence = sentence_of(passage, at)
    return ranks_something(sentence) and bool(content_words(sentence, _NOT_CONTENT) & words)
