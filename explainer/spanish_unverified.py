"""A Spanish sentence saying its figures or words could not be checked keeps them someone's word, as unverified.py's
English "could not be verified" does.

"Ninguna de las dos cifras de contenedores ha podido verificarse" citing "El sindicato afirma que hay 14.000
contenedores retenidos ... Este diario no ha podido verificar ninguna de las dos cifras" was refused as the union's
'afirma' told as fact (party_claims.py, newuser_114), though it states no count, only that none could be checked.
A negation ("no", "ni", "ninguna", "nadie", "sin", "nunca", "tampoco") followed, in its clause and within eight words,
by a verb of checking ("verificar", "comprobar", "corroborar", "contrastar") keeps the hedge; "confirmar" only as a
passive, an adjective or a reflexive ("no ha sido confirmada", "sin confirmar", "no se ha podido confirmar"): "El
tribunal no confirmó la sentencia" tells of a court's ruling, and "Lozano no ha confirmado que ..." of a speaker's
word, not of a check. attribution.says_who_reports reads this.
"""

from __future__ import annotations

import re

from . import patterns

_NEGATION = r"(?:no|ni|ninguna|ninguno|ningunas|ningunos|ningún|nadie|sin|nunca|tampoco|jamás)"
_CHECK = (r"(?:verific\w*|comprob\w*|corrobor\w*|contrast(?:ar|arse|ad[oa]s?)|confirmarse"
          r"|(?<!ha\s)(?<!han\s)(?<!había\s)(?<!habían\s)(?<!haya\s)(?<!hayan\s)confirmad[oa]s?"
          r"|(?:se\s+(?:ha|han|había|habían|pudo|pudieron|puede|pueden)\s+(?:podido\s+)?)confirmar"
          r"|(?<=sin\s)confirmar)")
_UNCHECKED = patterns.compile(rf"(?<![^\W\d_]){_NEGATION}\s+(?:[^\W\d_]+\s+){{0,8}}?{_CHECK}(?![^\W\d_])",
                              re.IGNORECASE)
_STEMS = ("verific", "comprob", "corrobor", "contrast", "confirm")


def keeps_unverified_in_spanish(text: str) -> bool:
    """Say whether a Spanish sentence says, with a negation, that its words could not be checked ("Ninguna de las dos
    cifras ha podido verificarse", "una cifra sin verificar")."""
    folded = text.casefold()
    if not any(stem in folded for stem in _STEMS):
        return False  # most sentences hold no word of checking: found by plain searches
    return _UNCHECKED.search(text) is not None
