"""An election's win given by its shares: "Garrido won the election" and "Ibarra won a landslide" may not cite "Ibarra
won 48% of the vote, ahead of Garrido with 41%".

A passage's shares are names each with a percentage of the vote right after ("Ibarra won 48%", "ahead of Garrido with
41%", "Soto on 9%", "Garrido (41%)"); the name with the largest share leads them. A sentence telling a win ("won",
"wins", "beat", "defeated", "was elected", "came first", "topped the poll"; not before a figure, "won 41%", nor
negated) is refused where its winner is a name a passage gives a smaller share than another's, and no passage tells
that name's win itself ("Garrido won the run-off"). A landslide ("landslide", "overwhelming", "resounding",
"crushing", "sweeping", "commanding", "runaway") is refused where every passage's leader has no more than half the vote
or leads by under ten points. leads.py reads a lead told as a win; vote_margins.py a tally's margin. English text is
read (tests/test_factcheck_100.py).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked
from .wordset import may_hold

_SHARE = patterns.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+)(?:\s+(?:won|wins|took|takes|got|gets|received|secured"
                          r"|polled|had|has|with|on|at)\s+(?:(?:about|nearly|almost|some|around|just|over|under|roughly"
                          r")\s+)?|\s*\(\s*)(?P<share>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)")
_WIN_WORDS = frozenset({"won", "wins", "beat", "beats", "defeated", "defeats", "elected", "came", "comes", "topped",
                        "tops", "finished"})
_FIGURE = r"(?!\s+(?:(?:the|about|nearly|almost|over|some|around|just|more\s+than|less\s+than)\s+)*[\d$€£])"
_WON = patterns.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+)\s+(?:(?:has|had|easily|narrowly|comfortably|clearly)\s+)?"
                        rf"(?:won|wins|beat|beats|defeated|defeats|(?:was|is|has\s+been)\s+(?:re-?)?elected"
                        rf"|came\s+first|comes\s+first|finished\s+first|topped\s+the\s+poll|tops\s+the\s+poll)(?!\w)"
                        rf"{_FIGURE}")
_LANDSLIDE_WORDS = frozenset({"landslide", "overwhelming", "overwhelmingly", "resounding", "crushing", "sweeping",
                              "commanding", "runaway"})
_LANDSLIDE = patterns.compile(r"(?<![\w-])(?:landslide|overwhelming(?:ly)?|resounding|crushing|sweeping|commanding"
                              r"|runaway)(?![\w-])", re.IGNORECASE)
_VICTORY = patterns.compile(r"(?<![\w-])(?:won|wins|win|victory|elected|beat|defeated)(?![\w-])", re.IGNORECASE)
_HALF, _CLEAR_LEAD = Decimal(50), Decimal(10)
_NOT_NAMES = frozenset({"the", "a", "an", "it", "he", "she", "they", "turnout", "inflation", "prices", "growth"})


class _Shares(NamedTuple):
    """A passage's shares of the vote: each name's largest, and the names it tells won outright."""

    of: dict[str, Decimal]
    won: frozenset[str]
    shown: dict[str, str]


def misread_shares(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text gives the win to a name its passages give a smaller share of the vote, or
    calls a win with no more than half the vote, or a lead of under ten points, a landslide."""
    if not in_english(language) or not may_hold(text, _WIN_WORDS | _LANDSLIDE_WORDS):
        return []  # most sentences tell no win: found by their words
    read = [_shares(passage.text) for passage in passages if in_english(passage.language or language)]
    read = [shares for shares in read if len(shares.of) >= 2]
    if not read:
        return []
    spoken = unquoted(markers_blanked(text))
    for won in _WON.finditer(spoken):
        name = won["name"].casefold()
        if name in _NOT_NAMES or any(name in shares.won for shares in read):
            continue
        leader = next((shares for shares in read if name in shares.of and _leader(shares) != name), None)
        if leader is not None:
            first = _leader(leader)
            return [Finding(offset, f"this sentence gives the win to {won['name']} ('{' '.join(won.group().split())}') "
                                    f"where its cited passages give {leader.shown[first]} the larger share "
                                    f"({leader.of[first]}% to {leader.of[name]}%): {clipped(text)}",
                            "give the win to whom the source gives it, or cite the passage that gives this one")]
    landslide = _LANDSLIDE.search(spoken)
    if landslide and _VICTORY.search(spoken) and all(_narrow(shares) for shares in read):
        shares = read[0]
        first, second = sorted(shares.of, key=shares.of.__getitem__, reverse=True)[:2]
        return [Finding(offset, f"this sentence calls the win a landslide ('{landslide.group()}') where its cited "
                                f"passages give {shares.of[first]}% of the vote to {shares.of[second]}%: "
                                f"{clipped(text)}",
                        "give the shares the source gives, or cite a passage that calls the win a landslide")]
    return []


def _leader(shares: _Shares) -> str:
    """Return the name with the largest share, or "" where two share it."""
    ranked = sorted(shares.of.values(), reverse=True)
    if ranked[0] == ranked[1]:
        return ""
    return next(name for name, share in shares.of.items() if share == ranked[0])


def _narrow(shares: _Shares) -> bool:
    """Say whether the leader has no more than half the vote, or leads the next by under ten points."""
    first, second = sorted(shares.of.values(), reverse=True)[:2]
    return first <= _HALF or first - second < _CLEAR_LEAD


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _shares(text: str) -> _Shares:
    """Return the shares of the vote a passage gives names, and the names it tells won."""
    of: dict[str, Decimal] = {}
    shown: dict[str, str] = {}
    if "%" in text or "per" in text:
        for match in _SHARE.finditer(text):
            name = match["name"].casefold()
            if name not in _NOT_NAMES:
                of[name] = max(of.get(name, Decimal(0)), Decimal(match["share"]))
                shown.setdefault(name, match["name"])
    won = frozenset(match["name"].casefold() for match in _WON.finditer(unquoted(text))) if of else frozenset()
    return _Shares(of, won, shown)
