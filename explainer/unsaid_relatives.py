"""A negated verb of saying in a relative clause gives its subject no words: "The group says at least 14 people have
reported nerve damage, a figure the Agency has not confirmed" is the group's word, and the Agency says nothing in it
("a figure the Agency has not confirmed" was read as the Agency's "X confirmed", and the honest sentence citing "The
group says at least 14 people ... The Agency has not confirmed this figure" refused: tests/test_factcheck_198.py).

Read narrowly: the verb follows "has not" ("have not", "had not", "has never", "hasn't", "has not yet"), its subject
(an article and a noun, or capitalised words) follows a relative clause's opening: a noun after an article at a clause's
start (", a figure the Agency has not confirmed"), or such a noun and "which" or "that" ("an estimate that the ministry
has not confirmed"), or a "which" after a comma (", which Dunmore has not confirmed": tests/test_newuser143.py). A
main clause's "The Agency has not confirmed this figure" keeps its speaker. English text is read.
"""

from __future__ import annotations

from . import patterns

# The relative clause's head noun and opening, its subject, and the negation, read back from the verb
_NEGATED_RELATIVE = patterns.compile(
    r"(?:^|[,;:(]\s*|[.!?]\s+|\s[-–—]\s+)"
    # or a clause's "which" after a comma, its head the clause before: ", which Dunmore has not confirmed"
    r"(?:(?i:a|an|one|another|the|this|that)\s+(?:[a-z][\w-]*\s+){1,2}(?:(?i:that|which)\s+)?|(?<=,\s)which\s+)"
    r"(?:(?i:the|its|their)\s+[a-z][\w-]*|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:(?:has|have|had)\s+(?:not|never)|(?:hasn|haven|hadn)['’]t)\s+(?:yet\s+|publicly\s+|independently\s+)?$")
_HOLDS = ("not ", "never ", "n't ", "n’t ")
_NEAR = 120  # the words read back before the verb


def negated_in_relative(text: str, start: int) -> bool:
    """Say whether the reporting word at `start` is negated in a relative clause ("a figure the Agency has not
    confirmed"): its subject says nothing."""
    near = text[max(0, start - 20):start]
    return any(held in near for held in _HOLDS) and bool(_NEGATED_RELATIVE.search(text, max(0, start - _NEAR), start))
