"""Whose figure a passage gives: a comparison's value must be cited from words about its party.

A table's figure stands in its passage whichever column it is put in: 172,000 moved to Pakistan's column with
"the Afghan Taliban's military ... only 172,000 active personnel" still stands in it. So where the passages cited
for a value name another party of the table, they must name the value's own party too (a word of its name, short
name or id, capitalised, in any form that starts with it or, of five letters or more, that it starts with:
"Pakistani", "Afghan" for "Afghanistan"). Which of two parties a passage naming both gives a figure for is not read
here; a run of parties each right before its figure ("the Greens 28, the Liberals 20") is read by party_figures.py.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited
from .cjk import writes_without_spaces
from .inflection import declined_alike, spelled_alike
from .model import Party
from .sentences import folded_word

_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ACRONYM = patterns.compile(r"[A-Z]{3}")  # ASCII capitals: "EU's" or "Abc" are none
_SHORTEST = 5  # "Afghan" may name "Afghanistan"; "Pak" names nothing
_NOT_A_NAME = frozenset({"the", "and", "for", "party", "side", "group", "forces", "force", "government", "people"})


def party_words(party: Party) -> frozenset[str]:
    """Return the words that name a party: of its name, short name, id and aliases, four letters or more, or an
    acronym of three capitals ("GTL", "SPD"), folded."""
    text = " ".join((party.name, party.short_name, party.id.replace("-", " "), *party.aliases))
    # An acronym is how a union or party is named most ("Nach Angaben der GTL"): left out, a German article before
    # it made it a noun, so words given to it named no one, and a sentence giving them to the other side built.
    words = {w for m in _WORD.finditer(text) for w in (folded_word(m.group()),)
             if (len(w) >= 4 or _ACRONYM.fullmatch(m.group())) and w not in _NOT_A_NAME}
    # A name in a script written without spaces is a name whole, however short ("防衛省", "沖浜県")
    return frozenset(words | {name for name in (party.name, party.short_name, *party.aliases)
                              if len(name) >= 2 and writes_without_spaces(name) and " " not in name})


def misplaced_figure(party: Party, table: tuple[Party, ...], passages: list[Cited]) -> str:
    """Return the name of another party of the table that the passages cited for `party`'s figure name, where
    they never name `party` itself; or ""."""
    own = party_words(party)
    if not own or any(_names(passage.text, own) for passage in passages):
        return ""
    return next((other.name for other in table if other.id != party.id
                 and any(_names(passage.text, party_words(other)) for passage in passages)), "")


def _names(text: str, words: frozenset[str]) -> bool:
    """Say whether text names a party by one of its words, written as a name is: "the northern convoy" names no
    Northern Alliance (in a script without capitals, any word may)."""
    return any(_as_a_name(word.group()) and is_named(folded_word(word.group()), words) for word in _WORD.finditer(text))


def _as_a_name(word: str) -> bool:
    return word[0].isupper() or word[0].lower() == word[0].upper()


def is_named(word: str, words: frozenset[str]) -> bool:
    """Say whether a word of a passage is one of a party's words, or a form of one ("Pakistani", "Taliban's")."""
    word = re.sub(r"'s?$", "", word)
    return word in words or any(len(min(word, name, key=len)) >= _SHORTEST
                                and (word.startswith(name) or name.startswith(word)) for name in words) or (
        not word.isascii() and (declined_alike(word, words) or spelled_alike(word, words)))  # Russian "Бельтании"
    # for "Бельтания", Spanish "Pakistán" for "Pakistan"

