"""Round forty-three of attacks on files, signals and sockets: round 42's leftovers, and what held.

A folder of content/ or static/ swapped for a link to a folder out of the project between the build's look at it and
its listing had that folder's files listed (never read: each was then refused as reached through a link): the walk
now lists a folder through a descriptor opened without following a link, so the folder listed is the one checked, and
one turned into a link since its folder's listing is refused or walked as a link there from the start is
(explainer/safefs.py `_open_folder`).

The preview answered "405 Method Not Allowed", without the `Allow` header a 405 must carry, to every method but GET
and HEAD, `get` and `BREW` included, which HTTP does not define (methods are case-sensitive): one of HTTP's methods is
now answered 405 with `Allow: GET, HEAD`, any other "501 Not Implemented" (RFC 9110), on every address the preview
serves, the connection kept usable (explainer/methods.py).

A party's `aliases`, a citation's or quote's `prefix` and `suffix` and a comparison's `ratio_of` had no limit short of a
content file's 8 MiB: each is held to one of its kind (200 characters for an alias, 1,000 for a prefix or suffix, 300
for a measure named in `ratio_of`), past it one line naming its file and line (explainer/model.py; a list's items
through `item_max_chars`, explainer/validate.py); each at its limit builds.

What held, tried in this round: a request path with an encoded CR and LF (400, no header written from it), a Host
header holding a lone CR, a NUL or given twice (400), a path `//elsewhere/` (404: no redirect leads off the
preview); a YAML alias, or lists nested past 50 levels, in each kind of content file (one line each).

Each test waits on the event itself (a process's end, an answer), never on a sleep.
"""

from __future__ import annotations

import hashlib
import socket
from pathlib import Path

import pytest

from conftest import copy_tree, run_build
from support import edit, error_lines, minimal_project, refused_past_its_limit
from test_attack_3 import answer
from test_attack_42 import _after_listing
from test_serve import serving
from test_serve_attack import port_of

SOURCES = "content/sources.yaml"
BRIEFING = "content/flood/briefing.yaml"
CLAIMS = "content/flood/claims.yaml"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return minimal_project(tmp_path / "project")


# --- a folder swapped for a link between the build's look at it and its listing ---------------------------------------

# where the folder stands, the folder whose listing names it, a file it holds: what a link there from the start says
SWAPPED = {
    "a static folder": ("static/fonts", "static", "a.css",
                        "static/fonts: is a link leading out of the project folder (replace the link with a copy of "
                        "the folder)"),
    "a briefing's folder": ("content/flood", "content", "briefing.yaml",
                            "content/flood: is a link leading out of the project folder (replace the link with a copy "
                            "of the folder)"),
}


def _folder_and_elsewhere(project: Path, case: str, elsewhere: Path) -> Path:
    """Make the case's folder (a file in it) and a folder `elsewhere` holding another file; return the folder."""
    where, _, name, _ = SWAPPED[case]
    folder = project / where
    folder.mkdir(exist_ok=True)
    if not (folder / name).exists():
        (folder / name).write_text("body { color: black }\n", encoding="utf-8")
    elsewhere.mkdir()
    (elsewhere / "secret.css").write_text("/* not the project's */\n", encoding="utf-8")
    return folder


def _swap(folder: Path, target: Path):
    """Return what replaces `folder` with a link to `target`, keeping the folder aside."""
    def change():
        folder.rename(folder.with_name(folder.name + "-kept"))
        folder.symlink_to(target, target_is_directory=True)
    return change


@pytest.mark.parametrize("case", sorted(SWAPPED))
def test_a_folder_swapped_for_a_link_out_after_its_listing_is_refused_as_one_there_from_the_start(
        project: Path, tmp_path: Path, monkeypatch, case: str):
    """The folder out of the project was listed, and each of its files refused as reached through the link (or, for a
    briefing, the folder read as the briefing): now it is the link that is refused, in the one line it gets when it
    stands there from the start, and nothing of the folder it leads to is named."""
    where, parent, _, told = SWAPPED[case]
    elsewhere = tmp_path / "elsewhere"
    folder = _folder_and_elsewhere(project, case, elsewhere)
    _after_listing(monkeypatch, project / parent, 1, _swap(folder, elsewhere))
    result = run_build(project)
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [told], result.err[-1500:]


def test_a_link_out_there_from_the_start_says_the_same(project: Path, tmp_path: Path):
    """The line the swapped folder now gets is the one a link standing there from the start gets."""
    for case in sorted(SWAPPED):
        copy = copy_tree(project, tmp_path / case / "project")
        elsewhere = tmp_path / case / "elsewhere"
        _swap(_folder_and_elsewhere(copy, case, elsewhere), elsewhere)()
        assert error_lines(run_build(copy)) == [SWAPPED[case][3]]


def test_a_folder_swapped_for_a_link_inside_the_project_is_walked_as_such_a_link_is(project: Path, monkeypatch):
    """The honest twin: a folder swapped for a link to a folder of the project (an editor moving fonts to a shared
    folder) is walked, and its files published, as they are with the link there from the start."""
    shared = project / "shared-fonts"
    folder = _folder_and_elsewhere(project, "a static folder", shared)
    _after_listing(monkeypatch, project / "static", 1, _swap(folder, Path("../shared-fonts")))
    result = run_build(project)
    assert result.code == 0, result.err[-1500:]
    assert (project / "site/static/fonts/secret.css").read_text(encoding="utf-8") == "/* not the project's */\n"
    assert not (project / "site/static/fonts/a.css").exists()


# --- the preview's answer to a method it does not serve ---------------------------------------------------------------

@pytest.fixture(scope="module")
def served(minimal_built_once: Path, tmp_path_factory):
    project = copy_tree(minimal_built_once, tmp_path_factory.mktemp("attack43") / "project")
    with serving(project) as server:
        yield server


def _asked(server, method: bytes, path: bytes = b"/", body: bytes = b"") -> bytes:
    """Return the answers to a request of `method` (its body `body`) and a GET of a page after it, on one connection."""
    host = b"Host: 127.0.0.1:%d\r\n" % port_of(server.url)
    length = b"Content-Length: %d\r\n" % len(body) if body else b""
    return answer(server.url, method + b" " + path + b" HTTP/1.1\r\n" + host + length + b"\r\n" + body
                  + b"GET /static/style.css HTTP/1.1\r\n" + host + b"Connection: close\r\n\r\n")


UNKNOWN = [b"get", b"Get", b"BREW", b"PROPFIND", b"M-SEARCH"]


@pytest.mark.parametrize("method", UNKNOWN, ids=[method.decode() for method in UNKNOWN])
def test_a_method_http_does_not_define_is_answered_501(served, method: bytes):
    """It was "405 Method Not Allowed" (of `get` too: methods are case-sensitive), as if the page had the method and
    this one refused it; RFC 9110 asks 501 of a method the server does not know. The request after it is answered."""
    received = _asked(served, method, body=b"x=1")
    assert received.startswith(b"HTTP/1.1 501 Not Implemented\r\n"), received[:300]
    first = received.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nAllow:" not in first and b"\r\nCross-Origin-Resource-Policy: same-origin" in first
    assert received.count(b"HTTP/1.1 200 OK") == 1 and b"Content-Type: text/css" in received


KNOWN = [b"POST", b"PUT", b"DELETE", b"PATCH", b"OPTIONS", b"TRACE", b"CONNECT"]


@pytest.mark.parametrize("path", [b"/", b"/livereload", b"/livereload.js", b"/flood/"])
@pytest.mark.parametrize("method", KNOWN, ids=[method.decode() for method in KNOWN])
def test_a_method_of_http_the_preview_does_not_serve_is_405_with_allow(served, method: bytes, path: bytes):
    """It was 405 without the `Allow` header RFC 9110 asks of every 405 (15.5.6), on the site and livereload's
    addresses alike."""
    received = _asked(served, method, path)
    first = received.split(b"\r\n\r\n", 1)[0]
    assert first.startswith(b"HTTP/1.1 405 Method Not Allowed\r\n") and b"\r\nAllow: GET, HEAD\r\n" in first + b"\r\n", \
        received[:400]
    assert received.count(b"HTTP/1.1 200 OK") == 1


@pytest.mark.parametrize("method", [b"GET", b"HEAD"])
def test_get_and_head_are_served_as_before(served, method: bytes):
    """The honest twins: the page, its headers alone for HEAD, and the request after it."""
    received = _asked(served, method)
    assert received.startswith(b"HTTP/1.1 200 OK\r\n") and received.count(b"HTTP/1.1 200 OK") == 2, received[:300]
    assert (b"<!doctype html>" in received) == (method == b"GET")


# --- aliases, prefix, suffix and ratio_of held to a limit -------------------------------------------------------------

RATIO = ("comparisons:\n  - id: rise\n    title: How far the river rose\n    rows:\n      - measure: {measure}\n"
         "        unit: metres\n        values:\n          alpha: {{value: 3, cite: [monday]}}\n          beta: {{value: 5, cite: [beta-rise]}}\n"
         "    ratio_of: [{ratio}]\n")
QUOTES = ("quotes:\n  - id: mayor\n    speaker: The mayor\n    role: not given\n    words: the worst flood in memory\n"
          "    source: flood\n    {field}: {text}\n")

# name: (file, the text replaced, or None for the whole file; what replaces it, {text} the field's; limit; told)
LIMITS = {
    "a party's alias": (BRIEFING, "    name: Alpha\n", "    name: Alpha\n    aliases: [Alphaville, {text}]\n", 200,
                        f"{BRIEFING}:15: parties[0].aliases[1]", "as another name of the party"),
    "a citation's prefix": (BRIEFING, "    prefix: by 5 metres.\n", "    prefix: {text}\n", 1_000,
                            f"{BRIEFING}:24: citations.tuesday.prefix", "as the words beside a quote"),
    "a citation's suffix": (BRIEFING, "    prefix: by 5 metres.\n", "    suffix: {text}\n", 1_000,
                            f"{BRIEFING}:24: citations.tuesday.suffix", "as the words beside a quote"),
    "a quote's prefix": ("content/flood/quotes.yaml", None, QUOTES.replace("{field}", "prefix"), 1_000,
                         "content/flood/quotes.yaml:7: quotes[0].prefix", "as the words beside a quote"),
    "a quote's suffix": ("content/flood/quotes.yaml", None, QUOTES.replace("{field}", "suffix"), 1_000,
                         "content/flood/quotes.yaml:7: quotes[0].suffix", "as the words beside a quote"),
    "a topic's id": (CLAIMS, "  - id: rise\n", "  - id: {text}\n", 1_000, f"{CLAIMS}:2: topics[0].id", "as a key"),
    "a cite entry": (CLAIMS, "cite: [alpha-rise]", "cite: [{text}]", 1_000, f"{CLAIMS}:11: topics[0].claims[0].cite[0]",
                     "as a key"),
    "a measure in ratio_of": ("content/flood/comparisons.yaml", None, RATIO.format(measure="River rise", ratio="{text}"),
                              300, "content/flood/comparisons.yaml:10: comparisons[0].ratio_of[0]", "as a measure"),
}


@pytest.mark.parametrize("case", sorted(LIMITS))
def test_an_alias_prefix_suffix_or_ratio_past_its_limit_is_one_line_naming_its_file_and_line(project: Path, case: str):
    """Each had no limit short of a content file's 8 MiB: a prefix of megabytes was looked for in the source before its
    quote, an alias in every check of who speaks, a topic's id of 1 MB written seven times into its page."""
    path, old, new, limit, shown, why = LIMITS[case]
    told = f"{shown}: is {limit + 1:,} characters long, past the {limit:,} it may hold, {why}"
    letter = "w" if why == "as a key" else "W"  # a key is written in lower case
    refused_past_its_limit(project, path, old, new.replace("{text}", letter * (limit + 1)), told)


BESIDE = "R" + "a" * 998 + "."  # 1,000 characters: a prefix or suffix at its limit, which the seed holds


def _seed_with_long_words_beside(project: Path) -> None:
    """Put BESIDE before and after a sentence of the seed, its digest recorded, as `accept-source` would."""
    seed = project / "seeds/flood.txt"
    old_digest = hashlib.sha256(seed.read_bytes()).hexdigest()
    seed.write_text(seed.read_text(encoding="utf-8") + f"\n{BESIDE} The river rose again on Tuesday. {BESIDE}\n",
                    encoding="utf-8")
    edit(project / SOURCES, old_digest, hashlib.sha256(seed.read_bytes()).hexdigest())


def test_an_alias_prefix_suffix_ratio_and_key_at_their_limits_build(project: Path):
    """The honest twins: each at its limit is taken, the prefix and suffix anchoring their quote in a seed holding
    them (the real briefing's longest prefix is 35 characters, its longest alias 24, its longest key 22)."""
    _seed_with_long_words_beside(project)
    edit(project / BRIEFING, "    name: Alpha\n", f"    name: Alpha\n    aliases: [Alphaville, {'W' * 200}]\n")
    edit(project / BRIEFING, "    prefix: by 5 metres.\n", f"    prefix: {BESIDE}\n    suffix: {BESIDE}\n")
    edit(project / CLAIMS, "  - id: rise\n", f"  - id: {'r' * 1_000}\n")
    measure = "M" * 300
    (project / "content/flood/comparisons.yaml").write_text(RATIO.format(measure=measure, ratio=measure),
                                                            encoding="utf-8")
    result = run_build(project)
    assert result.code == 0, result.err[-1500:]


# --- what held ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["content/site.yaml", SOURCES, BRIEFING, CLAIMS])
def test_a_yaml_alias_or_deep_nesting_in_each_content_file_is_one_line(project: Path, path: str):
    """Held: an alias (the "billion laughs" is aliases of aliases) and lists nested 60 deep are each refused in one
    line naming the file, whatever kind of content file holds them."""
    written = (project / path).read_text(encoding="utf-8")
    (project / path).write_text(written + "laughs: &lol [a, b]\nmore: [*lol, *lol]\n", encoding="utf-8")
    told = error_lines(run_build(project, "check"))
    assert len(told) == 1 and told[0].startswith(f"{path}:") and "alias '*lol' is not allowed in content" in told[0]
    (project / path).write_text(written + "deep: " + "[" * 60 + "]" * 60 + "\n", encoding="utf-8")
    told = error_lines(run_build(project, "check"))
    assert len(told) == 1 and told[0].startswith(f"{path}:") and "nesting is deeper than 50 levels" in told[0]


def test_a_page_is_served_through_a_flood_of_half_closed_connections(served):
    """Held: 200 connections each sending half a request and closing their side keep no page from being served; a
    request sent whole before its side is closed is answered."""
    host = b"Host: 127.0.0.1:%d\r\n" % port_of(served.url)
    flood = []
    try:
        for _ in range(200):
            connection = socket.create_connection(("127.0.0.1", port_of(served.url)), timeout=10)
            connection.sendall(b"GET / HTTP/1.1\r\n" + host)
            connection.shutdown(socket.SHUT_WR)
            flood.append(connection)
        with socket.create_connection(("127.0.0.1", port_of(served.url)), timeout=10) as connection:
            connection.sendall(b"GET /static/style.css HTTP/1.1\r\n" + host + b"\r\n")
            connection.shutdown(socket.SHUT_WR)
            received = b""
            while chunk := connection.recv(65536):
                received += chunk
        assert received.startswith(b"HTTP/1.1 200 OK\r\n") and b"Content-Type: text/css" in received, received[:200]
    finally:
        for connection in flood:
            connection.close()
