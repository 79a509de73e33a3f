"""The thing a French "sans" deed is about: "Le gouvernement conteste ce chiffre, qu'il juge « sans fondement », sans
avancer d'estimation propre" gives as not done an estimate put forward, not any putting forward: "Le gouvernement
conteste le chiffre de 20 000 emplois avancé par la fédération" was refused as telling done ('avancé') what the passage
gives as not done (sans_deeds.py, tests/test_newuser_136.py).

Read narrowly: where "sans" and its infinitive are followed by a noun after "de", "d'", "un", "une", "le", "la",
"les", "des" or "du" (not a pronoun: "sans la rejeter" names no thing), a sentence holding none of that noun's words
(by its first five letters) tells another deed of the verb; one holding it ("a avancé sa propre estimation") is read as
before.
"""

from __future__ import annotations

import re

from . import patterns

_OBJECT = patterns.compile(r"\s+(?:d['’]\s*|de\s+|du\s+|des\s+|une?\s+|l['’]\s*|le\s+|la\s+|les\s+)"
                           r"(?P<noun>[^\W\d_]{4,})", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")


def sans_object_missing(text: str, sans: re.Match) -> bool:
    """Say whether the deed after "sans" (`sans`, a match ending on its infinitive) is about a noun the sentence never
    names, so that a form of its verb there tells another deed."""
    found = _OBJECT.match(sans.string, sans.end())
    if found is None:
        return False
    noun = found["noun"].casefold()[:5]
    return not any(word.casefold().startswith(noun) for word in _WORD.findall(text))
