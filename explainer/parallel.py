"""One speed mechanism with a name: a large build's independent items spread over the machine's cores.

`map_items(function, items)` is `[function(item) for item in items]`, in order. When there are
enough items and more than one core (or when EXPLAINER_WORKERS asks for workers), forked worker
processes (`concurrent.futures`) take the items one at a time from the first on while this process
takes them from the last (`ItemsLeft`), until none is left: a build of N processes forks N - 1, and
the one that has the items in its memory already works on them too. Taken as they are done, not
dealt out in shares beforehand, the items end on both cores together however unequal they are:
at 4,000 sources the render's first of eight shares held all 100 briefing pages (1.9 CPU-s) where
each other share held some 500 source pages (0.25 CPU-s), and the pool's queue gave a worker two
or three shares this process could no longer take. Under fork a worker inherits the function and
the items as they are in memory (nothing is pickled on the way in), and only results come back,
pickled. A small build, one core, or `EXPLAINER_WORKERS=1` maps in this process: the same
function, the same results, byte for byte.

Every fork costs a stage CPU without doing any of its work: the worker's copy of each page of
memory it touches (a Python object's reference count is written whenever it is read), and this
process's first write to each of its pages after every fork. At 4,000 sources a build's 10 forks
took 211,000 page faults more than one process, 2.2 of its 3.1 CPU-seconds more; waiting idle while
two workers worked, this process did none of the work it had forked them for.

Fork is safe here because a build runs in a process of one thread (the command line, or the
preview server's own build process).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from typing import Callable, Sequence, TypeVar

from . import environment
from .sitelock import stops_deferred
from .stops import STOPS

Item = TypeVar("Item")
Result = TypeVar("Result")

WORKERS_ENV = environment.WORKERS  # how many processes a build may use; 1 keeps it in this one
MIN_ITEMS_PER_WORKER = 40  # below this a worker's start-up and result pickling cost more than they save
# How long this process waits for the lock on the items left before taking a worker for dead (killed while holding
# it, or stopped alone): the lock is held for a few instructions at a time, and the work is then done here.
LOCK_WAIT_S = 10.0

PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent ends

_work: tuple[Callable, Sequence, ItemsLeft] | None = None  # in a worker process only: what it takes items from


def workers_for(items: int) -> int:
    """Return how many processes to map `items` items with: EXPLAINER_WORKERS when set (any number of
    items, as a user asking for workers expects), else one per core this process may run on, each
    with at least MIN_ITEMS_PER_WORKER items."""
    setting = environment.number_from(WORKERS_ENV, None)
    if setting is not None:
        return min(setting, items)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(cores, items // MIN_ITEMS_PER_WORKER)


def in_worker() -> bool:
    """Say whether this process is one of a build's workers (whose results travel back pickled)."""
    return _work is not None


def map_items(function: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """Return [function(item) for item in items], in worker processes and this one when that pays.

    An exception raised by `function` is raised here, as it was raised in the worker (it must
    pickle: ContentError does).
    """
    processes = workers_for(len(items))
    if processes < 2 or not hasattr(os, "fork") or threading.active_count() > 1:
        return [function(item) for item in items]
    import multiprocessing  # here, not above: a small build never pays for importing them
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    fork = multiprocessing.get_context("fork")
    others = set(multiprocessing.active_children())
    pool = futures = None
    try:  # the workers fork at the first task handed out, before this process changes anything
        left = ItemsLeft(len(items), fork)
        pool = ProcessPoolExecutor(processes - 1, fork, initializer=_receive,
                                   initargs=(os.getpid(), function, items, left))
        # The first submit forks them all. A stop landing in fork's own Python code (its callbacks) was printed as
        # ignored there, and the build went on, deaf to later stops: held, it is taken as the block ends.
        with stops_deferred():
            futures = [pool.submit(_take_from_the_first) for _ in range(processes - 1)]
    except OSError:  # no file or process left to start them with (a low `ulimit -n`, a full process table)
        if pool is not None:
            _stop(pool, others)
    except BaseException:  # Ctrl-C, or a stop held while they forked: they end with the build
        if pool is not None:
            _stop(pool, others)
        raise
    if futures is None:  # here, where the error and the pipes its half-made pool holds are freed
        return [function(item) for item in items]
    try:
        made = dict(take_and_make(function, items, left.from_the_last))
        for future in futures:
            made.update(future.result())
    except BrokenProcessPool:  # a worker was killed (out of memory, a signal): do the work here instead
        _stop(pool, others)
        return [function(item) for item in items]
    except BaseException:  # a content error, Ctrl-C, a stop: nothing more to wait for
        _stop(pool, others)
        raise
    pool.shutdown()
    return [made[index] for index in range(len(items))]


class ItemsLeft:
    """The items of one map that no process has taken yet, in memory its forked workers share: the workers take them
    from the first on, this process from the last, one at a time, until they meet. The first item is always a
    worker's, so that a worker forked for the stage never idles through it."""

    def __init__(self, count: int, context):
        self.lock = context.Lock()
        self.bounds = context.RawArray("q", [0, count])  # the first item left, and the one after the last

    def from_the_first(self) -> int | None:
        """Return the index of the first item left, now taken; None if none is left."""
        with self.lock:
            first, end = self.bounds
            if first >= end:
                return None
            self.bounds[0] = first + 1
            return first

    def from_the_last(self) -> int | None:
        """Return the index of the last item left but the first of all, now taken; None if none is left."""
        from concurrent.futures.process import BrokenProcessPool

        if not self.lock.acquire(timeout=LOCK_WAIT_S):
            raise BrokenProcessPool("a worker holds the lock on the items left and does not let go")
        try:
            first, end = self.bounds
            if end - 1 < max(first, 1):
                return None
            self.bounds[1] = end - 1
            return end - 1
        finally:
            self.lock.release()

    def none_left(self) -> None:
        """Take every item left: a worker's item failed, and the build stops at its error."""
        with self.lock:
            self.bounds[0] = self.bounds[1]


def _stop(pool, others: set) -> None:
    """Stop the pool's workers now, whatever they are doing (an endless template would never end its item)."""
    import multiprocessing

    with _cancelled_tasks_left_unbroken():  # from the kill to the end of the pool's thread, which sees them gone
        for worker in set(multiprocessing.active_children()) - others:
            worker.kill()
        pool.shutdown(cancel_futures=True)  # waits for that thread


@contextlib.contextmanager
def _cancelled_tasks_left_unbroken():
    """Keep quiet the pool thread's error at a task the shutdown cancelled: Python 3.11's executor, finding its
    workers gone, sets an exception on every task still queued, a cancelled one too, which raises InvalidStateError
    in its thread (printed after Ctrl-C as "Exception in thread", above "stopped")."""
    from concurrent.futures import InvalidStateError

    hook = threading.excepthook

    def quiet_at_cancelled(args):
        if not issubclass(args.exc_type, InvalidStateError):
            hook(args)

    threading.excepthook = quiet_at_cancelled
    try:
        yield
    finally:
        threading.excepthook = hook


def _receive(parent: int, function: Callable, items: Sequence, left: ItemsLeft) -> None:
    """Keep, in a new worker, what it takes items from (inherited through fork, not pickled).

    A worker dies with the build that started it (were the build killed, an endless template
    would otherwise spin on), and leaves Ctrl-C to the build, which stops it.
    """
    global _work
    _work = (function, items, left)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in (signal.SIGTERM, signal.SIGHUP):  # ends a worker as it did, not by the build's exception
        signal.signal(signum, signal.SIG_DFL)  # (stops_raised), which would end the build as stopped by it
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPS)  # held by the build as it forked
    if sys.platform == "linux":
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the build was gone before the line above took effect
        os._exit(1)


def _take_from_the_first() -> list[tuple[int, Result]]:
    """Return (index, result) of each item this worker took, from the first on, until none was left."""
    function, items, left = _work
    try:
        return take_and_make(function, items, left.from_the_first)
    except BaseException:
        left.none_left()  # so that the build stops taking items, and raises this error
        raise


def take_and_make(function: Callable, items: Sequence, take: Callable[[], int | None]) -> list[tuple[int, Result]]:
    """Return (index, result) of each item `take` gives the index of, until it gives None, in whichever process."""
    made = []
    while (index := take()) is not None:
        made.append((index, function(items[index])))
    return made
