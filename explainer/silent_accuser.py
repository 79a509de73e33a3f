"""The one not replying kept to the accused: "Islamabad accuses Afghanistan of sheltering ... militants; the report
gives no reply from Islamabad" may not cite "Islamabad accuses Afghanistan of sheltering ... militants".

A sentence telling that a source gives no reply to an accusation names the party that would answer it: the accused.
Naming the accuser there instead built, the name standing in the passage. A sentence whose "X accuses (blames,
charges) Y" is followed by "no reply (response, answer, comment) from X", the accuser again, is refused where a
cited passage has that same X accuse someone; "no reply from Y" builds. The names are read as written, so a capital
that is no party's word ("Islamabad") is read too. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english

_NAME = r"[A-Z][\w'’-]+"
_ACCUSES = patterns.compile(rf"(?<![\w'’-])(?P<accuser>{_NAME})\s+(?:accuses|accused|blames|blamed|charges|charged)"
                            rf"\s+(?:the\s+)?(?P<accused>{_NAME})")
_NO_REPLY = patterns.compile(rf"(?<!\w)no\s+(?:reply|replies|response|responses|answer|comment|rebuttal)\s+"
                             rf"(?:from|by)\s+(?:the\s+)?(?P<silent>{_NAME})")


def accuser_told_silent(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells no reply from the party it has accusing another, as a cited passage does."""
    if not in_english(language) or "no " not in text:
        return []
    accusations = {_folded(match["accuser"]): match for match in _ACCUSES.finditer(text)
                   if _folded(match["accuser"]) != _folded(match["accused"])}
    for silent in _NO_REPLY.finditer(text):
        accusation = accusations.get(_folded(silent["silent"]))
        if accusation and accusation.start() < silent.start() and _accuses_in(passages, accusation["accuser"]):
            return [Finding(offset + silent.start("silent"), f"this sentence tells no reply from {silent['silent']}, "
                                                             f"the accuser, where its cited passages have "
                                                             f"{accusation['accuser']} accuse "
                                                             f"{accusation['accused']}: {clipped(text)}",
                            "name the accused as the one giving no reply, or cite the passage that tells it")]
    return []


def _accuses_in(passages: list[Cited], accuser: str) -> bool:
    """Say whether a cited passage has `accuser` accuse (blame, charge) someone."""
    return any(_folded(match["accuser"]) == _folded(accuser) for passage in passages
               for match in _ACCUSES.finditer(passage.text))


def _folded(name: str) -> str:
    """Return a name without its possessive, folded."""
    return re.sub(r"['’]s?$", "", name).casefold()
