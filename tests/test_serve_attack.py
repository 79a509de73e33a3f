"""The dev server against what broke it: endless templates, files swapped while served, disk
changes behind its back, foreign pages on its socket, malformed requests and messages.

Each test runs a real `build.py serve` on a private copy of the project and a free port (the
tests that change no input file and stop nothing share one), with real HTTP and websocket clients,
and waits on events (a page's text, a process's state), never on a fixed sleep.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import http.client
import json
import os
import re
import select
import signal
import socket
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from tornado.httpclient import HTTPClientError, HTTPRequest
from tornado.websocket import WebSocketClosedError, websocket_connect

from conftest import run_build, tree_digest
from support import edit
from deadlines import Deadline
from test_serve import BRIEFING_PAGE, SLUG, SOON, SharedServer, fetch, serving, set_title, wait_until

# endless in effect: two loops, each within the million numbers a `range` may count (round 50)
ENDLESS = "{% block body %}{% for i in range(10**6) %}{% for j in range(10**6) %}{% endfor %}{% endfor %}"
# CPU seconds a build process has spent since a save that made its template endless, by which it is surely in the
# loop: ten times what the whole rebuild of that save takes without it (0.02-0.03 s here; 0.5 s cost the suite
# a quarter of a second more per test for nothing).
IN_THE_LOOP_S = 0.25
HELLO = json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]})


def port_of(url: str) -> int:
    return urlsplit(url).port


def get(url: str, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    """Return the status, headers and body of one GET request sent exactly as given."""
    connection = http.client.HTTPConnection("127.0.0.1", port_of(url), timeout=10)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def build_process(server_pid: int) -> int:
    """Return the pid of the server's build process: its one child that is not multiprocessing's resource tracker
    (the first build process is forked, so it has the server's command line; a later one is spawned)."""
    found = []
    for task in Path(f"/proc/{server_pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            if b"resource_tracker" not in Path(f"/proc/{child}/cmdline").read_bytes():
                found.append(int(child))
    assert len(found) == 1, found
    return found[0]


def cpu_seconds(pid: int) -> float:
    """Return the CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ends_within(pid: int, seconds: float) -> bool:
    """Return whether process `pid` ends within `seconds` of running time (see Deadline), waiting on its end itself
    (a pidfd becomes readable then)."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True  # already gone
    try:
        deadline = Deadline(seconds)
        while not select.select([handle], [], [], min(max(deadline.left(), 0.0), 0.1))[0]:
            if deadline.passed():
                return False
        return True
    finally:
        os.close(handle)


@pytest.fixture(scope="module")
def shared_servers(tmp_path_factory):
    with SharedServer(tmp_path_factory.mktemp("shared")) as servers:
        yield servers


@pytest.fixture
def shared_server(shared_servers):
    """One server for the tests that change no input file and stop nothing (a test that made it build fails).

    What they put in its site/ by hand they take away again; the server ignores site/ (it watches
    the inputs), so it neither rebuilds nor reloads for them. Moving site/ itself away is another
    matter: the server builds it again (test_a_site_folder_replaced_by_a_link_serves_nothing_through_it).
    """
    yield shared_servers.take()
    shared_servers.give_back()


async def open_socket(url: str, origin: str | None, host: str | None = None):
    """Return a livereload socket opened as a page with `origin` would open it."""
    headers = {"Origin": origin} if origin else {}
    if host:
        headers["Host"] = host
    return await websocket_connect(HTTPRequest(url.replace("http://", "ws://") + "livereload", headers=headers))


async def refused(url: str, origin: str | None, host: str | None = None) -> int:
    """Return the status a refused socket got (fails if it was accepted)."""
    try:
        connection = await open_socket(url, origin, host)
    except HTTPClientError as error:
        return error.code
    connection.close()
    raise AssertionError(f"the socket was opened for Origin {origin!r}, Host {host!r}")


# --- 1. builds that never end ---------------------------------------------------------------

@pytest.mark.slow
def test_an_endless_template_is_stopped_and_the_next_save_builds_again(project):
    # The endless loop spends the whole limit in CPU: 0.5 s, some ten times what this project's rebuild takes (0.05 s
    # of CPU in the fresh process that builds the next save, its imports not counted; 1 s and 2 s cost the suite 0.5
    # and 1.5 s of CPU more for nothing).
    with serving(project, EXPLAINER_SERVE_TIME_LIMIT="0.5") as server:
        good = tree_digest(project / "site")
        index = project / "templates" / "index.html"
        edit(index, "{% block body %}", ENDLESS)
        # The limit counts no time the loop waited for a core (load 25 on 2 cores: a tenth of a core each), nor does
        # SOON (see Deadline): at any load the stop comes within it, and with no limit the wait fails.
        server.wait_until(lambda: "took longer than 0.5 s" in fetch(server.url)[1], "the stopped rebuild was shown")
        status, page = fetch(server.url)
        assert status == 500
        assert "templates/index.html" in page, re.findall(r"class=\"where\">[^<]*", page)
        assert "the rebuild took longer than 0.5 s and was stopped" in page
        assert "likely an endless loop in a template" in page
        assert tree_digest(project / "site") == good

        edit(index, ENDLESS, "{% block body %}<p>back again</p>")
        server.wait_until(lambda: "<p>back again</p>" in fetch(server.url)[1], "the next save was built")
        assert fetch(server.url)[0] == 200
        assert server.alive(), server.output


@pytest.mark.slow
def test_sigterm_during_an_endless_build_stops_the_server_within_seconds(project):
    with serving(project) as server:  # the default time limit, 30 s: far longer than the stop may take
        worker = build_process(server.process.pid)
        before = cpu_seconds(worker)
        edit(project / "templates" / "index.html", "{% block body %}", ENDLESS)
        wait_until(lambda: cpu_seconds(worker) - before > IN_THE_LOOP_S, "the build process is in the loop")
        code = server.stop(signal.SIGTERM, within=5)  # of running time: the default time limit's 30 would be too late
    assert code == 0, server.output
    assert server.output.rstrip().endswith("stopped")
    assert ends_within(worker, 5), "the build process was not gone"
    assert not list(project.glob(".site.*")), "a half-written site was left behind"
    assert (project / "site" / "index.html").is_file() and (project / "site" / SLUG / "index.html").is_file()


@pytest.mark.slow
def test_a_server_killed_outright_leaves_no_build_running(project):
    with serving(project) as server:  # the default time limit, 30 s: its alarm would come only after 40 s
        worker = build_process(server.process.pid)
        before = cpu_seconds(worker)
        edit(project / "templates" / "index.html", "{% block body %}", ENDLESS)
        wait_until(lambda: cpu_seconds(worker) - before > IN_THE_LOOP_S, "the build process is in the loop")
        server.process.kill()  # SIGKILL: the server can tell no one
        server.process.wait(timeout=10)
        assert ends_within(worker, 5), "the build process outlived the server"
    assert not list(project.glob(".site.*")), "a half-written site was left behind"


# --- 2. consistent bytes, regular files only --------------------------------------------------

def test_a_file_replaced_while_it_is_served_comes_whole(shared_server):
    big, small = b"a" * 1_000_000, b"b" * 10
    server, site = shared_server, shared_server.root / "site"
    (site / "swap.bin").write_bytes(big)
    stop = threading.Event()
    swaps = []

    def keep_swapping() -> None:
        while not stop.is_set():
            for data in (small, big):
                (site / ".swap.tmp").write_bytes(data)
                os.replace(site / ".swap.tmp", site / "swap.bin")
            swaps.append(1)

    def keep_fetching(results: list) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port_of(server.url), timeout=10)
        for _ in range(150):
            connection.request("GET", "/swap.bin")
            response = connection.getresponse()
            body = response.read()
            results.append((response.status, int(response.getheader("Content-Length")), body))
        connection.close()

    swapper = threading.Thread(target=keep_swapping)
    results: list = []
    clients = [threading.Thread(target=keep_fetching, args=(results,)) for _ in range(4)]
    try:
        swapper.start()
        for client in clients:
            client.start()
        for client in clients:
            client.join()  # each request's socket times out after 10 s idle: a hung server ends them too
    finally:
        stop.set()
        swapper.join()
        (site / "swap.bin").unlink(missing_ok=True)  # gone only if the server built again: the fixture says so
    assert len(results) == 600 and len(swaps) > 10
    assert all(status == 200 and length == len(body) and body in (big, small) for status, length, body in results)
    assert {body for _, _, body in results} == {big, small}, "both versions were served"


def test_only_regular_files_inside_the_site_are_served(shared_server):
    root = shared_server.root
    site = root / "site"
    (root / "secret.txt").write_text("not for the browser", encoding="utf-8")
    (site / "leak.txt").symlink_to(root / "secret.txt")
    (site / "outside").symlink_to(root)
    os.mkfifo(site / "pipe.html")
    try:
        for path in ("/leak.txt", "/outside/secret.txt", "/pipe.html", "/../secret.txt", "/./index.html"):
            status, _, body = get(shared_server.url, path)
            assert status == 404 and b"not for the browser" not in body, path
        assert get(shared_server.url, "/static/style.css")[0] == 200
        assert "Traceback" not in shared_server.output
    finally:
        for name in ("leak.txt", "outside", "pipe.html"):
            (site / name).unlink(missing_ok=True)  # gone only if the server built again: the fixture says so
        (root / "secret.txt").unlink()


def test_a_site_folder_replaced_by_a_link_serves_nothing_through_it(project):
    # Its own server: one that finds site/ gone (its marker file with it) builds it again, and through the link the
    # build fails ("output path is not a plain folder"). On a shared server, at load 10 and more, the tests after this
    # one met that error page or a site/ built anew (10 failures in a run; huge.bin removed under the test's feet).
    with serving(project) as server:
        site = project / "site"
        site.rename(project / "site.real")
        site.symlink_to("/")
        try:
            for path in ("/etc/passwd", "/etc/hostname", "/"):
                status, _, body = get(server.url, path)
                assert status in (404, 500) and b"root:" not in body, path
        finally:
            site.unlink()
            (project / "site.real").rename(site)
        assert get(server.url, "/static/style.css")[0] == 200


def test_a_file_too_large_to_preview_is_refused_without_reading_it(shared_server):
    from explainer.serve import MAX_SERVED_BYTES

    huge = shared_server.root / "site" / "huge.bin"
    with huge.open("wb") as sparse:
        sparse.truncate(MAX_SERVED_BYTES + 1)  # no disk used: a read would still fill the memory
    try:
        status, _, body = get(shared_server.url, "/huge.bin")
        assert status == 503 and len(body) < 10_000
        assert get(shared_server.url, "/static/style.css")[0] == 200
    finally:
        huge.unlink(missing_ok=True)  # gone only if the server built again: the fixture says so


def open_files(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


CAP = 64  # connections the next test's server keeps at once: reached in far less than HEADER_TIMEOUT
HEADER_TIMEOUT = 2.0  # seconds, the next test's server's (5 by default): still far more than reaching CAP takes


@pytest.mark.slow
def test_half_open_connections_cannot_use_up_the_server(project):
    from explainer.serve import HEADER_TIMEOUT_ENV, MAX_CONNECTIONS_ENV

    with serving(project, **{MAX_CONNECTIONS_ENV: str(CAP), HEADER_TIMEOUT_ENV: str(HEADER_TIMEOUT)}) as server:
        pid, before = server.process.pid, open_files(server.process.pid)
        held = []
        try:
            for _ in range(CAP + 200):  # slowloris: a request whose headers never end
                connection = socket.create_connection(("127.0.0.1", port_of(server.url)), timeout=10)
                held.append(connection)
                with contextlib.suppress(ConnectionError):  # past the cap, the oldest are closed
                    connection.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            assert get(server.url, "/static/style.css")[0] == 200  # full: the oldest is closed to make room
            assert open_files(pid) <= before + CAP + 20
            # The server closes each one once it has waited HEADER_TIMEOUT for the rest of its headers.
            closed = Deadline(HEADER_TIMEOUT + 10)  # the newest: still held till then
            while not select.select(held[-1:], [], [], 0.1)[0]:
                assert not closed.passed(), "the server kept a connection whose headers never came"
            assert held[-1].recv(1) == b""
        finally:
            for connection in held:
                connection.close()
        assert get(server.url, "/static/style.css")[0] == 200
        assert "Too many open files" not in server.output and "Traceback" not in server.output


def test_reload_sockets_count_towards_the_cap_on_connections(project):
    """An upgraded socket leaves tornado's own set of connections: without counting them, sockets past
    the cap used up the process's files and each failing accept logged a traceback, megabytes a second."""
    from explainer.serve import MAX_CONNECTIONS_ENV

    async def flood(url: str, pid: int, before: int) -> int | None:
        opened, refused_at = [], None
        try:
            for index in range(CAP + 20):
                try:
                    opened.append(await open_socket(url, f"http://127.0.0.1:{port_of(url)}"))
                except (OSError, WebSocketClosedError, HTTPClientError):  # tornado's StreamClosedError is an OSError
                    refused_at = index
                    break
            assert open_files(pid) <= before + CAP // 2 + 5  # sockets keep to half the cap, the oldest closed
        finally:
            for connection in opened:
                connection.close()
        return refused_at

    with serving(project, **{MAX_CONNECTIONS_ENV: str(CAP)}) as server:
        pid, before = server.process.pid, open_files(server.process.pid)
        assert asyncio.run(flood(server.url, pid, before)) is None, "a new socket is opened, the oldest closed"
        wait_until(lambda: open_files(pid) <= before + 5, "the closed sockets freed their places")
        assert get(server.url, "/static/style.css")[0] == 200
        assert "Too many open files" not in server.output and "Traceback" not in server.output


# --- 3. the disk, not a memory of it --------------------------------------------------------

def test_a_command_line_build_into_the_same_site_is_served_and_then_rebuilt_whole(project, tmp_path):
    elsewhere = "https://example.org/elsewhere/"
    with serving(project) as server:
        assert run_build(project, "--base-url", elsewhere).code == 0
        assert elsewhere in fetch(server.url + BRIEFING_PAGE)[1], "the server serves what is on disk"
        rebuilds = server.output.count("rebuilt in")
        set_title(project, "title: After the command line")
        server.wait_until(lambda: server.output.count("rebuilt in") > rebuilds
                          and "<h1>After the command line</h1>" in fetch(server.url + BRIEFING_PAGE)[1],
                          "the server rebuilt")
        served = tree_digest(project / "site")
    fresh = run_build(project, "--out", str(tmp_path / "fresh"))
    assert fresh.code == 0, fresh.err
    assert served == tree_digest(tmp_path / "fresh"), "every file is the server's build, none the command line's"


# --- 4. the livereload socket ---------------------------------------------------------------

def test_the_reload_socket_opens_only_for_the_servers_own_pages(shared_server):
    async def check(url: str) -> None:
        port = port_of(url)
        for origin in (f"http://127.0.0.1:{port}", f"http://localhost:{port}", f"http://[::1]:{port}"):
            (await open_socket(url, origin)).close()
        (await open_socket(url, f"http://localhost:{port}", host=f"localhost:{port}")).close()
        assert await refused(url, None) == 403
        assert await refused(url, "http://evil.example") == 403
        assert await refused(url, f"http://127.0.0.1:{port + 1}") == 403
        assert await refused(url, "null") == 403
        assert await refused(url, f"http://rebound.example:{port}", host=f"rebound.example:{port}") == 403

    asyncio.run(check(shared_server.url))
    assert "Traceback" not in shared_server.output


def test_malformed_socket_messages_are_ignored_with_one_line_each(shared_server):
    malformed = ["not json", "[1, 2]", '{"command": 5}', '"hello"', '{"command": "info", "url": [1]}', b"\xff\xfe"]

    async def talk(url: str) -> None:
        connection = await open_socket(url, url.rstrip("/"))
        for message in malformed:
            await connection.write_message(message, binary=isinstance(message, bytes))
        await connection.write_message(HELLO)
        assert json.loads(await connection.read_message())["command"] == "hello", "the socket still works"
        await connection.write_message(json.dumps({"command": "info", "url": url}))
        huge = await open_socket(url, url.rstrip("/"))
        try:
            await huge.write_message("x" * 1_000_000)
        except WebSocketClosedError:
            pass
        closed, read = Deadline(SOON), asyncio.ensure_future(huge.read_message())
        while not (await asyncio.wait([read], timeout=0.25))[0]:  # a quarter of a second at a time: see Deadline
            assert not closed.passed(), "a huge message did not close its socket"
        assert read.result() is None, "a huge message closes its socket"
        huge.close()
        connection.close()

    server = shared_server
    before = len(server.lines)

    def said() -> str:
        return "\n".join(server.lines[before:])

    asyncio.run(talk(server.url))
    server.wait_until(lambda: said().count("ignored a malformed livereload message") == len(malformed),
                      "each malformed message was logged")
    assert fetch(server.url)[0] == 200
    # A status, not any digits: the port in the server's first line may hold "500" (e.g. 50025).
    assert "Traceback" not in server.output and not re.search(r"\b500\b", said()), server.output


# --- 5. bad requests and bad ports ----------------------------------------------------------

@pytest.mark.parametrize("path", ["/%00", "/index.html%00.txt", "/%01", "/a%0d%0ab", "/%7f", "/sources/%1b[31m",
                                  "/%ff", "/%c3%28"])
def test_a_path_with_a_control_character_or_bad_encoding_gets_400(shared_server, path):
    status, _, body = get(shared_server.url, path)
    assert status == 400 and len(body) < 200, body
    assert "Traceback" not in shared_server.output
    assert get(shared_server.url, "/")[0] == 200


@pytest.mark.parametrize("port", ["99999", "65536", "0", "-1"])
def test_a_port_that_is_no_port_number_is_refused_in_one_line(project, port):
    # In this process: the command line refuses it before anything is served (were it let through,
    # serve() itself refuses each of these with another message, so nothing would be served either).
    done = run_build(project, "serve", f"--port={port}")
    assert done.code == 1
    assert done.err == (f"error: argument --port: '{port}' is not a port number between 1 and 65535 "
                        "(see python build.py --help)\n")
    assert not (project / "site").exists()


# --- 6. what the error page says ------------------------------------------------------------

def test_a_content_file_replaced_by_a_folder_is_named_on_the_error_page(project):
    background = project / "content" / SLUG / "background.yaml"
    with serving(project) as server:
        text = background.read_text(encoding="utf-8")
        background.unlink()
        background.mkdir()
        try:
            server.wait_until(lambda: f"content/{SLUG}/background.yaml" in fetch(server.url)[1],
                              "the folder was named")
        except AssertionError as error:  # say what the server did instead
            raise AssertionError(f"{error}; the server said:\n{server.output[-3000:]}") from None
        page = fetch(server.url)[1]
        assert "internal error" not in page and "a bug in the generator" not in page
        background.rmdir()
        background.write_text(text, encoding="utf-8")
        server.wait_until(lambda: fetch(server.url)[0] == 200, "the file came back")
        assert server.alive(), server.output


@pytest.mark.parametrize("code, message", [
    (errno.EISDIR, "content/x.yaml: is a folder, not a file (put the file back, or move the folder out of the project)"),
    (errno.ENOTDIR, "content/x.yaml: is inside a file, not a folder (a folder on this path was replaced by a file; "
                    "put it back)"),
    (errno.EIO, "content/x.yaml: cannot be read or written: Input/output error"),
])
def test_an_oserror_during_a_build_names_its_file_on_the_error_page(tmp_path, code, message):
    from explainer.error_page import file_problem, render_error_page

    problem = file_problem(OSError(code, os.strerror(code), str(tmp_path / "content" / "x.yaml")), tmp_path)
    assert str(problem) == message
    page = render_error_page(tmp_path, [problem]).decode()
    assert '<h2 class="where">content/x.yaml</h2>' in page
    assert str(file_problem(OSError(errno.EISDIR, "Is a directory"), tmp_path)).startswith("build: is a folder")


def test_the_servers_limits_are_the_ones_the_readme_gives(monkeypatch):
    # The tests above set lower limits to reach them quickly; these are the defaults an editor gets.
    import resource

    from explainer import build_worker, serve

    monkeypatch.delenv(build_worker.TIME_LIMIT_ENV, raising=False)
    assert build_worker.time_limit() == 30  # a rebuild's time limit
    assert serve.MAX_SERVED_BYTES == 256 * 1024 * 1024
    assert serve.HEADER_TIMEOUT == 5  # to send a request's headers
    assert serve.SEND_TIME_LIMIT == 60  # to take in a response
    app = serve.make_app(None, "127.0.0.1", 8000)
    assert (app.settings["websocket_ping_interval"], app.settings["websocket_ping_timeout"]) == (20, 20)
    # At most 1,024 connections at once, or half the file limit if that is lower: read as a server process reads it,
    # at import, under each file limit in turn.
    monkeypatch.delenv(serve.MAX_CONNECTIONS_ENV, raising=False)
    high = min(resource.getrlimit(resource.RLIMIT_NOFILE)[1], 4096)
    assert [connections_read_at_import(soft) for soft in (600, high)] == [300, min(1024, high // 2)]


def connections_read_at_import(soft: int) -> int:
    """Return the cap on connections explainer/serve.py reads at import under a limit of `soft` open files: a fresh copy
    of the module run in this process, sys.modules untouched (a process of its own importing it cost 1 s of CPU)."""
    import importlib.util
    import resource

    kept = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, kept[1]))
    try:
        spec = importlib.util.find_spec("explainer.serve")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, kept)
    return module.MAX_CONNECTIONS
