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
not ended in time is named in one line, and nothing is built. A file whose first byte answers but a later block does
not still holds the build.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path
from typing import Callable, TypeVar

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
            raise OutputError(f"{shown}: does not answer as it is read{more} (a network share or mount that is gone, "
                              "or a file system whose process is stopped?), and the build would wait on it for good; "
                              "nothing was built (mount it again, or move it out of the project, then build again)")
        what = "remove the link" if first == root / KEPT_FOLDER else "move it out of the project"
        raise OutputError(f"{shown}/: does not answer{more} (a network share "
                          f"or mount that is gone?), and the build would wait on it for good; nothing was built (mount "
                          f"it again, or {what}, then build again)")


def _looked_at(path: str, expected: tuple[int, int] | None, files: set[str]) -> list:
    """List the folder at `path` (its folders and files, see _folders_in), or look at the file or link there, adding
    it to `files`."""
    if expected in (_FILE, _LINK):
        files.add(path)
        _look_at_file(path, expected == _LINK)
        return []
    return _folders_in(path, expected)


def _folders_in(path: str, expected: tuple[int, int] | None) -> list:
    """Return the folders in the folder at `path` that a build lists, never entering a link below the top, and its
    files and links as (path, _FILE) and (path, _LINK), to be looked at; a folder listed alone (.cache) gives
    nothing."""
    descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC | (0 if expected else os.O_NOFOLLOW))
    try:
        with os.scandir(descriptor) as entries:
            found: list = []
            for entry in entries:  # listed whole, .cache too: the listing is what a hung folder never ends
                if expected == _ALONE or left_out(entry.name):
                    continue
                inner = os.path.join(path, entry.name)
                if entry.is_dir(follow_symlinks=False):
                    found.append(inner)
                elif entry.is_file(follow_symlinks=False):
                    found.append((inner, _FILE))
                elif entry.is_symlink():
                    found.append((inner, _LINK))
            return found
    finally:
        os.close(descriptor)


def _look_at_file(path: str, link: bool) -> None:
    """Read the first byte of the regular file at `path`, or stat where the `link` there leads: what a file on a mount
    that no longer answers never ends. Nothing else is opened (a pipe, a device), and a failure is the build's to say."""
    try:
        if link:
            os.stat(path)
            return
        descriptor = os.open(path, _LOOK_FLAGS)
    except OSError:
        return
    try:
        if stat.S_ISREG(os.fstat(descriptor).st_mode):
            os.pread(descriptor, 1, 0)
    except OSError:
        pass
    finally:
        os.close(descriptor)


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
