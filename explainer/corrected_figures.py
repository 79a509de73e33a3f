"""A figure the log corrects, still stated in the briefing's own account of the story.

A correction's `wrong` says what the briefing said before ("We said the group would have 2,300 employees"), its `text`
what it says now. Where the summary or a background section still states the figure the correction took back, the
page, the home page and the feed show "What was wrong: ... 2,300 employees" beside a summary saying 2,300 employees:
the correction was logged and the fix never made. A figure is matched with the word after it ("2,300 employees"), so
another count of the same number ("3 sites" beside a corrected "3 deaths") is no match. Claims, tables and the timeline
are left out: they keep what each report said then, beside what a later one says (README, "A developing story").
"""

from __future__ import annotations

from typing import Iterator, NamedTuple

from . import patterns
from .load import Content
from .numbers import is_year, mentions_in
from .problems import Problem
from .sentences import MARKER, split_sentences

# The word after a figure, its unit or the thing it counts ("2,300 employees", "45 per cent", "£420 million").
_NEXT_WORD = patterns.compile(r"[^\w]{0,3}(\w+)")


class Stated(NamedTuple):
    """A figure as written with the word after it, and where it starts in its text."""

    offset: int
    written: str
    key: tuple  # its quantities and the word after it, lowercased: what is compared


def still_corrected(content: Content, language: str) -> list[Problem]:
    """Return a problem for each figure of the summary or a background section that a correction of the log took
    back, on the line the figure is written on."""
    briefing = content.files["briefing"]
    corrections = []
    for entry in briefing.data.updates:
        now = {stated.key[0] for stated in _figures(entry.text, language)} if entry.kind == "correction" else set()
        corrected = corrected_figures(entry.wrong, now, language) if entry.kind == "correction" else []
        if corrected:
            corrections.append((entry, corrected, now))
    if not corrections:
        return []  # the commonest case: the account's prose is not read again
    background = content.files.get("background")
    accounts = [(briefing, briefing.data, "summary"),
                *((background, section, "body") for section in (background.data.sections if background else ()))]
    problems = []
    for file, item, field in accounts:
        for entry, corrected, now in corrections:
            for stated in still_stated(getattr(item, field), corrected, now, language):
                problems.append(Problem(
                    file.shown, item.line_at(field, stated.offset),
                    f"`{field}` still states \"{stated.written}\", which the correction of {entry.date} "
                    f"({briefing.shown}:{entry.line_of('wrong')}) says was wrong: {entry.wrong}",
                    "write here what the correction says now (a sentence giving both figures tells the change), or "
                    "keep what was said then as a claim citing its report"))
    return problems


def corrected_figures(wrong: str, now: set[tuple], language: str) -> list[Stated]:
    """Return the figures a correction's `wrong` states that what it says `now` (its figures' quantities) does not:
    those it took back."""
    return [stated for stated in _figures(wrong, language) if stated.key[0] not in now]


def still_stated(text: str, wrong: list[Stated], now: set[tuple], language: str) -> Iterator[Stated]:
    """Yield each figure of prose `text` (its citation markers unread) that a correction took back (`wrong`), but in
    a sentence that also states a figure of what it says `now`: "40% higher, not twice as high" tells the change."""
    taken_back = {stated.key for stated in wrong}
    unmarked = MARKER.sub(lambda marker: " " * len(marker.group()), text)  # "[^size2]" states no 2
    for sentence in split_sentences(unmarked, language):
        figures = _figures(sentence.text, language)
        if not any(stated.key[0] in now for stated in figures):
            yield from (stated._replace(offset=sentence.start + stated.offset) for stated in figures
                        if stated.key in taken_back)


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
