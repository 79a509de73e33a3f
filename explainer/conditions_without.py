"""A negated condition kept by "without": "Sans changement, le COR prévoit un déficit" of "... si rien n'est changé".

"Sans changement, le Conseil d'orientation des retraites prévoit un déficit de 13,5 milliards d'euros en 2030" citing
"Le Conseil d'orientation des retraites prévoit un déficit de 13,5 milliards d'euros en 2030 si rien n'est changé" was
refused as a condition dropped (conditions.py): "sans" ("without", Spanish "sin", Italian "senza", Portuguese "sem")
followed within three words by a word of the same stem (its first five letters) as a word of the condition keeps the
condition, where the condition is negated ("rien", "aucun", "pas", "nothing", "no", "not", "nada", "niente", ...):
"without changes" says "if nothing changes". A condition not negated is not kept so: "Sans réforme, ..." of "si la
réforme est adoptée" says the opposite, and stays refused (tests/test_factcheck_228.py).
"""

from __future__ import annotations

import re

from . import patterns

_WITHOUT = patterns.compile(r"(?<!\w)(?:sans|without|sin|senza|sem)\s+((?:[\w'’-]+\s*){1,3})", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<!\w)(?:rien|aucun|aucune|pas|jamais|nothing|no|not|none|never|nada|ningún|ninguna"
                            r"|nulla|niente|non|nessun|nessuna|não|nenhum|nenhuma)(?!\w)|n['’]", re.IGNORECASE)
_WORD = patterns.compile(r"\w+")
_NEGATION_WORDS = frozenset({"rien", "aucun", "aucune", "jamais", "nothing", "none", "never", "nada", "ningún",
                             "ninguna", "nulla", "niente", "nessun", "nessuna", "nenhum", "nenhuma"})
_STEM = 5


def without_keeps_condition(sentence: str, condition: str) -> bool:
    """Say whether `sentence` keeps a negated `condition` by "without" and a word of its stem ("sans changement" of
    "si rien n'est changé")."""
    if not _NEGATED.search(condition):
        return False
    stems = {word[:_STEM] for word in _stemmed_words(condition)}
    return any(word[:_STEM] in stems
               for found in _WITHOUT.finditer(sentence) for word in _stemmed_words(found.group(1)))


def _stemmed_words(text: str) -> list[str]:
    """Return text's folded words long enough to be read by their stem, negation words aside."""
    return [word for word in (w.casefold() for w in _WORD.findall(text))
            if len(word) >= _STEM and word not in _NEGATION_WORDS]
