"""Round fifty-nine of attacks on the preview: what round 58 left open, and its server's requests.

1. `GET /.explainer-site` was served by the preview as any file of site/: the build's manifest, which lists every file
   of the site (an unpublished briefing's pages too). It is now 404, in any letter case or with a trailing dot, as a
   disk that ignores them finds it (explainer/serve.py `is_the_builds_own`). Honest twins: a static file of a hidden
   folder (`.well-known/security.txt`) and a page whose name only starts like it are served.
2. A target in absolute form naming the preview (`GET http://127.0.0.1:PORT/ HTTP/1.1`, as a proxy is sent one and
   some tools send it to any server) was answered 404 however the page stood. It is now answered as for its path and
   query; one naming another host or port, `https`, a user name or an unparsable port is 400
   (explainer/absolute_targets.py); an HTTP/1.0 one without a Host takes the target's (it was 403). Honest twins:
   the page, a redirect for a folder and a 404 for a page not there are answered as for the path.
3. A fresh build process blocked again on the file the last one blocked on (a named pipe put where a seed was, a file
   on a mount that does not answer): each save waited the blocked limit (10 s) to be told the same. The files the
   blocked build held open are now kept and looked at, each in a thread of its own, before each build: one still a
   named pipe or socket, or not answering (its look from the last save not ended), refuses the save at once,
   `the rebuild was not started: 'pipe', which the last build waited on, is still a named pipe (it may be a named
   pipe or on a disk or network mount that does not answer; fix that ...)`, and the build process is never asked
   (explainer/hung_files.py). Honest twins: the pipe replaced by a file builds at once; a kept folder, file or
   path gone answers and is forgotten; a look that ends lets the next save build; a save naming the file, or a link
   of the project leading to it (`seeds/x.txt` to a pipe elsewhere), or a folder above, is built without a look.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from pathlib import Path

import pytest

from test_attack_3 import answer, shared_server, shared_servers  # noqa: F401 (fixtures)
from test_serve_attack import port_of


def _asked(url: str, target: str, host: str | None = None) -> bytes:
    port = port_of(url)
    host = host or f"127.0.0.1:{port}"
    return answer(url, f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())


def _status(answered: bytes) -> int:
    return int(answered.split(b" ", 2)[1]) if answered.startswith(b"HTTP/1.1 ") else 0


# --- 1. fixed: the build's manifest is not served -------------------------------------------------------------------

@pytest.mark.parametrize("target", ["/.explainer-site", "/.EXPLAINER-SITE", "/.explainer-site.", "/%2eexplainer-site"])
def test_the_builds_manifest_is_not_served(shared_server, target: str):
    """Before: 200, the manifest's list of every file the site holds."""
    answered = _asked(shared_server.url, target)
    assert _status(answered) == 404, answered[:200]
    assert b"index.html\n" not in answered


def test_a_page_named_like_the_manifest_is_served(shared_server):
    """The twin: the site's own pages, under the same server, are served as before."""
    assert _status(_asked(shared_server.url, "/")) == 200
    assert _status(_asked(shared_server.url, "/feed.xml")) == 200


# --- 2. fixed: a target in absolute form naming the preview is answered as for its path --------------------------

def test_an_absolute_target_naming_the_preview_is_answered_as_its_path(shared_server):
    """Before: 404 for every page."""
    port = port_of(shared_server.url)
    for authority in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", f"[::1]:{port}"):
        answered = _asked(shared_server.url, f"http://{authority}/")
        assert _status(answered) == 200 and b"<html lang" in answered, (authority, answered[:200])
    answered = _asked(shared_server.url, f"HTTP://127.0.0.1:{port}/feed.xml?x=1")
    assert _status(answered) == 200, answered[:200]


def test_an_absolute_target_is_answered_as_its_path_for_redirects_and_missing_pages(shared_server):
    """The twins: what the path alone gets, the absolute target gets too."""
    port = port_of(shared_server.url)
    for path in ("/flood", "/no-such-page/", "/.explainer-site"):
        plain = _asked(shared_server.url, path)
        absolute = _asked(shared_server.url, f"http://127.0.0.1:{port}{path}")
        assert _status(absolute) == _status(plain) != 0, (path, plain[:200], absolute[:200])


@pytest.mark.parametrize("target", ["http://evil.example:{port}/", "http://127.0.0.1:{other}/",
                                    "https://127.0.0.1:{port}/", "http://user@127.0.0.1:{port}/",
                                    "http://127.0.0.1:x/", "http://[::1/", "http://127.0.0.1/"])
def test_an_absolute_target_naming_another_server_is_400(shared_server, target: str):
    port = port_of(shared_server.url)
    answered = _asked(shared_server.url, target.format(port=port, other=port + 1 if port < 65535 else port - 1))
    assert _status(answered) == 400, (target, answered[:200])
    assert b"<html lang" not in answered


def test_an_absolute_target_of_the_preview_sent_with_another_sites_host_is_400(shared_server):
    """A Host naming another site is never answered with a page (DNS rebinding, round 48), whatever the target says."""
    port = port_of(shared_server.url)
    answered = _asked(shared_server.url, f"http://127.0.0.1:{port}/", host="evil.example")
    assert _status(answered) == 400, answered[:200]


# --- 3. fixed: a file the last build blocked on refuses the next build at once while it still blocks ----------------

def _pipe_target(connection) -> None:
    """A build process that notes each build it is asked for in `asked`, and blocks in the kernel while `pipe` is a
    named pipe (it reads it, holding the only writer), else builds."""
    from explainer.build_worker import READY, Outcome

    for inherited in map(int, os.listdir("/proc/self/fd")):  # as a fresh process: the test runner's files closed
        with contextlib.suppress(OSError):  # (its pipes and sockets kept: the process's sentinel is one)
            if inherited > 2 and os.readlink(f"/proc/self/fd/{inherited}").startswith("/"):
                os.close(inherited)
    connection.send(READY)
    while True:
        try:
            project, _ = connection.recv()
        except EOFError:  # the worker closed: the test is over
            return
        with open(project.root / "asked", "a", encoding="utf-8") as asked:
            asked.write("build\n")
        pipe = project.root / "pipe"
        if pipe.is_fifo():
            os.read(os.open(pipe, os.O_RDWR), 1)
        connection.send(Outcome((), None, ("index.html",), 0.0))


def _worker(root: Path):
    """Return a BuildWorker running _pipe_target (blocked limit 0.2 s, time limit 600 s) and the lines it tells."""
    from explainer.build_worker import BuildWorker
    from explainer.project import Project

    lines, told = [], threading.Event()
    worker = BuildWorker(Project.at(root), 600.0, stopped_for=600.0, blocked_for=0.2)
    worker.target = _pipe_target
    worker.tell = lambda line: (lines.append(line), told.set())
    worker.start(fork=True)
    return worker, lines, told


def _one_build(worker, told: threading.Event, changed: tuple[str, ...] = ("content/flood/briefing.yaml",)):
    """Run one build of a save that changed `changed` and return its outcome (before the fix, a fresh process blocked
    anew on the same pipe was told and replaced, its save refused after the blocked limit)."""
    return worker.build(list(changed), threading.Event())


def _builds_asked(root: Path) -> int:
    path = root / "asked"
    return len(path.read_text(encoding="utf-8").splitlines()) if path.exists() else 0


NOT_STARTED = ("content/flood/briefing.yaml: the rebuild was not started: 'pipe', which the last build waited on, "
               "{why} (it may be a named pipe or on a disk or network mount that does not answer; fix that (replace "
               "it with an ordinary file, or mount the disk again) and save to build again)")


def test_a_named_pipe_the_last_build_blocked_on_refuses_the_next_save_at_once(tmp_path: Path):
    """Before: the fresh process was asked, read the pipe and blocked again, told only after the blocked limit."""
    os.mkfifo(tmp_path / "pipe")
    worker, lines, told = _worker(tmp_path)
    try:
        first = _one_build(worker, told)
        assert first is not None and "waited on the system" in str(first.problems[0]), first
        assert len(lines) == 1 and _builds_asked(tmp_path) == 1
        again = _one_build(worker, told)
        assert _builds_asked(tmp_path) == 1, "a fresh build process was asked to build, and blocked on the pipe again"
        assert again is not None and [str(problem) for problem in again.problems] == [
            NOT_STARTED.format(why="is still a named pipe")], again
        assert len(lines) == 1, lines
    finally:
        worker.close()


def test_the_pipe_replaced_by_a_file_builds_at_once(tmp_path: Path):
    """The twin: the file changed, the next save builds, and the one after it too."""
    os.mkfifo(tmp_path / "pipe")
    worker, lines, told = _worker(tmp_path)
    try:
        _one_build(worker, told)
        (tmp_path / "pipe").unlink()
        (tmp_path / "pipe").write_text("a seed\n", encoding="utf-8")
        for asked in (2, 3):
            outcome = _one_build(worker, told)
            assert outcome is not None and not outcome.failed and outcome.changed == ("index.html",), outcome
            assert _builds_asked(tmp_path) == asked and len(lines) == 1
    finally:
        worker.close()


def test_a_file_that_does_not_answer_refuses_each_save_at_once_until_it_does(tmp_path: Path):
    """A hung mount, as a look that does not end until the test lets it: one look a file however many saves, each
    refused at once; once the look ends and the file answers, the next save builds."""
    from explainer.hung_files import HungFiles

    os.mkfifo(tmp_path / "pipe")
    worker, lines, told = _worker(tmp_path)
    answering, looks = threading.Event(), []

    def hung_mount(path: str) -> str:
        looks.append(path)
        if path == str(tmp_path / "pipe"):
            answering.wait()
        return ""

    worker.hung = HungFiles(look=hung_mount, wait=0.01)
    try:
        _one_build(worker, told)
        for _ in range(3):
            outcome = _one_build(worker, told)
            assert outcome is not None and [str(problem) for problem in outcome.problems] == [
                NOT_STARTED.format(why="does not answer")], outcome
        assert looks.count(str(tmp_path / "pipe")) == 1, looks
        assert _builds_asked(tmp_path) == 1
        (tmp_path / "pipe").unlink()
        (tmp_path / "pipe").write_text("a seed\n", encoding="utf-8")
        answering.set()
        assert worker.hung.kept[str(tmp_path / "pipe")].done.wait(600), "the look never ended"
        outcome = _one_build(worker, told)
        assert outcome is not None and not outcome.failed, outcome
        assert _builds_asked(tmp_path) == 2 and len(lines) == 1
    finally:
        answering.set()
        worker.close()


def test_what_a_blocked_build_held_that_answers_is_forgotten(tmp_path: Path):
    """The twins of the look itself: a folder, a file, a path gone answer; a named pipe and a socket do not."""
    from explainer.hung_files import HungFiles, looked_at

    (tmp_path / "folder").mkdir()
    (tmp_path / "seed.txt").write_text("x", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    os.mkfifo(tmp_path / "pipe")
    listening = socket.socket(socket.AF_UNIX)
    listening.bind(str(tmp_path / "sock"))
    try:
        names = ("folder", "seed.txt", "empty.txt", "gone", "pipe", "sock")
        assert [looked_at(str(tmp_path / name)) for name in names] == [
            "", "", "", "", "is still a named pipe", "is still a socket"]
    finally:
        listening.close()
    hung = HungFiles()
    hung.keep([str(tmp_path / name) for name in ("folder", "seed.txt", "gone")], tmp_path)
    assert hung.still_hung() is None and hung.kept == {}
    hung.keep([str(tmp_path / name) for name in ("seed.txt", "pipe")], tmp_path)
    assert hung.still_hung() == (str(tmp_path / "pipe"), "is still a named pipe")
    assert list(hung.kept) == [str(tmp_path / "pipe")]


def test_a_save_that_changes_the_path_to_the_file_is_built_without_a_look(tmp_path: Path):
    """The twins: the watcher says the file changed (`pipe` among the save's changes), or a seed linked to it was
    removed: the build may no longer read it, and is asked (here it reads `pipe` only while it is a named pipe)."""
    from explainer.hung_files import HungFiles

    os.mkfifo(tmp_path / "pipe")
    worker, lines, told = _worker(tmp_path)
    looks = []
    worker.hung = HungFiles(look=lambda path: looks.append(path) or "does not answer", wait=600)
    try:
        _one_build(worker, told)
        os.unlink(tmp_path / "pipe")
        outcome = _one_build(worker, told, changed=("pipe",))
        assert outcome is not None and not outcome.failed and looks == [], (outcome, looks)
        assert _builds_asked(tmp_path) == 2 and len(lines) == 1
    finally:
        worker.close()


def test_the_project_paths_to_a_kept_file_are_read_from_its_links(tmp_path: Path):
    from explainer.hung_files import HungFiles, changed_by, project_paths

    elsewhere = tmp_path / "mnt"
    (elsewhere / "share").mkdir(parents=True)
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    (root / "content" / "flood").mkdir(parents=True)
    os.symlink(elsewhere / "share" / "x.txt", root / "seeds" / "x.txt")  # its target need not exist, nor be looked at
    os.symlink("../../mnt/share", root / "content" / "shared")
    kept = str(elsewhere / "share" / "x.txt")
    found = project_paths(root, [kept, str(root / "content" / "flood" / "briefing.yaml"), "/elsewhere/y"])
    assert found == {kept: {"seeds/x.txt", "content/shared/x.txt"},
                     str(root / "content" / "flood" / "briefing.yaml"): {"content/flood/briefing.yaml"},
                     "/elsewhere/y": set()}, found
    assert changed_by(["seeds/x.txt"], found[kept]) and changed_by(["content/shared"], found[kept])
    assert changed_by(["content"], found[kept]) and not changed_by(["seeds/x.txt.bak", "content/flood"], found[kept])
    hung = HungFiles(look=lambda path: "does not answer", wait=600)
    hung.keep([kept], root)
    assert hung.still_hung(["content/flood/briefing.yaml"]) == (kept, "does not answer")
    assert hung.still_hung(["seeds/x.txt"]) is None and hung.kept == {}


def test_an_http_1_0_absolute_target_without_a_host_takes_the_targets(shared_server):
    """Before: 404 (and, as a path, 403 "Host missing"); without a Host or target naming the preview, still 403."""
    port = port_of(shared_server.url)
    answered = answer(shared_server.url, f"GET http://127.0.0.1:{port}/ HTTP/1.0\r\n\r\n".encode())
    assert answered.startswith(b"HTTP/1.1 200 ") and b"<html lang" in answered, answered[:200]
    assert answer(shared_server.url, b"GET / HTTP/1.0\r\n\r\n").startswith(b"HTTP/1.1 403 ")
