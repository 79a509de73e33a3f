"""A permission's "if they wish": "Les communes plus petites pourront, si elles le souhaitent, fixer un plafond plus
bas" says only what the communes may do, and "if they wish" is what "may" already means. A sentence keeping "pourront"
and leaving "si elles le souhaitent" out ("Les communes plus petites pourront fixer un plafond plus bas") was refused
twice: as a condition dropped (conditions.py) and as a hope told as will happen (hopes_kept.py, reading "souhaitent"),
tests/test_newuser_136.py.

Read narrowly: "si" (or "if") then a subject pronoun, "le" ("so" in English) and a verb of wishing or wanting
("souhaite(nt)", "veut", "veulent", "le désirent"; "wish", "want", "choose"), in a sentence that gives a permission
("pourra", "pourront", "peut", "peuvent", "may", "can"). Such a clause is no condition on what happens, and its
wishing hopes for nothing; without a permission ("Si elles le souhaitent, les communes fixeront ...") both are read
as before.
"""

from __future__ import annotations

import re

from . import patterns

_OWN_WISH = patterns.compile(
    r"\s+(?:elles?|ils?|on|vous|nous|(?:s|l)['’]\s*)?\s*l(?:e\s+|['’]\s*)(?:souhait\w*|veu\w*|voudr\w*|désir\w*)(?!\w)"
    r"|\s+(?:they|she|he|you|we|it)\s+(?:so\s+)?(?:wish|wishes|want|wants|choose|chooses)(?!\w)", re.IGNORECASE)
_PERMISSION = patterns.compile(r"(?<!\w)(?:pourr(?:a|ont)|peu(?:t|vent)|may|can)(?!\w)", re.IGNORECASE)
_WISH_WORD = patterns.compile(r"(?<!\w)(?:souhait\w*|veu\w*|voudr\w*|désir\w*|wish\w*|want\w*|choose\w*)(?!\w)",
                              re.IGNORECASE)


def permission_wish(sentence: str, after: int) -> bool:
    """Say whether the "si" or "if" ending at `after` opens an "if they wish" of a sentence giving a permission."""
    return bool(_OWN_WISH.match(sentence, after)) and bool(_PERMISSION.search(sentence))


def wish_of_a_permission(sentence: str, at: int) -> bool:
    """Say whether the word of wishing at `at` is the wish of a permission's "si elles le souhaitent", "s'ils le
    veulent" or "if they wish", no hope."""
    if not _PERMISSION.search(sentence):
        return False
    before = sentence[max(0, at - 24):at]
    opening = re.search(r"(?<!\w)(?:si|if)(?=\s[^,;]*$)", before, re.IGNORECASE)
    if opening and permission_wish(before + sentence[at:at + 30], opening.end()):
        return True
    elided = re.search(r"(?<!\w)s['’]\s*ils?\s+le\s+$", before, re.IGNORECASE)
    return bool(elided and _WISH_WORD.match(sentence, at))
