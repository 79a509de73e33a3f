"""Render source pages on several cores when there are enough of them to pay for it.

Workers are forked, so they inherit the planned briefing instead of receiving it pickled;
only their pages come back, through a temporary file each, read once the parent has rendered
the briefing page itself. With `jobs` processes, the parent is one of them, so on two cores a
single worker renders every source page. The result is merged in sorted order and is
byte-identical to a single-process build.
"""

from __future__ import annotations

import os
import pickle
import signal
import tempfile
import weakref
from typing import IO, Callable

MIN_PAGES_PER_WORKER = 200  # below this, starting a process costs more than it saves

Renderer = Callable[[str], tuple[str, bytes]]


def worker_count(jobs: int, pages: int) -> int:
    """Return how many processes to use: `jobs` if given (>0), else one per core when it pays."""
    if jobs > 0:
        return max(1, min(jobs, pages))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, pages // MIN_PAGES_PER_WORKER))


def start_source_pages(renderer: Renderer, source_ids: list[str], jobs: int) -> Callable[[], dict[str, bytes]]:
    """Start rendering every source page; return a function that waits and gives {path: bytes}.

    With workers, the pages render while the caller renders the briefing page itself.
    """
    # The caller's process counts as one: it renders the briefing page while the workers run.
    workers = worker_count(jobs, len(source_ids)) - 1
    if workers < 1 or not hasattr(os, "fork"):
        return lambda: _render(renderer, source_ids)
    chunks = [source_ids[index::workers] for index in range(workers)]
    started = [(chunk, *_fork(renderer, chunk)) for chunk in chunks]
    running = [pid for _, pid, _ in started]

    def collect() -> dict[str, bytes]:
        pages: dict[str, bytes] = {}
        try:
            for chunk, pid, output in started:
                pages.update(_result(pid, output, running) or _render(renderer, chunk))
        finally:
            stop()
        return dict(sorted(pages.items()))

    # A build that fails before collecting its workers (or while doing so) stops them.
    stop = weakref.finalize(collect, _stop, running)
    return collect


def _render(renderer: Renderer, source_ids: list[str]) -> dict[str, bytes]:
    return dict(renderer(source_id) for source_id in source_ids)


def _fork(renderer: Renderer, source_ids: list[str]) -> tuple[int, IO[bytes]]:
    """Start a process rendering `source_ids` into a temporary file; return its id and the file."""
    output = tempfile.TemporaryFile()
    pid = os.fork()
    if pid == 0:  # the worker: never return into the caller's code
        status = 1
        try:
            pickle.dump(_render(renderer, source_ids), output, protocol=pickle.HIGHEST_PROTOCOL)
            output.flush()
            status = 0
        finally:
            os._exit(status)
    return pid, output


def _result(pid: int, output: IO[bytes], running: list[int]) -> dict[str, bytes] | None:
    """Wait for a worker; return its pages, or None if it failed.

    The caller then renders those pages itself, so an error (say, in a template) is raised
    with its full traceback, as in a single-process build.
    """
    _, status = os.waitpid(pid, 0)
    running.remove(pid)
    with output:
        if os.waitstatus_to_exitcode(status) != 0:
            return None
        output.seek(0)
        return pickle.load(output)


def _stop(running: list[int]) -> None:
    """Stop and reap workers whose pages are no longer wanted."""
    while running:
        pid = running.pop()
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
