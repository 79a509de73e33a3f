"""Two figures compared the wrong way round in a sentence's own words: "The revised figure of 26 percent is less than
the 22 percent the council gave in December" may not cite "26 percent ..., more than the 22 percent the council gave".

A sentence's "FIGURE UNIT (is, was, are, were, remains, stands at)? [much, far, slightly, well, still]? less (lower,
smaller, fewer, more, higher, greater, larger, bigger) than (the)? FIGURE UNIT", the two units the same word (a year
or date before "fewer than 300" has none) and no scale word ("million"), is refused where the numbers go against the
comparative: 26 is not less than 22. Figures between which other words stand ("26 percent is 4 points more than the
22 percent") are not read. English text is read; words in quotation marks are not (tests/test_factcheck_177.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_UNIT = r"(?:\s*(?P<{0}>%|percent|per\s+cent|[a-z]+))?"
_COMPARED = patterns.compile(
    rf"(?<![\w.,])(?P<one>{_NUMBER}){_UNIT.format('unit_one')},?\s+"
    r"(?:(?:is|was|are|were|remains|remained|stands\s+at|stood\s+at)\s+)?(?:(?:much|far|slightly|well|still)\s+)?"
    r"(?P<word>less|lower|smaller|fewer|more|higher|greater|larger|bigger)\s+than\s+(?:the\s+)?"
    rf"(?P<other>{_NUMBER}){_UNIT.format('unit_other')}(?![\w])", re.IGNORECASE)
_SMALLER = frozenset({"less", "lower", "smaller", "fewer"})
_SCALE = frozenset({"thousand", "million", "billion", "trillion", "bn", "m", "k"})
_NOT_A_UNIT = frozenset({"is", "was", "are", "were", "remains", "remained", "stands", "stood", "much", "far",
                         "slightly", "well", "still", "less", "lower", "smaller", "fewer", "more", "higher", "greater",
                         "larger", "bigger", "the", "and", "or", "than"})


def figures_compared_wrong_way(text: str, passages: list[Cited], offset: int = 0,
                               language: str = "") -> list[Finding]:
    """Return a finding when text calls one figure less (or more) than another it is not."""
    if not in_english(language) or not passages or " than " not in text:
        return []
    for match in _COMPARED.finditer(unquoted(markers_blanked(text))):
        one, other = _unit(match["unit_one"]), _unit(match["unit_other"])
        if not one or one != other or one in _SCALE:
            continue
        first, second = _value(match["one"]), _value(match["other"])
        smaller = match["word"].lower() in _SMALLER
        if first != second and (first < second) != smaller:
            return [Finding(offset, f"this sentence says '{' '.join(match.group().split())}', but "
                                    f"{match['one']} is {'more' if smaller else 'less'} than {match['other']}: "
                                    f"{clipped(text)}",
                            "compare the figures the way round the source does, or cite a passage that says this")]
    return []


def _unit(word: str | None) -> str:
    """Return a figure's unit word, lowered, "per cent" and "%" read as "percent"; words that go on with the clause
    ("is", "more") are no unit."""
    if not word:
        return ""
    word = " ".join(word.lower().split())
    if word in ("%", "per cent"):
        return "percent"
    return "" if word in _NOT_A_UNIT else word


def _value(number: str) -> float:
    """Return a figure's number."""
    return float(number.replace(",", ""))
