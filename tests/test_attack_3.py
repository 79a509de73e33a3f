"""A third round of attacks with files, signals and sockets: what the earlier rounds did not try.

Request bodies and malformed requests against the preview server, a closed terminal's hangup,
sharing the preview on the network, and things that are not a lock file where the lock goes.
Each test waits on the event itself (a response, a line printed, a process's end), never on a sleep.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
from pathlib import Path

import pytest

from conftest import run_build, run_build_process, tree_digest
from deadlines import Deadline
from support import edit, error_lines
from test_serve import SLUG, SharedServer, fetch, fetch_as_host, serving, set_title, wait_until
from test_serve_attack import build_process, ends_within, get, open_files, open_socket, port_of, refused

# Seconds of running time (see Deadline): less than HEADER_TIMEOUT and the body timeout, so an answer is not a
# timeout's (one that came only then would be no answer the tests look for: they fail, never pass, by it).
QUICK = 3.0


@pytest.fixture(scope="module")
def shared_servers(tmp_path_factory):
    with SharedServer(tmp_path_factory.mktemp("shared")) as servers:
        yield servers


@pytest.fixture
def shared_server(shared_servers):
    """One server for the tests that change no input file and stop nothing (a test that made it build fails)."""
    yield shared_servers.take()
    shared_servers.give_back()


def answer(url: str, request: bytes, timeout: float = QUICK) -> bytes:
    """Send `request` as raw bytes and return everything the server answers until it closes or `timeout` (of running
    time) passes."""
    received = b""
    with socket.create_connection(("127.0.0.1", port_of(url)), timeout=timeout * 10) as connection:
        deadline = Deadline(timeout)
        try:
            connection.sendall(request)
            while (left := deadline.left()) > 0:
                connection.settimeout(min(left, 0.25))  # to count what the server waits for a core meanwhile
                try:
                    chunk = connection.recv(65536)
                except TimeoutError:
                    continue
                if not chunk:
                    break
                received += chunk
        except (ConnectionResetError, BrokenPipeError):
            pass
    return received


# --- requests the preview has no use for --------------------------------------------------------

def test_a_large_request_body_is_refused_before_it_is_read(shared_server):
    """tornado held up to 100 MB of a request's body in memory before any handler ran, so each
    connection, even a POST from any web page the editor had open, could hold 100 MB of the server."""
    url, host = shared_server.url, f"Host: 127.0.0.1:{port_of(shared_server.url)}\r\n".encode()
    announced = answer(url, b"POST / HTTP/1.1\r\n" + host + b"Content-Length: 50000000\r\n\r\n")
    assert announced.startswith(b"HTTP/1.1 400 "), announced[:100]
    # A chunk announced as 1 MiB, none of it sent: refused on its size line, not waited for.
    chunked = answer(url, b"POST / HTTP/1.1\r\n" + host + b"Transfer-Encoding: chunked\r\n\r\n100000\r\n")
    assert chunked.startswith(b"HTTP/1.1 400 "), chunked[:100]
    assert get(url, "/static/style.css")[0] == 200
    assert "Traceback" not in shared_server.output


SIZE = 12_000_000  # three times what the kernel's buffers hold: the server's send buffer grows to 4 MB (tcp_wmem)


@pytest.mark.slow  # waits out the server's send time limit
def test_a_client_that_stops_reading_is_closed_after_the_send_time_limit(project):
    """A client that stopped reading held its connection, and the bytes of the file it asked for,
    for ever: tornado closes a connection idle before a request, never one stuck sending."""
    # 60 s by default. The limit is on the whole response (one write): a client that reads takes in the file in a
    # tenth of 1 s at a load of 14; 2 s and 30 MB held a worker of the suite 1 s longer.
    with serving(project, EXPLAINER_SERVE_SEND_TIME_LIMIT="1") as server:
        with (project / "site" / "big.bin").open("wb") as sparse:
            sparse.truncate(SIZE)
        pid, before = server.process.pid, open_files(server.process.pid)
        with socket.socket() as stalled:
            stalled.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            stalled.connect(("127.0.0.1", port_of(server.url)))
            stalled.sendall(b"GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            wait_until(lambda: open_files(pid) > before, "the server took the connection")
            wait_until(lambda: open_files(pid) <= before, "the server closed the stalled connection")
            received = 0
            with contextlib.suppress(ConnectionResetError):
                while chunk := stalled.recv(1 << 20):
                    received += len(chunk)
        assert received < SIZE
        status, _, body = get(server.url, "/big.bin")  # a client that reads gets it whole
        assert status == 200 and len(body) == SIZE
        assert "Traceback" not in server.output


def raw_request(first_line: bytes, *headers: bytes) -> bytes:
    return first_line + b"\r\n" + b"".join(header + b"\r\n" for header in headers) + b"Connection: close\r\n\r\n"


# name: (request, with {port} for the server's, what the answer starts with)
MALFORMED = {
    "Content-Length and Transfer-Encoding (smuggling)": (
        raw_request(b"POST / HTTP/1.1", b"Host: 127.0.0.1:{port}", b"Content-Length: 4",
                    b"Transfer-Encoding: chunked") + b"0\r\n\r\nGET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        b"HTTP/1.1 400 "),
    "HTTP/0.9": (b"GET /index.html\r\n\r\n", b"HTTP/1.1 400 "),
    "two Host headers, a foreign one first": (
        raw_request(b"GET /index.html HTTP/1.1", b"Host: rebound.example", b"Host: 127.0.0.1:{port}"), b"HTTP/1.1 400 "),
    "a Host with userinfo": (raw_request(b"GET /index.html HTTP/1.1", b"Host: 127.0.0.1:{port}@rebound.example"),
                             b"HTTP/1.1 400 "),
    "an absolute-form target naming another host": (  # 404 until round 59, which reads one naming the preview
        raw_request(b"GET http://rebound.example/index.html HTTP/1.1", b"Host: 127.0.0.1:{port}"), b"HTTP/1.1 400 "),
    "TRACE": (raw_request(b"TRACE /index.html HTTP/1.1", b"Host: 127.0.0.1:{port}"), b"HTTP/1.1 405 "),
    "a header of 200 KB": (raw_request(b"GET / HTTP/1.1", b"Host: 127.0.0.1:{port}", b"X: " + b"a" * 200_000),
                           b"HTTP/1.1 431 "),  # closed without a word until round 39 (tests/test_attack_39.py)
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_or_smuggled_request_gets_no_page(shared_server, case):
    request, expected = MALFORMED[case]
    received = answer(shared_server.url, request.replace(b"{port}", str(port_of(shared_server.url)).encode()))
    assert received.startswith(expected) and b"<!doctype html>" not in received and b"User-agent" not in received, \
        received[:200]
    assert get(shared_server.url, "/static/style.css")[0] == 200
    assert "Traceback" not in shared_server.output


def test_the_live_reload_client_is_not_served_to_a_foreign_host_name(shared_server):
    """The README says a loopback server answers only requests addressed to a loopback name;
    livereload's own handler for its client script did not ask."""
    port = port_of(shared_server.url)
    assert get(shared_server.url, "/livereload.js", {"Host": f"rebound.example:{port}"})[0] == 403
    assert get(shared_server.url, "/livereload.js", {"Host": f"localhost:{port}"})[0] == 200


# --- signals ------------------------------------------------------------------------------------

def test_a_closed_terminals_hangup_stops_the_server_as_ctrl_c_does(project):
    """SIGHUP (a terminal or SSH session closed) went to the server and its build process alike and
    killed both where they stood, without "stopped" and with a build perhaps half-written."""
    with serving(project) as server:
        worker = build_process(server.process.pid)
        os.kill(worker, signal.SIGHUP)  # the hangup reaches the whole process group
        set_title(project, "title: Saved after the hangup")
        server.wait_until(lambda: "<h1>Saved after the hangup</h1>" in fetch(server.url + f"{SLUG}/")[1],
                          "the save was built")
        assert build_process(server.process.pid) == worker, "the build process died of the hangup"
        code = server.stop(signal.SIGHUP)
    assert code == 0, server.output
    assert server.output.rstrip().endswith("stopped")
    assert ends_within(worker, 5), "the build process outlived the server"
    assert not list(project.glob(".site.*")), "a half-written site was left behind"


# --- the network --------------------------------------------------------------------------------

def test_sharing_the_preview_on_the_network_says_so_and_the_loopback_preview_does_not(project, shared_server):
    with serving(project, options=("--host", "0.0.0.0")) as server:
        assert fetch(server.url)[0] == 200
        server.wait_until(lambda: "warning: --host 0.0.0.0 is not this machine only" in server.output,
                          "the warning was printed")
    assert "warning:" not in shared_server.output


@pytest.mark.parametrize("host", ["127.1", "localhost"])
def test_a_loopback_address_written_otherwise_keeps_the_host_check(project, host):
    """`--host 127.1`, or the machine's own name (127.0.1.1 in Debian's /etc/hosts), binds the loopback,
    but the server took it for a network address: it answered any Host, so a page using DNS
    rebinding could read the site and its error pages, and opened its live-reload socket."""
    async def sockets(url: str) -> int:
        port = port_of(url)
        (await open_socket(url, f"http://{host}:{port}", host=f"{host}:{port}")).close()  # the page's own
        return await refused(url, f"http://rebound.example:{port}", host=f"rebound.example:{port}")

    with serving(project, options=("--host", host)) as server:
        assert fetch(server.url)[0] == 200
        assert fetch_as_host(server.url, "rebound.example")[0] == 403
        assert asyncio.run(sockets(server.url)) == 403
        assert "warning:" not in server.output


# --- the lock beside the site ------------------------------------------------------------------

def _socket_at(path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(path))


NOT_A_LOCK = {
    "a link": ("a link", lambda path: path.symlink_to(path.parent / "elsewhere")),
    "a folder": ("a folder", Path.mkdir),
    "a named pipe": ("a named pipe", os.mkfifo),
    "a socket": ("a socket", _socket_at),
}


@pytest.mark.parametrize("case", sorted(NOT_A_LOCK))
def test_something_else_where_the_lock_goes_is_named_and_left_alone(built_minimal: Path, case: str):
    """The message named the site ("site: cannot write: Too many levels of symbolic links"), not
    the lock file, and a named pipe there was opened as a lock, failed the build and was deleted."""
    root = built_minimal
    good = tree_digest(root / "site")
    kind, make = NOT_A_LOCK[case]
    lock = root / ".site.lock"
    make(lock)
    edit(root / "content" / "flood" / "briefing.yaml", "title: The flood", "title: The flood again")
    result = run_build(root)
    assert (result.code, "Traceback" in result.err) == (1, False), result.err
    assert error_lines(result) == [f"{root.resolve() / '.site.lock'}: is {kind} where the build keeps its lock file "
                                   "(remove it and build again)"]
    assert tree_digest(root / "site") == good
    assert sorted(path.name for path in root.glob(".site*")) == [".site.lock"], "leftovers beside the site"
    assert os.path.lexists(lock), "it was deleted"
    if lock.is_symlink():
        assert not (root / "elsewhere").exists(), "the build wrote through the link"


# --- text that made the checks quadratic --------------------------------------------------------

SUMMARY = "The river rose on Monday[^monday] and again on Tuesday[^tuesday]."
NOT_A_MARKER = ("content/flood/briefing.yaml:3: `summary`: '[^' is no citation marker (a key holds no spaces), so the page "
                "would show it as written (write it as [^key])")


@pytest.mark.parametrize("written, expected", [
    (SUMMARY + " " + "[a](" * 15_000, None),  # 60 KB of link openings: builds
    (SUMMARY + " " + "[^" * 15_000, NOT_A_MARKER),  # 30 KB of marker openings: each named
    (SUMMARY.replace("[^monday]", "[^[^monday]"), NOT_A_MARKER),  # a doubled opening: still refused
], ids=["link openings", "marker openings", "a doubled opening"])
def test_text_full_of_marker_or_link_openings_is_checked_in_one_pass(built_minimal: Path, written: str, expected):
    """Each "[^" of a summary (and each "](") started a scan to the end of the text: 16 KB of either
    took half a minute to build and 100 KB hours. The preview's time limit stopped such a build; the
    command line and `check` in CI ran on."""
    root = built_minimal
    edit(root / "content" / "flood" / "briefing.yaml", SUMMARY, written)
    result = run_build_process(root, timeout=60)  # a few seconds now; hours before
    assert "Traceback" not in result.err
    if expected is None:
        assert result.code == 0, result.err[-2000:]
    else:
        assert (result.code, set(error_lines(result))) == (1, {expected}), result.err[-2000:]


# --- one mistake repeated all over a file ------------------------------------------------------

NOT_A_TOPIC = ("expected a mapping of fields, found the number 1 (write `field: value` lines; fields: id, title, "
               "claims)")


def test_a_file_repeating_one_mistake_lists_the_first_999_and_stops_checking(built_minimal: Path):
    """8 MiB of `topics: [1,1,1...]` made four million problems: two minutes, 4 GB of memory and four
    million lines; the preview's error page would have held them all."""
    root = built_minimal
    good = tree_digest(root / "site")
    (root / "content" / "flood" / "claims.yaml").write_text("topics: [" + "1," * 300_000 + "1]\n", encoding="utf-8")
    result = run_build(root)
    lines = error_lines(result)
    assert result.code == 1 and "Traceback" not in result.err
    assert lines[0] == ("content/flood/claims.yaml: has more problems than the 999 listed; the rest of it was not "
                        "checked (fix these and build again)")
    assert len(lines) == 1000 and all(line.endswith(NOT_A_TOPIC) for line in lines[1:])
    assert result.err.endswith("1,000 problems; site/ was not changed.\n")
    assert tree_digest(root / "site") == good


def test_over_a_thousand_problems_in_all_are_listed_to_the_thousandth_and_counted(built_minimal: Path):
    root = built_minimal
    shutil.copytree(root / "content" / "flood", root / "content" / "flood-two")
    for slug in ("flood", "flood-two"):
        (root / "content" / slug / "claims.yaml").write_text("topics: [" + "1," * 599 + "1]\n", encoding="utf-8")
    result = run_build(root)
    lines = error_lines(result)
    assert result.code == 1 and len(lines) == 1001
    assert lines[-1] == "content/flood/claims.yaml: and 200 more problems, not listed (fix the ones above and build again)"
    assert result.err.endswith("1,200 problems; site/ was not changed.\n")

