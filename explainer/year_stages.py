"""A part of a year kept: "by late 2027" may not cite "by mid-2027".

month_parts.py keeps a part of a month; a part of a year was read nowhere, so the year stood and the part of it
moved, half a year later or earlier. A part of a year is "early" ("the start of", "the beginning of", "the first half
of"), "mid-" ("the middle of"), or "late" ("the end of", "the second half of") before a year. A sentence's part is
refused where its cited passages give that year only with other parts ("mid-2027"), never alone ("in 2027") nor with
the sentence's part. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_PART = (r"(?P<early>early|the\s+(?:start|beginning|first\s+half)\s+of)|(?P<mid>mid|the\s+middle\s+of)"
         r"|(?P<late>late|the\s+(?:end|second\s+half)\s+of)")
_PART_OF_YEAR = patterns.compile(rf"(?<![\w-])(?:{_PART})[\s-]+(?P<year>(?:19|20)\d\d)(?![\w-])", re.IGNORECASE)
_YEAR = patterns.compile(r"(?<![\w.,])(?:19|20)\d\d(?![\w.,]\d)")
_PARTS = ("early", "mid", "late")


def moved_year_parts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a year with a part of it its cited passages give that year only otherwise."""
    if not in_english(language) or not any(word in text for word in ("early", "mid", "late", " of ")):
        return []  # most sentences name no part of a year
    spoken = markers_blanked(text)
    said = [match for match in _PART_OF_YEAR.finditer(spoken) if not inside(quoted_parts(spoken), match.start())]
    if not said:
        return []
    theirs: dict[str, dict[str, str]] = {}
    for passage in passages:
        if not in_english(passage.language or language):
            continue
        parted = {match.start("year"): match for match in _PART_OF_YEAR.finditer(passage.text)}
        for year in _YEAR.finditer(passage.text):
            match = parted.get(year.start())
            part, shown = (_part(match), " ".join(match.group().split())) if match else ("", year.group())
            theirs.setdefault(year.group(), {})[part] = shown
    for match in said:
        parts = theirs.get(match["year"], {})
        if parts and "" not in parts and _part(match) not in parts:
            shown = "', '".join(parts.values())
            return [Finding(offset + match.start(),
                            f"this sentence gives {' '.join(match.group().split())} where its cited passages give "
                            f"another part of {match['year']} ('{shown}'): {clipped(text)}",
                            "give the part of the year the source gives, or the year alone")]
    return []


def _part(match: re.Match) -> str:
    return next(part for part in _PARTS if match[part])
