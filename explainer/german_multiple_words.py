"""German multiples said in words and the factors they say: "das Doppelte", "doppelt so", "verdoppelt",
"Verdopplung", "zweifach", "zwei Mal", "die Hälfte", "halbiert", "das Dreifache", "verdreifacht", "3-fach"
(`multiples_given`), read by multiples_german.py's check; and "zwei Mal so" (the figure "zwei") told of a passage's
"das Doppelte" (`said_as_german_multiple`, read where multiples_romance.py allows "deux fois" of "le double de";
tests/test_factcheck_171.py). It imports nothing of attribution.py, which reads it.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from . import patterns
from .locale import base_language
from .numbers import Quantity

NUMBERS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10}
NUMBER = "|".join(NUMBERS)
_GIVEN = patterns.compile(
    rf"(?<![\w-])(?:ver)?(?P<number>{NUMBER}|\d+)\s*-?\s*(?:mal|fach\w*)(?!\w)"
    r"|(?<![\w-])(?P<double>doppelt\w*|verdoppel\w*|verdoppl\w*)|(?<![\w-])(?P<half>hälfte|halb\s+so|halbier\w*)(?!\w)",
    re.IGNORECASE)
_TIMES_SO = patterns.compile(r"\s*-?\s*mal\s+so(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def multiples_given(text: str) -> frozenset[Decimal]:
    """Return the factors of the multiples text says in words (one half as 0.5)."""
    found = set()
    for given in _GIVEN.finditer(text):
        if given.group("number"):
            number = given.group("number").casefold()
            found.add(Decimal(NUMBERS[number]) if number in NUMBERS else Decimal(number))
        else:
            found.add(Decimal(2) if given.group("double") else Decimal("0.5"))
    return frozenset(found)


def said_as_german_multiple(quantities: tuple[Quantity, ...], sentence: str, end: int, language: str,
                            passages) -> bool:
    """Say whether the figure ending at `end` of a German sentence is a plain multiple ("zwei Mal so") that a passage
    says in words ("das Doppelte", "verdoppelt")."""
    if base_language(language or "en") != "de" or len(quantities) != 1 or quantities[0].unit != "":
        return False
    return bool(_TIMES_SO.match(sentence, end)) and any(quantities[0].value in multiples_given(passage.text)
                                                        for passage in passages)
