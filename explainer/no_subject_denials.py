"""A denial told by "no" before its subject restates the same denial told by "not" after it.

"No date has been set for talks on the gas field" citing "Talks ... are expected, but a date has not been set" was
refused as a negation added (tests/test_factcheck_231.py): polarity.py reads a clause's predicate as its first word of
five letters or more after the negation, here "talks", which the passage's short negative clause ("a date has not been
set") lacks. Both deny the same thing: a subject (its noun) to which a verb was done. A sentence's "no N has (been) V"
("no date was set", "no agreement has been reached") and a passage's "a N has not (yet) been V", "the N was never V",
"no N has been V" or "N has yet to be V" deny alike where the noun and the verb are the same words (the verb in any
form sharing its first four letters). English is read; the sentence's other words are polarity.py's to read.
"""

from __future__ import annotations

import re

from . import patterns

_AUX = r"(?:has|have|had|was|were|is|are|will\s+be|would\s+be|could\s+be|can\s+be)"
_OF_WHAT = r"(?:(?:for|of|on)\s+(?:[\w'’-]+\s+){1,6}?)?"  # "no date for talks on the field has been set"
# "No date has (yet) been set", "no agreement was reached", "no charges have been filed"
_NO_SUBJECT = patterns.compile(
    rf"(?<![\w'’-])no\s+(?P<noun>[a-z][a-z-]+)\s+{_OF_WHAT}{_AUX}\s+(?:yet\s+|so\s+far\s+|since\s+)?(?:been\s+)?"
    r"(?P<verb>[a-z]{3,})(?![\w'’-])", re.IGNORECASE)
# "a date has not (yet) been set", "the date was never fixed", "a date has yet to be set"
_NOT_AFTER = patterns.compile(
    rf"(?<![\w'’-])(?:(?:a|an|the|any)\s+)?(?P<noun>[a-z][a-z-]+)\s+{_OF_WHAT}(?:{_AUX}\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
    r"|(?:has|have)n['’]t\s+(?:yet\s+)?been\s+|(?:was|were|is|are)n['’]t\s+(?:yet\s+)?"
    r"|(?:has|have)\s+yet\s+to\s+be\s+)(?P<verb>[a-z]{3,})(?![\w'’-])", re.IGNORECASE)
_STEM = 4  # "set" and "set", "reached" and "reach"


def _denials(text: str) -> set[tuple[str, str]]:
    """Return the (noun, verb) pairs text denies by "no" before its subject or "not" after it, folded."""
    return {(match["noun"].casefold(), match["verb"].casefold()[:_STEM])
            for pattern in (_NO_SUBJECT, _NOT_AFTER) for match in pattern.finditer(text)}


def denied_alike(mine: str, theirs: str) -> bool:
    """Say whether a clause of a sentence denies by "no N has been V" what a passage's clause denies by "a N has not
    been V" (or the other way round, or both alike): the same noun, the same verb."""
    own = {pair for pair in _denials(mine) if len(pair[0]) >= 3}
    return bool(own) and not own.isdisjoint(_denials(theirs))
