"""Round forty-eight of attacks on files, signals and sockets: the kept-page look's cost, and what held.

A page kept from the last build is looked for in site/ through each folder's descriptor since round 47 (explainer/safefs.py
`status_in_folder`): each page opened site/ and every folder on its way, took the page's status and closed them again,
five calls to the system where `os.lstat` made one (404 pages at 4,000 sources, 2,612 calls, 9.2 ms here). The folders
of the last page looked for are now kept open while a build looks for its pages (explainer/folder_chain.py
`FolderChain`): a page in the same folder costs one call, 1,006 calls and 2.5 ms for those 404 pages, each folder still
opened without following a link, one descriptor a level at most, all closed before the workers are forked.

What held, tried in this round: the preview asked for a path written with overlong UTF-8 (`%c0%ae`), a backslash, a
Windows drive, `//host/x` or an absolute address naming another site; a Host naming another site (DNS rebinding), two
Hosts, or a list of them; 2,000 headers; TRACE, CONNECT and OPTIONS; Range headers, 500 ranges among them; a live-reload
upgrade with a bad key, no Origin or another site's; an HTTP/0.9 request; a client sending a byte at a time and 200
idle connections while a page is asked for. `build` stopped by SIGTERM, SIGINT or SIGHUP at a dozen moments. A 2 GB
sparse seed; a seed replaced after `accept-source`; a seed or content file linked out of the project, a templates/
folder linked out; briefing folders named `index`, `404`, `feed`, `sources`, with a newline, and a content file
`aux.yaml`.
"""

from __future__ import annotations

import csv
import html.parser
import io
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from conftest import REPO, copy_tree, run_build
from support import build_ok, edit, error_lines, minimal_project, rebuild_fails
from test_attack_3 import answer
from test_serve import serving
from test_serve_attack import get, port_of


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return minimal_project(tmp_path / "project")


# --- the kept-page look: its folders kept open from one page to the next ----------------------------------------------

def _briefings(project: Path, count: int) -> None:
    """Make `count` copies of the project's briefing, each its own folder of site/."""
    for number in range(count):
        copy_tree(project / "content/flood", project / f"content/flood-{number}")


def _site_opens(project: Path, monkeypatch) -> int:
    """Rebuild the project in this process; return how often site/ itself was opened (each look for a page opened it)."""
    site, opens, real_open = str(project / "site"), [0], os.open

    def counted(path, *args, **kwargs):
        if path == site and kwargs.get("dir_fd") is None:
            opens[0] += 1
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", counted)
    result = run_build(project)
    monkeypatch.setattr(os, "open", real_open)
    assert result.code == 0, result.err[-1500:]
    return opens[0]


def test_a_rebuild_opens_site_once_for_its_kept_pages_not_once_a_page(project: Path, monkeypatch):
    """Each of some 40 pages kept opened site/ and its folders anew: site/ alone was opened once a page."""
    _briefings(project, 8)
    assert run_build(project).code == 0
    pages = sum(1 for path in (project / "site").rglob("*") if path.is_file())
    opens = _site_opens(project, monkeypatch)
    assert pages > 40 and opens <= 8, (pages, opens)


def test_no_descriptor_is_left_open_by_a_rebuild(project: Path):
    """The twin: the kept folders are closed once the pages are looked for, a rebuild leaves none of them open."""
    _briefings(project, 3)
    assert run_build(project).code == 0
    before = set(os.listdir("/proc/self/fd"))
    result = run_build(project)
    assert result.code == 0 and "0 files written" in result.out + result.err, result.err[-800:]
    opened = {name: os.readlink(f"/proc/self/fd/{name}") for name in set(os.listdir("/proc/self/fd")) - before
              if os.path.exists(f"/proc/self/fd/{name}")}
    assert not [target for target in opened.values() if str(project) in target], opened


def test_a_chain_of_folders_costs_one_call_a_page_in_one_folder(tmp_path: Path, monkeypatch):
    from explainer import folder_chain

    for folder in ("a/data", "b/data"):
        (tmp_path / "site" / folder).mkdir(parents=True)
        for name in ("x.json", "y.csv", "z.csv"):
            (tmp_path / "site" / folder / name).write_text(name)
    calls, real = [], {name: getattr(os, name) for name in ("open", "close", "stat")}
    for name, function in real.items():
        monkeypatch.setattr(folder_chain.os, name, lambda *a, _f=function, _n=name, **k: calls.append(_n) or _f(*a, **k))
    with folder_chain.FolderChain(str(tmp_path / "site")) as chain:
        sizes = [chain.status((top, "data", name)).st_size for top in "ab" for name in ("x.json", "y.csv", "z.csv")]
        assert sizes == [6, 5, 5] * 2
        assert calls.count("stat") == 6 and calls.count("open") == 5 and calls.count("close") == 2, calls
        assert chain.status(("a", "data")).st_mode & stat.S_IFDIR  # a way back up reopens only what differs
    assert calls.count("open") == calls.count("close") == 6, calls  # all closed at the end


def test_a_chain_of_folders_follows_no_link_on_the_way(tmp_path: Path):
    """The descriptor-based safety kept (tests/test_attack_47.py): a link at any step, the top included, is refused."""
    from explainer.folder_chain import FolderChain

    (tmp_path / "top/inner").mkdir(parents=True)
    (tmp_path / "top/inner/a.html").write_text("abc")
    (tmp_path / "top/linked").symlink_to(tmp_path / "top/inner", target_is_directory=True)
    (tmp_path / "top/inner/b.html").symlink_to(tmp_path / "top/inner/a.html")
    (tmp_path / "link-top").symlink_to(tmp_path / "top", target_is_directory=True)
    with FolderChain(str(tmp_path / "top")) as chain:
        assert chain.status(("inner", "a.html")).st_size == 3
        assert stat.S_ISLNK(chain.status(("inner", "b.html")).st_mode)
        for steps in (("linked", "a.html"), ("inner", "a.html", "x"), ("inner", "gone.html")):
            with pytest.raises(OSError):
                chain.status(steps)
        assert chain.status(("inner", "a.html")).st_size == 3  # a refused look leaves the chain usable
    with FolderChain(str(tmp_path / "link-top")) as chain, pytest.raises(OSError):
        chain.status(("inner", "a.html"))


def test_a_site_folder_swapped_for_a_link_out_is_not_taken_for_the_sites_own_through_the_chain(project: Path,
                                                                                               tmp_path: Path):
    """Round 47's attack on the look a build now makes: every page of site/sources/ swapped for a link out, none kept."""
    from test_attack_43 import _swap
    from test_attack_47 import _page_memo
    from explainer.folder_chain import FolderChain

    assert run_build(project).code == 0
    names = sorted(os.listdir(project / "site/sources"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for name in names:
        (elsewhere / name).write_bytes(b"x" * (project / "site/sources" / name).stat().st_size)
    sizes = {f"sources/{name}": (project / "site/sources" / name).stat().st_size for name in names}
    memo = _page_memo(project / "site")
    with FolderChain(str(project / "site")) as chain:
        assert all(memo._in_site(path, size, chain) for path, size in sizes.items())
    _swap(project / "site/sources", elsewhere)()
    with FolderChain(str(project / "site")) as chain:
        assert not [path for path, size in sizes.items() if memo._in_site(path, size, chain)]


# --- what held: the preview's doors ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(minimal_built_once: Path, tmp_path_factory):
    with serving(copy_tree(minimal_built_once, tmp_path_factory.mktemp("attack48") / "project")) as server:
        yield server


def _ask(served, path: bytes, host: bytes | None = None, extra: bytes = b"", method: bytes = b"GET") -> bytes:
    host = b"127.0.0.1:%d" % port_of(served.url) if host is None else host
    return answer(served.url, b"%s %s HTTP/1.1\r\nHost: %s\r\n%sConnection: close\r\n\r\n" % (method, path, host, extra))


def _status(received: bytes) -> bytes:
    return received.split(b"\r\n", 1)[0]


LEAKS = (b"root:", b"title: Test briefings", b"[fonts]", b"sha256:")


@pytest.mark.parametrize("path, status", [
    (b"/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", b"400"), (b"/%c0%ae%c0%ae%c0%afcontent/site.yaml", b"400"),
    (b"/..%5c..%5cetc%5cpasswd", b"404"), (b"/\\..\\..\\content\\site.yaml", b"404"), (b"/static\\..\\..\\seeds", b"404"),
    (b"/C:/Windows/win.ini", b"404"), (b"/C:%5cWindows%5cwin.ini", b"404"), (b"/%ef%bc%8e%ef%bc%8e/content/site.yaml",
                                                                           b"404"),
    (b"/sources/../../seeds/flood.txt", b"404"), (b"/.cache/", b"404"),
    (b"http://evil.example/", b"400"),  # 404 until round 59 read an absolute target naming the preview as its path
])
def test_a_path_of_other_encodings_and_systems_serves_nothing_out_of_site(served, path: bytes, status: bytes):
    """Held: overlong UTF-8 dots are no UTF-8 (400), a backslash or a drive is a name site/ lacks (404)."""
    received = _ask(served, path)
    assert _status(received).startswith(b"HTTP/1.1 " + status + b" "), received[:200]
    assert not [leak for leak in LEAKS if leak in received], received[:400]


@pytest.mark.parametrize("path", [b"//evil.example/x", b"//127.0.0.1/flood/", b"/%2F%2Fevil.example", b"///evil.example"])
def test_a_path_naming_a_host_is_no_redirect_to_it(served, path: bytes):
    """Held: `//host/x` is answered 404 there, never a redirect whose Location a browser reads as another site."""
    received = _ask(served, path)
    assert _status(received) == b"HTTP/1.1 404 Not Found" and b"\r\nLocation:" not in received, received[:300]


@pytest.mark.parametrize("host", [b"evil.example", b"evil.example:%d", b"localhost.evil.example", b"127.0.0.1.nip.io",
                                  b"0x7f.1", b"2130706433", b"", b"LOCALHOST."])
def test_a_host_naming_another_site_is_refused(served, host: bytes):
    """Held: a page of another site whose name a rebinding DNS points at 127.0.0.1 reads nothing of the preview."""
    received = _ask(served, b"/", host.replace(b"%d", str(port_of(served.url)).encode()))
    assert _status(received) == b"HTTP/1.1 403 Unknown host name" and b"<h1>" not in received, received[:300]


@pytest.mark.parametrize("host", [b"localhost", b"[::1]:%d", b"127.0.0.1:%d", b"127.0.0.1:1"])
def test_a_loopback_host_is_served(served, host: bytes):
    """The honest twins: the names of this machine's loopback, with or without a port."""
    received = _ask(served, b"/", host.replace(b"%d", str(port_of(served.url)).encode()))
    assert _status(received) == b"HTTP/1.1 200 OK", received[:300]


@pytest.mark.parametrize("hosts", [b"Host: evil.example\r\nHost: 127.0.0.1:%d", b"Host: 127.0.0.1:%d\r\nHost: evil.example",
                                   b"Host: 127.0.0.1:%d, evil.example"])
def test_two_hosts_or_a_list_of_them_are_refused(served, hosts: bytes):
    hosts = hosts.replace(b"%d", str(port_of(served.url)).encode())
    received = answer(served.url, b"GET / HTTP/1.1\r\n%s\r\nConnection: close\r\n\r\n" % hosts)
    assert _status(received) == b"HTTP/1.1 400 Bad Request", received[:300]


def test_two_thousand_headers_are_read_and_a_page_served(served):
    """Held: what counts is their size (64 KB, 431 past it, tests/test_attack_46.py), not their number."""
    received = _ask(served, b"/", extra=b"".join(b"X-H%d: v\r\n" % number for number in range(2000)))
    assert _status(received) == b"HTTP/1.1 200 OK", received[:300]
    received = _ask(served, b"/", extra=b"".join(b"X-H%d: %s\r\n" % (number, b"v" * 40) for number in range(2000)))
    assert _status(received).startswith(b"HTTP/1.1 431 "), received[:300]


@pytest.mark.parametrize("method", [b"TRACE", b"CONNECT", b"OPTIONS", b"PUT", b"DELETE"])
def test_trace_connect_and_options_are_refused_and_echo_nothing(served, method: bytes):
    received = _ask(served, b"/", extra=b"Cookie: secret=hunter2\r\n", method=method)
    assert _status(received) == b"HTTP/1.1 405 Method Not Allowed" and b"hunter2" not in received, received[:300]


@pytest.mark.parametrize("ranges", [b"bytes=0-10", b"bytes=-5", b"bytes=100000000-", b"bytes=5-1",
                                    b"bytes=" + b",".join(b"%d-%d" % (n, n) for n in range(500))])
def test_a_range_is_answered_with_the_whole_file(served, ranges: bytes):
    """Held: no 206, so no multipart answer many times the file's size for 500 overlapping ranges."""
    whole = get(served.url, "/static/style.css")[2]
    received = _ask(served, b"/static/style.css", extra=b"Range: " + ranges + b"\r\n")
    assert _status(received) == b"HTTP/1.1 200 OK" and received.endswith(whole), received[:300]
    assert len(received) < len(whole) + 1000


@pytest.mark.parametrize("headers", [
    b"Sec-WebSocket-Key: x\r\nSec-WebSocket-Version: 13\r\n",
    b"Sec-WebSocket-Key: x\r\nSec-WebSocket-Version: 13\r\nOrigin: http://evil.example\r\n",
    b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: http://evil.example\r\n",
])
def test_a_live_reload_upgrade_without_this_sites_origin_is_refused(served, headers: bytes):
    received = _ask(served, b"/livereload", extra=b"Upgrade: websocket\r\nConnection: Upgrade\r\n" + headers)
    assert _status(received).startswith(b"HTTP/1.1 403 ") and b"101" not in _status(received), received[:300]


@pytest.mark.parametrize("request_line", [b"GET /\r\n", b"GET / HTTP/0.9\r\n\r\n"])
def test_an_http_0_9_request_gets_no_page(served, request_line: bytes):
    """Held: nothing, or a 400: never a page without headers, which another protocol's client could take in."""
    received = answer(served.url, request_line)
    assert received == b"" or _status(received).startswith(b"HTTP/1.1 4"), received[:300]
    assert b"<html" not in received


def test_a_slow_client_and_200_idle_connections_hold_off_no_page(served):
    """Held: a client sending a byte a second and 200 that send nothing; a page is still served at once."""
    port = port_of(served.url)
    idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(200)]
    slow = socket.create_connection(("127.0.0.1", port), timeout=10)
    try:
        for byte in b"GET / HTTP/1.1\r\nX":
            slow.send(bytes([byte]))
            started = time.monotonic()
            status, _, body = get(served.url, "/")
            assert status == 200 and b"</html>" in body and time.monotonic() - started < 5
            time.sleep(0.05)
    finally:
        for connection in [*idle, slow]:
            connection.close()
    assert get(served.url, "/flood/")[0] == 200


# --- what held: signals at a dozen moments of a build -----------------------------------------------------------------

def _every_file_parses(site: Path) -> int:
    count = 0
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        count += 1
        data = path.read_bytes()
        if path.suffix == ".html":
            assert data.decode("utf-8").rstrip().endswith("</html>"), path
            html.parser.HTMLParser().feed(data.decode("utf-8"))
        elif path.suffix == ".json":
            json.loads(data)
        elif path.suffix == ".xml":
            ElementTree.fromstring(data)
        elif path.suffix == ".csv":
            list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    return count


TITLES = ("title: The flood", "title: The river flood")


def test_build_stopped_at_a_dozen_moments_leaves_the_last_good_site_whole(project: Path):
    """Held: SIGTERM, SIGINT or SIGHUP sent at twelve moments spread over a whole build's time, from its start to its
    end; each time site/ is one whole site, the last good one or the new one, and nothing is left beside it."""
    build_ok(project)
    briefing = project / "content/flood/briefing.yaml"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, str(REPO / "build.py"), "--root", str(project)]
    started = time.monotonic()
    subprocess.run(command, env=env, capture_output=True, check=True)  # a build with nothing to change: its time
    whole = time.monotonic() - started
    codes = []
    for moment in range(12):
        edit(briefing, TITLES[moment % 2], TITLES[(moment + 1) % 2])
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(whole * moment / 11)
        process.send_signal((signal.SIGTERM, signal.SIGINT, signal.SIGHUP)[moment % 3])
        _, err = process.communicate(timeout=120)
        codes.append(process.returncode)
        if b"init_import_site" in err:  # stopped in the interpreter's own start, before build.py's first line ran
            continue
        assert b"Traceback" not in err, err[-1500:]
        assert sorted(name for name in os.listdir(project) if name.startswith(".site")) == [], os.listdir(project)
        assert _every_file_parses(project / "site") > 10
        page = (project / "site/flood/index.html").read_text(encoding="utf-8")
        assert any(f"<h1>{each.removeprefix('title: ')}</h1>" in page for each in TITLES), page[:500]
    assert [code for code in codes if code != 0], codes  # stopped builds among them, not twelve finished ones
    assert run_build(project).code == 0 and not [name for name in os.listdir(project) if name.startswith(".site")]


# --- what held: files --------------------------------------------------------------------------------------------------

def test_a_sparse_seed_of_two_gigabytes_is_refused_unread(project: Path):
    os.truncate(project / "seeds/flood.txt", 2 << 30)
    assert error_lines(run_build(project, "check")) == [
        "content/sources.yaml:3: source 'flood': seeds/flood.txt is 2,147,483,648 bytes, over the limit of 33,554,432 "
        "(split it into smaller files)"]


def test_a_seed_replaced_after_accept_source_is_refused_and_the_site_kept(project: Path):
    good = build_ok(project)
    with open(project / "seeds/flood.txt", "a", encoding="utf-8") as seed:
        seed.write("The river fell by 9 metres.\n")
    told = error_lines(rebuild_fails(project, good))
    assert len(told) == 1 and "seeds/flood.txt has changed since its SHA-256 was recorded" in told[0], told


@pytest.mark.parametrize("linked, told", [
    ("seeds/flood.txt", "content/sources.yaml:3: source 'flood': seeds/flood.txt is a link leading out of seeds/, to "
                        "/etc/passwd"),
    ("content/flood/claims.yaml", "content/flood/claims.yaml"),
])
def test_a_seed_or_content_file_linked_to_etc_passwd_is_refused(project: Path, linked: str, told: str):
    (project / linked).unlink()
    (project / linked).symlink_to("/etc/passwd")
    lines = error_lines(run_build(project))
    assert len(lines) == 1 and lines[0].startswith(told) and "link" in lines[0], lines
    assert not (project / "site").exists()


def test_a_templates_folder_linked_out_is_refused(project: Path, tmp_path: Path):
    (project / "templates").rename(tmp_path / "templates-elsewhere")
    (project / "templates").symlink_to(tmp_path / "templates-elsewhere", target_is_directory=True)
    assert error_lines(run_build(project)) == [
        "templates: is a link leading out of the project folder (replace the link with a copy of the folder)"]


@pytest.mark.parametrize("slug", ["index", "404", "feed"])
def test_a_briefing_named_as_a_site_file_builds_in_a_folder_of_its_own(project: Path, slug: str):
    """Held: `index/index.html`, `404/index.html`, `feed/index.html`; the home page, the 404 page and the feed stay."""
    (project / "content/flood").rename(project / "content" / slug)
    assert run_build(project).code == 0
    site = project / "site"
    assert (site / slug / "index.html").is_file() and f'href="{slug}/"' in (site / "index.html").read_text()
    assert (site / "404.html").is_file() and ElementTree.parse(site / "feed.xml").getroot() is not None


@pytest.mark.parametrize("slug", ["sources", "static", "data", "fl\nood"])
def test_a_briefing_named_as_a_site_folder_or_with_a_newline_is_refused(project: Path, slug: str):
    (project / "content/flood").rename(project / "content" / slug)
    shown = slug.replace("\n", "\\n")
    told = error_lines(run_build(project))
    assert len(told) == 1 and told[0].startswith(f"content/{shown}: '{shown}' cannot be a briefing's folder name"), told


def test_a_content_file_named_aux_is_refused_as_unknown(project: Path):
    (project / "content/flood/aux.yaml").write_text("topics: []\n")
    told = error_lines(run_build(project))
    assert len(told) == 1 and told[0].startswith("content/flood/aux.yaml: unknown content file 'aux.yaml'"), told
