"""One memory mechanism with a name: a large site's checks' caches of what they read are emptied once it is loaded.

Several hundred checks keep what they read in each sentence and passage (`functools.lru_cache`,
each bounded by a count of entries), so that the dozens of checks asking about one sentence read
it once. They serve `load` alone: rendering reads no sentence. Kept, they held some 680,000
objects at 1,000 sources (more than half of what the build's process held), under the pages the
render then made, and were copied into each worker it forked: at 4,000 sources the largest
process's peak resident memory was 452 MiB with them, 393 MiB without.

Only the caches of many entries are of sentences, passages and the words read in them; a small
one holds settings (a locale's parsed files, its patterns) and is kept. And only a large site's
are emptied: a small site's next build in the same process (the preview server's, the tests')
reads the same sentences and words again, and a verb's pattern costs milliseconds to make; the
real microsite's check leaves 8,329 entries in them, a 1,000-source one some 240,000.
"""

from __future__ import annotations

import sys

PACKAGE = __name__.rpartition(".")[0]
MIN_ENTRIES = 1 << 10  # a cache bounded at this many entries or more is one of texts read; a smaller one, of settings
LARGE_SITE = 1000  # sources: a site of fewer keeps its caches for the next build in the same process


def forget_readings(sources: int) -> int:
    """Empty our modules' caches of texts read where the site loaded has LARGE_SITE sources or more; return how many
    were emptied."""
    if sources < LARGE_SITE:
        return 0
    caches = [cache for cache in _our_caches() if (cache.cache_info().maxsize or 0) >= MIN_ENTRIES]
    for cache in caches:
        cache.cache_clear()
    return len(caches)


def _our_caches() -> list:
    """Return the functions of our modules that keep a cache (functools.lru_cache's)."""
    found = {}
    for name, module in list(sys.modules.items()):
        if module is None or not (name == PACKAGE or name.startswith(PACKAGE + ".")):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and callable(getattr(value, "cache_clear", None)):
                found[id(value)] = value  # one function imported into several modules
    return list(found.values())
