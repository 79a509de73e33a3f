"""Whose side a claimant is on: "Mira Holm, co-leader of the Liberals" may not cite "Greens co-leader Mira Holm said".

A claim's claimant names a person and often the party they speak for. In a briefing of many parties the person's
words stand in the passage whichever party the claimant gives them: the claim card then shows a Greens leader as a
Liberal. A passage names a person's party where a party of the briefing stands in the four words before the person's
name ("Greens co-leader Mira Holm", "The Social Democratic leader, Anna Varga"). A claimant naming a party is refused
where the passages it cites name the person so with other parties only (a party is read by its capitalised words).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited
from .party_figures import party_of
from .sentences import folded_word
from .speakers import TITLE_WORDS

_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_BEFORE = 4  # "The Social Democratic leader, Anna Varga": the party's words this close before the person's name


def claimant_of_another_party(claimant: str, passages: list[Cited],
                              parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[str, str]:
    """Return (the party the claimant names, the party the passages name the claimant's person with) where the
    passages name the person with other parties only; or ("", "")."""
    words = _WORD.findall(claimant)
    named = {party: _name_around(words, at) for at, word in enumerate(words) if word[0].isupper()
             for party in party_of(word, parties)}
    person = {word for word in words if word[0].isupper() and len(word) >= 3 and not party_of(word, parties)
              and folded_word(word) not in TITLE_WORDS and word not in ("The", "A", "An")}
    if not named or not person:
        return "", ""
    theirs: dict[str, str] = {}
    for passage in passages:
        tokens = _WORD.findall(passage.text)
        for index, token in enumerate(tokens):
            if token in person:
                for at in range(max(0, index - _BEFORE), index):
                    if tokens[at][0].isupper() and tokens[at] not in person:
                        theirs.update({party: _name_around(tokens, at) for party in party_of(tokens[at], parties)})
    if not theirs or set(theirs) & set(named):
        return "", ""
    return next(iter(named.values())), next(iter(theirs.values()))


_ARTICLES = ("The", "A", "An")


def unlisted_own_party(claimant: str, listed: tuple[str, ...],
                       parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return the party a claimant speaks for where the claim's `parties` list others only ("Norlandia", or "Tomas
    Reyne, the Isles' fisheries secretary", under the other side's column); or "".

    A claimant speaks for the party its first capitalised word names ("Norlandia's fisheries minister", "The Eastern
    Isles", "A Pakistani military spokesman"), or one an appositive after a comma opens with as an owner ("..., the
    Isles' fisheries secretary"). A party named otherwise ("Critics of Norlandia") may be whom it speaks against.
    """
    if not listed or not set(listed) <= {party for party, _ in parties}:
        return ""  # a party the briefing lacks is an error of its own
    parts = claimant.split(",")
    own: dict[str, str] = {}
    for index, part in enumerate(parts):
        words = [word for word in _WORD.findall(part) if word.casefold() != "the" or index == 0]
        if words and words[0] in _ARTICLES:
            words = words[1:]
        named, noun = _noun_name(part, index, parties)
        if named:
            own.update({party: noun for party in named})
            continue
        if not words or not words[0][0].isupper():
            continue
        if index and not re.search(rf"{re.escape(words[0])}['’]", part):
            continue  # an appositive speaks for a party it opens with as an owner only
        own.update({party: words[0] for party in party_of(re.sub(r"['’]s?$", "", words[0]), parties)})
    if not own or set(own) & set(listed):
        return ""
    return next(iter(own.values()))


def _noun_name(part: str, index: int, parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[frozenset[str], str]:
    """Return the parties a claimant's part names by the noun their editor declares ("the club", an alias), and those
    words, where the part opens with it: "The club" or "The club's chief executive" first, "the council's leader" as
    an appositive's owner; else (frozenset(), "").

    "The club" under the council's column was read as no one's: its "club" is no capitalised name."""
    written = " ".join(part.split())
    for party, words in parties:
        for phrase in words:
            if " " not in phrase or not folded_word(written[:len(phrase)]) == phrase:
                continue
            rest = written[len(phrase):]
            if (rest[:1] in ("'", "’") and index) or (not index and (not rest or rest[0] in " '’")):
                return frozenset(party for party, named in parties if phrase in named), written[:len(phrase)]
    return frozenset(), ""


def _name_around(tokens: list[str], at: int) -> str:
    """Return the capitalised words around tokens[at], as written: "Social Democratic" of "The Social Democratic
    leader"."""
    start, end = at, at + 1
    while start > 0 and tokens[start - 1][0].isupper() and tokens[start - 1] not in ("The", "A", "An"):
        start -= 1
    while end < len(tokens) and tokens[end][0].isupper() and end - at < 3:
        end += 1
    return " ".join(tokens[start:end])
