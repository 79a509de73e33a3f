"""Round twelve of attacks on files, signals and sockets: a second Ctrl-C while the first was being handled (a
traceback as "stopped" was printed), `accept-source ""` (an unset shell variable) recording the first source's
digest, `new` refusing a slug the build takes (its draft folder's name too long) with a hint about disk space, an
8 MiB file of two million list items parsed whole before it was refused (13 s), a second preview of one project
saying only that its port was in use, and a seed's name stored decomposed (as macOS writes it), or in other letter
case, said not to exist with nothing more, and a preview out of open files retrying its accept in a busy loop,
thousands of tracebacks a second, while the editor's page waited.
"""

from __future__ import annotations

import os
import resource
import signal
import socket
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import tree_digest
from test_serve import ServerProcess, fetch, free_port, serving
from zygote import zygotes

# A build whose listing of content/ meets a Ctrl-C, and a second Ctrl-C as the first one's "stopped" is printed:
# signals raised at those very points, not sent after a guessed delay. Ctrl-C first raises KeyboardInterrupt, as in
# a Python started at a terminal: tests run in the background (`pytest &`, a CI step) start every process with SIGINT
# ignored, and Python leaves it so; the build was then never stopped and printed "built" (seen in whole-suite runs).
_TWICE = """
import os, signal, sys
from explainer.cli import main

signal.signal(signal.SIGINT, signal.default_int_handler)

listing = os.scandir
def scandir(path=".", *args):
    if (os.path.samestat(os.fstat(path), os.stat(os.path.join(sys.argv[1], "content"))) if isinstance(path, int)
            else str(path).endswith("content")):  # content/ is listed through its descriptor (tests/test_attack_44.py)
        os.scandir = listing
        signal.raise_signal(signal.SIGINT)
    return listing(path, *args)
os.scandir = scandir

class Stderr:
    def __init__(self, stream):
        self.stream = stream
    def write(self, text):
        if "stopped" in text:
            signal.raise_signal(signal.SIGINT)
        return self.stream.write(text)
    def __getattr__(self, name):
        return getattr(self.stream, name)
sys.stderr = Stderr(sys.stderr)
sys.exit(main(["--root", sys.argv[1]]))
"""


def test_a_second_ctrl_c_while_the_first_is_handled_ends_the_build_as_one_does(built_minimal: Path):
    site = tree_digest(built_minimal / "site")
    # SIGINT ignored, as a shell's background job starts it (tests run in the background start it so)
    done = zygotes().run([sys.executable, "-c", _TWICE, str(built_minimal)], capture_output=True, text=True,
                         cwd=REPO, timeout=120, signals={signal.SIGINT: signal.SIG_IGN})
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "stopped\n")
    assert tree_digest(built_minimal / "site") == site


@pytest.mark.parametrize("command", [("accept-source", ""), ("cite", "", "flood")])
def test_an_empty_source_id_names_no_source(built_minimal: Path, command: tuple[str, ...]):
    """`accept-source "$ID"` with ID unset recorded the first source's SHA-256, a source nobody named."""
    library = built_minimal / "content" / "sources.yaml"
    library.write_text(library.read_text().replace("sha256: c6fab", "sha256: 00fab"))
    before = library.read_bytes()
    result = run_build(built_minimal, *command)
    assert (result.code, result.err) == (1, "error: content/sources.yaml: no source '' (use one of: flood)\n")
    assert library.read_bytes() == before


def test_new_takes_any_slug_a_folder_name_can_hold_and_refuses_a_longer_one_saying_so(built_minimal: Path):
    """A slug of 250 letters, which the build takes, failed: "File name too long (... make room or make content/
    writable ...)", its draft folder's name 13 characters longer."""
    longest = "a" * 255
    assert run_build(built_minimal, "new", longest, "--title", "The flood").code == 0
    assert (built_minimal / "content" / longest / "briefing.yaml").is_file()
    result = run_build(built_minimal, "new", "b" * 256, "--title", "The flood")
    assert (result.code, result.err) == (1, f"error: '{'b' * 40}...' is 256 characters long: a folder's name holds "
                                            "at most 255 (choose a shorter slug; it is the briefing's address too)\n")
    assert run_build(built_minimal).code == 0


def test_a_file_of_too_many_values_is_refused_where_the_limit_is_passed_without_reading_on(built_minimal: Path):
    """Two million list items in 8 MiB were parsed to the end (13 s, 160 MB) before a problem was reported."""
    site = tree_digest(built_minimal / "site")
    (built_minimal / "content" / "flood" / "quotes.yaml").write_text("quotes:\n" + "- a\n" * 500_000)
    result = run_build(built_minimal)
    assert (result.code, result.err) == (1, "error: content/flood/quotes.yaml:499999: the file holds more than 500,000 "
                                            "keys, texts, lists and mappings; the rest was not read (no briefing or "
                                            "library needs so many: look for a list that a script or a paste "
                                            "repeated)\n1 problem; site/ was not changed.\n")
    assert tree_digest(built_minimal / "site") == site


def test_a_second_preview_of_a_project_names_the_first_and_where_it_serves(built_minimal: Path):
    """It said only "port 8000 is in use; serving on port 8001 instead", and both built every save."""
    with serving(built_minimal) as first:
        with serving(built_minimal) as second:
            assert (f"warning: another preview server (pid {first.process.pid}) serves this site already at "
                    f"{first.url}: both build every save, taking turns (stop one of them, Ctrl-C in its terminal)"
                    ) in second.lines
        assert not any("another preview" in line for line in first.lines)
    assert not list((built_minimal / ".cache").glob("preview-*"))  # the first one's notice went with it
    with serving(built_minimal) as killed:
        killed.process.kill()  # SIGKILL: its notice stays, naming a process that is gone
        killed.process.wait(timeout=10)
    with serving(built_minimal) as after:
        assert not any("another preview" in line for line in after.lines)


@pytest.mark.parametrize("stored, shown", [(unicodedata.normalize("NFD", "flood-é.txt"), "flood-e\\u0301.txt"),
                                           ("Flood-é.txt", "Flood-é.txt")])
def test_a_seed_named_in_other_characters_or_case_is_named_as_the_file_to_rename(built_minimal: Path, stored: str,
                                                                                 shown: str):
    """The file is there to see, written as `cafe` and U+0301 (a copy from macOS) or in other case, and the build
    said only that it did not exist."""
    site = tree_digest(built_minimal / "site")
    (built_minimal / "seeds" / "flood.txt").rename(built_minimal / "seeds" / stored)
    library = built_minimal / "content" / "sources.yaml"
    library.write_text(library.read_text().replace("file: flood.txt", "file: flood-é.txt"))
    result = run_build(built_minimal)
    assert (result.code, result.err) == (1, "error: content/sources.yaml:3: source 'flood': file 'seeds/flood-é.txt' "
                                            f"does not exist (seeds/ holds '{shown}', the same name in other characters "
                                            "or letter case: rename that file as sources.yaml names it)\n"
                                            "1 problem; site/ was not changed.\n")
    assert tree_digest(built_minimal / "site") == site


def test_a_preview_out_of_open_files_closes_the_oldest_connections_and_serves_the_page(built_minimal: Path):
    """Its cap on connections is half the file limit, and the rest of the process can hold more than the other half:
    with 24 files and 40 idle connections it logged thousands of tracebacks a second, and the page timed out."""
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    command = [sys.executable, str(REPO / "build.py"), "--root", str(built_minimal), "serve", "--port", str(free_port())]
    process = zygotes().popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1"},
                              rlimits={resource.RLIMIT_NOFILE: (24, hard)})
    idle: list[socket.socket] = []
    try:
        server = ServerProcess(process, built_minimal)
        port = int(server.url.rsplit(":", 1)[1].strip("/"))
        idle.extend(socket.create_connection(("127.0.0.1", port)) for _ in range(40))
        assert [fetch(server.url)[0] for _ in range(3)] == [200, 200, 200]
        for connection in idle:
            connection.close()
        assert fetch(server.url)[0] == 200
        assert server.stop() == 0
    finally:
        for connection in idle:
            connection.close()
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
    assert "Traceback" not in server.output, server.output[:3000]
    assert server.lines.count("warning: the server is out of open files (ulimit -n 24): it closes the oldest "
                              "connections to accept new ones") == 1
