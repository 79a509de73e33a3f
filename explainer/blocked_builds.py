"""The preview's build process blocked in the system, noticed by its CPU time not moving, never by how long it takes.

A build process waiting in the kernel (reading a named pipe or a file on a hung network mount, a disk that does not
answer) is neither stopped nor running: the server waited for it silently, every save held, until the build's time
limit called it "likely an endless loop in a template", or for ever while a fresh process was still starting. A
process doing any work uses CPU, or waits for a core to use it (the system counts both); a build waiting for its
own workers has them use it. So a build process whose CPU time, its descendants' included, and whose time waiting
for a core have not moved for BLOCKED_LIMIT_S of the server's own running time is told once, in one line, naming
what it waits in where the system says (`/proc/PID/wchan`). A slow but live build is never told; nor one waiting for
the site's lock, which another build holds (the caller's to know). One told is killed and replaced by a fresh
process at once (build_worker.py), the save refused naming the wait: it was told and left, every save held until the
build's time limit, 30 s. Its files are named from `/proc/PID/fd` before, as the system names them (no call reaches
a hung mount), the file it read last first; a process blocked where the kernel does not take the kill (a hung mount's
uninterruptible wait) dies once the wait ends and is waited for then.
"""

from __future__ import annotations

import os
from pathlib import Path

from .sitelock import queued_seconds
from .stopped_builds import stop_state

BLOCKED_LIMIT_S = 10.0  # a build process making no progress this long, unanswered, is told
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
LOOK_EVERY_S = 0.25  # of the server's time between two looks at the process's progress
MAX_DESCENDANTS = 256  # processes of a build's tree looked at: its workers, theirs, and no more


def progress(pid: int) -> tuple[float, float] | None:
    """Return the CPU seconds of process `pid` and its descendants (ended ones it waited for included) and its time
    waiting for a core, or None where the system does not tell (no /proc)."""
    cpu = _cpu_seconds(pid)
    if cpu is None:
        return None
    for child in _descendants(pid):
        cpu += _cpu_seconds(child) or 0.0
    return cpu, queued_seconds(pid)


def _cpu_seconds(pid: int) -> float | None:
    """Return process `pid`'s user and system CPU seconds, with those of its children it waited for."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()
        ticks = sum(int(field) for field in fields[11:15])  # utime, stime, cutime, cstime
    except (OSError, IndexError, ValueError):
        return None
    return ticks / TICKS


def _descendants(pid: int) -> list[int]:
    """Return the processes under `pid` (children, theirs...), at most MAX_DESCENDANTS."""
    found, queue = [], [pid]
    while queue and len(found) < MAX_DESCENDANTS:
        for child in _children(queue.pop()):
            if len(found) < MAX_DESCENDANTS:
                found.append(child)
                queue.append(child)
    return found


def _children(pid: int) -> list[int]:
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    children = []
    for task in tasks:
        try:
            children += [int(child) for child in Path(f"/proc/{pid}/task/{task}/children").read_bytes().split()]
        except (OSError, ValueError):
            continue
    return children


def waits_in(pid: int) -> str:
    """Return the kernel function process `pid` sleeps in ("pipe_read"), or "" where the system does not say."""
    try:
        where = Path(f"/proc/{pid}/wchan").read_text("ascii", "replace").strip()
    except OSError:
        return ""
    return where if where.replace("_", "").isalnum() and where != "0" else ""


class BlockWatch:
    """Counts how long a build process has made no progress while the server ran, looked at on each of its
    wake-ups; tells once per wait."""

    def __init__(self, pid: int, limit: float, progress_of=progress):
        self.pid, self.limit = pid, limit
        self.progress_of = progress_of
        self.last = progress_of(pid)
        self.idle_for = self.pending = 0.0
        self.told = self.paused = False

    def forgive(self) -> None:
        """Count from nothing again: the wait was another build's (the site's lock), no block."""
        self.idle_for, self.told = 0.0, False

    def look(self, elapsed: float, server_paused: bool) -> bool:
        """Return True once the process has made no progress for the limit; `elapsed` is the server's time since
        its last look, `server_paused` that it was stopped meanwhile (the build process with it: no one's time).
        The system is asked every LOOK_EVERY_S of it, not at each of the server's wake-ups."""
        self.pending += elapsed
        self.paused = self.paused or server_paused
        if self.pending < LOOK_EVERY_S:
            return False
        elapsed, server_paused, self.pending, self.paused = self.pending, self.paused, 0.0, False
        now = self.progress_of(self.pid)
        moved, self.last = now != self.last, now
        if now is None or moved or server_paused or stop_state(self.pid):  # stopped: stopped_builds.py's to tell
            self.idle_for = 0.0
            self.told = self.told and not moved
            return False
        self.idle_for += elapsed
        if self.idle_for < self.limit or self.told:
            return False
        self.told = True
        return True


SHOWN_FILES = 3  # files a blocked build held open that its line names, the one it opened last first
# What a build holds open that it does not read as input: its terminal, /dev/null, /proc (a shared-memory folder,
# /dev/shm/, may hold a project: it is named), and a file deleted since it was opened (a temporary file).
NOT_READ = ("/dev/pts/", "/dev/tty", "/dev/null", "/dev/urandom", "/dev/random", "/proc/", "/sys/")
DELETED = " (deleted)"


def held_open(pid: int) -> list[str]:
    """Return the paths of the files process `pid` holds open, the one it opened last (highest number) first: read
    from the links of /proc/PID/fd, never from the files themselves, which may be on a mount that does not answer.
    What this process holds open too is left out: a forked build inherits the server's files (a log its output is
    sent to, wherever the descriptor stands), which it does not read."""
    paths = []
    ours = set(_open_files(os.getpid()))
    for target in _open_files(pid):
        if target.startswith("/") and not target.startswith(NOT_READ) and not target.endswith(DELETED) \
                and target not in paths and target not in ours:
            paths.append(target)
    return paths


def _open_files(pid: int) -> list[str]:
    """Return what the links of /proc/PID/fd name, the highest number first, but for the standard streams (a
    terminal, or a log file they are sent to, are no input)."""
    try:
        numbers = sorted((int(name) for name in os.listdir(f"/proc/{pid}/fd") if name.isdigit()), reverse=True)
    except OSError:
        return []
    found = []
    for number in numbers:
        if number <= 2:
            continue
        try:
            found.append(os.readlink(f"/proc/{pid}/fd/{number}"))
        except OSError:
            continue
    return found


def blocked_line(pid: int, limit: float, where: str = "", files: list[str] | None = None) -> str:
    """The terminal's line for a build process that has made no progress for `limit` seconds, unanswered, and is
    replaced; `files`, those it held open (see held_open), named as the likely cause."""
    inside = f" (in the kernel's {where})" if where else ""
    files = files or []
    held = (f" (it held open {', '.join(repr(path) for path in files[:SHOWN_FILES])}"
            f"{f' and {len(files) - SHOWN_FILES} more' if len(files) > SHOWN_FILES else ''})" if files else "")
    return (f"warning: the build process (pid {pid}) has used no CPU for {limit:g} s and not answered: it waits on the "
            f"system{inside}; it was stopped, and a fresh one takes the next save; a file it reads may be a named "
            f"pipe or on a disk or network mount that does not answer{held}")
