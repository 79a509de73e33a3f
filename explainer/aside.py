"""One speed mechanism with a name: the render workers write the pages they make into a folder beside the site.

A large build renders its pages in worker processes (explainer/parallel.py). Sent back through
pipes, 63 MiB of them at 4,000 sources were pickled, copied and unpickled, then written one by
one by the build alone while the other core idled. Instead each worker writes its pages, as it
makes them, into a folder of its own inside one beside the output folder (on the same disk), and sends back only their
sizes, digests and inodes; the writer then moves each into the staged site with one rename
(write.Kept's `aside`). What the writer promises stands: it moves a file only if it is still the
very file the worker wrote, and otherwise makes it again. The build's own process writes the pages it makes
there too: held as bytes until the writer wrote them, they raised a 4,000-source build's peak memory by 56 MiB.

The folder is locked (flock) while the build and its workers use it: another build clearing
what killed builds left beside the site (write._clear_leftovers) passes it over while it is
locked, and removes it once the build that made it is gone.
"""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .sitelock import stops_deferred
from .write import OutputError, _remove_tree, _write_new, check_output_folder

ASIDE = "aside"  # the kind of leftover, in the folder's name: .<site>.aside-<pid>


@contextmanager
def pages_aside(out: Path) -> Iterator[Path | None]:
    """Yield a new locked folder beside `out` for the build and its workers to write pages into, removed after the
    block; None where there is none to be had (no folder holding `out` yet, a site the writer will refuse, a
    read-only disk): the pages then come back as bytes."""
    folder = None
    try:
        # Made and removed with stops held: a Ctrl-C or SIGTERM between making the folder and the block, or during
        # its removal, left it beside the site (tests/test_attack_48.py failed so once in a CI run).
        with stops_deferred():
            folder = _made_and_locked(out)
        yield None if folder is None else folder[0]
    finally:
        if folder is not None:
            with stops_deferred():
                _remove_tree(folder[0], ignore_errors=True)
                os.close(folder[1])  # the lock last: no other build clears the folder while it is still being removed


def _made_and_locked(out: Path) -> tuple[Path, int] | None:
    """Make the folder and take its lock; None where it cannot be made."""
    try:
        check_output_folder(out)  # a folder the writer refuses gets nothing beside it
    except OutputError:
        return None
    path = out.absolute().parent / f".{out.name}.{ASIDE}-{os.getpid()}"
    try:
        os.mkdir(path, 0o700)
    except OSError:  # no folder to hold it, a read-only disk, or a folder of that name a killed build left
        return None
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    fcntl.flock(fd, fcntl.LOCK_EX)  # inherited by the workers, forked after: held until every one has ended
    if not os.path.samestat(os.fstat(fd), os.lstat(path)):  # cleared by a build holding the site's lock meanwhile
        os.close(fd)
        return None
    return path, fd


def write_aside(folder: Path, relative: str, data: bytes) -> tuple[str, int]:
    """Write `data` at site path `relative` inside this process's own folder in `folder` (made above); return the
    file's path and inode.

    Each worker has a folder of its own: two processes making files in one folder (the 4,000 source pages share
    sources/) contend for it in the system, which cost twice the CPU (4.4 against 1.8 CPU-s to make 4,400 files
    in two processes, on this project's ext4 machine); moving them into the staged site is one process's work."""
    path = os.path.join(folder, str(os.getpid()), relative)
    try:
        return path, _write_new(path, data)
    except FileNotFoundError:  # the first page of its folder (asking first cost a call to the system per page)
        os.makedirs(os.path.dirname(path), 0o700, exist_ok=True)
        return path, _write_new(path, data)

