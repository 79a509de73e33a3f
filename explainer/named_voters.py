"""A member named among a vote's side kept on it: "Haddad voted for the new terms" may not cite "Three members of the
cabinet voted against the new terms. One of them, Councillor Amir Haddad, said ...".

A passage gives a side of a vote ("voted against the new terms", "voted for", "voted in favour of", "backed",
"supported", "opposed") to a group, then names one of its members in the same or the next sentence ("One of them,
Councillor Amir Haddad, said", "among them Amir Haddad", "including Amir Haddad"): that member voted that side, though
no sentence says so of the name. A sentence giving that member (a word of three letters or more of the name, its
title aside) the other side of a vote on what the passage's vote is on (a word of four letters or more shared, or none
named) is refused where no cited passage gives the name that side itself. English text is read; words in quotation
marks are not.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import content_words
from .sentences import markers_blanked
from .wordset import may_hold

_FOR, _AGAINST = "for", "against"
_SIDE = (r"(?:(?P<for>voted\s+(?:for|in\s+favou?r\s+of|to\s+(?:approve|back|pass|adopt|support))|backed|supported)"
         r"|(?P<against>voted\s+(?:against|no\s+on|to\s+(?:reject|block|oppose))|opposed))")
_GROUP_SIDE = patterns.compile(rf"(?<![\w-]){_SIDE}\s+(?P<act>[^.;:!?]{{0,80}})", re.IGNORECASE)
# one of the group named: "One of them, Councillor Amir Haddad,", "among them Amir Haddad", "including Amir Haddad"
_MEMBER = patterns.compile(r"(?<![\w-])(?i:one\s+of\s+(?:them|those|whom)|among\s+them|including)(?i:,|\s+was|\s+were)?"
                           r"\s+(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+"
                           r"(?:(?:,\s+|,?\s+and\s+)(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+){0,4})")
_TITLES = frozenset({"councillor", "cllr", "senator", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "judge",
                     "minister", "mayor", "professor", "deputy", "member", "the"})
_WORDS = frozenset({"voted", "backed", "supported", "opposed"})
_NOT_CONTENT = frozenset({"that", "this", "with", "from", "them", "they", "their", "members", "member", "voted"})
_STOP = patterns.compile(r"[.!?](?=\s|$)")
_NEXT_SENTENCE = 240  # how far after the group's side its member may be named


class _Member(NamedTuple):
    """A member a passage names among a vote's side: their name's words, the side, and what the vote is on."""

    names: frozenset[str]
    side: str
    act: frozenset[str]
    shown: str


def member_on_other_side(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a member a side of a vote that its passages give the group they are one of
    the other side of."""
    if not in_english(language) or not may_hold(text, _WORDS):
        return []  # most sentences tell no vote
    members = [member for passage in passages for member in _members(passage.text)]
    if not members:
        return []
    spoken = unquoted(markers_blanked(text))
    for told in _GROUP_SIDE.finditer(spoken):
        side = _FOR if told["for"] else _AGAINST
        before = _name_words(spoken[max(0, told.start() - 40):told.start()])
        act = content_words(told["act"], _NOT_CONTENT)
        for member in members:
            if (member.side != side and before & member.names and (not act or act & member.act)
                    and not any(_gives_side(passage.text, before & member.names, side) for passage in passages)):
                near = spoken[max(0, told.start() - 40):told.start()]
                named = " ".join(word for word in re.findall(r"[\w'’-]+", near) if word.casefold() in member.names)
                return [Finding(offset + told.start(), f"this sentence gives {named}"
                                                       f" as voting {side} where its cited passages name them among "
                                                       f"those who voted {member.side} ('{member.shown}'): "
                                                       f"{clipped(text)}",
                                "give the member the side the source gives them")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _members(text: str) -> tuple[_Member, ...]:
    """Return each member a passage names among a group that voted one side."""
    if not may_hold(text, _WORDS):
        return ()
    found = []
    for side in _GROUP_SIDE.finditer(text):
        member = _MEMBER.search(text, side.start(), min(len(text), side.end() + _NEXT_SENTENCE))
        names = _name_words(member["name"]) if member else frozenset()
        if names:
            # what the member's own sentence says tells the vote too: "voted against the new terms. One of them,
            # Councillor Amir Haddad, said the rent increase was 'too much'" is a vote on the rent increase
            said = text[member.end():_sentence_end(text, member.end())]
            act = content_words(side["act"], _NOT_CONTENT) | content_words(said, _NOT_CONTENT)
            found.append(_Member(names, _FOR if side["for"] else _AGAINST, act,
                                 " ".join(text[side.start():member.end()].split())))
    return tuple(found)


def _sentence_end(text: str, start: int) -> int:
    """Return where the sentence going on at `start` ends (its stop, or at most _NEXT_SENTENCE further)."""
    stop = _STOP.search(text, start, min(len(text), start + _NEXT_SENTENCE))
    return stop.start() if stop else min(len(text), start + _NEXT_SENTENCE)


def _name_words(text: str) -> frozenset[str]:
    """Return the capitalised words of three letters or more of text, titles aside, folded."""
    return frozenset(word.casefold() for word in re.findall(r"(?<![\w'’])[A-Z][\w-]{2,}", text)
                     if word.casefold() not in _TITLES)


def _gives_side(text: str, names: frozenset[str], side: str) -> bool:
    """Say whether a passage gives one of the names that side itself, in the words just before it."""
    return any((_FOR if told["for"] else _AGAINST) == side
               and names & _name_words(text[max(0, told.start() - 40):told.start()])
               for told in _GROUP_SIDE.finditer(unquoted(text)))
