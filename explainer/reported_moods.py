"""Hedges kept, in the moods German and Spanish report with: "Der Bürgermeister soll Bestechungsgeld angenommen haben"
(is said to have taken bribes) and "El alcalde habría aceptado sobornos" (reportedly took bribes) pass on what the
source does not vouch for, as French "aurait supprimé" does.

Unread, "Der Bürgermeister hat Bestechungsgeld angenommen" citing the first built, and so did "El alcalde aceptó
sobornos" citing the second. A German "soll" or "sollen" reports where a perfect infinitive ends its clause within
eight words ("angenommen haben", "bestochen worden sein", "gewesen sein"; not "soll 2027 fertig werden", a plan); a
Spanish "habría" or "habrían" where a participle follows (not "habría podido", "habría debido": what might have been).
A sentence using the mood keeps the hedge.
"""

from __future__ import annotations

import re

from . import patterns

_GERMAN = (r"(?<!\w)(?:soll|sollen)(?=\s+(?:[^\s.,;:!?]+\s+){0,8}?"
           r"(?:[^\W\d_]+\s+haben|worden\s+sein|gewesen\s+sein)(?![\w-]))")
_SPANISH = (r"(?<!\w)(?:habría|habrían)(?=\s+(?!(?:podido|debido|querido|preferido|gustado|tenido\s+que)(?!\w))"
            r"[^\W\d_]+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|cho|cha|so|sa)(?!\w))")
# English's "is said to have shelled" passes it on as much: "The army shelled the village" of it built (factcheck_135)
_ENGLISH = r"(?<!\w)(?:is|are|was|were)\s+said\s+to(?=\s+(?:have|be)(?!\w))"
REPORTED = patterns.compile(f"{_GERMAN}|{_SPANISH}|{_ENGLISH}", re.IGNORECASE)
# What every match holds: most texts hold none, found by a substring test.
_HOLDS = ("soll", "habr", "said to")


def reported(text: str) -> list[re.Match]:
    """Return each German "soll ... haben", Spanish "habría" with a participle and English "is said to have" text
    reports something with."""
    folded = text.casefold()
    return list(REPORTED.finditer(text)) if any(word in folded for word in _HOLDS) else []
