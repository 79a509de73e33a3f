"""Halves kept: "half as likely" or "half the risk" must stand in a passage the sentence cites.

Health reporting gives risks as multiples: "twice as likely", "three times the risk", "half as likely". A multiple in
digits or as "twice" is a figure the figure checks read, but "half" before "as" or "the" is none, so "patients were
half as likely to report dizziness" built citing "were twice as likely to report severe dizziness": the source's
finding turned round, every figure still standing. English text reads "half as <word>", "half the <risk, rate, odds,
chance, number, ...>" and "half as many/much"; each must be backed by a passage's "half", "halved", "halving", 50%
or 0.5.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import Quantity, quantities_in
from .sentences import MARKER

_HALF = patterns.compile(
    r"(?<![\w-])(?:one[\s-]|a\s+)?half\s+(?:as\s+[^\W\d]+|the\s+(?:risk|rate|odds|chance|likelihood|number|level"
    r"|incidence|dose|size|cost|price|share))(?!\w)", re.IGNORECASE)
_HALF_GIVEN = patterns.compile(r"(?<![\w-])(?:half|halv(?:e|ed|es|ing))(?!\w)", re.IGNORECASE)
_AS_FIGURES = (Quantity(Decimal("0.5")), Quantity(Decimal(50), "%"))


def unbacked_halves(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each "half as ..." or "half the ..." of English text that no cited passage backs with a
    half, a halving, 50% or 0.5."""
    if "half" not in text.casefold() or language.split("-")[0].lower() not in ("", "en"):
        return []
    spoken = MARKER.sub(lambda m: " " * len(m.group()), text)
    found = _HALF.search(spoken)
    if found is None or any(_HALF_GIVEN.search(passage.text) for passage in passages):
        return []
    if any(quantity in quantities_in(passage.text, passage.language or language) for passage in passages
           for quantity in _AS_FIGURES):
        return []
    return [Finding(offset + found.start(), f'"{" ".join(found.group().split())}" is not in the passages this '
                                            f"sentence cites: {clipped(text)}",
                    "give the source's own multiple (\"twice as likely\" is no half), or cite the passage that says "
                    "it")]
