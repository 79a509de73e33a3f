"""Round twenty-seven of attacks on files, signals and sockets: stops at every phase, and the preview's last doors.

A SIGTERM or a hangup (the terminal or SSH session closed) while `build` read or rendered ended it where it stood:
the pages its workers had written beside the site stayed there (`.site.aside-PID`) until the next build, and all it
had checked went unsaved, where Ctrl-C undid the first and kept the second; now each ends the build as Ctrl-C does. A
stop that came as the build forked its workers landed in fork's own Python code (its callbacks), where an exception
is printed as ignored: the build printed a traceback and went on, deaf to every later stop. The preview answered an
HTTP/1.0 request without a Host header (tornado took it for 127.0.0.1), and a SIGTERM while a client took in a large
file printed two tracebacks after "stopped": tornado wrote an error after the headers, and its log of that failed in
our own log handler, which had no `formatException`, so any library error with a traceback was an AttributeError's;
or, the stop coming as a piece of the file had just gone, it waited for the client to take in the rest, up to a
minute. In a project folder shared with a group, another user's notice in .cache/ named any `serve` of the machine as
the site's preview, at an address of their choosing.

What held, tried in this round and left without a test of its own: a Host with a trailing dot, `[localhost]`,
`[0:0::1]` and `[::ffff:127.0.0.1]` (403; browsers write IPv6 addresses shortest, `[::1]`); a Host with another port
is answered (a browser sends the port it connected to, so no page can rebind one, and `ssh -L` forwards the preview
to another); WebSocket upgrades from a foreign `Origin`, `null`, another port of 127.0.0.1, two Origins (403); a
`site/` that is a link to a folder elsewhere (one line, exit 1); content and seed names holding a newline or an
escape (named escaped) or differing only in how an accent is stored (a seed's digest tells them apart).

Each test waits on the event itself (a process's end, a line printed, bytes received), never on a sleep.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, copy_project, tree_digest
from support import edit
from test_attack_3 import answer
from test_serve import serving
from test_serve_attack import port_of

from explainer.previews import previewing
from explainer.serve import EscapedLog
from zygote import zygotes


# --- the preview ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """One server for this module; the last test to use it stops it."""
    with serving(copy_project(tmp_path_factory.mktemp("attack27") / "project")) as server:
        yield server


@pytest.mark.parametrize("path", ["/", "/livereload.js", "/livereload-keep-scroll.js"])
def test_a_request_without_a_host_is_refused_as_a_foreign_host_is(served, path):
    """HTTP/1.0 may leave Host out, and tornado then took the request for one addressed to 127.0.0.1."""
    refused = answer(served.url, f"GET {path} HTTP/1.0\r\n\r\n".encode())
    assert refused.startswith(b"HTTP/1.1 403 Host missing"), refused[:100]
    named = answer(served.url, f"GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port_of(served.url)}\r\n\r\n".encode())
    assert named.startswith(b"HTTP/1.1 200 "), named[:100]


def test_sigterm_while_a_client_takes_in_a_large_file_stops_the_server_without_a_traceback(served):
    """The file's response, cut short by the stop, was left unfinished: tornado wrote an error after its headers
    ("Cannot send error response after headers written") and logged a traceback, which our log handler failed to
    print in one of its own, both after "stopped". Or, when the stop came as a piece had just gone (Python 3.11's
    wait_for then lets the cancel go unheeded), the next piece was waited for: the server stopped only once the
    client took the file in, or a minute later. Now a stop closes every connection first."""
    with (served.root / "site" / "big.bin").open("wb") as sparse:
        sparse.truncate(8 * 1024 * 1024)
    with socket.socket() as client:
        client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        client.connect(("127.0.0.1", port_of(served.url)))
        client.sendall(b"GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert client.recv(12) == b"HTTP/1.1 200"  # the file is being sent, a piece at a time
        assert served.stop(signal.SIGTERM) == 0
    assert served.lines[-1] == "stopped" and "Traceback" not in served.output, served.output


def test_a_library_error_with_its_traceback_is_printed_escaped(capsys):
    """EscapedLog called logging.Handler's formatException, which only a Formatter has: every error tornado or
    livereload logged with its traceback raised AttributeError in the handler, a traceback of its own."""
    try:
        raise ValueError("bad \x1b[31m value")
    except ValueError:
        record = logging.LogRecord("tornado.application", logging.ERROR, __file__, 1, "Uncaught \x9b exception",
                                   None, sys.exc_info())
    EscapedLog(logging.WARNING).handle(record)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "Uncaught \\x9b exception" and lines[-1] == "ValueError: bad \\x1b[31m value", lines
    assert not any("\x1b" in line or "\x9b" in line for line in lines)


def test_a_preview_notice_others_could_have_written_is_no_one_and_replaced(tmp_path: Path):
    """In a project folder shared with a group, another user could put in .cache/ a notice naming any `serve` of the
    machine (theirs too: the system says it runs) as this site's preview, at an address of their choosing, which the
    preview printed as the server to go to, and left unnamed itself."""
    cache, out, url = tmp_path / ".cache", tmp_path / "site", "http://127.0.0.1:8001/"
    with previewing(cache, out, url):
        [notice] = cache.glob("preview-*")
    with subprocess.Popen([sys.executable, "-c", "print('ready', flush=True); input()", "serve"],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE) as other_serve:
        try:
            assert other_serve.stdout.readline() == b"ready\n"  # its command line is in place
            notice.write_text(f"{other_serve.pid} http://rebound.example:8000/\n")
            with previewing(cache, out, url) as other:  # the notice is ours: another server serves the site
                assert other is not None and f"(pid {other_serve.pid})" in other
            notice.chmod(0o666)
            with previewing(cache, out, url) as other:
                assert other is None
                assert notice.read_text() == f"{os.getpid()} {url}\n", "this server is named in its place"
        finally:
            other_serve.stdin.close()


# --- stops of the command line -------------------------------------------------------------------

# A build run as build.py runs, that sends itself SIGNAL as it opens its first file after the lock on the folder of
# pages aside is taken: a template, as it renders, with that folder beside the site.
STOPPED_AS_IT_RENDERS = """
import os, runpy, signal, sys
build, stop = sys.argv[1], getattr(signal, sys.argv[2])
seen = []
def stop_as_it_renders(event, args):
    if event == "fcntl.flock" and not seen:
        seen.append(event)
    elif event == "open" and seen == ["fcntl.flock"]:
        seen.append(event)
        os.kill(os.getpid(), stop)
sys.addaudithook(stop_as_it_renders)
sys.argv = sys.argv[:1] + sys.argv[3:]
runpy.run_path(build, run_name="__main__")
"""


@pytest.mark.parametrize("stop", ["SIGTERM", "SIGHUP"])
def test_a_stop_while_the_build_renders_leaves_nothing_beside_the_site(built_minimal: Path, stop: str):
    """The folder of pages aside (`.site.aside-PID`) was left beside the site, as SIGTERM and a hangup ended the
    build where it stood; now each ends it as Ctrl-C does, through the code that removes it."""
    good = tree_digest(built_minimal / "site")
    edit(built_minimal / "content" / "flood" / "briefing.yaml", "title: The flood", "title: The flood again")
    command = [sys.executable, "-c", STOPPED_AS_IT_RENDERS, str(REPO / "build.py"), stop, "--root",
               str(built_minimal)]
    ended = zygotes().run(command, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
                          signals={getattr(signal, stop): signal.SIG_DFL})  # as at a terminal, not as under nohup
    assert sorted(path.name for path in built_minimal.iterdir() if path.name.startswith(".site")) == []
    assert (ended.returncode, ended.stdout, ended.stderr) == (128 + getattr(signal, stop), "", "")  # as a shell says
    assert tree_digest(built_minimal / "site") == good


# Workers forked for a map, with a stop sent as each fork returns to the build (fork's callbacks, as a stop that
# comes during the fork is run in them); under stops_raised, as the command line runs a build.
STOPPED_AS_IT_FORKS = """
import os, signal, sys
from explainer import parallel
from explainer.sitelock import stops_raised
os.register_at_fork(after_in_parent=lambda: os.kill(os.getpid(), signal.SIGTERM))
with stops_raised():
    parallel.map_items(abs, list(range(100)))
print("went on")
"""


def test_a_stop_as_the_build_forks_its_workers_ends_the_build():
    """A stop landing in fork's callbacks was printed there as an ignored SystemExit, and the build went on, every
    later stop ignored: only SIGKILL ended it. Now the build holds the stops while it forks, and takes them after."""
    ended = zygotes().run([sys.executable, "-c", STOPPED_AS_IT_FORKS], capture_output=True, text=True, timeout=60,
                          cwd=REPO, env={**os.environ, "EXPLAINER_WORKERS": "2", "PYTHONDONTWRITEBYTECODE": "1"})
    assert (ended.returncode, ended.stdout, ended.stderr) == (143, "", "")
