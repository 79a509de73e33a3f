"""A bell the kernel rings when a watched folder changes, so an idle preview sleeps until a save.

watchfiles hears every change through inotify, yet hands them to Python only from a loop that wakes every
`step` ms (10 in the preview): an idle server woke about 92 times a second, which a laptop's battery pays for.
A longer step makes every save reach the page later. So the preview polls watchfiles only for a moment after a
change, then waits here, in one blocking `select`, on an inotify descriptor of its own over the same folders
(and the folders holding the project and its output, so a removed site/ or a watched folder made or removed
rings too). The kernel's inotify is reached through libc with ctypes; where it is missing (not Linux) or
refuses (the user's limit on watches), there is no bell and the preview polls as before; so where watchfiles
itself polls the disk (WSL, whose Windows drives inotify does not hear, or WATCHFILES_FORCE_POLLING set).
"""

from __future__ import annotations

import ctypes
import os
import platform
import select
import threading
from typing import Iterable

# <sys/inotify.h>: a file written, its metadata changed or closed after writing; an entry made, removed or moved;
# the watched folder itself removed or moved.
_IN_CHANGED = 0x2 | 0x4 | 0x8 | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800
_IN_ENTRIES = 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800  # a folder's entries only: not its files' contents
_READ_BYTES = 64 * 1024
_PLAIN_EVENT_S = 0.05  # how often a wait looks at a stopping event that cannot ring the bell (a plain Event)


def _libc():
    """Return the C library's inotify calls, or None where it has none."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the C library Python itself runs on
        return libc if hasattr(libc, "inotify_init1") and hasattr(libc, "inotify_add_watch") else None
    except OSError:
        return None


def watcher_polls() -> bool:
    """Say whether watchfiles polls the disk rather than hear inotify, by its own rule: there, so must the preview."""
    forced = os.environ.get("WATCHFILES_FORCE_POLLING")
    if forced:
        return forced.lower() not in {"false", "disable", "disabled"}
    system = platform.uname()
    return system.system.lower() == "linux" and "microsoft-standard" in system.release.lower()


class Stopping(threading.Event):
    """An event whose setting also rings every ChangeBell waiting on it, so a sleeping preview stops at once.

    Its pipe is made when a bell first waits on it, not before: under a low limit on open files (`ulimit -n 12`) the
    watcher, made first, must find room; without room for the pipe, the wait looks at the event as at a plain one.
    """

    def __init__(self):
        super().__init__()
        self._pipe: tuple[int, int] | None = None
        self._lock = threading.Lock()

    def set(self) -> None:
        super().set()
        with self._lock:
            if self._pipe is not None:
                os.write(self._pipe[1], b"x")

    def fileno(self) -> int | None:
        """Return a descriptor readable once the event is set; None where none can be opened."""
        with self._lock:
            if self._pipe is None:
                try:
                    self._pipe = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
                except OSError:  # out of open files: a plain event, then
                    return None
                if self.is_set():
                    os.write(self._pipe[1], b"x")
            return self._pipe[0]


class ChangeBell:
    """An inotify descriptor over some folders; `wait` blocks until one of them changes."""

    def __init__(self, fd: int, stopping: threading.Event):
        self.fd, self.stopping = fd, stopping
        # Its descriptor opened now, with the bell's: the files the server holds stay as many from then on.
        self.rung = stopping.fileno() if isinstance(stopping, Stopping) else None

    @classmethod
    def over(cls, folders: Iterable[str], parents: Iterable[str], stopping: threading.Event) -> ChangeBell | None:
        """Return a bell over `folders` (any change) and `parents` (their entries only) that also rings once `stopping`
        is set, if it is a Stopping; None if there can be none."""
        libc = None if watcher_polls() else _libc()
        if libc is None:
            return None
        fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if fd < 0:
            return None
        bell = cls(fd, stopping)
        watches = [(path, _IN_CHANGED) for path in folders] + [(path, _IN_ENTRIES) for path in parents]
        for path, mask in watches:
            if libc.inotify_add_watch(fd, os.fsencode(path), mask) < 0 and ctypes.get_errno() != 2:  # ENOENT: gone
                bell.close()  # out of watches, say: a bell deaf to some folder would sleep through their saves
                return None
        return bell

    def wait(self, timeout: float) -> bool:
        """Return once a watched folder changed since the last wait (True), the bell's stopping was set, or `timeout`
        seconds passed. Changes are read after waking, never before, so none made meanwhile is lost."""
        if self.rung is not None:
            ready = [self.fd, self.rung]
        else:
            ready, timeout = [self.fd], min(timeout, _PLAIN_EVENT_S)
        if not self.stopping.is_set():
            select.select(ready, [], [], timeout)
        rang = False
        try:
            while os.read(self.fd, _READ_BYTES):
                rang = True
        except BlockingIOError:
            pass
        return rang

    def close(self) -> None:
        os.close(self.fd)

    def __enter__(self) -> ChangeBell:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
