"""Hang detectors for the tests that wait on other processes: budgets that do not count the time lost to a busy machine.

A wait on a server, a build or a browser is a wait on an event; its time limit only tells a hang from a slow
machine. Seconds of the clock did not: at load 25 on 2 cores each process runs a tenth of the time, and a limit tuned
on a quiet machine (15 s for what takes well under one) ran out while the code was right. A `Deadline` moves its end
on by the time this process, or any process it started (a server, its build process, a browser), waited for a core,
runnable but not running (Linux's /proc/PID/task/TID/schedstat): a budget of running time, not of the clock. A
process that hangs idle (a missed event) still meets it on time; one that spins (an endless loop) meets it once it has
run that long; and however busy the machine, it ends after `MOST_TIMES` its budget.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable

MOST_TIMES = 20  # a budget of 15 s ends after 5 minutes of the clock at the most, whatever the load


class Deadline:
    """The end of a budget of `seconds` of running time, for this process and every process it started."""

    def __init__(self, seconds: float):
        self.started = time.monotonic()
        self.end = self.started + seconds
        self.last_end = self.started + seconds * MOST_TIMES
        self.queued = queued_times(os.getpid())

    def left(self) -> float:
        """Return the seconds left, the time lost waiting for a core since the last call added back."""
        now = queued_times(os.getpid())
        lost = max((now[task] - self.queued.get(task, 0.0) for task in now), default=0.0)
        self.queued = now
        self.end += max(lost, 0.0)
        return min(self.end, self.last_end) - time.monotonic()

    def passed(self) -> bool:
        return self.left() <= 0


def queued_times(root: int) -> dict[int, float]:
    """Return how long each thread of process `root` and of its descendants has waited for a core, in seconds."""
    found: dict[int, float] = {}
    pending = [root]
    while pending:
        pid = pending.pop()
        try:
            tasks = list(Path(f"/proc/{pid}/task").iterdir())
        except OSError:
            continue  # it has ended
        for task in tasks:
            try:
                found[int(task.name)] = int((task / "schedstat").read_bytes().split()[1]) / 1e9
                pending.extend(int(child) for child in (task / "children").read_text().split())
            except (OSError, IndexError, ValueError):
                continue
    return found


def waited(wait: Callable[[float], bool], seconds: float) -> bool:
    """Return True as soon as `wait(step)` does (an Event's or a Condition's wait, say), or False once `seconds` of
    running time have passed: asked a quarter of a second at a time, to count what was lost meanwhile."""
    deadline = Deadline(seconds)
    while not wait(min(max(deadline.left(), 0.0), 0.25)):
        if deadline.passed():
            return False
    return True
