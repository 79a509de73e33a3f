"""A French or Italian name after an elided article or preposition is written glued to it: "l'Ostrelande",
"d'Ostrelande", "qu'Ostrelande", "dell'Austria". Read whole, "l'Ostrelande" starts in lower case and named no party,
so a figure cited from "l'Ostrelande a relevé son droit ... importées de Valmorie de 5 % à 18 %" was refused in
Ostrelande's column as naming only Valmorie (tests/test_newuser_117.py). The name is the word after the apostrophe."""

from __future__ import annotations

from . import patterns

# French l', d', j', m', n', s', t', c', qu' (and its compounds), Italian dell', dall', nell', sull', all', coll', un':
# only before a capital, so a common noun ("l'entreprise") stays as it was read
_ELIDED = patterns.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|dell|dall|nell|sull|all|coll|un)['’]"
                           r"(?=[^\W\d_])")


def name_after_elision(word: str) -> str:
    """Return the word a French or Italian elided article or preposition is glued to, where that word starts with a
    capital ("l'Ostrelande": "Ostrelande"); else the word as it is."""
    found = _ELIDED.match(word)
    rest = word[found.end():] if found else ""
    return rest if rest[:1].isupper() else word
