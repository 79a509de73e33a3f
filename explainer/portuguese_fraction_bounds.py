"""A Portuguese fraction's bound kept: "mais da metade" may not stand for a passage's "menos da metade", nor "menos de
um terço" for "mais de um terço" (and the other way round).

"A condenação ficou em mais da metade do valor pedido" citing "a condenação ficou em R$ 4,8 milhões, menos da metade
do valor pedido" is refused; the same bound ("menos da metade", "inferior à metade") builds, and so does a sentence
whose passages give both bounds. Text in Portuguese only (`pt`); words in quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .portuguese_rulings import in_portuguese
from .sentences import markers_blanked

_FRACTION = r"(?:metade|um\s+terço|dois\s+terços|um\s+quarto|três\s+quartos|um\s+quinto)"
_BOUND = patterns.compile(rf"(?<!\w)(?P<side>mais|menos)\s+d[aeo]\s+(?P<fraction>{_FRACTION})(?!\w)", re.IGNORECASE)
_OPPOSITE = {"mais": "menos", "menos": "mais"}
_DENIED = patterns.compile(r"(?<!\w)(?:não|nem|nunca)(?!\w)[^,;.]*\Z", re.IGNORECASE)


def fraction_bound_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Portuguese sentence turns the bound of a fraction its cited passages give."""
    if not in_portuguese(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    theirs = {_bound(found) for passage in passages for found in _BOUND.finditer(passage.text)}
    for found in _BOUND.finditer(spoken):
        side, fraction = _bound(found)
        if (_OPPOSITE[side], fraction) in theirs and (side, fraction) not in theirs \
                and not _DENIED.search(spoken[:found.start()]):
            of = "da" if fraction == "metade" else "de"  # "menos da metade", "menos de um terço"
            return [Finding(offset + found.start(), f"this sentence says '{_flat(found)}' where its cited passages "
                                                    f"say '{_OPPOSITE[side]} {of} {fraction}': {clipped(text)}",
                            "give the bound the passage gives")]
    return []


def _bound(found: re.Match) -> tuple[str, str]:
    return found["side"].casefold(), " ".join(found["fraction"].casefold().split())


def _flat(found: re.Match) -> str:
    return " ".join(found.group().split())
