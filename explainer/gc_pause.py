"""One speed mechanism with a name: no cyclic garbage collection while a build runs.

A build makes millions of long-lived objects and almost no cyclic garbage, so the
collector's passes over them free nothing; at 4,000 sources they were 40% of the CPU time,
with the same peak memory without them (benchmarks/results.md).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator  # not typing: build.py imports this module before pausing the collector
from contextlib import contextmanager


@contextmanager
def no_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, restoring its previous state after; what the block made
    is then counted as old, as a collection of it would find it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            settle_as_old()
            gc.enable()


def settle_as_old() -> None:
    """Move every object the collector tracks into its oldest generation, without a collection.

    Everything made while it was paused is in the youngest generation, and enabling it starts a collection of the
    youngest at the next allocation: a pass over all a build made, freeing next to nothing (9 to 20 ms of CPU at the
    end of the real microsite's build, for a process about to end). Moved to the oldest, they wait for the
    collector's rare full passes, as long-lived objects do. Objects someone else froze stay frozen: then nothing is
    moved.
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()  # every generation into the permanent one, the youngest's count reset
        gc.unfreeze()  # ... and back, into the oldest
