"""The files a blocked build held open, looked at again before the next build, which is refused at once while one
still does not answer.

A preview build process blocked in the kernel for 10 s is killed and replaced (build_worker.py, blocked_builds.py);
but the fresh process read the same file at the next save (a named pipe put where a seed was as the build read it, a
file on a network mount that does not answer) and blocked again: each save waited 10 s to be told the same. Now the
files the blocked build held open (read from /proc/PID/fd, never from the files) are kept, and before each build each
is looked at in a thread of its own: its kind (a named pipe or a socket is no file a build can finish reading) and,
for a file, one byte of it. One not answered within PROBE_WAIT_S (a hung mount), or whose look from the last save
has not ended yet, refuses the build at once, naming it; one that answers as a file or a folder, or is gone, is
forgotten, and builds go on as before. So is one the save changed: the project's path to it (a file of the project,
or a link there leading to it, found by reading the project's links, never the file) named among the save's changes,
or a folder above that path: the build may no longer read it (a seed linked to a hung mount, the link removed). No
look is ever made in the server's own threads, as a look at a hung mount may never end: at most one thread waits on
each file kept, and MAX_KEPT files are kept. Nor is the project walked for its links there: a folder of it on a hung
mount (or one listed forever) held the server's thread in the walk for good. The walk runs in a thread of its own,
one at a time, waited for PROBE_WAIT_S at most; the paths it finds later are taken at the next build.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path
from typing import Callable

PROBE_WAIT_S = 2.0  # how long a look at a kept file may take before the file is taken as still not answering
MAX_KEPT = 8  # files a blocked build held open that are kept and looked at, the ones it opened last
WATCHED = ("content", "seeds", "templates", "static", "locales")  # the folders a build reads, as serve.py watches
MAX_WALKED = 50_000  # entries of the project's folders looked through for links leading to a kept file
_NOT_READABLE = ((stat.S_ISFIFO, "is still a named pipe"), (stat.S_ISSOCK, "is still a socket"))


def looked_at(path: str) -> str:
    """Return why the file at `path` would block a build again ("is still a named pipe"), or "" if it answers (a
    file whose first byte can be read, a folder, nothing there). May block, on a hung mount: run in a thread."""
    try:
        mode = os.stat(path).st_mode
        for is_kind, why in _NOT_READABLE:
            if is_kind(mode):
                return why
        if stat.S_ISREG(mode):
            handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
            try:
                os.pread(handle, 1, 0)
            finally:
                os.close(handle)
    except OSError:  # gone, unreadable: the build names that itself, without blocking
        return ""
    return ""


def project_paths(root: Path, paths: list[str]) -> dict[str, set[str]]:
    """Return, for each of `paths` (absolute, as /proc names them), the project's paths leading to it, relative to
    `root`: itself if inside the project, and each link of the read folders whose target holds it (`seeds/x.txt`, a
    link to /mnt/share/x.txt). Links are read (readlink), never followed: their targets may not answer."""
    top = os.path.abspath(root)
    found = paths_inside(root, paths)
    walked = 0
    for folder in WATCHED:
        if os.path.islink(os.path.join(top, folder)):
            _note_link(found, os.path.join(top, folder), folder)
            continue
        for link in _links_under(os.path.join(top, folder), MAX_WALKED - walked):
            if link is None:  # one more entry looked at
                walked += 1
            else:
                _note_link(found, link, os.path.relpath(link, top))
        if walked >= MAX_WALKED:
            return found
    return found


def paths_inside(root: Path, paths: list[str]) -> dict[str, set[str]]:
    """Return, for each of `paths`, its path relative to `root` if it is inside the project: read from the names
    alone, nothing looked at."""
    top = os.path.abspath(root)
    return {path: {os.path.relpath(path, top)} if path.startswith(top + os.sep) else set() for path in paths}


def _links_under(folder: str, budget: int):
    """Yield the path of each link under `folder`, links to folders listed, never entered, and None for each entry
    looked at, up to `budget` of them. A list of folders still to look through, not os.walk: up to Python 3.11 it calls
    itself once per level, and a seeds/ folder nested 1,100 deep (which builds) raised RecursionError out of the
    replacing of a blocked build process, which was then never replaced."""
    pending = [folder]
    while pending and budget > 0:
        try:
            with os.scandir(pending.pop()) as entries:
                for entry in entries:
                    budget -= 1
                    yield None
                    if entry.is_symlink():
                        yield entry.path
                    elif entry.is_dir(follow_symlinks=False):
                        pending.append(entry.path)
                    if budget <= 0:
                        return
        except OSError:  # gone, unreadable, or a path too long to name: passed over, as os.walk did
            continue


def _note_link(found: dict[str, set[str]], link: str, shown: str) -> None:
    """Add `shown` (the link's project path, with the rest of the kept path) to each kept path its target holds."""
    try:
        target = os.path.normpath(os.path.join(os.path.dirname(link), os.readlink(link)))
    except OSError:
        return
    for path, entries in found.items():
        if path == target or path.startswith(target.rstrip(os.sep) + os.sep):
            entries.add(shown + path[len(target):])


def changed_by(changes: list[str], entries: set[str]) -> bool:
    """Say whether a save's `changes` (paths relative to the project) name one of `entries` or a folder above one."""
    return any(entry == change or entry.startswith(change.rstrip("/") + "/") for change in changes for entry in entries)


class _Look:
    """One look at a kept file, in a daemon thread of its own."""

    def __init__(self, path: str, look: Callable[[str], str]):
        self.why: str | None = None  # None until the look has ended
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(path, look), name="hung-file-look", daemon=True)
        self.thread.start()

    def _run(self, path: str, look: Callable[[str], str]) -> None:
        try:
            self.why = look(path)
        except Exception:  # a look that fails says nothing of a block
            self.why = ""
        self.done.set()


class _Walk:
    """One walk of the project for the paths leading to kept files (project_paths), in a daemon thread of its own."""

    def __init__(self, root: Path, paths: list[str]):
        self.paths = paths
        self.found: dict[str, set[str]] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(root,), name="hung-file-walk", daemon=True)
        self.thread.start()

    def _run(self, root: Path) -> None:
        try:
            self.found = project_paths(root, self.paths)
        except Exception:  # a walk that fails finds no links: the kept files are still forgotten as they answer
            self.found = {}
        self.done.set()


class HungFiles:
    """The files the last blocked build held open, until each answers again."""

    def __init__(self, look: Callable[[str], str] = looked_at, wait: float = PROBE_WAIT_S):
        self.look, self.wait = look, wait
        self.kept: dict[str, _Look | None] = {}
        self.entries: dict[str, set[str]] = {}  # each kept file's paths in the project (project_paths)
        self.root: Path | None = None
        self.walk: _Walk | None = None  # the walk for links still going, or not yet taken
        self.walked: set[str] = set()  # the kept files walked for, or being walked for

    def keep(self, paths: list[str], root: Path) -> None:
        """Keep the files a build blocked in the kernel held open (blocked_builds.held_open: the last opened first),
        with the project's paths to them: at once those inside it, the links leading to them once the walk ends."""
        self.root = root
        for path, entries in paths_inside(root, paths[:MAX_KEPT]).items():
            self.kept.setdefault(path, None)
            self.entries.setdefault(path, set()).update(entries)
        self._walk_if_idle(wait=True)

    def _walk_if_idle(self, wait: bool) -> None:
        """Take what an ended walk found, then walk for the kept files not walked for yet, unless a walk is still
        going (held by a hung folder: one thread at most waits on it); wait PROBE_WAIT_S at most if `wait`."""
        if self.walk is not None:
            if not self.walk.done.is_set():
                return
            for path, entries in self.walk.found.items():
                if path in self.kept:
                    self.entries.setdefault(path, set()).update(entries)
            self.walk = None
        unwalked = [path for path in self.kept if path not in self.walked]
        if unwalked and self.root is not None:
            self.walked.update(unwalked)
            self.walk = _Walk(self.root, unwalked)
            if wait and self.walk.done.wait(self.wait):
                self._walk_if_idle(wait=False)  # its paths taken at once

    def still_hung(self, changes: list[str] = ()) -> tuple[str, str] | None:
        """Return the first kept file that would block a build again and why ("does not answer"), or None once
        none does; the ones that answer, or that the save's `changes` name, are forgotten. Waits PROBE_WAIT_S at
        most, and only for new looks."""
        self._walk_if_idle(wait=False)
        for path in list(self.kept):
            if changed_by(list(changes), self.entries.get(path, set())):
                self._forget(path)
                continue
            look = self.kept[path]
            if look is None or look.done.is_set():  # a look from before that has ended: the file is looked at anew
                look = self.kept[path] = _Look(path, self.look)
                look.done.wait(self.wait)
            if not look.done.is_set():
                return path, "does not answer"
            if look.why:
                return path, look.why
            self._forget(path)
        return None

    def _forget(self, path: str) -> None:
        del self.kept[path]
        self.entries.pop(path, None)
        self.walked.discard(path)
