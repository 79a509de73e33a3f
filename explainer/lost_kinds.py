"""What was lost kept to its kind: "they have lost profits of more than 300 million euros" may not cite "they have
lost orders worth more than 300 million euros" (tests/test_factcheck_142.py).

A loss is of orders ("orders", "contracts"; French "commandes", "contrats"; Spanish "pedidos",
"contratos"; German "Aufträge"), of sales ("sales", "revenue", "turnover", "exports"; "ventes", "chiffre
d'affaires", "recettes", "exportations"; "ventas", "ingresos", "facturación", "exportaciones"; "Umsatz", "Umsätze",
"Verkäufe", "Einnahmen", "Exporte"), of profits ("profits", "earnings"; "bénéfices", "profits"; "beneficios",
"ganancias"; "Gewinne", "Gewinn") or of jobs ("jobs"; "emplois"; "empleos", "puestos"; "Arbeitsplätze",
"Stellen"): orders worth 300 million euros are not 300 million euros of profit. A sentence telling a loss ("lost",
"lose", "loss of", "losses in"; "perdu", "perte"; "perdido", "pérdida"; "verloren", "Verlust") of one kind is refused
where a cited passage tells a loss of another kind and no cited passage names a word of the sentence's kind. Words
in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .locale import base_language
from .sentences import markers_blanked

_KINDS = {
    "en": {"orders": r"orders|contracts", "sales": r"sales|revenues?|turnover|exports",
           "profits": r"profits?|earnings", "jobs": r"jobs"},
    "fr": {"orders": r"commandes|contrats|marchés", "sales": r"ventes|chiffres?\s+d['’]\s*affaires|recettes|exportations",
           "profits": r"bénéfices?|profits?|revenus", "jobs": r"emplois|postes"},
    "es": {"orders": r"pedidos|contratos|encargos", "sales": r"ventas|ingresos|facturación|exportaciones",
           "profits": r"beneficios|ganancias|utilidades", "jobs": r"empleos|puestos"},
    "de": {"orders": r"Aufträge\w*|Auftr[aä]g\w*", "sales": r"Ums[aä]tz\w*|Verkäufe\w*|Einnahmen|Exporte\w*",
           "profits": r"Gewinn\w*|Erträge\w*|Ertrag\w*", "jobs": r"Arbeitsplätze\w*|Stellen"},
}
# a loss, a few words either side of what was lost: "lost orders", "orders lost", "a loss of profits", "in lost sales"
_LOSS = {"en": r"los(?:e|es|t|ing|s|ses)", "fr": r"perd\w*|pertes?", "es": r"perd\w*|pérdidas?",
         "de": r"verlor\w*|verlier\w*|Verlust\w*|Einbußen|Einbruch"}
_NEAR = {"en": 3, "fr": 3, "es": 3, "de": 8}  # German puts its participle last: "Aufträge von ... Euro verloren"
_READ = {}
for _language, _kinds in _KINDS.items():
    _any = "|".join(f"(?P<{kind}>{words})" for kind, words in _kinds.items())
    _READ[_language] = (
        patterns.compile(rf"(?<![\w-])(?:{_LOSS[_language]})(?![\w-])\s+(?:[\w'’]+\s+){{0,3}}?(?:{_any})(?![\w-])"
                         rf"|(?<![\w-])(?:{_any.replace('?P<', '?P<after_')})\s+(?:[\w'’.,]+\s+){{0,{_NEAR[_language]}}}?"
                         rf"(?:{_LOSS[_language]})(?![\w-])", re.IGNORECASE),
        {kind: patterns.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE) for kind, words in _kinds.items()})


def lost_of_another_kind(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells a loss of another kind ("lost profits") than its cited passages do ("lost
    orders")."""
    read = _READ.get(base_language(language) if language else "en")
    if read is None or not passages:
        return []
    lost, named = read
    spoken = unquoted(markers_blanked(text))
    said = [(_kind(match), " ".join(match.group().split())) for match in lost.finditer(spoken)]
    if not said:
        return []  # most sentences tell no loss: found by one search
    theirs = [found for passage in passages for found in _losses(passage.text, language or "en")]
    if not theirs:
        return []
    for kind, shown in said:
        if any(named[kind].search(unquoted(passage.text)) for passage in passages):
            continue
        other = next((words for their_kind, words in theirs if their_kind != kind), None)
        if other is not None:
            return [Finding(offset, f"this sentence tells a loss of another kind ('{shown}') than its cited passages "
                                    f"do ('{other}'): {clipped(text)}",
                            f"keep what the source says was lost ('{other}'), or cite a passage that says this")]
    return []


def _kind(match: re.Match) -> str:
    """Return the kind of loss a match names."""
    return next(kind.removeprefix("after_") for kind, words in match.groupdict().items() if words)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _losses(text: str, language: str) -> tuple[tuple[str, str], ...]:
    """Return each loss a passage tells: its kind and its words as written."""
    read = _READ.get(base_language(language))
    if read is None:
        return ()
    return tuple((_kind(match), " ".join(match.group().split())) for match in read[0].finditer(unquoted(text)))
