"""Spanish "los dos" meaning "both": "La diferencia entre los dos candidatos" citing "La diferencia entre ambos".

A "dos" right after "los" or "las" names the pair a passage names as "ambos" or by name ("ninguno de los dos", "los dos
candidatos"), no figure a passage must give, as French "les deux" is none (numbers.py). Before a unit or a span ("los
dos años de mandato", "los dos puntos de diferencia"), or as the first two of more ("los dos primeros candidatos",
"los dos candidatos más votados"), it is still a count, read as a figure.
"""

from __future__ import annotations

import re

from . import patterns

_ARTICLE_BEFORE = patterns.compile(r"(?<![\w-])(?:los|las)\s+$", re.IGNORECASE)
_UNIT_AFTER = patterns.compile(r"\s+(?:[^\W\d_]+\s+)?(?:años|meses|semanas|días|horas|minutos|segundos|siglos|décadas"
                               r"|puntos|veces|kilómetros|metros|millones|mil|por\s+ciento|euros|dólares|pesos)(?!\w)"
                               # the first two of more, a count: "los dos primeros candidatos", "los dos candidatos
                               # más votados" (newuser_33's "Un país partido en dos" rests on them)
                               r"|\s+(?:[^\W\d_]+\s+)?(?:primer[oa]s|últim[oa]s|mayores|principales|más|menos)(?!\w)",
                               re.IGNORECASE)


def dos_as_both(text: str, start: int, end: int) -> bool:
    """Say whether the Spanish "dos" at text[start:end] follows "los" or "las" and counts no unit: "both"."""
    return (text[start:end].casefold() == "dos" and _ARTICLE_BEFORE.search(text[max(0, start - 12):start]) is not None
            and not _UNIT_AFTER.match(text, end))
