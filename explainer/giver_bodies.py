"""A count's giver named by the body that makes the count for it: "1,3 million selon la police" of a passage's "1,3
million de manifestants selon le ministère de l'Intérieur".

A French, Spanish or German newsroom gives a march's official count as the police's or as the interior ministry's,
the one publishing what the other counts; according_to.py refused the police's where the passage named the ministry
("this sentence gives its figure to 'police', where its cited passages give it to 'ministère de l'Intérieur'"). A
sentence's giver after "selon", "según", "laut" or "according to" whose word opens with one of `COUNTED_FOR`'s keys
is kept where a cited sentence with the figure names a whole word of the body it counts for: not by five letters,
"inter" opening "intersyndicale" as well as "interior" ("Selon la police, 3,5 millions" of "L'intersyndicale a
affirmé compter 3,5 millions" built: tests/test_factcheck_169.py). The police may stand for the ministry, not any other giver: "selon la police" of
"selon la CGT" is still refused (tests/test_newuser_73.py).
"""

from __future__ import annotations

# a giver's first five letters, folded, and the stems of the whole words naming the body it counts for: five letters
# ("inter") are "intersyndicale" and "interpellations" as well (factcheck_162, factcheck_169)
COUNTED_FOR = {
    "polic": ("intérieur", "interieur", "interior"),  # French "police", Spanish "policía", English "police"
    "poliz": ("innenminister",),  # German "Polizei": "Innenministerium", "Innenministeriums"
}
_KEY = 5


def counts_for(own: str, keys: set[str]) -> bool:
    """Say whether a giver `own` ("police", folded) makes the count of a body one of `keys` names: whole words
    ("intérieur", folded) by the body's stem."""
    stems = COUNTED_FOR.get(own[:_KEY], ())
    return any(key.startswith(stem) for key in keys for stem in stems)
