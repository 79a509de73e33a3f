"""Talks to form a government are no government: "Labour is the governing party" may not cite "Labour is in talks to
form a government".

A passage gives a government only as sought where it says a party is in talks, seeking, trying, hoping or asked to
form one ("in talks to form a government", "coalition talks", "a bid to form a government", "invited to form a
government"). A sentence telling the government formed or in power ("is the governing party", "the ruling party",
"governs", "is in government", "is in power", "formed a government", "formed a coalition", "leads the government",
"took power", "the Labour-led government") is refused where a passage restating it (naming a party it names, or any
where it names none) gives the talks, and no cited passage gives the government formed, sworn in or governing.
Negated, conditional and quoted words are not read ("has yet to form a government", "would form"). English text is
read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import WORD
from .sentences import markers_blanked
from .wordset import may_hold

_HOLDS = frozenset({"governing", "ruling", "governs", "govern", "government", "power", "formed", "coalition"})
_GOVERNMENT = r"(?:(?:new|coalition|minority|majority|national|unity)\s+)*(?:government|cabinet|administration)"
_TOLD_FORMED = patterns.compile(
    r"(?<![\w-])(?:(?:is|are|was|were|became|becomes|remains?)\s+(?:now\s+)?the\s+(?:new\s+)?(?:governing|ruling)"
    r"\s+(?:party|coalition|bloc)|(?:is|are)\s+(?:now\s+)?(?:in\s+government|in\s+power)|governs|took\s+power"
    rf"|(?:formed|forms|leads|led|heads|headed)\s+(?:a|an|the|its|their)\s+{_GOVERNMENT}"
    rf"|[A-Z][\w'’]*-led\s+{_GOVERNMENT}"
    # a coalition made, not a coalition's talks: "has formed a coalition with the Green Union" (factcheck_109)
    r"|(?:formed|forms|agreed|struck|sealed)\s+(?:a|an|the|its|their)\s+(?:new\s+|governing\s+)?coalition"
    r"(?!\s+(?:talks|negotiations)))(?!\w)")
_TALKS = patterns.compile(
    r"(?<![\w-])(?:(?:in\s+)?(?:coalition\s+)?talks\s+(?:to|on|about|over)\s+(?:form|forming|build|building)"
    r"|(?:seeking|seeks|sought|trying|tries|hoping|hopes|aiming|aims|bid|attempt|effort|struggling|negotiating"
    r"|asked|invited|tasked|mandate|expected|likely|hoped|wants|plans?|pushing)\s+to\s+(?:form|build|assemble|cobble)"
    r"|coalition\s+(?:talks|negotiations))(?!\w)", re.IGNORECASE)
_GIVEN_FORMED = patterns.compile(
    r"(?<![\w-])(?:governing|ruling|governs|in\s+power|took\s+power|sworn\s+in|took\s+office"
    r"|(?:formed|leads|heads|agreed)\s+(?:\w+\s+){0,2}?(?:government|coalition|cabinet)"
    r"|(?:government|coalition|cabinet)\s+(?:was|has\s+been|had\s+been)\s+formed)(?!\w)", re.IGNORECASE)
_NOT_BEFORE = patterns.compile(r"(?<![\w-])(?:not|never|no|n['’]t|yet\s+to|if|whether|until|before|would|could"
                               r"|may|might|will|to|hopes?\s+to|wants?\s+to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_OPENING = frozenset("the a an in at on by after before while but and if".split())


def government_told_formed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as formed or governing a government its cited passages give only as sought
    in talks."""
    if not in_english(language) or not passages or not may_hold(text, _HOLDS):
        return []  # most sentences tell no government: found by a set lookup
    spoken = unquoted(markers_blanked(text))
    told = next((found for found in _TOLD_FORMED.finditer(spoken)
                 if not _NOT_BEFORE.search(spoken, max(0, found.start() - 24), found.start())), None)
    if told is None:
        return []
    names, talks = _names(spoken), ""
    for passage in passages:
        said = unquoted(passage.text)
        if _GIVEN_FORMED.search(said):
            return []  # a passage gives the government formed
        found = _TALKS.search(said)
        if found and (not names or names & _words(said)):
            talks = talks or " ".join(found.group().split())
    if not talks:
        return []
    return [Finding(offset + told.start(), f"this sentence tells a government as formed ('"
                                           f"{' '.join(told.group().split())}') where its cited passages give only "
                                           f"talks to form one ('{talks}'): {clipped(text)}",
                    "say who is in talks to form a government, as the source does, or cite a passage that gives "
                    "it formed")]


def _names(text: str) -> frozenset[str]:
    """Return the capitalised words of text, folded, but an opening word that names no one: who is meant."""
    return frozenset(_folded(word.split("-")[0]) for word in WORD.findall(text)
                     if word[0].isupper() and word.casefold() not in _OPENING)


def _words(text: str) -> frozenset[str]:
    """Return the words of text, folded."""
    return frozenset(map(_folded, WORD.findall(text)))


def _folded(word: str) -> str:
    """Return a word folded, past a possessive ("Labour's": "labour")."""
    return re.sub(r"['’]s?$", "", word.casefold())
