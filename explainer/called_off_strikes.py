"""A Spanish strike told as called off where no cited passage says it was.

"El sindicato ha desconvocado la huelga de 72 horas" built citing "El sindicato ha convocado además una huelga de 72
horas ... Esa convocatoria no se ha llevado a cabo todavía y podría desconvocarse si las partes llegan a un acuerdo"
(newuser_114): the call-off is a possibility there, not a deed. A sentence telling a call-off done ("ha desconvocado",
"desconvocó", "fue desconvocada", "se ha desconvocado", "ha sido desconvocada", "quedó desconvocada", not after "no",
"ni" or "nunca") is refused where no cited passage tells one done so, and one tells of the strike called or kept
("convocado", "convoca", "mantiene", "sigue", "continúa"). A call-off that may come ("podría desconvocarse",
"desconvocará si ...") is no deed. Only Spanish is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped

_DONE = patterns.compile(
    r"(?<![^\W\d_])(?P<negation>(?:no|ni|nunca|jamás)\s+(?:se\s+)?(?:lo\s+|la\s+|las\s+|los\s+)?)?"
    r"(?:(?:ha|han|había|habían|hubo|haya|hayan)\s+(?:sido\s+)?desconvocad[oa]s?|desconvocó|desconvocaron"
    r"|(?:fue|fueron|quedó|quedaron|está|están|queda|quedan)\s+desconvocad[oa]s?)(?![^\W\d_])", re.IGNORECASE)
_STANDING = patterns.compile(r"(?<![^\W\d_])(?:convocad[oa]s?|convoca|convocan|convocó|convocaron|mantiene|mantienen"
                             r"|mantuvo|sigue|siguen|continúa|continúan)(?![^\W\d_])", re.IGNORECASE)


def called_off_told_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when Spanish text tells a strike called off that its cited passages tell only as called or
    kept, a call-off at most possible."""
    if language.split("-")[0].lower() != "es" or "desconvoc" not in text.casefold():
        return []  # most sentences call nothing off: found by a plain search
    told = [match for match in _DONE.finditer(text) if not match["negation"]]
    if not told or not passages:
        return []
    if any(not match["negation"] for passage in passages for match in _DONE.finditer(passage.text)):
        return []  # a passage tells a call-off done
    standing = next((match.group() for passage in passages for match in _STANDING.finditer(passage.text)), "")
    if not standing:
        return []
    return [Finding(offset, f"this sentence tells a strike as called off ('{told[0].group()}'), but its cited "
                            f"passages tell it only as called or kept ('{standing}'): {clipped(text)}",
                    "say the strike still stands, or that it may be called off, as the source does; or cite a "
                    "passage that tells it called off")]
