"""A French verb of saying in a compound tense before its speaker: '« ... », a affirmé Hélène Marchetti, directrice
générale de la STAV, lors d'une conférence de presse.' gives the words before it to Marchetti, as '..., said X' does;
read from "a" alone, the speaker after "affirmé" was not found, and the whole sentence, setting and post included,
was taken for her words ("La directrice générale défend l'offre en conférence de presse" was refused,
tests/test_newuser145.py).
"""

from __future__ import annotations

import re

from . import patterns

# an auxiliary, an adverb at most, then a past participle: "a affirmé", "ont déclaré", "a encore assuré", "avait dit"
_COMPOUND = patterns.compile(
    r"(?:a|ont|avait|avaient|aura|auront|aurait|auraient)\s+(?:[^\W\d_]+ment\s+|encore\s+|aussi\s+|déjà\s+)?"
    r"(?:[^\W\d_]+(?:é|ée|és|ées|u|ue|it|ite|is)|dit|écrit)(?![\w'’-])")


def verb_of_saying(text: str, verb: re.Match) -> tuple[int, int]:
    """Return where a verb read from `verb` ends its auxiliary's participle ("a affirmé"), else where it ends."""
    compound = _COMPOUND.match(text, verb.start()) if verb.group() in _AUXILIARIES else None
    return (verb.start(), compound.end() if compound else verb.end())


_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient"})
