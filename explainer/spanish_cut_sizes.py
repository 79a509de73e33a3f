"""A Spanish cut's size told as the level it leaves, or a level told as the size of a cut: "El decreto propone trasvasar
120 hectómetros cúbicos al año" or "El decreto reduce el trasvase a 120 hectómetros cúbicos" citing "proponía reducir
esa cantidad en 120 hectómetros cúbicos anuales, hasta un máximo de 180" (newuser_124: 120 stands in the passage, so
both built; Spanish tells the size by "en" and the level reached by "a" or "hasta" after the verb of change).

A figure is a change's size where a word of change ("reducir", "recorte", "rebaja", "aumento", "menos", ...) stands
before it in its clause and the word right before it (past "un", "unos", "los", "de", ...) is no "a", "al" or
"hasta", or where "menos" or "más" follows it ("20 hectómetros cúbicos menos"). It is a level where "a", "al" or
"hasta" stands right before it after a word of change, or after "hasta" alone, or, in a sentence holding no word of
change at all, as a plain amount ("se han trasvasado de media 300"). A figure of the sentence is refused where it is
one of the two and every occurrence of it in the cited passages is the other. Years are not read; a figure with no
occurrence in the passages is the figure checks' to name. Only Spanish is read, as its locale writes figures.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import find_mentions, is_year
from .sentences import split_sentences

# Stems of the words of change, a cut's or a rise's: "reducir", "reducción", "recorta", "rebajó", "disminuye",
# "aumento", "subida", "eleva", "incrementar", "quita", "retira", "merma", "pierde"/"perdería"/"pérdida"
_CHANGE = patterns.compile(
    r"(?<![^\W\d_])(?:reduc|reduj|recort|rebaj|baj|disminu|aument|increment|subid|subir|sube|suben|subió|elev|quit"
    r"|retir|cae|caen|cay|caíd|caer|crec|crez|descen|desplom|retroced|retroces|encarec|abarat|recuper|gan[óa]"
    r"|merm|pierd|perd|pérdid|tijeretazo|ampli|avanz|repunt|dispar|hund|retroced|alza|multiplic|duplic|tripl|acort"
    r"|contra[ej]|encog|rest(?:a|an|ar|ó|aron|ará|arán|aría|arían|ando)(?![^\W\d_])"
    r"|dej(?:a|an|ó|aron|ará|arán|aría|arían|ar)\s+de)",
    re.IGNORECASE)
# "menos" or "más" after a figure and its unit, not before "de" ("tres candidatos sumaron menos del 5 %" bounds another)
_AFTER_SIZE = patterns.compile(r"\s*%?\s*(?:[^\W\d_%]+\s+){0,3}?(?:(?:menos|más)(?!\s+(?:de|del|que)(?![^\W\d_]))"
                               r"|menor|mayor|inferior)(?![^\W\d_])", re.IGNORECASE)
_FROM_TO = patterns.compile(r"\s*%?\s*(?:[^\W\d_%]+\s+){0,3}?a\s+(?:unos\s+|unas\s+)?\d", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
_CLAUSE_END = patterns.compile(r"[,;:.!?](?:\s|$)")
# Words that may stand between the word that says how a figure is given and the figure: "en un 30 %", "a unos 180",
# "hasta un máximo de 180", "en los 120"
_BETWEEN = frozenset("un una unos unas el la los las de del máximo mínimo total cerca casi".split())
_LEVEL_WORDS = frozenset({"a", "al", "hasta"})
# a verb of losing right before a sum of money: what was lost, which "cuesta 3 millones" may tell
_LOSING = patterns.compile(r"(?:pierd|perd)[^\W\d_]*", re.IGNORECASE)
_MONEY_AFTER = patterns.compile(r"\s*(?:(?:millones|millón|mil)\s+)?(?:de\s+)?(?:euros?|dólares|dólar|libras?|pesos?|€|\$)",
                                re.IGNORECASE)
_ARTICLES = frozenset({"el", "la", "los", "las"})


def cut_told_as_level(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when Spanish text gives a figure as a level that its cited passages give only as the size of
    a change (or the other way round)."""
    if language.split("-")[0].lower() != "es" or not passages:
        return []
    for value, way in _figures_and_ways(text):
        if way is None:
            continue
        ways = {other for passage in passages for sentence in split_sentences(passage.text, "es")
                for figure, other in _figures_and_ways(sentence.text) if figure == value}
        if ways and None not in ways and way not in ways:
            told, given = ("a level", "the size of a change") if way == "level" else ("the size of a change", "a level")
            return [Finding(offset, f"this sentence gives {_number(value)} as {told}, but its cited passages give it "
                                    f"only as {given} ('en' a figure is by how much, 'a' or 'hasta' a figure is the "
                                    f"level reached): {clipped(text)}",
                            "give the figure as the source does (the cut by how much, or the amount left), or cite a "
                            "passage that does")]
    return []


def _number(value) -> str:
    return f"'{value.normalize():f}'".replace(".", ",")


def _figures_and_ways(text: str) -> list[tuple[object, str | None]]:
    """Return each figure of one sentence (its value) with how it is given: "size", "level" or None."""
    changes = _CHANGE.search(text) is not None
    found = []
    for mention in find_mentions(text, "es"):
        if mention.kind != "figure" or is_year(mention.text):
            continue
        percent = any(quantity.unit == "%" for quantity in mention.quantities)
        way = _way(text, mention.start, mention.end, changes or percent)
        found += [(quantity.value, way) for quantity in mention.quantities]
    return found


def _way(text: str, start: int, end: int, changes: bool) -> str | None:
    """Return how the figure at start..end is given: as a change's "size", a "level", or None where it is unclear."""
    begin = max((match.end() for match in _CLAUSE_END.finditer(text, 0, start)), default=0)
    before = [word.casefold() for word in _WORD.findall(text[begin:start])]
    skipped = set()
    while before and before[-1] in _BETWEEN:
        skipped.add(before.pop())
    right_before = before[-1] if before else ""
    close = _CLAUSE_END.search(text, end)
    if _AFTER_SIZE.match(text[end:close.start() if close else len(text)]):
        return "size"  # "20 hectómetros cúbicos menos cada año", "un 35 % menor"
    if "de" in skipped and _FROM_TO.match(text, end):
        return "level"  # "subir el precio de 24 a 28 euros": the level it starts from
    if right_before == "hasta":
        return "level"
    if skipped & _ARTICLES and right_before not in _LEVEL_WORDS:
        return None  # "rebajaba en 120 ... los 300 que se trasvasan": an amount named, not what the change makes
    change_before = _CHANGE.search(text, begin, start) is not None
    if change_before and right_before in _LEVEL_WORDS:
        return "level"  # "reduce el trasvase a 180", "bajó al 28 %"
    if _LOSING.match(right_before) and _MONEY_AFTER.match(text, end):
        return None  # "el operador perdió 3 millones de euros": money lost, no cut of a level (factcheck_160's twins)
    if (change_before and right_before == "en") or _CHANGE.fullmatch(right_before) or _CHANGE.match(right_before):
        return "size"  # "reducir esa cantidad en 120", "un recorte de 120", "recortar 120", "bajó un 35 %"
    if change_before:
        return None  # a change told, but not of this figure: "reducir ... un trasvase que ha llevado de media 300"
    # a plain amount, in a sentence that tells of no change; a percentage so told is left unread, as the ways of
    # telling a change in per cent are many ("es un 35 % inferior", "se dispara un 20 %")
    return None if changes else "level"
