"""A Spanish offer's figure told as the demand, a demand's as the offer, or either as accepted: "La Autoridad Portuaria
ofrece una subida del 6 %" citing "La Autoridad Portuaria ofrece una subida del 2,5 % y un pago único de 600 euros; el
sindicato reclama un 6 % y 1.200 euros" (newuser_114: both figures stand in the passage, so it built).

So is an offer's figure told as paid or given: "La Autoridad Portuaria ha pagado 600 euros a cada trabajador" of
"ofrece ... un pago único de 600 euros" (a past deed of paying, granting or raising: "pagó", "ha pagado", "concedió",
"subió", not "pagar" nor "pagaría").

A figure's side is the nearest verb or noun of offering ("ofrece", "oferta") or of asking ("reclama", "pide", "exige",
"reivindicación") before it in its clause (up to a comma, semicolon, colon or stop), or of accepting ("aceptó", not
after "no"), or of paying ("ha pagado", not after "no"). A figure of the sentence is refused where its side differs from the side of every occurrence of the same
figure in the cited passages, each with a side. A figure with no side word before it, or with one of another side
after it in its clause ("el 2,5 % ofrecido", "el 6 % que pide el sindicato"), has no side and is not judged; so is
one said accepted where a passage tells of accepting. Only Spanish is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import find_mentions

_OFFERING = ("ofrece ofrecen ofreció ofrecieron ofrecía ofrecían ofrecido ofrecida oferta ofertas contraoferta "
             "contraofertas").split()
_ASKING = ("reclama reclaman reclamó reclamaron reclamaba reclamaban reclamado reclamación reclamaciones pide "
           "piden pidió pidieron pedía pedían exige exigen exigió exigieron exigía exigían exigido exigencia "
           "exigencias "
           "reivindica reivindican reivindicó reivindicación reivindicaciones petición peticiones").split()
_ACCEPTING = "acepta aceptan aceptó aceptaron aceptado aceptada aceptaba aceptaban".split()
# a deed of paying or raising done: "ha pagado 600 euros", "subió los salarios un 2,5 %" (not "pagar", "pagaría")
_PAYING = ("pagó pagaron pagado pagada pagados pagadas abonó abonaron abonado abonada abonados concedió concedieron "
           "concedido concedida subió subieron subido aplicó aplicaron aplicado aplicada").split()
_SIDE_OF = {**{word: "offer" for word in _OFFERING}, **{word: "demand" for word in _ASKING},
            **{word: "accepted" for word in _ACCEPTING}, **{word: "paid" for word in _PAYING}}
_WORD = patterns.compile(r"[^\W\d_]+")
_CLAUSE_END = patterns.compile(r"[,;:.!?]\s")
_NEGATION = frozenset("no ni nunca jamás".split())
_SHOWN = {"offer": "offered", "demand": "asked for", "accepted": "accepted", "paid": "paid or given"}


def sides_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when Spanish text gives a figure the side (offered, asked for, accepted) that no occurrence of
    it in its cited passages has."""
    if language.split("-")[0].lower() != "es" or not _SIDE_WORDS.search(text):
        return []  # most sentences offer and ask nothing: no passage read
    for value, side in _sided_figures(text):
        if side is None:
            continue
        sides = [other for passage in passages for figure, other in _sided_figures(passage.text) if figure == value]
        if side == "accepted" and any(re.search(rf"(?<!\w){word}(?!\w)", passage.text, re.IGNORECASE)
                                      for passage in passages for word in _ACCEPTING):
            continue  # a passage tells of something accepted: not judged here
        if sides and None not in sides and side not in sides:
            return [Finding(offset, f"this sentence tells {_number(value)} as {_SHOWN[side]}, but its cited passages "
                                    f"give it only as {_SHOWN[sides[0]]}: {clipped(text)}",
                            "give the figure the side the source gives it (who offers it, who asks for it), or cite a "
                            "passage that does")]
    return []


_SIDE_WORDS = patterns.compile(r"(?<!\w)(?:" + "|".join(sorted(_SIDE_OF, key=len, reverse=True)) + r")(?!\w)",
                               re.IGNORECASE)


def _number(value) -> str:
    return f"'{value.normalize():f}'".replace(".", ",")


def _sided_figures(text: str) -> list[tuple[object, str | None]]:
    """Return each figure of text (its value) with its side: "offer", "demand", "accepted" or None."""
    found = []
    for mention in find_mentions(text, "es"):
        if mention.kind != "figure":
            continue
        start, end = _clause_around(text, mention.start, mention.end)
        before = [word.lower() for word in _WORD.findall(text[start:mention.start])]
        after = {_SIDE_OF.get(word.lower()) for word in _WORD.findall(text[mention.end:end])} - {None}
        side = next((_SIDE_OF[word] for word in reversed(before) if word in _SIDE_OF), None)
        at = max((index for index, word in enumerate(before) if word in _SIDE_OF), default=-1)
        if side in ("accepted", "paid") and _NEGATION & set(before[max(0, at - 2):at]):
            side = None  # "no aceptó la subida del 2,5 %" keeps the refusal, "no ha pagado" tells of nothing paid
        if side == "paid" and {_SIDE_OF.get(word) for word in before} & {"offer", "demand"}:
            side = None  # "La oferta subió al 2,5 %": the offer rose, nothing was paid
        if side and after - {side}:
            side = None  # "el 6 % que pide el sindicato" after "ofrece": two sides, judged by neither
        found += [(quantity.value, side) for quantity in mention.quantities]
    return found


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the clause of text holding start..end: from the last clause end before it to the next."""
    begin = max((match.end() for match in _CLAUSE_END.finditer(text, 0, start)), default=0)
    close = _CLAUSE_END.search(text, end)
    return begin, close.start() if close else len(text)
