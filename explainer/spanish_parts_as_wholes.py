"""A Spanish part told as the whole: "Con el escrutinio completo, Ibáñez obtiene el 50,8 %" may not cite "... con el
98 % de las actas escrutadas", nor "Ferrer ha pedido el recuento de 1.200 mesas en todas las provincias" "el recuento de
1.200 mesas en cuatro provincias".

A count told finished ("con el escrutinio completo", "tras el recuento total", "con todas las actas escrutadas", "con
el 100 % de las mesas") is refused where a cited passage gives it short of the whole ("con el 98 % de las actas
escrutadas", "el escrutinio definitivo aún no ha concluido") and none gives it finished; a count to come ("cuando
concluya el escrutinio completo", "el escrutinio completo se conocerá") is not read, only one introduced by "con",
"tras", "según", "después de" or "al cierre de". And "todos los" or "todas las" before a plural noun ("en todas las
provincias") is refused where a cited passage counts that noun with a figure ("en cuatro provincias") and never says
"todas las provincias"; a noun with words after it that narrow it ("todas las mesas impugnadas", "todas las
provincias del norte") is not read. Spanish text is read (tests/test_factcheck_230.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped

_COUNT = r"(?:escrutinio|recuento|conteo|cómputo)"
_FINISHED = r"(?:complet[oa]|total|conclui[dt]o|terminad[oa]|finalizad[oa]|definitiv[oa])"
_RETURNS = r"(?:actas|mesas|votos|papeletas|urnas|colegios)"
_TOLD_FINISHED = patterns.compile(
    rf"(?<![\w-])(?:con|tras|según|después\s+del?|al\s+cierre\s+del?|al\s+término\s+del?)\s+(?:el\s+)?{_COUNT}\s+"
    rf"{_FINISHED}(?![\w-])|(?<![\w-])con\s+(?:todas\s+las|todos\s+los)\s+{_RETURNS}\s+(?:escrutad|contad|computad)"
    rf"[oa]s(?![\w-])|(?<![\w-])con\s+el\s+100\s*%\s+de\s+(?:las|los)\s+{_RETURNS}(?![\w-])", re.IGNORECASE)
# a passage's count short of the whole: "con el 98 % de las actas escrutadas", "el escrutinio aún no ha concluido"
_SHORT = patterns.compile(
    rf"(?<![\w,.])(?P<share>\d{{1,2}}(?:,\d+)?)\s*%\s+de\s+(?:las|los)\s+{_RETURNS}\s+(?:escrutad|contad|computad"
    rf"|procesad|revisad)[oa]s(?![\w-])"
    rf"|(?<![\w-]){_COUNT}(?:\s+[^\W\d_]+)?\s+(?:aún|todavía)\s+no\s+ha\s+(?:concluido|terminado|finalizado)(?![\w-])",
    re.IGNORECASE)
_FINISHED_IN_PASSAGE = patterns.compile(
    rf"(?<![\w-]){_COUNT}\s+{_FINISHED}(?![\w-])(?!\s+(?:aún\s+|todavía\s+)?no(?![\w-]))"
    rf"|(?<![\w-])100\s*%\s+de\s+(?:las|los)\s+{_RETURNS}(?![\w-])",
    re.IGNORECASE)

_ALL = patterns.compile(r"(?<![\w-])(?:todos\s+los|todas\s+las)\s+(?P<noun>[^\W\d_]{3,}s)(?![\w-])", re.IGNORECASE)
# after the noun: a stop, or a word that does not narrow it ("en todas las provincias y ...", "... por la tarde")
_WHOLE_AFTER = patterns.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:y|e|o|u|pero|para|por|con|ante|en|a|al|desde|hasta"
                                r"|durante)(?![\w-])", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<![\w-])(?:no|ni|nunca|sin)(?![\w-])", re.IGNORECASE)
_SPANISH_COUNT = (r"(?:\d[\d.]*|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince"
                  r"|veinte|treinta|cuarenta|cincuenta|cien|varias|varios|algunas|algunos)")


def part_told_whole(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a Spanish sentence tells a count finished, or a noun's every one, where its cited
    passages give only part."""
    if not language.casefold().startswith("es") or not ("tod" in text or "complet" in text or "100" in text
                                                         or "total" in text or "conclu" in text or "termin" in text
                                                         or "finaliz" in text or "definitiv" in text):
        return []
    spanish = [passage.text for passage in passages if (passage.language or language).casefold().startswith("es")]
    return _count_told_finished(text, spanish, offset) or _all_of_a_counted_noun(text, spanish, offset)


def _count_told_finished(text: str, passages: list[str], offset: int) -> list[Finding]:
    """Return a finding where text tells a count finished that a passage gives short of the whole."""
    told = _TOLD_FINISHED.search(text)
    if told is None or any(_FINISHED_IN_PASSAGE.search(passage) for passage in passages):
        return []
    short = next((match for passage in passages for match in _SHORT.finditer(passage)), None)
    if short is None:
        return []
    return [Finding(offset, f"this sentence tells the count finished ('{' '.join(told.group().split())}') where its "
                            f"cited passages give it short of the whole ('{' '.join(short.group().split())}'): "
                            f"{clipped(text)}", "give how far the count had gone, as the source does")]


def _all_of_a_counted_noun(text: str, passages: list[str], offset: int) -> list[Finding]:
    """Return a finding where text says "todas las provincias" of a noun a passage counts ("cuatro provincias")."""
    for match in _ALL.finditer(text):
        noun = match["noun"]
        if not _WHOLE_AFTER.match(text, match.end()) or _NEGATED.search(_clause_before(text, match.start())):
            continue  # "todas las mesas impugnadas": some of them; "no pidió el recuento en todas las provincias"
        if any(re.search(rf"(?<![\w-])(?:todos\s+los|todas\s+las)\s+{re.escape(noun)}(?![\w-])", passage,
                         re.IGNORECASE) for passage in passages):
            continue
        counted = next((found for passage in passages for found in re.finditer(
            rf"(?<![\w-])(?<!los\s)(?<!las\s){_SPANISH_COUNT}\s+{re.escape(noun)}(?![\w-])", passage, re.IGNORECASE)),
            None)  # "los dos sindicatos", "las cuatro provincias" count every one
        if counted is not None:
            return [Finding(offset, f"this sentence says '{' '.join(match.group().split())}' where its cited passages "
                                    f"give '{' '.join(counted.group().split())}': {clipped(text)}",
                            "give the count the source gives, or cite a passage that says all of them")]
    return []


def _clause_before(text: str, at: int) -> str:
    """Return the words of text's clause before `at`."""
    return re.split(r"[.;:!?]|,\s", text[:at])[-1]
