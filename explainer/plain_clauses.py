"""A passage's plain clauses: where a passage passes on one party's word in one clause and tells a fact in another,
a sentence restating the fact alone keeps nobody's word.

"The jury found Acme liable" citing "Bolt claimed Acme was liable, and the jury found Acme liable in March" restates
the jury's finding, which the passage tells as fact, not Bolt's claim. A passage's clauses are cut at ";" and at a
comma before "and", "but", "while", "whereas" or "yet"; a clause opening with "that", "which", "who" or a pronoun's
"it"/"they" may go on with the word passed on, and is never plain. A sentence rests on a plain clause where every word
of five letters or more it shares with the passage stands in one clause that holds no word passing anyone's on.
"""

from __future__ import annotations

import functools
import re

from . import patterns

_JOINS = patterns.compile(r";|,\s+(?:and|but|while|whereas|yet)\s+", re.IGNORECASE)
_GOES_ON = patterns.compile(r"(?:that|which|who|whom|it|they|he|she|also|said|says|adding)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def rests_on_plain_clause(shared: set[str], passage: str, passing_on: frozenset[str]) -> bool:
    """Say whether the folded words a sentence `shared` with `passage` all stand in one of its clauses that holds
    none of the words `passing_on` someone's word."""
    return bool(shared) and any(shared <= words for words in _plain_clauses(passage, passing_on))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _plain_clauses(passage: str, passing_on: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Return the folded words of each clause of a passage after its first that holds no word of `passing_on` and
    does not go on with the clause before."""
    if not _JOINS.search(passage):
        return ()
    clauses = _JOINS.split(passage)
    found = []
    for clause in clauses:
        words = frozenset(word.casefold().replace("’", "'") for word in _WORD.findall(clause))
        if words.isdisjoint(passing_on) and not _GOES_ON.match(clause.lstrip()):
            found.append(words)
    return tuple(found)
