"""A deadline's old date kept old: a sentence may not give as the deadline now, or as the date it was extended to,
the date its cited passages give as the deadline before it was extended.

"The Authority's deadline for its final report is 14 December 2026" and "The Authority has extended the deadline to
14 December 2026", citing "The statutory deadline for the Authority's final report was 14 December 2026. The Authority
has extended the deadline by eight weeks, to 8 February 2027", built: every word and date stands in the passage, and
the reader is given the date that no longer holds. A sentence is refused where a cited passage extends (postpones,
moves, pushes back) a deadline to one date and names another (the old one), and the sentence gives that old date, not
the new one, either as the date extended to ("extended ... to 14 December") or beside "deadline" with nothing saying
it is the old one ("was", "had been", "original", "initial", "earlier", "previous", "first", "from", "before",
"until it was"). English text is read (tests/test_newuser_115.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december")
_DATE = patterns.compile(rf"(?<!\w)(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTHS})|(?P<month2>{_MONTHS})\s+"
                         rf"(?P<day2>\d{{1,2}})(?!\d))(?:,?\s+\d{{4}})?(?!\w)", re.IGNORECASE)
_EXTENDED = patterns.compile(r"(?<!\w)(?:extend|postpon|mov|push|delay)(?:e|es|ed|ing|s)?(?:\s+back)?\s+(?:the\s+|its\s+"
                             r"|their\s+)?(?:statutory\s+|final\s+)?(?:deadline|date|timetable)(?P<between>[^.;]{0,60}?)"
                             r"\bto\s+(?P<date>[^.;]{0,30})", re.IGNORECASE)
_DEADLINE = patterns.compile(r"(?<!\w)deadlines?(?!\w)", re.IGNORECASE)
# words saying the date is the old one: "the original deadline was 14 December", "from 14 December"
_OLD = patterns.compile(r"(?<!\w)(?:was|were|had\s+been|original(?:ly)?|initial(?:ly)?|earlier|previous(?:ly)?|first"
                        r"|former|old|from|before|until\s+it\s+was|instead\s+of|rather\s+than|not|no\s+longer)(?!\w)", re.IGNORECASE)


def old_deadline_as_new(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a deadline's old date, which its cited passages say was extended to another,
    as the deadline now or as the date extended to."""
    if (language or "en").split("-")[0].lower() != "en" or "eadline" not in text:
        return []
    moves = [(new, old) for passage in passages if "eadline" in passage.text for new, old in _moves(passage.text)]
    if not moves:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    told = [(_key(match), match) for match in _DATE.finditer(spoken) if not inside(quoted, match.start())]
    keys = {key for key, _ in told}
    for new, old in moves:
        if new in keys or old not in keys:
            continue
        match = next(match for key, match in told if key == old)
        extended_to = any(_first_date(found["date"]) == old for found in _EXTENDED.finditer(spoken))
        if extended_to or not _OLD.search(spoken):
            return [Finding(offset, f"this sentence gives '{match.group()}' as the deadline, but its cited passages "
                                    f"give it as the deadline before it was extended (to {_shown(new)}): "
                                    f"{clipped(text)}",
                            f"give the date it was extended to ({_shown(new)}), or say '{match.group()}' was the "
                            "deadline before")]
    return []


def _moves(text: str) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Return each (new, old) pair of dates of a passage extending a deadline: the date it was extended to, and each
    other date the passage names."""
    found = []
    for extended in _EXTENDED.finditer(text):
        new = _first_date(extended["date"])
        if new is None:
            continue
        found += [(new, _key(other)) for other in _DATE.finditer(text) if _key(other) != new]
    return found


def _first_date(words: str) -> tuple[str, str] | None:
    match = _DATE.match(words.strip())
    return _key(match) if match else None


def _key(match: re.Match) -> tuple[str, str]:
    """Return a date's day and month, folded: ("14", "december")."""
    return (str(int(match["day"] or match["day2"])), (match["month"] or match["month2"]).casefold())


def _shown(key: tuple[str, str]) -> str:
    return f"{key[0]} {key[1].capitalize()}"
