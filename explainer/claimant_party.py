"""Whose side a claimant is on: "Mira Holm, co-leader of the Liberals" may not cite "Greens co-leader Mira Holm said".

A claim's claimant names a person and often the party they speak for. In a briefing of many parties the person's
words stand in the passage whichever party the claimant gives them: the claim card then shows a Greens leader as a
Liberal. A passage names a person's party where a party of the briefing stands in the four words before the person's
name ("Greens co-leader Mira Holm", "The Social Democratic leader, Anna Varga"). A claimant naming a party is refused
where the passages it cites name the person so with other parties only (a party is read by its capitalised words, or
an acronym: "the IMF's chair"). A possessive pronoun opening the role ("Its chair, Daniel Okafor, said") names the
party the sentence before gives as its subject ("The bondholder committee, which says ..., has offered ..."), or its
own sentence's where one stands before it: "Daniel Okafor, the IMF's chair" of it built (factcheck_128).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited
from .party_figures import party_of
from .sentences import folded_word, split_sentences
from .speakers import TITLE_WORDS

_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_BEFORE = 4  # "The Social Democratic leader, Anna Varga": the party's words this close before the person's name
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_ACRONYM = patterns.compile(r"[A-Z]{2,4}")  # "IMF", "EU": shorter than party_of reads, a party's name all the same
_QUOTE_MARK = patterns.compile(r'["“”«»„]')  # a quotation closed before the name: its words are no title of theirs
_SUBJECT_REACH = 3  # "The bondholder committee, which ...": a subject's name among a sentence's first words


def claimant_of_another_party(claimant: str, passages: list[Cited],
                              parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[str, str]:
    """Return (the party the claimant names, the party the passages name the claimant's person with) where the
    passages name the person with other parties only; or ("", "")."""
    words = _WORD.findall(claimant)
    # each of the claimant's parts named apart: "Daniel Okafor, Marvela's chair" names "Marvela"
    named = {party: re.sub(r"['’]s?$", "", _name_around(part, at)) for part in map(_WORD.findall, claimant.split(","))
             for at, word in enumerate(part) if word[0].isupper() for party in _parties_of(word, parties)}
    for index, part in enumerate(claimant.split(",")[1:], 1):  # "..., the government's chair": the editor's noun
        nouns, noun = _noun_name(part.strip(), index, parties)
        named.update({party: noun for party in nouns})
    person = {word for word in words if word[0].isupper() and len(word) >= 3 and not _parties_of(word, parties)
              and folded_word(word) not in TITLE_WORDS and word not in ("The", "A", "An")}
    if not named or not person:
        return "", ""
    theirs: dict[str, str] = {}
    for passage in passages:
        found = list(_WORD.finditer(passage.text))
        tokens = [match.group() for match in found]
        for index, token in enumerate(tokens):
            if token in person:
                for at in range(max(0, index - _BEFORE), index):
                    if _QUOTE_MARK.search(passage.text, found[at].end(), found[index].start()):
                        continue  # '"... that Brightwell infringed," said Margaret Lindqvist': the quote's words
                    if tokens[at].casefold() in _POSSESSIVES:
                        theirs.update(_owner_of_pronoun(passage, found[at].start(), parties))
                    elif tokens[at][0].isupper() and tokens[at] not in person:
                        # an acronym as the claimant's is read: "CDU-Spitzenkandidatin Katrin Albers" names the CDU
                        # (unread, only the Greens her quote named were, and the claim was refused: newuser_104)
                        theirs.update({party: _name_around(tokens, at) for party in _parties_of(tokens[at], parties)})
    if not theirs or set(theirs) & set(named):
        return "", ""
    return next(iter(named.values())), next(iter(theirs.values()))


def _parties_of(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a capitalised word names, an acronym of two to four capitals among them ("IMF's")."""
    bare = re.sub(r"['’]s?$", "", word)
    if _ACRONYM.fullmatch(bare):
        return frozenset(party for party, words in parties if bare in words or bare.casefold() in words)
    return party_of(word, parties)


def _owner_of_pronoun(passage: Cited, at: int, parties: tuple[tuple[str, frozenset[str]], ...]) -> dict[str, str]:
    """Return {party: its words} for the party a possessive pronoun at passage.text[at] stands for ("Its chair"):
    the subject of its own sentence, where one is named before it, else of the sentence before (in the source's
    paragraph); or {}."""
    own = split_sentences(passage.text[:at])
    if own and own[-1].text.strip():
        return subject_of(own[-1].text, parties)
    paragraph = passage.paragraph
    where = paragraph.find(passage.text[at:at + 60]) if paragraph else -1
    earlier = split_sentences(paragraph[:where]) if where > 0 else ()
    return subject_of(earlier[-1].text, parties) if earlier else {}


def subject_of(sentence: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> dict[str, str]:
    """Return {party: its words} for the one party a sentence opens with as its subject ("The bondholder committee,
    which ...", "Marvela stopped ..."), among its first words; or {}."""
    words = [word for word in _WORD.findall(sentence)[:_SUBJECT_REACH + 1] if word not in _ARTICLES]
    for at, word in enumerate(words[:_SUBJECT_REACH]):
        named = _parties_of(word, parties) if word[0].isupper() else party_of(word, parties)
        if len(named) == 1:
            return {next(iter(named)): " ".join(re.split(r"[,;:(]", sentence, maxsplit=1)[0].split()[:5])}
        if named:
            return {}
    return {}


_ARTICLES = ("The", "A", "An")


def _by_acronym(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties an acronym of two to four capitals names ("IMF" of the party whose short name is "the
    IMF"): party_of reads no word under four letters, and "Daniel Okafor, the IMF's chair" under the committee's
    column built (tests/test_newuser_93.py)."""
    if not 2 <= len(word) <= 4 or not word.isupper() or not word.isalpha():
        return frozenset()
    return frozenset(party for party, words in parties if word.casefold() in words)


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
        bare = re.sub(r"['’]s?$", "", words[0])  # "IMF's" is read whole: its owner is "IMF"
        if index and not re.search(rf"{re.escape(bare)}['’]", part):
            continue  # an appositive speaks for a party it opens with as an owner only
        own.update({party: bare for party in party_of(bare, parties) or _by_acronym(bare, parties)})
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
