"""A party's paraphrase of words a cited participle of saying gives another: "Arvena says Arvenan mills sell steel below
cost" citing only "saying Arvenan mills were selling below cost", of the source's "Dunmore raised its tariff on steel
imported from Arvena ..., saying Arvenan mills were selling below cost", built: the cited words name no speaker, and
only a sentence naming someone in person, or quoting the words, was read against the sentence holding them
(tests/test_newuser143.py).

Read narrowly: the sentence names one speaker, by a party's name alone; a cited passage opens with a participle of
saying ("saying", "claiming", "arguing", "alleging", "insisting", "warning", "adding") and shares two words of five
letters or more with the sentence; the source's sentence holding it names speakers, each of other parties only, none of
which the sentence names, and none naming the sentence's party before a verb of saying ("Labour was wrong to claim").
English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding

_PARTICIPLE_OPENING = patterns.compile(r"\W*(?:saying|claiming|arguing|alleging|insisting|warning|adding|contending"
                                       r"|complaining|accusing)(?!\w)", re.IGNORECASE)
_LONG_WORD = patterns.compile(r"[^\W\d_]{5,}")


def paraphrased_from_holding(text: str, passages: list[Cited], offset: int, parties: tuple) -> list[Finding]:
    """Return a finding where text gives a party words that a cited participle of saying gives another party in the
    source's sentence holding it."""
    if not any(passage.holding and _PARTICIPLE_OPENING.match(passage.text) for passage in passages):
        return []  # most passages open otherwise: found without reading the sentence's speakers
    from . import speakers as read  # speakers.py calls this check, and its readings of speakers are shared
    named = read.speakers_in(text, parties)
    if len(named) != 1:
        return []
    at, words, names = named[0]
    own = read.parties_of(names, parties)
    if len(own) != 1 or not all(read.parties_of(frozenset({name}), parties) for name in names):
        return []  # a person, or words of no party: read elsewhere
    named_anywhere = read.parties_of(read.naming_words(text), parties)  # "The Greens said Labour was wrong to ..."
    said = _long_words(text[at:])
    for passage in passages:
        if not (passage.holding and _PARTICIPLE_OPENING.match(passage.text)) or len(said & _long_words(
                passage.text)) < 2:
            continue
        if _said_by_it(passage.holding[:passage.holding.find(passage.text)], own, parties, read):
            continue  # "The Greens said Labour was wrong to claim that ...": who quoted whom is not read
        given = read.speakers_in(passage.holding, parties)
        theirs = [read.parties_of(their_names, parties) for _, _, their_names in given]
        if given and all(theirs) and own.isdisjoint(frozenset().union(*theirs)) and named_anywhere.isdisjoint(
                frozenset().union(*theirs)):  # who quoted whom, where the sentence names both, is its to say
            return [Finding(offset + at, f"this sentence gives the words to {read.shown(words)}, but the source gives "
                                         f"the words it cites to {read.shown(given[0][1])}",
                            "name the speaker the source names, or cite the passage that gives the words to this one")]
    return []


_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
_SAYING = frozenset({"say", "says", "said", "claim", "claims", "claimed", "argue", "argues", "argued", "saying",
                     "claiming", "arguing"})
_NEAR = 4  # words from a party's name to its verb of saying: "Labour was wrong to claim"


def _said_by_it(before: str, own: frozenset[str], parties: tuple, read) -> bool:
    """Say whether the words before the cited ones name one of `own` with a verb of saying soon after it."""
    words = _WORD.findall(before)
    return any(read.parties_of(read.naming_words(word), parties) & own
               and _SAYING.intersection(w.casefold() for w in words[at + 1:at + 1 + _NEAR])
               for at, word in enumerate(words) if word[:1].isupper())


def _long_words(text: str) -> frozenset[str]:
    """Return text's words of five letters or more, by their first five letters, folded."""
    return frozenset(word.casefold()[:5] for word in _LONG_WORD.findall(text))
