"""A cost given to another payer: "I lavori costano 38,6 milioni di euro, a carico della Regione" (or "dello Stato")
citing "I lavori costano 38,6 milioni di euro, interamente a carico della società" built (tests/test_newuser_111.py,
tests/test_factcheck_178.py): every figure stands, only who pays changed.

A sentence's payer, the words after Italian "a carico di", French "à la charge de" or Spanish "a cargo de", is
refused where its cited passages name payers so and none of them is it: no word of five letters in common with it
(by its first five letters: "regionale" of "Regione") and no party both name. Only a payer that names a party of the
briefing or a public purse ("lo Stato", "il Comune", "i contribuenti", "l'État", "el Estado") is read: a synonym the
briefing does not name ("a carico dell'azienda" of "della società") is left alone, and so is a payer denied ("non
sono a carico della Regione"). Passages that name no payer so
("che la società sostiene interamente") are not read here.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Finding, clipped, unquoted
from .sentences import folded_word

# the words naming a payer, up to a comma, a full stop or a conjunction, after the words that open it
_PAYER = patterns.compile(
    r"(?<!\w)(?:a\s+carico|à\s+la\s+charge|a\s+cargo)\s+(?:d['’]|de\s+l['’]|(?:di|dei|degli|del|dello|della|delle|de"
    r"|du|des|del)\s+(?:(?:la|l['’])\s*)?)(?P<payer>[^\W\d_]+(?:['’][^\W\d_]+)?(?:\s+(?!e\s|ed\s|et\s|y\s|ma\s|mais\s"
    r"|pero\s|per\s|pour\s|para\s|con\s|avec\s|senza\s|sans\s|sin\s|fino\s|entro\s)[^\W\d_]+){0,3})",
    re.IGNORECASE)
# public purses no party of a briefing need name: "a carico dello Stato", "à la charge de l'État"
_PUBLIC = frozenset({"stato", "comune", "comuni", "provincia", "regione", "regioni", "ministero", "governo",
                     "contribuenti", "erario", "état", "etat", "commune", "département", "gouvernement",
                     "contribuables", "estado", "ayuntamiento", "gobierno", "ministerio", "contribuyentes"})
_STEM = 5
# a negation before the payer in its clause: "non sono a carico della Regione" gives the cost to no one
_NEGATED = patterns.compile(r"(?<!\w)(?:non|né|nemmeno|neanche|pas|ni|no|nunca|jamais|mai)(?!\w)[^,;:]*$", re.IGNORECASE)


def _words(payer: str) -> frozenset[str]:
    """Return the folded words of a payer, a French or Italian elided article ("l'État") set apart."""
    return frozenset(folded_word(word.split("'")[-1].split("’")[-1]) for word in payer.split())


def _parties_of(words: frozenset[str], parties) -> frozenset[str]:
    """Return the ids of the parties a payer's words name."""
    return frozenset(party for party, naming in parties if words & naming)


def _same_payer(mine: frozenset[str], theirs: frozenset[str], parties) -> bool:
    """Say whether two payers are one: a word of five letters in common (by its first five) or a party both name."""
    stems = {word[:_STEM] for word in mine if len(word) >= _STEM}
    return bool(stems & {word[:_STEM] for word in theirs if len(word) >= _STEM}) or bool(
        _parties_of(mine, parties) & _parties_of(theirs, parties))


def payer_changed(text: str, passages, offset: int = 0, language: str = "", parties=()) -> list[Finding]:
    """Return a finding when text gives a cost to a payer ("a carico della Regione") that its cited passages, naming
    payers so, never give it to ("a carico della società")."""
    spoken = unquoted(text)
    told = [match for match in _PAYER.finditer(spoken) if not _NEGATED.search(spoken, 0, match.start())]
    if not told or not passages:
        return []
    theirs = [match["payer"] for passage in passages for match in _PAYER.finditer(passage.text)]
    if not theirs:
        return []
    for match in told:
        mine = _words(match["payer"])
        if not (mine & _PUBLIC or _parties_of(mine, parties)):
            continue  # a payer naming no party nor public purse may be a synonym: not read
        if not any(_same_payer(mine, _words(payer), parties) for payer in theirs):
            return [Finding(offset, f"this sentence puts the cost on '{match['payer']}', but its cited passages put it "
                                    f"on '{theirs[0]}': {clipped(text)}",
                            f"keep the source's payer ('{theirs[0]}'), or cite the passage that names "
                            f"'{match['payer']}'")]
    return []
