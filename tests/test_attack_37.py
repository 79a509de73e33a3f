"""Round thirty-seven of attacks on files, signals and sockets: what stands where the site's manifest goes.

A build replaces an output folder only if its `.explainer-site` manifest is a regular file. A named pipe, a socket,
a folder or a link put there (`ln -s /etc/passwd site/.explainer-site`, an archive unpacked over the site) was
refused with "folder was not made by this tool (no .explainer-site file)", a line the editor, who could see the file
there, had no way to act on; it now says what stands there (explainer/site_marker.py). The site is left as it was.
A template included by a name longer than any file's (`{% include "aaa...html" %}`, 300 letters) was "templates/aaa...:
cannot be read: File name too long (... move what is nested there out, or nearer the top)", with nothing there to move
and the including line unnamed; it is now "not found" at that line, as any missing template is.

What held, tried in this round (a test of its own below where it is cheap): YAML keys that are lists or mappings
(`? [a, b]`, `{x: 1}: c`), a `%TAG` directive naming Python's tags, `!!binary`, `!!set`, `!!omap`, `!!timestamp`, a
second document, 100,000 aliases, mappings nested 100,000 deep, 8 MiB files of nested `- `, of `? `, of `{}` items,
of anchors, of escapes, of empty lines or of comments (one line each, within 1.6 s of CPU beyond a check's own); a
socket or a named pipe as a content file, a static file, a template or a locale, a template including a hidden
pipe, socket, folder, sparse 2 GB file or link to /dev/zero (one line naming it, at once); a briefing folder named
`‥`, `．．`, `%2e%2e`, with a zero-width space or a dotless `ı` (refused), or `..` and a combining solidus (hidden,
so passed over); `--out` or `--root` a named pipe, a socket, /dev/null or a path under it (one line); a socket or
pipe in site/ (one line); a page of site/ replaced by a pipe, a feed replaced by a link to /etc/passwd (written
anew); stray files in site/ named with a newline, an escape or bytes that are not UTF-8 (kept, named escaped).
Against a real `serve`: HTTP/0.9, a request line without a version, `PRI * HTTP/2.0`, a folded or 100 KB Host, a
chunk size of 2^64 (400), an absolute URI naming another host, `OPTIONS *` (404: no page), `CONNECT` (405), a path
past the system's name limits or through a file (404), WebSocket upgrades with a bad key (upgraded, then ignored),
no key (400), version 8 (426), `permessage-deflate`, a frame of 2^63 bytes, 64 KiB fragments past the limit, an
unmasked or reserved frame (closed or ignored), 100 MB of pings from a client that reads no pong (the server's memory
unchanged); `serve | head -1` (it serves on through every later save) and SIGPIPE (ignored); SIGTERM, SIGINT and
SIGHUP sent to the whole process group of `serve` and of `build` mid-build (stopped, nothing beside the site);
SIGPIPE and SIGWINCH to `build`, or its group, mid-build (it builds on); `check` with its output closed or full.

Each test waits on the event itself (a process's end, bytes received), never on a sleep.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from conftest import copy_project, run_build, tree_digest
from support import error_lines, rebuild_fails
from test_attack_3 import answer
from test_serve import serving
from test_serve_attack import port_of

MANIFEST = ".explainer-site"
REFUSED = ("site: .explainer-site there is {}, not the list of files a build writes, so the folder is not known to "
           "be one this tool made (refusing to delete it; choose an empty or new --out folder)")


def _pipe(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    """Bind a socket at `path`, through its folder's handle: a test's folder under xdist passes AF_UNIX's 108 bytes."""
    folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        with socket.socket(socket.AF_UNIX) as bound:
            bound.bind(f"/proc/self/fd/{folder}/{path.name}")
    finally:
        os.close(folder)


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "list.txt").write_text("index.html\n")


def _link_to(target: str):
    def make(path: Path) -> None:
        os.symlink(target, path)
    return make


# what is put where the manifest goes: (how, what the line says stands there)
NOT_A_MANIFEST = {
    "named pipe": (_pipe, "a named pipe"),
    "socket": (_socket, "a socket"),
    "folder": (_folder, "a folder"),
    "link to /dev/zero": (_link_to("/dev/zero"), "a link to /dev/zero"),
    "link to /etc/passwd": (_link_to("/etc/passwd"), "a link to /etc/passwd"),
    "link leading nowhere": (_link_to("gone"), "a link to gone"),
    "link named with an escape": (_link_to("\x1b[31mred"), "a link to \\x1b[31mred"),
}


@pytest.mark.parametrize("case", sorted(NOT_A_MANIFEST))
def test_what_stands_where_the_manifest_goes_is_named_and_the_site_left_as_it_was(built_minimal: Path, case: str):
    """It was "folder was not made by this tool (no .explainer-site file)", with the file there to see."""
    make, kind = NOT_A_MANIFEST[case]
    site = built_minimal / "site"
    (site / MANIFEST).unlink()
    make(site / MANIFEST)
    good = tree_digest(site)
    result = rebuild_fails(built_minimal, good)
    [line] = result.err.splitlines()
    assert line == "error: " + REFUSED.format(kind).replace("site:", f"{site}:", 1), result.err
    assert os.path.lexists(site / MANIFEST), "what stood there is left as it was"


def test_a_site_with_its_manifest_or_an_empty_folder_builds_and_a_folder_without_one_is_refused_as_before(
        built_minimal: Path):
    """The honest neighbours: the site a build made, and an empty folder, build; a folder holding files and no
    manifest at all keeps its line."""
    assert run_build(built_minimal).code == 0
    empty = built_minimal / "empty"
    empty.mkdir()
    assert run_build(built_minimal, "--out", str(empty)).code == 0
    other = built_minimal / "notes"
    other.mkdir()
    (other / "plan.txt").write_text("mine")
    result = run_build(built_minimal, "--out", str(other))
    assert result.code == 1 and "(no .explainer-site file)" in result.err and "Traceback" not in result.err
    assert (other / "plan.txt").read_text() == "mine"


# --- what held, tried again cheaply ----------------------------------------------------------------

CLAIMS = "content/flood/claims.yaml"


def _appended(file: str, text: str):
    def change(root: Path) -> None:
        with (root / file).open("a", encoding="utf-8") as written:
            written.write(text)
    return change


def _included(name: str, make):
    """Have the site's footer include templates/NAME, made by `make`."""
    def change(root: Path) -> None:
        make(root / "templates" / name)
        footer = root / "templates" / "_site_footer.html"
        footer.write_text('{% include "' + name + '" %}' + footer.read_text())
    return change


# (change, the one error line expected)
HELD = {
    "a list as a key": (_appended(CLAIMS, "? [a, b]\n: c\n"), "content/flood/claims.yaml:26: a mapping key must be a "
                        "plain name, not a list or mapping (write the key as text)"),
    "a %TAG directive naming Python's tags": (
        lambda root: (root / CLAIMS).write_text("%TAG !p! tag:yaml.org,2002:python/\n---\nx: !p!object:os.system {}\n"),
        "content/flood/claims.yaml:3: YAML tag 'tag:yaml.org,2002:python/object:os.system' is not allowed in content "
        "(remove the tag; content is plain text, numbers, lists and mappings)"),
    "a socket as a content file": (
        lambda root: ((root / CLAIMS).unlink(), _socket(root / CLAIMS)),
        "content/flood/claims.yaml: is not a regular file: it is a socket (replace it with an ordinary file)"),
    "a socket in static/": (lambda root: _socket(root / "static" / "x.css"),
                            "static/x.css: is not a regular file: it is a socket (replace it with an ordinary file)"),
    "a hidden template that is a named pipe, included": (
        _included(".x.html", _pipe),
        "templates/.x.html: is not a regular file: it is a named pipe (replace it with an ordinary file)"),
    "a hidden template that is a socket, included": (
        _included(".s.html", _socket),
        "templates/.s.html: is not a regular file: it is a socket (replace it with an ordinary file)"),
    "a folder included as a template": (
        _included("partials", _folder),
        "templates/partials: is not a regular file: it is a folder (replace it with an ordinary file)"),
}


@pytest.mark.parametrize("case", sorted(HELD))
def test_what_held_in_this_round_is_one_line_and_the_site_left_as_it_was(built_minimal: Path, case: str):
    change, expected = HELD[case]
    good = tree_digest(built_minimal / "site")
    change(built_minimal)
    assert error_lines(rebuild_fails(built_minimal, good)) == [expected]


# --- the preview ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with serving(copy_project(tmp_path_factory.mktemp("attack37") / "project")) as server:
        yield server


def test_requests_of_other_protocols_and_forms_get_no_page_and_the_preview_serves_on(served):
    port = port_of(served.url)
    host = f"Host: 127.0.0.1:{port}\r\n".encode()
    asked = {
        "HTTP/0.9": b"GET /\r\n\r\n",
        "no version": b"GET / \r\n" + host + b"\r\n",
        "HTTP/2 preface": b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
        "a 100 KB Host": b"GET / HTTP/1.1\r\nHost: " + b"a" * 100_000 + b"\r\n\r\n",
        "another host's absolute URI": (b"GET http://127.0.0.1:%d/ HTTP/1.1\r\nHost: evil.example\r\n"
                                        b"Connection: close\r\n\r\n" % port),
        "OPTIONS *": b"OPTIONS * HTTP/1.1\r\n" + host + b"Connection: close\r\n\r\n",
    }
    for name, request in asked.items():
        answered = answer(served.url, request)
        assert b"<html lang" not in answered and b"HTTP/1.1 200" not in answered, (name, answered[:200])
    page = answer(served.url, b"GET / HTTP/1.1\r\n" + host + b"Connection: close\r\n\r\n")
    assert page.startswith(b"HTTP/1.1 200 "), page[:100]


# --- a template's name no file can have ------------------------------------------------------------

@pytest.mark.parametrize("name", ["a" * 252 + ".html", "é" * 130 + ".html", "partials/" + "b" * 300 + ".html"])
def test_an_included_name_longer_than_any_file_name_is_named_on_its_including_line(built_minimal: Path, name: str):
    """It was "templates/aaa...html: cannot be read: File name too long (the path is longer than the system takes:
    move what is nested there out, or nearer the top)": no file there to move, and the including line unnamed."""
    good = tree_digest(built_minimal / "site")
    _included(name, lambda path: None)(built_minimal)
    [line] = error_lines(rebuild_fails(built_minimal, good))
    assert line.startswith("templates/_site_footer.html:1: template '") and line.endswith(
        "' not found (restore it or fix the name that includes it)"), line


def test_an_included_name_of_the_longest_a_file_may_have_builds(built_minimal: Path):
    """The neighbour: 255 bytes, a file system's longest name, is a template like any other."""
    name = "a" * 250 + ".html"
    _included(name, lambda path: path.write_text("<p>A long-named part</p>"))(built_minimal)
    assert run_build(built_minimal).code == 0
    assert "<p>A long-named part</p>" in (built_minimal / "site" / "feed.html").read_text()
