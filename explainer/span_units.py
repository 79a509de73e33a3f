"""A time apart not stretched: "Taliban forces attacked border troops days before Pakistan's airstrikes" may not cite
"Hours prior to the commencement of airstrikes ...".

A span given by its unit alone, no figure ("hours before", "days after", "weeks earlier"), is read in no figure
check: "days" for "hours" built (benchmarks/mutations.py). A sentence's such span is refused where no cited passage
uses its unit (in any number: "a day" backs "days"), and a passage gives a span of a smaller unit the same way round
(before, prior to, ahead of or earlier; after or later) of the same thing: a word of four letters or more in the six
words after each is the same, or neither names one ("hours earlier"). A smaller unit for a larger one is not read
("years later" of "decades later": decades are years too), nor "within days of" of "within hours of" (a bound
kept). A span with a figure ("48 hours before", "two days after") is the figure checks' to read, and one the other way
round ("days after the airstrikes" of "Hours prior to ... in retaliation for airstrikes earlier in the week") may
tell another event. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .past_spans import past_spans_changed
from .sentences import inside, markers_blanked

_UNITS = ("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades")
_WAYS = {"before": "before", "prior to": "before", "ahead of": "before", "earlier": "before", "after": "after",
         "later": "after", "afterwards": "after"}
_SPAN = patterns.compile(r"(?<![\w'’-])(?P<unit>" + "|".join(_UNITS) + r")\s+(?P<way>before|prior\s+to|ahead\s+of"
                         r"|earlier|later|afterwards|after)(?![\w'’-])", re.IGNORECASE)
# A figure or a count's word before the unit: the figure checks' span ("two days before", "a couple of days")
_COUNTED = patterns.compile(r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|couple"
                            r"\s+of|a|an|\d+-)\s*$", re.IGNORECASE)
_CONTENT = patterns.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_AFTER_REACH = 6  # words after a span that name what it is apart from


def other_span_units(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a span by a unit no cited passage uses, where a passage gives one of a
    smaller unit the same way round of the same thing; or a span back of another length beside a figure
    (past_spans.py: "the past year" of "the past two years")."""
    changed = past_spans_changed(text, passages, offset, language)
    if changed:
        return changed
    if not passages or not in_english(language) or not any(unit in text.casefold() for unit in _UNITS):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    theirs = [passage.text for passage in passages]
    for match in _SPAN.finditer(spoken):
        unit, way = _unit_and_way(match)
        if inside(quoted, match.start()) or _COUNTED.search(spoken, max(0, match.start() - 12), match.start()):
            continue
        if any(re.search(rf"(?<![\w-]){unit[:-1]}s?(?![\w-])", passage, re.IGNORECASE) for passage in theirs):
            continue  # the unit is the passages' own
        after = _words_after(spoken, match.end())
        for passage in theirs:
            for found in _SPAN.finditer(passage):
                their_unit, their_way = _unit_and_way(found)
                if (their_way == way and _UNITS.index(their_unit) < _UNITS.index(unit)
                        and not _COUNTED.search(passage, max(0, found.start() - 12), found.start())
                        and _same_thing(after, _words_after(passage, found.end()))):
                    return [Finding(offset + match.start(), f"this sentence says '{' '.join(match.group().split())}' "
                                                            f"where its cited passages say "
                                                            f"'{' '.join(found.group().split())}': {clipped(text)}",
                                    "keep the source's unit of time, or cite a passage that gives this one")]
    return []


def _unit_and_way(match: re.Match) -> tuple[str, str]:
    """Return a span's unit (folded, plural) and its way round: "before" or "after"."""
    return match["unit"].casefold(), _WAYS[" ".join(match["way"].casefold().split())]


def _words_after(text: str, end: int) -> set[str]:
    """Return the folded words of four letters or more among the six words after a span."""
    words = re.findall(r"[^\s]+", text[end:end + 120])[:_AFTER_REACH]
    return {re.sub(r"['’]s?$", "", found.casefold()) for word in words for found in _CONTENT.findall(word)}


def _same_thing(mine: set[str], theirs: set[str]) -> bool:
    """Say whether two spans are apart from the same thing: a word in common, or neither names one."""
    return bool(mine & theirs) or not mine and not theirs
