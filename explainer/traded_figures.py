"""Two parties' figures kept apart: "Pakistan has 172,000 active personnel; the Taliban has 660,000" may not cite
"Pakistan has 660,000 active personnel ... The Afghan Taliban's military is thinner, with only 172,000".

A sentence gives a party the first figure after it in its clause (as party_figures.py reads it: "Pakistan's
172,000", "the Taliban has 660,000"). A passage gives a figure to the one party of the briefing its sentence names.
A sentence is refused where it gives two parties each a figure that its passages give only the other: the two
figures traded. Figures a passage's sentence gives beside both parties, or beside none, are not read. English text
is read; a caveat, a note or a claim is read as a summary is.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .party_figures import figures_in, party_of, sentence_pairs
from .sentences import split_sentences
from .swapped_givers import givers_swapped
from .wordset import has_digit

_NAME = patterns.compile(r"(?<!\w)[A-Z][^\W\d_]*(?:['’][^\W\d_]+)*")


def traded_figures(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                   parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where text gives two parties each a figure its passages give only the other; or two givers
    of counts, in any language, parties of the briefing or not (swapped_givers.py)."""
    if not has_digit(text):
        return []
    swapped = givers_swapped(text, passages, offset, language)
    if swapped or len(parties) < 2 or not in_english(language):
        return swapped
    pairs = [pair for pair in sentence_pairs(text, parties) if len(pair.parties) == 1]
    if len({pair.parties for pair in pairs}) < 2:
        return []  # most sentences give no two parties figures: found without reading their passages
    owners = _owners(tuple(passage.text for passage in passages if in_english(passage.language)), parties)
    # each pair by its party and the party its figure belongs to: a trade is a pair whose reverse stands too, found
    # by one lookup a pair (a sentence of thousands of figures is read in one pass, not pair by pair)
    by_owner = {(pair.parties, owners[pair.figure]): pair for pair in pairs
                if owners.get(pair.figure) not in (None, pair.parties)}
    for (party, owner), first in by_owner.items():
        second = by_owner.get((owner, party))
        if second is not None:
            one, other = _plain(first.name), _plain(second.name)
            return [Finding(offset, f"this sentence gives {one} {first.shown} and {other} {second.shown} where its "
                                    f"cited passages give {one} {second.shown} and {other} {first.shown}: "
                                    f"{clipped(text)}",
                            "give each party the figure the source gives it, or cite the passage that gives it this "
                            "one")]
    return []


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _owners(texts: tuple[str, ...], parties) -> dict[tuple[float, bool], frozenset[str]]:
    """Return each figure the passages give to one party alone (its sentences naming that party and no other)."""
    owners: dict[tuple[float, bool], set] = {}
    for text in texts:
        for sentence in split_sentences(text, "en"):
            named = frozenset().union(*(party_of(word, parties) for word in _NAME.findall(sentence.text)))
            for figure in figures_in(sentence.text):
                owners.setdefault(figure, set()).add(named if len(named) == 1 else frozenset())
    return {figure: next(iter(named)) for figure, named in owners.items() if len(named) == 1 and next(iter(named))}


def _plain(name: str) -> str:
    """Return a name without its possessive ("Taliban's" is "Taliban")."""
    return re.sub(r"['’]s$", "", name)
