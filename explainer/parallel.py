"""One speed mechanism with a name: a large build's independent items spread over the machine's cores.

`map_items(function, items)` is `[function(item) for item in items]`, in order. When there are
enough items and more than one core (or when EXPLAINER_WORKERS asks for workers), the items are cut
into contiguous shares, and forked worker processes (`concurrent.futures`) take them from the first
on while this process takes them from the last (`share_out`): a build of N processes forks N - 1,
and the one that has the items in its memory already works on them too. Under fork a worker
inherits the function and the items as they are in memory (nothing is pickled on the way in), and
only results come back, pickled. A small build, one core, or `EXPLAINER_WORKERS=1` maps in this
process: the same function, the same results, byte for byte.

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

Item = TypeVar("Item")
Result = TypeVar("Result")

WORKERS_ENV = environment.WORKERS  # how many processes a build may use; 1 keeps it in this one
MIN_ITEMS_PER_WORKER = 40  # below this a worker's start-up and result pickling cost more than they save
SHARES_PER_WORKER = 4  # items differ in cost (a briefing page against a source page): smaller shares balance

PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent ends

_work: tuple[Callable, Sequence] | None = None  # in a worker process only: what its shares are taken from


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

    size = -(-len(items) // (processes * SHARES_PER_WORKER))
    shares = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    others = set(multiprocessing.active_children())
    pool = futures = None
    try:  # the workers fork at the first share handed out, before this process changes anything
        pool = ProcessPoolExecutor(processes - 1, multiprocessing.get_context("fork"), initializer=_receive,
                                   initargs=(os.getpid(), function, items))
        futures = [pool.submit(_run_share, share) for share in shares]
    except OSError:  # no file or process left to start them with (a low `ulimit -n`, a full process table)
        if pool is not None:
            _stop(pool, others)
    if futures is None:  # here, where the error and the pipes its half-made pool holds are freed
        return [function(item) for item in items]
    try:
        done = share_out(futures, lambda index: share_results(function, items, shares[index]))
    except BrokenProcessPool:  # a worker was killed (out of memory, a signal): do the work here instead
        _stop(pool, others)
        return [function(item) for item in items]
    except BaseException:  # a content error, Ctrl-C, a stop: nothing more to wait for
        _stop(pool, others)
        raise
    pool.shutdown()
    return [result for share in done for result in share]


def share_out(futures: list, here: Callable[[int], list]) -> list[list]:
    """Return each share's results: this process makes `here(index)` of each share no worker has taken yet, from the
    last on, while the workers take them from the first (a worker's is a future no longer pending, which cannot be
    cancelled); the first is always theirs, so that a worker forked for the stage never idles through it."""
    made: dict[int, list] = {}
    for index in range(len(futures) - 1, 0, -1):
        if not futures[index].cancel():
            break  # the workers take the shares in order: every one before it is theirs too
        made[index] = here(index)
    return [made[index] if index in made else future.result() for index, future in enumerate(futures)]


def _stop(pool, others: set) -> None:
    """Stop the pool's workers now, whatever they are doing (an endless template would never end its share)."""
    import multiprocessing

    with _cancelled_shares_left_unbroken():  # from the kill to the end of the pool's thread, which sees them gone
        for worker in set(multiprocessing.active_children()) - others:
            worker.kill()
        pool.shutdown(cancel_futures=True)  # waits for that thread


@contextlib.contextmanager
def _cancelled_shares_left_unbroken():
    """Keep quiet the pool thread's error at a share this process cancelled to make itself (share_out): Python 3.11's
    executor, finding its workers gone, sets an exception on every share still queued, a cancelled one too, which
    raises InvalidStateError in its thread (printed after Ctrl-C as "Exception in thread", above "stopped")."""
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


def _receive(parent: int, function: Callable, items: Sequence) -> None:
    """Keep, in a new worker, what its shares are taken from (inherited through fork, not pickled).

    A worker dies with the build that started it (were the build killed, an endless template
    would otherwise spin on), and leaves Ctrl-C to the build, which stops it.
    """
    global _work
    _work = (function, items)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform == "linux":
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the build was gone before the line above took effect
        os._exit(1)


def _run_share(share: tuple[int, int]) -> list:
    """Return the results of one share of the items, in a worker."""
    function, items = _work
    return share_results(function, items, share)


def share_results(function: Callable, items: Sequence, share: tuple[int, int]) -> list:
    """Return the results of one share (start, stop) of the items, in whichever process takes it."""
    start, stop = share
    return [function(items[index]) for index in range(start, stop)]
