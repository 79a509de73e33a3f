"""A refusal denied by its verb restates one denied by its noun: "The plan was referred, not rejected" and "The
referral does not mean the committee rejected the plan" say what "A referral is not a rejection" says.

polarity.py counts "rejected" as a negation by meaning, so "not rejected" holds two negations and reads as positive,
while "not a rejection" holds one: the sentence was refused as dropping the passage's negation (newuser_128). Here
two English clauses of opposite polarity restate each other where the positive one denies a verb of refusing with a
plain "not" ("not rejected", "did not reject", "does not mean ... rejected") and the negative one denies that verb's
noun ("not a rejection", "no refusal", "never a denial"). "The committee rejected the plan" (no "not") stays refused.
"""

from __future__ import annotations

import re

from . import patterns

# a refusal's verb, by its forms, and its noun
_NOUNS = {"reject": "rejection", "refus": "refusal", "deni": "denial", "deny": "denial"}
_DENIED_VERB = patterns.compile(
    r"(?<!\w)(?:not|never|n['’]t)\s+(?:[\w'’-]+\s+){0,5}?(?P<verb>reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)"
    r"|deni(?:es|ed)|deny(?:ing)?)(?!\w)", re.IGNORECASE)
_DENIED_NOUN = patterns.compile(r"(?<!\w)(?:not|never|no)\s+(?:(?:a|an|the)\s+)?(?P<noun>rejections?|refusals?"
                                r"|denials?)(?!\w)", re.IGNORECASE)


def refusal_denied_as_noun(positive: str, negative: str) -> bool:
    """Say whether the positive clause denies a refusal by its verb ("not rejected") that the negative clause
    denies by its noun ("not a rejection")."""
    verbs = {_noun_of(found["verb"]) for found in _DENIED_VERB.finditer(positive)}
    return bool(verbs) and any(found["noun"].lower().rstrip("s") in verbs for found in _DENIED_NOUN.finditer(negative))


def _noun_of(verb: str) -> str:
    """Return the noun of a verb of refusing as written: "rejected" -> "rejection"."""
    folded = verb.lower()
    return next(noun for stem, noun in _NOUNS.items() if folded.startswith(stem))
