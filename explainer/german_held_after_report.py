"""A German meeting told as held on a day after every report it cites: "Das Sondierungsgespräch fand am Montag, 16.
März 2026, statt" citing a report of 12 March that the talk "auf Montag, 16. März 2026, verschoben" had, built
(tests/test_newuser_116.py), and so did "UNM und Grüne Liste haben sich am Dienstag, 17. März 2026, getroffen" of "Ein
Treffen ... ist für Dienstag, 17. März 2026, vorgesehen": a report can only announce what happens after its own date.

Read where a German sentence tells an event as held ("stattgefunden", "fand ... statt", "tagte", "abgehalten",
"sondierten", "haben sich ... getroffen", "trafen sich") on a day it names with its month ("am 16. März", "16. März
2026"; the year, where left out, its passages' publication year), and every passage it cites has a publication date
before that day. A sentence that keeps the plan ("soll", "geplant", "vorgesehen", "verschoben", "wird") or denies the
event ("hat nicht stattgefunden") is not read; a day named by its weekday alone is not read, nor a passage of unknown
date (scheduled.py reads English, French and Portuguese schedules, not German).
"""

from __future__ import annotations

import re
from datetime import date

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .sentences import markers_blanked

_MONTHS = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "dezember")
_DAY = patterns.compile(r"(?<!\d)(?P<day>[1-9]|[12]\d|3[01])\.\s*(?P<month>" + "|".join(_MONTHS)
                        + r")(?:\s+(?P<year>\d{4}))?(?!\w)", re.IGNORECASE)
# an event told as held: its verb, and for "getroffen"/"trafen" a meeting's "sich"
_HELD = patterns.compile(r"(?<!\w)(?:stattgefunden|fand|fanden|tagte|tagten|getagt|abgehalten|sondierten|sondiert)"
                         r"(?!\w)", re.IGNORECASE)
_MET = patterns.compile(r"(?<!\w)sich(?!\w).*(?<!\w)(?:getroffen|trafen|traf)(?!\w)"
                        r"|(?<!\w)(?:trafen|traf)\s+sich(?!\w)", re.IGNORECASE)
_STATT = patterns.compile(r"(?<!\w)statt[.,;!?]?\s*$|(?<!\w)statt(?!\w)(?!\s+(?:de[rmns]|ein\w*|\d))", re.IGNORECASE)
# the plan kept, or the event denied: nothing told as held
_KEPT = patterns.compile(r"(?<!\w)(?:soll|sollen|sollte|sollten|geplant\w*|vorgesehen\w*|verschoben\w*|angesetzt\w*"
                         r"|eingeladen|wird|werden|nicht|kein\w*|nie|noch)(?!\w)", re.IGNORECASE)


def held_after_report(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when German text tells as held, on a day it names, an event that every cited passage's report
    predates."""
    if language[:2].lower() != "de" or not passages or not _DAY.search(text):
        return []  # most sentences name no day: found without reading further
    spoken = unquoted(markers_blanked(text))
    if _KEPT.search(spoken) or not _told_as_held(spoken):
        return []
    dates = [passage.published for passage in passages]
    if not all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", published or "") for published in dates):
        return []  # a report of unknown date may tell anything as held
    latest = max(date.fromisoformat(published) for published in dates)
    for found in _DAY.finditer(spoken):
        day = _day(found, latest.year)
        if day is not None and day > latest:
            return [Finding(offset + found.start(),
                            f"this sentence tells as held on {' '.join(found.group().split())} what its cited "
                            f"passages, of a report of {latest.isoformat()}, could only announce: {clipped(text)}",
                            "say it is planned, as the source does, or cite a later report that tells it held")]
    return []


def _told_as_held(spoken: str) -> bool:
    """Say whether a German sentence tells an event as held: "stattgefunden", "fand ... statt", "sich ... getroffen"."""
    held = _HELD.search(spoken)
    if held and held.group().casefold() in ("fand", "fanden"):
        return bool(_STATT.search(spoken, held.end()))  # "fand ... statt", not "fand eine Lösung"
    return bool(held) or bool(_MET.search(spoken))


def _day(found: re.Match, year: int) -> date | None:
    """Return the day a match of _DAY names, in `year` where it names none."""
    try:
        return date(int(found["year"] or year), _MONTHS.index(found["month"].casefold()) + 1, int(found["day"]))
    except ValueError:
        return None  # "31. Februar": no day
