"""A figure two parties hold together not given to one: "Acme owns 60% of the market" may not cite "Acme and Bolt
together own 60% of the market".

A passage gives a figure jointly where its sentence names two or more parties of the briefing before the figure and
says they hold it together ("together", "combined", "between them", "jointly", "collectively"), the word nearer that
figure than any other: "Acme and Bolt have 12,000 employees between them" (in "Castellane holds 27% ... and Norwave
14%, ..., giving the combined company 41%", only 41% is held together: tests/test_factcheck_107.py). A sentence is
refused where it gives that figure in a sentence naming one of those parties and no other of them, and says no such
word itself; a passage giving the figure to that party alone backs it.
(A sum awarded or paid is total_shares.py's.) English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .owners import is_named
from .sentences import folded_word, inside, markers_blanked, split_sentences
from .wordset import has_digit

_JOINT = patterns.compile(r"(?<![\w-])(?:together|combined|between\s+them|jointly|collectively)(?![\w-])",
                          re.IGNORECASE)
_JOINT_HOLDS = ("together", "combined", "between them", "jointly", "collectively")  # looked for before the pattern
_FIGURE = patterns.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s?%)?|(?<![\w.,])\d+(?:\.\d+)?(?:\s?%)?")
_NAME = patterns.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")


class Joint(NamedTuple):
    """A figure a passage gives to parties together: the figure as written (spaces dropped), their ids, and the
    sentence it stands in."""

    figure: str
    parties: frozenset[str]
    shown: str


def joint_figure_as_one(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                        parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where text gives one party a figure that every cited passage giving it gives to that party and
    another together."""
    if len(parties) < 2 or not in_english(language) or not has_digit(text):
        return []
    joints = [joint for passage in passages if in_english(passage.language or language)
              for joint in _joints(passage.text, parties)]
    if not joints:
        return []  # most passages give no figure to parties together: found without reading the sentence
    spoken = markers_blanked(text)
    if _JOINT.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    named = _named(spoken, parties)
    for match in _FIGURE.finditer(spoken):
        figure = _key(match.group())
        held = [joint for joint in joints if joint.figure == figure]
        if not held or inside(quoted, match.start()) or len(named) != 1:
            continue
        if not all(named < joint.parties for joint in held):
            continue  # one passage gives the figure to this party and no other of its own
        if any(_given_to_one(passage.text, figure, named, parties) for passage in passages):
            continue
        return [Finding(offset + match.start(), f"this sentence gives {match.group()} to {_shown(spoken, named, parties)} "
                                                f"alone where its cited passages give it to several together "
                                                f"('{held[0].shown}'): {clipped(text)}",
                        "name every party the source gives the figure to, and say they hold it together")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _joints(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[Joint, ...]:
    """Return the figures text gives to two or more parties together."""
    lowered = text.casefold()
    if not any(word in lowered for word in _JOINT_HOLDS):
        return ()
    found = []
    for sentence in split_sentences(text, "en"):
        figures = list(_FIGURE.finditer(sentence.text))
        for match in _held_together(figures, [joint.span() for joint in _JOINT.finditer(sentence.text)]):
            before = _named(sentence.text[:match.start()], parties)
            if len(before) >= 2:
                found.append(Joint(_key(match.group()), before, clipped(sentence.text.strip(), 100).strip('"')))
    return tuple(found)


def _held_together(figures: list[re.Match], joints: list[tuple[int, int]]) -> list[re.Match]:
    """Return the figures a word of holding together belongs to, each word to its nearest figure: in "Castellane
    holds 27% and Norwave 14%, giving the combined company 41%", "combined" is 41%'s, not the others'."""
    starts = [figure.start() for figure in figures]
    held = {}
    for begin, end in joints:
        at = bisect.bisect_left(starts, begin)  # the figures either side of the word are the nearest
        near = [figures[index] for index in (at - 1, at) if 0 <= index < len(figures)]
        if near:
            nearest = min(near, key=lambda figure: _distance(figure, begin, end))
            held[nearest.start()] = nearest
    return [held[start] for start in sorted(held)]


def _given_to_one(text: str, figure: str, named: frozenset[str], parties: tuple[tuple[str, frozenset[str]], ...]
                  ) -> bool:
    """Say whether a passage gives the figure in a sentence naming this party and no other, with no word of holding it
    together: the source gives it to the one too."""
    return any(_named(sentence.text, parties) == named and not _JOINT.search(sentence.text)
               and any(_key(match.group()) == figure for match in _FIGURE.finditer(sentence.text))
               for sentence in split_sentences(text, "en"))


def _distance(figure: re.Match, begin: int, end: int) -> int:
    """Return how many characters stand between a figure and a word spanning begin to end."""
    return figure.start() - end if figure.start() >= end else begin - figure.end()


def _named(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the ids of the parties text names by a capitalised word of theirs."""
    words = {folded_word(re.sub(r"['’]s?$", "", match.group())) for match in _NAME.finditer(text)}
    return frozenset(party for party, own in parties if any(is_named(word, own) for word in words))


def _shown(text: str, named: frozenset[str], parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return the word text names the one party by, as written ("Acme" of "Acme's")."""
    own = dict(parties)[next(iter(named))]
    return next((re.sub(r"['’]s?$", "", match.group()) for match in _NAME.finditer(text)
                 if is_named(folded_word(re.sub(r"['’]s?$", "", match.group())), own)), "one party")


def _key(figure: str) -> str:
    return figure.replace(" ", "")
