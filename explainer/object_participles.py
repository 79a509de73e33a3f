"""A past participle after the object of a preposition describes that noun, and nobody speaks: "an efficacy of 82%
against RSV disease confirmed in hospital" (the disease confirmed in hospital), "Corvexa was 82% effective against RSV
disease confirmed in hospital" gave the words to "RSV disease" or "Corvexa" as if "RSV disease confirmed ..." were a
speaker's "X confirmed", and refused the honest "According to Halden, the vaccine is 82% effective"
(tests/test_factcheck_198.py).

Read narrowly: the noun stands right after a preposition (one to four words, inside the clause, the preposition not
opening it: "In Brussels the ministry confirmed ..." keeps its speaker, nor after a person or body it belongs to: "a
spokesman for the ministry confirmed to Reuters ..."), the participle is followed by a preposition, and no "that"
follows within its clause ("the head of the ministry confirmed on Friday that ..." still speaks). English text is read.
"""

from __future__ import annotations

import re

from . import patterns

# The preposition whose object the participle follows, then that object's words, up to the participle
_AFTER_OBJECT = patterns.compile(
    r"(?<![\w-])(?P<head>[\w%’'-]+)\s+(?:against|of|for|with|from|among|amongst|into|between|than|about|over"
    r"|under|beyond|including|like)\s+(?:[^\s,;:.!?\"“”()]+\s+){1,4}$", re.IGNORECASE)
# A person or body the preposition's phrase belongs to, who speaks: "a spokesman for the ministry confirmed to Reuters"
_SPEAKING_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
                             "head", "chief", "director", "minister", "member", "members", "representative",
                             "representatives", "lawyer", "lawyers", "executive", "executives", "leader", "leaders",
                             "chair", "chairman", "president", "secretary", "source", "sources", "analyst", "analysts",
                             "expert", "experts", "people", "staff", "researchers", "scientists", "doctors", "some",
                             "many", "most", "one", "none", "each", "all", "both", "several", "few", "team"})
_PARTICIPLES = frozenset({"confirmed", "reported", "stated", "claimed", "announced", "declared", "alleged", "noted",
                          "acknowledged", "admitted", "described", "cited", "recorded"})
# The participle's own preposition: "confirmed in hospital", "reported to the agency", "announced in May"
_THEN_PREPOSITION = patterns.compile(r"\s+(?:in|to|by|at|on|during|after|before|within|from|as|for|under|among)\s")
_CLAUSE_END = patterns.compile(r"[,;:.!?\"“”()]|\s[-–—]\s")
_THAT = patterns.compile(r"(?<!\w)that(?!\w)", re.IGNORECASE)
_NEAR = 80  # the words read back before the participle


def describes_an_object(text: str, start: int, end: int) -> bool:
    """Say whether the reporting word text[start:end] is a participle describing the object of a preposition before
    it ("against RSV disease confirmed in hospital"), no speaker's verb."""
    if text[start:end].casefold() not in _PARTICIPLES or not _THEN_PREPOSITION.match(text, end):
        return False
    after = _AFTER_OBJECT.search(text[max(0, start - _NEAR):start])
    if not after or after["head"].casefold() in _SPEAKING_HEADS:
        return False
    close = _CLAUSE_END.search(text, end)
    return not _THAT.search(text, end, close.start() if close else len(text))
