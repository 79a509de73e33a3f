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
"""

from __future__ import annotations

import os
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


def check_inputs_answer(root: Path, listings: FolderListings | None = None) -> None:
    """Raise OutputError naming the first folder among the project's inputs whose listing does not answer."""
    held: list[str] = []
    pending = [(os.fspath(root / KEPT_FOLDER), _ALONE)] + [(os.fspath(root / name), _TOP)
                                                           for name in reversed(INPUT_FOLDERS)]
    (listings or FolderListings(ANSWER_WAIT_S)).walk(pending, _folders_in, held.append)
    if held:
        more = f" (and {len(held) - 1} more)" if len(held) > 1 else ""
        what = "remove the link" if Path(held[0]) == root / KEPT_FOLDER else "move it out of the project"
        raise OutputError(f"{printable(display_path(Path(held[0]), root))}/: does not answer{more} (a network share "
                          f"or mount that is gone?), and the build would wait on it for good; nothing was built (mount "
                          f"it again, or {what}, then build again)")


def _folders_in(path: str, expected: tuple[int, int] | None) -> list[str]:
    """Return the folders in the folder at `path` that a build lists, never entering a link below the top."""
    descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC | (0 if expected else os.O_NOFOLLOW))
    try:
        with os.scandir(descriptor) as entries:
            return [os.path.join(path, entry.name) for entry in entries
                    if not left_out(entry.name) and entry.is_dir(follow_symlinks=False) and expected != _ALONE]
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
