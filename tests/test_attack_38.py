"""Round thirty-eight of attacks on files, signals and sockets: line ends, limits and what the preview prints.

A byte that is not UTF-8 in a content file, a seed or a template whose lines end in a lone CR (classic Mac tools, some
exports) was named on line 1 whatever line held it, as its line was counted by LF alone, while every other error of
the same file (a control character, a key written twice, a tab) named its true line (explainer/line_ends.py). A YAML
key longer than the 1,024 characters YAML reads one in was "could not find expected ':'" on a line holding one. A
build, `new` or `schema` past the process's limit on file size (`ulimit -f`, systemd's `LimitFSIZE=`) said "File too
large (check the output folder ...)" or to "make room on the disk", on a disk with room (explainer/file_size_limit.py).
The preview printed each of tornado's warnings of a bad request with its request line whole: any page the editor's
browser opened could ask it for `/%ff` and 60 KB, a line of 60 KB a request, thousands a minute, pushing a build's
errors out of sight; each line is now cut as an error line is and, past a burst, counted (explainer/told_in_bursts.py).

What held, tried in this round (a test of its own below where it is cheap): content files with a byte-order mark,
in UTF-16 with or without one, in UTF-32, with a lone surrogate as an escape or as bytes, a NUL, CRLF or lone CR line
ends (errors at their lines), a tab in indentation (its line), a 10 MB value (the size limit), a key written twice, a
merge key `<<` (its alias refused; written inline, an unknown field), `!!python/object`, `!!binary`, a custom tag, a
tag or anchor name of 50 KB, `%YAML 1.1` and `9.9`, a second document after `...`, null, integer and boolean keys; a
seed in Latin-1, with a NUL (LF, CR or CRLF line ends: its line), in UTF-16, with a byte-order mark added (its digest
changed), empty, a sparse seed of 200 MB (refused by its size, unread); a quote of 50 KB and a prefix of 50 KB;
briefing folders named `café` composed or decomposed and `Flood`; links in content/ to themselves, to each other,
to their folder's parent and round a folder; a seed beside one named alike but for case; `ulimit -n` 20 and 12 for
build and check (8: one line); two builds at once (turns on the lock); SIGTERM during `new` at 0.05 to 1.2 s
(nothing written). Against a real `serve`: a query string of 1 MB (closed) and of 60 KB, `;` parameters, a trailing
dot, `%00`, a raw NUL, HEAD, OPTIONS, TRACE, PUT, DELETE, PATCH, an unknown and a lower-case method, `Range` headers
(ignored: the whole file, 200), `If-Modified-Since` and `If-Unmodified-Since` garbage, out of range or 60 KB long,
chunked bodies on GET and HEAD, 100 MB announced or streamed on GET, OPTIONS and HEAD (refused after some 3 MB read,
the server's memory unchanged), endless trailers and chunk extensions, bare LF and bare CR request lines, 20,000 path
segments, `%c0%af`. Left: `Expect: 100-continue` with a body over the limit is told "100 Continue" before its
400, so a client such as curl starts sending what is then refused unread.

Each test waits on the event itself (a process's end, a line printed, an answer), never on a sleep.
"""

from __future__ import annotations

import errno
import logging
import os
import resource
import socket
from pathlib import Path

import pytest

from conftest import copy_tree, run_build, tree_digest
from explainer.ignored_messages import BURST
from explainer.serve import EscapedLog
from support import error_lines, rebuild_fails
from test_attack_3 import answer
from test_serve import serving
from test_serve_attack import port_of

BRIEFING = "content/flood/briefing.yaml"
SEED = "seeds/flood.txt"
FOOTER = "templates/_site_footer.html"


def _rewritten(file: str, change):
    def apply(root: Path) -> None:
        path = root / file
        path.write_bytes(change(path.read_bytes()))
    return apply


def _line_ends(ends: bytes, replace: tuple[bytes, bytes], prefix: bytes = b""):
    """Rewrite a file with `ends` for its line ends and one piece replaced, `prefix` put before it."""
    return lambda raw: (prefix + raw.replace(*replace)).replace(b"\n", ends)


BAD_BYTE = {  # file, (what is replaced, by what), what goes before, the line expected, its message
    "content file": (BRIEFING, (b"First published.", b"First \xff published."), b"", 11,
                     "byte 0xff is not valid UTF-8 (save the file as UTF-8)"),
    "seed": (SEED, (b"The mayor", b"The \xff mayor"), b"", 3,
             "byte 0xff is not valid UTF-8 (convert the document to UTF-8)"),
    "template": (FOOTER, (b"\x00", b""), b"one\ntwo\nthree \xff\n", 3,
                 "byte 0xff is not valid UTF-8 (save the template as UTF-8)"),
    "template's control character": (FOOTER, (b"\x00", b""), b"one\ntwo\nthree \x1b\n", 3,
                                     "invisible control character U+001B is not allowed: every page made with the "
                                     "template would hold it (delete it; it is invisible in most editors)"),
}


@pytest.mark.parametrize("ends", [b"\r", b"\r\n", b"\n"], ids=["lone CR", "CRLF", "LF"])
@pytest.mark.parametrize("case", sorted(BAD_BYTE))
def test_a_byte_not_utf8_is_named_at_its_line_whatever_ends_the_lines(built_minimal: Path, case: str, ends: bytes):
    """Lines ended by a lone CR counted as one line: the byte was always on line 1. CRLF and LF held."""
    file, replace, prefix, line, message = BAD_BYTE[case]
    good = tree_digest(built_minimal / "site")
    _rewritten(file, _line_ends(ends, replace, prefix))(built_minimal)
    assert error_lines(rebuild_fails(built_minimal, good)) == [f"{file}:{line}: {message}"]


def test_a_line_is_counted_as_an_editor_counts_it():
    from explainer.line_ends import line_of_offset  # here: the module is new, and the rest runs on the code before
    assert [line_of_offset(b"a\rb\r\nc\nd", offset) for offset in (0, 2, 5, 7, 8)] == [1, 2, 3, 4, 4]
    assert line_of_offset(b"\r\r\n\n", 4) == 4  # a lone CR, a CRLF and an LF: three lines ended


def test_a_key_past_the_length_yaml_reads_is_named_with_its_length(built_minimal: Path):
    """It was "YAML syntax error: while scanning a simple key could not find expected ':'" on a line holding one."""
    good = tree_digest(built_minimal / "site")
    with (built_minimal / BRIEFING).open("a", encoding="utf-8") as briefing:
        briefing.write("a" * 50_000 + ": c\n")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"{BRIEFING}:25: YAML syntax error: a key is 50,000 characters long, past the 1,024 YAML reads (shorten the "
        "key; a long text belongs after the ':', as a value)"]


def test_a_long_key_yaml_reads_and_a_line_without_a_colon_keep_their_lines(built_minimal: Path):
    good = tree_digest(built_minimal / "site")
    path = built_minimal / BRIEFING
    before = path.read_text(encoding="utf-8")
    path.write_text(before + "k" * 1_000 + ": c\n", encoding="utf-8")
    [line] = error_lines(rebuild_fails(built_minimal, good))
    assert line.startswith(f"{BRIEFING}:25: kkkk") and "unknown field in briefing file" in line
    path.write_text(before + "a" * 2_000 + "\n", encoding="utf-8")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"{BRIEFING}:26: YAML syntax error: while scanning a simple key could not find expected ':' (fix the YAML "
        "syntax at that line)"]


# --- the limit on file size -------------------------------------------------------------------------------------

class FileSizeLimit:
    """Lower this process's limit on file size for the block (Python ignores SIGXFSZ: a write past it is EFBIG)."""

    def __init__(self, size: int):
        self.size = size

    def __enter__(self):
        self.before = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (self.size, self.before[1]))

    def __exit__(self, *exc):
        resource.setrlimit(resource.RLIMIT_FSIZE, self.before)


def test_a_build_past_the_file_size_limit_says_to_raise_it_and_the_site_is_left_as_it_was(built_minimal: Path):
    """It said "File too large (check the output folder and build again)"."""
    (built_minimal / BRIEFING).write_text((built_minimal / BRIEFING).read_text().replace("The flood", "The big flood"))
    good = tree_digest(built_minimal / "site")
    with FileSizeLimit(1024):  # the briefing's page is some 7 KB
        result = run_build(built_minimal)
    assert result.code == 1 and "Traceback" not in result.err
    assert result.err.splitlines() == [f"error: {built_minimal / 'site'}: cannot write: File too large (raise the "
                                       "limit on file size (ulimit -f) and build again)"]
    assert tree_digest(built_minimal / "site") == good
    assert run_build(built_minimal).code == 0  # the limit raised, it builds


def test_new_and_schema_past_the_file_size_limit_say_to_raise_it(built_minimal: Path):
    """Both said to make room on the disk."""
    with FileSizeLimit(0):
        started = run_build(built_minimal, "new", "water", "--title", "Why it flooded")
        schema = run_build(built_minimal, "schema")
    assert started.code == 1 and started.err.splitlines() == [
        "error: content/water/briefing.yaml: cannot be written: File too large (nothing was written; raise the limit "
        "on file size (ulimit -f) or make content/ writable, then run new again)"]
    assert not (built_minimal / "content" / "water").exists()
    assert schema.code == 1 and "File too large (raise the limit on file size (ulimit -f) or make the project" in \
        schema.err and "Traceback" not in schema.err


def test_a_full_disk_still_says_to_make_room():
    from explainer.file_size_limit import room_or_limit
    assert room_or_limit(OSError(errno.ENOSPC, "No space left on device"), "make room") == "make room"
    assert room_or_limit(OSError(errno.EFBIG, "File too large"), "make room") == "raise the limit on file size (ulimit -f)"


# --- what the preview prints of a bad request ---------------------------------------------------------------------

def test_a_library_warning_of_60_kb_is_cut_as_an_error_line_is(capsys):
    """tornado's warning quotes the request line whole: 60 KB in one line of the editor's terminal."""
    record = logging.LogRecord("tornado.general", logging.WARNING, __file__, 1, "400 GET /%%ff%s (127.0.0.1)",
                               ("a" * 60_000,), None)
    EscapedLog(logging.WARNING).handle(record)
    [line] = capsys.readouterr().err.splitlines()
    assert len(line) <= 1_000 and line.startswith("400 GET /%ffaaa") and line.endswith("aaa (127.0.0.1)")
    assert "(59," in line and "characters not shown)" in line


def test_past_a_burst_warnings_are_counted_a_line_a_second():
    from explainer.told_in_bursts import ToldInBursts
    said, due, now = [], [], [0.0]
    told = ToldInBursts(said.append, lambda seconds, then: due.append(then), clock=lambda: now[0])
    for number in range(BURST + 500):
        told.tell([f"400 GET /{number}"])
    assert said == [f"400 GET /{number}" for number in range(BURST)] and len(due) == 1
    due.pop()()
    assert said[-1] == "warning: 500 more warnings of the server not shown (a page or program is sending it bad requests)"
    now[0] += 5.0  # five seconds later, five are told again one by one
    for number in range(5):
        told.tell([f"late {number}", "  its traceback"])
    assert said[-10:] == [line for number in range(5) for line in (f"late {number}", "  its traceback")] and not due


@pytest.fixture(scope="module")
def served(minimal_built_once: Path, tmp_path_factory):
    with serving(copy_tree(minimal_built_once, tmp_path_factory.mktemp("attack38") / "project")) as server:
        yield server


def _request(port: int, line: bytes, *headers: bytes) -> bytes:
    return line + b"\r\nHost: 127.0.0.1:%d\r\n" % port + b"".join(h + b"\r\n" for h in headers) + \
        b"Connection: close\r\n\r\n"


def test_a_flood_of_bad_requests_prints_short_lines_and_a_count_and_the_preview_serves_on(served):
    """Each request for /%ff and 60 KB printed a line of 60 KB, one a request."""
    port, sent = port_of(served.url), 200
    request = _request(port, b"GET /%ff" + b"a" * 60_000 + b" HTTP/1.1")
    for _ in range(sent):
        assert answer(served.url, request).startswith(b"HTTP/1.1 400 ")

    def told() -> tuple[int, int]:
        lines = served.output.splitlines()
        one_by_one = sum(line.startswith("400 GET /%ff") for line in lines)
        counted = sum(int(line.split()[1].replace(",", "")) for line in lines if "warnings of the server not shown" in
                      line or "warning of the server not shown" in line)
        return one_by_one, counted

    served.wait_until(lambda: sum(told()) == sent, "every bad request is told of or counted")
    assert told()[0] <= 2 * BURST
    assert max(len(line) for line in served.output.splitlines()) <= 1_000
    assert answer(served.url, _request(port, b"GET / HTTP/1.1")).startswith(b"HTTP/1.1 200 ")
    assert "Traceback" not in served.output


# request: what the answer starts with (held: each against the same server, which serves on)
HELD_REQUESTS = {
    "`;` parameters": (b"GET /flood/;jsessionid=1 HTTP/1.1", (), b"HTTP/1.1 404 "),
    "a trailing dot": (b"GET /feed.xml. HTTP/1.1", (), b"HTTP/1.1 404 "),
    "%00": (b"GET /feed.xml%00.html HTTP/1.1", (), b"HTTP/1.1 400 "),
    "OPTIONS": (b"OPTIONS / HTTP/1.1", (), b"HTTP/1.1 405 "),
    "TRACE": (b"TRACE / HTTP/1.1", (), b"HTTP/1.1 405 "),
    "a Range, ignored": (b"GET /feed.xml HTTP/1.1", (b"Range: bytes=0-10,20-30",), b"HTTP/1.1 200 "),
    "If-Modified-Since garbage": (b"GET /feed.xml HTTP/1.1", (b"If-Modified-Since: garbage",), b"HTTP/1.1 200 "),
    "If-Modified-Since in year 99999": (b"GET /static/style.css HTTP/1.1",
                                        (b"If-Modified-Since: Mon, 01 Jan 99999 00:00:00 GMT",), b"HTTP/1.1 200 "),
}


def test_what_held_against_the_preview(served):
    port = port_of(served.url)
    for name, (line, headers, expected) in HELD_REQUESTS.items():
        received = answer(served.url, _request(port, line, *headers))
        assert received.startswith(expected), (name, received[:200])
    assert "Traceback" not in served.output


def test_a_get_streaming_100_mb_is_refused_before_it_is_read(served):
    """Announced or chunked, the body is refused within the first few MB sent; the preview serves on."""
    port = port_of(served.url)
    chunk = b"%x\r\n" % 65536 + b"x" * 65536 + b"\r\n"
    for head, piece in ((_request(port, b"GET / HTTP/1.1", b"Content-Length: 100000000")[:-len(b"Connection: "
                                                                                                  b"close\r\n\r\n")]
                         + b"\r\n", b"x" * 65536),
                        (_request(port, b"GET / HTTP/1.1", b"Transfer-Encoding: chunked"), chunk)):
        sent = 0
        with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
            try:
                connection.sendall(head)
                while sent < 100_000_000:
                    connection.sendall(piece)
                    sent += len(piece)
            except (ConnectionResetError, BrokenPipeError):
                pass
        assert sent < 20_000_000, sent
    assert answer(served.url, _request(port, b"GET / HTTP/1.1")).startswith(b"HTTP/1.1 200 ")


# --- what held with files, cheaply ----------------------------------------------------------------------------------

def _sparse_seed(root: Path) -> None:
    with (root / SEED).open("r+b") as seed:
        seed.truncate(200 * 1024 * 1024)


def _loop(root: Path) -> None:
    os.symlink("loop", root / "content" / "loop")


HELD = {
    "a key written twice, lone CR line ends": (
        _rewritten(BRIEFING, lambda raw: (raw + b"title: Again\n").replace(b"\n", b"\r")),
        f"{BRIEFING}:25: key 'title' appears twice (lines 1 and 25) (keep one of them; YAML would silently drop the "
        "first)"),
    "a tab in indentation, lone CR line ends": (
        _rewritten(BRIEFING, lambda raw: raw.replace(b"  - id: beta", b"\t- id: beta").replace(b"\n", b"\r")),
        f"{BRIEFING}:15: YAML syntax error: a tab character is used for indentation (indent with spaces, not tabs)"),
    "a merge key": (
        _rewritten(BRIEFING, lambda raw: raw + b"base: &b {x: 1}\nother:\n  <<: *b\n"),
        f"{BRIEFING}:27: YAML merge keys ('<<') are not read in content (write the fields out in full in this mapping)"),
    "a custom tag": (
        _rewritten(BRIEFING, lambda raw: raw.replace(b"title: The flood", b"title: !foo The flood")),
        f"{BRIEFING}:1: YAML tag '!foo' is not allowed in content (remove the tag; content is plain text, numbers, "
        "lists and mappings)"),
    "a seed's NUL, lone CR line ends": (
        _rewritten(SEED, lambda raw: raw.replace(b"\n", b"\r").replace(b"The mayor", b"The\x00mayor")),
        f"{SEED}:3: the document contains a NUL character (this is not a text document; convert it to text)"),
    "a sparse seed of 200 MB": (
        _sparse_seed, "content/sources.yaml:3: source 'flood': seeds/flood.txt is 209,715,200 bytes, over the limit "
        "of 33,554,432 (split it into smaller files)"),
    "a link in content/ to itself": (
        _loop, "content/loop: is a link that leads round in a loop (replace the link with a copy of the file)"),
}


@pytest.mark.parametrize("case", sorted(HELD))
def test_what_held_in_this_round_is_one_line_and_the_site_left_as_it_was(built_minimal: Path, case: str):
    change, expected = HELD[case]
    good = tree_digest(built_minimal / "site")
    change(built_minimal)
    assert error_lines(rebuild_fails(built_minimal, good)) == [expected]
