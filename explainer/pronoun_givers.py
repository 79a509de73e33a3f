"""A giver named by a personal pronoun names no one: "Selon elle, la loi pourrait coûter 20 000 emplois" gives the
figure to whoever the sentence before names ("La Fédération des plateformes de location (FPL) ... s'oppose au
texte."), so "Selon la fédération, la loi pourrait coûter 20 000 emplois" citing it was refused as giving the figure to
'fédération' where the passage gave it to 'elle' (tests/test_newuser_136.py). according_to.py reads such a giver as
none, as it reads a possessive's ("selon ses calculs").
"""

from __future__ import annotations

# the stressed pronouns "selon", "según", "d'après", "laut" and "according to" take
_PRONOUNS = frozenset({
    "elle", "elles", "lui", "eux", "moi", "toi", "nous", "vous",  # French
    "él", "ella", "ellos", "ellas", "mí", "ti", "nosotros", "nosotras", "vosotros", "vosotras", "usted", "ustedes",
    "him", "her", "them", "us", "me", "it",  # English
})


def is_pronoun_giver(word: str) -> bool:
    """Say whether a giver's first word is a personal pronoun, which names no one by itself."""
    return word.casefold() in _PRONOUNS
