"""A "no" before a short object kept: "Marsh said Chirpline had sold users' data" may not cite '"We sold no user data,"
said Marsh.'

polarity.py reads a negative clause by its first word of five letters or more after the negation; "sold no user
data" has none ("user", "data"), nor a short verb after "not", and its restatement without the "no" built. A
negative clause's "no" between a verb and a short object of one to three words ("sold no user data", "paid no tax",
"made no deal") denies the verb of that object: a positive clause of the sentence holding the verb (in a form of
its own: "sold", "sells", "selling") and every word of the object (a plural or possessive of it: "users'") drops the
negation, unless a positive clause of the passages holds them too. English text is read (tests/test_factcheck_103.py).
A speaker's quoted "no" ('"We sold no user data," said Marsh.') retold by a sentence that keeps the speaker ("Marsh
said Chirpline had sold user information") drops it by the verb alone: the object is said in other words, and the
speaker's denial is told as his word of the deed (tests/test_factcheck_105.py).
"""

from __future__ import annotations

import functools
import re
from typing import Callable, NamedTuple, Sequence

from . import patterns

_NO_OBJECT = patterns.compile(r"(?<![\w'’-])(?P<verb>[a-z]{2,})\s+no\s+(?P<object>[a-z]{3,}(?:\s+[a-z]{3,}){0,2})"
                              r"(?=\W*$|\s+(?:to|for|with|in|on|of|from|at|by|about|and|or|but|that|which|since)\b)",
                              re.IGNORECASE)
# what stands before "no" that is no verb denied of the object: "said no to the deal", "with no data", "there is no"
_NOT_A_VERB = frozenset({"with", "of", "in", "for", "and", "or", "by", "at", "to", "as", "on", "from", "that", "but",
                         "if", "said", "says", "say", "saying", "yes", "is", "was", "are", "were", "be", "been",
                         "there", "had", "has", "have", "means", "mean"})
_WORD = patterns.compile(r"[a-z]+")
_PLURALS = ("", "s", "es")  # "users" and "users'" of "user" (a possessive's mark is no letter)


class Object(NamedTuple):
    """A verb a negative clause denies of its short object: "sold" and ("user", "data") of "sold no user data"."""

    verb: str
    nouns: tuple[str, ...]


@functools.lru_cache(maxsize=1 << 12)  # a passage's clause is read by every sentence citing it
def denied_objects(clause: str) -> tuple[Object, ...]:
    """Return each verb a clause denies of a short object by "no" ("sold no user data")."""
    if " no " not in clause.casefold():
        return ()
    return tuple(Object(match["verb"].casefold(), tuple(match["object"].casefold().split()))
                 for match in _NO_OBJECT.finditer(clause) if match["verb"].casefold() not in _NOT_A_VERB)


def holds(clause: str, denied: Object, same_verb: Callable[[str, str], bool]) -> bool:
    """Say whether a clause holds a denied object's verb (in a form `same_verb` reads as it) and its every noun."""
    words = frozenset(_WORD.findall(clause.casefold()))
    return (any(same_verb(word, denied.verb) for word in words)
            and all(any(noun + plural in words for plural in _PLURALS) for noun in denied.nouns))


# a quotation holding a "no" and its speaker, after it ('"...," said Marsh') or before it ('Marsh said: "..."')
_QUOTED_NO = patterns.compile(
    r"[\"“](?P<after>[^\"“”]*?\bno\b[^\"“”]*)[\"”]\s*,?\s*(?:said|says|told|added|insisted)\s+"
    r"(?P<speaker>(?:[A-Z][\w'’-]+\s*){1,3})"
    r"|(?P<before_speaker>(?:[A-Z][\w'’-]+\s+){1,3})(?:said|says|told\s+\w+|added|insisted)\s*[,:]?\s*[\"“]"
    r"(?P<before>[^\"“”]*?\bno\b[^\"“”]*)[\"”]")


@functools.lru_cache(maxsize=1 << 12)
def quoted_speakers(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each quotation of a text holding a "no", with its speaker's capitalised words ("Marsh")."""
    if " no " not in text or ('"' not in text and "“" not in text):
        return ()
    return tuple((match["after"] or match["before"],
                  frozenset(word for word in (match["speaker"] or match["before_speaker"]).split() if len(word) >= 3))
                 for match in _QUOTED_NO.finditer(text))


def dropped_no(mine: Sequence, theirs: Sequence, same_verb: Callable[[str, str], bool],
               sentence: str = "", passages: Sequence[str] = ()) -> tuple | None:
    """Return a positive clause of `mine` and the negative clause of `theirs` whose "no" it drops, or None (clauses
    with `text` and `negative`, as polarity.py reads them). With the `sentence` and the `passages`' texts, a speaker's
    quoted "no" is dropped by the verb alone where the sentence names the speaker."""
    denied = [(clause, each) for clause in theirs if clause.negative for each in denied_objects(clause.text)]
    if not denied:
        return None
    quoted = [each for text in passages for each in quoted_speakers(text)]
    named = frozenset(sentence.replace("'s ", " ").replace("’s ", " ").split()) if quoted else frozenset()
    for clause in mine:
        if clause.negative:
            continue
        for other, each in denied:
            if holds(clause.text, each, same_verb) and not any(
                    not backing.negative and holds(backing.text, each, same_verb) for backing in theirs):
                return clause, other
            if any(speaker & named and _said_in(each, quote) for quote, speaker in quoted) and _holds_verb(
                    clause.text, each.verb, same_verb) and not any(
                    not backing.negative and _holds_verb(backing.text, each.verb, same_verb) for backing in theirs):
                return clause, other  # '"We sold no user data," said Marsh.': "Marsh said ... sold user information"
    return None


def _said_in(denied: Object, quote: str) -> bool:
    """Say whether a quotation holds a denied object's "no" ("sold no user data")."""
    return f"{denied.verb} no {' '.join(denied.nouns)}" in " ".join(quote.casefold().split())


def _holds_verb(clause: str, verb: str, same_verb: Callable[[str, str], bool]) -> bool:
    """Say whether a clause holds a verb, in a form `same_verb` reads as it."""
    return any(same_verb(word, verb) for word in _WORD.findall(clause.casefold()))

