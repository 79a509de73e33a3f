"""Round fifty-eight of attacks on the preview's build process and templates: the two items round 57 left open.

1. The preview's build process blocked in the kernel (a read of a named pipe no one writes, a file on a hung mount)
   was told in one line and left there, every save held until the build's time limit (30 s), then called "waited on
   the system ... for most of 30 s". It is now killed and replaced by a fresh process at once, the save refused
   in one line, `the rebuild waited on the system, using no CPU, for 10 s and was stopped (a file it reads may be a
   named pipe or on a disk or network mount that does not answer; fix that and save to build again)`, and the
   terminal's line names the files it held open, read from /proc/PID/fd, never from the files (`... (it held open
   '/…/pipe')`); a process the kill cannot end yet (an uninterruptible wait) is waited for once it dies
   (explainer/build_worker.py `abandon`, blocked_builds.py `held_open`). The fresh process builds the next save.
   Honest twins: a slow live build (0.6 s of CPU under a blocked limit of 0.2 s) keeps its process and builds; the
   build's standard streams, sent to a file, are never named as what it read.
2. `|urlencode` of pairs another filter made (`[("q", big)]|map("list")|urlencode`, `|select`, a set) was measured
   as the generator's own name, `<generator object ...>`, and made whole first: 25 million
   `é` quoted as 150 million characters, past the 100 MiB the test gives, named as memory. Its pairs are measured
   quoted as Jinja takes them, refused at its line past what a page may hold ("'|urlencode' would make a string of
   over 30,000,000 characters") (explainer/template_strings.py `_pairs_measured_as_taken`). Honest twins: 4 million
   `é` through `|map` (24 million characters) build, and each writes Jinja's own text, a pair that is no pair refused
   as Jinja refuses it. A mapping's `.items()` was refused before, measured as its repr; it is now measured as the
   pairs it gives (tested with the others).
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import pytest

from conftest import tree_digest
from support import error_lines
from test_attack_54 import FOOTER, HINT, LIMIT, _built_in_child, _footer
from test_attack_57 import _live_target, _repeated


# --- 1. fixed: a build process blocked in the kernel is replaced at once, the save refused ----------------------------

def _blocked_once_target(connection) -> None:
    """A build process whose first build blocks in the kernel: it reads a named pipe it holds open for writing too,
    which no one writes (pipe_read); a fresh process's build finds the pipe's mark and builds."""
    from explainer.build_worker import READY, Outcome

    connection.send(READY)
    project, _ = connection.recv()
    mark = project.root / "blocked-once"
    if not mark.exists():
        mark.write_text("", encoding="utf-8")
        os.read(os.open(project.root / "pipe", os.O_RDWR), 1)  # blocks: it holds the only writer
    connection.send(Outcome((), None, ("index.html",), 0.0))
    try:
        connection.recv()
    except EOFError:  # the worker closed: the test is over
        pass


def _worker(root: Path, target):
    """Return a BuildWorker whose process runs `target` (limits: blocked 0.2 s, time 600 s) and the lines it tells."""
    from explainer.build_worker import BuildWorker
    from explainer.project import Project

    told, lines = threading.Event(), []
    worker = BuildWorker(Project.at(root), 600.0, stopped_for=600.0, blocked_for=0.2)
    worker.target = target
    worker.tell = lambda line: (lines.append(line), told.set())
    worker.start(fork=True)
    return worker, lines, told


def _built_until_told(worker, told: threading.Event):
    """Run one build; once a line is told, stop waiting (as the server stopping does): return the outcome, None if
    the build was waited for no longer."""
    stopping, outcome = threading.Event(), []
    building = threading.Thread(target=lambda: outcome.append(worker.build(["content/flood/briefing.yaml"], stopping)))
    building.start()
    assert told.wait(600), "the blocked build was never told"
    stopping.set()
    building.join()
    return outcome[0]


def test_a_build_process_blocked_in_the_kernel_is_replaced_and_the_save_refused(tmp_path: Path):
    """Before, it was told and the save waited for it (here stopping the wait after the line gave no outcome: None)."""
    os.mkfifo(tmp_path / "pipe")
    worker, lines, told = _worker(tmp_path, _blocked_once_target)
    pid = worker.process.pid
    try:
        outcome = _built_until_told(worker, told)
        assert outcome is not None, "the save was still held by the blocked process"
        assert [str(problem) for problem in outcome.problems] == [
            "content/flood/briefing.yaml: the rebuild waited on the system, using no CPU, for 0.2 s and was stopped "
            "(a file it reads may be a named pipe or on a disk or network mount that does not answer; fix that and "
            "save to build again)"], outcome.problems
        assert len(lines) == 1 and lines[0].startswith(
            f"warning: the build process (pid {pid}) has used no CPU for 0.2 s and not answered: it waits on the "
            "system"), lines
        assert lines[0].endswith("; it was stopped, and a fresh one takes the next save; a file it reads may be a "
                                 "named pipe or on a disk or network mount that does not answer (it held open "
                                 f"'{tmp_path / 'pipe'}')"), lines
        assert worker.process is not None and worker.process.pid != pid and worker.abandoned == []
        assert not Path(f"/proc/{pid}").exists(), "the blocked process was killed and waited for"
        # The save names the pipe as changed: a save that did not was refused at once, the pipe unchanged since the
        # last build blocked on it (test_attack_59.py)
        again = worker.build(["pipe"], threading.Event())
        assert again is not None and not again.failed and again.changed == ("index.html",), again
        assert len(lines) == 1, lines
    finally:
        worker.close()


def test_a_slow_live_build_keeps_its_process(tmp_path: Path):
    """The twin: 0.6 s of CPU under a blocked limit of 0.2 s, never told, never replaced."""
    worker, lines, _ = _worker(tmp_path, _live_target)
    pid = worker.process.pid
    try:
        outcome = worker.build(["content/flood/briefing.yaml"], threading.Event())
        assert lines == [] and outcome is not None and not outcome.failed, (lines, outcome)
        assert worker.process.pid == pid
    finally:
        worker.close()


def test_the_files_a_blocked_build_held_open_are_named_from_proc_never_its_standard_streams(tmp_path: Path):
    """Read from /proc/PID/fd: the file it opened last first, its terminal or log file (0 to 2) and /dev left out."""
    from explainer.blocked_builds import blocked_line, held_open

    log = tmp_path / "log.txt"
    read, write = os.pipe()
    hold, held = os.pipe()  # the child reads it until killed
    pid = os.fork()
    if pid == 0:  # the child: its stdout a log file, then a file opened, then a second, held until told to end
        try:
            logged = os.open(log, os.O_WRONLY | os.O_CREAT)
            os.dup2(logged, 1)
            os.close(logged)
            for inherited in map(int, os.listdir("/proc/self/fd")):  # as a fresh process: the runner's files gone
                if inherited > 2 and inherited not in (read, write, hold):
                    with contextlib.suppress(OSError):
                        os.close(inherited)
            os.open("/dev/null", os.O_RDONLY)
            for name in ("a.yaml", "b.yaml"):
                (tmp_path / name).write_text("", encoding="utf-8")
                os.open(tmp_path / name, os.O_RDONLY)
            os.close(read)
            os.write(write, b"x")
            os.read(hold, 1)
        finally:
            os._exit(0)
    os.close(write)
    try:
        assert os.read(read, 1) == b"x"
        files = held_open(pid)
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        for end in (read, hold, held):
            os.close(end)
    assert files == [str(tmp_path / "b.yaml"), str(tmp_path / "a.yaml")], files
    assert blocked_line(7, 10.0, "", [f"/x/{n}" for n in range(5)]).endswith(
        "(it held open '/x/0', '/x/1', '/x/2' and 2 more)")
    assert blocked_line(7, 10.0, "pipe_read").endswith("a disk or network mount that does not answer")


# --- 2. fixed: `|urlencode` of pairs another filter made is measured as it takes them -------------------------------

TAKEN_ONE_BY_ONE = [  # pairs of 25 million `é` (150 million characters quoted), made by another filter
    '{{ [("q", ' + _repeated("é", 25) + ')]|map("list")|urlencode|length }}',
    '{{ [("q", ' + _repeated("é", 25) + ")]|select|urlencode|length }}",
    '{{ {"q": ' + _repeated("é", 25) + "}.items()|urlencode|length }}",
]


@pytest.mark.parametrize("made", TAKEN_ONE_BY_ONE, ids=["map", "select", "items"])
def test_urlencode_of_pairs_another_filter_made_is_refused_before_it_is_made(built_minimal: Path, made: str):
    """Before, each was made whole, six times its value, past the 100 MiB the test gives (named as the memory)."""
    good = tree_digest(built_minimal / "site")
    _footer(built_minimal, made)
    result = _built_in_child(built_minimal, MAX_PAGE_CHARACTERS=LIMIT, RENDER_MEMORY_BYTES=100 * 1024 ** 2)
    assert result.code == 1 and "Traceback" not in result.err, result.err
    assert tree_digest(built_minimal / "site") == good
    assert error_lines(result) == [f"{FOOTER}:2: template error: '|urlencode' would make a string of over {LIMIT:,} "
                                   f"characters, past what a page may hold {HINT}"], result.err


def test_urlencode_of_pairs_another_filter_made_within_the_limit_builds(built_minimal: Path):
    """The twin: 4 million `é` through `|map`, 24 million characters quoted, near the limit of 30 million."""
    _footer(built_minimal, '{{ [("q", ' + _repeated("é", 4) + ')]|map("list")|urlencode|length }}')
    result = _built_in_child(built_minimal, MAX_PAGE_CHARACTERS=LIMIT)
    assert result.code == 0, result.err[-800:]
    assert "<footer>\n24000002\n</footer>" in (built_minimal / "site/flood/index.html").read_text("utf-8")


def test_urlencode_of_pairs_taken_one_by_one_gives_what_jinja_gives(tmp_path: Path):
    """Measured as taken, it still writes Jinja's own text, and a pair that is no pair is refused as Jinja refuses it."""
    import jinja2

    from explainer.render import make_environment

    text = ('{{ [("q", "x y"), ("a/b", 3)]|map("list")|urlencode }}|{{ [("q", "é")]|select|urlencode }}'
            '|{{ {"a": 1}.items()|urlencode }}|{{ []|select|urlencode }}|{{ [("q", "r")]|urlencode }}')
    assert make_environment(tmp_path).from_string(text).render() == "q=x+y&amp;a%2Fb=3|q=%C3%A9|a=1||q=r"
    assert jinja2.Environment().from_string(text).render() == "q=x+y&a%2Fb=3|q=%C3%A9|a=1||q=r"
    for bad, error in [('{{ ["abc"]|map("list")|urlencode }}', ValueError), ("{{ [1]|select|urlencode }}", TypeError)]:
        with pytest.raises(error):
            make_environment(tmp_path).from_string(bad).render()
