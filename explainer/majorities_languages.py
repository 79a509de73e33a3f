"""A majority claimed in Spanish or French where the cited passages give the party none: "El PPC ganó las
elecciones y logró la mayoría absoluta" citing "ganó ... con 31 escaños, pero se quedó a cinco escaños de la mayoría
absoluta" built (newuser144), as elections.majority_not_won reads English only ("won a majority" of "short of").

A sentence's verb of winning with a majority ("logró", "obtuvo", "alcanzó", "consiguió", "tiene la mayoría"; "a
obtenu", "remporte", "décroche", "détient la majorité"), no negation, aim or "sin" before it, is refused where a cited
passage naming its party gives none ("se quedó a cinco escaños de la mayoría", "sin mayoría", "no logró la mayoría",
"le faltan ... para la mayoría", "en minoría"; "à cinq sièges de la majorité", "sans majorité", "n'a pas obtenu la
majorité", "il lui manque ... pour la majorité", "minoritaire") and none gives one. "La mayoría de" other things
than seats or votes ("ganó la mayoría de las mesas") is most of them, no majority.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import WORD
from .sentences import markers_blanked

_CLAIMED = {
    "es": patterns.compile(
        r"(?<![\w-])(?P<claim>(?:logr|obtuv|obtien|obten|consigu|alcanz|conquist|revalid|ganó|ganaron|gana|tien|tuv"
        r"|sum)\w*\s+(?:(?:\w+\s+){0,3}?y\s+)?(?:la|una|su)\s+mayoría(?:\s+absoluta)?)(?!\w)", re.IGNORECASE),
    "fr": patterns.compile(
        r"(?<![\w-])(?P<claim>(?:obten|obtien|obtint|remport|gagn|décroch|conquis|conquiert|détien|dispos|rafl)\w*"
        r"\s+(?:(?:\w+\s+){0,3}?et\s+)?(?:la|une|sa)\s+majorité(?:\s+absolue)?)(?!\w)", re.IGNORECASE)}
# before a claim: a negation, "sin", or an aim ("para lograr", "pour obtenir") tells none
_UNCLAIMED = {
    "es": patterns.compile(r"(?<![\w-])(?:no|nunca|sin|para|de|intent\w*|busc\w*|aspir\w*|esper\w*"
                           r"|quier\w*)\s+(?:\w+\s+){0,1}$", re.IGNORECASE),
    "fr": patterns.compile(r"(?<![\w'’-])(?:ne|n['’]|pas|jamais|sans|pour|de|d['’]|tent\w*|cherch\w*|esp[èé]r\w*"
                           r"|veu\w*|vise\w*)\s*(?:\w+\s+){0,1}$", re.IGNORECASE)}
_NONE_GIVEN = {
    "es": patterns.compile(
        r"(?<![\w-])(?:qued(?:ó|a|aron|an|ado)\s+a\s+(?:\w+\s+){1,3}?de\s+la\s+mayoría|sin\s+(?:la\s+)?mayoría"
        r"|no\s+(?:\w+\s+)?(?:logr|obtuv|obtien|alcanz|consigu|tien|tuv)\w*\s+(?:la\s+|una\s+)?mayoría"
        r"|lejos\s+de\s+la\s+mayoría|falt\w+\s+(?:\w+\s+){1,3}?para\s+(?:la|una)\s+mayoría|en\s+minoría"
        r"|gobierno\s+en\s+minoría)(?!\w)", re.IGNORECASE),
    "fr": patterns.compile(
        r"(?<![\w'’-])(?:à\s+(?:\w+\s+){1,3}?de\s+la\s+majorité|sans\s+(?:la\s+|une\s+)?majorité"
        r"|(?:ne|n['’])\s*(?:\w+\s+){0,2}?pas\s+(?:\w+\s+)?(?:de\s+|la\s+|une\s+)majorité"
        r"|manqu\w+\s+(?:\w+\s+){1,3}?pour\s+(?:la|une)\s+majorité|loin\s+de\s+la\s+majorité|minoritaire)(?!\w)",
        re.IGNORECASE)}
# "la mayoría de las mesas", "la majorité des communes": most of them, not of the seats or votes
_MOST_OF = patterns.compile(r"\s+(?:de|des|du|del)\s+(?!(?:(?:los|las|la|les)\s+)?(?:\d+\s+)?(?:escaños|votos|sièges"
                            r"|voix|suffrages|diputados|députés|concejales|conseillers)(?!\w))", re.IGNORECASE)
_HOLDS = {"es": "mayoría", "fr": "majorité"}
_NOT_NAMES = frozenset("el la los las le les un una une del de des du y et en con avec pero mais".split())


def majority_claimed_without_one(text: str, passages: list[Cited], offset: int = 0,
                                 language: str = "") -> list[Finding]:
    """Return a finding when a Spanish or French sentence gives a party a majority its cited passages give it not."""
    code = language.split("-")[0].lower()
    if code not in _CLAIMED or not passages or _HOLDS[code] not in text.casefold():
        return []  # most sentences name no majority: found by a substring
    spoken = unquoted(markers_blanked(text))
    claim = _claimed(code, spoken)
    if claim is None:
        return []
    names = _names(spoken[:claim.start()])
    given = ""
    for passage in passages:
        said = unquoted(passage.text)
        if _claimed(code, said):
            return []  # a passage gives a majority
        if names and not names & frozenset(word.casefold() for word in WORD.findall(said)):
            continue  # of another party
        found = _NONE_GIVEN[code].search(said)
        given = given or (" ".join(found.group().split()) if found else "")
    if not given:
        return []
    shown = " ".join(claim["claim"].split())
    return [Finding(offset + claim.start(), f"this sentence says '{shown}' where its cited passages give no majority "
                                            f"('{given}'): {clipped(text)}",
                    "give the seats as the source does ('se quedó a cinco escaños de la mayoría', 'à cinq sièges de "
                    "la majorité'), or cite a passage that gives the majority")]


def _claimed(code: str, text: str) -> re.Match | None:
    """Return the first majority claimed in text that no negation or aim before it takes back."""
    return next((found for found in _CLAIMED[code].finditer(text)
                 if not _UNCLAIMED[code].search(text, max(0, found.start() - 24), found.start())
                 and not _MOST_OF.match(text, found.end())), None)


def _names(text: str) -> frozenset[str]:
    """Return the capitalised words of text, folded, but articles and joining words: who is meant."""
    return frozenset(word.casefold() for word in WORD.findall(text)
                     if word[0].isupper() and word.casefold() not in _NOT_NAMES)
