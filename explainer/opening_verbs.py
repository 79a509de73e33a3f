"""A Spanish or Portuguese sentence may open on its verb, its subject dropped: "Votó el 63,8 % del censo", "Subió un 3
%", "Caiu 4 %". Capitalised as a sentence's first word, the verb was read as a place or name holding the figure
(figure_nouns.py), and the honest "Votó el 63,8 % del censo" citing "La participación fue del 63,8 por ciento, ...
cuando votó el 59,9 por ciento del censo" was refused as giving "votó" another figure (tests/test_newuser144.py).
A first word with a past tense's ending ("-ó", "-ió", "-aron", "-ieron", "-aba", "-ou", "-eu", "-aram") is read as
that verb, and names nothing.
"""

from __future__ import annotations

import re

from . import patterns
from .locale import base_language

_VERB = patterns.compile(r"[^\W\d_]+(?:ó|aron|ieron|aba|aban|ou|eu|iu|aram|eram|iram)", re.IGNORECASE)
_OPENING_BEFORE = " \t\n\"'“«¿¡("


def opens_on_a_verb(text: str, start: int, word: str, language: str) -> bool:
    """Say whether `word`, at `start` of text, opens its sentence as a Spanish or Portuguese verb in the past."""
    if base_language(language) not in ("es", "pt") or not _VERB.fullmatch(word):
        return False
    before = text[:start].rstrip(_OPENING_BEFORE)
    return not before or before.endswith((".", "!", "?", ":"))
