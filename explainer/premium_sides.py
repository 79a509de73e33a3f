"""A premium told as a discount, or a discount as a premium: "Harwell will pay 245 pence a share, 38% less than the
price before the bid" may not cite "245 pence for each Brightmart share, a premium of 38% to the price before the bid".

Every figure stands (the 38%, the 245 pence), and premiums.py reads only prices the sentence itself names, so the
sentence built while putting the offer on the wrong side of the price it is reckoned on. A percentage the sentence
puts above something ("a 38% premium", "a premium of 38%", "38% more than", "38% above", "38% higher than", "38%
over") or below it ("a discount of 38%", "38% less than", "38% below", "38% lower than", "38% under", "38% cheaper
than") is refused where the cited passages give that same figure as a premium or a discount on the other side only
(a passage naming it on both sides backs either), reckoned on the same thing: a word of four letters or more after
each, in its clause, that both share ("the price before the bid"). "Fresco's shares closed 34% below Harbour's offer"
of "a premium of 34% to Fresco's closing price" tells the premium from its other end and builds
(tests/test_factcheck_240.py). English text is read (tests/test_newuser146.py).
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
_REACH = 120  # characters after a percentage that tell what it is reckoned on
_CLAUSE_END = patterns.compile(r"[,;:.!?()]\s|[,;:!?()]|\.$|\s(?:and|but|while|whereas)\s")
_WORD = patterns.compile(r"[^\W\d_]{4,}")
_COMMON = frozenset({"than", "that", "with", "from", "price", "prices", "share", "shares", "their", "which", "over",
                     "under", "above", "below", "against", "compared"})
_CUES = ("premium", "discount", "more", "less", "above", "below", "higher", "lower", "over", "under", "cheaper",
         "dearer")


def premium_told_as_discount(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text puts a percentage on the other side of its base than its passages' premium or
    discount of that figure reckoned on the same thing."""
    if not in_english(language) or "%" not in text and "cent" not in text.casefold():
        return []  # most sentences give no percentage: found without a pattern
    folded = text.casefold()
    if not any(cue in folded for cue in _CUES):
        return []
    joined = " ".join(passage.text for passage in passages)
    if "premium" not in joined.casefold() and "discount" not in joined.casefold():
        return []
    given = _sided(joined, _PASSAGE_SIDED)
    for figure, above, said, base in _sided(text, _SIDED):
        # only a premium reckoned on what the sentence reckons on: "34% below Harbour's offer" is the premium's
        # other end, told from the price it is reckoned on
        sides = {other for number, other, _, reckoned in given if number == figure and base & reckoned}
        if sides and above not in sides:
            told, kind = ("above", "discount") if above else ("below", "premium")
            return [Finding(offset, f"this sentence gives {figure}% as {told} what it is reckoned on ({said!r}), "
                                    f"where its cited passages give it as a {kind}: {clipped(text)}",
                            "keep the side the source gives: a premium is above the price, a discount below")]
    return []


def _sided(text: str, pattern: re.Pattern) -> list[tuple[Decimal, bool, str, frozenset[str]]]:
    """Return each percentage of text with a side, whether that side is above, the words saying it and the words of
    what it is reckoned on."""
    found = []
    for match in pattern.finditer(text):
        word = (match["after"] or match["before"]).casefold()
        found.append((Decimal(match["figure"] or match["figure2"]), word in _ABOVE, match.group(0),
                      _reckoned_on(text[match.end():match.end() + _REACH])))
    return found


def _reckoned_on(after: str) -> frozenset[str]:
    """Return the words of four letters or more of what a percentage is reckoned on, up to its clause's end ("the
    value of its assets": value, assets), the words every price shares left out."""
    clause = _CLAUSE_END.split(after, 1)[0]
    return frozenset(word for word in (found.casefold() for found in _WORD.findall(clause)) if word not in _COMMON)
