"""Rate bases kept: a figure given per a count of people or things ("14 cases per 100,000 patients") may not cite
passages that give it only per another count, or per another kind of thing.

"9.8 cases per million" citing "9.8 cases per 100,000 patients" keeps the figure and divides the news by ten; a bare
"million" is no figure, so the figure checks let it pass. So does "14 cases per 100,000 tablets" for "per 100,000
patients". A figure's base is read in the few words after it, to its clause's end: "per", "for every", "in every",
"out of every" (French "pour", German "pro", "je", Spanish "por cada", "por") and a count in digits or words ("100,000",
"100 000", "100k", "a million", "one thousand", "hundred thousand", "ten thousand"), or "in" and a count in digits
right after the figure ("1 in 20 tablets", not a year); the kind of thing counted is the word after it, where one
follows ("patients"; "people", "persons", "population", "inhabitants" and "residents" are one kind). As
rates.py does for periods, a sentence is refused only where every passage it cites giving that figure gives it per a
count, and none per the sentence's: a passage giving the figure plainly lets any base pass. A sentence leaving the
base out is not read here, nor a base in digits that no passage gives: the figure checks name that figure.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import (COUNT_IN_WORDS, Mention, Quantity, count_written, find_mentions, is_year, mentions_in,
                      quantities_in)
from .sentences import markers_blanked
from .wordset import may_hold

_SCALES = {"hundred": 100, "thousand": 1000, "k": 1000, "mille": 1000, "tausend": 1000, "mil": 1000,
           "million": 10**6, "millions": 10**6, "m": 10**6, "mn": 10**6, "millionen": 10**6, "millón": 10**6,
           "millones": 10**6, "billion": 10**9, "bn": 10**9}
_SCALE = r"(?:hundred|thousand|k|mille|tausend|mil|millions?|m|mn|millionen|millón|millones|billion|bn)"
# A count: digits (grouped by commas, dots or spaces), words of scale, or both: "100,000", "100 000", "100k",
# "a million", "one hundred thousand".
# (English words first, as numbers.py reads a count in words: "ten thousand", "two million")
_COUNT = (rf"{COUNT_IN_WORDS}(?!\w)"
          rf"|(?:(?:a|an|one|un|une|ein|eine|cada)\s+)?(?:\d{{1,3}}(?:[,.\s\u00a0\u202f]\d{{3}})+|\d+)?"
          rf"(?:\s*{_SCALE}(?!\w))*")
_BASE = patterns.compile(
    r"(?:\s+[^\W\d][\w'’-]*){0,3}?\s+(?P<per>per|for\s+every|in\s+every|out\s+of\s+every|pour|pro|je|por\s+cada|por)"
    rf"\s+(?P<count>{_COUNT})(?:\s+(?P<kind>[^\W\d][\w'’-]*))?", re.IGNORECASE)
# "1 in 20 tablets": a share given as one in a count, written in digits right after its figure (not a year: "3 in 2025").
_ONE_IN = patterns.compile(r"\s+in\s+(?P<count>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)(?:\s+(?P<kind>[^\W\d][\w'’-]*))?",
                           re.IGNORECASE)
_MAY_BE_ONE_IN = patterns.compile(r"\s+in\s+\d", re.IGNORECASE)
_DIGITS = patterns.compile(r"\d+")
_IN_WORDS = patterns.compile(COUNT_IN_WORDS)
_CLAUSE_END = patterns.compile(r"[;:!?()]|[,.](?!\d)|\s[-–—]\s|(?<!\w)(?:and|but|while|against|versus|vs)(?!\w)",
                               re.IGNORECASE)
_PER_WORDS = patterns.compile(r"(?<!\w)(?:per|every|pour|pro|je|por)(?!\w)", re.IGNORECASE)
_PER_RUNS = frozenset({"per", "every", "pour", "pro", "je", "por"})  # _PER_WORDS', looked up in the text's words first
# Not the kind of thing counted: what follows a count without naming it.
_NOT_A_KIND = frozenset({"of", "for", "in", "on", "at", "and", "or", "the", "a", "an", "than", "with", "among", "to",
                         "from", "by", "as", "is", "was", "were", "are", "de", "des", "du", "von", "der", "die"})
# One kind of thing counted, named in several ways.
_PEOPLE = frozenset({"peopl", "perso", "popul", "inhab", "resid", "habit", "einwo"})


class Base(NamedTuple):
    """A rate's base: the count ("100000") and the kind of thing counted (its first five letters, "" when not
    given), with the words as written."""

    count: int
    kind: str
    words: str
    in_digits: bool  # the count is a figure of its own, which the figure checks read


def changed_rate_bases(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each figure text gives per a count that every passage it cites giving it gives only per
    another count, or per the same count of another kind: "9.8 cases per million" citing "per 100,000 patients"."""
    if not (may_hold(text, _PER_RUNS) and _PER_WORDS.search(text)) and not _MAY_BE_ONE_IN.search(text):
        return []  # most sentences give no rate: found by one search
    spoken = markers_blanked(text)
    theirs: dict[Quantity, list[Base | None]] = {}
    for passage in passages:
        for quantity, base in _bases(passage.text, passage.language or language):
            theirs.setdefault(quantity, []).append(base)
    findings = []
    for mention in find_mentions(spoken, language, prose=True):
        base = _base_of(spoken, mention)
        if base is None:
            continue
        for quantity in mention.quantities:
            given = theirs.get(quantity, [])
            if not given or None in given:
                continue
            if any(_agrees(base, other) for other in given):
                continue
            if base.in_digits and not any(base.count == other.count for other in given) and not any(
                    Quantity(Decimal(base.count)) in quantities_in(passage.text, passage.language or language)
                    for passage in passages):
                continue  # "per 10,000" for "per 100,000": the figure checks name the 10,000, once
            findings.append(_finding(text, offset + mention.start, mention.text, base, given[0]))
            break
    return findings


def _agrees(mine: Base, theirs: Base) -> bool:
    """Say whether a sentence's base restates a passage's: the same count, and the same kind where both name one."""
    return mine.count == theirs.count and (not mine.kind or not theirs.kind or mine.kind == theirs.kind)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _bases(text: str, language: str) -> tuple[tuple[Quantity, Base | None], ...]:
    """Return each quantity text states with its base (None where it gives none)."""
    return tuple((quantity, _base_of(text, mention)) for mention in mentions_in(text, language)
                 for quantity in mention.quantities)


def _base_of(text: str, mention: Mention) -> Base | None:
    """Return the base a figure is given per, read in the words after it to its clause's end, or None."""
    if mention.kind != "figure":
        return None
    window = text[mention.end:mention.end + 80]
    end = _CLAUSE_END.search(window)
    window = window[:end.start()] if end else window
    found = _BASE.match(window) or _ONE_IN.match(window)
    if found is None:
        return None
    count = _count(found.group("count"))
    if count is None or count < (2 if found.re == _ONE_IN else 10) or is_year(found.group("count")):
        return None  # "per day", "per person", "per 1": a period or a share, no base; "3 in 2025" a year
    kind = (found.group("kind") or "").casefold()
    written = found.group() if kind and kind not in _NOT_A_KIND else window[:found.end("count")]
    kind = "" if kind in _NOT_A_KIND else kind[:5]
    return Base(count, "peopl" if kind in _PEOPLE else kind, " ".join((mention.text + written).split()),
                bool(_DIGITS.search(found.group("count"))))


def _count(words: str) -> int | None:
    """Return the count words give ("100,000", "100 000", "a million", "hundred thousand"), or None."""
    spelled = count_written(words) if _IN_WORDS.fullmatch(words) else ""
    if spelled:
        return int(spelled)  # "ten thousand", "a million"
    digits = _DIGITS.findall(words)
    value = Decimal("".join(digits)) if digits else Decimal(1)
    scales = [_SCALES[word.casefold()] for word in re.findall(r"[^\W\d]+", words) if word.casefold() in _SCALES]
    if not digits and not scales:
        return None
    for scale in scales:
        value *= scale
    return int(value)


def _finding(text: str, offset: int, figure: str, mine: Base, theirs: Base) -> Finding:
    return Finding(offset, f'figure "{figure}" is given as a rate, "{mine.words}", but the passages this sentence '
                           f'cites give it "{theirs.words}": {clipped(text)}',
                   "give the rate per the count, and of the people or things, the source does, or cite the passage "
                   "that gives it so")
