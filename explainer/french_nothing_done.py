"""A French "aucun ... n'a été fixé" told as done: "Le Conseil d'État a fixé une date d'audience" may not cite "Le
Conseil d'État ne s'est pas encore prononcé, et aucune date d'audience n'a été fixée" (tests/test_factcheck_218.py).

The negation checks read the passive turned ("une date d'audience a été fixée"); told in the active, with a doer,
the sentence shares no clause with the passage's. Read narrowly: a cited passage's "aucun" or "aucune" before a noun,
then "n'a été", "n'ont été" or "n'avait été" (an "encore", "jamais", "toujours" between) and a participle in -é ("fixée",
"programmée", "signé"); a sentence whose active "a", "ont", "avait" or "avaient" comes right before that participle
(its stem, an adverb between), then an article and the same noun ("a fixé une date", "ont signé
l'accord"), is refused where it negates nothing ("pas", "aucun", "jamais", "sans", "ni") and no cited passage tells
that participle with that noun unnegated. Words in quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .french_participles import as_infinitive
from .sentences import markers_blanked

_NONE_DONE = patterns.compile(r"(?<![\w'’-])aucun(?:e)?\s+(?P<noun>[^\W\d_]{4,})(?:\s+[^\W\d_'’]+(?:['’][^\W\d_]+)?)"
                              r"{0,3}?\s+n['’](?:a|ont|avait|avaient)\s+(?:(?:encore|jamais|toujours|pas\s+encore)\s+)?"
                              r"été\s+(?P<participle>[^\W\d_]{3,}(?:é|ée|és|ées))(?![\w'’-])", re.IGNORECASE)
_ACTIVE = (r"(?<![\w'’-])(?:a|ont|avait|avaient)\s+(?:(?:déjà|enfin|bien|finalement|désormais|maintenant)\s+)?"
           r"(?P<participle>{stem}[^\W\d_]*(?:é|ée|és|ées))\s+(?:un|une|la|le|l['’]|sa|son|ses|leur|les|des)\s*"
           r"(?P<noun>{noun}[^\W\d_]*)(?![\w'’-])")
_NEGATING = patterns.compile(r"(?<![\w'’-])(?:pas|aucun|aucune|jamais|sans|ni|nul|nulle|guère|plus)(?![\w'’-])",
                             re.IGNORECASE)


def nothing_done_told_done(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where French text tells as done, in the active, what a passage says none of was done."""
    if not any("aucun" in passage.text.casefold() for passage in passages):
        return []
    spoken = unquoted(markers_blanked(text))
    if _NEGATING.search(spoken):
        return []
    for passage in passages:
        for none in _NONE_DONE.finditer(unquoted(passage.text)):
            told = _told_done(spoken, none["participle"], none["noun"])
            if told and not any(_told_done(unquoted(each.text), none["participle"], none["noun"])
                                for each in passages):
                return [Finding(offset + told.start(), f"this sentence says '{' '.join(told.group().split())}' "
                                                       f"where its cited passages say '{' '.join(none.group().split())}'"
                                                       f": {clipped(text)}",
                                "keep the source's negation, or cite a passage that says it was done")]
    return []


def _told_done(text: str, participle: str, noun: str) -> re.Match | None:
    """Return text's active of a participle before an article and a noun ("a fixé une date"), or None."""
    stem = re.escape(as_infinitive(participle.casefold())[:-2])  # "fixée": "fix"
    pattern = patterns.compile(_ACTIVE.format(stem=stem, noun=re.escape(noun.casefold()[:5])), re.IGNORECASE)
    return pattern.search(text)
