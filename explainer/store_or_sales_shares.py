"""A share kept to what it is a share of: a sentence may not give a per cent its cited passages give as a share of
stores (shops, outlets, branches) as a share of sales (revenue, turnover, spending, the market), or the other way round
(share_bases.py reads a per cent right before "of"; this reads "a 18.6% share of", "market share of" too).

"The merged business would have an 18.6% share of grocery sales" citing "The merged business would run 1,050 stores,
or 18.6% of all large grocery stores in the country" built: the figure stands, and a share of stores, which the
Authority says is not its measure of market power, reads as the market share. A sentence is refused where it gives a
per cent with one kind of base within six words after it, in its clause ("18.6% share of grocery sales", "18.6% of
stores"), or after "market share of", and the cited passages give the same per cent only with the other kind.
English text is read (tests/test_newuser_115.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import markers_blanked

_BASES = {"stores": "stores", "store": "stores", "shops": "stores", "shop": "stores", "outlets": "stores",
          "branches": "stores", "sales": "sales", "revenue": "sales", "revenues": "sales", "turnover": "sales",
          "spending": "sales", "market": "sales"}
_SHOWN = {"stores": "a share of stores", "sales": "a share of sales"}
# a per cent, then up to six words of its clause: "18.6% of all large grocery stores", "35.2% share of grocery sales"
_SHARE = patterns.compile(r"(?<![\w.,])(?P<figure>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)(?P<after>(?:\s+[\w'’-]+){0,6})",
                          re.IGNORECASE)
_MARKET_SHARE = patterns.compile(r"(?<!\w)market\s+share\s+(?:of\s+|at\s+|to\s+)?(?:about\s+|around\s+|nearly\s+)?"
                                 r"(?P<figure>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)", re.IGNORECASE)


def share_of_other_base(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a per cent as a share of sales that its cited passages give only as a share of
    stores, or the other way round."""
    if (language or "en").split("-")[0].lower() != "en" or "%" not in text and "cent" not in text:
        return []
    told = _bases(markers_blanked(text))
    if not told:
        return []
    given: dict[str, set[str]] = {}
    for passage in passages:
        for figure, base in _bases(passage.text).items():
            given.setdefault(figure, set()).update(base)
    for figure, bases in told.items():
        theirs = given.get(figure, set())
        if theirs and not bases & theirs:
            return [Finding(offset, f"this sentence gives {figure}% as {_SHOWN[min(bases)]}, but its cited passages "
                                    f"give it as {_SHOWN[min(theirs)]}: {clipped(text)}",
                            f"keep what the source gives {figure}% as a share of, or cite a passage that gives it so")]
    return []


def _bases(text: str) -> dict[str, set[str]]:
    """Return each per cent of text with the kinds of base its clause gives it ("stores", "sales")."""
    found: dict[str, set[str]] = {}
    for match in _SHARE.finditer(text):
        base = next((_BASES[word.casefold()] for word in match["after"].split() if word.casefold() in _BASES), None)
        if base:
            found.setdefault(match["figure"], set()).add(base)
    for match in _MARKET_SHARE.finditer(text):
        found.setdefault(match["figure"], set()).add("sales")
    return found
