"""A multiple said in French or Spanish, "plus de quatorze fois", "más de dos veces", of two figures the sentence names.

"Le rendement, 17,7 milliards d'euros, représente plus de quatorze fois le coût des petites pensions, 1,2 milliard
d'euros" citing the two figures was refused ("figure "quatorze" is not in the passages"): computed.py reads English
"nearly four times" only. A figure right before "fois" or "veces" is read as a multiple, on the side of the ratio its
bound says ("plus de", "más de": above; "près de", "presque", "casi": just below; "environ": either, as computed.py's
"about"), of two plain figures the sentence names that the passages give, or of one it names and another of the
passages. A multiple of figures the sentence does not name ("deux fois plus de manifestants") is not read so: its
figure must stand in a passage (tests/test_newuser_73.py).

A multiple in words is its number word too: "deux fois la moyenne" of "le double de la moyenne", "dos veces" of "el
doble de", "tres veces" of "el triple de" (multiple_as_noun). Only a plain one: neither the sentence's nor the
passage's bounded ("plus de deux fois", "más del doble"); its base is multiples_of_bases.py's (tests/test_factcheck_167.py).

Italian's multiple said as a verb ("triplicati" of "raddoppiati") is multiple_verbs.py's (tests/test_factcheck_178.py).
"""

from __future__ import annotations

import re
from . import patterns
from .computed import near_ratio
from .german_multiple_words import said_as_german_multiple
from .numbers import Quantity, mentions_in

_TIMES_AFTER = patterns.compile(r"\s*(?:fois|veces)(?!\w)", re.IGNORECASE)
# the bound before the multiple, as computed.py's English words for it
_BOUND_BEFORE = patterns.compile(r"(?<!\w)(?P<bound>plus\s+de|près\s+de|presque|environ|quelque|moins\s+de|más\s+de"
                                 r"|casi|cerca\s+de|unas|unos|alrededor\s+de|menos\s+de)\s+$", re.IGNORECASE)
_AS_ENGLISH = {"plus de": "more than", "más de": "more than", "moins de": "less than", "menos de": "less than",
               "près de": "nearly", "presque": "nearly", "casi": "nearly", "cerca de": "nearly", "environ": "about",
               "quelque": "about", "unas": "about", "unos": "about", "alrededor de": "about"}
_MOST_READ = 40


def multiple_in_words(quantities: tuple[Quantity, ...], sentence: str, start: int, end: int, language: str,
                      known: frozenset[Quantity]) -> bool:
    """Say whether the figure at `start`..`end` of a French or Spanish sentence is a multiple ("quatorze fois") of two
    plain figures of the passages, one or both of which the sentence names, on the side its bound says."""
    if language[:2] not in ("fr", "es") or len(quantities) != 1 or quantities[0].unit != "":
        return False
    if not _TIMES_AFTER.match(sentence, end):
        return False  # most figures are no multiple: found without reading the sentence's other figures
    wanted = quantities[0]
    said = _BOUND_BEFORE.search(sentence, max(0, start - 20), start)
    bound = _AS_ENGLISH[" ".join(said["bound"].casefold().split())] if said else ""
    plain = sorted({q.value for q in known if q.unit == "" and q.value > 0 and not 1800 <= q.value <= 2100})
    named = sorted({q.value for mention in mentions_in(sentence, language) if mention.kind == "figure"
                    and not mention.start <= start < mention.end for q in mention.quantities} & set(plain))
    if not named:
        return False
    return any(near_ratio(wanted, bound, min(one, other), max(one, other))
               for one in named for other in plain[:_MOST_READ] if other != one)


# a multiple said as a noun, and its factor: "le double de la moyenne", "el triple de lo previsto", "du double"; one
# with a bound before it ("plus du double", "más del doble", "casi el doble") is left out
_NOUN_FACTORS = {"doble": 2, "double": 2, "triple": 3, "cuádruple": 4, "quadruple": 4, "quíntuple": 5, "quintuple": 5}
_AS_NOUN = patterns.compile(r"(?<!\w)(?<!más\s)(?<!plus\s)(?<!moins\s)(?<!menos\s)(?<!casi\s)(?<!presque\s)"
                            r"(?<!environ\s)(?:el|le|al|au|del|du)\s+(?P<noun>doble|double|triple|cuádruple|quadruple"
                            r"|quíntuple|quintuple)(?=\s+(?:de|del|du|des|que|d['’]))", re.IGNORECASE)


def multiple_as_noun(quantities: tuple[Quantity, ...], sentence: str, start: int, end: int, language: str,
                     passages) -> bool:
    """Say whether the figure at `start`..`end` of a French or Spanish sentence is a plain multiple ("deux fois",
    "dos veces") that a passage says as its noun ("le double de", "el doble de"); German "zwei Mal so" of "das
    Doppelte" too (german_multiple_words.py)."""
    if said_as_german_multiple(quantities, sentence, end, language, passages):
        return True
    if language[:2] not in ("fr", "es") or len(quantities) != 1 or quantities[0].unit != "":
        return False
    if not _TIMES_AFTER.match(sentence, end) or _BOUND_BEFORE.search(sentence, max(0, start - 20), start):
        return False
    return any(_NOUN_FACTORS[match["noun"].casefold()] == quantities[0].value
               for passage in passages for match in _AS_NOUN.finditer(passage.text))

