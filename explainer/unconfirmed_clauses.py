"""A clause under a negated verb of confirming or saying is no one's word, and no certainty: "Dunmore has not confirmed
that a fourth round of talks will take place in January" gives Dunmore no words (read as its "confirmed", the honest
caveat citing "A fourth round is planned for January, according to Arvena's trade ministry. Dunmore has not confirmed
the date." was refused as giving the ministry's words to Dunmore), and its "will" states nothing as certain (refused
too, as the passage's "planned" told certain: tests/test_newuser143.py).

Read narrowly: a negation ("has not", "did not", "would not", "hasn't", "declined to", "refused to") right before a
verb of confirming or saying, then "that", "whether", "if" or "when" opening the clause. An object without a clause
("Dunmore has not confirmed the date") keeps its speaker, as a negation the negation checks read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns

NEGATION = (r"(?:(?:has|have|had|did|does|do|would|could|will|can)\s+(?:not|never)|(?:hasn|haven|hadn|didn|doesn|don"
             r"|wouldn|couldn|won|can)['’]t|cannot|(?:declined|declines|refused|refuses)\s+to)"
             r"\s+(?:yet\s+|publicly\s+|independently\s+|officially\s+)?")
_VERB = r"(?:confirm|confirmed|say|said|state|announce|disclose|reveal|specify|comment\s+on)"
_CLAUSE = r"\s+(?:that|whether|if|when)(?!\w)"
# The whole run, for a sentence's own hedge: "has not confirmed that" keeps the future after it unconfirmed.
UNCONFIRMED = patterns.compile(rf"(?<!\w){NEGATION}{_VERB}{_CLAUSE}", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(rf"(?<!\w){NEGATION}$", re.IGNORECASE)
_CLAUSE_AFTER = patterns.compile(_CLAUSE, re.IGNORECASE)
# Only a verb of confirming or saying: "The court has not found that our strike was unlawful" is the union's word
# still, a finding it says was not made (tests/test_newuser_106.py)
_SAYING_VERB = patterns.compile(_VERB, re.IGNORECASE)
_NEAR = 40  # the words read back before the verb: "has not yet publicly" at most


def may_hold(text: str) -> bool:
    """Say cheaply whether text may hold a negated verb of confirming or saying: a negation's word is in it."""
    return "not " in text or "n't " in text or "n’t " in text or "ined to" in text or "used to" in text


def gives_no_words(text: str, start: int, end: int) -> bool:
    """Say whether the verb of saying at text[start:end] is negated and opens a clause ("has not confirmed that"): the
    clause is not its subject's word."""
    return (bool(_SAYING_VERB.fullmatch(text, start, end)) and bool(_CLAUSE_AFTER.match(text, end))
            and bool(_NEGATED_BEFORE.search(text[max(0, start - _NEAR):start])))
