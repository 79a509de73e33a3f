"""A deed two parties did together not given to one: "Qatar brokered the ceasefire" may not cite "Qatar and Turkey
brokered the ceasefire".

joint_figures.py keeps a figure two parties hold together; this keeps a thing they made together. A passage gives a
deed jointly where two or more parties of the briefing, joined by "and", "&" or commas, are the subject of a verb of
making one thing together (brokered, mediated, negotiated, founded, created, built, developed, designed, drafted,
wrote, invented, discovered, organised, co-founded, ...): "Qatar and Turkey brokered the ceasefire". A sentence is
refused where one of those parties alone is that verb's subject, with a word of four letters or more after it that
the passage's clause has too ("the ceasefire"), and it names no other of them; a passage giving the deed to that
party alone backs it. "Qatar helped broker the ceasefire", "Qatar, with Turkey, brokered" and "Qatar and Turkey
brokered" build. English text is read; words in quotation marks are not.

Doers who are no party of the briefing are read by their names: "Qatar brokered the ceasefire" citing "Qatar and
Turkey brokered the ceasefire" in a briefing on Northland and Southland, each capitalised word no party's standing
for a doer of its own (tests/test_factcheck_75.py). The sentence is then refused where it names none of the others
the passage joins to the one.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .owners import is_named
from .sentences import folded_word, markers_blanked, split_sentences
from .wordset import may_hold

_MADE = ("brokered", "mediated", "negotiated", "founded", "co-founded", "cofounded", "created", "built", "developed",
         "designed", "drafted", "wrote", "authored", "invented", "discovered", "organised", "organized",
         "orchestrated", "engineered", "devised", "launched")
_MADE_WORDS = frozenset(word for made in _MADE for word in made.split("-"))
_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
# parties joined as one subject right before the verb: "Qatar and Turkey", "Egypt, Qatar and the United States"
_JOINED = patterns.compile(rf"(?P<subject>{_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME})\s+"
                           rf"(?:(?:have|has|had|jointly|together|also)\s+)?(?P<made>{'|'.join(_MADE)})(?!\w)")
# one party as the verb's subject: "Qatar brokered", "Qatar has brokered"
_ALONE = patterns.compile(rf"(?<![\w'’-])(?P<subject>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})\s+"
                          rf"(?:(?:have|has|had|also)\s+)?(?P<made>{'|'.join(_MADE)})(?!\w)")
# the sentence says it was one of several: "together", "jointly", "helped broker", "co-sponsored", "one of"
_TOGETHER = patterns.compile(r"(?<![\w-])(?:together|jointly|helped|help|helps|co-\w+|one\s+of|among)(?![\w-])",
                             re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{4,}")
_NOT_NAMES = frozenset({"the", "and"})
# capitalised words that begin a sentence or a clause and name no doer (a doer who is no party is read by its name)
_NOT_DOERS = _NOT_NAMES | frozenset({"a", "an", "in", "on", "at", "by", "for", "with", "after", "before", "when",
                                     "while", "as", "it", "its", "they", "their", "this", "that", "these", "those",
                                     "but", "yet", "so", "then", "also", "both", "last", "since", "from", "under",
                                     "officials", "mediators", "negotiators", "talks", "he", "she", "we", "our"})


class Joint(NamedTuple):
    """A deed a passage gives parties together: its verb, their ids, the words after it, as written."""

    made: str
    parties: frozenset[str]
    after: frozenset[str]
    shown: str


def joint_act_as_one(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                     parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where text gives one party a deed every cited passage giving it gives to that party and
    another together."""
    if not in_english(language) or not may_hold(text, _MADE_WORDS):
        return []  # most sentences tell no such deed: found by a set lookup
    spoken = unquoted(markers_blanked(text))
    for own in _ALONE.finditer(spoken):
        named = _named(own["subject"], parties)
        if len(named) != 1 or _TOGETHER.search(spoken):
            continue
        after, in_sentence = _after(spoken, own.end()), _named(spoken, parties)
        joints = [joint for passage in passages if in_english(passage.language or language)
                  for joint in _joints(passage.text, parties)
                  if joint.made == own["made"] and named < joint.parties and after & joint.after
                  and not in_sentence & (joint.parties - named)]
        if not joints or any(_given_to_one(passage.text, own["made"], named, joints[0].parties - named, parties)
                             for passage in passages):
            continue
        return [Finding(offset + own.start(), f"this sentence gives '{own['made']}' to {own['subject']} alone where "
                                              f"its cited passages give it to several together ('{joints[0].shown}'): "
                                              f"{clipped(text)}",
                        "name every party the source gives the deed to (or say 'with' the others), or cite a "
                        "passage that gives it to this one alone")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _joints(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[Joint, ...]:
    """Return the deeds text gives to two or more parties joined as their subject."""
    if not may_hold(text, _MADE_WORDS):
        return ()
    said = unquoted(text)
    return tuple(Joint(found["made"], named, _after(said, found.end()), " ".join(found.group().split()))
                 for found in _JOINED.finditer(said)
                 if len(named := _named(found["subject"], parties)) >= 2)


def _given_to_one(text: str, made: str, named: frozenset[str], others: frozenset[str],
                  parties: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Say whether a passage's sentence gives the deed to this party alone: the source gives it to the one too."""
    return any(found["made"] == made and _named(found["subject"], parties) == named
               and not _named(sentence.text, parties) & others
               for sentence in split_sentences(text, "en") for found in _ALONE.finditer(sentence.text))


def _after(text: str, at: int) -> frozenset[str]:
    """Return the words of four letters or more after a deed's verb, to its clause's end."""
    end = re.search(r"[.;:!?,]", text[at:])
    return frozenset(word.casefold() for word in _WORD.findall(text, at, at + end.start() if end else len(text)))


def _named(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the ids of the parties text names by a capitalised word of theirs, and each other capitalised word
    ("name:qatar"): a doer who is no party."""
    words = {folded_word(re.sub(r"['’]s?$", "", word)) for word in re.findall(r"(?<![\w'’-])[A-Z][\w'’-]*", text)}
    ids = {party for party, own in parties if any(is_named(word, own) for word in words if word not in _NOT_NAMES)}
    return frozenset(ids | {f"name:{word}" for word in words if word not in _NOT_DOERS
                            and not any(is_named(word, own) for _, own in parties)})
