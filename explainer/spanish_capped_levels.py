"""A Spanish cap reached by a cut, told as the level the cut leaves: "bajar el trasvase de 300 a 180" citing "reducir
esa cantidad en 120 hectómetros cúbicos anuales, hasta un máximo de 180".

A passage's "hasta un máximo de 180" after a verb of lowering is where the cut leaves the amount: at most 180, as the
cut sets it. A sentence telling the figure as the level a lowering reaches ("reduce el trasvase a 180", "de 300 a
180", "dejaría el trasvase en 180") says the same and was refused as leaving out the qualifier (newuser_124). Read
only where the passage's capped figure follows a verb of lowering in its own sentence, and the sentence's figure
follows one in its clause: "El trasvase es de 180" of the same passage, and "bajó las multas a 180 euros" of "las
multas llegan hasta 180 euros", stay refused. A negated verb of excess ("no podría superar los 180", "sin exceder
los 180") is a cap too, read by qualifiers.py. Spanish text is read.
"""

from __future__ import annotations

import re

from . import patterns

# Verbs and nouns of lowering: "reducir", "reducción", "recorta", "rebajó", "baja", "disminuye", "limita", "deja"
_LOWERING = (r"(?:reduc|reduj|recort|rebaj|baj[aeoóé]|bajar|disminu|limit|dej[aeóé]|dejar|dejarí|rest[aeóé]|restar)"
             r"[^\W\d_]*")
# the sentence's figure as the level a lowering reaches: "a 180", "al 28 %", "hasta 180", "de 300 a 180"; "en 180"
# only after "dejar" ("dejaría el trasvase en 180"), as "reducir en 120" is the cut's size
_REACHED_BEFORE = patterns.compile(
    rf"(?<![^\W\d_]){_LOWERING}(?:\s+(?![^\W\d_]*\d)[^\W\d_,;:.]+){{0,6}}?\s+(?:de\s+[\d.,]+\s+(?:[^\W\d_]+\s+){{0,3}}?)?"
    r"(?:a|al|hasta)\s+(?:(?:unos|unas|los|las|el|la)\s+)?$"
    rf"|(?<![^\W\d_])dej[^\W\d_]*(?:\s+(?![^\W\d_]*\d)[^\W\d_,;:.]+){{0,4}}?\s+en\s+(?:(?:unos|unas|los|las)\s+)?$",
    re.IGNORECASE)
_CAPPED_AFTER_LOWERING = patterns.compile(rf"(?<![^\W\d_]){_LOWERING}[^.;:!?]*$", re.IGNORECASE)


def cap_told_as_level_reached(text: str, start: int, language: str, capped: str, passages: list[str]) -> bool:
    """Say whether the Spanish figure at `start` of text is the level a lowering reaches, and a cited passage gives
    the same figure capped (`capped`, its qualifier's words: "hasta un máximo de 180") after a verb of lowering."""
    if language.split("-")[0].lower() != "es" or not _REACHED_BEFORE.search(text, max(0, start - 120), start):
        return False
    return any(_capped_after_lowering(passage, capped) for passage in passages)


def _capped_after_lowering(passage: str, capped: str) -> bool:
    """Say whether a passage gives `capped` after a verb of lowering in the same sentence."""
    flat = " ".join(passage.split())
    at = flat.find(capped)
    return at >= 0 and _CAPPED_AFTER_LOWERING.search(flat, max(0, at - 200), at) is not None
