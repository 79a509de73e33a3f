"""Round forty-two of attacks on files, signals and sockets, and an editor's honest input refused.

A folder standing at content/<briefing>/claims.yaml when the build listed the briefing, and gone when it went on to
list that folder, was "content/flood/claims.yaml/: does not exist (check the name, or create it)": named as a folder
it no longer was, told to create what had been there. A file listed and gone when read was told the same. Each is
now "was removed while the build read it (run the build again)", named as the file it was; one a file by then is
taken as it now is (explainer/safefs.py only_regular_files, explainer/load.py read_content_file).

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
