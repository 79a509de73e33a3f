"""How opposites.py reads kinds.py's things: each word with the other words for its thing, the words a sentence must
hold to be read, and a thing's word read in another sense by the words around it ("think tank", "market share")."""

from __future__ import annotations

import re

from . import patterns
from .kinds import OTHER_SENSE, TITLES, kind_forms, same_things

__all__ = ["KIND_GATE", "SAME", "TITLES", "kind_other_sense", "own_runs"]

SAME = same_things()
# The first word of a thing's name of two words ("prime minister", "primer ministro"): a sentence holding it may name
# the thing
KIND_GATE = frozenset(form.split()[0].casefold() for form in kind_forms() if " " in form)
_BEFORE = {word: patterns.compile(rf"(?<!\w)(?:{before})\s+$", re.IGNORECASE)
           for word, (before, _) in OTHER_SENSE.items() if before}
_AFTER = {word: patterns.compile(rf"\s+(?:{after})(?!\w)", re.IGNORECASE) for word, (_, after) in OTHER_SENSE.items()
          if after}
_REACH = 24  # characters before a word its other sense's word is looked for in


def kind_other_sense(text: str, match: re.Match) -> bool:
    """Say whether a thing's word matched in text is used in another sense by the word right before or after it."""
    word = match.group().casefold()
    before, after = _BEFORE.get(word), _AFTER.get(word)
    return bool((before is not None and before.search(text, max(0, match.start() - _REACH), match.start()))
                or (after is not None and after.match(text, match.end())))


def own_runs(word: str) -> frozenset[str]:
    """Return the words of a thing's name, as content_words folds them: a sentence's own word restates nothing."""
    return frozenset(word.split())
