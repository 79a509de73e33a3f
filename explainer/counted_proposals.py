"""A count in words of the proposals its passages give, in Spanish and German: "Las dos propuestas están muy lejos."

Citing "El sindicato pide una subida del 12 %; el ministerio ofrece un 3 %.", "dos" was refused as a figure no passage
gives, while the passage gives two proposals: a union's demand and a ministry's offer. A Spanish or German count in
words, two to twelve, after a determiner ("las dos", "los tres", "estas dos"; "die zwei", "den drei", "beide" needs
none) and before a noun of proposals ("propuestas", "ofertas", "posturas", "reivindicaciones"; "Angebote",
"Vorschläge", "Forderungen", "Positionen") or of the sides making them ("partes", "Seiten"), stands where the cited
passages make that many proposals: as many verbs of demanding or offering ("pide", "exige", "reclama", "propone",
"ofrece"; "fordert", "verlangt", "bietet", "schlägt ... vor"). A count of figures ("las dos cifras", "die zwei
Zahlen") stands where the passages give that many figures, years aside. "Las tres propuestas" citing the two is
refused as before (tests/test_newuser_70.py).
"""

from __future__ import annotations

import re

from . import patterns

_COUNTS = {
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
    "de": ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf")}
_BEFORE = {"es": patterns.compile(r"(?<!\w)(?:las|los|estas|estos|esas|esos|sus|ambas|ambos)\s+$", re.IGNORECASE),
           "de": patterns.compile(r"(?<!\w)(?:die|der|den|diese|dieser|diesen|ihre|ihren|alle)\s+$", re.IGNORECASE)}
_PROPOSALS = {
    "es": patterns.compile(r"\s+(?:(?P<figures>cifras)|propuestas|ofertas|posturas|posiciones|reivindicaciones"
                           r"|peticiones|exigencias|demandas|pretensiones|partes|bandos)(?!\w)", re.IGNORECASE),
    "de": patterns.compile(r"\s+(?:(?P<figures>Zahlen)|Angebote|Angeboten|Vorschläge|Vorschlägen|Forderungen"
                           r"|Positionen|Standpunkte|Standpunkten|Seiten|Parteien|Lager)(?!\w)", re.IGNORECASE)}
_PROPOSING = {
    "es": patterns.compile(r"(?<!\w)(?:pide|piden|pidió|pidieron|pedía|exige|exigen|exigió|reclama|reclaman|reclamó"
                           r"|propone|proponen|propuso|ofrece|ofrecen|ofreció|ofrecieron|plantea|plantean|planteó"
                           r"|reivindica|reivindican|demanda|demandan|aspira|aspiran)(?!\w)", re.IGNORECASE),
    "de": patterns.compile(r"(?<!\w)(?:fordert|fordern|forderte|forderten|verlangt|verlangen|verlangte|bietet|bieten"
                           r"|bot|boten|schlägt|schlagen|schlug|angeboten|gefordert|vorgeschlagen)(?!\w)",
                           re.IGNORECASE)}
_FIGURE = patterns.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")


def counts_proposals(sentence: str, start: int, end: int, passages: list[str], language: str) -> bool:
    """Say whether the count in words at sentence[start:end] counts proposals (or their figures) the way
    `passages` give them: as many verbs of demanding or offering (or figures) as it says."""
    code = language.split("-")[0].lower()
    counts = _COUNTS.get(code)
    if counts is None or sentence[start:end].casefold() not in counts:
        return False
    noun = _PROPOSALS[code].match(sentence, end)
    if noun is None or not (_BEFORE[code].search(sentence, max(0, start - 12), start)):
        return False
    wanted = counts.index(sentence[start:end].casefold()) + 2
    if noun["figures"]:
        return len({figure.group() for passage in passages for figure in _FIGURE.finditer(passage)
                    if not _year(figure.group())}) == wanted
    return sum(len(_PROPOSING[code].findall(passage)) for passage in passages) == wanted


def _year(figure: str) -> bool:
    """Say whether a figure as written may be a year (1800 to 2099)."""
    return figure.isdigit() and 1800 <= int(figure) <= 2099
