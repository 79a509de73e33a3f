"""A figure a passage gives as estimated ("estimated to hold 1.2 trillion cubic feet", "is estimated at 4,000") may
not be told as known.

"The Halder gas field holds 1.2 trillion cubic feet of gas" (or "is proven to hold 1.2 trillion cubic feet") citing
"The Halder gas field, estimated to hold 1.2 trillion cubic feet of gas, lies mostly on Marenia's side" built:
qualifiers.py reads "an estimated 38,000" as "about", but not a verb's "estimated to hold" or "estimated at", so the
estimate dropped went unread (tests/test_newuser_131.py).

A sentence stating the figure a cited passage gives after "estimated to hold" (contain, have, be, cost, number, total,
reach, exceed, be worth) or "estimated at" is refused where its clause holding the figure says nowhere that it is an estimate or someone's:
any of "estimate", "about", "around", "roughly", "approximately", "some", "thought", "believed", "could", "may",
"might", "up to", "according to", "says", "said", "survey", ... keeps it. A figure the passages also give plainly, in
another spelling or in quotation marks is not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_ESTIMATED = patterns.compile(
    r"(?<![\w-])estimated\s+(?:to\s+(?:hold|contain|have|be|cost|number|total|reach|exceed|employ|produce|be\s+worth)"
    r"|at)\s+(?:(?:about|some|around|roughly|up\s+to|more\s+than|over|nearly|almost)\s+)?[$£€]?"
    r"(?P<figure>\d[\d,]*(?:\.\d+)?)(?![\d])", re.IGNORECASE)
# words by which a sentence tells a figure as an estimate, an approximation or someone's word
_KEPT = patterns.compile(
    r"(?<![\w-])(?:estimat\w*|about|around|roughly|approximately|some|thought|believed|reckon\w*|put\s+at|could|may"
    r"|might|potentially|possibly|perhaps|likely|up\s+to|as\s+much\s+as|projected|forecast\w*|expected|said\s+to"
    r"|according|says|said|say|claims?|claimed|survey\w*|suggests?|suggested|calculat\w*|assess\w*|predict\w*"
    r"|unconfirmed|unproven|not\s+(?:been\s+)?(?:confirmed|proven|proved))(?![\w-])", re.IGNORECASE)
# a clause's end: the hedge of another clause ("...; about 80 per cent ..., according to the maps") keeps nothing
_CLAUSE_END = patterns.compile(r"[;:]|\s[–—]\s|,\s+(?:and|but|while|whereas)\s", re.IGNORECASE)


def estimate_told_as_known(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text states a figure its cited passages give only as estimated, without saying so."""
    if not in_english(language) or not passages or "estimated" not in " ".join(p.text for p in passages).lower():
        return []
    own = unquoted(markers_blanked(text))
    for passage in passages:
        for estimated in _ESTIMATED.finditer(passage.text):
            figure = estimated["figure"].replace(",", "")
            clause = next((part for part in _CLAUSE_END.split(own) if _stands_in(figure, part)), None)
            if clause is not None and not _KEPT.search(clause) and not _given_plainly(figure, passages, estimated):
                return [Finding(offset, f"the source gives this figure only as estimated "
                                        f"('{' '.join(estimated.group().split())}'), but it is told as known: "
                                        f"{clipped(text)}",
                                "keep the estimate ('estimated to hold', 'about'), or cite the words that give it "
                                "as known")]
    return []


def _stands_in(figure: str, text: str) -> bool:
    """Say whether text states the figure, as written in digits with or without its thousands' commas."""
    return any(number.replace(",", "") == figure
               for number in re.findall(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d])", text))


def _given_plainly(figure: str, passages: list[Cited], estimated: re.Match) -> bool:
    """Say whether a cited passage gives the same figure elsewhere than in its estimate."""
    for passage in passages:
        for number in re.finditer(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d])", passage.text):
            if number.group().replace(",", "") == figure and not (
                    passage.text[estimated.start():estimated.end()] == estimated.group()
                    and estimated.start() <= number.start() < estimated.end()):
                if not _ESTIMATED.search(passage.text[max(0, number.start() - 80):number.end()]):
                    return True
    return False
