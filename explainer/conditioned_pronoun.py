"""A condition's object told as a certainty: the words a conditioned clause's pronoun stands for keep no condition.

"If the court orders a new vote in the Eastbrook ward, it would be held within 60 days of the ruling" conditions
what "it", the new vote, would be; "A new vote in Eastbrook will be held within 60 days of the ruling" built, its
"vote" and "Eastbrook" read as words of the condition kept (conditions.py). Where the conditioned clause opens with a
pronoun, the words of the condition's object ("a new vote in the Eastbrook ward", after its subject and verb) are
what the pronoun names, not the condition: a sentence stating the clause as to come ("will", "is set to") with no
modal must keep another of its words ("ordered by the court", "a court-ordered vote") or "if"
(tests/test_newuser_122.py).
"""

from __future__ import annotations

import re

from . import patterns

# A conditioned clause opening on a pronoun for what the condition names: "it would be held", "they would".
_PRONOUN_OPENING = patterns.compile(r"^\W*(?:it|they|this|that|these|those)(?!\w)", re.IGNORECASE)
# A condition of a subject, a verb and an object opening on a determiner: "If the court orders a new vote in ...".
_SUBJECT_VERB_OBJECT = patterns.compile(
    r"^\W*\w+(?:\s+\w+)*?\s+(?:the|a|an|its|their)?\s*[\w-]+\s+[\w-]+\s+(?P<object>(?:a|an|the|any|its|their|some)\s.+)$",
    re.IGNORECASE | re.DOTALL)
# The condition's own opening, left out of its subject: "if", "unless", "provided that".
_OPENING = patterns.compile(r"^\W*(?:only\s+if|if|unless|provided(?:\s+that)?|in\s+case)\s+", re.IGNORECASE)


def object_named_by_pronoun(condition: str, clause: str) -> str:
    """Return the words of a condition's object that the conditioned clause's opening pronoun stands for, or ""
    where the clause opens with no pronoun or the condition has no object after a determiner."""
    if not _PRONOUN_OPENING.match(clause):
        return ""
    opened = _OPENING.match(condition)
    if not opened:
        return ""
    found = _SUBJECT_VERB_OBJECT.match(condition[opened.end():])
    return found.group("object") if found else ""


def same_stems(keeping: frozenset[str], written: frozenset[str]) -> frozenset[str]:
    """Return the words that keep a condition, with each written word of the same first five letters as one of them
    ("ordering", "ordered" of "orders"): another form of the condition's verb keeps it."""
    stems = {word[:5] for word in keeping if len(word) >= 5}
    return keeping | {word for word in written if len(word) >= 5 and word[:5] in stems}
