"""A premium told as a discount, or a discount as a premium: "Harwell will pay 245 pence a share, 38% less than the
price before the bid" may not cite "245 pence for each Brightmart share, a premium of 38% to the price before the bid".

Every figure stands (the 38%, the 245 pence), and premiums.py reads only prices the sentence itself names, so the
sentence built while putting the offer on the wrong side of the price it is reckoned on. A percentage the sentence
puts above something ("a 38% premium", "a premium of 38%", "38% more than", "38% above", "38% higher than", "38%
over") or below it ("a discount of 38%", "38% less than", "38% below", "38% lower than", "38% under", "38% cheaper
than") is refused where the cited passages give that same figure as a premium or a discount on the other side only
(a passage naming it on both sides backs either). English text is read (tests/test_newuser146.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, in_english

_FIGURE = r"(?P<figure>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|close\s+to|just\s+(?:under|over))\s+)?"
# A percentage with the side it puts the price on, after it ("38% below") or before it ("a discount of 38%")
_SIDED = patterns.compile(rf"(?<![\w.]){_FIGURE}\s+(?P<after>premium|discount|more|less|above|below|higher|lower|over"
                          rf"|under|cheaper|dearer)(?!\w)"
                          rf"|(?P<before>premium|discount)\s+of\s+{_HEDGE}(?P<figure2>\d+(?:\.\d+)?)\s*"
                          r"(?:%|per\s*cent|percent)", re.IGNORECASE)
# Passages are read for premiums and discounts alone: their "38% more" may be of anything
_PASSAGE_SIDED = patterns.compile(rf"(?<![\w.]){_FIGURE}\s+(?P<after>premium|discount)(?!\w)"
                                  rf"|(?P<before>premium|discount)\s+of\s+{_HEDGE}(?P<figure2>\d+(?:\.\d+)?)\s*"
                                  r"(?:%|per\s*cent|percent)", re.IGNORECASE)
_ABOVE = frozenset({"premium", "more", "above", "higher", "over", "dearer"})
_CUES = ("premium", "discount", "more", "less", "above", "below", "higher", "lower", "over", "under", "cheaper",
         "dearer")


def premium_told_as_discount(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text puts a percentage on the other side of its base than its passages' premium or
    discount of that figure."""
    if not in_english(language) or "%" not in text and "cent" not in text.casefold():
        return []  # most sentences give no percentage: found without a pattern
    folded = text.casefold()
    if not any(cue in folded for cue in _CUES):
        return []
    given = _sides(" ".join(passage.text for passage in passages), _PASSAGE_SIDED)
    if not given:
        return []
    for figure, above, said in _sided(text, _SIDED):
        sides = given.get(figure)
        if sides and above not in sides:
            told, kind = ("above", "discount") if above else ("below", "premium")
            return [Finding(offset, f"this sentence gives {figure}% as {told} what it is reckoned on ({said!r}), "
                                    f"where its cited passages give it as a {kind}: {clipped(text)}",
                            "keep the side the source gives: a premium is above the price, a discount below")]
    return []


def _sided(text: str, pattern: re.Pattern) -> list[tuple[Decimal, bool, str]]:
    """Return each percentage of text with a side, whether that side is above, and the words saying it."""
    found = []
    for match in pattern.finditer(text):
        word = (match["after"] or match["before"]).casefold()
        found.append((Decimal(match["figure"] or match["figure2"]), word in _ABOVE, match.group(0)))
    return found


def _sides(text: str, pattern: re.Pattern) -> dict[Decimal, set[bool]]:
    """Return each figure the passages give as a premium or a discount, with the sides (above or not) given."""
    if "premium" not in text.casefold() and "discount" not in text.casefold():
        return {}
    sides: dict[Decimal, set[bool]] = {}
    for figure, above, _ in _sided(text, pattern):
        sides.setdefault(figure, set()).add(above)
    return sides
