"""Figures kept to the party whose sentence of the source holds them: "The government proposes a cut of 20 percent;
the committee has offered 45 percent." may not cite the committee's "has offered a cut of 20 percent".

A news report gives each side's offer in a sentence of its own, its subject named once at the start and cut off from
the figures by a relative clause ("The bondholder committee, which says it represents ..., has offered a cut of 20
percent"), and a citation often quotes only the words after it. party_figures.py pairs a party with a figure a few
words on, so neither passage paired anything, and two figures swapped between two passages, each naming one side,
built. Here a passage's figures are its owner's where the source's sentence holding it (`Cited.holding`, or the
passage itself) names one party of the briefing alone, in any case ("that bondholders accept" names the bondholders
too). A sentence is refused where it gives party A a figure that its cited passages hold only in sentences owned by
party B, while giving B another figure (two figures swapped); a comparison's value is refused where its passages hold
it (as a per cent or not, as the row's unit) only in such fragments, naming no party themselves, owned by another
party of the table (tests/test_newuser_94.py). English text is read.
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .date_days import is_a_dates_day
from .party_figures import Pair, figures_in, party_of, sentence_pairs
from .owners import named_in_lowercase
from .pronoun_owners import pronoun_speaker_owner

_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
Parties = tuple[tuple[str, frozenset[str]], ...]


def figures_swapped_across_passages(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                                    parties: Parties = ()) -> list[Finding]:
    """Return a finding where text gives one party a figure held only by another party's sentences of the source,
    and that other party another figure."""
    if len(parties) < 2 or not in_english(language) or len(passages) < 2:
        return []
    pairs = tuple(pair for pair in sentence_pairs(text, parties) if not is_a_dates_day(text, pair))
    if len({pair.parties for pair in pairs}) < 2:
        return []
    for pair in pairs:
        owner = _sole_owner(pair.figure, passages, parties)
        if not owner or owner & pair.parties:
            continue
        others = [other for other in pairs if other.parties == owner and other.figure != pair.figure]
        if others:
            return [_swapped(text, offset, pair, others[0], passages)]
    return []


def _swapped(text: str, offset: int, pair: Pair, other: Pair, passages: list[Cited]) -> Finding:
    source = next(_own_sentence(passage) for passage in passages if pair.figure in figures_in(passage.text))
    return Finding(offset, f"this sentence gives {pair.shown} to '{pair.name}' and {other.shown} to '{other.name}', "
                           f"where the source gives {pair.shown} in a sentence about '{other.name}' alone "
                           f"({clipped(source, 120)}): {clipped(text)}",
                   "give each party the figure the source gives it, or cite the passage that gives it this one")


def held_by_another(own: str, figure: tuple[float, bool], passages: list[Cited], parties: Parties) -> str:
    """Return the id of another party whose sentences of the source alone hold a table's figure, where the passages
    holding it name no party themselves (a fragment after its subject); or ""."""
    holding = [passage for passage in passages if figure in figures_in(passage.text)]
    if not holding or any(_named(passage.text, parties, loose=True) for passage in holding):
        return ""
    owner = _sole_owner(figure, holding, parties)
    return next(iter(owner)) if owner and own not in owner else ""


def _sole_owner(figure: tuple[float, bool], passages: list[Cited], parties: Parties) -> frozenset[str]:
    """Return the one party owning every cited passage that holds `figure`, or none."""
    owners = {_passage_owner(passage, parties) for passage in passages
              if in_english(passage.language) and figure in figures_in(passage.text)}
    return next(iter(owners)) if len(owners) == 1 else frozenset()


def _passage_owner(passage: Cited, parties: Parties) -> frozenset[str]:
    """Return the one party owning the source's sentence holding a passage; "It says ..." is the speaker's before it."""
    sentence = _own_sentence(passage)
    spoken = pronoun_speaker_owner(passage, sentence, parties, _owner)
    return _owner(sentence, parties) if spoken is None else spoken


def _own_sentence(passage: Cited) -> str:
    """Return the source's sentence holding a passage, from the stop before it to the stop after it: `holding` may
    run into the sentences either side ("... at 6 percent. Its chair, Daniel Okafor, said the government's ..."),
    naming others, and a sentence whose subject is "it" is no named party's."""
    holding = passage.holding or passage.text
    at = holding.find(passage.text)
    if at < 0:
        return holding
    start = max(holding.rfind(mark, 0, at) for mark in (". ", "! ", "? ")) + 1
    last = at + len(passage.text.rstrip(" .!?"))
    stops = [stop for stop in (holding.find(mark, last) for mark in (". ", "! ", "? ")) if stop >= 0]
    return holding[start:min(stops) + 1 if stops else len(holding)].strip()


@functools.lru_cache(maxsize=1 << 12)  # a source's sentence is read by every sentence citing it
def _owner(sentence: str, parties: Parties) -> frozenset[str]:
    """Return the one party a source's sentence names as a name is written (capitalised, or "the" and its noun),
    where it names no other in any case ("that bondholders accept"); or none. A lowercase word alone owns nothing:
    "Their fisheries secretary" is no International Council for Fisheries Advice's."""
    named = _named(sentence, parties)
    loose = _named(sentence, parties, loose=True)
    return named if len(named) == 1 and loose <= named else frozenset()


@functools.lru_cache(maxsize=1 << 12)
def _named(text: str, parties: Parties, loose: bool = False) -> frozenset[str]:
    """Return the parties text names by a capitalised word of theirs or by "the" and their noun; `loose`, by any
    word of theirs in any case ("bondholders")."""
    found: set[str] = set()
    before = ""
    for match in _WORD.finditer(text):
        word = match.group()
        if loose or word[0].isupper():
            found |= party_of(word, parties)
        found |= named_in_lowercase(before, word, parties)
        before = word
    return frozenset(found)
