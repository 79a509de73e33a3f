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
not seen. `AUXILIARIES` are never that word, as English "could" and "would" are not (tests/test_newuser_65.py).
"""

from __future__ import annotations

CLAUSE_STARTS = ("mientras|aunque|porque|puesto\\s+que|ya\\s+que"  # Spanish (and Portuguese "porque")
                 "|tant\\s+que|tandis\\s+que|alors\\s+que|parce\\s+que|bien\\s+que|puisque|quoique"  # French
                 "|finché|finche|mentre|perché|sebbene|benché"  # Italian
                 "|enquanto|embora")  # Portuguese

AUXILIARIES = frozenset({
    # Spanish and Portuguese "ir a", "haber", "poder", "deber", "estar" (Portuguese "vamos", "podem", "deve")
    "vamos", "hemos", "había", "habían", "habrá", "habrán", "habría", "habrían", "puede", "pueden", "podrá", "podrán",
    "podría", "podrían", "podemos", "deberá", "deberán", "debería", "deberían", "debemos", "estamos", "están",
    "estaba", "estaban", "podem", "podemos", "poderá", "poderão", "poderia", "havia", "haviam",
    # French "aller", "avoir", "pouvoir", "devoir"
    "allons", "allait", "allaient", "avons", "avait", "avaient", "aurait", "auraient", "pourra", "pourront",
    "pourrait", "pourraient", "pouvons", "peuvent", "devons", "doivent", "devrait", "devraient"})
