"""Votes kept apart from voters: a share of the votes cast may not be told as a share of the voters, nor the other way.

"Marsh won the backing of 44.2 per cent of the city's registered voters" citing "Marsh won 44.2 per cent of the valid
votes cast" makes a share of the 63 per cent who voted a share of the whole electorate, and every figure still stands
(tests/test_newuser_40.py). A per cent's base is read in the words after "of" right after it, up to four words and
the noun: votes ("votes", "the vote", "ballots") or voters ("voters", "electors", "the electorate"). A sentence is
refused where it gives a per cent one base and every cited passage giving that per cent gives it the other; a
passage giving it with no base lets either pass, but for a results table's: a per cent under a header holding the
cells "Votes" and "Share" (set apart by two spaces or more) is a share of the votes. English text is read; words in
quotation marks are not.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_SHARE = patterns.compile(
    r"(?<![\w.,])(?P<figure>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)(?!\w)"
    r"(?:\s+of\s+(?P<base>(?:[\w'’,-]+\s+){0,4}?(?P<noun>votes?|ballots|voters|electors|electorate))"
    r"(?:\s+cast)?(?!\w))?",
    re.IGNORECASE)
_VOTERS = frozenset({"voters", "electors", "electorate"})
# A results table's header: "Candidate      Party      Votes     Share", its rows to the next blank line
_RESULTS_HEADER = patterns.compile(r"^[^\n]*(?<!\S)votes[ \t]{2,}share(?!\S)[^\n]*$", re.IGNORECASE | re.MULTILINE)
_BLANK_LINE = patterns.compile(r"\n[ \t]*\n")


def _kind(noun: str | None) -> str:
    """Return what a share is of: "votes cast", "voters", or "" where no base is given."""
    if not noun:
        return ""
    return "voters" if noun.casefold() in _VOTERS else "votes cast"


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _shares(text: str) -> tuple[tuple[Decimal, str, str], ...]:
    """Return the per cents of text: each figure, what it is a share of ("" for none), and its words as written."""
    tables = [(header.end(), _table_end(text, header.end())) for header in _RESULTS_HEADER.finditer(text)]
    return tuple((Decimal(match["figure"]), _kind(match["noun"]) or _in_results(tables, match.start()),
                  " ".join(match.group().split()) + (" in the table's Share column" if not match["noun"] and
                                                     _in_results(tables, match.start()) else ""))
                 for match in _SHARE.finditer(text))


def _table_end(text: str, start: int) -> int:
    """Return where a table starting at `start` ends: at its first blank line, or the text's end."""
    blank = _BLANK_LINE.search(text, start)
    return blank.start() if blank else len(text)


def _in_results(tables: list[tuple[int, int]], at: int) -> str:
    """Return "votes cast" where `at` falls in a results table's rows, else ""."""
    return "votes cast" if any(start <= at < end for start, end in tables) else ""


def changed_vote_bases(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a per cent of voters that its passages give only of votes, or the other
    way round."""
    if not in_english(language) or "vot" not in text.casefold() and "elector" not in text.casefold():
        return []  # most sentences speak of no vote: found by one look
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    theirs = [share for passage in passages if in_english(passage.language or language)
              for share in _shares(passage.text)]
    for match in _SHARE.finditer(spoken):
        kind = _kind(match["noun"])
        if not kind or inside(quoted, match.start()):
            continue
        given = [share for share in theirs if share[0] == Decimal(match["figure"])]
        if given and all(other and other != kind for _, other, _ in given):
            mine = " ".join(match.group().split())
            return [Finding(offset + match.start(),
                            f"this sentence gives {mine} where its cited passages give the figure as a share of the "
                            f"{given[0][1]} ('{given[0][2]}'): {clipped(text)}",
                            f"a share of the {given[0][1]} is not a share of the {kind}: give the base the source "
                            "gives")]
    return []
