"""A part and its whole kept apart: "Daniel Okoro said 14 of the 9 pairs are morning slots" may not cite "Of the 14
pairs, 9 are morning slots", nor "answered by 390 of the airline's 212 pilots" "answered by 212 of the airline's 390
pilots".

A sentence's count of a whole ("9 of the 14 pairs", "212 of its 390 pilots", "of the 14 pairs, 9 are ...") is
refused where a cited passage gives the two figures the other way round, part for whole, and none gives them as the
sentence does. Figures written in digits are read, in English text; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked
from .wordset import has_digit

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
# what may stand between "of" and the whole: "the", "its", "the airline's", "all"
_OWNER = r"(?:(?:the|its|their|his|her|our|all|these|those)\s+)?(?:[\w-]+['’]s\s+)?"
# "9 of the 14 pairs", "212 of the airline's 390 pilots"
_PART_OF = patterns.compile(rf"(?<![\w.,])(?P<part>{_FIGURE})\s+of\s+{_OWNER}(?P<whole>{_FIGURE})(?![\w.,]*\d)",
                            re.IGNORECASE)
# "Of the 14 pairs, 9 are morning slots"
_OF_WHOLE = patterns.compile(rf"(?<![\w-])of\s+{_OWNER}(?P<whole>{_FIGURE})(?:\s+[^\s,.;:]+){{0,4}},\s+"
                             rf"(?:only\s+|just\s+)?(?P<part>{_FIGURE})(?![\w.,]*\d)", re.IGNORECASE)


def part_and_whole_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a part of a whole that its cited passages give the other way round."""
    if not in_english(language) or not has_digit(text) or "of " not in text.casefold() or not passages:
        return []
    told = list(_counts(unquoted(markers_blanked(text))))
    if not told:
        return []
    given = {pair for passage in passages for pair, _start in _counts(passage.text)}
    for (part, whole), start in told:
        if part != whole and (whole, part) in given and (part, whole) not in given:
            return [Finding(offset + start, f"this sentence gives {_shown(part)} of {_shown(whole)}, where its cited "
                                            f"passages give {_shown(whole)} of {_shown(part)}: {clipped(text)}",
                            "keep the part and the whole as the source gives them, or cite the words that say what "
                            "this says")]
    return []


def _counts(text: str):
    """Yield ((part, whole), offset) for each count of a whole text gives, its figures as numbers."""
    for found in (*_PART_OF.finditer(text), *_OF_WHOLE.finditer(text)):
        part, whole = _number(found["part"]), _number(found["whole"])
        if part is not None and whole is not None:
            yield (part, whole), found.start()


def _number(written: str) -> float | None:
    try:
        return float(written.replace(",", ""))
    except ValueError:
        return None


def _shown(number: float) -> str:
    return f"{number:g}" if number < 1e6 else f"{number:,.0f}"
