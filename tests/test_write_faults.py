"""The write stage under faults: killed at any step, racing another build, a full or read-only disk.

Each fault happens in a real child process (tests/fault_runner.py, each run forked from a runner
that has imported the writer once) writing a site of some sixty files in two hundred steps; the
site it leaves is compared with the complete old and new sites.
"""

from __future__ import annotations

import hashlib
import json
import os
import selectors
import shutil
import signal as signals  # the module: `signal` names a fault's signal below
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import REPO
from explainer.write import Kept, OutputError, write_site
from fault_runner import site, snapshot

RUNNER = Path(__file__).with_name("fault_runner.py")
SAMPLES = 8  # steps, spread evenly, after which the next build is run too


class Run:
    """One run of the runner, started by the zygote: what subprocess.Popen(text=True) offers, as these tests use it."""

    def __init__(self, control: socket.socket, argv: list[str], cwd: Path | None):
        pipes = [os.pipe() for _ in range(4)]  # its stdin, stdout and stderr, and where it says its pid and end
        theirs = [pipes[0][0], pipes[1][1], pipes[2][1], pipes[3][1]]
        try:
            socket.send_fds(control, [json.dumps({"argv": argv, "cwd": cwd and str(cwd)}).encode()], theirs)
        finally:
            for fd in theirs:
                os.close(fd)
        self.stdin = open(pipes[0][1], "w", encoding="utf-8")
        self.stdout = open(pipes[1][0], encoding="utf-8")
        self.stderr = open(pipes[2][0], encoding="utf-8")
        self.status, self.said = pipes[3][0], b""
        self.returncode: int | None = None
        self.pid = int(self._line(60))

    def _line(self, timeout: float | None) -> str:
        """Return the next line the minder says on the status pipe."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self.said:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not select_readable(self.status, left):
                raise subprocess.TimeoutExpired("fault_runner.py", timeout)
            data = os.read(self.status, 64)
            if not data:
                raise AssertionError("the runner's minder ended without saying how the run ended")
            self.said += data
        line, self.said = self.said.split(b"\n", 1)
        return line.decode()

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the run to end; return its exit code (minus the signal that ended it, as Popen says)."""
        if self.returncode is None:
            self.returncode = os.waitstatus_to_exitcode(int(self._line(timeout)))
        return self.returncode

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        """Close its stdin, read its stdout and stderr to the end, wait for it; return what it printed."""
        deadline = None if timeout is None else time.monotonic() + timeout
        if not self.stdin.closed:
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass
        read = {self.stdout.fileno(): [], self.stderr.fileno(): []}
        with selectors.DefaultSelector() as selector:
            for fd in read:
                selector.register(fd, selectors.EVENT_READ)
            while selector.get_map():
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    raise subprocess.TimeoutExpired("fault_runner.py", timeout)
                for key, _ in selector.select(left):
                    data = os.read(key.fd, 1 << 16)
                    if data:
                        read[key.fd].append(data)
                    else:
                        selector.unregister(key.fd)
        self.wait(None if deadline is None else max(0.0, deadline - time.monotonic()))
        out, err = (b"".join(read[f.fileno()]).decode().replace("\r\n", "\n").replace("\r", "\n")
                    for f in (self.stdout, self.stderr))
        return out, err

    def close(self) -> None:
        for stream in (self.stdin, self.stdout, self.stderr):
            try:
                stream.close()
            except BrokenPipeError:
                pass
        os.close(self.status)


def select_readable(fd: int, timeout: float | None) -> bool:
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        return bool(selector.select(timeout))


class Runners:
    """Starts runs of the runner (`python -S tests/fault_runner.py ARGS...`), each forked from a zygote.

    The zygote is that runner started once (no site-packages: it needs only the standard library)
    and waiting with the writer imported: a run then starts at once, where a fresh interpreter
    spent more on importing the writer than most runs spend on their fault.
    """

    def __init__(self):
        self.control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
        with theirs:
            self.zygote = subprocess.Popen([sys.executable, "-S", str(RUNNER), "--zygote", str(theirs.fileno())],
                                           pass_fds=[theirs.fileno()], env=env, stdin=subprocess.DEVNULL,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.runs: list[Run] = []

    def start(self, out: Path, variant: str, *mode: str, cwd: Path | None = None) -> Run:
        """Start the runner writing `variant` into `out`."""
        self.runs.append(Run(self.control, [str(out), variant, *mode], cwd))
        return self.runs[-1]

    def run(self, out: Path, variant: str, *mode: str, cwd: Path | None = None) -> tuple[int, str, str]:
        """Run the runner to its end; return its exit code, stdout and stderr."""
        child = self.start(out, variant, *mode, cwd=cwd)
        stdout, stderr = child.communicate(timeout=60)
        return child.returncode, stdout, stderr

    def close(self) -> None:
        """Close every run's pipes and stop the zygote (it ends when its control socket closes)."""
        for child in self.runs:
            child.close()
        self.control.close()
        try:
            self.zygote.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.zygote.kill()
            self.zygote.wait()
            raise AssertionError("a run of the runner did not end") from None


@pytest.fixture(scope="module")
def runner():
    runners = Runners()
    yield runners
    runners.close()


def old_site(parent: Path) -> Path:
    """Write the old site into parent/site, with a file, a folder and a link put there by hand; return it."""
    out = parent / "site"
    write_site(out, site("old"))
    (out / "CNAME").write_text("briefing.example.org")
    (out / ".well-known").mkdir()
    (out / ".well-known" / "security.txt").write_text("Contact: mailto:a@example.org")
    os.symlink("index.html", out / "latest.html")
    return out


@pytest.fixture(scope="module")
def memory() -> Path:
    """Return a temporary folder in memory (/dev/shm) where there is one, else on disk."""
    # The kill sweep makes some 25,000 files: on a slow disk it would time the disk rather than
    # the writer (making files in this machine's ext4 took 15 times as long as in /dev/shm).
    folder = Path(tempfile.mkdtemp(prefix="write-faults-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None))
    yield folder
    shutil.rmtree(folder)


@dataclass(frozen=True)
class Trees:
    """The complete sites a build may leave, and the steps of the build from old to new."""

    old: dict[str, str]
    new: dict[str, str]
    steps: int
    switch: int


@pytest.fixture(scope="module")
def trees(memory: Path, runner: Runners) -> Trees:
    """Count the steps of a build from the old site to the new one, and record both complete sites."""
    out = old_site(memory / "count")
    old = snapshot(out)
    code, stdout, stderr = runner.run(out, "new", "count")
    assert code == 0, stderr
    counted = json.loads(stdout)
    return Trees(old, snapshot(out), counted["steps"], counted["switch"])


def sampled_steps(trees: Trees) -> list[int]:
    """Return the steps to kill at: spread evenly, with the first, the last and those around the switch."""
    evenly = {1 + round(i * (trees.steps - 1) / (SAMPLES - 1)) for i in range(SAMPLES)}
    return sorted(evenly | {trees.switch - 1, trees.switch, trees.switch + 1})


def kill_at(runner: Runners, trees: Trees, signal: str, step: int, parent: Path) -> str | None:
    """Kill a build at one step and check what it leaves, then build again; return what went wrong, if anything."""
    out = old_site(parent)
    code, _, stderr = runner.run(out, "new", "kill", signal, str(step))
    if code == 0:
        return f"step {step}: the build was not killed"
    expected, name = (trees.old, "old") if step <= trees.switch else (trees.new, "new")
    # Ctrl-C and SIGTERM are held once the lock is taken, until the write is done: from then on they
    # find the whole new site; before it, the old one.
    if signal == "INT" and snapshot(out) == trees.new:
        expected, name = trees.new, "new"
    if snapshot(out) != expected:
        return f"step {step}: the site is not the complete {name} site: {stderr[-500:]}"
    write_site(out, site("new"))
    if snapshot(out) != trees.new:
        return f"step {step}: the next build did not give the new site"
    if os.listdir(parent) != ["site"]:
        return f"step {step}: the next build left {sorted(os.listdir(parent))}"
    return None


def test_the_new_site_holds_each_file_linked_when_kept_or_made_when_not(trees: Trees, tmp_path: Path):
    """The rebuild's Kept files: nine pages and the stylesheet are linked from the old site, the home page made."""
    new = site("new")
    assert sum(isinstance(data, Kept) for data in new.values()) == 11
    out = old_site(tmp_path)
    stylesheet = os.stat(out / "style.css").st_ino
    report = write_site(out, new)
    assert report.unchanged == 10 and "index.html" in report.changed
    assert os.stat(out / "style.css").st_ino == stylesheet
    for path, data in new.items():
        data = data.make() if isinstance(data, Kept) else data
        assert trees.new[path].endswith(hashlib.sha256(data).hexdigest()), path
    assert trees.old["index.html"] != trees.new["index.html"]  # kept by the index, not in the old site: made
    assert all(trees.old[f"sources/s{i:03}.html"] == trees.new[f"sources/s{i:03}.html"] for i in range(6, 15))


def digest(tree: dict[str, str]) -> str:
    """Return the digest the runner's sweep prints for a site it leaves."""
    return hashlib.sha256(json.dumps(tree, sort_keys=True).encode()).hexdigest()


@pytest.mark.slow
@pytest.mark.parametrize("signal", ["KILL", "INT"])
def test_a_build_killed_at_any_step_leaves_the_old_or_the_new_site(trees: Trees, signal: str, memory: Path,
                                                                   runner: Runners):
    """Kill at every one of the rebuild's steps (each open, write, link, rename, the switch...), not a sample."""
    assert trees.steps > 150 and 0 < trees.switch < trees.steps  # a real rebuild: sixty files, two hundred steps
    template = old_site(memory / signal / "template")
    halves = [(1, trees.steps // 2), (trees.steps // 2 + 1, trees.steps)]  # one sweep per core
    sweeps = [runner.start(template, "new", "sweep", signal, str(memory / signal / f"work{n}"), str(first), str(last))
              for n, (first, last) in enumerate(halves)]
    results = [json.loads(line) for child in sweeps for line in child.communicate(timeout=300)[0].splitlines()]
    assert [r["step"] for r in results] == list(range(1, trees.steps + 1))
    old, new = digest(trees.old), digest(trees.new)
    for result in results:
        step = result["step"]
        assert result["killed"], f"step {step}: the build was not stopped"
        # Anything a kill leaves beside the site (a staging folder, a lock draft) is cleared by the next
        # build: test_the_next_build_after_a_kill_cleans_up_and_builds_the_new_site.
        # Ctrl-C is held from the lock to the end of the write, so it may find the whole new site sooner.
        allowed = {old if step <= trees.switch else new} | ({new} if signal == "INT" else set())
        # Equal digests: exactly the complete tree, so no temporary file inside it either.
        assert result["site"] in allowed, f"step {step}: the site is not a complete old or new site"


def test_ctrl_c_stops_a_run_though_the_tests_were_started_with_it_ignored(trees: Trees, tmp_path: Path):
    """A shell running the tests in the background starts them with SIGINT ignored, and so every run
    of the runner: the INT faults never stopped a build ("step 1: the build was not stopped")."""
    ignored = signals.signal(signals.SIGINT, signals.SIG_IGN)  # the zygote inherits what the tests have
    try:
        runners = Runners()
    finally:
        signals.signal(signals.SIGINT, ignored)
    try:
        assert kill_at(runners, trees, "INT", 1, tmp_path / "ignored") is None
    finally:
        runners.close()


def test_the_next_build_after_a_kill_cleans_up_and_builds_the_new_site(trees: Trees, memory: Path, runner: Runners):
    for signal in ("KILL", "INT"):
        for step in sampled_steps(trees):
            assert kill_at(runner, trees, signal, step, memory / f"again-{signal}" / str(step)) is None


def test_without_rename_exchange_a_kill_between_the_two_renames_is_repaired(trees: Trees, memory: Path,
                                                                            runner: Runners):
    moved_aside = 0
    for step in range(trees.switch, trees.switch + 4):  # before the switch, before each rename, after them
        parent = memory / "without-exchange" / str(step)
        out = old_site(parent)
        code, _, stderr = runner.run(out, "new", "kill", "KILL", str(step), "without-exchange")
        assert code == -9, stderr
        if os.path.lexists(out):
            assert snapshot(out) == (trees.old if step < trees.switch + 2 else trees.new)
        else:
            [aside] = [name for name in os.listdir(parent) if name.startswith(".site.old-")]
            assert snapshot(parent / aside) == trees.old
            moved_aside += 1
        write_site(out, site("new"))
        assert snapshot(out) == trees.new and os.listdir(parent) == ["site"]
    assert moved_aside == 1
    out = old_site(memory / "without-exchange" / "not killed")
    assert runner.run(out, "new", "kill", "KILL", "0", "without-exchange")[0] == 0
    assert snapshot(out) == trees.new and os.listdir(out.parent) == ["site"]


def test_two_builds_started_together_both_succeed_and_one_wins_whole(memory: Path, runner: Runners):
    tmp_path = memory / "race"
    complete = []
    for variant in "ab":
        out = old_site(tmp_path / f"complete-{variant}")
        write_site(out, site(variant))
        complete.append(snapshot(out))
    for round_ in range(10):
        out = old_site(tmp_path / f"round-{round_}")
        children = [runner.start(out, variant, "race") for variant in "ab"]
        for child in children:
            assert child.stdout.readline() == "ready\n"
        for child in children:
            child.stdin.write("go\n")
            child.stdin.flush()
        results = [child.communicate(timeout=60) for child in children]
        assert [child.returncode for child in children] == [0, 0], results
        for (_, stderr), other in zip(results, reversed(children)):
            assert stderr in ("", f"waiting for another build (pid {other.pid}) writing {out}/\n")
        assert snapshot(out) in complete
        assert os.listdir(out.parent) == ["site"]


def test_a_second_build_waits_for_the_first_and_says_so_once(trees: Trees, tmp_path: Path, runner: Runners):
    out = old_site(tmp_path)
    first = runner.start(out, "a", "hold", str(trees.switch // 2))  # paused half-way, holding the lock
    assert first.stdout.readline() == "paused\n"
    second = runner.start(out, "b", "run")
    assert second.stderr.readline() == f"waiting for another build (pid {first.pid}) writing {out}/\n"
    assert snapshot(out) == trees.old
    first.stdin.write("go\n")
    first.stdin.flush()
    assert first.wait(timeout=60) == 0 and second.wait(timeout=60) == 0
    assert second.stderr.read() == ""
    expected = old_site(tmp_path / "expected")
    write_site(expected, site("b"))
    assert snapshot(out) == snapshot(expected)
    assert sorted(os.listdir(tmp_path)) == ["expected", "site"]


NO_SPACE = "No space left on device (free some space and build again)"
READ_ONLY = "Read-only file system (the disk is read-only; choose an --out on a writable disk)"
DENIED = "Permission denied (check the permissions of the output folder and of the folder holding it)"

# name: (the injected fault: errno, step kind, its number, the errno of every later step or ok; the message)
FAULTS = {
    "disk full at a write": (("ENOSPC", "write", "50", "ok"), NO_SPACE),
    "disk full, and the clean-up fails too": (("ENOSPC", "write", "50", "EROFS"), NO_SPACE),
    "disk full at the switch": (("ENOSPC", "switch", "1", "ok"), NO_SPACE),
    "read-only disk": (("EROFS", "any", "1", "EROFS"), READ_ONLY),
    "permission denied making a file": (("EACCES", "open", "40", "ok"), DENIED),
    "permission denied linking": (("EACCES", "link", "3", "ok"), DENIED),
}


@pytest.mark.parametrize("case", sorted(FAULTS))
def test_a_disk_fault_gives_one_line_and_leaves_the_site_as_it_was(trees: Trees, case: str, tmp_path: Path,
                                                                    runner: Runners):
    fault, message = FAULTS[case]
    out = old_site(tmp_path)
    code, _, stderr = runner.run(Path("site"), "new", "fail", *fault, cwd=tmp_path)
    assert (code, stderr) == (1, f"error: site: cannot write: {message}\n")
    assert snapshot(out) == trees.old
    if fault[3] == "ok":
        assert os.listdir(tmp_path) == ["site"], "the staged site must be removed"
    write_site(out, site("new"))  # the next build clears whatever the failed clean-up left
    assert snapshot(out) == trees.new and os.listdir(tmp_path) == ["site"]


def test_a_file_that_may_not_be_linked_is_copied(trees: Trees, tmp_path: Path, runner: Runners):
    out = old_site(tmp_path)
    code, _, stderr = runner.run(out, "new", "fail", "EPERM", "link", "3", "ok")  # as Linux's protected_hardlinks says
    assert (code, stderr) == (0, "")
    assert snapshot(out) == trees.new and os.listdir(tmp_path) == ["site"]


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 64 KB tmpfs mounted for the test, if this machine lets us mount one."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; the injected faults above cover a full and a read-only disk")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_real_full_then_read_only_disk(small_disk: Path):
    out = small_disk / "site"
    first = {"index.html": b"<p>one</p>", "sources/a.html": b"a"}
    write_site(out, first)
    before = snapshot(out)
    with pytest.raises(OutputError) as error:
        write_site(out, {**first, "big.bin": b"x" * 200_000})
    assert str(error.value) == f"{out}: cannot write: {NO_SPACE}"
    assert snapshot(out) == before and os.listdir(small_disk) == ["site"]
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(OutputError) as error:
        write_site(out, {**first, "index.html": b"<p>two</p>"})
    assert str(error.value) == f"{out}: cannot write: {READ_ONLY}"
    assert snapshot(out) == before and os.listdir(small_disk) == ["site"]
