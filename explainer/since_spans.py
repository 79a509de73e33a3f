"""A span "since" a year kept to the years it spans: "the appeals body has had no members for a decade" may not cite
"has had no members since 2019" in a report of 2026, and "for seven years" may (tests/test_factcheck_142.py).

A passage's "since 2019" spans the years from then to its source's publication: seven in a report of 2026, eight at
most (January 2019 to December 2026). A sentence's duration ("for a decade", "for ten years", "for more than a
decade", "for decades", "over the past nine years"; French "depuis dix ans", "depuis une décennie"; Spanish "desde
hace diez años", "durante una década"; German "seit zehn Jahren", "seit einem Jahrzehnt") is read as the fewest years it
says; it is refused where that is more than the most a cited passage's "since" allows, in a passage sentence sharing
two words of four letters or more with it, and no cited passage gives a span as long in words. A sentence's figure
of years ("for seven years", "for the past seven years", "for seven straight years", "seit sieben Jahren", "risen
40% over six years", "sur six ans": tests/test_factcheck_160.py) the
figure check does not find in the passages is passed where it is the years a passage's "since" spans (the report's
year less the start's, or one less; "nearly eight years", "about eight", "près de huit ans", "casi ocho", "fast acht"
may be the most it spans: tests/test_factcheck_146.py). The publication date is the source's
(sources.yaml); without it nothing is read. record_spans.py holds a record's span ("the worst in a decade") to
"since 2019"; this module holds a state's. Words in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .clauses import content_words
from .sentences import markers_blanked

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "several": 3,
           "une": 1, "un": 1, "deux": 2, "trois": 3, "dix": 10, "una": 1, "dos": 2, "tres": 3, "diez": 10, "einem": 1,
           "einer": 1, "zwei": 2, "drei": 3, "zehn": 10, "zwanzig": 20, "vingt": 20, "veinte": 20, "quatre": 4,
           "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_UNITS = {"year": 1, "years": 1, "decade": 10, "decades": 20, "ans": 1, "années": 1, "décennie": 10, "décennies": 20,
          "años": 1, "década": 10, "décadas": 20, "jahren": 1, "jahre": 1, "jahrzehnt": 10, "jahrzehnte": 20,
          "jahrzehnten": 20}
# "for a decade", "for more than ten years", "over the past nine years", "depuis dix ans", "seit einem Jahrzehnt"
# "for the past seven years", "for nearly eight years", "for about seven years", "for seven straight years",
# "depuis près de huit ans", "desde hace casi ocho años", "seit fast acht Jahren" (factcheck_146)
# A span told with plain "over" is one too: "prices have risen 40% over six years" of "since 2019" in a report of 2025
# (factcheck_160); as French "sur six ans", German "über sechs Jahre" (not "over six years old": an age)
_DURATION = patterns.compile(
    r"(?<![\w-])(?:(?:for|over|in)\s+the\s+(?:past|last)|for|over|sur|über|depuis|pendant|durante|desde\s+hace|hace"
    r"|seit)\s+"
    r"(?:(?:(?P<over>more\s+than|over|plus\s+de|más\s+de|mehr\s+als|über)|(?P<near>nearly|almost|about|around"
    r"|roughly|some|close\s+to|près\s+de|presque|environ|casi|cerca\s+de|unos|alrededor\s+de|fast|beinahe|rund"
    r"|etwa|knapp))\s+)?(?:(?P<count>\d{1,3}|[^\W\d_]+)\s+)?(?:(?:straight|consecutive|full|long)\s+)?"
    r"(?P<unit>years|decades?|ans|années|décennies?|años|décadas?|Jahren?|Jahrzehnte?n?)(?![\w-])"
    r"(?!\s+(?:old|of\s+age|alt)(?!\w))", re.IGNORECASE)
_SINCE = patterns.compile(r"(?<![\w-])(?:since|depuis|desde|seit)\s+(?:(?:the\s+)?(?:early|late|mid)[\s-]+|(?:début|fin)"
                          r"\s+|(?:principios|finales)\s+de\s+|(?:Anfang|Ende)\s+)?(?P<year>(?:19|20)\d{2})(?!\d)",
                          re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "since", "years", "decade", "decades", "more", "than",
                          "depuis", "desde", "seit", "jahren"})
_SHARED = 2


def over_long_since(text: str, passages, offset: int = 0, language: str = "") -> list:
    """Return a finding where text tells a state lasting longer ("for a decade") than the "since" its cited passages
    give allows, counted to the source's publication."""
    from .attribution import Finding, clipped, unquoted  # attribution reads since_span_figure

    if not passages or not any(passage.published[:4].isdigit() for passage in passages):
        return []
    spoken = unquoted(markers_blanked(text))
    durations = [match for match in _DURATION.finditer(spoken) if _fewest(match)]
    if not durations:
        return []  # most sentences tell no duration: found by one search
    words = content_words(spoken, _NOT_CONTENT)
    for passage in passages:
        for most, shown, theirs in _since(unquoted(passage.text), passage.published[:4]):
            said = next((match for match in durations if _fewest(match) > most), None)
            if said is None or len(words & theirs) < _SHARED:
                continue
            if any(_fewest(given) >= _fewest(said) for other in passages
                   for given in _DURATION.finditer(unquoted(other.text)) if _fewest(given)):
                return []  # a passage gives so long a span in words
            told = " ".join(said.group().split())
            return [Finding(offset, f"this sentence says '{told}' where its cited passages say '{shown}', which spans "
                                    f"at most {most} years to the source's publication: {clipped(text)}",
                            f"keep the source's words ('{shown}'), or give the years it spans")]
    return []


def since_span_figure(quantities, sentence: str, at: int, to: int, passages) -> bool:
    """Say whether a figure of years a sentence gives from `at` to `to` ("for seven years") is the years a cited
    passage's "since 2019" spans to its source's publication (2026: seven, or six)."""
    named = tuple(quantities)
    if len(named) != 1 or named[0].unit or named[0].value % 1:
        return False
    duration = next((match for match in _DURATION.finditer(sentence, max(0, at - 40), min(len(sentence), to + 30))
                     if match.start("count") == at), None)
    if duration is None or _UNITS.get(duration["unit"].casefold()) != 1:
        return False
    years = int(named[0].value)
    # "nearly eight years" of "since 2019" in a report of 2026: the most it spans, which it stays under
    longest = 0 if duration["near"] else 1
    return any(most - 2 <= years <= most - longest for passage in passages
               for most, _, _ in _since(passage.text, passage.published[:4]))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _since(text: str, published: str) -> tuple[tuple[int, str, frozenset[str]], ...]:
    """Return each "since" year a passage gives, as the most years it spans to `published` (a year), its words, and
    its sentence's content words."""
    if not published.isdigit() or not _SINCE.search(text):
        return ()
    found = []
    for match in _SINCE.finditer(text):
        start = max(text.rfind(stop, 0, match.start()) for stop in ".;!?") + 1
        end = min((at for at in (text.find(stop, match.end()) for stop in ".;!?") if at >= 0), default=len(text))
        if int(match["year"]) <= int(published):
            found.append((int(published) - int(match["year"]) + 1, " ".join(match.group().split()),
                          content_words(text[start:end], _NOT_CONTENT)))
    return tuple(found)


def _fewest(match: re.Match) -> int:
    """Return the fewest years a duration says ("a decade" ten, "decades" twenty), or 0 where its count is no number."""
    unit = _UNITS.get(match["unit"].casefold(), 0)
    count = (match["count"] or "").casefold()
    if not count:
        return unit if unit > 1 else 0  # "for years" says no number of them
    number = int(count) if count.isdigit() else _COUNTS.get(count, 0)
    return number * unit
