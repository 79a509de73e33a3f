"""The preview server's builds: one warm process, one build at a time, stopped if it overruns.

The build process imports the pipeline once and then runs `pipeline.build`, the same call as
`build.py build`, for each save. The server's first one is forked before the server has a thread,
a socket or an event loop; any later one is started with `spawn`, since by then threads run. A
template that never ends is stopped after a time limit, and a fresh process takes over; Ctrl-C
and SIGTERM reach the server, which stops the build process itself.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Callable

from . import environment
from .blocked_builds import BLOCKED_LIMIT_S, BlockWatch, blocked_line, held_open, waits_in
from .error_page import file_problem
from .hung_files import HungFiles
from .problems import ContentError, Problem, display_path
from .project import Project
from .gc_pause import no_collection
from .sitelock import clear_unheld_lock, is_stopped, other_writer, queued_seconds
from .spawn_path import current_folder_not_imported
from . import stopped_builds
from .stopped_builds import StopWatch, stopped_limit, stopped_line, traced_line
from .write import OutputError, WriteReport

TIME_LIMIT_S = 30.0  # a build running longer is stopped: it is almost surely an endless template loop
TIME_LIMIT_ENV = environment.TIME_LIMIT  # seconds; for the tests, which cannot wait 30 s
STOP_GRACE_S = 2.0  # how long a stopped build may take to clean up before it is killed
# A wait on the build process of WAKE_MS that took this long: the server was stopped (Ctrl-Z stops the build process
# with it) or starved, and that time was no build's.
PAUSE_S = 1.0
WAKE_MS = 50  # how often a thread waiting for a build returns to Python
# What a build process's answer can be; HELD: it was stopped alone (SIGSTOP) past its limit (stopped_builds.py);
# BLOCKED: it waited on the system, using no CPU, past its limit (blocked_builds.py)
READY, STOPPED, OVERRUN, LOST, HELD, BLOCKED = "ready", "stopped", "overrun", "lost", "held", "blocked"
SPAWN = multiprocessing.get_context("spawn")  # once the server runs threads, its builds must not be forked
FORK = multiprocessing.get_context("fork")


@dataclass(frozen=True)
class Outcome:
    """One build as the server reports it."""

    problems: tuple[Problem, ...]  # empty when the build succeeded
    error_page: bytes | None  # the page shown in place of the site while the build fails
    changed: tuple[str, ...]  # output files the build wrote, added or removed
    seconds: float
    moved: tuple[tuple[str, str], ...] = ()  # briefings renamed while serving, (old name, new name): see moves.py
    labels: dict | None = None  # the words of the preview's own pages, in the site's language (preview_words.py)
    # Another process built the site since the server's last build (`build.py` in another terminal): the open pages
    # may show an older one than this build, which found nothing to change, leaves.
    built_elsewhere: bool = False

    @property
    def failed(self) -> bool:
        return bool(self.problems)


def work(connection: Connection) -> None:
    """Run each build the server asks for and send back its outcome, until the server hangs up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the server decides
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # so does a closed terminal's hangup
    signal.signal(signal.SIGTERM, stop_build)
    # The server still ends this process as a daemon when it exits; inside it, a large build may
    # start worker processes of its own (explainer/parallel.py), which die with it.
    multiprocessing.current_process().daemon = False
    threading.Thread(target=_end_with_the_server, name="watch-server", daemon=True).start()
    with no_collection():  # passes over what importing makes, and over all the server left in this copy, free nothing
        from .pipeline import build  # imported once, so that every build is warm

    # Seconds of this process's CPU: should the server die without stopping an endless build, the timer ends it
    # (SIGPROF). CPU, not the clock: a build stopped with the server (Ctrl-Z) for longer was killed on `fg`.
    backstop = 0

    def wait_on(signum: int, frame) -> None:
        """The server found this build waiting for another writing the site: give the timer its time again."""
        if signal.setitimer(signal.ITIMER_PROF, 0)[0]:  # only while a build runs: one that just ended has disarmed it
            signal.setitimer(signal.ITIMER_PROF, backstop)

    signal.signal(signal.SIGUSR1, wait_on)
    connection.send(READY)
    while True:
        try:
            project, limit = connection.recv()
        except EOFError:
            return
        backstop = int(limit) + 10
        signal.setitimer(signal.ITIMER_PROF, backstop)
        outcome = build_once(build, project, connection.send)
        if outcome is not None:
            connection.send(outcome)
        signal.setitimer(signal.ITIMER_PROF, 0)


def _end_with_the_server() -> None:
    """Stop this process, its build undone as SIGTERM undoes it, as soon as the server is gone (even SIGKILLed)."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        wait([parent.sentinel])
        os.kill(os.getpid(), signal.SIGTERM)


def stop_build(signum: int, frame) -> None:
    """Stop the build in progress the way Ctrl-C stops `build.py build`: the writer undoes its half."""
    raise SystemExit(128 + signum)


def build_once(build: Callable[..., WriteReport], project: Project,
               send_early: Callable[[Outcome], None] | None = None) -> Outcome | None:
    """Build and write the site; return what happened. Never raises an Exception.

    With `send_early`, a build that succeeds gives it its outcome as soon as the new site is in place, and
    returns None: the server reloads the pages while the build saves what the next one reuses.
    """
    started = time.perf_counter()
    changed: tuple[str, ...] = ()
    sent = False

    def written(report: WriteReport) -> None:
        nonlocal sent
        send_early(Outcome((), None, report.changed, time.perf_counter() - started))
        sent = True

    try:
        with no_collection():
            changed = (build(project, written) if send_early else build(project)).changed
        problems = []
    except ContentError as error:
        problems = error.problems
    except OutputError as error:
        problems = [Problem(display_path(project.out, project.root), 0, str(error))]
    except OSError as error:  # e.g. a content file replaced by a folder, met by a stage that did not expect it
        problems = [file_problem(error, project.root)]
    except Exception as error:  # a bug in a build step must not stop the server
        traceback.print_exc()
        problems = [Problem("build.py", 0, f"internal error: {type(error).__name__}: {error}",
                            "a bug in the generator; the traceback is in the terminal")]
    if sent:  # the server has the outcome; only saving the cache can have failed since, which costs the next build time
        return None
    return Outcome(tuple(problems), None, changed, time.perf_counter() - started)


class BuildWorker:
    """A warm build process that runs one build at a time and is killed if it overruns."""

    def __init__(self, project: Project, limit: float, stopped_for: float | None = None,
                 blocked_for: float = BLOCKED_LIMIT_S):
        self.project = project
        self.limit = limit
        self.stopped_for = stopped_limit() if stopped_for is None else stopped_for  # see stopped_builds.py
        self.blocked_for = blocked_for  # see blocked_builds.py
        self.target = work  # what the process runs (the tests give their own)
        self.tell: Callable[[str], None] = _to_stderr  # the server's terminal line, for a build process held stopped
        self.process = None
        self.connection: Connection | None = None
        self.ready = False
        # Build processes killed while blocked in the kernel that had not died yet: a wait the system does not
        # interrupt ends before the kill takes; each is waited for (and its lock cleared) once it has.
        self.abandoned: list = []
        # The files the last build blocked in the kernel held open, looked at before each build until they answer:
        # a fresh process read the same hung file and blocked again, each save told only 10 s on (hung_files.py).
        self.hung = HungFiles()

    def start(self, fork: bool = False) -> OSError | None:
        """Start a fresh build process, which imports the pipeline while it waits for work; return the error
        if the system would start none (its limit on open files or on processes reached): the next build tries
        again. Raised, it ended the server's builds for good, while the server went on serving the old site.

        With `fork`, and only while this is the process's one thread (a lock another thread held would stay
        held in the copy), the process is forked: no fresh interpreter, and no resource tracker, which
        `spawn` starts for every server although a build shares no semaphore or memory with it (0.16 CPU-s
        of each server's start). The caller makes sure that nothing else (a socket, an event loop) is open yet.
        """
        context = FORK if fork and threading.active_count() == 1 else SPAWN
        ours = theirs = None
        try:
            ours, theirs = context.Pipe()
            self.process = context.Process(target=self.target, args=(theirs,), name="explainer-build", daemon=True)
            with current_folder_not_imported():  # a spawned one (and its resource tracker) is a fresh `python -c`
                self.process.start()
        except OSError as error:
            for end in (ours, theirs):
                if end is not None:
                    end.close()
            self.process = None
            return error
        theirs.close()
        self.connection = ours
        return None

    def build(self, changed: list[str], stopping: threading.Event) -> Outcome | None:
        """Return the outcome of one build, or None if `stopping` was set meanwhile; a build process stopped alone
        past its limit is replaced, and the fresh one builds."""
        while (outcome := self._build(changed, stopping)) is HELD:
            pass
        return outcome

    def _build(self, changed: list[str], stopping: threading.Event) -> Outcome | str | None:
        """Return the outcome of one build, None if `stopping` was set meanwhile, or HELD if the build process was
        stopped alone past its limit and replaced."""
        if (hung := self.hung.still_hung(changed)) is not None:  # the last build blocked on it: this one would too
            return hung_outcome(display_path(Path(hung[0]), self.project.root.absolute()), hung[1], changed)
        if self.process is None or not self.process.is_alive():
            self.close()
            if (error := self.start()) is not None:
                return Outcome((Problem("build", 0, f"cannot start the build process: {error.strerror or error}",
                                        "the system's limit on open files (ulimit -n) or on processes may be "
                                        "reached; save again to build again"),), None, (), 0.0)
        started = time.monotonic()
        if not self.ready:  # a fresh process's imports do not count against the time limit
            message = self.receive(stopping, None)
            if message != READY:
                return self.settle(message, changed, started)
            self.ready = True
        try:
            self.connection.send((self.project, self.limit))
        except OSError:
            return self.settle(LOST, changed, started)
        return self.settle(self.receive(stopping, time.monotonic() + self.limit), changed, started)

    def receive(self, stopping: threading.Event, deadline: float | None) -> object:
        """Return the build process's next message, or STOPPED, OVERRUN or LOST.

        While another build (`build.py` in another terminal, maybe stopped with Ctrl-Z) holds the site's
        lock, this one waits for it, and the time limit starts again: the wait is no endless template. Nor does the
        time the build process was stopped count (Ctrl-Z, then `fg`, stopped a build midway as overrunning), nor the
        time it waited for a core on a busy machine (a slow build there is no endless one).
        """
        last, queued = time.monotonic(), queued_seconds(self.process.pid)
        watch = StopWatch(self.process.pid, self.stopped_for)
        blocked = BlockWatch(self.process.pid, self.blocked_for)
        while not stopping.is_set():
            now = time.monotonic()
            if found := watch.look(now - last, now - last > PAUSE_S):
                if found == stopped_builds.STOPPED:
                    return HELD
                self.tell(traced_line(self.process.pid))
            if blocked.look(now - last, now - last > PAUSE_S):
                if other_writer(self.project.out, self.process.pid) is None:
                    return BLOCKED  # replaced at once: the save waited for the time limit, telling only
                else:  # waiting for the site's lock, which another build holds: no block
                    blocked.forgive()
            if deadline is not None:
                queued, was = queued_seconds(self.process.pid), queued
                if now - last > PAUSE_S or is_stopped(self.process.pid):
                    deadline += now - last  # stopped: the server with it (Ctrl-Z), or the build process alone (SIGSTOP)
                else:
                    deadline += queued - was  # runnable, but another process had the core
            last = now
            left = None if deadline is None else deadline - now
            if left is not None and left <= 0:
                if other_writer(self.project.out, self.process.pid) is None:
                    return OVERRUN
                deadline = time.monotonic() + self.limit
                try:
                    os.kill(self.process.pid, signal.SIGUSR1)  # and its own timer (see work)
                except ProcessLookupError:  # it has just ended: its sentinel says so below
                    pass
                continue
            step = WAKE_MS / 1000 if left is None else min(left, WAKE_MS / 1000)
            if wait([self.connection, self.process.sentinel], step):
                try:
                    return self.connection.recv()
                except (EOFError, OSError):
                    return LOST
        return STOPPED

    def settle(self, message: object, changed: list[str], started: float) -> Outcome | None:
        """Return the outcome a message from the build process stands for; replace a process that failed."""
        if isinstance(message, Outcome):
            return message
        if message == LOST:  # its end closes the connection an instant before the process can be waited for
            self.process.join(STOP_GRACE_S)
        if message == HELD:  # stopped, it takes no SIGTERM until continued: killed, as the system may kill it
            pid = self.process.pid
            self.kill()
            self.tell(stopped_line(pid, self.stopped_for))
            self.start()
            return HELD
        if message == BLOCKED:  # no build will come of it: a fresh process takes the next save
            pid = self.process.pid
            files = held_open(pid)
            self.tell(blocked_line(pid, self.blocked_for, waits_in(pid), files))
            self.hung.keep(files, self.project.root)
            self.abandon()
            self.start()
            return blocked_outcome(self.blocked_for, changed)
        code = self.process.exitcode
        self.close()
        if message == STOPPED:
            return None
        self.start()
        if message == OVERRUN:
            return overrun(self.limit, changed)
        return Outcome((lost(code),), None, (), time.monotonic() - started)

    def kill(self) -> None:
        """Kill the build process at once (a stopped one too), as a build killed mid-write leaves its lock."""
        self.process.kill()
        self.process.join()
        clear_unheld_lock(self.project.out)
        self.close()

    def abandon(self) -> None:
        """Kill the build process, blocked in the kernel: waited for STOP_GRACE_S at most, as a wait the system does
        not interrupt (a hung network mount) ends before the kill takes; one still there is waited for later."""
        self.process.kill()
        self.process.join(STOP_GRACE_S)
        self.connection.close()
        if self.process.is_alive():
            self.abandoned.append(self.process)
        else:
            clear_unheld_lock(self.project.out)
            self.process.close()
        self.process = self.connection = None
        self.ready = False
        self.reap_abandoned()

    def reap_abandoned(self) -> None:
        """Wait for the killed build processes that have died since, clearing a lock each left."""
        for process in list(self.abandoned):
            if not process.is_alive():
                process.join()
                process.close()
                self.abandoned.remove(process)
                clear_unheld_lock(self.project.out)

    def close(self) -> None:
        """Stop the build process: let it undo a half-written site, then kill it if it must."""
        if self.process is None:
            return
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(STOP_GRACE_S)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()
                clear_unheld_lock(self.project.out)  # killed mid-write, it could not remove its lock file
        self.connection.close()
        self.process.close()
        self.process = self.connection = None
        self.ready = False


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def lost(code: int | None) -> Problem:
    """Return the problem of a build process that ended mid-build with exit `code` (minus a signal's number).

    Killed by the system for want of memory, it said "exit code -9", which names neither the signal nor the cause.
    """
    try:
        killer = signal.Signals(-code).name if code is not None and code < 0 else ""
    except ValueError:
        killer = f"signal {-code}"
    if killer == "SIGKILL":
        return Problem("build", 0, "the build process was killed (SIGKILL) before it finished",
                       "the system does this when memory runs out (`dmesg` says so), as `kill -9` does; "
                       "the last good site is kept: save again to build again")
    if killer:
        return Problem("build", 0, f"the build process was killed by {killer} before it finished",
                       "the last good site is kept: save again to build again")
    return Problem("build", 0, f"the build process ended unexpectedly (exit code {code})",
                   "the terminal may say why; save again to build again")


def overrun(limit: float, changed: list[str], blocked: bool = False) -> Outcome:
    """Return the outcome of a build stopped after `limit` seconds; `blocked`, one that waited on the system, using
    no CPU (blocked_builds.py): no endless template."""
    what = "rebuild" if changed else "build"
    where = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
    if blocked:
        return Outcome((Problem(where or "build", 0, f"the {what} waited on the system, using no CPU, for most of "
                                f"{limit:g} s and was stopped", "a file it reads may be a named pipe or on a disk or "
                                "network mount that does not answer; fix that and save to build again"),),
                       None, (), limit)
    return Outcome((Problem(where or "build", 0, f"the {what} took longer than {limit:g} s and was stopped",
                            "likely an endless loop in a template; fix it and save to build again"),),
                   None, (), limit)


def hung_outcome(path: str, why: str, changed: list[str]) -> Outcome:
    """Return the outcome of a build not started, as the file at `path`, which the last build blocked on, `why`
    ("does not answer", "is still a named pipe"): hung_files.py."""
    what = "rebuild" if changed else "build"
    where = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
    return Outcome((Problem(where or "build", 0, f"the {what} was not started: {path!r}, which the last build waited "
                            f"on, {why}", "it may be a named pipe or on a disk or network mount that does not "
                            "answer; fix that (replace it with an ordinary file, or mount the disk again) and save "
                            "to build again"),), None, (), 0.0)


def blocked_outcome(limit: float, changed: list[str]) -> Outcome:
    """Return the outcome of a build stopped once it had waited on the system, using no CPU, for `limit` seconds
    (blocked_builds.py): it was waited for until the time limit, called an endless template."""
    what = "rebuild" if changed else "build"
    where = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
    return Outcome((Problem(where or "build", 0, f"the {what} waited on the system, using no CPU, for {limit:g} s and "
                            "was stopped", "a file it reads may be a named pipe or on a disk or network mount that "
                            "does not answer; fix that and save to build again"),), None, (), limit)


def time_limit() -> float:
    """Return how long a build may run before it is stopped, in seconds."""
    return environment.number_from(TIME_LIMIT_ENV, TIME_LIMIT_S)
