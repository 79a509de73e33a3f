"""A French word glued to its elided article, pronoun or conjunction is read as the word itself: "l'accord" is
"accord", "d'appliquer" "appliquer", "qu'un" "un", "jusqu'au" "au". Read whole, as one word, "l'accord" shared no word
with "un accord", and its first five letters were "l'acc": a sentence restating a passage's plain "le syndicat a signé
l'accord" named fewer of its words than of a clause the passage gives on a condition (tests/test_factcheck_192.py).
Elisions read: l', d', j', m', n', s', t', c', qu', jusqu', lorsqu', puisqu', quoiqu' ("aujourd'hui" and "presqu'île"
are words of their own)."""

from __future__ import annotations

import re

from . import patterns

_ELISION = patterns.compile(r"(?<![\w'’-])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=[^\W\d_])",
                            re.IGNORECASE)


def elisions_apart(text: str) -> str:
    """Return text with a space after each elided word's apostrophe ("l' accord"): its words read as themselves."""
    if "'" not in text and "’" not in text:
        return text
    return _ELISION.sub(lambda match: match.group() + " ", text)


_ELIDED_WORD = patterns.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=[^\W\d_])", re.IGNORECASE)


def without_elision(word: str) -> str:
    """Return a word without the elided article, pronoun or conjunction glued to it ("l'accord": "accord")."""
    found = _ELIDED_WORD.match(word)
    return word[found.end():] if found else word
