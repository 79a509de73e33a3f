"""Spanish ranks, for ranks.py: "la tercera reunión" citing "la cuarta reunión", and an ordinal with no noun after it,
which ranks a noun its sentence names before it.

ranks.py reads an ordinal before what it ranks ("la cuarta reunión", "la 4.ª reunión"), in Spanish by the words here.
An ordinal after an article or a possessive with nothing ranked after it (the clause's end, or "desde", "en", "de",
"del", "hasta", "este", "esta", "y") ranks what its sentence told of before: "La reunión del 10 de marzo será la
tercera desde enero" citing "La mesa de negociación volverá a reunirse el 10 de marzo. Será la cuarta reunión desde
enero" built (tests/test_factcheck_110.py). It is read against every noun of its sentence that a cited passage ranks,
and a passage's ranks a noun it ranks elsewhere ("del 68 % el primer día al 72 % el segundo" backs "el segundo día").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import patterns

SPANISH_ORDINALS = {"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3,
                    "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6,
                    "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9, "décimo": 10,
                    "décima": 10}
SPANISH_ORDINAL = "(?:" + "|".join(patterns.longest_first(SPANISH_ORDINALS)) + ")"
# an ordinal in digits: "4.ª", "4º"
SPANISH_ORDINAL_OR_DIGITS = rf"(?:{SPANISH_ORDINAL}(?:s)?|\d+\.?[ºª°])"
# words after an ordinal that are no noun it ranks ("la tercera desde enero", "la tercera vez", "un cuarto de hora")
NOT_RANKED = frozenset({"desde", "en", "de", "del", "hasta", "este", "esta", "y", "o", "que", "vez", "veces",
                        "consecutiva", "consecutivo", "consecutivas", "consecutivos", "seguida", "seguido"})
_BARE = patterns.compile(rf"(?<![\w-])(?:el|la|los|las|su|sus)\s+(?P<nth>{SPANISH_ORDINAL})"
                         r"(?=\s*(?:[,.;:)]|$)|\s+(?:desde|en|de|del|hasta|este|esta|y)(?!\w))", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")


def bare_ranks(text: str) -> Iterator[re.Match]:
    """Yield each ordinal of Spanish text with no noun after it, its group `nth`."""
    return _BARE.finditer(text)


def named_ranked(text: str, ranked: set[str]) -> list[str]:
    """Return the nouns of `ranked` (folded, singular) that text names, in order."""
    words = {word.casefold() for word in _WORD.findall(text)}
    return sorted(what for what in ranked if what in words or what + "s" in words)
