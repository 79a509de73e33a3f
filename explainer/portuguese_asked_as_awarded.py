"""A Portuguese amount asked kept as asked: a sum its cited passages give only as what a party asked for ("O sindicato
pedia ... R$ 2 milhões de indenização") may not be told as what the ruling awarded ("A sentença condenou a empresa a
pagar R$ 2 milhões", "foi condenada a pagar R$ 2 milhões").

A sum the passages also give as awarded ("condenou a empresa a pagar R$ 4,8 milhões", "a condenação ficou em R$ 4,8
milhões") builds, and so does a sentence that tells the sum as asked ("o sindicato pediu R$ 2 milhões", "e não os
R$ 11,2 milhões pedidos"). Text in Portuguese only (`pt`); words in quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .portuguese_rulings import in_portuguese
from .sentences import markers_blanked

# A sum of money in reais: "R$ 2 milhões", "R$ 1,2 milhão", "R$ 96 mil".
_SUM = patterns.compile(r"R\$\s*\d[\d.,]*(?:\s+(?:mil|milhão|milhões|bilhão|bilhões))?(?!\w)", re.IGNORECASE)
# The words that make a sum what was asked, and those that make it what was awarded.
_ASKED = (r"(?:pedia|pediam|pediu|pediram|pede|pedem|pedido|pedidos|pedida|pedidas|reivindicava|reivindicou"
          r"|cobrava|cobrou)")
_AWARDED = (r"(?:condenou|condenaram|condenad[oa]s?|condenação|concedeu|concederam|concedid[oa]s?|fixou|fixada"
            r"|determinou|deferiu|deferid[oa]s?)")
_GOVERNOR = patterns.compile(rf"(?<!\w)(?:(?P<asked>{_ASKED})|(?P<awarded>{_AWARDED}))(?!\w)", re.IGNORECASE)
_SENTENCE_STOP = patterns.compile(r"(?<!\d)[.;!?](?!\d)")
_DENIED = patterns.compile(r"(?<!\w)(?:não|nem|nunca)(?!\w)", re.IGNORECASE)
_ASKED_AFTER = patterns.compile(rf"\s+(?:\w+\s+){{0,2}}?{_ASKED}(?!\w)", re.IGNORECASE)


def asked_told_as_awarded(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Portuguese sentence tells as awarded a sum its cited passages give only as asked."""
    if not in_portuguese(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    readings = [(_reading(passage.text, found), _key(found.group())) for passage in passages
                for found in _SUM.finditer(passage.text)]
    for found in _SUM.finditer(spoken):
        if _reading(spoken, found) != "awarded" or _ASKED_AFTER.match(spoken, found.end()):
            continue
        theirs = {reading for reading, key in readings if key == _key(found.group())}
        if theirs == {"asked"}:
            shown = " ".join(found.group().split())
            return [Finding(offset + found.start(), f"this sentence tells '{shown}' as awarded, but its "
                                                    f"cited passages give it only as the sum asked ('pedia'): "
                                                    f"{clipped(text)}",
                            "say the sum was asked for, or cite the words that say it was awarded")]
    return []


def _reading(text: str, found: re.Match) -> str:
    """Return how the sentence holding a sum reads it, by the last word before it, in its sentence, of asking or of
    awarding: "asked", "awarded", or "" with neither, or with a denial between ("e não os R$ 11,2 milhões")."""
    start = max((stop.end() for stop in _SENTENCE_STOP.finditer(text, 0, found.start())), default=0)
    governors = list(_GOVERNOR.finditer(text, start, found.start()))
    reading = ""
    if governors:
        last = governors[-1]
        if not _DENIED.search(text, last.end(), found.start()):
            reading = "asked" if last["asked"] else "awarded"
    return reading


def _key(amount: str) -> str:
    """Return a sum as compared: its spacing flattened, "R$2" read as "R$ 2"."""
    return " ".join(amount.replace("R$", "R$ ").split()).casefold()
