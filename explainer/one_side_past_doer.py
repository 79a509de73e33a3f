"""Both sides kept as both where a party of the briefing is the doer: "The panel ordered Norland to convene the joint
commission" may not cite "The panel also ordered both countries to convene the joint commission".

one_side.py refuses a sentence naming one party as the object where its passage says "both sides" ("urged the two
countries to"), but reads only sentences naming one party in all: a sentence whose subject is a party of the briefing
too (a panel, a court, a mediator the editor lists) named two, and built. This reads such a sentence again past its
subject: where its first words (after "The", to the first word of no party's) name one party, one_side.py's reading
is made with the other parties alone, so the object named alone is read as one_side.py reads it; what that reading
finds with every party is its own, named once (tests/test_factcheck_176.py). English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, in_english
from .owners import is_named, named_in_lowercase
from .sentences import folded_word, markers_blanked
from .one_side import one_side_for_both

_WORD = patterns.compile(r"[\w'’-]+")
_NONE: frozenset[str] = frozenset()


def one_side_past_its_doer(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                           parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return one_side.py's finding of a sentence whose subject is a party, read with the other parties alone."""
    if len(parties) < 3 or not in_english(language):
        return []
    doer = _subject_party(markers_blanked(text), parties)
    if not doer:
        return []
    others = tuple((party, naming) for party, naming in parties if party not in doer)
    found = one_side_for_both(text, passages, offset, language, others)
    if found and one_side_for_both(text, passages, offset, language, parties):
        return []  # named already by one_side.py itself
    return found


def _subject_party(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the one party a sentence's first words name ("The panel", "The arbitration panel", "Norland"), or
    none."""
    words = _WORD.findall(text)
    first = 1 if words[:1] == ["The"] else 0
    named: set[str] = set()
    for index in range(first, len(words)):
        party = _party_of(words[index], parties) or (
            named_in_lowercase(words[index - 1], words[index], parties) if index else _NONE)
        if not party:
            # the first word of no party's ends the subject: it must be the verb, after a party's words
            return frozenset(named) if len(named) == 1 and words[index][:1].islower() else _NONE
        named |= party
    return _NONE


def _party_of(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a capitalised word names, or none."""
    if not word[:1].isupper():
        return _NONE
    folded = re.sub(r"['’]s?$", "", folded_word(word))
    return frozenset(party for party, naming in parties if len(folded) >= 4 and is_named(folded, naming))
