"""A German victory kept to its winner: "Die Nachzählung bestätigte den Sieg der NSD-Bewerberin Lea Brandstätter" may
not cite "Sie bestätigte den Sieg des UNM-Bewerbers Jonas Reinholdt. Sein Vorsprung vor der NSD-Bewerberin Lea
Brandstätter wuchs" (tests/fixtures/newuser_116): every name stands in the passage, the loser's after "vor".

A "Sieg" names its winner right after it, by articles ("des", "der", "von", "vom") and capitalised words ("des
UNM-Bewerbers Jonas Reinholdt", "Reinholdts"); a hyphenated compound's parts are read apart ("NSD", "Bewerberin").
A German sentence is refused where its victory names the one a cited passage sets behind the victor ("vor der
NSD-Bewerberin Lea Brandstätter", "über", "gegen"), by a word (its first five letters) the passages' victories do not
name, and names nothing of the victor the passages name that the loser does not share ("Bewerber" is both's).
"Sieg über", "Sieg gegen" name the loser and are not read, nor a victory with no name after it
(tests/test_factcheck_188.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

# "Sieg des UNM-Bewerbers Jonas Reinholdt", "Wahlsieg von Lea Brandstätter", "Sieg Reinholdts"
_VICTORY = patterns.compile(r"(?<![\w-])(?:\w*[sS]ieg|Erfolg)(?:e?s)?\s+(?P<who>(?:(?:des|der|von|vom|dem)\s+)?"
                            r"[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*){0,3})")
# the one set behind: "Vorsprung vor der NSD-Bewerberin Lea Brandstätter", "über den Bewerber der NSD"
_BEHIND = patterns.compile(r"(?<![\w-])(?:vor|über|gegen)\s+(?P<who>(?:(?:des|der|den|dem|die|das)\s+)?"
                           r"[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*){0,3})")
_PART = patterns.compile(r"[^\W\d_]+")
_STEM = 5  # "Reinholdts" and "Reinholdt", "Bewerberin" and "Bewerbers": one name


def victor_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence gives a victory to a winner its cited passages' victories never name,
    while they name another."""
    if (language or "").split("-")[0].lower() != "de" or "ieg" not in text and "Erfolg" not in text:
        return []
    theirs = [found for passage in passages for found in _VICTORY.finditer(passage.text)]
    if not theirs:
        return []  # most passages name no victor: found without reading the sentence
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    winners = frozenset().union(*(_names(found.group("who")) for found in theirs))
    behind = frozenset().union(*(_names(found.group("who")) for passage in passages
                                 for found in _BEHIND.finditer(passage.text)))
    losers, victors = behind - winners, winners - behind
    if not losers:
        return []
    for told in _VICTORY.finditer(spoken):
        if inside(quoted, told.start()):
            continue
        mine = _names(told.group("who"))
        if mine & losers and not mine & victors:
            given = " ".join(theirs[0].group().split())
            return [Finding(offset + told.start(), f"this sentence gives the victory to {_shown(told.group('who'))} where its "
                                                   f"cited passages give it to another ('{given}'): {clipped(text)}",
                            "name the winner the source names, or cite the passage that gives this one the victory")]
    return []


def _names(who: str) -> frozenset[str]:
    """Return the stems of the capitalised words naming a winner, a compound's parts apart: "des UNM-Bewerbers Jonas
    Reinholdt" -> {"unm", "bewer", "jonas", "reinh"}; words of a role common to both sides ("Bewerber") stay in."""
    return frozenset(part.casefold()[:_STEM] for part in _PART.findall(who) if part[0].isupper())


def _shown(who: str) -> str:
    """Return a winner's words without the article or "von" before them: "der NSD-Bewerberin" -> "NSD-Bewerberin"."""
    return re.sub(r"^(?:des|der|von|vom|dem)\s+", "", " ".join(who.split()))
