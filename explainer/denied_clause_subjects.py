"""A denial's "that" clause opens with its subject, which the denial does not deny: "Okafor says the steel tariff is a
lawful answer to dumping" citing "Grace Okafor denied that the steel tariff breaks trade rules. "Our tariff is a lawful
answer to dumping, and we will defend it in Geneva," she said" was refused as the denial dropped, as it shares "the
steel tariff" with the denial, and the denial's predicate was read as "steel" (tests/test_newuser143.py).

Read narrowly: the sentence shares with the denied clause only its opening words (the subject), none of what it says
of them, and a clause of the passages of the sentence's own polarity holds that subject and most of what the sentence
says beyond it, two words or more ("lawful answer dumping"). "The steel tariff breaks trade rules" shares the denied
"breaks ... rules", and "The steel tariff is illegal" is held by no other clause: both stay refused.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from . import patterns

_DENIED_THAT = patterns.compile(r"(?<!\w)(?:denied|denies|deny|denying|rejected|rejects|disputed|disputes)\s+"
                                r"(?:(?:the|its|their)\s+)?(?:(?:claims?|suggestions?|reports?|allegations?)\s+)?"
                                r"that\s", re.IGNORECASE)


def subject_said_otherwise(sentence_words: frozenset[str], denial: str, backers: Iterable[frozenset[str]],
                           ordered_words: Callable[[str], list[str]]) -> bool:
    """Say whether a sentence's clause (its content words, as `ordered_words` gives them) says of a denial's subject
    something else that a clause of its own polarity (`backers`, each's content words) gives, not what is denied."""
    if "that" not in denial or not (denied := _DENIED_THAT.search(denial)):
        return False
    words = ordered_words(denial[denied.end():])
    shared = [word in sentence_words for word in words]
    opening = shared.index(False) if False in shared else len(shared)
    if opening == 0 or opening == len(words) or any(shared[opening:]):
        return False  # nothing shared, all of it, or some of what the denial says of its subject
    subject, beyond = frozenset(words[:opening]), sentence_words - frozenset(words)
    return len(beyond) >= 2 and any(subject & backer and len(beyond & backer) >= max(2, (len(beyond) + 1) // 2)
                                    for backer in backers)
