"""A count kept to its day: "The ministry's count on Monday was 980" may not cite "On Monday the ministry counted 1,250
dead; on Tuesday it revised the toll to 980".

A sentence ties a figure to a day by a count's noun with the day attached: "the count on Monday was 980", "Monday's
toll was 980", "On Monday the tally stood at 980" (count, toll, tally, total, figure, estimate; "was", "stood at",
"of"). It is refused where the cited passages give that figure only in clauses (split at "." and ";") naming one
other weekday, and give the sentence's day, in a clause naming it alone, another figure. A clause naming two days
("the toll, 980 on Sunday, rose to 1,250 on Monday") is not read, unless it gives each figure its day plainly right
after it ("found 40 bodies on Monday and 12 on Tuesday": read as two clauses, tests/test_factcheck_171.py); nor is a
day that dates no count's noun ("The
ministry, which briefed reporters on Monday, now gives 980"), nor a date other than a weekday. English text is read
(tests/test_factcheck_167.py); a figure dated by a verb ("counted 980 dead on Monday") is figure_actors.py's.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english

_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_FIGURE = r"(?P<figure>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d)"
_NOUN = r"(?:count|toll|tally|total|figure|estimate)"
_BEING = r"(?:was|stood\s+at|came\s+to|reached|of)"
# "the ministry's count on Monday was 980", "Monday's toll was 980", "On Monday, the tally stood at 980"
_DAY_COUNT = patterns.compile(
    rf"(?<![\w-]){_NOUN}\s+on\s+(?P<day>{_DAYS})\s+{_BEING}\s+{_FIGURE}"
    rf"|(?<![\w-])(?P<day2>{_DAYS})['’]s\s+(?:\w+\s+)?{_NOUN}\s+{_BEING}\s+{_FIGURE.replace('figure>', 'figure2>')}"
    rf"|^\s*on\s+(?P<day3>{_DAYS}),?\s+(?:the|its|their)\s+(?:\w+\s+)?{_NOUN}\s+{_BEING}\s+"
    rf"{_FIGURE.replace('figure>', 'figure3>')}", re.IGNORECASE)
_DAY = patterns.compile(rf"(?<![\w-])(?:{_DAYS})(?![\w-])", re.IGNORECASE)
_ANY_FIGURE = patterns.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d)")
_CLAUSES = patterns.compile(r"[;.](?!\d)")


def count_given_another_day(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text ties a figure to a day that its passages give that figure to another day only."""
    if not in_english(language):
        return []
    said = _DAY_COUNT.search(text)
    if said is None or len({day.casefold() for day in _DAY.findall(text)}) != 1:
        return []  # most sentences tie no count to a day; one naming two days is not read
    day = (said["day"] or said["day2"] or said["day3"]).casefold()
    figure = (said["figure"] or said["figure2"] or said["figure3"]).replace(",", "")
    clauses = [clause for passage in passages if in_english(passage.language or language)
               for clause in _dated_clauses(passage.text)]
    giving = [clause_day for clause_day, figures in clauses if figure in figures]
    if not giving or None in giving or day in giving:
        return []  # the figure is given undated, or on this day, or not at all
    own = [figures for clause_day, figures in clauses if clause_day == day and figures - {figure}]
    if not own:
        return []
    return [Finding(offset, f"this sentence gives {said.group('figure') or said.group('figure2') or said.group('figure3')}"
                            f" as the figure of {day.title()} where its cited passages give it as the figure of "
                            f"{giving[0].title()}, and another as {day.title()}'s: {clipped(text)}",
                    "give each day the figure the source gives it, or cite the passage that dates it so")]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _dated_clauses(text: str) -> tuple[tuple[str | None, frozenset[str]], ...]:
    """Return each clause of text that gives a figure: the one weekday it names (None where it names none or two),
    and its figures, without thousands separators."""
    found = []
    for clause in _CLAUSES.split(text):
        figures = frozenset(figure.replace(",", "") for figure in _ANY_FIGURE.findall(clause))
        if figures:
            days = {day.casefold() for day in _DAY.findall(clause)}
            found += _each_figure_dated(clause) if len(days) > 1 else [(days.pop() if days else None, figures)]
    return tuple(found)


# A clause giving each figure its own day right after it: "found 40 bodies on Monday and 12 on Tuesday"; from its first
# figure to its end, each figure, at most three words, "on" and a day, joined by a comma, "and", "while" or "but"
_ON_DAY = rf"(?P<figure>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\s+[a-z]+){{0,3}}?\s+on\s+(?P<day>{_DAYS})"
_FIGURE_ON_DAY = patterns.compile(_ON_DAY, re.IGNORECASE)
_EACH_ON_ITS_DAY = patterns.compile(
    rf"{_ON_DAY}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|while|but|whereas)\s+)"
    rf"{_ON_DAY.replace('?P<figure>', '?:').replace('?P<day>', '?:')})+\s*", re.IGNORECASE)


def _each_figure_dated(clause: str) -> list[tuple[str | None, frozenset[str]]]:
    """Return each figure of a clause naming two days or more with its day where the clause gives each its day plainly
    (`_EACH_ON_ITS_DAY`, no day before its first figure); else its figures, undated."""
    first = _ANY_FIGURE.search(clause)
    if first and not _DAY.search(clause, 0, first.start()) and _EACH_ON_ITS_DAY.fullmatch(clause, first.start()):
        return [(each["day"].casefold(), frozenset({each["figure"].replace(",", "")}))
                for each in _FIGURE_ON_DAY.finditer(clause, first.start())]
    return [(None, frozenset(figure.replace(",", "") for figure in _ANY_FIGURE.findall(clause)))]
