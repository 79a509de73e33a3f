"""A figure the log corrects, still stated in the briefing's summary as if it stood.

A correction's `wrong` says what the briefing said before ("We said the group would have 2,300 employees"), its `text`
what it says now. Where the summary still states the figure the correction took back, and nowhere what it is now, the
home page and the feed show "What was wrong: ... 2,300 employees" beside a summary saying 2,300 employees: the
correction was logged and the fix never made. A figure is matched with the word after it ("2,300 employees"), so
another count of the same number ("3 sites" beside a corrected "3 deaths") is no match. A summary that also gives a
figure of what the correction says now tells the change ("the ministry later put it at 1.1 million tonnes"). The rest
of the page is left out: its background, claims, tables and timeline may keep what each report said then, beside
what a later one says (README, "A developing story").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import patterns
from .load import Content
from .numbers import is_year, mentions_in
from .problems import Problem
from .sentences import MARKER

# The word after a figure, its unit or the thing it counts ("2,300 employees", "3 लाख हेक्टेयर": a word whole with its
# vowel signs, which \w leaves out).
_NEXT_WORD = patterns.compile(r"[\s\-–—]{0,3}([^\s.,;:!?()\[\]\"“”«»„،۔।]+)")


class Stated(NamedTuple):
    """A figure as written with the word after it, and where it starts in its text."""

    offset: int
    written: str
    key: tuple  # its quantities and the word after it, lowercased: what is compared


def still_corrected(content: Content, language: str, found: list[Problem] = ()) -> list[Problem]:
    """Return a problem for each figure of the summary that a correction of the log took back, on its line, but one
    `found` (the problems already met) already names there."""
    briefing = content.files["briefing"]
    corrections = [entry for entry in briefing.data.updates if entry.kind == "correction"]
    if not corrections:
        return []  # the commonest case: the summary is not read again
    summary = briefing.data.summary
    stated = _figures(MARKER.sub(lambda marker: " " * len(marker.group()), summary), language)  # "[^size2]": no 2
    said = {figure.key[0] for figure in stated}
    problems = []
    for entry in corrections:
        now = {figure.key[0] for figure in _figures(entry.text, language)}
        if now & said:
            continue  # the summary tells what it is now, and may tell what was said before
        taken_back = {figure.key for figure in _figures(entry.wrong, language) if figure.key[0] not in now}
        problems += [Problem(briefing.shown, line,
                             f"`summary` still states \"{figure.written}\", which the correction of {entry.date} "
                             f"({briefing.shown}:{entry.line_of('wrong')}) says was wrong: {entry.wrong}",
                             "write there what the correction says now, or keep what was said then as a claim citing "
                             "its report")
                     for figure in stated if figure.key in taken_back
                     for line in (briefing.data.line_at("summary", figure.offset),)
                     if not _named(found, briefing.shown, line, figure.written)]
    return problems


def _named(found: list[Problem], file: str, line: int, written: str) -> bool:
    """Say whether a problem already met names the figure written on that line: a sentence check refusing the figure
    its cited passage sets aside ("980, not 1,250") names the same wrong figure, and one wrong figure is one finding."""
    figure = re.compile(rf'"{re.escape(written.split()[0])}["\s]') if written else None
    return bool(figure) and any(problem.file == file and problem.line == line and figure.search(problem.message)
                                for problem in found)


def _figures(text: str, language: str) -> list[Stated]:
    """Return the figures of `text` that count something (no dates, no years), each with the word after it."""
    found = []
    for mention in mentions_in(text, language):
        if mention.kind != "figure" or is_year(mention.text):
            continue
        after = _NEXT_WORD.match(text, mention.end)
        word = after.group(1).casefold() if after else ""
        found.append(Stated(mention.start, f"{mention.text} {after.group(1)}" if after else mention.text,
                            (mention.quantities, word)))
    return found
