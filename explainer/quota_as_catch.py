"""A quota kept a quota: "Estmark caught 18,900 tonnes this season" may not cite "Norland's quota is therefore 23,100
tonnes this season and Estmark's 18,900 tonnes".

A quota (an allowance, an allocation, a cap) is what may be caught, not what was: told as a catch, it reads as a
fleet's landings, and the other way round a catch told as a quota reads as what it was allowed. A figure the passages
give only in sentences naming a quota and no catch, told in an English sentence with a word of catching ("caught",
"landed", "catch") and none of a quota, is refused; so is a figure they give only with a catch, told with a quota's
word and no catch. A catch told as allowed ("may catch", "is allowed to land", "can fish") is a quota in other words,
and builds (tests/test_newuser_110.py). Only English is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .numbers import mentions_in
from .sentences import markers_blanked, split_sentences

# words of one sense only: "share", "limit", "cap" and "land" say other things too (a market cap, a land border)
_QUOTA = frozenset({"quota", "quotas", "allowance", "allowances", "allocation", "allocations", "capped", "tac"})
_CATCH = frozenset({"catch", "catches", "caught", "landed", "landings", "fished", "harvested"})
# a catch told as permitted is a quota in other words: "may catch", "is allowed to land", "entitled to"
_ALLOWED = patterns.compile(r"(?<!\w)(?:(?-i:may)|can|could|allowed|permitted|entitled|authori[sz]ed|up\s+to|at\s+most"
                            r"|no\s+more\s+than)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[a-z]+", re.IGNORECASE)


# "catch" naming a quota's kind is no catch: "a catch allocation of 9,000 tonnes", "the catch quota"; and a share of
# the catch, or an allowed catch, is a quota ("Veskland's share of the herring catch falls to 25,500 tonnes": newuser_68)
_CATCH_OF_QUOTA = patterns.compile(r"(?<!\w)catch\s+(?=(?:quotas?|allocations?|allowances?|limits?|ceilings?|shares?)"
                                   r"(?!\w))", re.IGNORECASE)
_QUOTA_OF_CATCH = patterns.compile(r"(?<!\w)(?:shares?\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
                                   r"|(?:total\s+)?(?:allowable|allowed|permitted|authori[sz]ed)\s+)catch(?:es)?(?!\w)",
                                   re.IGNORECASE)


def _words(text: str) -> frozenset[str]:
    """Return the words of text, folded, a "catch" naming a quota's kind left out, a share of the catch a quota."""
    text = _QUOTA_OF_CATCH.sub("quota", text) if "atch" in text else text
    return frozenset(word.casefold() for word in _WORD.findall(_CATCH_OF_QUOTA.sub("", text)))


def _values(text: str, language: str) -> frozenset:
    return frozenset(q.value for m in mentions_in(text, language) if m.kind == "figure" for q in m.quantities
                     if q.value >= 10)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _kinds(text: str, language: str) -> dict:
    """Return each figure of a passage with how its sentences give it: a set of "quota", "catch" and "other"."""
    kinds: dict = {}
    for one in split_sentences(text, language):
        sentence = one.text
        words = _words(sentence)
        kind = ("other" if words & _QUOTA and words & _CATCH else "quota" if words & _QUOTA
                else "catch" if words & _CATCH else "other")
        for value in _values(sentence, language):
            kinds.setdefault(value, set()).add(kind)
    return kinds


def quota_told_as_catch(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text tells as caught a figure its passages give only as a quota, or as a quota
    one they give only as caught."""
    if not in_english(language):
        return []
    spoken = markers_blanked(text)
    words = _words(spoken)
    quota, catch = bool(words & _QUOTA), bool(words & _CATCH)
    if quota == catch or (catch and _ALLOWED.search(spoken)):
        return []  # both, neither, or a catch told as allowed
    mine, theirs = ("catch", "quota") if catch else ("quota", "catch")
    for value in sorted(_values(spoken, language)):
        given = set().union(*(_kinds(p.text, p.language or language).get(value, set()) for p in passages))
        if given == {theirs}:
            shown = next(m.text.strip() for m in mentions_in(spoken, language)
                         if any(q.value == value for q in m.quantities))
            return [Finding(offset, f"this sentence gives {shown} as a {mine}, but its cited passages give it only as a "
                                    f"{theirs}: {clipped(text)}",
                            f"say it is the {theirs}, as the source does, or cite a passage that gives the {mine}")]
    return []
