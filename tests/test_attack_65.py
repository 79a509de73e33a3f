"""Round 65: an attacker with signals and sockets.

What each part fixes or holds:

1. A live-reload socket whose client never reads, yet answers the pings with pongs of its own accord (tornado takes
   any pong as the answer), stayed open for good: once the system's buffers were full, every later reload (one per
   save) stayed in the server's memory, for each such socket. Past 64 reloads not taken in it is now closed
   (`explainer/unread_reloads.py`); a page that reads, at once or a little late, keeps every reload.
2. Held: SIGQUIT (Ctrl-\\) to `build` at moments spread over a rebuild: it ends (no traceback, exit non-zero when it
   did not finish), site/ is a whole site, and the next build gives the new one with nothing beside it.
3. Held: SIGQUIT to `serve` with a live-reload socket open: it stops, its port is free and no build process is left.
4. Held: `build | true` and `check | true` (SIGPIPE on a closed output): no traceback, the site whole.
5. Held: the preview asked to upgrade a path that is no socket (`Connection: Upgrade` to `/`, to a page, `h2c`) is
   answered as a plain request, never 101; a request line of 64 KB is 431.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from livereload.handlers import LiveReloadHandler

from conftest import REPO, run_build, tree_digest
from deadlines import Deadline
from support import build_ok, edit, minimal_project
from test_attack_3 import answer
from test_attack_48 import TITLES, _every_file_parses
from test_serve import serving
from test_serve_attack import build_process, port_of

from explainer import serve
from explainer.unread_reloads import MAX_UNSENT_RELOADS


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return minimal_project(tmp_path / "project")


# --- 1. a live-reload socket that never reads -------------------------------------------------------------------------

class FakeSocket:
    """A live-reload socket whose reloads the system takes in after `lag` later ones were sent (None: never)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, lag: int | None):
        self.loop, self.lag = loop, lag
        self.held: list[asyncio.Future] = []
        self.received = 0
        self.closed = False
        self.ws_connection = None

    def write_message(self, text: str) -> asyncio.Future:
        sent = self.loop.create_future()
        self.held.append(sent)
        self.received += 1
        while self.lag is not None and len(self.held) > self.lag:
            self.held.pop(0).set_result(None)
        return sent

    def close(self) -> None:
        self.closed = True


def _tell_many(sockets: list[FakeSocket], loop: asyncio.AbstractEventLoop, times: int) -> None:
    LiveReloadHandler.waiters.clear()
    LiveReloadHandler.waiters.update(sockets)
    try:
        for _ in range(times):
            serve.tell_browsers(serve.FULL_RELOAD)
            loop.run_until_complete(asyncio.sleep(0))  # the done callbacks run, as the server's loop runs them
    finally:
        LiveReloadHandler.waiters.clear()


def test_a_live_reload_socket_that_never_reads_is_closed_not_fed():
    loop = asyncio.new_event_loop()
    try:
        unread = FakeSocket(loop, lag=None)
        _tell_many([unread], loop, 1000)
    finally:
        loop.close()
    assert unread.closed and unread.received == MAX_UNSENT_RELOADS


@pytest.mark.parametrize("lag", [0, 1, 10, MAX_UNSENT_RELOADS - 1])
def test_a_page_that_reads_its_reloads_at_once_or_a_little_late_keeps_every_one(lag: int):
    loop = asyncio.new_event_loop()
    try:
        page = FakeSocket(loop, lag=lag)
        _tell_many([page], loop, 1000)
    finally:
        loop.close()
    assert not page.closed and page.received == 1000


def test_a_socket_that_never_reads_leaves_the_pages_beside_it_their_reloads():
    loop = asyncio.new_event_loop()
    try:
        unread, page = FakeSocket(loop, lag=None), FakeSocket(loop, lag=0)
        _tell_many([unread, page], loop, 300)
    finally:
        loop.close()
    assert unread.closed and not page.closed and page.received == 300


# --- 2. SIGQUIT to a build --------------------------------------------------------------------------------------------

def test_build_quit_at_moments_spread_over_a_rebuild_leaves_a_whole_site(project: Path):
    """Held: SIGQUIT ends the process by the system's default (as SIGKILL would, which the write survives), at any
    moment: a whole site/ and, after the next build, the new one with nothing beside it."""
    build_ok(project)
    briefing = project / "content/flood/briefing.yaml"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, str(REPO / "build.py"), "--root", str(project)]
    started = time.monotonic()
    subprocess.run(command, env=env, capture_output=True, check=True)
    whole = time.monotonic() - started
    for moment in range(6):
        edit(briefing, TITLES[moment % 2], TITLES[(moment + 1) % 2])
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(whole * moment / 5)
        process.send_signal(signal.SIGQUIT)
        _, err = process.communicate(timeout=120)
        assert process.returncode in (0, -signal.SIGQUIT), (process.returncode, err[-1500:])
        assert b"Traceback" not in err, err[-1500:]
        if (project / "site").exists():
            assert _every_file_parses(project / "site") > 10
        assert run_build(project).code == 0
        assert [name for name in os.listdir(project) if name.startswith(".site")] == []
        page = (project / "site/flood/index.html").read_text(encoding="utf-8")
        assert f"<h1>{TITLES[(moment + 1) % 2].removeprefix('title: ')}</h1>" in page


# --- 3. SIGQUIT to the preview ----------------------------------------------------------------------------------------

def _port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as a server started again binds it
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _upgrade(port: int, path: str = "/livereload", origin: bool = True) -> bytes:
    return (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            + (f"Origin: http://127.0.0.1:{port}\r\n" if origin else "") + "\r\n").encode()


def test_serve_quit_with_a_live_reload_socket_open_stops_frees_its_port_and_leaves_no_process(project: Path):
    with serving(project) as server:
        port = port_of(server.url)
        child = build_process(server.process.pid)
        with socket.create_connection(("127.0.0.1", port), timeout=10) as held:
            held.sendall(_upgrade(port))
            assert held.recv(12) == b"HTTP/1.1 101"
            assert server.stop(signal.SIGQUIT) == -signal.SIGQUIT
        assert "Traceback" not in server.output
    deadline = Deadline(30)  # it ends as soon as it sees the server gone; the budget only tells a hang
    while Path(f"/proc/{child}").exists() and Path(f"/proc/{child}/stat").read_text().split()[2] != "Z":
        assert not deadline.passed(), "the build process outlived the server"
        time.sleep(0.05)
    assert _port_is_free(port)


# --- 4. a closed output -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [(), ("check",)])
def test_build_and_check_into_a_closed_pipe_end_without_a_traceback(project: Path, command: tuple[str, ...]):
    before = build_ok(project)
    edit(project / "content/flood/briefing.yaml", TITLES[0], TITLES[1])
    reader, writer = os.pipe()
    os.close(reader)  # `| true`: the reader is gone before anything is written
    try:
        result = subprocess.run([sys.executable, str(REPO / "build.py"), "--root", str(project), *command],
                                stdout=writer, stderr=subprocess.PIPE, timeout=120,
                                env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    finally:
        os.close(writer)
    assert b"Traceback" not in result.stderr and b"Exception ignored" not in result.stderr, result.stderr[-1500:]
    assert _every_file_parses(project / "site") > 10
    if command:
        assert tree_digest(project / "site") == before  # check writes nothing


# --- 5. upgrades to paths that are no socket, a long request line -----------------------------------------------------

PLAIN_PATHS = ("/", "/flood/", "/feed.xml", "/livereload.js")


def test_an_upgrade_to_a_path_that_is_no_socket_is_answered_as_a_plain_request(project: Path):
    with serving(project) as server:
        port = port_of(server.url)
        received = [answer(server.url, _upgrade(port, path)) for path in PLAIN_PATHS]
        received += [answer(server.url, f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: Upgrade, "
                                        f"HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA"
                                        f"\r\n\r\n".encode()) for path in PLAIN_PATHS]
        long_line = answer(server.url, b"GET /?" + b"a" * 65536 + f" HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
                           .encode())
        assert server.alive()
    for each in received:
        assert each.startswith(b"HTTP/1.1 200 "), each[:200]
    assert long_line.startswith(b"HTTP/1.1 431 "), long_line[:200]
    assert "Traceback" not in server.output
