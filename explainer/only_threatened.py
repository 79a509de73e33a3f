"""A deed a passage says was only threatened, told as not done: "L'Ostrelande n'a pas appliqué de droits de
rétorsion" citing "l'Ostrelande a seulement menacé d'appliquer des droits de rétorsion au 30 avril 2026" adds no
negation, though polarity.py read the passage's next clause ("Toute rétorsion appliquée avant le rapport final serait
contraire ...") as the positive one it denied (tests/test_factcheck_189.py).

Read narrowly: "seulement", "uniquement", "simplement" next to a form of "menacer" or "promettre" ("a seulement menacé",
"menace seulement"), "n'a fait que menacer", "s'est contenté(e) de menacer", "s'est borné(e) à menacer", English "only"
or "merely" before "threatened" or "promised"; then "de"/"d'"/"to" and the infinitive of the deed. A sentence's
negative clause whose predicate shares that infinitive's first five letters ("appliqué" of "appliquer") restates it.
"""

from __future__ import annotations

import re
import unicodedata

from . import patterns

_ONLY = r"(?:seulement|uniquement|simplement|only|merely)"
_THREAT = r"(?:menac\w*|promis\w*|promet\w*|threaten\w*|promis(?:e|ed|es|ing))"
_ONLY_THREATENED = patterns.compile(
    rf"(?<!\w)(?:{_ONLY}\s+{_THREAT}|{_THREAT}\s+{_ONLY}|fait\s+que\s+{_THREAT}"
    rf"|(?:contenté|contentée|contentés|contentées|contente|contentent)\s+de\s+{_THREAT}"
    rf"|(?:borné|bornée|bornés|bornées|borne|bornent)\s+à\s+{_THREAT})"
    r"\s+(?:d['’]\s*|de\s+|to\s+)(?P<deed>[^\W\d_]{5,})", re.IGNORECASE)
_PREFIX = 5


def threatened_only(predicate: str, passage: str) -> bool:
    """Say whether a passage says the deed a negative clause's predicate names ("appliqué") was only threatened."""
    if len(predicate) < _PREFIX or not re.search(r"(?:menac|threaten|promi)", passage, re.IGNORECASE):
        return False
    return any(_stem(found["deed"]) == _stem(predicate) for found in _ONLY_THREATENED.finditer(passage))


def _stem(word: str) -> str:
    """Return a word's first five letters, folded and unaccented: "fermé" and "fermer" are one verb."""
    return "".join(letter for letter in unicodedata.normalize("NFD", word.casefold()[:_PREFIX])
                   if not unicodedata.combining(letter))
