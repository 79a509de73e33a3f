"""A multiple said with a verb, changed: "I tempi di percorrenza sono triplicati" citing "sono raddoppiati, da 25 a 50
minuti" built (tests/test_newuser_111.py, tests/test_factcheck_178.py).

A sentence's Italian verb of a multiple ("raddoppiati", "triplicati", "quadruplicato", "dimezzati") is refused where its
cited passages use such verbs and none of its factor. Passages that use none are not read here: "triplicati" of "da 25
a 75 minuti" is the figures' checks' to judge. French "triplé" of "doublé" and Spanish "triplicado" of "duplicado" are
refused already (attribution.py names the change as not in the passages).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Finding, clipped, unquoted

# Italian verbs of a multiple and their factors: "raddoppiati", "triplicato", "dimezzerà"; a verb's ending is
# required, so the nouns "raddoppio" and "triplice" are none
_FACTORS = {"raddoppi": 2, "triplic": 3, "quadruplic": 4, "quintuplic": 5, "decuplic": 10, "dimezz": 0.5}
_MULTIPLE_VERB = patterns.compile(
    r"(?<!\w)(?P<stem>raddoppi|triplic|quadruplic|quintuplic|decuplic|dimezz)"
    r"(?:a|ano|at[oaie]|er[àa]|eranno|ava|avano|ò|arono)(?!\w)", re.IGNORECASE)


def _multiple_verbs(text: str) -> list[tuple[float, str]]:
    """Return the factors of the verbs of a multiple a text uses, each with its words."""
    return [(_FACTORS[match["stem"].casefold()], match.group())
            for match in _MULTIPLE_VERB.finditer(text)]


def multiple_verb_changed(text: str, passages, offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says a multiple with a verb ("triplicati") whose factor no such verb of its cited
    passages gives, where they use one ("raddoppiati")."""
    if language[:2] != "it":
        return []
    mine = _multiple_verbs(unquoted(text))
    theirs = [verb for passage in passages for verb in _multiple_verbs(passage.text)]
    if not mine or not theirs:
        return []
    factors = {factor for factor, _ in theirs}
    told = next(((factor, words) for factor, words in mine if factor not in factors), None)
    if told is None:
        return []
    return [Finding(offset, f"this sentence says '{told[1]}', but its cited passages say '{theirs[0][1]}': "
                            f"{clipped(text)}", f"keep the source's '{theirs[0][1]}', or cite the passage that says "
                                                f"'{told[1]}'")]
