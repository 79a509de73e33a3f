"""French's expletive "ne", which negates nothing: "avant que le Conseil d'État ne rétablisse l'autorisation" tells
that it did restore it.

French adds a lone "ne" to the verb after "avant que" and "sans que", the "ne" explétif, with no "pas", "plus",
"jamais", "rien" after the verb. polarity.py counted it as a negation, so "le Conseil d'État avait rétabli
l'autorisation" citing that passage was refused as a negation dropped (tests/test_factcheck_211.py). A "ne" so placed
is now none; with a "pas" (or "jamais", "plus", "rien", "aucun", "personne", "guère", "point") in the three words after
it, it stays a negation: "avant que le Conseil d'État ne rétablisse pas l'autorisation". "sans" still negates its
clause on its own, as "sans qu'il vienne" does. "à moins que" and "de peur que" keep their "ne" counted (see below).
"""

from __future__ import annotations

import re

from . import patterns

# The conjunctions that take an expletive "ne", then up to six words of the subject, then the "ne" (or "n'"). Not "à
# moins que" (unless: "if not", its "ne" read as the "not" it means) nor "de peur que" (a fear: the "ne" keeps "le pont
# s'est effondré" of "de peur que le pont ne s'effondre" refused)
_EXPLETIVE = patterns.compile(
    r"(?<!\w)(?:avant|sans)\s+qu(?:e\s+|['’]\s*)(?:[^\W\d_][\w'’-]*\s+){0,6}?"
    r"(?:(?P<ne>ne)(?!\w)|(?P<elided>n)['’](?=\w))", re.IGNORECASE)
# The words that make a "ne" a real negation, a pronoun, a verb and an auxiliary's participle after it at most ("ne le
# rétablisse pas", "n'ait jamais rétabli"): further on, "plus" is a time's ("ne rétablisse l'autorisation quelques mois
# plus tard")
_COMPLETING = patterns.compile(r"pas|plus|jamais|rien|aucun|aucune|personne|guère|point|nullement|ni", re.IGNORECASE)
_WORDS = patterns.compile(r"[^\W\d_]+")
_WINDOW = 3


def expletive_ne_starts(clause: str) -> frozenset[int]:
    """Return where each expletive "ne" (or "n'") of a French clause starts: after "avant que" or "sans que", with no
    "pas", "jamais", "plus", ... in the three words after it."""
    if "qu" not in clause.casefold():
        return frozenset()
    starts = set()
    for match in _EXPLETIVE.finditer(clause):
        at = match.start("ne") if match.group("ne") else match.start("elided")
        if not any(_COMPLETING.fullmatch(word) for word in _WORDS.findall(clause, at + 2)[:_WINDOW]):
            starts.add(at)
    return frozenset(starts)

