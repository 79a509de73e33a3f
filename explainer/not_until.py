""""Not X until Y" read as X at Y: no negation added where the passage gives X at or after Y.

"Results are not final until postal ballots are counted on Thursday" citing "Final results are due on Thursday,
after postal ballots are counted" says when the results come, as its passage does; polarity.py read its "not" as
a negation the passage lacks and refused an honest rewording. A negative clause whose negation comes a few words
before "until", "till" or "before" (Spanish "hasta", French "avant") restates a positive clause of its passage where
every word of what follows that word (its Y) is one the passage gives as when: after "after", "once", "when",
"following", "upon", "as soon as", or "on", "by", "at" a day ("on Thursday"). "The results are not final" (no
"until") and "not final until Friday" citing "due on Thursday" keep their finding (tests/test_factcheck_98.py).
A date right after the bound is datebounds.py's, which reads its negation as none.
"""

from __future__ import annotations

import re

from . import patterns

# The negation, up to four words, the bound word, then the clause's rest: what X waits for
_NOT_UNTIL = patterns.compile(r"(?:(?<!\w)(?:not|never|no|pas|jamais)|n['’]t)\s+(?:[\w'’-]+\s+){0,4}?"
                              r"(?:until|till|before|hasta|avant)\s+(?:que\s+|qu['’]\s*)?(?P<awaited>[^,;:]+)",
                              re.IGNORECASE)
# Where a passage tells when: the words after a word of sequence, up to a clause's end, or a day's few words
_WHEN = patterns.compile(r"(?<!\w)(?:after|once|when|following|upon|as\s+soon\s+as|después\s+de|tras|una\s+vez"
                         r"|cuando|après|une\s+fois|lorsque|quand|dès\s+que)\s+(?P<sequel>[^,;:.]+)"
                         r"|(?<!\w)(?:on|by|at|el|le)\s+(?P<day>(?:[\w'’-]+\s*){1,3})", re.IGNORECASE)
_WORD = patterns.compile(r"\w+")
_BOUNDS = ("until", "till", "before", "hasta", "avant")
# Words that say nothing of when: an article, an auxiliary, a preposition
_EMPTY = frozenset({"the", "a", "an", "its", "their", "his", "her", "are", "is", "be", "been", "were", "was", "has",
                    "have", "had", "of", "in", "on", "at", "by", "and", "all", "el", "la", "los", "las", "le", "les",
                    "de", "du", "des", "sean", "sont", "soient", "son", "se"})


def awaited_in_passage(negative: str, positive: str, whole: str) -> bool:
    """Say whether a negative clause ("not final until postal ballots are counted") only says when what a positive
    clause of a passage tells comes: everything it waits for is what the passage (`whole`) gives as its time."""
    lowered = negative.lower()
    if not any(bound in lowered for bound in _BOUNDS):
        return False  # most negations wait for nothing
    awaited = _NOT_UNTIL.search(negative)
    if not awaited:
        return False
    words = _words(awaited["awaited"])
    if not words:
        return False
    told_when = frozenset().union(*(_words(found["sequel"] or found["day"]) for found in _WHEN.finditer(whole or positive)))
    return words <= told_when


def _words(text: str) -> frozenset[str]:
    """Return the words of text that may say when, by their first five letters."""
    return frozenset(word[:5] for word in _WORD.findall(text.lower()) if word not in _EMPTY)


# A negation a few words before a bound: "will not be final before" orders what it negates after the bound
_NEGATED_BEFORE = patterns.compile(r"(?:(?<!\w)(?:not|never|no)|n['’]t)\s+(?:[\w'’-]+\s+){0,4}?$", re.IGNORECASE)
_REACH = 60  # characters before the bound that _NEGATED_BEFORE reads: a negation and four words


def negated_bound(text: str, at: int) -> bool:
    """Say whether the "before" at `at` in text is negated ("not final before the ballots are counted"): an order
    of after, as "after the ballots are counted" is."""
    return bool(_NEGATED_BEFORE.search(text[max(0, at - _REACH):at]))
