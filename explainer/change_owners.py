"""A change's size kept to whose change it is: "Ardania's herring quota is cut by 4,500 tonnes" may not cite
"Veskland's share falls to 25,500 tonnes from 30,000 tonnes, and Ardania's to 18,700 tonnes from 22,000 tonnes".

change_sizes.py and change_ends_told.py let a change's size be the difference of two ends a passage gives; which
side's change the ends are, they did not read, so Veskland's cut of 4,500 tonnes given to Ardania built. A
passage's sentence is cut into clauses at "; ", ", and", ", but", "while" and "whereas"; a clause is the sentence's
where it holds a name (a capitalised word, "'s" aside) the sentence's clause of the figure holds, another's where it
holds only other names, no one's where it holds none ("for 2026 it has issued 180"). Where some clause of a passage's
sentence is the sentence's and another is another's, the figures of the other's (and of no clause of the sentence's)
are another's: no end of the change the sentence gives (tests/test_factcheck_102.py).
"""

from __future__ import annotations

import functools
from decimal import Decimal

from . import patterns
from .numbers import mentions_in
from .sentences import split_sentences

_NAME = patterns.compile(r"(?<![\w'’-])[A-Z][\w-]+")
_SENTENCE_CLAUSE = patterns.compile(r"[;,:]|\s(?:and|but|while|whereas)\s")
_PASSAGE_CLAUSE = patterns.compile(r";\s|,\s+(?:and|but)\s|,?\s+(?:while|whereas)\s")
_NOT_NAMES = frozenset({"The", "A", "An", "In", "On", "At", "By", "Under", "Over", "After", "Before", "Since", "This",
                        "That", "These", "Those", "It", "Its", "Their", "But", "And", "While", "With", "For", "From",
                        "As", "Last", "Next", "According", "Both", "Each"})


def others_ends(sentence: str, start: int, end: int, passages) -> frozenset[Decimal]:
    """Return the values of the passages' figures that a clause naming another than the sentence's clause of the
    figure at sentence[start:end] gives: no ends of its change."""
    names = _names_around(sentence, start, end)
    if not names:
        return frozenset()
    found: set[Decimal] = set()
    for passage in passages:
        if any(name in passage.text for name in names):
            found |= _others(passage.text, passage.language, names)
    return frozenset(found)


def _names_around(text: str, start: int, end: int) -> frozenset[str]:
    """Return the names of the clause holding text[start:end]."""
    begin = max((m.end() for m in _SENTENCE_CLAUSE.finditer(text, 0, start)), default=0)
    stop = next((m.start() for m in _SENTENCE_CLAUSE.finditer(text, end)), len(text))
    return frozenset(name.group() for name in _NAME.finditer(text, begin, stop) if name.group() not in _NOT_NAMES)


@functools.lru_cache(maxsize=1 << 10)
def _others(text: str, language: str, names: frozenset[str]) -> frozenset[Decimal]:
    """Return the values of a text's figures in clauses naming none of `names`, of sentences where another clause
    names one, less those of clauses naming one."""
    own, others = set(), set()
    mentions = [m for m in mentions_in(text, language) if m.kind == "figure"]
    for sentence in split_sentences(text, language):
        cuts = [sentence.start, *(m.end() for m in _PASSAGE_CLAUSE.finditer(text, sentence.start, sentence.end)),
                sentence.end]
        clauses = [(begin, finish, _whose(text, begin, finish, names)) for begin, finish in zip(cuts, cuts[1:])]
        if not any(whose is True for _, _, whose in clauses) or not any(whose is False for _, _, whose in clauses):
            continue
        for begin, finish, whose in clauses:
            values = {q.value for m in mentions if begin <= m.start < finish for q in m.quantities}
            (own if whose else others if whose is False else set()).update(values)
    return frozenset(others - own)


def _whose(text: str, begin: int, end: int, names: frozenset[str]) -> bool | None:
    """Say whether a clause text[begin:end] names one of `names` (True), only others (False) or no one (None: "for
    2026 it has issued 180" carries on its sentence's subject)."""
    if any(_named_in(text, begin, end, name) for name in names):
        return True
    return False if any(name.group() not in _NOT_NAMES for name in _NAME.finditer(text, begin, end)) else None


def _named_in(text: str, begin: int, end: int, name: str) -> bool:
    """Say whether a clause text[begin:end] names `name` as a word (a possessive's "'s" may follow)."""
    at = text.find(name, begin, end)
    while at >= 0:
        after = text[at + len(name):at + len(name) + 1]
        if (at == 0 or not text[at - 1].isalnum()) and not after.isalnum():
            return True
        at = text.find(name, at + 1, end)
    return False
