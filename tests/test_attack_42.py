"""Round forty-two of attacks on files, signals and sockets, and an editor's honest input refused.

A folder standing at content/<briefing>/claims.yaml when the build listed the briefing, and gone when it went on to
list that folder, was "content/flood/claims.yaml/: does not exist (check the name, or create it)": named as a folder
it no longer was, told to create what had been there. A file listed and gone when read was told the same. Each is
now "was removed while the build read it (run the build again)", named as the file it was; one a file by then is
taken as it now is (explainer/safefs.py only_regular_files, explainer/load.py read_content_file).

The rest of the editors' free text had no limit short of a content file's 8 MiB: the site's `description`, an event's
`when` and `date_basis`, a row's or figure's `measure` and `unit`, a party's or quote's `role`, a claim's `channel` and
`evidence`, a table's `attribution` and `notes_title`, a remark's `topic` and the values of `labels`. Each is held to a
limit of its kind (200 characters for a label, 300 for a heading, 1,000 for a sentence, 5,000 for a paragraph), past it
one line naming its file and line (explainer/model.py; a mapping's values through `item_max_chars`,
explainer/validate.py); each at its limit builds.

Each test waits on the event itself (a process's end, an answer), never on a sleep.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import run_build
from support import edit, error_lines, minimal_project

SOURCES = "content/sources.yaml"
BRIEFING = "content/flood/briefing.yaml"
CLAIMS = "content/flood/claims.yaml"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return minimal_project(tmp_path / "project")


# --- a file or folder that changes between the listing and the reading ------------------------------------------------

def _after_listing(monkeypatch, folder: Path, nth: int, change) -> None:
    """Make the system's listing of `folder`, the `nth` time the build asks for it (from 1), run `change` once the
    listing is taken: what another process does between the build's listing and its reading, made certain."""
    real_scandir = os.scandir
    asked = []

    def scandir(path=".", *args):
        listing = real_scandir(path, *args)
        if os.fspath(path) != os.fspath(folder):
            return listing
        asked.append(path)
        with listing:
            entries = list(listing)
        if len(asked) == nth:
            change()
        return _Listing(entries)

    monkeypatch.setattr(os, "scandir", scandir)


class _Listing(list):
    """A listing taken already, used as os.scandir's is (`with ... as listing`)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def _folder_then(project: Path, after) -> tuple:
    """Put a folder where the claims go, keeping the file aside; return what to do to it after the listing."""
    claims = project / CLAIMS
    kept = claims.read_bytes()
    claims.unlink()
    claims.mkdir()

    def change():
        claims.rmdir()
        after(claims, kept)
    return change


REMOVED = f"{CLAIMS}: was removed while the build read it (run the build again)"


def test_a_folder_listed_and_gone_when_walked_is_named_as_removed(project: Path, monkeypatch):
    """It was "content/flood/claims.yaml/: does not exist (check the name, or create it)"."""
    _after_listing(monkeypatch, project / "content/flood", 1, _folder_then(project, lambda claims, kept: None))
    result = run_build(project, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [REMOVED]


def test_a_folder_listed_and_a_file_when_walked_is_taken_as_it_now_is(project: Path, monkeypatch):
    """The honest twin: the folder made the file again (an editor's save) is read, and the briefing checks."""
    _after_listing(monkeypatch, project / "content/flood", 1,
                   _folder_then(project, lambda claims, kept: claims.write_bytes(kept)))
    result = run_build(project, "check")
    assert result.code == 0, result.err


def test_a_file_listed_and_gone_when_read_is_named_as_removed(project: Path, monkeypatch):
    """It was "content/flood/claims.yaml: does not exist (check the name, or create it)", of a file the build had
    just listed."""
    _after_listing(monkeypatch, project / "content/flood", 2, (project / CLAIMS).unlink)
    result = run_build(project, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [REMOVED]


def test_a_folder_left_where_a_file_goes_and_a_missing_file_are_named_as_before(project: Path):
    """The honest neighbours: a folder that stays is no file; a source's missing document is still to be created."""
    claims = project / CLAIMS
    claims.unlink()
    claims.mkdir()
    edit(project / SOURCES, "file: flood.txt", "file: drought.txt")
    result = run_build(project, "check")
    assert error_lines(result) == [
        f"{CLAIMS}: is not a regular file: it is a folder (replace it with an ordinary file)",
        "content/sources.yaml:3: source 'flood': file 'seeds/drought.txt' does not exist (copy the document into seeds/ "
        "or fix the file name)"]


# --- the rest of the free text, each of a limit fitting its kind ------------------------------------------------------

TIMELINE = ("events:\n  - when: {when}\n    date: 2026-03-03\n    date_basis: {basis}\n"
            "    what: The river rose again on Tuesday[^tuesday].\n    cite: [tuesday]\n")
COMPARISONS = ("comparisons:\n  - id: rise\n    title: How far the river rose\n    attribution: {attribution}\n"
               "    rows:\n      - measure: {measure}\n        unit: {unit}\n        values:\n"
               "          alpha: {{value: 3, cite: [monday]}}\n    notes_title: {notes_title}\n    notes:\n"
               "      - party: alpha\n        topic: {topic}\n        text: The river rose again on Tuesday[^tuesday].\n"
               "        cite: [tuesday]\n")
QUOTES = ("quotes:\n  - id: mayor\n    speaker: The mayor\n    role: {role}\n    words: the worst flood in memory\n"
          "    source: flood\n")
HONEST = {"when": "Tuesday", "basis": "the day the report names", "attribution": "As the report gives them[^monday].",
          "measure": "River rise", "unit": "metres", "notes_title": "What else the report says", "topic": "the river",
          "role": "not given"}


def _filled(template: str, name: str, value: str) -> str:
    return template.format(**{**HONEST, name: value})


# name: (file, what replaces what, or a template and its field; the limit; where the error line points, and why)
LIMITS = {
    "the site's description": ("content/site.yaml", "Fictional briefings for the tests.", 1_000,
                               "content/site.yaml:2: description", "as the site's description"),
    "a party's role": (BRIEFING, "    name: Alpha\n", 200, f"{BRIEFING}:15: parties[0].role", "as a label"),
    "a label's value": (BRIEFING, "citations:\n", 300, f"{BRIEFING}:18: labels.comparisons", "as a heading"),
    "an event's time": ("content/flood/timeline.yaml", (TIMELINE, "when"), 200,
                        "content/flood/timeline.yaml:2: events[0].when", "as an event's time"),
    "how a date was derived": ("content/flood/timeline.yaml", (TIMELINE, "basis"), 1_000,
                               "content/flood/timeline.yaml:4: events[0].date_basis", "as how a date was derived"),
    "a table's attribution": ("content/flood/comparisons.yaml", (COMPARISONS, "attribution"), 5_000,
                              "content/flood/comparisons.yaml:4: comparisons[0].attribution", "as one paragraph"),
    "a row's measure": ("content/flood/comparisons.yaml", (COMPARISONS, "measure"), 300,
                        "content/flood/comparisons.yaml:6: comparisons[0].rows[0].measure", "as a measure"),
    "a row's unit": ("content/flood/comparisons.yaml", (COMPARISONS, "unit"), 200,
                     "content/flood/comparisons.yaml:7: comparisons[0].rows[0].unit", "as a unit"),
    "a notes heading": ("content/flood/comparisons.yaml", (COMPARISONS, "notes_title"), 300,
                        "content/flood/comparisons.yaml:10: comparisons[0].notes_title", "as a heading"),
    "a remark's topic": ("content/flood/comparisons.yaml", (COMPARISONS, "topic"), 200,
                         "content/flood/comparisons.yaml:13: comparisons[0].notes[0].topic", "as a label"),
    "a quote's role": ("content/flood/quotes.yaml", (QUOTES, "role"), 200,
                       "content/flood/quotes.yaml:4: quotes[0].role", "as a label"),
    "a claim's channel": (CLAIMS, "        status: claim\n        cite: [alpha-rise]\n", 200,
                          f"{CLAIMS}:10: topics[0].claims[0].channel", "as a label"),
    "a claim's evidence": (CLAIMS, "        status: claim\n        cite: [alpha-rise]\n", 5_000,
                           f"{CLAIMS}:10: topics[0].claims[0].evidence", "as one paragraph"),
    "a figure's measure": (CLAIMS, "{measure: River rise, value: 3}", 300,
                           f"{CLAIMS}:9: topics[0].claims[0].figures[0].measure", "as a measure"),
    "a figure's unit": (CLAIMS, "{measure: River rise, value: 3}", 200,
                        f"{CLAIMS}:9: topics[0].claims[0].figures[0].unit", "as a unit"),
}


def _text_of_length(case: str, length: int) -> str:
    """Return a text of `length` characters for the field of `case`, cited where the field's prose must be."""
    cited = "[^tuesday]" if case == "a table's attribution" else ""
    return "W" * (length - len(cited)) + cited


def _write_text_of(project: Path, case: str, text: str) -> None:
    """Write `text` as the field of `case`, the rest of the project as it was."""
    path, where, _, shown, _ = LIMITS[case]
    field = shown.rsplit(".", 1)[-1].rsplit(": ", 1)[-1]
    if isinstance(where, tuple):
        (project / path).write_text(_filled(where[0], where[1], text), encoding="utf-8")
    elif case == "a label's value":
        edit(project / path, where, f"labels:\n  comparisons: {text}\n{where}")
    elif where.startswith("{measure"):
        edit(project / path, where, where.replace("River rise", text) if field == "measure"
             else where.replace("}", f", unit: {text}}}"))
    elif where.startswith("        status"):
        edit(project / path, where, f"        {field}: {text}\n{where}")
    elif where.startswith("    name"):
        edit(project / path, where, f"{where}    role: {text}\n")
    else:
        edit(project / path, where, text)


@pytest.mark.parametrize("case", sorted(LIMITS))
def test_more_free_text_past_its_limit_is_one_line_naming_its_file_and_line(project: Path, case: str):
    """Each had no limit short of a content file's 8 MiB: a unit of 1 MB was printed beside every figure given in it."""
    _, _, limit, shown, why = LIMITS[case]
    _write_text_of(project, case, _text_of_length(case, limit + 1))
    result = run_build(project, "check")
    assert result.code == 1 and "Traceback" not in result.err
    told = f"{shown}: is {limit + 1:,} characters long, past the {limit:,} it may hold, {why}"
    assert [line for line in error_lines(result) if line.startswith(told)], result.err[-1500:]
    assert max(len(line) for line in result.err.splitlines()) < 1_200  # the value is not quoted back whole


@pytest.mark.parametrize("case", sorted(LIMITS))
def test_more_free_text_at_its_limit_builds(project: Path, case: str):
    """The honest twins: each at its limit is taken (the real briefing's are far within them)."""
    _write_text_of(project, case, _text_of_length(case, LIMITS[case][2]))
    result = run_build(project, "check")
    assert result.code == 0, result.err[-1500:]
