"""Two words naming parties stacked as one name, kept as the source stacks them: "Afghan Pakistani forces" may not
cite "Afghan Taliban forces", nor "Pakistani Pakistani militants" "Pakistani Taliban militants".

group_names.py holds a group named after a party ("Afghan Taliban") to the party word the passages put before it.
Where the group's word itself names a party of the briefing ("Taliban", "Pakistani"), a second party's word put in
its place kept every other word and built: a party swapped, or the Pakistani Taliban (the TTP) told as the Afghan
Taliban's own (benchmarks/mutations.py, factcheck252). Here two capitalised words that each name a party of the
briefing, one right after the other, naming no party in common (two words of one name, "Harlow City" of "Harlow City
Football Club", are its name) or one word twice, are one stacked name; the sentence is refused where no cited
passage stacks words naming the same parties so, and a passage sharing two more of its words of four letters or
more stacks the same first word before a word naming other parties. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .owners import is_named
from .sentences import folded_word, inside, markers_blanked

# two capitalised words, the second maybe possessive: "Afghan Taliban", "the Afghan Taliban's military"
_STACKED = patterns.compile(r"(?<![\w'’-])(?P<first>[A-Z][\w-]{3,})\s+(?P<second>[A-Z][\w-]{3,})(?:['’]s?)?"
                            r"(?![\w'’-])")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into"})
_RESTATES = 2  # words shared beyond the stacked name: the passage tells the same thing


def stacked_party_names(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                        parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text stacks two words naming parties where its passages stack the same first word
    before a word naming other parties, and none stacks words naming these."""
    if len(parties) < 2 or not passages or not in_english(language):
        return []
    spoken = markers_blanked(text)
    own = _stacked(spoken, parties)
    if not own:
        return []  # nearly every sentence stacks no two party names: found without reading its passages
    quoted, words = quoted_parts(spoken), content_words(spoken, _NOT_CONTENT)
    theirs = [(stack, passage.text) for passage in passages for stack in _stacked(passage.text, parties)]
    for match, first, second in own:
        if inside(quoted, match.start()) or (first & second and not _doubled(match)):
            continue  # quoted, or two words of one party's name: "Harlow City" of "Harlow City Football Club"
        if any((other_first, other_second) == (first, second) and _doubled(other) == _doubled(match)
               for (other, other_first, other_second), _ in theirs):
            continue  # a passage stacks the same parties' words: "Pakistani Taliban" of "Pakistani Taliban"
        head = folded_word(match["first"])
        for (other, _, _), passage in theirs:
            if folded_word(other["first"]) != head:
                continue
            shared = words & content_words(passage, _NOT_CONTENT | {head, folded_word(other["second"])})
            if len(shared - {folded_word(match["second"])}) >= _RESTATES:
                return [Finding(offset + match.start(),
                                f"this sentence says '{' '.join(match.group().split())}' where its cited passages "
                                f"say '{' '.join(other.group().split())}': {clipped(text)}",
                                "name the group as the source does, or cite a passage that names this one")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _stacked(text: str, parties: tuple[tuple[str, frozenset[str]], ...]
             ) -> tuple[tuple[re.Match, frozenset[str], frozenset[str]], ...]:
    """Return text's stacked names of two words that each name a party, with the parties each word names."""
    found = []
    for match in _STACKED.finditer(text):
        first = _parties(match["first"], parties)
        second = _parties(match["second"], parties) if first else frozenset()
        if first and second:
            found.append((match, first, second))
    return tuple(found)


def _doubled(match: re.Match) -> bool:
    """Say whether a stacked name is one word twice: "Pakistani Pakistani" is no party's name."""
    return folded_word(match["first"]) == re.sub(r"['’]s?$", "", folded_word(match["second"]))


def _parties(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a capitalised word names ("Pakistani", "Afghan", "Taliban"), or none."""
    folded = re.sub(r"['’]s?$", "", folded_word(word))
    return frozenset(party for party, naming in parties if len(folded) >= 4 and is_named(folded, naming))
