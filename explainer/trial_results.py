"""A trial's result kept: a relative reduction not told as an absolute one (nor the other way), and a confidence
interval's end not told as the result.

"In absolute terms, the drug cut the risk by 22%" citing "a relative risk reduction of 22% (95% CI 12–31%) and an
absolute risk reduction of 1.4 percentage points" makes a modest benefit sixteen times larger: a percentage the
sentence calls absolute ("absolute", "in absolute terms") is refused where its cited passages give it only as
relative ("relative", "relatively"), and one it calls relative where they give it only as absolute. A figure is
called what the nearest of those words before it in its sentence calls it, else the nearest after it ("cut the risk
by 22% in relative terms").

"The drug cut the risk by 31%" citing "The interval runs from 12% to 31%" gives the best end of the range the true
effect may lie in as the effect itself: a figure the passages give only as an end of a confidence interval ("95% CI
12–31%", "confidence interval of 12% to 31%", "the interval runs from 12% to 31%") is refused where the sentence
names no interval ("interval", "CI", "range", "between", "from ... to", "as small as", "as much as", "could", "up
to", "at least", ...). English text is read (tests/test_newuser_42.py).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .numbers import PERCENTAGE_POINT, mentions_in
from .sentences import markers_blanked, split_sentences

_KIND = patterns.compile(r"(?<!\w)(?P<kind>absolute|relative)(?:ly)?(?!\w)", re.IGNORECASE)
_SHARE_UNITS = ("%", PERCENTAGE_POINT)
# an interval's ends: "95% CI 12–31%", "CI, 12% to 31%", "confidence interval of 12% to 31%", "the interval runs from
# 12% to 31%"
_INTERVAL = patterns.compile(
    r"(?<!\w)(?:CI|confidence\s+interval|interval)(?:\s+(?:was|is|of|runs|ran|running|ranged|ranging|from|spans?"
    r"|spanned|spanning|between|that|which))*[\s,:]*"
    r"(?P<low>-?\d+(?:\.\d+)?)\s*%?\s*(?:(?P<dash>–|—|-)|to|and)\s*(?P<high>-?\d+(?:\.\d+)?)\s*%", re.IGNORECASE)
# a sentence that names an interval, a range or a bound says what its figure is
_NAMES_RANGE = patterns.compile(
    r"(?<!\w)(?:CI|interval|range|ranged?|between|from|as\s+(?:small|large|little|much|low|high|few|many)\s+as"
    r"|could|might|may|up\s+to|at\s+(?:least|most)|no\s+(?:more|less)\s+than|lower|upper|bound|end)(?!\w)",
    re.IGNORECASE)
_MAY_READ = ("absolute", "relative", "interval", "ci")


def misstated_results(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text, at `offset`, calls a percentage absolute (or relative) that its cited
    passages give only as relative (or absolute), or gives an end of their confidence interval as the result."""
    if not in_english(language) or not passages:
        return []
    texts = [p.text for p in passages if in_english(p.language or language)]
    if not any(word in t.casefold() for t in texts for word in _MAY_READ):
        return []  # most passages give no trial's result: found by a search of their words
    spoken = markers_blanked(text)
    return _kind_turned(text, spoken, texts, offset) or _interval_end_as_result(text, spoken, texts, offset)


def _kind_turned(text: str, spoken: str, texts: list[str], offset: int) -> list[Finding]:
    """Return a finding for the first percentage the sentence calls absolute or relative that the passages call only
    the other."""
    if not _KIND.search(spoken):
        return []
    given: dict[Decimal, set[str]] = {}
    for passage in texts:
        for value, kind in _kinds_in(passage):
            given.setdefault(value, set()).add(kind)
    for value, kind, mention in _kinds_said(spoken):
        theirs = given.get(value, set())
        if kind and theirs and kind not in theirs:
            other = next(iter(theirs))
            return [Finding(offset + mention.start,
                            f'this sentence gives {mention.text} as {_A[kind]} reduction where its cited passages '
                            f'give it as {_A[other]} one: {clipped(text)}',
                            f"say '{other}' as the source does, or give the {kind} figure it gives")]
    return []


_A = {"absolute": "an absolute", "relative": "a relative"}


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _kinds_in(text: str) -> frozenset[tuple[Decimal, str]]:
    """Return each percentage of a passage with what it is called ("relative", "absolute"), where it is called one."""
    return frozenset((value, kind) for sentence in split_sentences(text)
                     for value, kind, _ in _kinds_said(sentence.text) if kind)


def _kinds_said(text: str):
    """Yield each percentage (or points) of text, what the nearest "absolute" or "relative" calls it ("" where none
    does), and its mention."""
    kinds = [(match.start(), match["kind"].casefold()) for match in _KIND.finditer(text)]
    for mention in mentions_in(text, "en"):
        for quantity in mention.quantities:
            if mention.kind != "figure" or quantity.unit not in _SHARE_UNITS:
                continue
            before = [kind for at, kind in kinds if at < mention.start]
            after = [kind for at, kind in kinds if at > mention.end]
            yield quantity.value, (before[-1] if before else after[0] if after else ""), mention


def _interval_end_as_result(text: str, spoken: str, texts: list[str], offset: int) -> list[Finding]:
    """Return a finding for a percentage of the sentence the passages give only as an end of a confidence
    interval, where the sentence names no interval or range."""
    ends = {value: shown for t in texts for value, shown, dashed in _interval_ends(t) if not dashed}
    if not ends or _NAMES_RANGE.search(spoken):
        return []
    elsewhere = {value for t in texts for value in _outside_intervals(t)}
    for mention in mentions_in(spoken, "en"):
        for quantity in mention.quantities:
            if quantity.unit == "%" and quantity.value in ends and quantity.value not in elsewhere:
                return [Finding(offset + mention.start,
                                f"this sentence gives {mention.text}, an end of the confidence interval its cited "
                                f"passages give ({ends[quantity.value]}), as the result: {clipped(text)}",
                                "give the result the source gives, or say it is the interval's end (\"could be as "
                                "small as\", \"as large as\", \"the interval runs from ... to ...\")")]
    return []


@functools.lru_cache(maxsize=1 << 12)
def _interval_ends(text: str) -> tuple[tuple[Decimal, str, bool], ...]:
    """Return the ends of each confidence interval a passage gives, each with the interval as written and whether a
    dash joins its ends (a range the figure checks read: "31%" for "12–31%" is named there, not again here)."""
    return tuple((Decimal(match[end]), " ".join(match.group().split()), match["dash"] is not None)
                 for match in _INTERVAL.finditer(text) for end in ("low", "high"))


@functools.lru_cache(maxsize=1 << 12)
def _outside_intervals(text: str) -> frozenset[Decimal]:
    """Return the percentages a passage gives outside its confidence intervals."""
    blanked = _INTERVAL.sub(lambda match: " " * len(match.group()), text)
    return frozenset(quantity.value for mention in mentions_in(blanked, "en") for quantity in mention.quantities
                     if quantity.unit == "%")
