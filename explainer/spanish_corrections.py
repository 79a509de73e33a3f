"""A figure a Spanish correction note names wrong, not stated as current.

"La cifra correcta es del 8 %" and "El sindicato reclamaba una subida del 8 %" built citing "Corrección: una versión
anterior de esta información decía que el sindicato reclamaba una subida del 8 %. La cifra correcta es del 6 %."
(newuser_114): revised.py reads English notes only. A passage names a figure wrong by "una versión anterior (de esta
información, de este artículo) decía (afirmaba, indicaba, daba) ... X" (the first figure after it, in its sentence),
or by "X. La cifra correcta es (del) Y" (the last figure before it). A sentence stating X, without the corrected
figure Y beside it, is refused, unless it keeps X as what was said before or names it wrong ("una versión anterior",
"inicialmente", "por error", "errónea", "no del 8 %", "en lugar del 8 %"). Only Spanish is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import find_mentions

_EARLIER_SAID = patterns.compile(
    r"(?<!\w)(?:una|la)\s+versión\s+(?:anterior|previa|inicial|original)\b[^.]*?(?<!\w)"
    r"(?:decía|afirmaba|indicaba|daba|señalaba|atribuía|situaba|cifraba|recogía)(?!\w)(?:[^.]|\.(?=\d))*", re.IGNORECASE)
_CORRECT_IS = patterns.compile(r"(?<!\w)(?:la\s+)?(?:cifra|dato|porcentaje)\s+(?:correct[oa]|exact[oa]|real)\s+es"
                               r"(?!\w)", re.IGNORECASE)
# a sentence keeping the wrong figure as what was said before, or naming it wrong
_AS_WRONG = patterns.compile(
    r"(?<!\w)(?:anterior|previa|inicialmente|originalmente|antes|por\s+error|erróne\w*|equivocad\w*|incorrect\w*"
    r"|corregid\w*|corrigió|corrección|rectific\w*|versión|no\s+(?:el|la|del|de\s+la|de)|en\s+lugar\s+de\w*"
    r"|en\s+vez\s+de\w*)(?!\w)", re.IGNORECASE)
_GATE = ("versión", "correct", "exact", "real")


def wrong_figure_as_current(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when Spanish text states a figure a cited correction note names wrong, as current."""
    if language.split("-")[0].lower() != "es" or not any(character.isdigit() for character in text):
        return []  # most sentences state no figure
    corrections = [pair for passage in passages if any(gate in passage.text for gate in _GATE)
                   for pair in _corrected(passage.text)]
    if not corrections or _AS_WRONG.search(text):
        return []
    stated = {quantity for mention in find_mentions(text, "es") if mention.kind == "figure"
              for quantity in mention.quantities}
    for wrong, right, shown in corrections:
        if wrong in stated and right not in stated:
            return [Finding(offset, f"this sentence states a figure its cited passages name wrong ('{shown}'): "
                                    f"{clipped(text)}",
                            "give the corrected figure, or say it was the earlier version's (\"una versión anterior "
                            "decía\")")]
    return []


def _corrected(text: str) -> list[tuple[object, object, str]]:
    """Return (wrong quantity, corrected quantity or None, the words naming it wrong) for each figure a Spanish
    correction note in text names wrong."""
    figures = [mention for mention in find_mentions(text, "es") if mention.kind == "figure" and mention.quantities]
    found = []
    for correct in _CORRECT_IS.finditer(text):
        before = [mention for mention in figures if mention.end <= correct.start()]
        after = [mention for mention in figures if mention.start >= correct.end()]
        if before:
            right = after[0].quantities[0] if after else None
            found.append((before[-1].quantities[0], right, " ".join(correct.group().split())))
    for earlier in _EARLIER_SAID.finditer(text):
        said = [mention for mention in figures if earlier.start() <= mention.start < earlier.end()]
        right = next((wrong_right[1] for wrong_right in found if said and wrong_right[0] == said[0].quantities[0]),
                     None)
        if said:
            found.append((said[0].quantities[0], right, " ".join(earlier.group().split()[:4])))
    return found
