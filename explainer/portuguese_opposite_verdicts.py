"""A Portuguese verdict not turned round: "A sentença acolheu o pedido de dano moral coletivo" may not cite "A sentença
rejeitou o pedido de dano moral coletivo", nor "O sindicato aceitou a proposta de R$ 1,5 milhão" cite "o sindicato
recusou a proposta".

A sentence's verb of granting (acolher, aceitar, deferir, aprovar, in the past, present or participle) before an object
is refused where a cited passage gives the opposite verb (rejeitar, recusar, indeferir, reprovar) before an object of
the same first noun (compared by its first five letters) whose other words the sentence's object holds too, and no
cited passage grants that noun; "acolheu o pedido de horas extras" citing "rejeitou o pedido de dano moral coletivo"
builds (another claim), and so does a sentence that denies its verb ("não acolheu"). The other way round (a refusal
told of a thing granted) is read alike. Text in Portuguese only (`pt`); words in quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .portuguese_rulings import in_portuguese
from .sentences import markers_blanked

_GRANTING = (r"(?:acolh(?:eu|eram|e|em|id[oa]s?)|aceit(?:ou|aram|a|am|ad[oa]s?)|(?<!in)defer(?:iu|iram|e|em|id[oa]s?)"
             r"|aprov(?:ou|aram|a|am|ad[oa]s?))")
_REFUSING = (r"(?:rejeit(?:ou|aram|a|am|ad[oa]s?)|recus(?:ou|aram|a|am|ad[oa]s?)|indefer(?:iu|iram|e|em|id[oa]s?)"
             r"|reprov(?:ou|aram|a|am|ad[oa]s?))")
_OBJECT = r"(?P<object>(?:\s+[^\s,.;:!?]+){1,6})"
_GRANTED = patterns.compile(rf"(?<!\w){_GRANTING}{_OBJECT}", re.IGNORECASE)
_REFUSED = patterns.compile(rf"(?<!\w){_REFUSING}{_OBJECT}", re.IGNORECASE)
_LINKS = frozenset("o a os as um uma uns umas de do da dos das em no na nos nas para por pelo pela com que ao à"
                   .split())
_ENDS = frozenset("e mas ou porque pois quando se".split())
_DENIED_BEFORE = patterns.compile(r"(?<!\w)(?:não|nem|nunca)\s+(?:\w+\s+)?$", re.IGNORECASE)
_STEM = 5


def verdict_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Portuguese sentence grants what its cited passages refuse, or refuses what they
    grant."""
    if not in_portuguese(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    for mine, theirs in ((_GRANTED, _REFUSED), (_REFUSED, _GRANTED)):
        for found in mine.finditer(spoken):
            if _DENIED_BEFORE.search(spoken[:found.start()]):
                continue
            words = _object_words(found["object"])
            if not words:
                continue
            opposite = _given(theirs, passages, words)
            if opposite and not _given(mine, passages, words):
                verb = found.group()[:len(found.group()) - len(found["object"])]
                return [Finding(offset + found.start(), f"this sentence says '{verb} {' '.join(words)}' where its "
                                                        f"cited passages say '{opposite}': {clipped(text)}",
                                "give the verdict as the passages give it, or cite the words that say this")]
    return []


def _given(pattern: re.Pattern, passages: list[Cited], words: list[str]) -> str:
    """Return the words of a passage's verb of `pattern` before an object of the same first noun as `words`, whose
    other words `words` holds too; or ""."""
    stems = {word.casefold()[:_STEM] for word in words}
    for passage in passages:
        for found in pattern.finditer(passage.text):
            if _DENIED_BEFORE.search(passage.text[:found.start()]):
                continue
            theirs = _object_words(found["object"])
            if theirs and theirs[0].casefold()[:_STEM] == words[0].casefold()[:_STEM] and all(
                    word.casefold()[:_STEM] in stems for word in theirs[1:]):
                return " ".join(found.group().split())
    return ""


def _object_words(words: str) -> list[str]:
    """Return the content words of an object, to its first conjunction."""
    kept = []
    for word in words.split():
        if word.casefold() in _ENDS:
            break
        if word.casefold() not in _LINKS and not word.casefold().endswith("mente"):  # "rejeitou integralmente o pedido"
            kept.append(word)
    return kept
