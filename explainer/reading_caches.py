"""One memory mechanism with a name: the checks' caches of what they read are emptied once the site is loaded.

Several hundred checks keep what they read in each sentence and passage (`functools.lru_cache`,
each bounded by a count of entries), so that the dozens of checks asking about one sentence read
it once. They serve `load` alone: rendering reads no sentence. Kept, they held some 680,000
objects at 1,000 sources (more than half of what the build's process held), under the pages the
render then made, and were copied into each worker it forked: at 4,000 sources the largest
process's peak resident memory was 452 MiB with them, 393 MiB without. A cache bounded by no
count is one of settings (a locale's patterns, our code's digest), made once per process: kept.
"""

from __future__ import annotations

import sys

PACKAGE = __name__.rpartition(".")[0]


def forget_readings() -> int:
    """Empty every bounded cache of our modules' functions; return how many held something."""
    emptied = 0
    for name, module in list(sys.modules.items()):
        if module is None or not (name == PACKAGE or name.startswith(PACKAGE + ".")):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is None or not callable(info) or not hasattr(value, "cache_clear"):
                continue
            held = info()
            if held.maxsize is not None and held.currsize:
                value.cache_clear()
                emptied += 1
    return emptied
