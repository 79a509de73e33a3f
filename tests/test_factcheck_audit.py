"""Fact-check audit of the real briefing: a timeline `date` must agree with the part of a date its `when` states."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from support import build_ok, edit, minimal_project, refused_with

TIMELINE = "content/flood/timeline.yaml"
# A source that words its times as the events below do: years, a span of years, a day and month, a span of months.
DIARY = ("The river rose by 3 metres on Monday 2 March, on Monday night, in 2025, in early 2025, in 2026, "
         "in early 2026, over 2025-26, in late February and early March 2026 and from March to May 2026.\n")


def with_diary(root: Path, text: str) -> Path:
    """Add a source of `text` to the project's library as 'diary'; return the root."""
    (root / "seeds" / "diary.txt").write_text(text, encoding="utf-8")
    with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write("  - id: diary\n    file: diary.txt\n    title: A diary\n    publisher: unknown\n"
                      f"    date: unknown\n    language: en\n    sha256: {hashlib.sha256(text.encode()).hexdigest()}\n")
    return root


def timeline(root: Path, when: str, date: str, basis: str) -> Path:
    """Give the flood briefing one timeline event worded `when`, dated `date` with `basis`, citing the diary (a
    source of its own); return the root."""
    with_diary(root, DIARY)
    (root / TIMELINE).write_text(
        "events:\n"
        f"  - when: {when}\n"
        f"    date: {date}\n"                                    # line 3
        f"    date_basis: {basis}\n"
        "    what: The river rose by 3 metres.\n"
        "    cite: [diary]\n"
        "citations:\n"
        "  diary:\n"
        "    source: diary\n"
        f"    quote: {DIARY.strip()}\n", encoding="utf-8")
    return root


# A year or a day and month the `when` states, with a `date` outside it: the page would show both.
@pytest.mark.parametrize("when, date, error", [
    ('"2025"', "2024-03-02",
     "event '2025': `date` 2024-03-02 is not in the year `when` states, 2025"),
    ("Early 2025", "2026-03-02",
     "event 'Early 2025': `date` 2026-03-02 is not in the year `when` states, 2025"),
    ("Monday 2 March", "2026-03-09",
     "event 'Monday 2 March': `date` 2026-03-09 is not the date `when` states, 2 March"),
])
def test_a_date_outside_what_when_states_is_refused(tmp_path: Path, when: str, date: str, error: str) -> None:
    root = timeline(minimal_project(tmp_path / "p"), when, date, "the Monday before the first log entry.")
    refused_with(root, f"{TIMELINE}:3: {error}")


@pytest.mark.parametrize("when, date", [
    ('"2026"', "2026-03-02"),
    ("Early 2026", "2026-03-02"),
    ("Monday 2 March", "2026-03-02"),
    ("Monday night", "2026-03-02"),
    ("2025-26", "2026-03-02"),                 # a span of years: not read as one year
    ("March to May 2026", "2026-03-02"),       # a span of months: only the year is held to
    ("Late February and early March 2026", "2026-03-02"),  # months apart: no day or month is held to
])
def test_a_date_within_what_when_states_builds(tmp_path: Path, when: str, date: str) -> None:
    build_ok(timeline(minimal_project(tmp_path / "p"), when, date, "the Monday before the first log entry."))


def dated_source(root: Path) -> Path:
    """Give the flood source a publication date, Tuesday 2026-03-03; return the root."""
    sources = root / "content" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8").replace("date: unknown", "date: 2026-03-03", 1),
                       encoding="utf-8")
    return root


# "Thursday night" in a report dated Friday 2026-02-27 is the 26th: a weekday dates an event only within a week of
# the date its basis rests on (one the basis states, or the report's own), never the Thursday a week before.
@pytest.mark.parametrize("when, date, basis, anchor", [
    ("Monday", "2026-02-23", "the Monday before the report.", "2026-03-03"),
    ("Monday", "2026-03-16", "the Monday after the report.", "2026-03-03"),
    ("Monday", "2026-02-23", "the Monday before the report, dated Tuesday 2026-03-03.", "2026-03-03"),
])
def test_a_weekday_dated_a_week_or_more_from_its_basis_is_refused(tmp_path: Path, when: str, date: str, basis: str,
                                                                  anchor: str) -> None:
    root = dated_source(minimal_project(tmp_path / "p"))
    (root / TIMELINE).write_text(
        "events:\n"
        f"  - when: {when}\n"
        f"    date: {date}\n"
        f"    date_basis: {basis}\n"                               # line 4
        "    what: The river rose by 3 metres.\n"
        "    cite: [monday]\n", encoding="utf-8")
    refused_with(root, f"{TIMELINE}:4: `date_basis`: `date` {date} is a week or more from {anchor}")


def test_a_weekday_dated_within_the_week_of_its_basis_builds(tmp_path: Path) -> None:
    root = dated_source(minimal_project(tmp_path / "p"))
    (root / TIMELINE).write_text(
        "events:\n"
        "  - when: Monday\n"
        "    date: 2026-03-02\n"
        "    date_basis: the Monday before the report.\n"
        "    what: Alpha said the river rose by 3 metres.\n"  # the source gives it as Alpha's word
        "    cite: [monday]\n", encoding="utf-8")
    build_ok(root)


# "Hours prior to the commencement of airstrikes": "minutes earlier" times it otherwise, as "days earlier" does.
@pytest.mark.parametrize("span", ["Minutes", "Seconds"])
def test_a_span_of_minutes_or_seconds_before_earlier_must_be_the_source_s(tmp_path: Path, span: str) -> None:
    root = with_diary(minimal_project(tmp_path / "p"), "Hours prior to the vote, the river rose by 3 metres.\n")
    (root / TIMELINE).write_text(
        "events:\n"
        f"  - when: {span} earlier\n"                               # line 2
        "    what: The river rose by 3 metres.\n"
        "    cite: [prior]\n"
        "citations:\n"
        "  prior:\n"
        "    source: diary\n"
        "    quote: Hours prior to the vote, the river rose by 3 metres\n", encoding="utf-8")
    refused_with(root, f'{TIMELINE}:2: `when`: time "{span}" is not in the passages it cites')
    edit(root / TIMELINE, f"when: {span} earlier", "when: Hours earlier")
    build_ok(root)
