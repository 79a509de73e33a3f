"""Round forty-one of attacks on files, signals and sockets, and an editor's honest input refused: round 40's leftovers.

A chunked request body (`Transfer-Encoding: chunked`) sent with `Expect: 100-continue` was told to continue, then
refused with a bare 400 once a chunk passed the preview's limit, or, with no chunk sent, left unanswered for 5 s and
closed: it is answered "411 Length Required" at once (explainer/expectations.py). A locale, a content file or a
static file past its size limit was told to "split it into smaller files", which none of them can be: each is told
what to do instead (explainer/locale.py, explainer/yamlsafe.py, explainer/pipeline.py through explainer/safefs.py),
and a seed or a template still to split it. A briefing's summary, a log entry's text, a section's body and the other
free texts had no limit short of a content file's 8 MiB: each is refused past a generous one (5,000 characters for a
log entry, 100,000 for a summary, an event, a claim's words, a remark or a quote's context, 500,000 for a section or
the site's `about`) in one line naming its file and line (explainer/model.py). `check --root /` said "content folder
not found", not where it looked: it names the folder and what to do (explainer/load.py).

What held, tried in this round: a request path holding an encoded NUL (400), `..%2f`, `%2e%2e/` or a backslash
(404, nothing outside site/ served), a header line of 200 KB or 10,000 headers (431 at once), 1,500 idle connections
(a page still served at once); a content file swapped for a folder, for a link out of the project and back while
builds ran (each build refused it in one line or built, never a traceback, never the link's target published); SIGTERM
sent to `build` 0.05 to 2.6 s after its start (the site as it was, nothing left beside it, no traceback; each step of
the write is tried in `tests/test_attack_5.py` and `tests/test_attack_27.py`).

Each test waits on the event itself (a process's end, an answer), never on a sleep.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from conftest import copy_tree, run_build, run_build_process, tree_digest
from support import build_ok, edit, error_lines, minimal_project, refused_past_its_limit
from test_attack_3 import answer
from test_serve import serving
from test_serve_attack import port_of

SOURCES = "content/sources.yaml"
BRIEFING = "content/flood/briefing.yaml"
CLAIMS = "content/flood/claims.yaml"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return minimal_project(tmp_path / "project")


# --- the preview: a chunked body asking to continue -------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(minimal_built_once: Path, tmp_path_factory):
    with serving(copy_tree(minimal_built_once, tmp_path_factory.mktemp("attack41") / "project")) as server:
        yield server


def _chunked(port: int, expect: bool, body: bytes = b"") -> bytes:
    return (b"POST / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n%sTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n%s"
            % (port, b"Expect: 100-continue\r\n" if expect else b"", body))


LENGTH_REQUIRED = (b"411: the preview takes a request body only of a given Content-Length, of at most 65,536 bytes; "
                   b"send none.\n")


@pytest.mark.parametrize("body", [b"", b"100000\r\n" + b"x" * 1000, b"5\r\nhello\r\n0\r\n\r\n"],
                         ids=["no chunk sent", "a chunk of 1 MiB announced", "a small chunk"])
def test_a_chunked_body_asking_to_continue_is_refused_411_before_it_is_sent(served, body: bytes):
    """It was told "100 Continue", then refused 400 past the limit, or, with no chunk sent, closed unanswered after
    5 s; a small one was read after it had been told to continue."""
    received = answer(served.url, _chunked(port_of(served.url), True, body))
    assert received.startswith(b"HTTP/1.1 411 Length Required\r\n"), received[:200]
    head, _, page = received.partition(b"\r\n\r\n")
    assert b"Connection: close" in head and b"100 (Continue)" not in received
    assert page == LENGTH_REQUIRED


def test_a_chunked_body_sent_without_asking_is_read_as_before(served):
    """The honest neighbours: a small chunked body is read (and the POST refused as ever), a page is served."""
    port = port_of(served.url)
    received = answer(served.url, _chunked(port, False, b"5\r\nhello\r\n0\r\n\r\n"))
    assert received.startswith(b"HTTP/1.1 405 "), received[:200]
    past_the_limit = answer(served.url, _chunked(port, False, b"100000\r\n" + b"x" * 1000))
    assert past_the_limit.startswith(b"HTTP/1.1 400 "), past_the_limit[:200]
    page = answer(served.url, b"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n\r\n" % port)
    assert page.startswith(b"HTTP/1.1 200 ")


@pytest.mark.parametrize("path, status", [
    (b"/%00", b"400"), (b"/index.html%00", b"400"), (b"/flood/%00/index.html", b"400"),
    (b"/..%2f..%2fetc%2fpasswd", b"404"), (b"/%2e%2e/%2e%2e/etc/passwd", b"404"), (b"/..\\..\\etc\\passwd", b"404"),
    (b"/static/%2e%2e%2f%2e%2e%2fcontent/site.yaml", b"404"), (b"/%2fetc%2fpasswd", b"404"),
])
def test_a_path_with_an_encoded_nul_or_a_way_up_is_refused(served, path: bytes, status: bytes):
    """Held: nothing outside site/ is served, and a NUL is no file name."""
    port = port_of(served.url)
    received = answer(served.url, b"GET %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n\r\n" % (path, port))
    assert received.startswith(b"HTTP/1.1 " + status + b" "), received[:200]
    assert b"root:" not in received and b"title: Test briefings" not in received


@pytest.mark.parametrize("headers", [b"X-Big: " + b"a" * 200_000 + b"\r\n",
                                     b"".join(b"X-%d: a\r\n" % number for number in range(10_000))],
                         ids=["a header line of 200 KB", "10,000 headers"])
def test_a_huge_header_is_answered_431_at_once(served, headers: bytes):
    port = port_of(served.url)
    received = answer(served.url, b"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n%s\r\n" % (port, headers))
    assert received.startswith(b"HTTP/1.1 431 "), received[:200]


# --- a file past its size limit: what to do instead of splitting it ---------------------------------------------------

def _sparse(path: Path, size: int) -> None:
    """Make `path` a sparse file of `size` bytes: its size is refused before a byte of it is read."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        file.truncate(size)


CONTENT_HINT = ("a content file cannot be split into more of its kind: remove what does not belong in it (a "
                "document's text belongs in seeds/)")
TOO_LARGE = {  # what is made: (path, size, the error line)
    "a locale": ("locales/en.yaml", 8 * 2**20 + 1,
                 "locales/en.yaml: is 8,388,609 bytes, over the limit of 8,388,608 (a language's locale is one file and "
                 "cannot be split: keep it to its labels and word lists, removing what was pasted in besides)"),
    "a static file": ("static/film.mp4", 32 * 2**20 + 1,
                      "static/film.mp4: is 33,554,433 bytes, over the limit of 33,554,432 (make it smaller (compress "
                      "it), or publish it elsewhere and link to it)"),
    "a briefing's file": (CLAIMS, 8 * 2**20 + 1,
                          f"{CLAIMS}: is 8,388,609 bytes, over the limit of 8,388,608 ({CONTENT_HINT})"),
    "the library": (SOURCES, 9 * 2**20, f"{SOURCES}: is 9,437,184 bytes, over the limit of 8,388,608 ({CONTENT_HINT})"),
}


@pytest.mark.parametrize("case", sorted(TOO_LARGE))
def test_a_file_that_cannot_be_split_is_told_what_to_do_past_its_size_limit(project: Path, case: str):
    """Each was told to "split it into smaller files": a language has one locale, a briefing one file of each kind."""
    path, size, told = TOO_LARGE[case]
    _sparse(project / path, size)
    result = run_build(project, "check" if path.startswith("content") else "build")
    assert result.code == 1 and "Traceback" not in result.err
    assert told in error_lines(result), result.err[-800:]


def test_a_seed_past_its_limit_is_still_told_to_split_it(project: Path):
    """The honest neighbour: a document can be two sources."""
    _sparse(project / "seeds" / "flood.txt", 32 * 2**20 + 1)
    result = run_build(project, "check")
    assert error_lines(result) == ["content/sources.yaml:3: source 'flood': seeds/flood.txt is 33,554,433 bytes, over "
                                   "the limit of 33,554,432 (split it into smaller files)"]


# --- free text of any length ------------------------------------------------------------------------------------------

BACKGROUND = "sections:\n  - id: history\n    title: History\n    body: {text}\n"
TIMELINE = "events:\n  - when: Monday\n    what: {text}\n    cite: [monday]\n"
QUOTES = ("quotes:\n  - id: mayor\n    speaker: The mayor\n    role: not given\n    words: the worst flood in memory\n"
          "    source: flood\n    context: {text}\n")

TOO_LONG = {  # what is written: (file, old, new, the start of its error line)
    "a summary": (BRIEFING, "The river rose on Monday", "R" * 100_001 + " The river rose on Monday",
                  f"{BRIEFING}:3: summary: is 100,068 characters long, past the 100,000 it may hold, as the briefing's "
                  "summary, shown on the home page and in the feed (keep it to what we know, in a paragraph; the rest "
                  "belongs in the background)"),
    "a log entry's text": (BRIEFING, "text: First published.", "text: " + "F" * 5_001,
                           f"{BRIEFING}:11: updates[0].text: is 5,001 characters long, past the 5,000 it may hold, as a "
                           "log entry, shown in the feed and, for a correction, on the home page (say what changed in "
                           "a sentence or two; the change itself belongs in the briefing)"),
    "a correction's wrong": (BRIEFING, "text: First published.", "text: First published.\n    wrong: " + "W" * 8_000,
                             f"{BRIEFING}:12: updates[0].wrong: is 8,000 characters long, past the 5,000"),
    "a section's body": ("content/flood/background.yaml", None, BACKGROUND.format(text="B" * 500_001),
                         "content/flood/background.yaml:4: sections[0].body: is 500,001 characters long, past the "
                         "500,000 it may hold, as one section of the page (split it into sections of their own)"),
    "the site's about": ("content/site.yaml", "description:", "about: " + "A" * 600_000 + "\ndescription:",
                         "content/site.yaml:2: about: is 600,000 characters long, past the 500,000"),
    "an event": ("content/flood/timeline.yaml", None, TIMELINE.format(text="E" * 100_001),
                 "content/flood/timeline.yaml:3: events[0].what: is 100,001 characters long, past the 100,000 it may "
                 "hold, as one item of the page (keep it to the item; the rest belongs in the background)"),
    "a claim's words": (CLAIMS, "says: The river rose by 3 metres.", "says: " + "S" * 200_000,
                        f"{CLAIMS}:7: topics[0].claims[0].says: is 200,000 characters long, past the 100,000"),
    "a quote's context": ("content/flood/quotes.yaml", None, QUOTES.format(text="C" * 100_001),
                          "content/flood/quotes.yaml:7: quotes[0].context: is 100,001 characters long, past the "
                          "100,000"),
}


@pytest.mark.parametrize("case", sorted(TOO_LONG))
def test_free_text_past_its_limit_is_one_line_naming_its_file_and_line(project: Path, case: str):
    """A summary of 8 MB was published on the home page and in the feed; a log entry's in every copy of the feed."""
    refused_past_its_limit(project, *TOO_LONG[case])


def test_free_text_at_its_limits_builds(project: Path):
    """The honest neighbours: a summary and a log entry at their limits, a section past a summary's (the real ones are
    far within them)."""
    sentence = " The river rose again on Tuesday[^tuesday]."
    edit(project / BRIEFING, "again on Tuesday[^tuesday].",
         "again on Tuesday[^tuesday]." + sentence * ((100_000 - 66) // len(sentence)))
    edit(project / BRIEFING, "text: First published.", "text: First published." + " It was checked." * 311)
    paragraph = "\n\nThe river rose again on Tuesday, and the town watched it rise from the old bridge[^tuesday]."
    body = "The river rose again on Tuesday[^tuesday]." + paragraph * (100_000 // len(paragraph))
    (project / "content/flood/background.yaml").write_text(
        BACKGROUND.format(text="|-\n      " + body.replace("\n", "\n      ").replace("\n      \n", "\n\n")),
        encoding="utf-8")
    result = run_build(project)
    assert result.code == 0, result.err[-2000:]
    assert "It was checked." in (project / "site" / "feed.xml").read_text(encoding="utf-8")


# --- a project folder without content/ --------------------------------------------------------------------------------

@pytest.mark.parametrize("root", [Path("/"), None], ids=["the root folder", "an empty folder"])
def test_a_root_without_a_content_folder_is_named_with_what_to_do(tmp_path: Path, root: Path | None):
    """`check --root /` said "content folder not found", not where it had looked."""
    root = root or tmp_path
    result = run_build(root, "check")
    assert (result.code, result.out) == (1, "")
    assert result.err == (f"error: content: content folder not found in '{root}' (pass --root with the project folder, "
                          "the one holding content/, seeds/ and templates/, or run the build from it)\n"
                          "1 problem; site/ was not changed.\n")
    assert not (root / "site").exists() or root == Path("/")


# --- a content file swapped while builds run --------------------------------------------------------------------------

def _swap_until(stop: threading.Event, claims: Path) -> None:
    """Put a folder, a link out of the project and a link to another content file where `claims` goes, in turn,
    restoring it after each, until `stop` is set."""
    aside = claims.with_name("claims.yaml~")
    while not stop.is_set():
        os.replace(claims, aside)
        for make, undo in ((os.mkdir, os.rmdir), (lambda path: os.symlink("/etc/passwd", path), os.unlink),
                           (lambda path: os.symlink("briefing.yaml", path), os.unlink)):
            make(claims)
            undo(claims)
        os.replace(aside, claims)


def test_a_content_file_swapped_for_a_folder_or_a_link_while_builds_run_is_refused_or_built(built_minimal: Path):
    """Held: each build refuses what it found in one line, or builds what it read; never a traceback, never the
    link's target published; the next build, left alone, builds the site as before."""
    root = built_minimal
    good = tree_digest(root / "site")
    stop = threading.Event()
    swapper = threading.Thread(target=_swap_until, args=(stop, root / CLAIMS))
    swapper.start()
    try:
        outcomes = [run_build_process(root) for _ in range(6)]
    finally:
        stop.set()
        swapper.join()
    for outcome in outcomes:
        assert "Traceback" not in outcome.err and outcome.code in (0, 1), outcome.err[-800:]
        assert all(line.startswith("content/flood/") for line in error_lines(outcome)), outcome.err
    assert "root:" not in "".join(path.read_text(errors="replace") for path in (root / "site").rglob("*.html"))
    build_ok(root)
    assert tree_digest(root / "site") == good
