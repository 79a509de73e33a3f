"""A Spanish noun the source calls minor kept minor: "Los observadores encontraron irregularidades graves" (or
"encontraron irregularidades en algunos centros") may not cite "encontró \"irregularidades menores\" en algunos
centros de votación".

A passage that qualifies a plural noun with a word making it small ("irregularidades menores", "daños leves",
"pequeñas fisuras", "incidentes aislados") backs a sentence naming that noun only with such a word too. The sentence
is refused where it gives the noun a word making it large ("irregularidades graves", "graves daños") outside a
negated clause ("no encontró irregularidades graves" builds), or introduces it bare or with an indefinite word
("encontraron irregularidades", "algunas irregularidades") and holds no word making it small anywhere. A noun after an
article or a demonstrative ("esas irregularidades", "las irregularidades") points back to what was said, and is not
read; nor is a noun a cited passage also gives without a word making it small. Spanish text is read
(tests/test_factcheck_230.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped

_SMALL = (r"(?:menor(?:es)?|leves?|pequeñ[oa]s?|liger[oa]s?|aislad[oa]s?|puntuales?|mínim[oa]s?|escas[oa]s?"
          r"|limitad[oa]s?|insignificantes?|menudos?|menudas?)")
_LARGE = (r"(?:graves?|grandes?|importantes?|significativ[oa]s?|seri[oa]s?|masiv[oa]s?|generalizad[oa]s?"
          r"|sistemátic[oa]s?|enormes?|cuantios[oa]s?|considerables?|mayores|severos?|severas?|fuertes)")
_NOUN = r"[^\W\d_]{3,}s"
# a plural noun a passage makes small, the word after it or before it: "irregularidades menores", "pequeñas fisuras"
_BINDING = r"(?:menores|leves|pequeñ[oa]s|liger[oa]s|aislad[oa]s)"  # "menores de edad" is no size: not after "de"
_SMALL_NOUN = patterns.compile(rf"(?<![\w-])(?P<noun>{_NOUN})[\"”»]?\s+{_BINDING}(?![\w-])(?!\s+de(?![\w-]))"
                               rf"|(?<![\w-]){_BINDING}\s+(?P<later>{_NOUN})(?![\w-])",
                               re.IGNORECASE)
_SMALL_ANYWHERE = patterns.compile(rf"(?<![\w-])(?:{_SMALL}|poca\s+importancia|sin\s+importancia|escasa\s+entidad"
                                   r"|poca\s+entidad|menor\s+importancia|de\s+poca\s+gravedad)(?![\w-])", re.IGNORECASE)
_LARGE_WORD = patterns.compile(rf"{_LARGE}(?![\w-])", re.IGNORECASE)
# before a noun that points back to what was said, not a new claim of what there was
_POINTING_BACK = frozenset({"el", "la", "los", "las", "esos", "esas", "estos", "estas", "aquellos", "aquellas", "sus",
                            "dichos", "dichas", "tales", "del", "al"})
_NEGATING = patterns.compile(r"(?<![\w-])(?:no|ni|sin|ningun[oa]s?|ningún|nunca|tampoco|niega|negó|descarta|descartó"
                             r"|descartan|descartaron)(?![\w-])", re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r"[.;:!?]|,\s+(?:pero|aunque|mientras|y|que)(?![\w-])", re.IGNORECASE)
_WORD_BEFORE = patterns.compile(r"([^\W\d_]+)[\s\"“«]*$")


def minor_told_otherwise(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a Spanish sentence names a noun its cited passages make small ("irregularidades
    menores") as large, or bare with no word making it small."""
    if not language.casefold().startswith("es"):
        return []
    small = {_folded(match["noun"] or match["later"]): " ".join(match.group().split()) for passage in passages
             if (passage.language or language).casefold().startswith("es")
             for match in _SMALL_NOUN.finditer(passage.text)}
    if not small:
        return []  # most passages make nothing small: found without reading the sentence
    for noun, shown in small.items():
        if _given_unqualified(noun, passages):
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", text, re.IGNORECASE):
            told = _told_otherwise(text, match)
            if told:
                said = (f"calls {told} what its cited passages call '{shown}'" if told != match.group() else
                        f"gives '{told}' without the word its cited passages make them small with ('{shown}')")
                return [Finding(offset, f"this sentence {said}: {clipped(text)}",
                                "keep the source's word for how small they are, or cite a passage that says this")]
    return []


def _told_otherwise(text: str, match: re.Match) -> str:
    """Return how a sentence tells the noun at `match` otherwise than small: the noun and a word making it large
    quoted ("'irregularidades graves'"), the noun alone where it drops the small word, or "" where it keeps it small,
    points back to it or negates it."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, match.start())), default=0)
    clause = text[start:match.start()]
    if _NEGATING.search(clause):
        return ""  # "no encontró irregularidades graves"
    after = text[match.end():match.end() + 30]
    before = _WORD_BEFORE.search(clause)
    large = _LARGE_WORD.match(after.lstrip(" \"”»")) or (before and _LARGE_WORD.fullmatch(before.group(1)))
    if large:
        return (f"'{before.group(1)} {match.group()}'" if before and _LARGE_WORD.fullmatch(before.group(1))
                else f"'{match.group()} {large.group()}'")
    if before and before.group(1).casefold() in _POINTING_BACK:
        return ""  # "esas irregularidades": what was said before
    if _SMALL_ANYWHERE.search(text):
        return ""  # "irregularidades, aunque menores", "pequeñas irregularidades"
    return match.group()


def _given_unqualified(noun: str, passages: list[Cited]) -> bool:
    """Say whether a passage also gives the noun with no word making it small, nor pointing back to it."""
    for passage in passages:
        for match in re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", passage.text, re.IGNORECASE):
            before = _WORD_BEFORE.search(passage.text[max(0, match.start() - 30):match.start()])
            after = passage.text[match.end():match.end() + 20]
            if not (_SMALL_ANYWHERE.match(after.lstrip(" \"”»")) or (before and (
                    before.group(1).casefold() in _POINTING_BACK or _SMALL_ANYWHERE.fullmatch(before.group(1))))):
                return True
    return False


def _folded(word: str) -> str:
    return word.casefold()
