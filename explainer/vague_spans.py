"""A span told by a vague count kept in its unit: "several months" is no "several years".

"A full inquiry would take several years" citing "a full inquiry, which could take several months" built: no figure
states either span, and spans.py reads a span only before an event ("in the weeks after the recall") or after a verb
of spending ("lasted a week"). A sentence's span of a vague count ("several", "a few", "a couple of", "many", "some")
and a unit of time (hours to decades) is refused where a passage it cites gives the same count of another unit and
none names this unit at all ("years", "year", "yearly" as a plain word: "four years" anywhere keeps it) nor gives a
year to reckon a length from ("mayor since 2018" backs "for several years"). English text is read; words in quotation
marks are not (tests/test_factcheck_202.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside
from .wordset import may_hold

_VAGUE_SPAN = patterns.compile(r"(?<![\w-])(?P<count>several|a\s+few|a\s+couple\s+of|many|some)\s+"
                               r"(?P<unit>minutes|hours|days|weeks|months|years|decades)(?![\w-])", re.IGNORECASE)
_UNITS = frozenset({"minutes", "hours", "days", "weeks", "months", "years", "decades"})
_YEAR = patterns.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_COUNTS = frozenset({"several", "few", "couple", "many", "some"})


def vague_span_unit_changed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a span of a vague count ("several years") where a passage gives the same
    count of another unit ("several months") and none names this unit."""
    if not in_english(language) or not may_hold(text, _UNITS) or not may_hold(text, _COUNTS):
        return []  # most sentences tell no vague span: found by their words
    quoted = quoted_parts(text)
    for span in _VAGUE_SPAN.finditer(text):
        if inside(quoted, span.start()):
            continue
        count, unit = _count(span), _singular(span)
        if any(_names_unit(passage.text, unit) or _YEAR.search(passage.text) for passage in passages):
            continue  # the unit named, or a year to reckon a length from ("mayor since 2018": "for several years")
        theirs = next((other for passage in passages for other in _VAGUE_SPAN.finditer(passage.text)
                       if _count(other) == count and _singular(other) != unit), None)
        if theirs is not None:
            return [Finding(offset, f"this sentence says '{_shown(span)}' where its cited passages say "
                                    f"'{_shown(theirs)}': {clipped(text)}",
                            "keep the span of time the source gives, or cite a passage that gives this one")]
    return []


def _count(span: re.Match) -> str:
    """Return a span's vague count as compared ("a few")."""
    return " ".join(span["count"].casefold().split())


def _singular(span: re.Match) -> str:
    """Return a span's unit in the singular ("month")."""
    return span["unit"].casefold().rstrip("s")


def _names_unit(text: str, unit: str) -> bool:
    """Say whether a passage names a unit of time at all ("years", "year", "four-year", "yearly")."""
    return re.search(rf"(?<![^\W\d_]){unit}(?:s|ly)?(?![^\W\d_])", text, re.IGNORECASE) is not None


def _shown(span: re.Match) -> str:
    """Return a span's words as written, on one line."""
    return " ".join(span.group().split())
