"""An excess kept on its side: "Shoppers' Voice said three years was too long" may not cite "said three years was too
short".

A sentence's "too" before a word of a pair of opposites (short and long, high and low, much and little, many and few,
early and late, slow and fast or quick, small and big or large, weak and strong, lenient or lax and strict or harsh,
cheap and expensive, narrow and broad or wide; French "trop", Spanish "demasiado", German "zu" before theirs) is refused
where a cited passage says "too" before its opposite and none says "too" before the sentence's word: a complaint of too
little told as one of too much (tests/test_factcheck_139.py). Words in quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .locale import base_language
from .sentences import markers_blanked

_PAIRS = {
    "en": (("short", "long"), ("high", "low"), ("much", "little"), ("many", "few"), ("early", "late"),
           ("slow", "fast"), ("slow", "quick"), ("small", "big"), ("small", "large"), ("weak", "strong"),
           ("lenient", "strict"), ("lax", "strict"), ("lenient", "harsh"), ("cheap", "expensive"), ("narrow", "broad"),
           ("narrow", "wide"), ("soon", "late"), ("light", "heavy"), ("soft", "tough")),
    "fr": (("court", "long"), ("courte", "longue"), ("élevé", "bas"), ("élevé", "faible"), ("tôt", "tard"),
           ("lent", "rapide"), ("lente", "rapide"), ("faible", "fort"), ("faible", "forte"), ("petit", "grand"),
           ("laxiste", "strict"), ("cher", "bon marché")),
    "es": (("corto", "largo"), ("corta", "larga"), ("alto", "bajo"), ("alta", "baja"), ("pronto", "tarde"),
           ("lento", "rápido"), ("lenta", "rápida"), ("débil", "fuerte"), ("pequeño", "grande"), ("laxo", "estricto"),
           ("caro", "barato")),
    "de": (("kurz", "lang"), ("hoch", "niedrig"), ("früh", "spät"), ("langsam", "schnell"), ("schwach", "stark"),
           ("klein", "groß"), ("lasch", "streng"), ("teuer", "billig")),
}
_TOO = {"en": r"too", "fr": r"trop", "es": r"demasiado|demasiada", "de": r"zu|viel\s+zu"}
_OPPOSITE = {language: {one: {b for a, b in pairs if a == one} | {a for a, b in pairs if b == one}
                        for pair in pairs for one in pair}
             for language, pairs in _PAIRS.items()}
_EXCESS = {language: patterns.compile(
    rf"(?<!\w)(?:{_TOO[language]})\s+(?P<word>{'|'.join(sorted(_OPPOSITE[language], key=len, reverse=True))})(?!\w)",
    re.IGNORECASE) for language in _PAIRS}


def turned_excess(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says "too" of a word its cited passages say "too" of the opposite of, never of
    it."""
    read = base_language(language or "en")
    finder = _EXCESS.get(read)
    if finder is None or not finder.search(text):
        return []
    said = {passage_word for passage in passages for passage_word in _excesses(passage.text, read)}
    for match in finder.finditer(unquoted(markers_blanked(text))):
        word = match.group("word").lower()
        opposite = sorted(_OPPOSITE[read][word] & said)
        if opposite and word not in said:
            return [Finding(offset, f"this sentence says 'too {word}' where its cited passages say 'too "
                                    f"{opposite[0]}': {clipped(text)}",
                            "keep the side of the complaint the source gives, or cite the passage that says this")]
    return []


def _excesses(text: str, language: str) -> set[str]:
    """Return the words text says "too" of."""
    return {match.group("word").lower() for match in _EXCESS[language].finditer(text)}
