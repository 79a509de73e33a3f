"""A group named by its country kept: a sentence may not call a group by another party's name than the passages it
cites do.

"Tarar said Afghan Taliban militants attempted to deploy drones" citing "Tarar said Pakistani Taliban militants
attempted to deploy drones" names another group: the Pakistani Taliban (the TTP) are not the Afghan Taliban. A group
is a capitalised word right after a word naming a party of the briefing ("Afghan Taliban", "Pakistani Taliban");
the sentence is refused where a passage sharing two more of its words of four letters or more names the same group
word after a word of another party only, and no cited passage names it after one of the sentence's party. English
and Polish text is read (Polish names two parties by one noun and an adjective each, "Górny Powiat" and "Dolny
Powiat": "Górny Powiat ocenia straty na 86 mln zł" citing "Dolny Powiat ocenia straty na 86 mln zł" built,
tests/test_newuser_41.py); words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .owners import is_named
from .sentences import folded_word, inside, markers_blanked

_PAIR = patterns.compile(r"(?<![\w'’-])(?P<country>[A-ZĄĆĘŁŃÓŚŹŻ][\w'’-]{3,})\s+(?P<group>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]{3,})"
                         r"(?![\w'’-])")
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into"})
_RESTATES = 2


def renamed_groups(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                   parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text names a group after one party where its passages name it after another only."""
    if len(parties) < 2 or not (in_english(language) or language.split("-")[0].lower() == "pl"):
        return []
    spoken = markers_blanked(text)
    own = [(match, _parties(match["country"], parties)) for match in _PAIR.finditer(spoken)]
    own = [(match, named) for match, named in own if named]
    if not own:
        return []  # most sentences name no group after a party
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    theirs = [(match, named, passage.text) for passage in passages
              for match, named in _named_pairs(passage.text, parties)]
    for match, named in own:
        group = folded_word(match["group"])
        if inside(quoted, match.start()):
            continue
        same = [(other, others, passage) for other, others, passage in theirs
                if folded_word(other["group"]) == group and others]
        if any(others & named for _, others, _ in same):
            continue  # a passage names the group after the sentence's party
        for other, _, passage in same:
            shared = words & content_words(passage, _NOT_CONTENT | {group, folded_word(other["country"])})
            if len(shared - {folded_word(match["country"])}) >= _RESTATES:
                return [Finding(offset, f"this sentence says '{' '.join(match.group().split())}' where its cited "
                                        f"passages say '{' '.join(other.group().split())}': {clipped(text)}",
                                "name the group as the source does, or cite a passage that names this one")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _named_pairs(text: str, parties: tuple[tuple[str, frozenset[str]], ...]
                 ) -> tuple[tuple[re.Match, frozenset[str]], ...]:
    """Return a passage's groups named after a word naming a party, with the parties that word names."""
    return tuple((match, named) for match in _PAIR.finditer(text) if (named := _parties(match["country"], parties)))


def _parties(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a capitalised word names ("Pakistani", "Afghan"), or none."""
    folded = re.sub(r"['’]s?$", "", folded_word(word))
    return frozenset(party for party, naming in parties if len(folded) >= 4 and is_named(folded, naming))
