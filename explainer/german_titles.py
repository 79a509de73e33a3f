"""German offices, capitalised as every German noun is: a title, no name ("Vorstandschef", "Oberbürgermeisterin").

A claimant written "Martin Brandt, Vorstandschef der RSV" of a passage saying "Brandt sagte ..." was refused ("the
cited passages give these words to Brandt, not to Martin Brandt, Vorstandschef der RSV"): with "Martin Brandt" a
word of the party's, "Vorstandschef" was the one word naming him in person, and the passage did not hold it. German
makes its offices by compounding ("Regierungssprecher", "Verkehrsökonomin", "Konzernchef"), so a compound is read as
an office by how it ends. A word that is the ending alone ("Sprecher", "Richter", "Meister") is read as before: a
surname as often, and "der Sprecher Müller" is still shown so (tests/test_german_2.py).
"""

from __future__ import annotations

import functools

from .numbers import locale_words

_OFFICES = tuple("""
chef chefin meister meisterin sprecher sprecherin minister ministerin präsident präsidentin ökonom ökonomin direktor
direktorin führer führerin leiter leiterin dezernent dezernentin sekretär sekretärin experte expertin gutachter
gutachterin berater beraterin analyst analystin richter richterin anwalt anwältin senator senatorin
""".split())
_BEFORE_THE_OFFICE = 3  # letters at least before it: "Vorstands|chef", "Ober|bürger|meisterin", "Amts|richter"


def read() -> bool:
    """Say whether the project reads German (its locale lists the articles a capitalised noun follows)."""
    writing = locale_words("de")
    return writing is not None and bool(writing.articles)


@functools.lru_cache(maxsize=1 << 12)
def names_an_office(word: str) -> bool:
    """Say whether a capitalised German word is a compound naming an office ("Vorstandschef", "Amtsrichter")."""
    folded = word.casefold()
    return any(folded.endswith(end) and len(folded) >= len(end) + _BEFORE_THE_OFFICE for end in _OFFICES)
