"""Round fifty-seven of attacks on the preview, the error page, `changes`, templates and the build's reads: what rounds
54 to 56 left open.

1. The preview's build process blocked in the kernel (neither stopped nor running: reading a named pipe, a file on a
   hung mount) was waited for silently, every save held, until the build's time limit called it "likely an endless
   loop in a template", or for ever while a fresh process started. Its CPU time (its descendants' included) and its
   time waiting for a core not moving for BLOCKED_LIMIT_S of the server's own time (10 s), it is told once in one
   line ("the build process (pid N) has used no CPU for 10 s and not answered: it waits on the system (in the
   kernel's wait_for_partner) ...") (explainer/blocked_builds.py, build_worker.py). No build reads a named pipe,
   socket or device as a file: each is refused by name (held since earlier rounds; checked here for every kind of
   input). Honest twins: a slow live build (0.6 s of CPU under a limit of 0.2 s), a build waiting for a worker of its
   own that works, a process whose CPU moves between looks, and a wait while the server was stopped too, are never
   told.
2. A page under 1 MiB was held whole per client that stopped reading it (1,024 of them, up to a gigabyte for a
   minute). What the server holds of responses not yet taken in is counted in all, and past 32 MiB the connections
   that have held theirs longest are closed first (explainer/held_responses.py, serve.py `held_until`; the bound is
   tested on HeldResponses itself: on loopback the system's socket buffers take a page of 960 KiB whole, so a server
   test cannot make it hold one). Honest twins: a browser fetching the page while 100 clients are stalled on it gets
   it whole; a browser's six connections reading pages at once get them whole; the newest is never dropped.
3. The error page's note of a cut line was English on every page ("… (1,006 more characters not shown)" on a French
   site). It takes the site's locale's words like the page's others (`preview_cut`, optional: a locale without it
   has English's, marked `lang="en"`), with its plural, in the locale's digits and separators: "… (1 006 caractères
   de plus non affichés)" (explainer/error_page.py, the built-in locales). Honest twins: an English page marks
   nothing; a project locale that words the ten other preview labels keeps its page in its language.
4. `changes --since REV` named the first of a commit's unreadable content files and counted the rest ("(and 2 more
   files there)"), and read the commit's seeds unchecked: a seed the build could not read then (not UTF-8, over the
   size limit) had its citations reported as added, exit code 0. Each unreadable file is named on a line of its own
   (20 at most, then "and N more, not listed"), a seed's as a content file's (explainer/changes.py,
   changes_inputs.py `_unread_seeds`). Honest twins: a seed the commit lacks reports its citations as added, and a
   seed edited since it was accepted is compared, as before.
5. `|urlencode`, `|xmlattr` and `|urlize` were measured only once made: `(" " * 25,000,000)|urlencode` wrote 75
   million characters (`%20` each), `{"title": "&" * 25,000,000}|xmlattr` 125 million, `("ab.com " * 3,000,000)
   |urlize` 147 million (a link of each word), `urlize(rel="x" * 10000)` of 20,000 links 200 million, past the 100 MiB
   the test gives. Each is measured from its value first ("'|urlencode' would make a string of over 30,000,000
   characters") (explainer/template_strings.py `_urlencoded`, `_xml_attributes`, `_urlized`). Honest twins: 25
   million characters quoted as they are, 9 million spaces (27 million), plain words urlized, 140,000 links with a
   rel of 150 characters (28 million): each built, and each filter writes Jinja's text.
"""

from __future__ import annotations

import concurrent.futures
import os
import socket
import stat
import subprocess
import threading
from pathlib import Path

import pytest

from explainer.error_page import render_error_page
from explainer.preview_words import preview_labels
from explainer.problems import Problem

from conftest import tree_digest
from support import error_lines
from conftest import Run, run_build
from test_attack_54 import FOOTER, HINT, LIMIT, _broken_yaml, _built_in_child, _commit, _footer
from test_attack_56 import _twice
from test_preview_16 import SLUG, WITHOUT_PREVIEW, site
from test_serve_attack import shared_server, shared_servers  # noqa: F401 (fixtures)


# --- 1. fixed: a build process blocked in the kernel is told ---------------------------------------------------------

def _blocked_target(connection) -> None:
    """A build process that blocks in the kernel on its build: it opens a named pipe no one writes."""
    from explainer.build_worker import READY

    connection.send(READY)
    project, _ = connection.recv()
    open(project.root / "pipe", "rb").close()  # blocks until a writer opens it: none does


def _spin(cpu_seconds: float) -> None:
    """Use `cpu_seconds` of this process's CPU (a CPU budget, not a time)."""
    start = sum(os.times()[:2])
    while sum(os.times()[:2]) - start < cpu_seconds:
        pass


def _live_target(connection) -> None:
    """A slow but live build: 0.6 s of CPU, then its outcome."""
    from explainer.build_worker import READY, Outcome

    connection.send(READY)
    connection.recv()
    _spin(0.6)
    connection.send(Outcome((), None, (), 0.6))


def _waiting_for_its_worker_target(connection) -> None:
    """A build waiting (no CPU of its own) for a worker process of its own that works 0.6 s of CPU."""
    from explainer.build_worker import READY, Outcome

    connection.send(READY)
    connection.recv()
    child = os.fork()
    if child == 0:
        _spin(0.6)
        os._exit(0)
    os.waitpid(child, 0)
    connection.send(Outcome((), None, (), 0.6))


def _run_worker(root: Path, target, until_told: bool):
    """Run one build of a BuildWorker whose process runs `target` (limits: blocked 0.2 s, time 600 s); return its
    outcome (None if stopped once it told a line), the lines it told and its process's id."""
    from explainer.build_worker import BuildWorker
    from explainer.project import Project

    told, lines = threading.Event(), []
    worker = BuildWorker(Project.at(root), 600.0, stopped_for=600.0, blocked_for=0.2)
    worker.target = target
    worker.tell = lambda line: (lines.append(line), told.set())
    worker.start(fork=True)
    pid = worker.process.pid
    stopping, outcome = threading.Event(), []
    building = threading.Thread(target=lambda: outcome.append(worker.build(["content/flood/briefing.yaml"], stopping)))
    building.start()
    if until_told:
        assert told.wait(600), "the blocked build was never told"
        stopping.set()
    building.join()
    worker.close()
    return outcome[0], lines, pid


def test_a_build_process_blocked_in_the_kernel_is_told_in_one_line(tmp_path: Path):
    """Before, the server waited silently, every save held (here until the 600 s time limit)."""
    os.mkfifo(tmp_path / "pipe")
    outcome, lines, pid = _run_worker(tmp_path, _blocked_target, until_told=True)
    assert outcome is not None and outcome.failed and len(lines) == 1, lines  # replaced since round 58
    assert lines[0].startswith(f"warning: the build process (pid {pid}) has used no CPU for 0.2 s and not answered: "
                               "it waits on the system"), lines
    assert lines[0].endswith("; it was stopped, and a fresh one takes the next save; a file it reads may be a named "
                             "pipe or on a disk or network mount that does not answer"), lines


def test_a_blocked_build_stopped_at_the_time_limit_is_not_called_an_endless_template():
    """Before, "the rebuild took longer than 30 s and was stopped: likely an endless loop in a template" (the worker
    passes what its block watch told: no clock in the test)."""
    from explainer.build_worker import overrun

    outcome = overrun(30.0, ["content/flood/briefing.yaml"], blocked=True)
    assert [str(problem) for problem in outcome.problems] == [
        "content/flood/briefing.yaml: the rebuild waited on the system, using no CPU, for most of 30 s and was stopped "
        "(a file it reads may be a named pipe or on a disk or network mount that does not answer; fix that and save "
        "to build again)"], outcome.problems
    assert "endless loop" in str(overrun(30.0, ["content/flood/briefing.yaml"]).problems[0]), "the twin, as before"


@pytest.mark.parametrize("target", [_live_target, _waiting_for_its_worker_target], ids=["live", "its-worker"])
def test_a_slow_live_build_is_never_taken_for_a_blocked_one(tmp_path: Path, target):
    """The twins: 0.6 s of CPU of its own, or of a worker it waits for, under a blocked limit of 0.2 s."""
    outcome, lines, _ = _run_worker(tmp_path, target, until_told=False)
    assert lines == [] and outcome is not None and not outcome.failed, (lines, outcome)


def test_a_process_is_blocked_only_while_nothing_moves_for_the_servers_own_time():
    """No clock is read: the server's time between looks is given, the progress too."""
    from explainer.blocked_builds import BlockWatch

    progress = [(1.0, 0.5)]
    watch = BlockWatch(1, 1.0, lambda pid: progress[0])
    assert [watch.look(0.3, False) for _ in range(3)] == [False, False, False]
    assert watch.look(2.0, True) is False, "the server was stopped too (Ctrl-Z): its pause is no one's"
    assert [watch.look(0.3, False) for _ in range(4)] == [False, False, False, True], "told at 1.2 s of its time"
    assert [watch.look(0.3, False) for _ in range(5)] == [False] * 5, "told once"
    progress[0] = (1.0, 0.6)  # it waited for a core: it is runnable
    assert [watch.look(0.3, False) for _ in range(3)] == [False, False, False]
    progress[0] = (1.01, 0.6)
    assert watch.look(0.3, False) is False
    watch.forgive()
    assert [watch.look(0.3, False) for _ in range(3)] == [False, False, False]


@pytest.fixture
def spinner():
    process = subprocess.Popen(["python3", "-c", "while True: pass"])
    yield process
    process.kill()
    process.wait()


def test_a_running_process_is_never_blocked(spinner):
    """The twin: a process using CPU between looks, however long the server's time between them."""
    from explainer.blocked_builds import BlockWatch, progress

    watch = BlockWatch(spinner.pid, 1.0)
    for _ in range(5):
        before = progress(spinner.pid)
        while progress(spinner.pid) == before:  # an event: its CPU time moved
            os.sched_yield()
        assert watch.look(10.0, False) is False


def _socket(path: Path) -> None:
    """Leave a bound Unix socket at path, bound by its name from its folder: a socket's address holds at most 107
    bytes, which a deep pytest folder passes."""
    here = os.getcwd()
    os.chdir(path.parent)
    try:
        bound = socket.socket(socket.AF_UNIX)
        bound.bind(path.name)
        bound.close()
    finally:
        os.chdir(here)


KINDS = [("named pipe", os.mkfifo), ("socket", _socket),
         ("device", lambda path: os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 5)))]  # /dev/zero's
PLACES = ["content/flood/claims.yaml", "content/site.yaml", "seeds/flood.txt", "templates/_footer.html",
          "static/extra.css", "locales/fr.yaml"]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("kind, make", KINDS, ids=["pipe", "socket", "device"])
def test_no_build_reads_a_pipe_socket_or_device_as_a_file(built_minimal: Path, place: str, kind: str, make):
    """Held: each is refused by name in one line, never opened to be read (a pipe's read blocks until written)."""
    path = built_minimal / place
    path.parent.mkdir(exist_ok=True)
    path.unlink(missing_ok=True)
    try:
        make(path)
    except PermissionError:
        pytest.skip("making a device needs root")
    result = run_build(built_minimal)
    assert result.code == 1 and "Traceback" not in result.err, result.err
    told = [line for line in error_lines(result) if f"is not a regular file: it is a {kind}" in line]
    assert len(told) == 1 and place in told[0] and told[0].endswith("(replace it with an ordinary file)"), result.err


# --- 2. fixed: what the preview holds for slow clients is bounded in all ---------------------------------------------

def test_held_responses_are_bounded_in_all_the_oldest_dropped_first():
    """No server, no clock: what each connection holds, in the order they held it."""
    from explainer.held_responses import HeldResponses

    closed = []
    held = HeldResponses(limit=1000)
    for name in "abcd":
        held.hold(name, 300, lambda name=name: closed.append(name))
    assert closed == ["a"] and held.total == 900 and list(held.held) == ["b", "c", "d"]
    held.release("c")  # taken in: it frees its room
    held.hold("e", 300, lambda: closed.append("e"))
    assert closed == ["a"] and held.total == 900
    held.hold("b", 200, lambda: closed.append("b"))  # its next piece: it read the last, it is the newest now
    held.hold("f", 400, lambda: closed.append("f"))
    assert closed == ["a", "d"] and list(held.held) == ["e", "b", "f"] and held.total == 900
    held.hold("g", 5000, lambda: closed.append("g"))  # larger than all: the others go, it is still sent
    assert closed == ["a", "d", "e", "b", "f"] and held.total == 5000


PAGE_BYTES = 960 * 1024  # a page under 1 MiB, written whole to its connection
STALLED_CLIENTS = 100


def _stalled(url: str, path: str) -> list[socket.socket]:
    """Return STALLED_CLIENTS connections that asked for `path`, were answered, and read no more."""
    from test_serve_attack import port_of

    stalled = []
    try:
        for _ in range(STALLED_CLIENTS):
            client = socket.socket()
            stalled.append(client)
            client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            client.connect(("127.0.0.1", port_of(url)))
            client.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            assert client.recv(12) == b"HTTP/1.1 200"  # the server has started to answer: what it holds, it holds
    except BaseException:
        for client in stalled:
            client.close()
        raise
    return stalled


def _read_to_the_end(client: socket.socket) -> int:
    client.settimeout(120)  # a bound, not a pace: the server closes it or has sent it all
    total = 0
    while chunk := client.recv(1 << 16):
        total += len(chunk)
    return total


def test_a_browser_gets_a_page_whole_while_clients_stalled_on_it(shared_server):
    """The twin: 100 clients stalled on a page of 960 KiB (on loopback the system's buffers take most of each), and a
    browser asking for it meanwhile gets it whole, the live-reload client in it."""
    from test_attack_35 import asked

    site = shared_server.root / "site"
    page = b"<!doctype html><html><head><title>Held</title></head><body>" + b"x" * PAGE_BYTES + b"</body></html>"
    (site / "held.html").write_bytes(page)
    try:
        stalled = _stalled(shared_server.url, "/held.html")
        try:
            status, _, body = asked(shared_server.url, "GET", "/held.html")
        finally:
            for client in stalled:
                client.close()
    finally:
        (site / "held.html").unlink()
    assert status == 200 and body.startswith(page[:46]) and body.endswith(b"</body></html>"), status
    assert len(body) > len(page) and b"/livereload.js" in body, "the page whole, with the live-reload client"


def test_clients_reading_pages_as_they_come_get_them_whole(shared_server):
    """The twin: a browser's six connections at once, each reading its page of 960 KiB to its end, while 100 clients
    stalled on another page are dropped around them."""
    from test_serve_attack import port_of

    site = shared_server.root / "site"
    page = b"<!doctype html><html><head><title>Read</title></head><body>" + b"y" * PAGE_BYTES + b"</body></html>"
    (site / "read.html").write_bytes(page)
    (site / "held.html").write_bytes(page)

    def fetched(_) -> int:
        with socket.create_connection(("127.0.0.1", port_of(shared_server.url)), timeout=120) as client:
            client.sendall(b"GET /read.html HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            return _read_to_the_end(client)

    try:
        stalled = _stalled(shared_server.url, "/held.html")
        try:
            with concurrent.futures.ThreadPoolExecutor(6) as browser:
                lengths = list(browser.map(fetched, range(6)))
        finally:
            for client in stalled:
                client.close()
    finally:
        (site / "read.html").unlink()
        (site / "held.html").unlink()
    assert all(length > len(page) for length in lengths), lengths


# --- 3. fixed: the note of a cut line is in the site's language ------------------------------------------------------

def _cut_page(root: Path, left_out: int = 1006) -> str:
    """Return the error page of a problem on a briefing's line of 2,000 + `left_out` characters."""
    briefing = root / "content" / SLUG / "briefing.yaml"
    briefing.write_text("title: x\nsummary: y\nnote: " + "z" * (1994 + left_out) + "\n", encoding="utf-8")
    problem = Problem(f"content/{SLUG}/briefing.yaml", 3, "mapping values are not allowed here", "", 5)
    return render_error_page(root, [problem], "site", True, preview_labels(root)).decode("utf-8")


@pytest.mark.parametrize("language, note", [
    ("fr", '<span class="cut">… (1\u202f006 caractères de plus non affichés)</span>'),
    ("de", '<span class="cut">… (1.006 weitere Zeichen nicht angezeigt)</span>'),
    ("es-MX", '<span class="cut">… (1.006 caracteres más sin mostrar)</span>'),
    ("ar", '<span class="cut" dir="rtl">… (عدد الأحرف الأخرى غير المعروضة: 1,006)</span>'),
], ids=["fr", "de", "es", "ar"])
def test_the_note_of_a_cut_line_is_in_the_sites_language(tmp_path, language: str, note: str):
    """Before, each was "… (1,006 more characters not shown)", marked as English."""
    page = _cut_page(site(tmp_path, language))
    assert note in page, page[page.find('class="cut"') - 20:][:200]
    assert "more characters" not in page


def test_the_note_of_a_cut_line_counts_one_character_as_one(tmp_path):
    page = _cut_page(site(tmp_path, "fr"), 1)
    assert "… (1 caractère de plus non affiché)</span>" in page


def test_an_english_page_notes_a_cut_line_in_english_marking_nothing(tmp_path):
    """The twin: English as before, and not marked as foreign on an English page."""
    page = _cut_page(site(tmp_path, "en"))
    assert '<span class="cut">… (1,006 more characters not shown)</span>' in page


def test_an_english_page_counts_one_character_left_out_as_one(tmp_path):
    """Before, "(1 more characters not shown)"."""
    assert _cut_page(site(tmp_path, "en"), 1).count('<span class="cut">… (1 more character not shown)</span>') == 1


def test_a_project_locale_without_the_note_gives_englishs_marked_and_keeps_its_own_words(tmp_path):
    """The twin: a Portuguese locale wording the ten other preview labels keeps them; only the note is English."""
    portuguese = WITHOUT_PREVIEW + "\n" + "\n".join(f'{key}: "pt {key}{placeholder}"' for key, placeholder in (
        ("preview_failed_title", " {where}"), ("preview_failed_one", " {count}"), ("preview_failed_many", " {count}"),
        ("preview_kept", " {folder}"), ("preview_none_kept", " {folder}"), ("preview_fix", ""),
        ("preview_not_found_title", " {address}"), ("preview_no_page", " {address}"), ("preview_missing", " {folder}"),
        ("preview_gone", " {folder}"))) + "\n"
    page = _cut_page(site(tmp_path, "pt-BR", portuguese))
    assert '<html lang="pt-BR">' in page and "pt preview_fix" in page
    assert '<span class="cut" lang="en">… (1,006 more characters not shown)</span>' in page


# --- 4. fixed: `changes` names every unreadable file of a commit, and reads its seeds --------------------------------

COMMIT_END = (": changes cannot read it at that commit, and would report what it held as added (compare with another "
              "commit, one the build could read)")


def _changes_since_spoiled(root: Path, spoil) -> Run:
    """Commit the project as `spoil` leaves it, put every file back as it was, and run `changes --since HEAD`."""
    kept = {path: path.read_bytes() for folder in ("content", "seeds") for path in (root / folder).rglob("*")
            if path.is_file()}
    spoil(root)
    _commit(root)
    made = {*(root / "content").rglob("*"), *(root / "seeds").rglob("*")} - set(kept) - {path.parent for path in kept}
    for path in sorted(made, key=lambda made_path: len(made_path.parts), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    for path, data in kept.items():
        path.write_bytes(data)
    return run_build(root, "changes", "--since", "HEAD")


def _three_broken(root: Path) -> None:
    _twice(root / "content/flood/briefing.yaml")
    _broken_yaml(root / "content/flood/claims.yaml")
    (root / "seeds/flood.txt").write_bytes((root / "seeds/flood.txt").read_bytes() + b"caf\xe9\n")


def test_changes_names_each_unreadable_file_of_a_commit_on_a_line_of_its_own(built_minimal: Path):
    """Before, the briefing's line alone, "(and 1 more file there)": the claims were counted, the seed not read."""
    result = _changes_since_spoiled(built_minimal, _three_broken)
    assert result.code == 1 and "Traceback" not in result.err and result.out == "", (result.out, result.err)
    assert result.err.splitlines() == [
        "error: commit HEAD: content/flood/briefing.yaml:25: key 'title' appears twice (lines 1 and 25)",
        "error: commit HEAD: content/flood/claims.yaml:" + result.err.split("claims.yaml:")[1].split("\n")[0],
        "error: commit HEAD: seeds/flood.txt:4: byte 0xe9 is not valid UTF-8",
        "error: commit HEAD: changes cannot read 3 files at that commit, and would report what they held as added "
        "(compare with another commit, one the build could read)"], result.err


def _many_broken(root: Path) -> None:
    for number in range(23):
        copy = root / f"content/flood{number:02}"
        copy.mkdir()
        for path in (root / "content/flood").iterdir():
            (copy / path.name).write_bytes(path.read_bytes())
        _twice(copy / "briefing.yaml")


def test_changes_names_twenty_unreadable_files_and_counts_the_rest(built_minimal: Path):
    result = _changes_since_spoiled(built_minimal, _many_broken)
    lines = result.err.splitlines()
    assert result.code == 1 and len(lines) == 21, result.err
    assert lines[0] == ("error: commit HEAD: content/flood00/briefing.yaml:25: key 'title' appears twice "
                        "(lines 1 and 25)")
    assert lines[-1] == ("error: commit HEAD: changes cannot read 23 files at that commit (and 3 more, not listed), "
                         "and would report what they held as added (compare with another commit, one the build could "
                         "read)")


@pytest.mark.parametrize("spoil, told", [
    (lambda root: (root / "seeds/flood.txt").write_bytes(b"\xff\xfe" + (root / "seeds/flood.txt").read_bytes()),
     "seeds/flood.txt:1: the document is written in UTF-16, not UTF-8"),
    (lambda root: os.truncate(root / "seeds/flood.txt", 33 * 1024 * 1024),
     "content/sources.yaml:3: source 'flood': seeds/flood.txt is 34,603,008 bytes, over the limit of 33,554,432"),
], ids=["not-utf-8", "too-large"])
def test_changes_names_a_seed_the_build_could_not_read_at_that_commit(built_minimal: Path, spoil, told: str):
    """Before, its citations were each "citation added", exit code 0."""
    result = _changes_since_spoiled(built_minimal, spoil)
    assert result.code == 1 and "citation added" not in result.out, (result.out, result.err)
    assert result.err.splitlines() == [f"error: commit HEAD: {told}{COMMIT_END}"], result.err


def _seed_elsewhere(root: Path) -> None:
    (root / "seeds/flood.txt").rename(root / "seeds/other.txt")


def test_changes_reports_the_citations_of_a_seed_the_commit_lacks_as_added(built_minimal: Path):
    """The twin: a seed not in the commit (its sources.yaml named it, its file came later) is no seed unread."""
    result = _changes_since_spoiled(built_minimal, _seed_elsewhere)
    assert result.code == 0, result.err
    assert "flood: citation added: 'alpha-rise'" in result.out, result.out


def test_changes_compares_a_seed_edited_since_it_was_accepted(built_minimal: Path):
    """The twin: a seed read whole whose bytes were not those accepted is compared, its citations re-anchored."""
    def edited(root: Path) -> None:
        seed = root / "seeds/flood.txt"
        seed.write_text(seed.read_text("utf-8").replace("Beta said", "Beta then said"), encoding="utf-8")

    result = _changes_since_spoiled(built_minimal, edited)
    assert result.code == 0, result.err
    assert "source edited: flood (Flood report)" in result.out, result.out


# --- 5. fixed: `|urlencode`, `|xmlattr` and `|urlize` measured before they are made ----------------------------------

def _repeated(piece: str, times: int) -> str:
    """Return a template's expression of `piece` a million times `times` (`*` makes at most a million characters)."""
    return f'(("x" * 1000000)|replace("x", "{piece}" * {times}))'


LENGTHENED = [  # (the filter, a value within the test's page limit of 30 million characters it writes past it)
    ("urlencode", "{{ " + _repeated(" ", 25) + "|urlencode|length }}"),  # each space `%20`
    ("urlencode", '{{ {"k": ' + _repeated("é", 6) + "}|urlencode|length }}"),  # each `%C3%A9`
    ("urlencode", '{{ [("q", ' + _repeated("/", 12) + ")]|urlencode|length }}"),  # `/` quoted in a query
    ("xmlattr", '{{ {"title": ' + _repeated("&", 25) + "}|xmlattr|length }}"),  # each `&amp;`
    ("urlize", "{{ " + _repeated("ab.com ", 3) + "|urlize|length }}"),  # each word a link
    ("urlize", '{{ ("ab.com " * 20000)|urlize(rel="x" * 10000)|length }}'),  # a long rel in each of 20,000 links
]


@pytest.mark.parametrize("name, made", LENGTHENED, ids=["spaces", "accents", "query", "xmlattr", "links", "rel"])
def test_a_filter_lengthening_its_value_past_a_pages_limit_is_refused_before_it_is_made(
        built_minimal: Path, name: str, made: str):
    """Before, each was made whole, three to twelve times its value, past the 100 MiB the test gives (named as the
    memory it took), or made and then measured."""
    good = tree_digest(built_minimal / "site")
    _footer(built_minimal, made)
    result = _built_in_child(built_minimal, MAX_PAGE_CHARACTERS=LIMIT, RENDER_MEMORY_BYTES=100 * 1024 ** 2)
    assert result.code == 1 and "Traceback" not in result.err, result.err
    assert tree_digest(built_minimal / "site") == good
    assert error_lines(result) == [f"{FOOTER}:2: template error: '|{name}' would make a string of over {LIMIT:,} "
                                   f"characters, past what a page may hold {HINT}"], result.err


WITHIN_LIMIT = [  # (the template, what the page shows): each within the page's limit of 30 million characters
    ("{{ " + _repeated("a", 25) + "|urlencode|length }}", "25000000"),  # nothing quoted
    ("{{ " + _repeated(" ", 9) + "|urlencode|length }}", "27000000"),
    ('{{ {"title": ' + _repeated("&", 5) + "}|xmlattr|length }}", "25000009"),
    ("{{ " + _repeated("plain words ", 2) + "|urlize|length }}", "24000000"),  # no word a link could be made of
    ('{{ ("ab.com " * 140000)|urlize|length }}', "7140000"),
    ('{{ ("ab.com " * 140000)|urlize(rel="x" * 150)|length }}', "28280000"),
]


@pytest.mark.parametrize("made, shown", WITHIN_LIMIT, ids=["unquoted", "quoted", "xmlattr", "words", "links", "rel"])
def test_a_filter_lengthening_its_value_within_a_pages_limit_builds(built_minimal: Path, made: str, shown: str):
    """The twins: what the filter makes within the limit, however near, is made."""
    _footer(built_minimal, made)
    result = _built_in_child(built_minimal, MAX_PAGE_CHARACTERS=LIMIT)
    assert result.code == 0, result.err[-800:]
    assert f"<footer>\n{shown}\n</footer>" in (built_minimal / "site/flood/index.html").read_text("utf-8")


def test_the_lengthening_filters_give_what_jinja_gives(tmp_path: Path):
    """Measured first, each still writes Jinja's own text."""
    from explainer.render import make_environment

    template = make_environment(tmp_path).from_string(
        '{{ "a b/é"|urlencode }}|{{ {"k y": "a/b", "n": 3}|urlencode }}|{{ [("q", "x y")]|urlencode }}'
        '|{{ 42|urlencode }}'
        '|<p{{ {"class": "a<b", "id": none}|xmlattr }}>|{{ "see ab.com & <b>, mail x@y.org."|urlize }}'
        '|{{ "www.example.org"|urlize(10, true, target="_blank") }}')
    assert template.render() == (
        'a%20b/%C3%A9|k+y=a%2Fb&amp;n=3|q=x+y|42|<p class="a&lt;b">|see '
        '<a href="https://ab.com" rel="noopener">ab.com</a>'
        ' &amp; &lt;b&gt;, mail <a href="mailto:x@y.org">x@y.org</a>.|<a href="https://www.example.org" '
        'rel="nofollow noopener" target="_blank">www.exampl...</a>')
