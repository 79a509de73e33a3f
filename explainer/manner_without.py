"""A deed done "without need", "without warning": a manner of doing it, not a negation of it.

"Die Bahn wirft der GDL vor, die Verhandlungen abgebrochen zu haben." citing "... die Verhandlungen ohne Not
abgebrochen zu haben" was refused as dropping a negation: explainer/polarity.py reads "ohne" (and "without", "sin",
"sans") as negating its clause, as it does in "ohne zu zahlen" (without paying) or "without foreign help". "Ohne Not"
(needlessly), "ohne Grund", "ohne Vorwarnung", "without warning", "without reason", "sin previo aviso", "sin motivo",
"sans préavis", "sans raison" say how a deed was done, and the deed was done: their "ohne" negates none, nor does a
negation right before one ("nicht ohne Grund": with good reason). A sentence dropping the manner, or keeping it,
builds; "ohne zu zahlen", "without paying" still negate (tests/test_newuser_71.py).
"""

from __future__ import annotations

import re

from . import patterns

# "without" and the noun of manner right after it (an article or "any" between): what the deed was done without
_MANNER = patterns.compile(
    r"(?<!\w)(?P<neg>(?:nicht|not|no|pas|non)\s+)?(?P<without>ohne|without|sin|sans)\s+(?:(?:any|a|jede[nr]?|jeglichen?"
    r"|jegliche|ersichtlichen?|triftigen?|vorherige|vorherigen?|previo|ningún|ninguna|aucune?)\s+)?"
    r"(?:Not|Grund|Anlass|Vorwarnung|Ankündigung|Vorankündigung|Zögern|Vorbehalt|Absprache|Rücksprache|weiteres"
    r"|warning|reason|notice|cause|hesitation|delay|explanation|justification|consultation"
    r"|aviso|previo\s+aviso|motivo|razón|justificación|explicación|consulta|titubeos?"
    r"|préavis|raison|motif|prévenir|hésiter|hésitation|explication|justification|concertation)(?!\w)",
    re.IGNORECASE)
# Words one of the manners above starts with, read before the pattern: most clauses hold none.
_GATE = ("hne ", "ithout ", "sin ", "sans ", "Sin ", "Sans ", "Ohne ", "Without ")


def manner_negations(text: str) -> frozenset[int]:
    """Return where the words of text that negate only a manner of doing start: the "ohne" of "ohne Not abgebrochen",
    and a negation right before it ("nicht ohne Grund")."""
    if not any(gate in text for gate in _GATE):
        return frozenset()
    found = set()
    for match in _MANNER.finditer(text):
        found.add(match.start("without"))
        if match["neg"]:
            found.add(match.start("neg"))
    return frozenset(found)
