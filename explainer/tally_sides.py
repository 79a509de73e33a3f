"""Which side a tally favours: "Most members voted against the merger" and "Two board members voted for the merger"
may not cite "The board approved the merger by seven votes to two".

A passage's tally is vote_margins.py's split ("by seven votes to two", "7-2", "by 51 votes to 49") with a measure's
fate before it in its sentence: "approved", "passed", "adopted", "carried", "endorsed", "ratified" give its larger
count as the votes for; "rejected", "defeated", "voted down", "threw out", "blocked", "vetoed" give them as the votes
against. A sentence telling a side ("voted for", "voted in favour of", "voted to approve", "backed", "supported";
"voted against", "voted to reject", "opposed", "dissented") of "most", "a majority" or a count ("two members", "only
seven") is refused where a passage's tally of what it restates (a word of its measure, or none named) gives the
majority, or that count, to the other side, and no count of the sentence's side. A sentence adding a negation is
polarity.py's, and not read here. English text is read (tests/test_factcheck_100.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import content_words
from .sentences import markers_blanked
from .vote_margins import _SPLIT
from .vote_splits import _COUNT, _count

_FOR, _AGAINST = "for", "against"
_FATE = patterns.compile(r"(?<![\w-])(?:(?P<for>approved|approves|passed|passes|adopted|adopts|carried|endorsed|ratified"
                         r"|backed|upheld)|(?P<against>rejected|rejects|defeated|voted\s+down|threw\s+out|thrown\s+out"
                         r"|blocked|vetoed|turned\s+down))(?![\w-])", re.IGNORECASE)
_WHO = rf"(?P<who>most|a\s+majority|the\s+majority|(?:only\s+|just\s+)?{_COUNT})"
_SIDE = patterns.compile(
    rf"(?<![\w.,-]){_WHO}\s+(?:(?:of\s+(?:the|its|them)|[\w'’-]+)\s+){{0,3}}?"
    r"(?:voted\s+(?:(?P<for>for|in\s+favou?r\s+of|to\s+(?:approve|back|pass|adopt|endorse|ratify|support))"
    r"|(?P<against>against|no|to\s+(?:reject|block|oppose|veto)))|(?P<backed>backed|supported|favou?red)"
    r"|(?P<opposed>opposed|dissented))(?P<what>(?:\s+[\w'’-]+){0,3})", re.IGNORECASE)
_GATE = ("vot", "backed", "supported", "favo", "opposed", "dissented")
_NOT_CONTENT = frozenset({"that", "this", "with", "from", "them", "they", "their", "votes", "vote", "members", "member",
                          "voted", "most", "majority", "only", "just"})


class _Tally(NamedTuple):
    """A passage's tally: its larger count's side, its counts, its words as written, and its sentence's words."""

    side: str
    larger: int
    smaller: int
    shown: str
    words: frozenset[str]


def votes_on_other_side(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text gives most members, or a count of them, a side of a vote that its passages'
    tally gives the other side."""
    lowered = text.lower()
    if not any(word in lowered for word in _GATE) or not in_english(language):
        return []  # most sentences tell no vote
    tallies = [tally for passage in passages if in_english(passage.language or language)
               for tally in _tallies(passage.text)]
    if not tallies:
        return []
    for said in _SIDE.finditer(unquoted(markers_blanked(text))):
        who, count, side, what = _read_side(said)
        of_it = [tally for tally in tallies if not what or what & tally.words]
        if any(_on_side(tally, count, side) for tally in of_it):
            continue
        other = next((tally for tally in of_it if _on_side(tally, count, _other(side))), None)
        if other is not None:
            return [Finding(offset, f"this sentence gives {who.casefold()} as voting {side} "
                                    f"where its cited passages give {other.larger} {other.side} and {other.smaller} "
                                    f"{_other(other.side)} ('{other.shown}'): {clipped(text)}",
                            "give each side of the vote as the source does")]
    return []


def backed_by_tally(text: str, passages: list[Cited], language: str = "") -> bool:
    """Say whether every side of a vote English text tells ("Two members voted against the merger") is one its
    passages' tally gives that count or majority ("approved the merger by seven votes to two"): no negation added."""
    lowered = text.lower()
    if not any(word in lowered for word in _GATE) or not in_english(language):
        return False
    tallies = [tally for passage in passages if in_english(passage.language or language)
               for tally in _tallies(passage.text)]
    said = [_read_side(match) for match in _SIDE.finditer(unquoted(markers_blanked(text)))] if tallies else []
    return bool(said) and all(any(_on_side(tally, count, side) for tally in tallies if not what or what & tally.words)
                              for _, count, side, what in said)


def _read_side(said: re.Match) -> tuple[str, int | None, str, frozenset[str]]:
    """Return who a sentence's side of a vote is as written, its count (None: the majority), its side and what it
    is on."""
    who = " ".join(said["who"].split())
    count = None if who.casefold() in ("most", "a majority", "the majority") else _count(who.split()[-1])
    return who, count, _FOR if said["for"] or said["backed"] else _AGAINST, content_words(said["what"], _NOT_CONTENT)


def _on_side(tally: _Tally, count: int | None, side: str) -> bool:
    """Say whether a tally gives `count` votes (None: the majority) to `side`."""
    if count is None:
        return tally.side == side
    return count == (tally.larger if tally.side == side else tally.smaller)


def _other(side: str) -> str:
    return _AGAINST if side == _FOR else _FOR


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _tallies(text: str) -> tuple[_Tally, ...]:
    """Return each tally of a passage whose larger side its sentence's fate gives: "approved ... by seven votes to
    two" gives seven for."""
    found = []
    for split in _SPLIT.finditer(text):
        start = max(text.rfind(".", 0, split.start()), text.rfind(";", 0, split.start())) + 1
        fate = None
        for fate in _FATE.finditer(text, start, split.start()):
            pass  # the last before the split
        one, two = _count(split["for"]), _count(split["against"])
        if fate is None or one == two:
            continue
        shown = " ".join(text[fate.start():split.end()].split())
        found.append(_Tally(_FOR if fate["for"] else _AGAINST, max(one, two), min(one, two), shown,
                            content_words(text[start:split.end()], _NOT_CONTENT)))
    return tuple(found)
