"""Whether every folder a build reads answers: each listed, before the build reads a file, in a thread of its own and
waited for a bounded time, so that a folder on a mount that no longer answers stops the build in one line.

A folder of the project on a network share gone away (or a FUSE process stopped) is listed forever: `build.py build`
and `check` listed it in their own thread and waited there for good, printing nothing (the preview replaces its build
process after 10 s, round 58; a build run by hand or by CI just hung). The input folders are now listed first, a
folder at a time, by watch_listing's walk (a link never entered, leftovers such as `content/.git` passed over); one
whose listing has not ended within ANSWER_WAIT_S is named, and the build stops before it reads or writes anything,
the last good site/ left as it was. The thread left on the hung folder is a daemon's: the process ends all the same.
`.cache` is listed too, not walked (it may lead to a faster disk, or a folder holding the project); the look at where
a `.cache` link leads (cache_links.py) is made the same way, through `answered_within`.

A folder whose listing answers may still hold a file that does not (a file on a mount of its own, a FUSE file system
that lists from its cache but whose process is stopped, a link into a share gone away): the build opened it in its own
thread and waited there for good. So the walk looks at each file it finds as well, one at a time and each waited for
ANSWER_WAIT_S: a regular file is opened (never through a link, never waiting for a writer) and its first byte read, a
link's target is stat'ed; a named pipe, device or socket is not opened at all (the build names it). One whose look has
not ended in time is named in one line, and nothing is built.

A file whose first byte answers may still hold a later block (a FUSE file system serving its first page from its cache,
a share that dies mid-file): the look now reads each regular file through, a block of READ_BLOCK at a step, each step
waited for ANSWER_WAIT_S (a slow share's large file is never taken as hung for its size), up to LOOKED_AT_MOST, past
which the build refuses a file by its size before reading it. The same is done for the files `.cache` keeps in its
folders (the packs, the views), which the build reads too: a kept pack on a cache disk whose reads hang is named as
any input is. What is read is not kept: the memory is a block's, and the build reads the file again, from the
system's page cache. A file stating a size of 0, or less than it holds (as a FUSE file system may), is read on while
its blocks come full.
Still open: a mount that dies between the look and the build's own read.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path
from typing import Callable, TypeVar

from .cache_links import CACHE_FILE, CACHE_FOLDERS
from .problems import display_path, printable
from .safefs import left_out
from .watch_listing import FolderListings
from .write import OutputError

INPUT_FOLDERS = ("content", "seeds", "templates", "static", "locales")  # what a build lists and reads
KEPT_FOLDER = ".cache"  # listed, not walked: linked to a folder holding the project, it holds all of that
ANSWER_WAIT_S = 5.0  # a listing longer than this is taken as hung: under the preview's 10 s, above a slow share's
T = TypeVar("T")
_TOP = (0, 0)  # a top folder: followed if it is a link (the build checks where it leads), never checked by identity
_ALONE = (1, 1)  # a top folder listed alone, its folders not walked
_FILE = (2, 2)  # a regular file found in a folder: looked at, not listed
_LINK = (3, 3)  # a link found in a folder: where it leads looked at, never listed
_KEPT = (4, 4)  # a folder of .cache's own (CACHE_FOLDERS): its files read through, its folders not walked
_LATER_BLOCK = 5  # (_LATER_BLOCK, offset): the rest of a regular file, read from offset on
READ_BLOCK = 1024 * 1024  # read at one step of the walk: a step waited for ANSWER_WAIT_S is a block's, not a file's
LOOKED_AT_MOST = 32 * 1024 * 1024 + READ_BLOCK  # past the largest input a build reads (a seed, a static file)
_LOOK_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC  # never a link, never waiting for a writer


def check_inputs_answer(root: Path, listings: FolderListings | None = None) -> None:
    """Raise OutputError naming the first folder among the project's inputs whose listing does not answer."""
    held: list[str] = []
    pending = [(os.fspath(root / KEPT_FOLDER), _ALONE)] + [(os.fspath(root / name), _TOP)
                                                           for name in reversed(INPUT_FOLDERS)]
    files: set[str] = set()  # the files and links looked at: a held path is named as a file, else as a folder
    (listings or FolderListings(ANSWER_WAIT_S, quiet=True)).walk(pending, lambda path, expected: _looked_at(path, expected, files),
                                                    held.append)
    if held:
        more = f" (and {len(held) - 1} more)" if len(held) > 1 else ""
        first = Path(held[0])
        shown = printable(display_path(first, root))
        if held[0] in files:
            what = "remove .cache" if first.is_relative_to(root / KEPT_FOLDER) else "move it out of the project"
            raise OutputError(f"{shown}: does not answer as it is read{more} (a network share or mount that is gone, "
                              "or a file system whose process is stopped?), and the build would wait on it for good; "
                              f"nothing was built (mount it again, or {what}, then build again)")
        what = "remove the link" if first == root / KEPT_FOLDER else "move it out of the project"
        raise OutputError(f"{shown}/: does not answer{more} (a network share "
                          f"or mount that is gone?), and the build would wait on it for good; nothing was built (mount "
                          f"it again, or {what}, then build again)")


def _looked_at(path: str, expected: tuple[int, int] | None, files: set[str]) -> list:
    """List the folder at `path` (its folders and files, see _folders_in), or look at the file or link there, adding
    it to `files`; a file not read through at this step gives the step reading on."""
    if expected in (_FILE, _LINK):
        files.add(path)
        return _look_at_file(path, expected == _LINK)
    if expected is not None and expected[0] == _LATER_BLOCK:
        return _read_on(path, expected[1])
    return _folders_in(path, expected)


def _folders_in(path: str, expected: tuple[int, int] | None) -> list:
    """Return the folders in the folder at `path` that a build lists, never entering a link below the top, and its
    files and links as (path, _FILE) and (path, _LINK), to be looked at; a folder listed alone (.cache) gives
    nothing."""
    descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC | (0 if expected in (_TOP, _ALONE) else os.O_NOFOLLOW))
    try:
        with os.scandir(descriptor) as entries:
            found: list = []
            for entry in entries:  # listed whole, .cache too: the listing is what a hung folder never ends
                inner = os.path.join(path, entry.name)
                if expected in (_ALONE, _KEPT):
                    found += _kept_by_the_cache(entry, inner, expected)
                    continue
                if left_out(entry.name):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    found.append(inner)
                elif entry.is_file(follow_symlinks=False):
                    found.append((inner, _FILE))
                elif entry.is_symlink():
                    found.append((inner, _LINK))
            return found
    finally:
        os.close(descriptor)


def _kept_by_the_cache(entry: os.DirEntry, path: str, expected: tuple[int, int]) -> list:
    """Return what of .cache's (`_ALONE`) or of one of its folders' (`_KEPT`) `entry` the build reads: a folder of the
    cache's own names (never a link: one could lead to a folder holding the project), or a file named as it keeps
    them (a `.cache` link to a folder holding the project reads none of the project's through it)."""
    if expected == _ALONE:
        return [(path, _KEPT)] if entry.name in CACHE_FOLDERS and entry.is_dir(follow_symlinks=False) else []
    return [(path, _FILE)] if CACHE_FILE.fullmatch(entry.name) and entry.is_file(follow_symlinks=False) else []


def _look_at_file(path: str, link: bool) -> list:
    """Read the first block of the regular file at `path`, or stat where the `link` there leads: what a file on a mount
    that no longer answers never ends. Nothing else is opened (a pipe, a device), and a failure is the build's to say.
    Return the step reading on, for a file longer than a block."""
    if link:
        try:
            os.stat(path)
        except OSError:
            pass
        return []
    return _read_on(path, 0)


def _read_on(path: str, offset: int) -> list:
    """Read a block of the regular file at `path` from `offset`; return the step reading the next block, if the file
    goes on and the look has not read LOOKED_AT_MOST of it."""
    try:
        descriptor = os.open(path, _LOOK_FLAGS)
    except OSError:
        return []
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            return []
        further = offset + len(os.pread(descriptor, READ_BLOCK, offset))
    except OSError:
        return []
    finally:
        os.close(descriptor)
    # A stated size is no size: a FUSE file system or a share may state 0, or less than the file holds, and the build
    # reads on to the file's end, so stopping at it let a later block that hangs hold the build (rounds 67, 68). Full
    # blocks go on: one more read, of nothing, for a file of whole blocks.
    return [(path, (_LATER_BLOCK, further))] if further - offset == READ_BLOCK and further < LOOKED_AT_MOST else []


def answered_within(call: Callable[[], T], shown: str, wait: float | None = None) -> T:
    """Return call(), made in a daemon thread, or raise OutputError naming `shown` if it has not answered within
    `wait` (ANSWER_WAIT_S); an exception it raises is raised here."""
    outcome: list = []
    done = threading.Event()

    def made() -> None:
        try:
            outcome.append((True, call()))
        except BaseException as error:  # raised in the caller's thread, as if made there
            outcome.append((False, error))
        finally:
            done.set()

    threading.Thread(target=made, name="look", daemon=True).start()
    if not done.wait(ANSWER_WAIT_S if wait is None else wait):
        raise OutputError(f"{shown}: does not answer (a network share or mount that is gone?), and the build would "
                          "wait on it for good; nothing was built (mount it again, or remove the link, then build "
                          "again)")
    answered, value = outcome[0]
    if not answered:
        raise value
    return value
