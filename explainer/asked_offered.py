"""Who asked whom: "Southland has asked China to mediate" may not cite "China has offered to mediate".

An offer is one side's move; a request is the other's. A sentence telling one party as asked ("asked", "invited",
"urged", "requested", "called on", "appealed to") by another to do what a cited passage gives only as the first's own
offer ("offered to", "volunteered to", "proposed to", "said it was willing to", "is ready to"), the same verb after
"to", is refused where no cited passage tells the request; and so is the offer told where the passages give only
the request ("China has offered to mediate" citing "Southland asked China to mediate"). A request or offer told by
its deed's noun is read as its verb: "asked China for mediation" is "asked China to mediate", "offered mediation"
"offered to mediate" (tests/test_factcheck_81.py). Doers are read by their
capitalised names ("China", "the United Nations"). English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked
from .wordset import may_hold

_NAME = r"(?:the\s+)?(?P<{0}>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})"
_ASK = (r"(?:has\s+|have\s+|had\s+)?(?:asked|invited|urged|requested|called\s+on|called\s+upon|appealed\s+to"
        r"|pressed|begged|turned\s+to)")
_ASKED = patterns.compile(rf"(?<![\w'’-]){_NAME.format('asker')}\s+{_ASK}\s+{_NAME.format('asked')}\s+to\s+"
                          r"(?P<verb>[a-z]{3,})(?!\w)")
_OFFER = (r"(?:has\s+|have\s+|had\s+)?(?:offered|volunteered|proposed|said\s+(?:it|they)\s+(?:was|were|is|are)\s+"
          r"(?:willing|ready|prepared)|(?:is|are|was|were)\s+(?:willing|ready|prepared))\s+to")
_OFFERED = patterns.compile(rf"(?<![\w'’-]){_NAME.format('offerer')}\s+{_OFFER}\s+(?P<verb>[a-z]{{3,}})(?!\w)")
# A request or offer of a thing done, told by its noun: "asked China for mediation", "China offered mediation" are
# "asked China to mediate", "offered to mediate" ("-ation" a verb's "-ate"; a few nouns by name)
_DEED_NOUNS = {"help": "help", "assistance": "assist", "support": "support", "protection": "protect", "aid": "aid",
               "intervention": "intervene", "talks": "talk", "guarantees": "guarantee", "loan": "lend", "loans": "lend"}
_NOUN = r"(?:(?:its|their|his|her|a|an)\s+)?(?P<noun>[a-z]+ation|" + "|".join(_DEED_NOUNS) + r")(?!\w)"
_ASKED_FOR = patterns.compile(rf"(?<![\w'’-]){_NAME.format('asker')}\s+{_ASK}\s+{_NAME.format('asked')}\s+for\s+"
                              + _NOUN)
_OFFERED_NOUN = patterns.compile(rf"(?<![\w'’-]){_NAME.format('offerer')}\s+(?:has\s+|have\s+|had\s+)?"
                                 r"(?:offered|proposed)\s+" + _NOUN)


def _verb_of(noun: str) -> str:
    """Return the verb a deed's noun tells: "mediation" is "mediate", "assistance" "assist"."""
    noun = noun.casefold()
    return _DEED_NOUNS.get(noun) or (noun[:-5] + "ate" if noun.endswith("ation") else noun)


_WORDS = frozenset({"asked", "invited", "urged", "requested", "called", "appealed", "pressed", "begged", "turned",
                    "offered", "volunteered", "proposed", "willing", "ready", "prepared"})
_ASK_WORDS = frozenset({"asked", "invited", "urged", "requested", "called", "appealed", "pressed", "begged",
                        "turned", "request", "invitation", "appeal"})


def _who(name: str) -> str:
    """Return a doer's name as compared: its words, folded, without a possessive's mark."""
    return " ".join(re.sub(r"['’]s?$", "", word) for word in name.casefold().split())


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _moves(text: str) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """Return what a passage tells asked (who was asked, to do what) and offered (who offered, to do what)."""
    if not may_hold(text, _WORDS):
        return frozenset(), frozenset()
    said = unquoted(text)
    return (frozenset((_who(m["asked"]), m["verb"].casefold()) for m in _ASKED.finditer(said))
            | frozenset((_who(m["asked"]), _verb_of(m["noun"])) for m in _ASKED_FOR.finditer(said)),
            frozenset((_who(m["offerer"]), m["verb"].casefold()) for m in _OFFERED.finditer(said))
            | frozenset((_who(m["offerer"]), _verb_of(m["noun"])) for m in _OFFERED_NOUN.finditer(said)))


def asked_for_offered(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a party asked to do what its passages give as that party's own offer, or an
    offer where they give a request."""
    if not in_english(language) or not may_hold(text, _WORDS):
        return []  # most sentences tell neither: found by a set lookup
    moves = [_moves(passage.text) for passage in passages]
    asked = frozenset().union(*(ask for ask, _ in moves))
    offered = frozenset().union(*(offer for _, offer in moves))
    spoken = unquoted(markers_blanked(text))
    for own in (*_ASKED.finditer(spoken), *_ASKED_FOR.finditer(spoken)):
        verb = own["verb"].casefold() if "verb" in own.re.groupindex else _verb_of(own["noun"])
        move = (_who(own["asked"]), verb)
        told = f"to {own['verb']}" if "verb" in own.re.groupindex else spoken[own.end("asked"):own.end()].strip()
        if move in offered and move not in asked and not _any_request(passages, move[0]):
            return [_finding(offset, text, f"says {own['asker']} asked {own['asked']} {told}",
                             f"{own['asked']} offered to")]
    for own in (*_OFFERED.finditer(spoken), *_OFFERED_NOUN.finditer(spoken)):
        verb = own["verb"].casefold() if "verb" in own.re.groupindex else _verb_of(own["noun"])
        move = (_who(own["offerer"]), verb)
        if move in asked and move not in offered:
            told = (f"offered to {own['verb']}" if "verb" in own.re.groupindex
                    else spoken[own.end("offerer"):own.end()].strip())
            return [_finding(offset, text, f"says {own['offerer']} {told}", f"{own['offerer']} was asked to")]
    return []


def _any_request(passages: list[Cited], asked: str) -> bool:
    """Say whether a passage tells a request in other words, naming the one asked ("at Southland's request, China
    offered to mediate"; "an invitation to China"): its offer may answer one."""
    return any(may_hold(passage.text, _ASK_WORDS) and asked in passage.text.casefold() and any(
        word in passage.text.casefold() for word in ("request", "invit", "appeal", "asked", "urged", "called on"))
        for passage in passages)


def _finding(offset: int, text: str, said: str, theirs: str) -> Finding:
    """Return the finding of a request and an offer told the wrong way round."""
    return Finding(offset, f"this sentence {said} where its cited passages say {theirs} (who asked whom): "
                           f"{clipped(text)}",
                   "tell the move as the source does (an offer as an offer, a request as a request), or cite a "
                   "passage that tells this one")
