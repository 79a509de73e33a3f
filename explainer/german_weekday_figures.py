"""A German figure moved from the day of the week its passage gives it to another day the passage gives another
figure (tests/test_factcheck_219.py).

"Nach Angaben der Nordbahn fielen am Donnerstag 4.200 Züge aus" may not cite "Nach Angaben der Nordbahn fielen am
Mittwoch 4.200 von 6.100 geplanten Zügen aus, am Donnerstag waren es 4.650": moved_figures.py binds no figure to a
day. A clause (cut at ",", ";", "und", "während", "aber", "sowie") with "am <Tag>" ("am Mittwoch", "am
Donnerstagabend") binds its figures to that day (a passage's clause its first figure only: "4.200 von 6.100" gives
Wednesday 4.200, not the 6.100 trains planned). A passage's sentence binds where it gives two days figures; a
sentence is refused where a clause of it binds a figure to a day that sentence gives other figures, while the
passage's sentence gives this figure another day, and no cited passage binds the figure to the sentence's day.

Not read: a day without "am" ("für Mittwoch", "seit Montag"), a figure and its day in two clauses, dates.
"""

from __future__ import annotations


from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

_DAYS = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
_DAY = patterns.compile(rf"(?<!\w)am\s+(?P<day>{_DAYS})(?:vormittag|nachmittag|morgen|mittag|abend|nacht|früh)?(?!\w)")
# a clause's end: a semicolon, a comma not inside a figure ("9,5"), a joining word
_CLAUSE_BREAK = patterns.compile(r";|(?<!\d),|,(?!\d)|\s(?:und|während|aber|sowie|wohingegen)\s")
_SENTENCE = patterns.compile(r"(?:[^.!?]|(?<=\d)\.(?=\d))+")
_FIGURE = patterns.compile(r"(?<![\w,.])\d[\d.]*(?:,\d+)?(?![\w])")


def figures_moved_between_weekdays(text: str, passages: list[Cited], offset: int = 0,
                                   language: str = "") -> list[Finding]:
    """Return a finding where a German sentence gives a figure the day of the week its passage gives another."""
    if (language or "").split("-")[0].lower() != "de" or not passages or "am " not in text:
        return []
    bound = [days for passage in passages for sentence in _SENTENCE.findall(passage.text)
             for days in (_bound(sentence, first_only=True),) if len(set(days.values())) >= 2]
    if not bound:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    told = {figure: day for figure, (day, at) in _bound_at(spoken).items() if not inside(quoted, at)}
    backed = [_bound(passage.text) for passage in passages]
    for figure, day in told.items():
        if any(given.get(figure) == day for given in backed):
            continue
        for days in bound:
            if figure in days and days[figure] != day and day in days.values():
                return [Finding(offset, f"this sentence gives {figure} to {day} where its cited passages give it to "
                                        f"{days[figure]} and give {day} another figure: {clipped(text)}",
                                f"give the figure its own day, or cite a passage that gives it {day}")]
    return []


def _bound(text: str, first_only: bool = False) -> dict[str, str]:
    """Return each figure of text bound to a day of the week by its clause: figure -> day; with `first_only`, a
    clause's first figure alone, the one it counts ("4.200 von 6.100": not the 6.100 planned)."""
    return {figure: day for figure, (day, _) in _bound_at(text, first_only).items()}


def _bound_at(text: str, first_only: bool = False) -> dict[str, tuple[str, int]]:
    """Return each figure of text that a clause binds to a day "am <Tag>": figure -> (day, offset of the figure)."""
    found: dict[str, tuple[str, int]] = {}
    start = 0
    for end in [cut.start() for cut in _CLAUSE_BREAK.finditer(text)] + [len(text)]:
        clause = text[start:end]
        days = {day["day"] for day in _DAY.finditer(clause)}
        if len(days) == 1:
            day = days.pop()
            for figure in _FIGURE.finditer(clause):
                found.setdefault(figure.group(), (day, start + figure.start()))
                if first_only:
                    break
        start = end + 1
    return found
