"""Spanish, French, Italian and Portuguese clauses as polarity.py reads them: the words that open a subordinate clause
of their own, where a second negation may stand, and the auxiliaries a negation never negates.

'"No vamos a desconvocar la huelga mientras no haya una oferta seria"' negates twice, once in each clause: read as
one clause of two negations, it was positive, and "Beltrán dijo que no van a desconvocar la huelga" was refused as
a negation added (and "van a desconvocar la huelga" built). French "tant que ... n'aura pas", Italian "finché non",
Portuguese "enquanto não" are the same shape. English "while", "because", "although" already end a clause; these
are their kin (`CLAUSE_STARTS`, a regular expression's alternation matched as whole words), which no other language
of the checks spells alike. German sets such a clause off with a comma, which ends one already.

What a clause negates is its first word of five letters or more after the negation: in "No vamos a desconvocar" it
was "vamos", the going-to future's auxiliary, which "van a desconvocar" does not hold, so the negation dropped was
not seen. `NO_CONTENT` (auxiliaries, and "todavía" as English "still") is never that word, as English "could" and
"would" are not. A clause a relative pronoun opens after a comma (`relative`: "..., que todavía no se ha
pronunciado", French "..., qui n'a pas", Italian "..., che non") negates what the clause before names, as English
"which" does: "El tribunal ya se ha pronunciado" citing "... ante el Tribunal Superior, que todavía no se ha
pronunciado" built (tests/test_newuser_65.py).
"""

from __future__ import annotations

import re

from . import patterns

CLAUSE_STARTS = ("mientras|aunque|porque|puesto\\s+que|ya\\s+que"  # Spanish (and Portuguese "porque")
                 "|tant\\s+que|tandis\\s+que|alors\\s+que|parce\\s+que|bien\\s+que|puisque|quoique"  # French
                 "|finché|finche|mentre|perché|sebbene|benché"  # Italian
                 "|enquanto|embora")  # Portuguese

NO_CONTENT = frozenset({
    "todavía", "toujours", "tampoco",  # still, yet: "que todavía no se ha pronunciado" negates the ruling
    # Spanish and Portuguese "ir a", "haber", "poder", "deber", "estar" (Portuguese "vamos", "podem", "deve")
    "vamos", "hemos", "había", "habían", "habrá", "habrán", "habría", "habrían", "puede", "pueden", "podrá", "podrán",
    "podría", "podrían", "podemos", "deberá", "deberán", "debería", "deberían", "debemos", "estamos", "están",
    "estaba", "estaban", "podem", "podemos", "poderá", "poderão", "poderia", "havia", "haviam",
    # French "aller", "avoir", "pouvoir", "devoir"
    "allons", "allait", "allaient", "avons", "avait", "avaient", "aurait", "auraient", "pourra", "pourront",
    "pourrait", "pourraient", "pouvons", "peuvent", "devons", "doivent", "devrait", "devraient"})

_RELATIVE = patterns.compile(r"\s*(?:que|quien|quienes|cuyo|cuya|qui|che|cui)(?!\w)", re.IGNORECASE)


def relative(piece: str, before: str) -> bool:
    """Say whether a clause is opened by a relative pronoun right after a comma (`before`: the character before it)."""
    return before == "," and _RELATIVE.match(piece) is not None
