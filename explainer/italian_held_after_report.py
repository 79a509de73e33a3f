"""An Italian meeting or strike told as held on a day after every report it cites: "Il ministero ha incontrato le parti
a Roma giovedì 14 maggio" and "L'incontro al ministero si è svolto giovedì 14 maggio" citing a report of 10 March that
"il tavolo è stato convocato per giovedì 14 maggio" built, and so did "Fim, Fiom e Uilm hanno scioperato per 8 ore
lunedì 16 marzo" of "hanno proclamato uno sciopero di 8 ore per lunedì 16 marzo" (tests/test_newuser_129.py): a report
can only announce what happens after its own date.

Read where an Italian sentence tells an event as held ("si è svolto", "si sono tenuti", "ha avuto luogo", "ha
incontrato", "si sono incontrati", "si è riunito", "hanno scioperato") on a day it names with its month ("14 maggio",
"1° aprile 2026"; the year, where left out, its passages' latest publication year), and every passage it cites has a
publication date before that day. A clause that keeps the plan ("convocato per", "previsto", "dovrebbe", "si terrà",
"in programma", "rinviato") or denies the event ("non", "mai") tells nothing held; nor is a day named by its weekday
alone read, nor a passage of unknown date (german_held_after_report.py reads German; planned_told_done.py reads an
Italian noun "è prevista" told "è avvenuta" whatever its date).
"""

from __future__ import annotations

import re
from datetime import date

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .sentences import markers_blanked

_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre")
_DAY = patterns.compile(r"(?<!\d)(?P<day>[1-9]|[12]\d|3[01])[°º]?\s+(?P<month>" + "|".join(_MONTHS)
                        + r")(?:\s+(?P<year>\d{4}))?(?!\w)", re.IGNORECASE)
# an event told as held: a passato prossimo or remoto of a meeting, a talk or a strike
_HELD = patterns.compile(
    r"(?<!\w)(?:(?:si\s+(?:è|sono)|s['’]è)\s+(?:svolt|tenut|riunit|incontrat)[oaie]"
    r"|si\s+(?:svols|ten|riun|incontr)(?:e|ero|ì|irono|ò|arono)"
    r"|(?:ha|hanno)\s+(?:avuto\s+luogo|incontrato|scioperato)"
    r"|ebbe\s+luogo|ebbero\s+luogo|incontrò|incontrarono|scioperò|scioperarono)(?!\w)", re.IGNORECASE)
# the plan kept, or the event denied: nothing told as held
_KEPT = patterns.compile(
    r"(?<!\w)(?:convocat[oaie]|previst[oaie]|programmat[oaie]|fissat[oaie]|rinviat[oaie]|proclamat[oaie]"
    r"|dovrebbe|dovrebbero|potrebbe|potrebbero|deve|devono|sarà|saranno|si\s+terrà|si\s+terranno|si\s+svolgerà"
    r"|si\s+svolgeranno|in\s+programma|non|mai|né)(?!\w)", re.IGNORECASE)

# a sentence's clauses: a plan kept in one ("hanno proclamato uno sciopero ..., e il ministero si è riunito il 14
# maggio") keeps no other clause's event from being told as held
_CLAUSE = patterns.compile(r"[,;:()]|\s(?:e|ed|ma|mentre|però)\s", re.IGNORECASE)


def held_after_report(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when Italian text tells as held, on a day it names, an event that every cited passage's
    report predates."""
    if language[:2].lower() != "it" or not passages or not _DAY.search(text):
        return []  # most sentences name no day: found without reading further
    spoken = unquoted(markers_blanked(text))
    clauses = _CLAUSE.split(spoken)
    held = [clause for clause in clauses if _HELD.search(clause) and not _KEPT.search(clause)]
    if not held:
        return []
    # the day of the clause told as held, else of a clause beside it ("Il 14 maggio, a Roma, ... ha incontrato"),
    # never of a clause keeping its plan ("uno sciopero ... per lunedì 16 marzo")
    days = [found for clause in held for found in _DAY.finditer(clause)] \
        or [found for clause in clauses if not _KEPT.search(clause) for found in _DAY.finditer(clause)]
    dates = [passage.published for passage in passages]
    if not all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", published or "") for published in dates):
        return []  # a report of unknown date may tell anything as held
    latest = max(date.fromisoformat(published) for published in dates)
    for found in days:
        day = _day(found, latest.year)
        if day is not None and day > latest:
            return [Finding(offset + max(0, spoken.find(found.group())),
                            f"this sentence tells as held on {' '.join(found.group().split())} what its cited "
                            f"passages, of a report of {latest.isoformat()}, could only announce: {clipped(text)}",
                            "say it is planned or called, as the source does, or cite a later report that tells it "
                            "held")]
    return []


def _day(found: re.Match, year: int) -> date | None:
    """Return the day a match of _DAY names, in `year` where it names none."""
    try:
        return date(int(found["year"] or year), _MONTHS.index(found["month"].casefold()) + 1, int(found["day"]))
    except ValueError:
        return None  # "31 febbraio": no day
