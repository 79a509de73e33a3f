"""French's expletive "ne", which negates nothing: "avant que le Conseil d'État ne rétablisse l'autorisation" tells
that it did restore it.

French adds a lone "ne" to the verb after "avant que", "à moins que", "de peur que", "de crainte que" and "sans que"
(the "ne" explétif), with no "pas", "plus", "jamais", "rien" after the verb. polarity.py counted it as a negation, so
"le Conseil d'État avait rétabli l'autorisation" citing that passage was refused as a negation dropped
(tests/test_factcheck_211.py). A "ne" so placed is now none; with a "pas" (or "jamais", "plus", "rien", "aucun",
"personne", "guère", "point") after it in the clause it stays a negation: "avant que le Conseil d'État ne rétablisse
pas l'autorisation". "sans" still negates its clause on its own, as "sans qu'il vienne" does.
"""

from __future__ import annotations

import re

from . import patterns

# The conjunctions that take an expletive "ne", then up to six words of the subject, then the "ne" (or "n'")
_EXPLETIVE = patterns.compile(
    r"(?<!\w)(?:avant|à\s+moins|de\s+peur|de\s+crainte|sans)\s+qu(?:e\s+|['’]\s*)(?:[^\W\d_][\w'’-]*\s+){0,6}?"
    r"(?:(?P<ne>ne)(?!\w)|(?P<elided>n)['’](?=\w))", re.IGNORECASE)
# The words that make a "ne" a real negation, after its verb in the clause
_COMPLETING = patterns.compile(r"(?<!\w)(?:pas|plus|jamais|rien|aucun|aucune|personne|guère|point|nullement|ni)(?!\w)",
                               re.IGNORECASE)


def expletive_ne_starts(clause: str) -> frozenset[int]:
    """Return where each expletive "ne" (or "n'") of a French clause starts: after "avant que", "à moins que", "de
    peur que", "de crainte que" or "sans que", with no "pas", "jamais", "plus", ... after it in the clause."""
    if "qu" not in clause.casefold():
        return frozenset()
    starts = set()
    for match in _EXPLETIVE.finditer(clause):
        at = match.start("ne") if match.group("ne") else match.start("elided")
        if not _COMPLETING.search(clause, at + 2, _until_next_conjunction(clause, at)):
            starts.add(at)
    return frozenset(starts)


def _until_next_conjunction(clause: str, at: int) -> int:
    """Return where the words a "ne" at `at` may be completed by end: the clause's end, or its next "que"."""
    following = re.search(r"(?<!\w)qu(?:e(?!\w)|['’])", clause[at:], re.IGNORECASE)
    return at + following.start() if following else len(clause)
