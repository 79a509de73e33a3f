"""A market's leader kept: "Harlow Foods is the market leader." may not cite "... ahead of the current market leader,
Dunmore Stores, with 27.9%".

A cited passage names a market leader by its name beside the words "market leader" ("the current market leader,
Dunmore Stores", "Dunmore Stores, the market leader with a 27.9% share", "market leader Dunmore Stores", "Dunmore
Stores is the market leader"). A sentence naming another ("Harlow Foods is the market leader", "Harlow Foods, the
market leader,", "market leader Harlow Foods"), sharing no word of a leader's name a passage gives, is refused; one
telling a leader to come ("would become the market leader", "overtake ... as market leader") or denying one ("is
not the market leader", "is no longer") names none. English text is read
(tests/test_factcheck_183.py).
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, in_english

_NAME = r"[A-Z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z][\w'’&-]*){0,3}"
_LEADER = r"(?:(?:current|present|country's|country’s|national|clear|undisputed)\s+)?market\s+leader"
# a name given as the leader: after "is", in apposition either side, or after the words as a title
_NAMED_LEADER = patterns.compile(
    rf"(?<![\w'’-])(?P<a>{_NAME})\s+(?:is|was|remains|has\s+been)\s+(?:now\s+|currently\s+|still\s+)?the\s+{_LEADER}"
    rf"|(?<![\w'’-])(?P<b>{_NAME}),\s+(?:the|a)\s+{_LEADER}(?!\w)"
    rf"|(?<!\w)(?:the\s+)?{_LEADER},?\s+(?P<c>{_NAME})")
_NO_NAMES = frozenset({"it", "this", "that", "he", "she", "they", "there", "which", "what", "who", "the", "a", "an",
                       "its", "their", "our", "we"})


def leader_changed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text names as a market's leader one its cited passages do not."""
    if not in_english(language) or "leader" not in text:
        return []  # most sentences name no leader: found by a substring
    theirs = [name for passage in passages for name in _leaders(passage.text)]
    if not theirs:
        return []
    for name in _leaders(text):
        words = _words(name)
        if not any(words & _words(other) for other in theirs):
            return [Finding(offset, f"this sentence names {name} as the market leader, but its cited passages name "
                                    f"{theirs[0]}: {clipped(text)}",
                            "name the leader the source names, or cite a passage that names this one")]
    return []


def _leaders(text: str) -> list[str]:
    """Return the names text gives as a market leader ("is not the market leader" gives none)."""
    names = (" ".join((match["a"] or match["b"] or match["c"]).split()) for match in _NAMED_LEADER.finditer(text))
    return [name for name in names if name.split()[0].casefold() not in _NO_NAMES]


def _words(name: str) -> frozenset[str]:
    """Return a name's words, folded, an owner's "'s" left off."""
    return frozenset(word.casefold().removesuffix("'s").removesuffix("’s") for word in name.split())
