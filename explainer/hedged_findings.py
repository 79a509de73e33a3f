"""A finding given to its finder with a hedge beside its verb: "The Authority found, provisionally, that ..." says
whose word it states, as "The Authority has provisionally found that ..." does.

speakers.py reads "found that" and "concluded that" as a report, and "X's position is that" as a party's word. A hedge
set off between the verb and its "that" ("found, provisionally, that", "found, for now, that", "concluded, in its
provisional findings, that"), or a bare adverb there ("found provisionally that"), hid the report, and a party's
finding told with a hedge before its noun ("The Authority's provisional finding is that") or by a clause without its
"that" ("has found the merger may harm competition") was no one's: the sentence was refused as stating the
Authority's word as fact (party_word.py: tests/test_factcheck_181.py). A finding as the sentence's own ("The merger
will harm competition") and "found" of a thing found ("The army found 40 bodies") are not read here.
"""

from __future__ import annotations

import re

from . import patterns

# "found, provisionally, that", "found, for now, that", "concluded, in its provisional report, that", "found
# provisionally that"
_HEDGED_VERB = patterns.compile(
    r"(?<!\w)(?:found|finds|concluded|concludes)(?:,\s+[^,.;:!?\"“”]{2,48},\s+|\s+[^\W\d_]+ly\s+)that(?!\w)",
    re.IGNORECASE)
# "has found the merger may harm competition": a clause without its "that", read by its modal verb
_CLAUSE_VERB = patterns.compile(
    r"(?<!\w)(?:found|finds|concluded|concludes)(?:,\s+[^,.;:!?\"“”]{2,48},)?\s+"
    r"(?:the|its|their|this|that|these)\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){1,4}?(?:may|might|could|would|will|should|must)\s", re.IGNORECASE)
# "The Authority's provisional finding is that", "the regulator's preliminary conclusions are that"
_HEDGED_NOUN = patterns.compile(
    r"['’]s\s+(?:provisional|preliminary|interim|initial|tentative|draft)\s+(?:findings?|conclusions?"
    r"|assessment)\s+(?:is|are|was|were)\s+that(?!\w)", re.IGNORECASE)


def hedged_finders(text: str) -> list[str]:
    """Return the words before each finding text gives to its finder by a verb or a possessive noun with a hedge
    beside it, from the start of its clause ("The Authority" of "The Authority found, provisionally, that")."""
    folded = text.casefold()
    if not any(word in folded for word in ("found", "finds", "finding", "conclu")):
        return []  # most sentences hold no finding's word: read at once
    return [_clause_before(text, match.start()) for pattern in (_HEDGED_VERB, _HEDGED_NOUN, _CLAUSE_VERB)
            for match in pattern.finditer(text)]


_CLAUSE_OPENING = patterns.compile(r"[;:.!?]|,(?=\s+(?:the|[A-Z]))")


def _clause_before(text: str, at: int) -> str:
    """Return text before `at` back to its clause's start: "the Authority" of "For now, the Authority has found"."""
    start = max((mark.end() for mark in _CLAUSE_OPENING.finditer(text, 0, at)), default=0)
    return text[start:at]
