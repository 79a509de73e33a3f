"""A level told on the wrong side of a limit whose figure its cited passages give: "The reading at Millford bridge, 0.42
milligrams per litre, was below the legal limit" may not cite "contained 0.42 milligrams of copper per litre. The legal
limit for the river is 0.13 milligrams per litre." bound_sides.py compares words of sides ("below" against "above"),
and the passage says no side of 0.42 at all: here the figures are compared. English only, and narrow: the sentence's
side ("above", "over", "exceeded", "in excess of"; "below", "under", "within", "beneath") stands before "the ... limit"
with no negation, the last figure of its clause before it has a unit, and a cited passage gives the limit as a figure
in the same unit ("the legal limit ... is 0.13 milligrams", "a limit of 0.13 milligrams", "the 0.13 milligram limit");
a sentence giving the limit's figure itself is read against that figure too (tests/test_newuser_126.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .locale import base_language
from .sentences import markers_blanked

_FIGURE = r"(?P<figure>\d[\d,]*(?:\.\d+)?)\s+(?P<unit>[^\W\d_]+)"
_SIDE = patterns.compile(r"(?<![\w-])(?:(?P<above>above|over|exceed(?:ed|s|ing)?|in\s+excess\s+of)"
                         r"|(?P<below>below|under|within|beneath))"
                         r"\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?limits?(?![\w-])", re.IGNORECASE)
_LEVEL = patterns.compile(rf"(?<![\w.,]){_FIGURE}", re.IGNORECASE)
# a figure's unit, then "over" or "under" the limit right after it: an amount beyond it, "22 km/h over the limit"
_AMOUNT_BEYOND = patterns.compile(r"(?:/\w+|\s+per\s+\w+)?\s+(?:over|above|under|below)\s+.*", re.IGNORECASE | re.DOTALL)
# where a side's clause starts: a sentence's end, or a clause of its own after "but", "while", "whereas"
_CLAUSE_START = patterns.compile(r"[;:!?()]|\.(?!\d)|(?<!\w)(?:but|while|whereas|although)(?!\w)", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<![\w-])(?:not|never|n['’]t|no\s+longer)(?![\w-])", re.IGNORECASE)
_LIMIT_IS = (patterns.compile(rf"(?<![\w-])limit(?:\s+(?:for|on|of|in)\s+(?:the\s+)?[\w'’-]+){{0,2}}\s+(?:is|was|of|"
                              rf"stands\s+at|is\s+set\s+at)\s+{_FIGURE}", re.IGNORECASE),
             patterns.compile(rf"(?<![\w.,]){_FIGURE}\s+(?:[\w'’-]+\s+){{0,2}}?limit(?![\w-])", re.IGNORECASE))


def level_beyond_stated_limit(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text puts a figure on a side of a limit the figures of its passages put it off."""
    if base_language(language or "en") != "en" or "limit" not in text.casefold():
        return []
    spoken = markers_blanked(text)
    limits = _limits(spoken) + [limit for passage in passages for limit in _limits(passage.text)]
    for side in _SIDE.finditer(spoken):
        level = _level_before(spoken, side.start())
        if level is None or _AMOUNT_BEYOND.fullmatch(spoken, level[2], side.end()):
            continue  # "22 km/h over the limit": by how much, not the level (tests/test_newuser_38.py)
        value, unit, _ = level
        for limit, its_unit in limits:
            if its_unit == unit and (value < limit if side["above"] else value > limit):
                return [Finding(offset + side.start(), f"this sentence puts {_shown(value)} {side.group()} where its "
                                                       f"cited passages give that limit as {_shown(limit)}: "
                                                       f"{clipped(text)}",
                                "keep the level on the side of the limit the figures give, or cite the passage that "
                                "says this")]
    return []


def _level_before(text: str, at: int) -> tuple[float, str, int] | None:
    """Return the last figure with a unit in the clause before `at`, and where it ends, unless the clause is
    negated."""
    starts = [match.end() for match in _CLAUSE_START.finditer(text, 0, at)]
    clause = text[starts[-1] if starts else 0:at]
    if _NEGATED.search(clause):
        return None  # "was not above the limit": no side said
    levels = list(_LEVEL.finditer(clause))
    last = levels[-1] if levels else None
    return (_number(last["figure"]), _unit(last["unit"]), at - len(clause) + last.end()) if last else None


def _limits(text: str) -> list[tuple[float, str]]:
    """Return each limit text gives as a figure, with its unit."""
    return [(_number(match["figure"]), _unit(match["unit"]))
            for pattern in _LIMIT_IS for match in pattern.finditer(text)]


def _number(figure: str) -> float:
    return float(figure.replace(",", ""))


def _unit(word: str) -> str:
    """A unit folded to one form: "milligrams" and "milligram" are one."""
    return word.casefold().rstrip("s")


def _shown(value: float) -> str:
    return f"{value:g}"
