"""The characters a pattern's match can start with: said first, in a look-ahead, they let the engine pass over every
other position at one test, where it tried each of the pattern's alternatives there (find_mentions' pattern: its
20 alternatives tried at every space and stop of a text made it 1.6 x as slow).

`first_chars` reads the parsed pattern: a match starts with what the first item that consumes text (skipping
look-arounds and word boundaries, and anything that may match nothing) of one of its alternatives matches. It returns
them as the inside of a character class, read with the pattern's own flags, so that the class folds case exactly as
the letters it stands for do; or None where it cannot tell (a negated class, a back-reference, a pattern that may match
the empty string), and the pattern is then used as it is.
"""

from __future__ import annotations

import re

try:
    from re import _constants as _op
    from re import _parser
except ImportError:  # another Python: no look-ahead made
    _parser = None


class _Unknown(Exception):
    """An item whose first characters are not read here."""


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """Return the inside of a character class matching every character a match of pattern can start with, or None."""
    if _parser is None:
        return None
    try:
        found, empty = _first(_parser.parse(pattern, flags), bool(flags & re.IGNORECASE))
    except (_Unknown, AttributeError, TypeError, ValueError):
        return None
    if empty or not found:
        return None
    return "".join(sorted(item if item == r"\d" else re.escape(item) for item in found))


def _first(items, ignoring_case: bool) -> tuple[set[str], bool]:
    """Return the first characters of a sequence of parsed items, and whether all of it may match nothing."""
    found: set[str] = set()
    for op, argument in items:
        firsts, empty = _first_of(op, argument, ignoring_case)
        found |= firsts
        if not empty:
            return found, False
    return found, True


def _first_of(op, argument, ignoring_case: bool) -> tuple[set[str], bool]:
    if op is _op.LITERAL:
        return {chr(argument)}, False
    if op is _op.IN:
        found = set()
        for kind, value in argument:
            if kind is _op.LITERAL:
                found.add(chr(value))
            elif kind is _op.RANGE:
                found.update(chr(code) for code in range(value[0], value[1] + 1))
            elif kind is _op.CATEGORY and value is _op.CATEGORY_DIGIT:
                found.add(r"\d")
            else:  # a negated class, a class of letters or words: too many to say
                raise _Unknown(kind)
        return found, False
    if op in (_op.AT, _op.ASSERT, _op.ASSERT_NOT):
        return set(), True  # matches no character: what follows it starts the match
    if op is _op.SUBPATTERN:
        _, add, _, items = argument
        if add & re.IGNORECASE and not ignoring_case:
            raise _Unknown(op)  # its letters fold case where the class would not
        return _first(items, ignoring_case)
    if op is _op.ATOMIC_GROUP:
        return _first(argument, ignoring_case)
    if op is _op.BRANCH:
        found, empty = set(), False
        for alternative in argument[1]:
            firsts, may_be_empty = _first(alternative, ignoring_case)
            found |= firsts
            empty = empty or may_be_empty
        return found, empty
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, getattr(_op, "POSSESSIVE_REPEAT", None)):
        least, _, items = argument
        found, empty = _first(items, ignoring_case)
        return found, empty or least == 0
    raise _Unknown(op)  # a back-reference, a conditional, any character: anything may start it
