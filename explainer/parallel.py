"""Render source pages on several cores when there are enough of them to pay for it.

Workers are forked, so they inherit the planned briefing instead of receiving it pickled;
only source ids go out and page bytes come back. The result is merged in sorted order and
is byte-identical to a single-process build.
"""

from __future__ import annotations

import os
from typing import Callable

MIN_PAGES_PER_WORKER = 200  # below this, starting a process costs more than it saves

_renderer: Callable[[str], tuple[str, bytes]] | None = None


def worker_count(jobs: int, pages: int) -> int:
    """Return how many processes to use: `jobs` if given (>0), else one per core when it pays."""
    if jobs > 0:
        return max(1, min(jobs, pages))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, pages // MIN_PAGES_PER_WORKER))


def _install(renderer: Callable[[str], tuple[str, bytes]]) -> None:
    global _renderer
    _renderer = renderer


def _render_chunk(source_ids: list[str]) -> list[tuple[str, bytes]]:
    return [_renderer(source_id) for source_id in source_ids]


def start_source_pages(renderer: Callable[[str], tuple[str, bytes]], source_ids: list[str],
                       jobs: int) -> Callable[[], dict[str, bytes]]:
    """Start rendering every source page; return a function that waits and gives {path: bytes}.

    With workers, the pages render while the caller renders the briefing page itself.
    """
    workers = worker_count(jobs, len(source_ids))
    if workers <= 1:
        return lambda: dict(renderer(source_id) for source_id in source_ids)
    import multiprocessing  # only large builds pay for it

    if "fork" not in multiprocessing.get_all_start_methods():
        return lambda: dict(renderer(source_id) for source_id in source_ids)
    chunks = [source_ids[index::workers] for index in range(workers)]
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_install, initargs=(renderer,))
    pending = pool.map_async(_render_chunk, chunks)

    def collect() -> dict[str, bytes]:
        try:
            results = pending.get()
        finally:
            pool.terminate()
            pool.join()
        return dict(sorted(item for chunk in results for item in chunk))

    return collect
