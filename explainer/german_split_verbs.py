"""A German separable verb's past standing apart from its prefix, read as its participle: "Das Landgericht wies die
Klage ab" holds "abgewiesen" as polarity.py reads a clause's words.

"Das Gericht hat die Klage nicht abgewiesen" citing "Das Landgericht wies die Klage ab" built: the negation's
predicate, "abgewiesen", stood nowhere in the passage's clause, whose "wies ... ab" shares no five letters with it, so
the clauses were not read as restating each other. A clause ending in a separable prefix ("ab", "zurück", "vor")
after a strong past of german_verbs.py's table ("wies", "brach", "legte" is weak and its own stem) gives the verb's
participle among its words too (tests/test_newuser_74.py).
"""

from __future__ import annotations

from . import patterns
from .german_verbs import SEPARABLE, past_infinitives, strong_forms

_WORD = patterns.compile(r"[^\W\d_]+")


def split_participles(clause: str) -> frozenset[str]:
    """Return the participles ("abgewiesen") of the separable strong verbs whose past stands apart from their prefix
    at the clause's end ("wies die Klage ab"), lowercased."""
    words = _WORD.findall(clause)
    if len(words) < 2 or words[-1].lower() not in SEPARABLE:
        return frozenset()  # the common case: one lookup
    prefix = words[-1].lower()
    found = set()
    for word in words[:-1]:
        for infinitive in past_infinitives(word.lower()):
            forms = strong_forms(prefix + infinitive)
            if forms is not None and forms.prefix == prefix:
                found.add(forms.participle)
    return frozenset(found)
