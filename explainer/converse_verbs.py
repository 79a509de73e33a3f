"""Which way a thing went: "Northland imports cheap steel from Southland" may not cite "Northland exports cheap steel
to Southland".

Some deeds come in pairs that tell one move from either end: what one party exports another imports, what one sells
another buys, lends borrows, pays receives. Either end may tell it ("Southland imports steel from Northland" restates
"Northland exports steel to Southland"), but a party given the other end's verb turns the move round, and keeps every
word and figure of its passage. swapped.py reads a party moved to another's place beside the same verb; here the
party keeps its place and the verb turns. A sentence naming a party right before such a verb (past "has", "have",
"had", "also", or as its possessive before the noun: "Northland's exports") is refused where a cited passage's
sentence restating it (sharing a word of four letters or more besides the parties' and the pair's, or a figure) gives
the same party the other verb of the pair, and no cited passage uses this one. English text is read; words in
quotation marks are not.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import content_words
from .sentences import folded_word, markers_blanked, split_sentences
from .speakers import parties_of
from .wordset import may_hold

# Each pair: one end's forms, the other end's
_PAIRS = (
    (("export", "exports", "exported", "exporting", "exporter", "exporters"),
     ("import", "imports", "imported", "importing", "importer", "importers")),
    (("sell", "sells", "sold", "selling", "seller"), ("buy", "buys", "bought", "buying", "buyer")),
    (("lend", "lends", "lent", "lending", "lender"), ("borrow", "borrows", "borrowed", "borrowing", "borrower")),
    (("pay", "pays", "paid", "paying"), ("receive", "receives", "received", "receiving")),
)
_END = {form: (pair, side) for pair, ends in enumerate(_PAIRS) for side, forms in enumerate(ends) for form in forms}
_WORDS = frozenset(_END)
_NAME = r"(?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,3}"
_TOLD = patterns.compile(rf"(?<![\w'’-])(?P<name>{_NAME})(?:['’]s?)?\s+(?:(?:has|have|had|also|now|still)\s+)*"
                         rf"(?P<verb>{'|'.join(sorted(_END, key=len, reverse=True))})(?![\w-])")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "when", "which", *_END})
_FIGURE = patterns.compile(r"\d+(?:[.,]\d+)*")
_POSSESSIVE = patterns.compile(r"['’]s?$")


class _Told(NamedTuple):
    """A party told at one end of a pair: its ids, the pair and the end, the verb as written, its sentence's words."""

    parties: frozenset[str]
    end: tuple[int, int]
    verb: str
    shown: str
    words: frozenset[str]


def turned_ends(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text gives a party the other end of a move its passages give it ("imports" for
    "exports")."""
    if len(parties) < 2 or not in_english(language) or not may_hold(text, _WORDS) or not _TOLD.search(text):
        return []  # most sentences tell no such move of a named party: found by a lookup of their words
    theirs = [told for passage in passages for sentence in split_sentences(passage.text, "en")
              for told in _told(sentence.text, parties)]
    if not theirs:
        return []
    named = frozenset().union(*(words for _, words in parties))
    used = frozenset(_END[word] for passage in passages for word in _used(passage.text))
    for own in _told(unquoted(markers_blanked(text)), parties):
        if own.end in used:
            continue  # a passage tells this end itself, of whomever ("exports steel and imports crude oil")
        turned = next((other for other in theirs if other.parties & own.parties and other.end[0] == own.end[0]
                       and other.end[1] != own.end[1] and (own.words & other.words) - named), None)
        if turned is not None:
            return [Finding(offset, f"this sentence says {own.shown} '{own.verb}' where its cited passages say "
                                    f"{turned.shown} '{turned.verb}': {clipped(text)}",
                            "tell which way the move went as the source does, or cite a passage that tells it so")]
    return []


_FORM = patterns.compile(rf"(?<![\w'’-])(?:{'|'.join(sorted(_END, key=len, reverse=True))})(?![\w-])")


@functools.lru_cache(maxsize=1 << 12)
def _used(text: str) -> frozenset[str]:
    """Return the forms of the pairs' verbs (and nouns) a passage uses."""
    return frozenset(_FORM.findall(text))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _told(sentence: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[_Told, ...]:
    """Return each party a sentence names right before a verb (or noun) of a pair, with its sentence's words."""
    found = []
    for match in _TOLD.finditer(sentence):
        who = parties_of(frozenset(folded_word(word) for word in match["name"].split()), parties)
        if who:
            # a possessive's word without its "'s": "Northland's" is the party's name, no word restated
            words = frozenset(_POSSESSIVE.sub("", word) for word in content_words(sentence, _NOT_CONTENT)) | frozenset(
                _FIGURE.findall(sentence))
            found.append(_Told(who, _END[match["verb"].casefold()], match["verb"], match["name"], words))
    return tuple(found)
