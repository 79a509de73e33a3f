"""A caveat calling figures confirmed kept to passages that confirm them: "Every figure here has been confirmed by both
sides" may not cite a wire report's dateline.

A caveat speaks of the sources; one saying their figures were confirmed, verified or audited tells the reader more
than a report that gives each side's word (tests/test_factcheck_216.py, fixture factcheck_204). figure_givers.py
refuses a field calling figures confirmed only where a passage gives them as an estimate; a caveat citing the dateline
(the usual way to cite a whole report) gave none and built. A caveat calling its figures confirmed ("confirmed",
"verified", "certified", "audited"; French "confirmé", "vérifié"; Spanish "confirmado", "verificado"; German
"bestätigt", "geprüft"; Italian "confermato", "verificato") is refused where no cited passage confirms anything
("confirm", "verify", "audit", "official", and the same words in those languages), a passage's negated word confirming
nothing either ("could not be independently verified" backed "have been checked independently":
tests/test_newuser143.py). A word negated before it ("has not been verified", "non è stata verificata", "no ha podido
verificar", "none was confirmed", "unconfirmed") is not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited

_CONFIRMED = patterns.compile(
    # and the verbs telling a source does it: "the report checks both", "it verifies them"
    r"(?<![\w-])(?:confirmed|verified|certified|audited|corroborated|checked|checks|verifies|confirms|corroborates"
    r"|audits|confirmée?s?|vérifiée?s?|confirmad[oa]s?"
    r"|verificad[oa]s?|bestätigt\w*|geprüft\w*|confermat[oaie]|verificat[oaie])(?![\w-])", re.IGNORECASE)
_CONFIRMS = patterns.compile(
    r"(?<![\w-])(?:confirm\w*|verif\w*|check\w*|certif\w*|audit\w*|corroborat\w*|official\w*|officiel\w*|oficial\w*"
    r"|bestätig\w*|geprüft|prüf\w*|conferm\w*|vérifi\w*)(?![\w-])", re.IGNORECASE)
# a negation in the words before, as far as the clause goes: "has not been independently verified", "non è stata
# verificata", "no ha podido verificar", "none of which was confirmed", "neither side has confirmed"
_NEGATED = patterns.compile(r"(?<![\w'’-])(?:not|no|none|neither|nor|never|n['’]t|cannot|without|pas|ne|n['’]|jamais"
                            r"|aucun\w*|sans|non|nessun\w*|mai|senza|nunca|ningun\w*|ni|sin|nicht|kein\w*|nie)"
                            r"(?:[^\w,;.]+[\w'’-]+){0,14}[^\w,;.]*$", re.IGNORECASE)

# how far back a negation is read: "Neither the cost ... nor the 300 jobs it is said to bring has been independently
# checked" (newuser_122: the passage's "Neither figure has been independently checked" confirms nothing)
_NEAR = 120

# a negation after a verb: "the report verifies none of them", "checks neither"
_NONE_AFTER = patterns.compile(r"\s+(?:none|neither|nothing|no|not)(?![\w'’-])", re.IGNORECASE)


def confirmed_without_backing(field: str, passages: list[Cited]) -> str:
    """Return a caveat's word calling its figures confirmed where no cited passage confirms anything; or ""."""
    said = next((match for match in _CONFIRMED.finditer(field)
                 if not _NEGATED.search(field, max(0, match.start() - _NEAR), match.start())
                 and not _NONE_AFTER.match(field, match.end())), None)
    if said is None or not passages or any(_confirms(passage.text) for passage in passages):
        return ""
    return said.group()


def _confirms(text: str) -> bool:
    """Say whether a passage confirms anything: a word of confirming not negated before it ("The council's figures
    could not be independently verified" confirms nothing, and backed "have been checked independently":
    tests/test_newuser143.py)."""
    return any(not _NEGATED.search(text, max(0, match.start() - _NEAR), match.start())
               and not _NONE_AFTER.match(text, match.end()) for match in _CONFIRMS.finditer(text))
