"""The preview watcher's looks at the disk (its listing of the project's folders, its stat of changed files), made in
a thread of their own and waited for a bounded time, so that one folder that does not answer costs the watch that
folder alone.

A folder of the project on a mount that no longer answers (a network share gone away, a FUSE process stopped) is
listed forever: the watcher listed every folder in its own thread as a round of watching began, so one hung folder
inside seeds/ stopped every later save from being seen, for good. Now the folders are listed one at a time in a
thread of the walk's own; one whose listing has not ended within LIST_WAIT_S is left to that thread and skipped (the
caller names it once), the rest listed in a fresh thread and watched. While its listing is still held, the folder is
passed over at once, without a thread of its own: at most one thread waits on each hung folder. Once the listing
ends, `answered_again` says so, and the watcher begins a new round, which lists and watches it again.

`HeldLooks` does the same for single looks (the stat of the files a save changed): one not answered in time gives
the caller's fallback, and the same look is not made again until the held one ends.
"""

from __future__ import annotations

import os
import threading
from time import monotonic
from queue import SimpleQueue
from typing import Callable, TypeVar

LIST_WAIT_S = 2.0  # how long a folder's listing, or a look at a changed file, may take before it is taken as hung

Folder = tuple[str, "tuple[int, int] | None"]  # a folder's path, and the device and inode it is expected to have
T = TypeVar("T")


class _Walker:
    """Lists folders from `pending` one at a time, in a daemon thread of its own, adding the folders each holds,
    until none is left or the walk leaves it holding one (`left`)."""

    def __init__(self, pending: list[Folder], skipped: set[str],
                 list_one: Callable[[str, "tuple[int, int] | None"], list[str]], quiet: bool = False):
        self.pending, self.skipped, self.list_one = pending, skipped, list_one
        self.quiet = quiet  # the waiting thread is woken at the end only, not at each step (it looks at `steps`)
        self.found: list[str] = []
        self.current: str | None = None  # the folder being listed
        self.steps = 0  # folders listed so far
        self.left = False  # the walk went on without this thread, held by `current`
        self.ended = threading.Event()  # the thread has returned (for a left one: its held listing answered)
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._run, name="watch-listing", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            while True:
                with self.changed:
                    if self.left or not self.pending:
                        return
                    path, expected = self.pending.pop()
                    self.current = path
                if path in self.skipped:  # still held by an earlier walk's thread: passed over, no thread for it
                    inner = None
                else:
                    try:
                        inner = self.list_one(path, expected)
                    except OSError:  # gone, unreadable, a link now, a path too long to name: watched as it stands
                        inner = []
                with self.changed:
                    if self.left:  # answered after the walk went on without it: watched from the next round
                        return
                    if inner is not None:
                        self.found.append(path)
                        self.pending += sorted(map(_as_folder, inner), reverse=True)
                    self.steps += 1
                    if not self.quiet:
                        self.changed.notify_all()
        except Exception:  # a listing that fails in another way lists nothing more; the walk ends with what it has
            with self.changed:
                self.pending.clear()
        finally:
            with self.changed:
                self.ended.set()
                self.changed.notify_all()


def _as_folder(found: "str | Folder") -> Folder:
    """Return what a listing found as a pending item: a path alone is a folder expected to be nothing in particular;
    a (path, expected) pair, which a caller's listing may give to mark what it found (hung_inputs' files), as it is."""
    return (found, None) if isinstance(found, str) else found


class FolderListings:
    """Lists the watched folders for each round of watching, each hung one skipped until it answers again."""

    def __init__(self, wait: float = LIST_WAIT_S, quiet: bool = False):
        self.wait = wait
        # Quiet: the walk's thread does not wake the caller at each step, which looks at its progress every quarter
        # of `wait` (a step held is then found within 1.25 times `wait`): a walk looking at each of 8,000 files took
        # 0.35 s, a thread switch a file, and takes 0.05 s so.
        self.quiet = quiet
        self.held: dict[str, _Walker] = {}  # each folder whose listing has not ended, and the thread left on it

    def walk(self, pending: list[Folder], list_one: Callable[[str, "tuple[int, int] | None"], list[str]],
             held: Callable[[str], None] = lambda path: None) -> list[str]:
        """Return the folders of `pending` and those within them that answered, listed by `list_one` (last first);
        call `held` once with each folder newly found hung."""
        for path in [path for path, walker in self.held.items() if walker.ended.is_set()]:
            del self.held[path]  # answered since: listed anew
        found: list[str] = []
        pending = list(pending)
        while pending:
            walker = _Walker(pending, set(self.held), list_one, self.quiet)
            pending = (self._follow_quietly if self.quiet else self._follow)(walker, found)
            if walker.left:
                self.held[walker.current] = walker
                held(walker.current)
        return found

    def _follow(self, walker: _Walker, found: list[str]) -> list[Folder]:
        """Wait on `walker` while it lists a folder at least every `wait` seconds; add what it found to `found` and
        return what it has still to list if it stopped answering (it is then left), else nothing."""
        with walker.changed:
            while not walker.ended.is_set():
                steps = walker.steps
                if not walker.changed.wait_for(lambda: walker.steps != steps or walker.ended.is_set(), self.wait):
                    walker.left = True
                    found += walker.found
                    return list(walker.pending)
            found += walker.found
            return []

    def _follow_quietly(self, walker: _Walker, found: list[str]) -> list[Folder]:
        """_follow for a walk whose thread wakes the caller at its end only: its steps are looked at every quarter of
        `wait`, and it is left once none was made for `wait`."""
        with walker.changed:
            steps, seen = walker.steps, monotonic()
            while not walker.ended.is_set():
                walker.changed.wait(self.wait / 4)
                if walker.steps != steps:
                    steps, seen = walker.steps, monotonic()
                elif not walker.ended.is_set() and monotonic() - seen >= self.wait:
                    walker.left = True
                    found += walker.found
                    return list(walker.pending)
            found += walker.found
            return []

    def answered_again(self) -> list[str]:
        """Return, and forget, the folders held at the last walk whose listing has ended since: a round begun now
        lists and watches them again."""
        answered = [path for path, walker in self.held.items() if walker.ended.is_set()]
        for path in answered:
            del self.held[path]
        return answered


class _Look:
    """One look, made by a _Looker's thread."""

    def __init__(self, call: Callable[[], object]):
        self.call, self.result, self.failed = call, None, False
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self.result = self.call()
        except Exception:  # a look that fails gives the fallback, as one that does not answer
            self.failed = True
        finally:
            self.done.set()


def _make_looks(queue: SimpleQueue) -> None:
    """Make the looks put in `queue` one after another, until given None (put after a look that was held)."""
    while (look := queue.get()) is not None:
        look.run()


class HeldLooks:
    """Looks made by a daemon thread and waited for `wait` seconds at most; a look still held gives way to its
    fallback, and is not made again until it ends. The thread is kept from look to look (the watcher looks at the
    watched folders every WAKE_MS), and left to a held look, a fresh one making the next."""

    def __init__(self, wait: float = LIST_WAIT_S):
        self.wait = wait
        self.held: dict[str, _Look] = {}
        self.queue: SimpleQueue | None = None

    def answer(self, key: str, call: Callable[[], T], fallback: T) -> T:
        """Return call() if it answers within `wait`, else `fallback` (also while the last look of `key` is held)."""
        if key in self.held:
            if not self.held[key].done.is_set():
                return fallback
            del self.held[key]
        if self.queue is None:
            self.queue = SimpleQueue()
            threading.Thread(target=_make_looks, args=(self.queue,), name="watch-look", daemon=True).start()
        look = _Look(call)
        self.queue.put(look)
        if not look.done.wait(self.wait):
            self.held[key] = look
            self.queue.put(None)  # the thread ends once the held look does
            self.queue = None
            return fallback
        return fallback if look.failed else look.result  # type: ignore[return-value]


def stat_or_none(path: str, follow: bool = True) -> os.stat_result | None:
    """Return the stat of `path`, or None if there is nothing there to look at."""
    try:
        return os.stat(path) if follow else os.lstat(path)
    except OSError:
        return None
