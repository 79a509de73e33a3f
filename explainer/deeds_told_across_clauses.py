"""A deed denied that the passage tells done, its doer or its object in another clause of the same sentence.

polarity.py reads a negative clause as restating a positive one where the two share a second long word. A passage
often tells a deed in a clause of its own words and names who or what in the clause beside it:

- "air defense systems intercepted them", whose "them" is the drones of the clause before: "drones that militants
  attempted to deploy were not intercepted" of "militants attempted to deploy drones ..., but air defense systems
  intercepted them";
- "At least 31 people were killed ... when a suicide bomber struck a mosque", whose doer is told in the clause after:
  "A suicide bomber does not kill at least 31 people" of it.

Each dropped the passage's deed and built (factcheck213). A negative clause is read as restating such a positive one
where the positive clause holds its deed (the predicate, and the short verb after "not" in a form of its own: "kill"
of "killed") and its sentence holds every other long word of the negative clause, two or more, its subject among
them. Where the verb is the predicate itself ("intercepted"), the positive clause must act on a pronoun right after it
("intercepted them"): its thing is the sentence's. Another doer ("Troops did not kill the protesters" of "protesters
were killed by militants") or another thing ("did not intercept the missiles") is not restated.
"""

from __future__ import annotations

import re

from . import patterns

_PREFIX = 5
_ACTING_ON_A_PRONOUN = patterns.compile(r"(?<!\w)(?P<verb>[^\W\d_]+)\s+(?:them|it|him|her|those|these)(?!\w)",
                                      re.IGNORECASE)


def deed_told_across_clauses(negative_words: frozenset[str], negative_before: frozenset[str], predicate: str,
                             short_verb: str, positive_text: str, positive_words: frozenset[str],
                             sentence_words: frozenset[str], verb_held: bool) -> bool:
    """Say whether a negative clause (its long words' stems, those before its negation, its predicate and the short
    verb after its negation, if any) is restated by a positive clause (`positive_text`, its stems) whose sentence
    (`sentence_words`, stems) holds every other word of it; `verb_held` tells whether the positive clause holds the
    short verb in a form of its own."""
    stem = predicate.casefold()[:_PREFIX]
    if not stem or stem not in positive_words or not negative_before or not negative_before & sentence_words:
        return False
    others = negative_words - {stem}
    if len(others) < 2 or not others <= sentence_words:
        return False
    if short_verb:
        return verb_held
    return _acts_on_a_pronoun(positive_text, predicate)


def _acts_on_a_pronoun(text: str, predicate: str) -> bool:
    """Say whether a form of `predicate` stands right before a pronoun object in text: "intercepted them"."""
    stem = predicate.casefold()[:_PREFIX]
    return any(match["verb"].casefold().startswith(stem) for match in _ACTING_ON_A_PRONOUN.finditer(text))
