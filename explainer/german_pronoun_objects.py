"""A German negation's object that is a pronoun, standing for what the clause before it names: "Das Gericht gab der
Klage teilweise statt und wies sie im Übrigen ab" dismisses the claim ("sie" is "die Klage"), as "Das Gericht wies die
Klage im Übrigen ab" says. Read without it, the passage's negative clause held no "Klage", and that sentence was
refused as adding a negation to "gab der Klage teilweise statt" (polarity.py). A pronoun right after the negating verb
is read as its object where no article after it opens an object of its own ("wies sie die Klage ab": "sie" is who
dismisses) (tests/test_newuser_78.py).
"""

from __future__ import annotations

import re

from . import patterns

_PRONOUN = patterns.compile(r"\s+(?:sie|ihn|es|diese|diesen|dies)(?!\w)", re.IGNORECASE)
_ARTICLE = patterns.compile(r"(?<!\w)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)(?!\w)",
                            re.IGNORECASE)


def pronoun_object_after(clause: str, at: int) -> bool:
    """Say whether the negating verb of a German clause, ending at `at`, takes a pronoun as its object ("wies sie im
    Übrigen ab")."""
    pronoun = _PRONOUN.match(clause, at)
    return pronoun is not None and _ARTICLE.search(clause, pronoun.end()) is None
