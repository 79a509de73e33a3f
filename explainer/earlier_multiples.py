"""A rise's multiple kept at its later end: "A year earlier there were four times as many cases" may not cite "1,240
cases in 2025, up from 310 a year earlier".

change_multiples.py lets "four times as many" stand for the ratio of a rise's two ends, which the level reached has;
said of the time of the start ("a year earlier", "in 2024", "the previous year"), the multiple is the wrong way round:
the earlier count was a quarter of the later. A passage dates a rise's start where its figure after "from" is followed
by a time ("up from 310 a year earlier", "from 310 in 2024 to 1,240"). A sentence saying a multiple ("four times as
many", "more than twice as much") that the rise's two ends make (within a tenth), and naming the start's time other
than as what it compares with (not after "as", "than", "from", "with", "since", "on": "as many as a year earlier",
"compared with 2024"), is refused. English text is read (tests/test_factcheck_105.py).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, in_english

_MULTIPLE = patterns.compile(r"(?<!\w)(?:(?P<twice>twice)|(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)"
                             r"\s+times)\s+(?:as\s+(?:many|much|high|large)|more|the\s+(?:number|level|total))(?!\w)",
                             re.IGNORECASE)
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_YEAR_BEFORE = (r"a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before"
                r"|last\s+year")
_TIME = rf"{_YEAR_BEFORE}|(?:in\s+)?(?:19|20)\d\d"
_ANY_YEAR_BEFORE = patterns.compile(rf"(?<!\w)(?:{_YEAR_BEFORE})(?!\w)", re.IGNORECASE)  # one time in other words
_FIGURE = r"(?P<{}>\d[\d,]*(?:\.\d+)?)(?:\s*(?:million|billion|thousand))?"
# "up from 310 a year earlier" after the level reached, or "from 310 in 2024 to 1,240 in 2025"
_STARTED = patterns.compile(rf"(?<!\w){_FIGURE.format('reached')}[^.;]{{0,60}}?(?:up|rising|rose|higher)\s+from\s+"
                            rf"{_FIGURE.format('start')}\s+(?P<time>{_TIME})(?!\w)"
                            rf"|(?<!\w)from\s+{_FIGURE.format('start2')}[^.;]{{0,20}}?\s+(?P<time2>{_TIME})"
                            rf"\s+to\s+{_FIGURE.format('reached2')}", re.IGNORECASE)
_COMPARED = patterns.compile(r"(?<!\w)(?:as|than|from|with|since|on|over|to|against)\s+(?:in\s+|that\s+of\s+)?$",
                             re.IGNORECASE)


def multiple_at_start(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text says a rise's multiple of the time its cited passages give the rise's start."""
    folded = text.casefold()
    if not in_english(language) or ("times" not in folded and "twice" not in folded):
        return []  # a str search: most sentences say no multiple
    said = [match for match in _MULTIPLE.finditer(text)]
    if not said:
        return []
    for passage in passages:
        for ratio, time in _rises(passage.text):
            for match in said:
                multiple = Decimal(2) if match["twice"] else Decimal(_WORDS.get(match["n"].casefold(), 0)
                                                                     or match["n"])
                if abs(ratio - multiple) > multiple / 10:
                    continue
                named = _named_time(text, time)
                if named:
                    return [Finding(offset + match.start(),
                                    f"this sentence gives the multiple ('{' '.join(match.group().split())}') to the "
                                    f"earlier count ('{named}'), where its cited passages tell a rise to the later "
                                    f"one: {clipped(text)}",
                                    "say the later count is that multiple of the earlier ('... as many as a year "
                                    "earlier'), or give the earlier count as a fraction")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _rises(text: str) -> tuple[tuple[Decimal, str], ...]:
    """Return each rise a passage dates the start of: the level reached over the start, and the start's time."""
    if "from" not in text.casefold():
        return ()
    found = []
    for match in _STARTED.finditer(text):
        start = Decimal((match["start"] or match["start2"]).replace(",", ""))
        reached = Decimal((match["reached"] or match["reached2"]).replace(",", ""))
        if 0 < start < reached:
            found.append((reached / start, " ".join((match["time"] or match["time2"]).casefold().split())))
    return tuple(found)


def _named_time(text: str, time: str) -> str:
    """Return the start's time as a sentence names it other than as what it compares with, or ""."""
    bare = re.sub(r"^in\s+", "", time)
    spaced = r"\s+".join(re.escape(word) for word in bare.split())
    said = (_ANY_YEAR_BEFORE.finditer(text) if _ANY_YEAR_BEFORE.fullmatch(bare)
            else re.finditer(rf"(?<!\w){spaced}(?!\w)", text, re.IGNORECASE))
    for match in said:
        if not _COMPARED.search(text, max(0, match.start() - 16), match.start()):
            return match.group()
    return ""
