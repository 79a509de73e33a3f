"""A cause a passage gives by its verb: "The drought cut yields by a third" gives the drought as what made yields
fall, so "Yields fell because of the drought" may cite it, though the passage holds none of the words of a cause
causes.py reads ("because", "led to", "result", ...).

A passage gives a cause so where a verb of effect ("cut", "reduced", "raised", "damaged", "shut", "halved", ...)
has a word of the sentence's cause before it in its sentence and a word of the sentence's effect after it in its
clause ("The drought | cut yields"), or the other way round in the passive ("Yields were cut | by the drought").
A passage naming another cause ("The floods cut yields") backs none: "Yields fell because of the floods" is still
refused where its passages give the drought. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .clauses import content_words

_EFFECT_VERB = patterns.compile(
    r"(?<!\w)(?:cut|cuts|reduced|reduces|lowered|lowers|raised|raises|boosted|boosts|lifted|lifts|pushed|pushes"
    r"|hit|hits|hurt|hurts|damaged|damages|destroyed|destroys|wiped|halved|halves|doubled|doubles|tripled|slashed"
    r"|slashes|shut|shuts|closed|closes|halted|halts|stopped|stops|delayed|delays|disrupted|disrupts|killed|kills"
    r"|dented|dents|eroded|erodes|devastated|ruined|ruins|curbed|curbs|increased|increases|decreased|decreases"
    r"|worsened|worsens|weakened|weakens|strained|strains|squeezed|squeezes|depleted|depletes)(?!\w)",
    re.IGNORECASE)
EFFECT_VERB = _EFFECT_VERB  # read by swapped_causes.py for a sentence's cause
EFFECT_WORDS = frozenset(_EFFECT_VERB.pattern.split("(?:", 1)[1].split(")(?!", 1)[0].split("|"))
_PASSIVE = patterns.compile(r"(?<!\w)(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[.;!?,]|(?<!\w)(?:and|but|while|whereas)(?!\w)", re.IGNORECASE)
_WINDOW = 200  # characters read on each side of a verb: a sentence's subject and object stand near it


def gives_by_verb(passage: str, cause: frozenset[str], effect: frozenset[str], not_content: frozenset[str]) -> bool:
    """Say whether a passage gives `cause` (a sentence's words of its cause) as what brought about `effect` (its
    other words) by a verb of effect: a word of the cause as its subject, one of the effect as its object."""
    for verb in _EFFECT_VERB.finditer(passage):
        subject = content_words(_sentence_before(passage, verb.start()), not_content)
        rest = content_words(_clause_after(passage, verb.end()), not_content)
        if _PASSIVE.search(passage, max(0, verb.start() - 8), verb.start()):
            subject, rest = rest, subject  # "Yields were cut by the drought": the cause stands after the verb
        if subject & cause and rest & effect:
            return True
    return False


def _sentence_before(passage: str, end: int) -> str:
    """Return the words of the passage's sentence before `end`, within the window read."""
    start = max(0, end - _WINDOW)
    stop = max(passage.rfind(mark, start, end) for mark in ".;!?")
    return passage[stop + 1 if stop >= 0 else start:end]


def _clause_after(passage: str, start: int) -> str:
    """Return the words after `start` up to the end of their clause, within the window read."""
    window = passage[start:start + _WINDOW]
    end = _CLAUSE_END.search(window)
    return window[:end.start()] if end else window
