"""A count's giver named by the body that makes the count for it: "1,3 million selon la police" of a passage's "1,3
million de manifestants selon le ministère de l'Intérieur".

A French, Spanish or German newsroom gives a march's official count as the police's or as the interior ministry's,
the one publishing what the other counts; according_to.py refused the police's where the passage named the ministry
("this sentence gives its figure to 'police', where its cited passages give it to 'ministère de l'Intérieur'"). A
sentence's giver after "selon", "según", "laut" or "according to" whose word is one of `COUNTED_FOR`'s keys (read by
its first five letters, as according_to.py reads givers) is kept where a cited sentence with the figure names one of
the words of the body it counts for. The police may stand for the ministry, not any other giver: "selon la police" of
"selon la CGT" is still refused (tests/test_newuser_73.py).
"""

from __future__ import annotations

# a giver's first five letters, folded, and the stems of the words naming the body it counts for: whole words are
# read by these, five letters ("inter") being "intersyndicale" and "interpellations" as well (factcheck_162)
COUNTED_FOR = {
    "polic": ("intérieur", "interieur", "interior"),  # French "police", Spanish "policía", English "police"
    "poliz": ("innenminister",),  # German "Polizei": "Innenministerium", "Innenministeriums"
}
_KEY = 5


def counts_for(own: str, keys: set[str]) -> bool:
    """Say whether a giver `own` ("police", or its first five letters "polic") makes the count of a body one of
    `keys` names: whole words ("intérieur") by the body's stem; five letters each (according_to.py's keys) by the
    stem's first five."""
    stems = COUNTED_FOR.get(own[:_KEY], ())
    return any(key.startswith(stem) or (len(key) == _KEY and stem.startswith(key)) for key in keys for stem in stems)
