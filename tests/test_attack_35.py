"""Round thirty-five of attacks on files, signals and sockets: an address whose host a browser reads otherwise.

Round 34 refused an address that reads as one site and leads to another through a user name (`@`) or a backslash.
A browser takes every other character of a host into the host's name, mapping some (UTS #46) and decoding '%'
escapes: `https://reuters.com∕world.evil.example/` (U+2215 DIVISION SLASH, or U+2044 FRACTION SLASH, which read as
'/') led to `reuters.xn--comworld-0f7d.evil.example`, a site of evil.example's owner, and
`https://reuters.com。evil.example/` (an ideographic or fullwidth full stop) or `https://reuters.com%2eevil.example/`
to reuters.com.evil.example, from a source's page and in every citation's "in the source" link; as a site's address,
from every page's canonical link and the feed. `https://reuters.com%2fworld/` and `http://[::1]x/` were links no
browser follows (Chromium's `new URL` refuses both). Hosts of letters, marks and digits of any script build.

The preview's HEAD: a large file that is no page is sent a piece at a time (round 26), but a HEAD of it was read whole
first, its bytes then dropped: each HEAD of a 200 MB file in site/ read 200 MB, taking 0.19 s of the one loop that
serves every page and socket and 200 MB of memory, and HEAD is a method any web page may send to 127.0.0.1
(`fetch(url, {method: "HEAD", mode: "no-cors"})`). Its length is now told from the open file, unread.
"""

from __future__ import annotations

import argparse
import http.client
from pathlib import Path

import pytest

from conftest import run_build
from support import edit, error_lines
from test_serve import serving
from test_serve_attack import port_of

from explainer.arguments import base_url
from explainer.site_address import address_problem

ELSEWHERE = [
    ("https://reuters.com\u2215world.evil.example/",
     "holds U+2215 (DIVISION SLASH) in its host, which a browser reads as part of the host's name: the address leads "
     "to a site under 'evil.example', not 'reuters.com'"),
    ("https://www.reuters.com\u2044world\u2044.evil.example/",
     "holds U+2044 (FRACTION SLASH) in its host, which a browser reads as part of the host's name: the address leads "
     "to a site under 'evil.example', not 'www.reuters.com'"),
    ("https://reuters.com\u3002evil.example/",
     "holds U+3002 (IDEOGRAPHIC FULL STOP) in its host, which a browser reads as '.': the address leads to a site "
     "under 'evil.example', not 'reuters.com'"),
    ("https://reuters.com\uff0eevil.example/world",
     "holds U+FF0E (FULLWIDTH FULL STOP) in its host, which a browser reads as '.': the address leads to a site "
     "under 'evil.example', not 'reuters.com'"),
    ("https://reuters.com\uff61evil.example:8443/",
     "holds U+FF61 (HALFWIDTH IDEOGRAPHIC FULL STOP) in its host, which a browser reads as '.': the address leads "
     "to a site under 'evil.example', not 'reuters.com'"),
    ("https://reuters.com%2eevil.example/",
     "writes its host with a '%' escape, which a browser decodes, reading it as 'reuters.com.evil.example'"),
    ("https://reuters.com%2fworld/",
     "writes its host with a '%' escape, which a browser decodes, reading it as 'reuters.com/world'"),
    ("https://reuters.com|evil.example/", "holds '|' in its host, where no host name has one: no browser can reach it"),
    ("http://[::1]x/", "has 'x' after its bracketed address, where only a port may stand: no browser follows it"),
]

HONEST = [
    "https://www.reuters.com/world/",
    "https://bücher.example/",
    "https://пример.рф/",
    "https://例え.テスト/",
    "https://उदाहरण.भारत/",  # Devanagari's vowel signs are marks
    "https://مثال.إختبار/",
    "https://xn--bcher-kva.example/",
    "https://my_host.example.org/",
    "https://example.org./",
    "https://[2001:db8::1]:8443/",
    "https://example.org:/",
    "https://example.org/a\u2215b/%2e%2e/",  # in the path, neither leads anywhere else
    "http://localhost:8000/",
]


@pytest.mark.parametrize("url, told", ELSEWHERE, ids=[url for url, _ in ELSEWHERE])
def test_a_host_a_browser_reads_otherwise_is_refused_saying_where_it_leads(url: str, told: str):
    assert address_problem(url) == f"'{url}' {told}"
    with pytest.raises(argparse.ArgumentTypeError) as refused:  # --base-url too
        base_url(url)
    assert str(refused.value) == f"'{url}' {told}"


@pytest.mark.parametrize("url", HONEST)
def test_a_host_of_letters_and_digits_of_any_script_is_taken(url: str):
    assert address_problem(url) is None
    assert base_url(url) == url


def test_a_sources_link_leading_under_another_site_is_refused_at_its_line(built_minimal: Path):
    """`url: https://reuters.com∕world.evil.example/` read as Reuters on its source page and in every citation's link
    to the source, and led to a site of evil.example's; the honest address builds."""
    library = built_minimal / "content" / "sources.yaml"
    text = library.read_text(encoding="utf-8")
    library.write_text(text + "    url: https://reuters.com\u2215world.evil.example/\n", encoding="utf-8")
    line = len(text.splitlines()) + 1
    result = run_build(built_minimal, "check")
    assert result.code == 1, result.err
    assert error_lines(result) == [
        f"content/sources.yaml:{line}: sources[0].url: 'https://reuters.com\u2215world.evil.example/' holds U+2215 "
        "(DIVISION SLASH) in its host, which a browser reads as part of the host's name: the address leads to a site "
        "under 'evil.example', not 'reuters.com' (write the address the original is read at, as a reader's browser "
        "opens it)"]
    edit(library, "https://reuters.com\u2215world.evil.example/", "https://reuters.com/world/flood-report")
    result = run_build(built_minimal, "check")
    assert result.code == 0, result.err


LARGE = 64 * 1024 * 1024


def read_by(pid: int) -> int:
    """Return the bytes a process has read so far, from files and sockets alike (rchar)."""
    with open(f"/proc/{pid}/io", encoding="ascii") as counts:
        return next(int(line.split()[1]) for line in counts if line.startswith("rchar:"))


def asked(url: str, method: str, path: str) -> tuple[int, dict, bytes]:
    """Return the status, headers and body of one request."""
    connection = http.client.HTTPConnection("127.0.0.1", port_of(url), timeout=10)
    try:
        connection.request(method, path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_a_head_of_a_large_file_is_answered_without_reading_it(project: Path):
    with serving(project) as server:
        with (project / "site" / "big.bin").open("wb") as sparse:
            sparse.truncate(LARGE)
        before = read_by(server.process.pid)
        status, headers, body = asked(server.url, "HEAD", "/big.bin")
        assert (status, headers["Content-Length"], body) == (200, str(LARGE), b"")
        assert read_by(server.process.pid) - before < LARGE // 64
        # A page's HEAD tells the length its GET sends, live-reload client included.
        status, headers, body = asked(server.url, "HEAD", "/index.html")
        assert (status, body) == (200, b"")
        status, page_headers, page = asked(server.url, "GET", "/index.html")
        assert (status, headers["Content-Length"]) == (200, str(len(page))) and b"/livereload.js" in page
        assert "Traceback" not in server.output


def summary_with_links(wire: str, listed: str, defined: str) -> str:
    """Return the minimal briefing's summary line with three web links in its cited sentence: inline, as an autolink
    and by a reference defined below it."""
    return (f"  The river rose on Monday[^monday] ([the wire]({wire})) and again on Tuesday[^tuesday] ([the list][r], "
            f"<{listed}>).\n\n  [r]: {defined}\n")


def test_a_prose_links_address_leading_elsewhere_than_it_reads_is_refused_at_its_line(built_minimal: Path):
    """`[the wire](https://reuters.com@evil.example/world)` in a summary read as Reuters to its reviewer and led to
    evil.example, as a source's link did before round 34; web links that lead where they read build."""
    briefing = built_minimal / "content" / "flood" / "briefing.yaml"
    sentence = "  The river rose on Monday[^monday] and again on Tuesday[^tuesday].\n"
    original = briefing.read_text(encoding="utf-8")
    assert sentence in original
    briefing.write_text(original.replace(sentence, summary_with_links(
        "https://reuters.com@evil.example/world", "https://reuters.com%2eevil.example/",
        "https://reuters.com\u2215world.evil.example/")), encoding="utf-8")
    result = run_build(built_minimal, "check")
    assert result.code == 1, result.err
    hint = "(write the address the link leads to, as a reader's browser opens it)"
    assert error_lines(result) == [
        "content/flood/briefing.yaml:3: `summary`: a link's address 'https://reuters.com%2eevil.example/' writes its "
        f"host with a '%' escape, which a browser decodes, reading it as 'reuters.com.evil.example' {hint}",
        "content/flood/briefing.yaml:3: `summary`: a link's address 'https://reuters.com@evil.example/world' holds a "
        f"user name or password (before '@'): the address leads to 'evil.example' {hint}",
        "content/flood/briefing.yaml:5: `summary`: a link's address 'https://reuters.com\u2215world.evil.example/' "
        "holds U+2215 (DIVISION SLASH) in its host, which a browser reads as part of the host's name: the address "
        f"leads to a site under 'evil.example', not 'reuters.com' {hint}"]
    briefing.write_text(original.replace(sentence, summary_with_links(
        "https://www.reuters.com/world/", "https://bücher.example/flut", "https://medium.com/@reporter/flood")),
        encoding="utf-8")
    result = run_build(built_minimal, "check")
    assert result.code == 0, result.err
