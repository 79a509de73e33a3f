"""Round forty-four of attacks on files, signals and sockets: round 43's leftovers, and what held.

content/ and each briefing's folder were listed by name once `only_regular_files` had checked them: a briefing's
folder swapped for a link to a folder out of the project in between had that folder's `*.yaml` names listed (each
then refused as reached through the link, a name no file of the project holds among them): both are now listed through
a descriptor of the folder checked, and the link is refused in the one line it gets when it stands there from the start
(explainer/safefs.py `folder_entries`, explainer/load.py).

A key written as YAML's explicit key (`? key`), which YAML reads past the 1,024 characters it reads a plain key in, had
no limit as a mapping's key (a citation's, a comparison's party): it is held to a key's 1,000 characters, past them one
line naming its file and line, the key clipped (explainer/validate.py `_mapping_check`).

A file written to while the build read it (a seed still downloading, an editor still saving) was taken as what was
read: a seed's new digest asked for `accept-source` of a file half-written. It is now refused, "was changed while the
build read it", with what to do (explainer/safefs.py `read_regular_with_status`).

What held, tried in this round: briefing folders named alike but for letter case (`Flood`, `flood`) or for an accent
stored composed or decomposed (`café`, `cafe\u0301`), which would write one `site/` folder on macOS (a briefing's folder
is lowercase ASCII: each is refused); links under `static/` leading round in a loop, or to `static/` itself; 20,000
empty files in `seeds/`; SIGHUP to `serve` with a request half sent; a request whose path is 10,000 `/` (404, the
preview leading nowhere).

Each test waits on the event itself (a process's end, an answer), never on a sleep.
"""

from __future__ import annotations

import os
import signal
import socket
import unicodedata
from pathlib import Path

import pytest

from conftest import copy_tree, run_build
from support import edit, error_lines, minimal_project
from test_attack_3 import answer
from test_attack_42 import _after_listing
from test_attack_43 import _swap
from test_serve import serving
from test_serve_attack import port_of

BRIEFING = "content/flood/briefing.yaml"
LINK_OUT = ("content/flood: is a link leading out of the project folder (replace the link with a copy of the "
            "folder)")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return minimal_project(tmp_path / "project")


# --- a briefing's folder swapped for a link out after the walk, before its listing -------------------------------------

def _elsewhere(tmp_path: Path) -> Path:
    """Return a folder out of the project holding a briefing and a file whose name no project file has."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for name in ("briefing.yaml", "secret-name.yaml", "secret-notes.txt"):
        (elsewhere / name).write_text("title: Not the project's\n", encoding="utf-8")
    return elsewhere


def test_a_briefing_folder_swapped_for_a_link_out_after_the_walk_is_refused_as_such_a_link(
        project: Path, tmp_path: Path, monkeypatch):
    """The swap made between the walk of content/ (its 1st listing) and the loading's listing of it (its 2nd): the
    folder out of the project was listed by name, "content/flood/secret-name.yaml: unknown content file" among its
    lines. Now nothing of it is named: the link is refused in the line it gets standing there from the start."""
    _after_listing(monkeypatch, project / "content", 2, _swap(project / "content/flood", _elsewhere(tmp_path)))
    result = run_build(project, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [LINK_OUT], result.err[-1500:]
    assert "secret" not in result.err


def test_a_briefing_folder_swapped_for_a_link_inside_the_project_is_read_as_one_there_from_the_start(
        project: Path, monkeypatch):
    """The honest twin: the folder swapped for a link to a copy of it inside the project (a folder moved to a shared
    place) is read through the link, and the briefing builds."""
    shared = project / "shared-flood"
    shared.mkdir()
    for path in (project / "content/flood").iterdir():
        (shared / path.name).write_bytes(path.read_bytes())
    _after_listing(monkeypatch, project / "content", 2, _swap(project / "content/flood", Path("../shared-flood")))
    result = run_build(project)
    assert result.code == 0, result.err[-1500:]
    assert (project / "site/flood/index.html").is_file()


# --- a key written as YAML's explicit key ------------------------------------------------------------------------------

def _explicit_citation_key(project: Path, length: int) -> str:
    """Rename the citation `monday` to a key of `length` letters, written as `? key` (YAML's explicit key) and cited
    by its marker and by the claim citing it."""
    key = "m" * length
    edit(project / BRIEFING, "[^monday]", f"[^{key}]")
    edit(project / BRIEFING, "  monday:\n", f"  ? {key}\n  :\n")
    edit(project / "content/flood/claims.yaml", "cite: [beta-rise, monday]", f"cite: [beta-rise, {key}]")
    return key


@pytest.mark.parametrize("length", [1_001, 1_500, 200_000])
def test_a_citation_key_written_as_an_explicit_key_past_1000_characters_is_one_line(project: Path, length: int):
    """A plain key past YAML's 1,024 characters is a syntax error, named; `? key` took one of any length, which the
    build took as the citation's key (written into the page's anchors). Now: one line naming the file and line, the
    key clipped."""
    _explicit_citation_key(project, length)
    result = run_build(project, "check")
    assert result.code == 1 and "Traceback" not in result.err
    told = error_lines(result)
    assert (f"{BRIEFING}:18: citations.{'m' * 39}…: is {length:,} characters long, past the 1,000 a key may "
                       "hold, as a key, written into the page's anchors and the data's rows (shorten it to a few words "
                       "joined by hyphens, e.g. `asif-all-out-war`, here and where it is used)") in told, told
    assert max(len(line) for line in result.err.splitlines()) < 1_200


def test_a_key_of_a_comparisons_values_written_as_an_explicit_key_is_held_too(project: Path):
    """The same rule for every mapping keyed by a key: a comparison's party."""
    (project / "content/flood/comparisons.yaml").write_text(
        "comparisons:\n  - id: rise\n    title: How far the river rose\n    rows:\n      - measure: River rise\n"
        f"        unit: metres\n        values:\n          ? {'a' * 1_001}\n          : {{value: 3, cite: [monday]}}\n",
        encoding="utf-8")
    told = error_lines(run_build(project, "check"))
    assert [line for line in told if line.startswith("content/flood/comparisons.yaml:8: comparisons[0].rows[0].values.a")
            and "is 1,001 characters long, past the 1,000 a key may hold" in line], told


def test_an_explicit_citation_key_at_1000_characters_builds(project: Path):
    """The honest twin: `? key` of 1,000 characters, a key's limit, builds, as a plain key of that length does."""
    key = _explicit_citation_key(project, 1_000)
    result = run_build(project)
    assert result.code == 0, result.err[-1500:]
    assert f'id="{key}' in (project / "site/flood/index.html").read_text(encoding="utf-8") or \
        key in (project / "site/flood/index.html").read_text(encoding="utf-8")


# --- a file written to while the build reads it ------------------------------------------------------------------------

def _written_to_while_read(monkeypatch, path: Path, more: bytes) -> list:
    """Make each read of `path` that starts at its first byte append `more` to it once its bytes are read: a writer
    still writing whenever the build opens it, made certain. Return a list that holds True each time it did."""
    real_read, done = os.read, []

    def read(descriptor: int, size: int) -> bytes:
        data = real_read(descriptor, size)
        if (data and os.lseek(descriptor, 0, os.SEEK_CUR) == len(data)
                and os.path.samestat(os.fstat(descriptor), os.stat(path))):
            done.append(True)
            with open(path, "ab") as file:
                file.write(more)
        return data

    monkeypatch.setattr(os, "read", read)
    return done


def test_a_seed_written_to_while_the_build_reads_it_is_named_as_changed_while_read(project: Path, monkeypatch):
    """It was "seeds/flood.txt has changed since its SHA-256 was recorded ... run `python build.py accept-source
    flood`": the build asked an editor to record the digest of a file still being written."""
    done = _written_to_while_read(monkeypatch, project / "seeds/flood.txt", b"A line still being written")
    result = run_build(project, "check")
    assert done and result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == ["content/sources.yaml:3: source 'flood': seeds/flood.txt was changed while the build "
                                   "read it (run the build again once it is saved)"], result.err[-1500:]
    assert "accept-source" not in result.err


def test_a_content_file_written_to_while_the_build_reads_it_is_named_too(project: Path, monkeypatch):
    """The same of a briefing's file (an editor's save caught half-way): not its half read as YAML."""
    done = _written_to_while_read(monkeypatch, project / BRIEFING, b"# still being saved\n")
    result = run_build(project, "check")
    assert done and result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [f"{BRIEFING}: was changed while the build read it (run the build again once it is "
                                   "saved)"], result.err[-1500:]


def test_a_file_saved_before_the_build_reads_it_builds(project: Path):
    """The honest twin: a seed that grew and whose digest was recorded, and a briefing saved, build; the grown seed
    unrecorded is still the digest's line with `accept-source`."""
    seed = project / "seeds/flood.txt"
    seed.write_bytes(seed.read_bytes() + b"A line written whole.\n")
    result = run_build(project, "check")
    assert result.code == 1 and "accept-source flood" in result.err
    assert run_build(project, "accept-source", "flood").code == 0
    assert run_build(project).code == 0


# --- what held -------------------------------------------------------------------------------------------------------

NAMES = {
    "letter case": ("Flood", "flood"),
    "an accent composed or decomposed": (unicodedata.normalize("NFC", "café"), unicodedata.normalize("NFD", "café")),
}


@pytest.mark.parametrize("case", sorted(NAMES))
def test_briefing_folders_named_alike_but_for_case_or_an_accent_are_refused(project: Path, case: str):
    """Held: two briefings' folders one `site/` folder on macOS or Windows: each name that is not lowercase ASCII is
    refused (a briefing's folder name is its address), so no two pages differ only in case or in an accent."""
    for name in NAMES[case]:
        if name != "flood":
            (project / "content" / name).mkdir()
            (project / "content" / name / "briefing.yaml").write_bytes((project / BRIEFING).read_bytes())
    result = run_build(project)
    assert result.code == 1 and "Traceback" not in result.err
    refused = [name for name in NAMES[case] if name != "flood"]
    told = error_lines(result)
    assert len(told) == len(refused) and all("cannot be a briefing's folder name" in line for line in told), told
    assert not (project / "site").exists()


def test_links_under_static_leading_round_in_a_loop_are_one_line_each(project: Path):
    """Held: a link to itself, and two links to each other, are each named as a loop; a link to `static/` itself is
    walked once, its files published once."""
    static = project / "static"
    (static / "loop").symlink_to("loop")
    (static / "a").symlink_to("b")
    (static / "b").symlink_to("a")
    (static / "up").symlink_to("../static", target_is_directory=True)
    result = run_build(project)
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [f"static/{name}: is a link that leads round in a loop (replace the link with a copy "
                                   "of the file)" for name in ("a", "b", "loop")]
    for name in ("loop", "a", "b"):
        (static / name).unlink()
    assert run_build(project).code == 0
    assert not (project / "site/static/up").exists()


def test_twenty_thousand_empty_files_in_seeds_say_what_a_clean_seeds_folder_says(project: Path):
    """Held: files no source names are not read; the check says what it says without them."""
    clean = run_build(project, "check")
    for number in range(20_000):
        (project / "seeds" / f"empty-{number:05}.txt").touch()
    crowded = run_build(project, "check")
    assert crowded.code == clean.code == 0 and crowded.out == clean.out, crowded.err[-600:]


def test_a_hangup_while_a_request_is_half_sent_stops_the_preview_cleanly(project: Path):
    """Held: SIGHUP (the terminal closed) with a connection holding half a request ends the preview as Ctrl-C does,
    "stopped", exit code 0, no traceback, nothing left beside the site."""
    with serving(project) as server:
        with socket.create_connection(("127.0.0.1", port_of(server.url)), timeout=10) as connection:
            connection.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            code = server.stop(signal.SIGHUP)
    assert code == 0 and server.output.rstrip().endswith("stopped"), server.output
    assert "Traceback" not in server.output
    assert not list(project.glob(".site.*"))


@pytest.fixture(scope="module")
def served(minimal_built_once: Path, tmp_path_factory):
    project = copy_tree(minimal_built_once, tmp_path_factory.mktemp("attack44") / "project")
    with serving(project) as server:
        yield server


@pytest.mark.parametrize("path", [b"/" * 10_000, b"/" * 10_000 + b"flood/", b"/flood" + b"/" * 10_000,
                                  b"/static" + b"/" * 10_000 + b"style.css", b"/livereload" + b"/" * 10_000],
                         ids=["slashes", "slashes-then-page", "page-then-slashes", "static", "livereload"])
def test_a_path_of_ten_thousand_slashes_is_404_leading_nowhere(served, path: bytes):
    """Held: 404, no redirect (a `//host` address leads off the preview), the path named on the page clipped (300
    characters and an ellipsis), the connection's next request answered."""
    host = b"Host: 127.0.0.1:%d\r\n" % port_of(served.url)
    received = answer(served.url, b"GET " + path + b" HTTP/1.1\r\n" + host + b"\r\n"
                      + b"GET /static/style.css HTTP/1.1\r\n" + host + b"Connection: close\r\n\r\n")
    first = received.split(b"\r\n\r\n", 1)[0]
    assert first.startswith(b"HTTP/1.1 404 Not Found\r\n") and b"\r\nLocation:" not in first, received[:300]
    not_found = received.split(b"HTTP/1.1 200 OK")[0]
    assert b"/" * 400 not in not_found and len(not_found) < 3_000  # named on the page clipped, not echoed whole
    assert received.count(b"HTTP/1.1 200 OK") == 1 and b"Content-Type: text/css" in received
