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

A link that leads nowhere, in content/, seeds/, templates/ or static/, was "does not exist (check the name, or create
it)" (a seed's "copy the document into seeds/"), of a name `ls` shows: it is named as a link with its target, and told
to point it at the file or remove it (explainer/safefs.py leading_nowhere, read by explainer/sources.py too).

What held, tried in this round: a request of PUT, POST, DELETE, PATCH, OPTIONS or HEAD whose body (of a given length)
holds a whole request with a way up, the connection kept alive: the body is read as a body, the method refused 405
(HEAD answered), the request after it answered, nothing smuggled; a Content-Length beside a chunked body, or two of
them, is a bare 400 (tornado's); a slowloris sending one byte of its headers, of its body, or of the request after a
page, every fifth of a second: the server is one thread of events, not one a connection, and closes each once the
request's time (EXPLAINER_SERVE_HEADER_TIMEOUT) is up, counted from its start; a live-reload socket trickled a frame a
byte at a time is closed once it has not answered a ping (45 s, not tested here: PING_INTERVAL twice and tornado's 5 s);
static/ holding a folder's link to its own folder (walked once, nothing of it published) or two links leading to each
other (each "leads round in a loop").

Each test waits on the event itself (a process's end, an answer), never on a sleep.
"""

from __future__ import annotations

import os
import select
import socket
import threading
from pathlib import Path

import pytest

from conftest import copy_tree, run_build
from deadlines import Deadline
from explainer.serve import HEADER_TIMEOUT_ENV
from support import edit, error_lines, minimal_project
from test_attack_3 import answer
from test_serve import serving
from test_serve_attack import port_of

SOURCES = "content/sources.yaml"
BRIEFING = "content/flood/briefing.yaml"
CLAIMS = "content/flood/claims.yaml"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return minimal_project(tmp_path / "project")


# --- a file or folder that changes between the listing and the reading ------------------------------------------------

def _after_listing(monkeypatch, folder: Path, nth: int, change) -> None:
    """Make the system's listing of `folder`, the `nth` time the build asks for it (from 1), run `change` once the
    listing is taken: what another process does between the build's listing and its reading, made certain. Only the
    build's own listings count: the look whether every input folder answers (explainer/hung_inputs.py, round 63) lists
    them first, in a thread of its own."""
    real_scandir = os.scandir
    asked = []

    def scandir(path=".", *args):
        listing = real_scandir(path, *args)
        if not _names(path, folder) or threading.current_thread() is not threading.main_thread():
            return listing
        asked.append(path)
        with listing:
            entries = list(listing)
        if len(asked) == nth:
            change()
        return _Listing(entries)

    monkeypatch.setattr(os, "scandir", scandir)


def _names(path, folder: Path) -> bool:
    """Say whether os.scandir's `path` (a name, or a folder's descriptor: the build lists a folder it has opened, see
    tests/test_attack_43.py) is `folder`."""
    if isinstance(path, int):
        return os.path.samestat(os.fstat(path), os.stat(folder))
    return os.fspath(path) == os.fspath(folder)


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


# --- a link in an input folder that leads nowhere ---------------------------------------------------------------------

NOWHERE_HINT = "(point the link at the file it stands for, or remove it)"
DANGLING = {  # where the link stands, what it leads to: the error line
    "a static file": ("static/print.css", "gone.css",
                      f"static/print.css: is a link to 'gone.css', which does not exist {NOWHERE_HINT}"),
    "a nested static file": ("static/img/logo.svg", "../../shared/logo.svg",
                             f"static/img/logo.svg: is a link to '../../shared/logo.svg', which does not exist "
                             f"{NOWHERE_HINT}"),
    "a content file": ("content/flood/timeline.yaml", "../drafts/timeline.yaml",
                       "content/flood/timeline.yaml: is a link to '../drafts/timeline.yaml', which does not exist "
                       f"{NOWHERE_HINT}"),
    "a template": ("templates/_extra.html", "_gone.html",
                   f"templates/_extra.html: is a link to '_gone.html', which does not exist {NOWHERE_HINT}"),
    "a seed": ("seeds/flood.txt", "flood-v2.txt",
               "content/sources.yaml:3: source 'flood': seeds/flood.txt is a link to 'flood-v2.txt', which does not "
               f"exist {NOWHERE_HINT}"),
}


@pytest.mark.parametrize("case", sorted(DANGLING))
def test_a_link_leading_nowhere_is_named_with_its_target(project: Path, case: str):
    """Each was "does not exist (check the name, or create it)" (a seed's: "copy the document into seeds/"), of a name
    `ls` shows: the link is there, what it leads to is not."""
    where, target, told = DANGLING[case]
    link = project / where
    link.parent.mkdir(parents=True, exist_ok=True)
    if link.exists():
        link.unlink()
    link.symlink_to(target)
    result = run_build(project)
    assert (result.code, error_lines(result)) == (1, [told]), result.err


def test_links_that_lead_somewhere_or_round_are_named_as_before(project: Path):
    """The honest twins: a link to a file of the project builds, and publishes it; a folder's link to its own folder
    is walked once; two links leading to each other lead round in a loop; a missing seed is still to be copied in."""
    (project / "static" / "print.css").symlink_to("style.css")
    (project / "static" / "fonts").mkdir()
    (project / "static" / "fonts" / "up").symlink_to("..")
    assert run_build(project).code == 0
    site = project / "site" / "static"
    assert (site / "print.css").read_bytes() == (project / "static" / "style.css").read_bytes()
    assert not (site / "fonts").exists()
    (project / "static" / "a.css").symlink_to("b.css")
    (project / "static" / "b.css").symlink_to("a.css")
    assert error_lines(run_build(project)) == [
        "static/a.css: is a link that leads round in a loop (replace the link with a copy of the file)",
        "static/b.css: is a link that leads round in a loop (replace the link with a copy of the file)"]
    (project / "seeds" / "flood.txt").unlink()
    assert error_lines(run_build(project, "check")) == [
        "content/sources.yaml:3: source 'flood': file 'seeds/flood.txt' does not exist (copy the document into seeds/ "
        "or fix the file name)"]


# --- the preview: a body sent with another method, kept alive; requests trickled in a byte at a time ------------------

TRICKLED_TIMEOUT = 2.0  # seconds the next tests' server gives a request's headers, and its body (5 by default)


@pytest.fixture(scope="module")
def served(minimal_built_once: Path, tmp_path_factory):
    project = copy_tree(minimal_built_once, tmp_path_factory.mktemp("attack42") / "project")
    with serving(project, **{HEADER_TIMEOUT_ENV: str(TRICKLED_TIMEOUT)}) as server:
        yield server


SMUGGLED = b"GET /../../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"


@pytest.mark.parametrize("method", [b"PUT", b"POST", b"DELETE", b"PATCH", b"OPTIONS", b"HEAD"])
def test_a_body_holding_a_request_is_read_as_a_body_and_the_next_request_answered(served, method: bytes):
    """Held: the body of a request of another method, the connection kept alive, is read as its body (as long as its
    Content-Length says), never as a request of its own; the request after it is answered as sent."""
    host = b"Host: 127.0.0.1:%d\r\n" % port_of(served.url)
    request = (method + b" / HTTP/1.1\r\n" + host + b"Content-Length: %d\r\n\r\n" % len(SMUGGLED) + SMUGGLED
               + b"GET /static/style.css HTTP/1.1\r\n" + host + b"Connection: close\r\n\r\n")
    received = answer(served.url, request)
    statuses = [line for line in received.split(b"\r\n") if line.startswith(b"HTTP/1.1 ")]
    first = b"HTTP/1.1 200 OK" if method == b"HEAD" else b"HTTP/1.1 405 Method Not Allowed"
    assert received.startswith(first) and received.count(b"HTTP/1.1 ") == 2, received[:400]
    assert b"Content-Type: text/css" in received and b"root:" not in received, statuses


def _trickle(url: str, start: bytes, slow: bytes) -> tuple[bool, bytes]:
    """Send `start`, then `slow` a byte at a time, each once the server has had a fifth of a second to close the
    connection; return whether it closed it before TRICKLED_TIMEOUT and 10 s more of running time, and what it sent."""
    received = b""
    with socket.create_connection(("127.0.0.1", port_of(url)), timeout=30) as connection:
        connection.sendall(start)
        deadline = Deadline(TRICKLED_TIMEOUT + 10)
        for byte in slow:
            if select.select([connection], [], [], 0.2)[0]:  # the event waited on: the server's answer or close
                chunk = connection.recv(65536)
                if not chunk:
                    return True, received
                received += chunk
            if deadline.passed():
                return False, received
            try:
                connection.send(bytes([byte]))
            except (BrokenPipeError, ConnectionResetError):
                return True, received
    return False, received


@pytest.mark.parametrize("start, slow", [
    (b"", b"GET / HTTP/1.1\r\nX-Slow: " + b"a" * 1000),
    (b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n", b"b" * 1000),
    (b"GET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", b"GET / HTTP/1.1\r\nX-Slow: " + b"a" * 1000),
], ids=["headers", "a body", "the request after a page"])
def test_a_request_trickled_in_a_byte_at_a_time_is_closed_once_its_time_is_up(served, start: bytes, slow: bytes):
    """Held: the server's time for a request's headers (and for its body) runs from the request's start, not from its
    last byte: a slowloris sending a byte every fifth of a second keeps no connection past it."""
    closed, received = _trickle(served.url, start, slow)
    assert closed, "the server kept a connection whose request kept trickling in"
    assert received == b"" or received.startswith(b"HTTP/1.1 200 OK"), received[:200]
