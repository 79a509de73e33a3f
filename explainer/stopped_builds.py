"""The preview's build process stopped alone, noticed by its state, not by how long its build takes.

A build process stopped by itself (`kill -STOP` of it, a debugger attached) held every save, the terminal silent,
until it was continued: the server waited, as it must while the build runs, however slowly. A stopped process does
no work at all, whatever its build: the system says so (its state, `T`, or `t` for a debugger's), so a slow but live
build, running or waiting for a core, a disk or its workers, is never taken for one. Stopped for STOPPED_LIMIT_S of
the server's own running time (not counted while the server is stopped too, as Ctrl-Z stops both), it is told in
one line and replaced by a fresh process, which builds the saves; one a debugger holds is told and left to it.
"""

from __future__ import annotations

from . import environment

STOPPED_LIMIT_S = 10.0  # a build process stopped alone this long is replaced: a stop meant as a pause is the server's
STOPPED_LIMIT_ENV = environment.STOPPED_LIMIT  # seconds; for the tests
STOPPED, TRACED = "stopped", "traced"  # what `StopWatch.look` can find past its limit


def stopped_limit() -> float:
    """Return how long the build process may stay stopped alone before it is replaced, in seconds."""
    return environment.number_from(STOPPED_LIMIT_ENV, STOPPED_LIMIT_S)


def stop_state(pid: int) -> str:
    """Return STOPPED or TRACED if process `pid` is stopped (by a signal, or by a debugger), else "" (also where the
    system does not tell: Linux's /proc)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat_file:
            state = stat_file.read().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return ""
    return {b"T": STOPPED, b"t": TRACED}.get(state, "")


class StopWatch:
    """Counts how long a build process has stayed stopped while the server ran, looked at on each of its wake-ups."""

    def __init__(self, pid: int, limit: float):
        self.pid, self.limit = pid, limit
        self.stopped_for = 0.0
        self.told = False

    def look(self, elapsed: float, server_paused: bool) -> str:
        """Return STOPPED or TRACED once the process has been stopped for the limit (TRACED once only), else "".

        `elapsed` is the server's time since its last look; `server_paused`, that it was stopped meanwhile: then the
        build process was too (Ctrl-Z), and `fg` may continue it an instant after the server."""
        state = "" if server_paused else stop_state(self.pid)
        if not state:
            self.stopped_for = 0.0
            return ""
        self.stopped_for += elapsed
        if self.stopped_for < self.limit or (state == TRACED and self.told):
            return ""
        self.told = True
        return state


def stopped_line(pid: int, limit: float) -> str:
    """The terminal's line for a build process replaced after it was stopped alone for `limit` seconds."""
    return (f"warning: the build process (pid {pid}) was stopped (SIGSTOP) for {limit:g} s, holding every save: it was "
            "replaced by a fresh one, which builds them (to pause the preview, stop the server with Ctrl-Z instead)")


def traced_line(pid: int) -> str:
    """The terminal's line for a build process a debugger has held stopped past the limit."""
    return (f"warning: the build process (pid {pid}) is held stopped by a debugger, and every save waits for it "
            "(let it go on, or detach the debugger)")
