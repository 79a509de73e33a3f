"""The dev server: build, serve the site with live reload, rebuild on every change.

One background thread waits for changes (watchfiles, so inotify rather than polling) and has
a build process run the pipeline's `build`, the same call as `build.py build`; the tornado
IOLoop serves the output folder from disk and hands each build's outcome to the browsers.
While the build fails, every page request is answered with the error page.

Builds run in a separate, warm process, one at a time (explainer/build_worker.py), so that a
template that never ends can be stopped: the process is killed, a fresh one started, and the
error page says so. The server keeps nothing of the site in memory; every response is read from one
open file handle, so it is always one whole file of one build.

From livereload we use the websocket protocol, its browser client and its script injection.
Its own `Server.serve` loop is not used: it polls every 800 ms, watches the working folder
(and so the output) when given no watch list, drops a reload that comes within 3 s of the
previous one, and injects an inline script that the site's Content-Security-Policy blocks.
"""

from __future__ import annotations

import asyncio
import errno
import io
import ipaddress
import json
import logging
import os
import resource
import signal
import socket
import stat
import sys
import threading
import time
import webbrowser
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Callable
from urllib.parse import quote, unquote

import watchfiles
from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from livereload.server import HEAD_END, LiveScriptInjector
from tornado import netutil, web
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.websocket import WebSocketClosedError
from watchfiles._rust_notify import WatchfilesRustInternalError

from . import environment
from .build_worker import STOP_GRACE_S, BuildWorker, Outcome, time_limit
from .absolute_targets import is_absolute_form, taken_as_path
from .change_bell import ChangeBell, Stopping
from .error_page import render_error_page, render_not_found_page
from .expectations import Expectant
from .held_responses import HeldResponses
from .ignored_messages import IgnoredMessages
from .methods import MethodRefused, MethodsChecked
from .told_in_bursts import ToldInBursts
from .too_long_request import Lingering
from .unread_reloads import close_at_once, count_until_sent, is_backed_up
from .moves import briefing_folders, follow, moved_address
from .own_page_policy import OWN_PAGE_POLICY
from .preview_words import preview_labels
from .previews import previewing
from .problems import counted, cut_middle, display_path, printable
from .project import Project
from .safefs import FileRefused, left_out, refuse_link_out
from .served_types import sandbox_for, served_type
from .watch_listing import LIST_WAIT_S, FolderListings, HeldLooks, stat_or_none
from .write import MARKER

WATCHED = ("content", "seeds", "templates", "static", "locales")
PORT_TRIES = 20
WATCH_STEP_MS = 10  # how long the watcher waits for a save's events to settle
WAKE_MS = 50  # how often the watcher returns to Python while it polls
# After a change the watcher is polled (every WATCH_STEP_MS) until it has been quiet this long, then the preview sleeps
# on a ChangeBell: the bell's own events from the change just built wake it once more for as long, then it sleeps.
# The tests of a real server, which wait for that sleep, set less.
POLL_AFTER_CHANGE_ENV = environment.POLL_AFTER_CHANGE
POLL_AFTER_CHANGE_S = environment.number_from(POLL_AFTER_CHANGE_ENV, 2.0)
IDLE_WAKE_S = 60.0  # a sleeping preview's longest sleep, for what no bell hears (site/'s manifest removed alone)
# A failed build is shown only once the watched files have been quiet this long after it: a save written
# in pieces (an editor truncating then writing, a sync tool, a checkout of several files) was built
# half-written and flashed an error page, with every problem it caused, before the build that followed.
# So is a build after a save that left a file empty (see `emptied`).
FAILURE_SETTLE_S = 0.2
MAX_MESSAGE_BYTES = 64 * 1024  # livereload's client sends a few hundred bytes
FULL_RELOAD = {"command": "reload", "path": "*", "liveCSS": False, "liveImg": False}
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
NOT_IN_SITE = {errno.ENOENT, errno.ENOTDIR, errno.ELOOP, errno.EACCES, errno.ENAMETOOLONG}
MAX_SERVED_BYTES = 256 * 1024 * 1024  # a file is read whole into memory to serve it: far above any page we make
# One editor's browser opens a handful of connections; far more at once is a leak or an attack. Half
# the process's file limit leaves the other half for the build and the watcher. The tests set a
# lower cap, which they can reach faster than HEADER_TIMEOUT closes connections.
MAX_CONNECTIONS_ENV = environment.MAX_CONNECTIONS
MAX_CONNECTIONS = environment.number_from(MAX_CONNECTIONS_ENV,
                                          min(1024, resource.getrlimit(resource.RLIMIT_NOFILE)[0] // 2))
# Live-reload sockets may take at most half the cap, so pages always find room; past it the oldest socket that is
# no page's (never said `info`, as livereload's client does), or else the oldest, is closed: a local process
# opening only sockets held every place, and the editor's pages were refused.
MAX_SOCKETS = max(1, MAX_CONNECTIONS // 2)
# Under a lower limit on open files (`ulimit -n 12`) the first build process is spawned once the server listens,
# as a later one is: the start that then fails is the build process's, reported and retried on the next save,
# rather than the watcher's, which only a restart of the server would retry.
FORK_MIN_FILES = 64
OUT_OF_FILES = (errno.EMFILE, errno.ENFILE)  # the process's limit on open files, or the system's
OUT_OF_FILES_WAIT_S = 0.05  # with the process out of files and no connection to close, between tries to accept
PING_INTERVAL = 20.0  # seconds between pings of a live-reload socket, and how long its answer may take
# Seconds a connection may take to send a request's headers, or stay idle between requests; the tests,
# which wait for it to pass, set less.
HEADER_TIMEOUT_ENV = environment.HEADER_TIMEOUT
HEADER_TIMEOUT = environment.number_from(HEADER_TIMEOUT_ENV, 5.0)
# The preview takes no request bodies; tornado's default (100 MB, held in memory until the handler
# runs) let each connection, even a POST from any web page the editor opens, hold 100 MB of the server's memory.
MAX_BODY_BYTES = 64 * 1024
# A client that stops reading held its connection, and the bytes of the file it asked for, for as long
# as it liked: tornado sets no time limit on sending a response. A minute is far more than any of our
# pages takes, even over a slow network; the tests set less.
SEND_TIME_LIMIT_ENV = environment.SEND_TIME_LIMIT
SEND_TIME_LIMIT = environment.number_from(SEND_TIME_LIMIT_ENV, 60.0)
# A file larger than this (no page: pages are read whole, to add the live-reload client) is sent a piece at a time,
# so a client that stops reading holds one piece of the server's memory, not the whole file.
STREAMED_FROM_BYTES = 1024 * 1024
SENT_PIECE_BYTES = 256 * 1024
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)  # SIGHUP: the terminal or SSH session was closed
ANSWERED = ("hello", "info")  # the live-reload commands livereload answers; it ignores any other
MAX_REMEMBERED_PAGES = 1000  # addresses of open pages remembered so as to announce each once
KEEP_SCROLL_TAG = b'<script src="/livereload-keep-scroll.js" defer></script>'  # defer: never holds up the page
# livereload's client tries again to reach a stopped server after 1 s, then twice as long each time up to a minute:
# a page left open while the server was down for a few minutes came back up to a minute after it was started again.
RECONNECT_MAX_MS = 2000


def _read_keep_scroll() -> bytes:
    """Return the script that keeps a page's place across reloads."""
    try:
        return (Path(__file__).resolve().parent / "keep_scroll.js").read_bytes()
    except OSError:  # a package installed without it: reloads only lose their place
        return b""


KEEP_SCROLL_JS = _read_keep_scroll()
# The watcher's listings of the project's folders and its looks at changed files, each waited for LIST_WAIT_S at most.
LISTINGS = FolderListings(LIST_WAIT_S)
LOOKS = HeldLooks(LIST_WAIT_S)


class InputFilter:
    """Passes exactly the changes a build can see: none in or beside the output, none to what the build leaves out.

    A dot-file, an editor's backup (`claims.yaml~`) or autosave (`#claims.yaml#`), or anything in a folder so
    named, is no input (safefs.left_out), yet Emacs rewrites its autosave every few seconds of typing: each
    started a build that changed nothing ("no change" in the terminal), and while a file stood broken they
    kept the failure from settling, so the page stayed on the old site for as long as the typing went on.
    Nothing else is passed over: watchfiles' own default filter also ignored files the build reads, so a
    failure they caused stayed after they were gone (Emacs's `flycheck_briefing.yaml`, "unknown content
    file"), and a change to one the build publishes (`static/node_modules/`, `movie.swf`) was not built.
    """

    def __init__(self, out: Path, root: Path):
        self.out = out.absolute()
        self.root = root.absolute()

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        try:
            first = Path(path).relative_to(self.out.parent).parts[0]
        except (ValueError, IndexError):
            first = ""
        in_output = first == self.out.name or first.startswith(f".{self.out.name}.")
        return not in_output and not is_left_out(Path(path), self.root)


def is_left_out(path: Path, root: Path) -> bool:
    """Say whether a path in a watched folder is no input: it, or a folder it is in, is what a build leaves out."""
    try:
        inside = path.relative_to(root).parts[1:]  # below the watched folder, whose own name is ours
    except ValueError:
        return False
    return any(left_out(name) for name in inside)


def keep_building(worker: BuildWorker, publish: Callable[[Outcome], None], stopping: threading.Event) -> None:
    """Build once the watcher is live, then rebuild after every change until `stopping` is set; close `worker`."""
    project = worker.project
    if worker.process is None:  # not forked before the server began (see serve)
        worker.start()
    builds = Builds(worker, project, stopping, publish)
    try:
        while not stopping.is_set():
            watch_and_build(builds, watched_folders(project))
    except Exception as error:  # e.g. no folder to watch, the system's limit on watched folders, a path not UTF-8
        say(f"error: {watching_stopped(error, project)}", sys.stderr)
        if builds.built_with is None:
            builds.run([])
    finally:
        worker.close()


def watching_stopped(error: Exception, project: Project) -> str:
    """Say why watching for changes stopped, and what to do."""
    if isinstance(error, UnicodeEncodeError):  # the watcher takes UTF-8 paths only: a restart would fail the same way
        return (f"cannot watch for changes: the project's path {printable(str(project.root))} is not UTF-8 "
                "(rename the folders on it, then restart the server)")
    return f"watching for changes stopped ({printable(str(error))}); restart the server"


class ProjectFolder:
    """The project's folder as the server found it at its start. Moved or deleted, it is gone, even where a folder of
    its name was made again since: a build's cache save, ending as the folder moved, makes its path anew."""

    def __init__(self, root: Path):
        self.root, self.identity = root, _identity(root)

    def gone(self) -> bool:
        return _identity(self.root) != self.identity


def _entry(path: Path) -> tuple[int, int, int] | None:
    """Return what stands at `path`, not following a link: its kind and inode; None for nothing."""
    try:
        found = os.lstat(path)
    except OSError:
        return None
    return stat.S_IFMT(found.st_mode), found.st_dev, found.st_ino


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(folder)
    except OSError:
        return None
    return (found.st_dev, found.st_ino) if stat.S_ISDIR(found.st_mode) else None


class Builds:
    """Runs the builds the watcher asks for, remembering what the last one saw and showed."""

    def __init__(self, worker: BuildWorker, project: Project, stopping: threading.Event,
                 publish: Callable[[Outcome], None]):
        self.worker, self.project, self.stopping, self.publish = worker, project, stopping, publish
        self.folder = ProjectFolder(project.root)
        self.built_with: dict[Path, tuple[int, int]] | None = None  # the folders as the last build found them
        self.shown: tuple | None = None  # the problems of the last outcome published
        self.held: tuple[Outcome, bool, float] | None = None  # an outcome, its quiet_if_same, when it may be shown
        self.site_there = False  # whether the output held a good build when the last build ended
        self.site_left: tuple[int, int] | None = None  # the output folder the last build left (each build swaps one in)
        self.failed_at: tuple[int, int, int] | None = None  # what stood at the output path as a build failed without a site
        self.briefings = self.briefing_folders({})  # each briefing's folder as the last build began
        self.moved: dict[str, str] = {}  # briefings renamed since the server started: old name, new name
        self.labels = None  # the preview's words as the last site.yaml that could be read set them

    def site_removed(self) -> bool:
        """Say whether the output the last build left has gone since (`rm -rf site`, `git clean -fdx`): the
        server watches the inputs only, so every page was "not found" until the next save."""
        return self.site_there and not (self.project.out / MARKER).is_file() and not self.folder.gone()

    def output_cleared(self) -> bool:
        """Say whether what stood at the output path as the last build failed, with no site there, has changed since:
        a file or link at site/ removed ("output path is not a plain folder") was shown as the error until the
        next save."""
        return self.failed_at is not None and _entry(self.project.out) != self.failed_at and not self.folder.gone()

    def run(self, changed: list[str], quiet_if_same: bool = False, settle: bool = False,
            half_saved: bool = False) -> bool:
        """Run one build and publish its outcome, with the error page if it failed; False if stopping.

        With `quiet_if_same`, an outcome that changed nothing and shows the same problems is
        not published: a check that found nothing to do is not news. With `settle`, a failure (any
        outcome, if `half_saved`) is held until `publish_settled` finds no change came in FAILURE_SETTLE_S;
        the next build drops it, taking on what a dropped success changed, which the pages have not seen.
        """
        if self.folder.gone():  # moved or deleted: a build made its path again for its .cache/,
            return True  # a stray folder where the project was, and the pages said "not found", not that it had gone
        self.built_with = watched_folders(self.project)
        elsewhere = self.site_left is not None and _identity(self.project.out) != self.site_left
        dropped, self.held = self.held, None
        if dropped is not None and not dropped[1]:
            # What it was built for is still news: a folder made ends the round, whose successor's check, quiet when
            # it finds nothing new, dropped a failing save's outcome unsaid (`cp -r` a briefing while failing).
            quiet_if_same = False
        self.follow_renames()
        outcome = self.worker.build(changed, self.stopping)
        if outcome is None:
            return False
        self.site_left = _identity(self.project.out)
        outcome = replace(outcome, moved=tuple(sorted(self.moved.items())), built_elsewhere=elsewhere)
        if dropped is not None and not dropped[0].failed:
            outcome = replace(outcome, changed=tuple(sorted({*dropped[0].changed, *outcome.changed})),
                              built_elsewhere=outcome.built_elsewhere or dropped[0].built_elsewhere)
        self.site_there = (self.project.out / MARKER).is_file()  # the writer's manifest: a good build is there
        self.failed_at = _entry(self.project.out) if outcome.failed and not self.site_there else None
        if settle and (outcome.failed or half_saved):
            self.held = (outcome, quiet_if_same, time.monotonic() + FAILURE_SETTLE_S)
            return True
        self._publish(outcome, quiet_if_same)
        return True

    def follow_renames(self) -> None:
        """Note the briefing folders renamed since the last build began, for their open pages to follow."""
        briefings = self.briefing_folders(self.briefings)
        self.moved = follow(self.moved, self.briefings, briefings)
        self.briefings = briefings

    def briefing_folders(self, last: dict) -> dict:
        """Return content/'s folders (moves.briefing_folders), or `last` if their look does not answer within
        LIST_WAIT_S: each is looked at, and a briefing folder on a hung mount held the watcher before every build."""
        return LOOKS.answer("briefings", lambda: briefing_folders(self.project.content), last)

    def publish_settled(self) -> None:
        """Publish the outcome held back, if the files have stayed quiet long enough since it."""
        if self.held is not None and time.monotonic() >= self.held[2]:
            (outcome, quiet_if_same, _), self.held = self.held, None
            self._publish(outcome, quiet_if_same)

    def _publish(self, outcome: Outcome, quiet_if_same: bool) -> None:
        """Publish an outcome, with the error page if it failed, unless `quiet_if_same` and it is no news."""
        if quiet_if_same and not outcome.changed and not outcome.built_elsewhere and outcome.problems == self.shown:
            return
        self.labels = preview_labels(self.project.root) or self.labels  # site.yaml broken: the words it last had
        outcome = replace(outcome, labels=self.labels)
        if outcome.failed:
            kept = (self.project.out / MARKER).is_file()  # the writer's manifest: a good build is there
            outcome = replace(outcome, error_page=render_error_page(self.project.root, list(outcome.problems),
                                                                    self.project.out.name, kept, self.labels))
        self.shown = outcome.problems
        self.publish(outcome)


def watch_and_build(builds: Builds, folders: dict[Path, tuple[int, int]]) -> None:
    """Rebuild on every change in `folders` until stopping or until the folders themselves change.

    Each round builds once its watcher is live, before any event: between two rounds nothing
    watches, and the events the last round held back went with its watcher. That build is
    always reported when the folders differ from what the last build found (a folder made,
    removed or replaced, e.g. templates/ deleted and restored, so its old watch is gone);
    otherwise only if it changed something.
    """
    project, stopping = builds.project, builds.stopping
    due = folders != builds.built_with
    if not folders:  # nothing to watch, yet: wait for a folder to appear
        if due and not builds.run([]):
            return
        wait_for_a_watched_folder(project, stopping)
        return
    # The watcher returns empty-handed every WAKE_MS; the first time it does, it is surely
    # watching, so a save made during the first build is not missed. Saves made during a
    # build are gathered meanwhile and come out together in the next round.
    checked = False
    inside = folders_inside(folders)
    bell: ChangeBell | None = None
    sleep_at = time.monotonic() + POLL_AFTER_CHANGE_S  # when the watcher, quiet, may go to sleep on the bell
    try:
        watch_filter = InputFilter(project.out, project.root)
        for changes in watchfiles.watch(*inside, watch_filter=watch_filter,
                                        step=WATCH_STEP_MS, rust_timeout=WAKE_MS, yield_on_timeout=True,
                                        stop_event=stopping, raise_interrupt=False, recursive=False):
            if not checked:
                # Made once the watcher is live, and before the first build, so the files the server holds open stay as
                # many from then on. What changed before the bell could hear it is the watcher's: the polling after that
                # build has it.
                bell = make_bell(inside, [project.root, project.out.absolute().parent], stopping)
            if changes or not checked:
                shown = sorted({display_path(Path(path), project.root) for _, path in changes})
                if not builds.run(shown, quiet_if_same=not (changes or due), settle=True, half_saved=emptied(changes)):
                    return
                checked, sleep_at = True, time.monotonic() + POLL_AFTER_CHANGE_S
            else:  # the watcher's quiet wake: no save since
                builds.publish_settled()
                if builds.site_removed():
                    say(f"{display_path(project.out, project.root)}/ was removed; building it again")
                    if not builds.run([], settle=True):
                        return
                elif builds.output_cleared():
                    say(f"{display_path(project.out, project.root)} changed; building again")
                    if not builds.run([], settle=True):
                        return
                # The watcher keeps what comes meanwhile for its next wake; a wake that heard nothing sleeps again
                # after it, rather than poll for POLL_AFTER_CHANGE_S.
                if bell is not None and builds.held is None and time.monotonic() >= sleep_at and bell.wait(IDLE_WAKE_S):
                    sleep_at = time.monotonic() + POLL_AFTER_CHANGE_S
            if watched_folders(project) != folders:
                return
            if folders_added(changes):
                return  # watched from the next round, whose first build takes in whatever it already holds
            if answered := LISTINGS.answered_again():
                say(f"{printable(display_path(Path(answered[0]), project.root))}/ answers again; watching it")
                return  # listed and watched in the next round
    except FileNotFoundError:  # a folder went between listing and watching (made and removed at once): list again
        return
    except WatchfilesRustInternalError as error:
        if not checked:  # the watch never began: another round would fail the same way
            raise
        # A save of a file whose name is not UTF-8 (from an archive, a sync tool) ended the watch for good.
        say(f"warning: the watcher failed ({error}; a file name that is not UTF-8 does this: "
            "rename the file); watching again", sys.stderr)
    finally:
        if bell is not None:
            bell.close()


def make_bell(folders: list[str], parents: list[Path], stopping: threading.Event) -> ChangeBell | None:
    """Return a ChangeBell over `folders` and the entries of `parents`; None (the watcher is polled) where there can be
    none, or the process has few files to open: under `ulimit -n 12` its two descriptors left the first build none
    (a locale "cannot be read: Too many open files", and watching stopped for good)."""
    if resource.getrlimit(resource.RLIMIT_NOFILE)[0] < FORK_MIN_FILES:
        return None
    return ChangeBell.over(folders, sorted({os.fspath(parent) for parent in parents}), stopping)


def wait_for_a_watched_folder(project: Project, stopping: threading.Event) -> None:
    """Return once one of the WATCHED folders exists, or on stopping; asleep on a bell where there is one."""
    bell = make_bell([], [project.root], stopping)  # before the first look: a folder made after it rings
    try:
        while not stopping.is_set() and not watched_folders(project):
            if bell is None:
                stopping.wait(WAKE_MS / 1000)
            else:
                bell.wait(IDLE_WAKE_S)
    finally:
        if bell is not None:
            bell.close()


def emptied(changes: set[tuple[watchfiles.Change, str]]) -> bool:
    """Say whether a change left a file empty, as the first half of a save written in two steps (truncated, then
    written) does: a template or stylesheet so emptied builds, and the open page was reloaded onto a blank page (one
    with no live-reload client, before ClientInjector added it there too), then again once the file was written.
    Looked at in a thread (LOOKS): a changed file on a mount that stopped answering held the watcher; not known in
    time, nothing was emptied."""
    return bool(changes) and LOOKS.answer("emptied", lambda: _emptied(changes), False)


def _emptied(changes: set[tuple[watchfiles.Change, str]]) -> bool:
    for change, path in changes:
        if change == watchfiles.Change.deleted:
            continue
        info = stat_or_none(path)  # None: gone since
        if info is not None and stat.S_ISREG(info.st_mode) and info.st_size == 0:
            return True
    return False


def folders_added(changes: set[tuple[watchfiles.Change, str]]) -> bool:
    """Say whether a change added a folder (not a link to one), which the next round watches; looked at in a thread
    (LOOKS), and taken as one if the look does not answer in time: the next round's listing passes a hung one over."""
    added = [path for change, path in changes if change == watchfiles.Change.added]
    return bool(added) and LOOKS.answer("added", lambda: any(is_real_folder(path) for path in added), True)


def folders_inside(folders: dict[Path, tuple[int, int]], listings: FolderListings | None = None) -> list[str]:
    """Return each watched folder and every folder within it, never entering a link, nor a folder whose
    name is not UTF-8, which the watcher cannot take: one in seeds/ stopped it before it began, for good;
    nor a folder the build leaves out (`content/.git`, whose hundreds of folders each cost a watch); nor a folder whose
    listing has not answered within LIST_WAIT_S (a hung mount), named once and watched again once it answers.

    The watcher is given each folder alone: its own recursion follows links, so a link in
    content/ to / or /usr had it watch the whole disk (spending the user's inotify watches, then
    stopping on /proc with "Permission denied" until the server was restarted).
    """
    # A list, not os.walk: up to Python 3.11 it calls itself once per level, and a folder nested 1,000 deep stopped
    # the watching, for good (restarting met it again). A watched folder's identity is checked as it is opened.
    # Listed in a thread of the walk's own (watch_listing.py): one hung folder in seeds/ held the watcher's thread,
    # and no later save was seen.
    pending = [(os.fspath(top), identity) for top, identity in reversed(folders.items())]
    roots = {os.path.dirname(path) for path, _ in pending}
    return (listings or LISTINGS).walk(pending, _folders_in, lambda path: _say_held(path, roots))


def _say_held(path: str, roots: set[str]) -> None:
    """Name a folder whose listing does not answer, once, and say what to do."""
    root = next((Path(root) for root in roots if path.startswith(root + os.sep)), Path(path).parent)
    say(f"warning: {printable(display_path(Path(path), root))}/ does not answer (a network share or mount that is "
        "gone?): its changes are not watched until it answers again; unmount it or move it out of the project",
        sys.stderr)


def _folders_in(path: str, expected: tuple[int, int] | None) -> list[str]:
    """Return the folders that the build reads in the folder at `path` (UTF-8 names, none left out): a watched folder
    (a link inside the project, maybe) if it is still the one `expected` (its device and inode), one within it only if
    it is no link.

    Listed through the descriptor opened: listed by name, a folder swapped for a link to / after its folder's listing
    had the watcher walk the whole disk (tests/test_attack_45.py)."""
    descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC | (0 if expected else os.O_NOFOLLOW))
    try:
        opened = os.fstat(descriptor)
        if expected is not None and (opened.st_dev, opened.st_ino) != expected:
            raise FileNotFoundError(errno.ENOENT, "replaced since it was looked at", path)  # watched again next round
        with os.scandir(descriptor) as entries:  # never entering a link
            return [os.path.join(path, entry.name) for entry in entries if entry.is_dir(follow_symlinks=False)
                    and is_utf8(entry.name) and not left_out(entry.name)]
    finally:
        os.close(descriptor)


def is_utf8(name: str) -> bool:
    """Say whether a file name read from the disk is UTF-8 text (Python holds other bytes as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_real_folder(path: str) -> bool:
    """Say whether a path is a folder itself, not a link to one."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def watched_folders(project: Project) -> dict[Path, tuple[int, int]]:
    """Return each of the WATCHED folders that exists, with its identity (device and inode).

    Looked at in a thread (LOOKS): seeds/ on a mount that stopped answering held the watcher for good. All at once
    in one look; while that is held, each alone, the one still held left out (watched once it answers: the folders
    then differ, and a new round begins)."""
    found = LOOKS.answer("watched", lambda: _watched_folders(project, WATCHED), None)
    if found is None:
        found = {}
        for name in WATCHED:
            found.update(LOOKS.answer(f"watched {name}", lambda name=name: _watched_folders(project, (name,)), {}))
    return found


def _watched_folders(project: Project, names: tuple[str, ...]) -> dict[Path, tuple[int, int]]:
    found = {}
    for name in names:
        info = _watched_folder(project, name)
        if info is not None and stat.S_ISDIR(info.st_mode):
            found[project.root / name] = (info.st_dev, info.st_ino)
    return found


def _watched_folder(project: Project, name: str) -> os.stat_result | None:
    """Return the stat of the WATCHED folder `name`, None if it is missing or a link out of the project, which the
    build refuses and is no input: content/ linked to / was walked whole, every folder of the disk watched
    (tests/test_attack_45.py)."""
    try:
        refuse_link_out(project.root / name, project.root, name)
        return (project.root / name).stat()
    except (OSError, FileRefused):
        return None


def reload_messages(outcome: Outcome, previous_page: bytes | None) -> list[dict]:
    """Return the livereload messages that bring open pages up to date with `outcome`."""
    if outcome.failed:
        return [FULL_RELOAD] if outcome.error_page != previous_page else []
    if previous_page is not None:
        return [FULL_RELOAD]
    if outcome.built_elsewhere:
        return [FULL_RELOAD]
    if outcome.changed and all(path.endswith(".css") for path in outcome.changed):
        return [{"command": "reload", "path": path, "liveCSS": True, "liveImg": False} for path in outcome.changed]
    return [FULL_RELOAD] if outcome.changed else []


def tell_browsers(message: dict) -> int:
    """Send a message to every connected page, bypassing livereload's 3 s throttle; return how many."""
    text = json.dumps(message)
    sent = 0
    for waiter in list(LiveReloadHandler.waiters):
        if is_backed_up(waiter):  # it reads nothing: every reload would stay in memory (explainer/unread_reloads.py)
            LiveReloadHandler.waiters.discard(waiter)
            close_at_once(waiter)
            continue
        try:
            count_until_sent(waiter, waiter.write_message(text))
            sent += 1
        except WebSocketClosedError:
            LiveReloadHandler.waiters.discard(waiter)
    return sent


class PagesOpened(ToldInBursts):
    """The "page open" lines, each told up to a burst, then counted a line a second.

    Any local process may open live-reload sockets as pages do, each saying `info` with an address of its choosing:
    300 of them printed 300 lines in 4 s, a line for each, pushing a build's errors out of sight.
    """

    def _count(self) -> None:
        with self.lock:
            untold, self.untold, self.counting = self.untold, 0, False
        self.say(f"{untold:,} more page{'s' if untold > 1 else ''} open, not listed (opened at once: a browser "
                 "restoring its tabs, or a program opening live-reload sockets)")


class Preview:
    """The latest build as the server shows it; used on the IOLoop thread only."""

    def __init__(self, project: Project):
        self.project = project
        self.error_page: bytes | None = None
        self.problems: tuple = ()  # those of the last outcome shown
        self.moved: dict[str, str] = {}  # briefings renamed while serving: old name, new name (moves.py)
        self.told_gone = False  # the terminal was told the project folder is gone
        self.folder = ProjectFolder(project.root)
        self.labels = None  # the words of the preview's own pages (the last outcome's: the folder may be gone since)
        self.ready = asyncio.Event()
        self.held = HeldResponses()  # the bytes of responses not yet taken in, bounded in all (held_responses.py)
        self.opened: set[str] = set()  # the addresses of the pages said to be open
        self.make_room: Callable[[], bool] = lambda: False  # the server's, once it listens (PreviewServer.make_room)
        self.ignored = IgnoredMessages(lambda line: say(line, sys.stderr),
                                       lambda seconds, then: IOLoop.current().call_later(seconds, then))
        self.pages_told = PagesOpened(say, lambda seconds, then: IOLoop.current().call_later(seconds, then))
        # Counts the builds that changed what pages show. Each served page carries the number it was
        # read under (see ClientInjector), so that a page whose socket connects only after a build
        # was announced (it was loading meanwhile) is reloaded, instead of showing that build's
        # predecessor until the next save. It starts from the clock (in ms, so the number stays exact in
        # JavaScript), so a page served by an earlier run of the server, which reconnects to this one,
        # is reloaded too (as any other number is: the clock may have been set back since).
        self.generation = time.time_ns() // 1_000_000

    def first_opened(self, url: str) -> bool:
        """Say whether a page at `url` opens for the first time since the server started.

        Every reload opens the page again: each save printed a "page open" line per open page after
        its build's, pushing that build's errors out of sight with three tabs open. A page followed to a
        footnote (`#fn-3`) is the same page.
        """
        page = url.split("#", 1)[0]
        if page in self.opened:
            return False
        if len(self.opened) >= MAX_REMEMBERED_PAGES:
            self.opened.clear()
        self.opened.add(page)
        return True

    def show(self, outcome: Outcome) -> None:
        """Take in a build's outcome, report it and reload the pages that need it."""
        previous, self.error_page = self.error_page, outcome.error_page
        before, self.problems = self.problems, outcome.problems
        self.moved = dict(outcome.moved)
        self.labels = outcome.labels
        messages = reload_messages(outcome, previous)
        if messages:
            self.generation += 1
        reached = max([tell_browsers(m) for m in messages], default=0)
        report(outcome, reached, self.ready.is_set(), recovered=previous is not None, before=before)
        self.ready.set()


def report(outcome: Outcome, reached: int, rebuilt: bool, recovered: bool = False, before: tuple = ()) -> None:
    """Print one line about a build and, one per line, its problems that the last build (with problems
    `before`) did not have; say so when it ends a failure.

    A fix that brings back the last good build changes no file: "no change" alone read as if the
    save had not been taken in, while the error page was gone. A save that leaves a source's 50 moved
    citations as they were printed all 50 again, pushing the first lines out of sight for no news; so
    did a save that fixed one of them, and the next, and the next.
    """
    took = f"{'rebuilt' if rebuilt else 'built'} in {outcome.seconds * 1000:.0f} ms"
    pages = f"; reloaded {counted(reached, 'page')}" if reached else ""
    if outcome.failed:
        problems = counted(len(outcome.problems), "problem")
        known = set(before)
        new = [problem for problem in outcome.problems if problem not in known]
        fixed = len(known - set(outcome.problems))
        if before and not new and not fixed:
            say(f"{took}: still failing with the same {problems}, shown in the browser{pages}", sys.stderr)
            return
        since = f" ({fixed} fixed, {len(new) or 'none'} new)" if before and len(new) < len(outcome.problems) else ""
        say(f"{took}: failed with {problems}{since}, shown in the browser{pages}", sys.stderr)
        for problem in new:
            say(f"error: {problem}", sys.stderr)
        return
    names = ", ".join(outcome.changed[:3]) + (f" and {len(outcome.changed) - 3} more" if len(outcome.changed) > 3 else "")
    if recovered:
        say(f"{took}: fixed; {names + ' changed' if names else 'the site is as it was before the error'}{pages}")
        return
    unchanged = "no change to what another process built since" if outcome.built_elsewhere else "no change"
    say(f"{took}: {names + ' changed' if names else unchanged}{pages}")


class EscapedLog(logging.Handler):
    """Prints the warnings of tornado and livereload as `say` prints ours, control characters escaped.

    tornado's warning about a bad request quotes its request line as the client sent it: bytes such as
    `\\x9b` (the terminal's CSI) or `\\x9d` (OSC, which sets the clipboard in some terminals) reached the
    terminal unescaped, from anyone who could connect.
    """

    def __init__(self, level: int, told: ToldInBursts | None = None):
        super().__init__(level)
        self.told = told  # past a burst, warnings are counted (explainer/told_in_bursts.py)

    def format(self, record: logging.LogRecord) -> str:
        lines = [printable(record.getMessage())]
        if record.exc_info:  # Handler has no formatException: each such record was an AttributeError's traceback
            lines += [printable(line) for line in logging.Formatter().formatException(record.exc_info).splitlines()]
        return "\n".join(lines)

    def emit(self, record: logging.LogRecord) -> None:
        # each line escaped already: a traceback's lines stay lines; a request line of 60 KB is cut as an error's
        lines = [cut_middle(line) for line in self.format(record).split("\n")]
        if self.told:
            self.told.tell(lines)
        else:
            for line in lines:
                say(line, sys.stderr)


def escape_library_logs() -> None:
    """Send the libraries' warnings and errors to the error stream through EscapedLog, and nowhere else."""
    loop = IOLoop.current()  # a library may warn from a thread of its own: the count is scheduled on the loop's
    handler = EscapedLog(logging.WARNING, ToldInBursts(lambda line: say(line, sys.stderr),
                                                       lambda seconds, then: loop.add_callback(
                                                           loop.call_later, seconds, then)))
    for name in ("tornado", "livereload"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.propagate = False


def say(line: str, stream=None) -> None:
    """Print one line for whoever runs the server, on stdout or `stream`. Output gone (a closed pipe, a
    full disk, a hung-up terminal) raised in the callback that printed, before it was done (the first
    build's left the server never ready): the stream is sent to /dev/null instead, and serving goes on.
    Escaped here, once for every line: a path it names (an --out outside the project) may hold a newline."""
    stream = stream or sys.stdout
    try:
        print(printable(line), file=stream, flush=True)
    except (OSError, ValueError):  # ValueError: the stream was closed
        try:
            nowhere = os.open(os.devnull, os.O_WRONLY | os.O_CLOEXEC)
            try:
                os.dup2(nowhere, stream.fileno())
            finally:
                os.close(nowhere)
        except (OSError, ValueError, AttributeError):
            pass


def is_page(path: str) -> bool:
    """Return whether a request path asks for an HTML page (or a folder's index)."""
    name = path.rsplit("/", 1)[-1]
    return name == "" or name.endswith(".html") or "." not in name


def read_site_file(out: Path, parts: list[str]) -> bytes | None:
    """Return the bytes of the regular file at `parts` under `out`, or None if it is a folder (see open_site_file).
    Raises OSError for anything else."""
    handle = open_site_file(out, parts)
    if handle is None:
        return None
    try:
        return read_whole(handle)
    finally:
        os.close(handle)


def open_site_file(out: Path, parts: list[str]) -> int | None:
    """Return an open handle on the regular file at `parts` under `out`, or None if it is a folder.

    Each step is opened without following links, so nothing outside the folder is reached; a
    FIFO or a device is refused after opening (without blocking), before anything is read.
    Raises OSError for anything else.
    """
    folder = os.open(out, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)  # site/ as a link: not ours
    try:
        for part in parts[:-1]:
            inner = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=folder)
            os.close(folder)
            folder = inner
        handle = os.open(parts[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=folder)
    finally:
        os.close(folder)
    # One handle from here on: the writer renames whole files into place, so what we read is
    # one complete file of one build, however many builds happen meanwhile.
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            os.close(handle)
            return None
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.ENOENT, "not a regular file")
        if info.st_size > MAX_SERVED_BYTES:  # a huge file put in site/ would fill the memory
            raise _too_large()
    except BaseException:
        os.close(handle)
        raise
    return handle


def is_the_builds_own(name: str) -> bool:
    """Say whether a name at the top of site/ is the build's own file, no page: its manifest (`.explainer-site`), which
    lists every file of the site, unpublished briefings' included, was served as any file (`GET /.explainer-site`).
    Compared as a disk that ignores letter case, or trailing dots and spaces (Windows), finds it."""
    return name.lower().rstrip(". ") == MARKER


def _too_large() -> OSError:
    return OSError(errno.EFBIG, f"larger than the preview's limit of {MAX_SERVED_BYTES:,} bytes")


def read_whole(handle: int) -> bytes:
    """Return all of an open site file, never part of one that grew past the limit since it was opened."""
    with open(handle, "rb", closefd=False) as file:
        data = file.read(MAX_SERVED_BYTES + 1)
    if len(data) > MAX_SERVED_BYTES:
        raise _too_large()
    return data


def refuse_unknown_hosts(handler: web.RequestHandler, hosts: frozenset) -> None:
    """Answer 403 to a Host the server does not go by.

    A server on the loopback answers only to loopback names, and one shared on the network only to an
    address or this machine's names, so that no web page can read the briefing or the error page's
    file excerpts through DNS rebinding (a shared server answered any name, rebound to it).
    """
    if "Host" not in handler.request.headers:  # HTTP/1.0 may leave it out, and tornado then assumes 127.0.0.1
        raise web.HTTPError(403, reason="Host missing")
    if not is_own_host(handler.request.host_name, hosts):
        raise web.HTTPError(403, reason="Unknown host name")


def is_own_host(name: str, hosts: frozenset) -> bool:
    """Say whether the server answers to the host `name` (see refuse_unknown_hosts)."""
    return name in hosts or (isinstance(hosts, SharedNames) and is_address(name))


class OwnPagesOnly:
    """A handler whose every answer, errors included, is kept to the server's own pages."""

    def set_default_headers(self) -> None:
        """A page of another site the editor has open could load `<script src="http://127.0.0.1:8000/a-draft/">`
        and learn from its load or error whether an unpublished briefing exists, or whether the build is failing;
        and `/livereload.js` loaded so told it that a preview runs there, and on which port."""
        self.set_header("Cross-Origin-Resource-Policy", "same-origin")
        self.set_header("X-Content-Type-Options", "nosniff")


class SiteHandler(OwnPagesOnly, web.RequestHandler):
    """Serves the output folder from disk on every request, or the error page while the build fails."""

    def initialize(self, preview: Preview, hosts: frozenset) -> None:
        self.preview = preview
        self.hosts = hosts

    def prepare(self) -> None:
        refuse_unknown_hosts(self, self.hosts)

    def open(self, parts: list[str]) -> int | None:
        """Return open_site_file's answer, asked again once the oldest connections are closed if the process is
        out of files (the connections waiting to be accepted took every file they freed)."""
        try:
            return open_site_file(self.preview.project.out, parts)
        except OSError as error:
            if error.errno not in OUT_OF_FILES or not (self.preview.make_room() and self.preview.make_room()):
                raise
        return open_site_file(self.preview.project.out, parts)

    async def get(self, path: str) -> None:
        if any(ord(char) < 32 or ord(char) == 127 for char in path):
            raise web.HTTPError(400, reason="Control character in path")
        self.set_header("Cache-Control", "no-store")
        stamp_generation(self.request, self.preview.generation)  # before reading: a page is never newer than its stamp says
        page = self.preview.error_page
        if page is not None and is_page(path):
            self.set_status(500)
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.set_header("Content-Security-Policy", OWN_PAGE_POLICY)  # it shows excerpts of the project's files
            if len(page) > STREAMED_FROM_BYTES:  # an excerpt's line of 7 MB: each client that stopped reading held one
                await self.send_in_pieces(io.BytesIO(page), len(page), True)
                return
            self.held_until(len(page), lambda: self.finish(page))
            return
        parts = (path[:-1] + "/index.html" if path.endswith("/") else path or "index.html").split("/")
        if any(part in ("", ".", "..") for part in parts) or is_the_builds_own(parts[0]):
            raise web.HTTPError(404)
        handle = None
        try:
            handle = self.open(parts)
            kind = served_type(parts[-1])  # the same on every machine (served_types.py)
            if sandbox := sandbox_for(parts, kind):  # an SVG or XML file of static/ would run its scripts in our origin
                self.set_header("Content-Security-Policy", sandbox)
            size = -1 if handle is None else os.fstat(handle).st_size
            if size > STREAMED_FROM_BYTES:
                # A page too: read whole, a static page of 30 MB held 30 MB for each client that stopped reading it
                self.set_header("Content-Type", kind)
                with open(handle, "rb", closefd=False) as file:
                    await self.send_in_pieces(file, size, "html" in kind)
                return
            data = None if handle is None else read_whole(handle)
        except OSError as error:
            if error.errno in NOT_IN_SITE and (moved := moved_address(self.preview.moved, path)) is not None:
                self.redirect(quote(moved), permanent=False)  # its briefing was renamed: the page follows it
                return
            if error.errno in NOT_IN_SITE:
                raise web.HTTPError(404) from None
            raise web.HTTPError(503, reason=f"Cannot read the file: {error.strerror}") from None
        finally:
            if handle is not None:
                os.close(handle)
        if data is None:
            self.redirect(quote(f"/{path}/"), permanent=False)  # quoted: a folder named "a?b" or "100%" is no query
            return
        self.set_header("Content-Type", kind)
        sent = self.held_until(len(data), lambda: self.finish(data))  # tornado sends the length read, and only that
        close_unless_sent(self.request.connection, sent)

    def held_until(self, size: int, write: Callable[[], asyncio.Future]) -> asyncio.Future:
        """Return what `write` returns, its `size` bytes counted among those the server holds for its clients in
        all until the future is done (held_responses.py): past the bound, the connections that have held theirs
        longest are closed first. A page under 1 MiB held whole per stalled client, 1,024 of them up to a gigabyte."""
        connection = self.request.connection
        stream = getattr(connection, "stream", None)
        if stream is None:
            return write()
        self.preview.held.hold(stream, size, connection.close)
        done = write()
        if done.done():
            self.preview.held.release(stream)
        else:
            done.add_done_callback(lambda _: self.preview.held.release(stream))
        return done

    async def send_in_pieces(self, file: BinaryIO, size: int, page: bool) -> None:
        """Send `size` bytes of a large file a piece at a time, each once the last has gone, within SEND_TIME_LIMIT in
        all; a page with the live-reload client, before its first piece's `</head>` or else after its end.

        Read whole, a file stayed in memory until a client that stopped reading was closed: 30 connections asking
        for a video of 30 MB and reading none of it held 900 MB of the preview's memory for a minute, and a cap of
        1,024 connections let them hold gigabytes. Now each holds one piece. The handle stays open throughout, so
        the pieces are of one file, whatever builds happen meanwhile (the writer renames whole files into place).
        A HEAD is told the length unread: each read the file whole, 200 MB for 0.19 s of the loop serving every page.
        """
        script = client_script(self.request.explainer_generation) if page else b""
        if page:
            self.request.explainer_injected = True  # ClientInjector leaves it as it is: the client is added here
        self.set_header("Content-Length", str(size + len(script)))
        if self.request.method == "HEAD":
            self.finish()
            return
        deadline, first = IOLoop.current().time() + SEND_TIME_LIMIT, True
        while size > 0:
            piece = file.read(min(SENT_PIECE_BYTES, size))
            if not piece:  # cut short in place since it was opened: never fewer bytes than the length said
                self.request.connection.close()
                return
            size -= len(piece)
            if script and (first and HEAD_END in piece or size == 0):  # livereload looks in the first piece only
                piece, script = with_client(piece, script), b""
            first = False
            self.write(piece)
            flushed = self.held_until(len(piece), self.flush)  # a piece each, counted in all as a page is
            try:
                await asyncio.wait_for(asyncio.shield(flushed), deadline - IOLoop.current().time())
            except (asyncio.TimeoutError, OSError):  # too slow, or gone (tornado's StreamClosedError)
                self.request.connection.close()
                return
            except asyncio.CancelledError:
                # The server stops (Ctrl-C, SIGTERM). Left unfinished, tornado wrote an error after the headers
                # and printed two tracebacks after "stopped"; closed first, the response ends as a slow one does.
                self.request.connection.close()
                self.finish()
                raise
        self.finish()

    head = get  # tornado sends the headers of the same response and leaves out the body

    def write_error(self, status_code: int, **kwargs) -> None:
        """Answer a page missing from the site with a page that reloads itself; anything else as tornado does.

        tornado's own error page has no <head>, so no live-reload client: a briefing deleted or
        renamed while open would stay "404" even after it is back.
        """
        if status_code != 404 or not is_page(self.request.path):
            super().write_error(status_code, **kwargs)
            return
        self.set_header("Cache-Control", "no-store")
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Content-Security-Policy", OWN_PAGE_POLICY)  # it shows the address any link may name
        root = self.preview.project.root
        gone = str(root) if self.preview.folder.gone() else ""
        if gone and not self.preview.told_gone:  # once: every page the editor reloads would say it again
            self.preview.told_gone = True
            say(f"error: {root}: the project folder is gone (moved or deleted while serving): stop the server "
                "(Ctrl-C) and start it again in its new place")
        self.finish(render_not_found_page(unquote(self.request.path), self.preview.project.out.name, gone,
                                          self.preview.labels))

    def compute_etag(self) -> None:
        return None  # every request reads the disk anew; hashing each body would only cost


def close_unless_sent(connection, sent: asyncio.Future) -> None:
    """Close `connection` unless `sent` (its response's last write) is done within SEND_TIME_LIMIT."""
    if not sent.done():
        loop = IOLoop.current()
        timeout = loop.call_later(SEND_TIME_LIMIT, connection.close)
        sent.add_done_callback(lambda _: loop.remove_timeout(timeout))


class ReloadSocket(OwnPagesOnly, LiveReloadHandler):
    """livereload's socket, open only to the server's own pages; a malformed message is ignored (IgnoredMessages)."""

    # Upgraded sockets leave tornado's set of connections, so PreviewServer counts these too:
    # otherwise sockets past MAX_CONNECTIONS would use up the process's files.
    opened: dict[ReloadSocket, None] = {}  # oldest first

    def initialize(self, hosts: frozenset, port: int, preview: Preview) -> None:
        self.hosts = hosts
        self.port = port
        self.preview = preview
        self.page_generation: int | None = None  # the build the page was served under, from its hello
        self.is_page = False  # said `info`, as a page's livereload client does once open
        self.said: set[str] = set()  # the commands the socket has sent, each answered once

    def open(self, *args) -> None:
        while len(ReloadSocket.opened) >= MAX_SOCKETS:
            ReloadSocket.close_one()
        ReloadSocket.opened[self] = None

    @classmethod
    def close_one(cls) -> None:
        """Close the oldest socket that is no page's, or else the oldest, freeing its file at once."""
        oldest = next((socket for socket in cls.opened if not socket.is_page), next(iter(cls.opened)))
        del cls.opened[oldest]
        if oldest.ws_connection is not None and oldest.ws_connection.stream is not None:
            oldest.ws_connection.stream.close()  # close() would wait up to 5 s for the client's answer, holding the file

    def on_close(self) -> None:
        ReloadSocket.opened.pop(self, None)
        super().on_close()

    def prepare(self) -> None:
        refuse_unknown_hosts(self, self.hosts)
        if "Origin" not in self.request.headers:  # tornado would let a socket without one through
            raise web.HTTPError(403, reason="Origin missing")

    def check_origin(self, origin: str) -> bool:
        """Accept only a page this server served (tornado answers 403 otherwise, before upgrading)."""
        if isinstance(self.hosts, SharedNames):  # any address, and prepare() has checked this one
            return origin.lower() == f"http://{self.request.host.lower()}"
        return origin.lower() in {f"http://{name}:{self.port}" for name in self.hosts}

    def on_message(self, message: str | bytes) -> None:
        try:
            parsed = json.loads(message)
        except (ValueError, RecursionError):  # `[` 60,000 deep fits a message: it raised out of the handler, a traceback
            parsed = None
        if not (isinstance(parsed, dict) and isinstance(parsed.get("command"), str)
                and isinstance(parsed.get("url", ""), str)):
            self.preview.ignored.ignored(len(message))
            return
        if parsed["command"] not in ANSWERED or parsed["command"] in self.said:
            # livereload's client says hello, then info, once per socket: each said again was answered again, and the
            # answers kept for a client that need not read them (5 MB of hellos held 150 MB of the server's memory).
            # Other commands livereload ignores; each kept as said held its up to 64 KiB for the socket's life.
            return
        self.said.add(parsed["command"])
        if parsed["command"] == "hello":
            self.page_generation = page_generation(parsed)
        super().on_message(message)
        if parsed["command"] == "info":  # livereload now counts the page among those it reloads
            self.is_page = True
            if self.preview.first_opened(parsed.get("url", "")):
                self.preview.pages_told.tell([f"page open: {printable(parsed.get('url', ''))[:200]}"])
            # A build was announced while the page loaded, or the page is an earlier server's: one started before
            # the clock was set back (a laptop's, corrected after sleep) stamped its pages later than this one's.
            if self.page_generation is not None and self.page_generation != self.preview.generation:
                self.write_message(json.dumps(FULL_RELOAD))


def page_generation(hello: dict) -> int | None:
    """Return the build generation a page's livereload hello carries (ClientInjector's snipver), if any."""
    value = hello.get("snipver")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def stamp_generation(request, generation: int) -> None:
    """Note on a request the build generation its response is read under, for ClientInjector."""
    request.explainer_generation = generation


def client_script(generation: int | None) -> bytes:
    """Return the tags that add livereload's client to a page read under build `generation` (see ClientInjector)."""
    if generation is None:
        return KEEP_SCROLL_TAG + f'<script src="/livereload.js?maxdelay={RECONNECT_MAX_MS}"></script>'.encode()
    return KEEP_SCROLL_TAG + (f'<script src="/livereload.js?snipver={generation:d}'
                              f'&amp;maxdelay={RECONNECT_MAX_MS}"></script>').encode()


def with_client(chunk: bytes, script: bytes) -> bytes:
    """Return a page's `chunk` with the client `script` before its `</head>`, as livereload places it, or at its end
    (where the HTML parser takes it into the body: before, it would put a page with a doctype in quirks mode)."""
    if HEAD_END in chunk:
        return chunk.replace(HEAD_END, script + HEAD_END, 1)
    return chunk + script


class ClientInjector(LiveScriptInjector):
    """Adds livereload's client to every HTML response, as an external script the site's CSP allows.

    The script's address carries the response's build generation as livereload's `snipver`
    option, which its client sends back in its hello (see ReloadSocket), and its `maxdelay`.
    """

    script = client_script(None)

    def __init__(self, request) -> None:
        super().__init__(request)
        self.request = request  # made before the handler runs; read when the response starts

    def transform_first_chunk(self, status_code, headers, chunk, finishing):
        if getattr(self.request, "explainer_injected", False):  # a page sent in pieces, the client added as sent
            return status_code, headers, chunk
        generation = getattr(self.request, "explainer_generation", None)
        if generation is not None:
            self.script = client_script(generation)
        if status_code == 200 and "html" in headers.get("Content-Type", "") and HEAD_END not in chunk and finishing:
            # livereload adds its client only before `</head>`: a page of the site without one (a template emptied
            # mid-save, one writing `</HEAD>`) had none, and stayed as it was through every later save until reloaded
            # by hand. At the end, as the HTML parser takes a script after `</html>` into the body: before, it would
            # put a page with a doctype in quirks mode. tornado's own answers (400, 403) are no page to follow.
            chunk += self.script
            if "Content-Length" in headers:
                headers["Content-Length"] = str(len(chunk))
            return status_code, headers, chunk
        return super().transform_first_chunk(status_code, headers, chunk, finishing)


class ReloadClientHandler(OwnPagesOnly, LiveReloadJSHandler):
    """livereload's browser client, served like everything else only to the Host names the server goes by."""

    def initialize(self, hosts: frozenset) -> None:
        self.hosts = hosts

    def prepare(self) -> None:
        refuse_unknown_hosts(self, self.hosts)


class KeepScrollHandler(OwnPagesOnly, web.RequestHandler):
    """Serves the preview's script that keeps a page's scroll position across reloads (keep_scroll.js)."""

    def initialize(self, hosts: frozenset) -> None:
        self.hosts = hosts

    def prepare(self) -> None:
        refuse_unknown_hosts(self, self.hosts)

    def get(self) -> None:
        self.set_header("Content-Type", "application/javascript")
        self.set_header("Cache-Control", "no-store")
        self.finish(KEEP_SCROLL_JS)


class OwnMethodRefused(OwnPagesOnly, MethodRefused):
    """A method the preview does not serve refused (see explainer/methods.py), kept to the server's own pages."""


class TargetRefused(OwnPagesOnly, web.RequestHandler):
    """Answers 400 to a target in absolute form naming another server than the preview (absolute_targets.py)."""

    def initialize(self) -> None:
        self.SUPPORTED_METHODS = (self.request.method,)  # tornado's own check would answer 405 first

    def prepare(self) -> None:
        raise web.HTTPError(400, reason="Request target names another server")


class PreviewApplication(MethodsChecked):
    """The preview's application: a target in absolute form is read as its path when it names the preview."""

    def __init__(self, handlers: list, refused: type[MethodRefused], hosts: frozenset, port: int, **settings):
        super().__init__(handlers, refused, **settings)
        self.hosts, self.port = hosts, port

    def find_handler(self, request, **kwargs):
        if is_absolute_form(request.uri or "") and \
                not taken_as_path(request, lambda name: is_own_host(name, self.hosts), self.port):
            return self.get_handler_delegate(request, TargetRefused)
        return super().find_handler(request, **kwargs)


def make_app(preview: Preview, host: str, port: int) -> web.Application:
    """Return the tornado application: livereload's socket and client, then the site."""
    hosts = allowed_hosts(host)
    return PreviewApplication([
        (r"/livereload", ReloadSocket, {"hosts": hosts, "port": port, "preview": preview}),
        (r"/livereload\.js", ReloadClientHandler, {"hosts": hosts}),
        (r"/livereload-keep-scroll\.js", KeepScrollHandler, {"hosts": hosts}),
        (r"/(.*)", SiteHandler, {"preview": preview, "hosts": hosts}),
    ], OwnMethodRefused, hosts, port, transforms=[ClientInjector], log_function=lambda handler: None,
        websocket_max_message_size=MAX_MESSAGE_BYTES,
        # A socket whose page went away without closing it (or that never answers) is closed.
        websocket_ping_interval=PING_INTERVAL, websocket_ping_timeout=PING_INTERVAL)


class SharedNames(frozenset):
    """The Host names a server shared on the network answers to, besides any address."""


def allowed_hosts(host: str) -> frozenset:
    """Return the Host names a server bound to `host` answers to (SharedNames for one shared on the network)."""
    name = host.lower().strip("[]")
    names = LOOPBACK | {name, f"[{name}]"}
    if is_loopback(name):
        return names
    machine = socket.gethostname().lower()
    return SharedNames(names | {machine, f"{machine}.local"})  # .local: its name as mDNS (Avahi, Bonjour) gives it


def is_address(name: str) -> bool:
    """Say whether a Host name is an IP address, which no DNS rebinding can stand behind."""
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return False
    return True


def is_loopback(name: str) -> bool:
    """Say whether every address `name` stands for is this machine's loopback, as binding to it finds them.

    Not only the literal addresses: the machine's own name is 127.0.1.1 in Debian's /etc/hosts, and
    `127.1` is 127.0.0.1; a server bound to either was taken for a network one and answered any Host.
    """
    try:
        found = {info[4][0].split("%")[0] for info in socket.getaddrinfo(name, None)}
    except (OSError, UnicodeError):  # socket.gaierror is an OSError
        return False
    return bool(found) and all(ipaddress.ip_address(address).is_loopback for address in found)


def bind(host: str, port: int) -> tuple[list, int]:
    """Return listening sockets on `port`, or on the next free port after it."""
    for candidate in range(port, min(port + PORT_TRIES, 65536)):
        try:
            sockets = netutil.bind_sockets(candidate, address=host)
        except OSError as error:
            if error.errno != errno.EADDRINUSE:
                raise
            continue
        return sockets, sockets[0].getsockname()[1]
    raise OSError(errno.EADDRINUSE, f"ports {port} to {candidate} are all in use; choose another --port")


def page_url(host: str, port: int) -> str:
    """Return the address to open the briefing at."""
    shown = loopback_standing_for(host) or host
    return f"http://{f'[{shown}]' if ':' in shown and not shown.startswith('[') else shown}:{port}/"


def loopback_standing_for(host: str) -> str:
    """Return this machine's loopback address when `host` is every address, as binding reads it, else "".

    Not only 0.0.0.0 and `::`: `--host 0` (and `0.0`, `0x0`, `::0`) binds to every address as well, and its link,
    `http://0:8000/`, is one no browser opens as this machine.
    """
    name = host.strip("[]")
    if not name:
        return "127.0.0.1"
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        try:  # the short forms of an IPv4 address inet_aton(3) reads, as getaddrinfo does: "0" is 0.0.0.0
            return "127.0.0.1" if socket.inet_aton(name) == bytes(4) and name.replace(".", "").isalnum() else ""
        except OSError:
            return ""
    if not address.is_unspecified:
        return ""
    return "[::1]" if address.version == 6 else "127.0.0.1"


class PreviewServer(HTTPServer):
    """tornado's server, keeping at most MAX_CONNECTIONS connections and closing those slow to send a request.

    Half-open connections (slowloris) would otherwise hold the process's files until accepting
    fails, and tornado retries a failing accept in a busy loop, logging each failure. Past the cap the
    oldest connection is closed to make room: refusing the new one instead let a process that kept
    reopening half-open ones hold off every page the editor reloaded. Live-reload sockets count, and keep to
    MAX_SOCKETS (`ReloadSocket.open`), so the rest of the cap is always the pages'.
    """

    def initialize(self, *args, **kwargs) -> None:
        super().initialize(*args, **kwargs)
        self.by_age: dict = {}  # the streams of tornado's connections, oldest first
        self.lingering = Lingering()  # a request past 64 KB of headers is answered 431, not reset

    def start_request(self, server_conn, request_conn):
        """Return the request's delegate, refusing at once a body asked for with `Expect` that would be refused."""
        stream = request_conn.stream
        self.lingering.reading_body(stream, False)  # a new request on the connection: its headers come first
        return Expectant(super().start_request(server_conn, request_conn), request_conn, MAX_BODY_BYTES,
                         lambda: self.lingering.reading_body(stream, True))

    def handle_stream(self, stream, address) -> None:
        while self.by_age and len(self.by_age) + len(ReloadSocket.opened) >= MAX_CONNECTIONS:
            oldest = next(iter(self.by_age))
            del self.by_age[oldest]
            oldest.close()
        if len(self.by_age) + len(ReloadSocket.opened) >= MAX_CONNECTIONS:  # all of them live-reload sockets
            stream.close()
            return
        self.by_age[stream] = None
        self.lingering.answering(stream)
        super().handle_stream(stream, address)

    def on_close(self, server_conn) -> None:
        """Forget a connection closed, or upgraded to a live-reload socket (which counts in ReloadSocket.opened)."""
        self.by_age.pop(server_conn.stream, None)
        super().on_close(server_conn)

    def add_sockets(self, sockets) -> None:
        super().add_sockets([RoomMaking(sock, self.make_room) for sock in sockets])

    def stop(self) -> None:
        """Stop listening and close every connection. A large file still being sent held the stop until its client
        took it in or SEND_TIME_LIMIT passed: Python 3.11's wait_for lets a cancel go unheeded when what it waited
        for is done, and the next piece was then waited for as if the server were not stopping."""
        super().stop()
        for stream in list(self.by_age):
            stream.close()

    def make_room(self) -> bool:
        """Close the oldest connection (or live-reload socket), freeing its file; say whether there was one."""
        if self.by_age:
            oldest = next(iter(self.by_age))
            del self.by_age[oldest]
            oldest.close()
            return True
        if ReloadSocket.opened:
            ReloadSocket.close_one()
            return True
        return False


class RoomMaking:
    """A listening socket whose accept, with the process out of files, closes the oldest connection to make room.

    The cap on connections leaves half the file limit to the rest, and a low limit (`ulimit -n 24`), or a build
    using many, can still run out: tornado then retried the accept in a busy loop, thousands of tracebacks a
    second, while the editor's page waited. Now the oldest connection goes, as past the cap; with none to close,
    the accept waits for a file to be freed (a moment at a time, the loop still running), saying so once.
    """

    def __init__(self, listening: socket.socket, make_room: Callable[[], bool]):
        self.listening, self.make_room, self.said = listening, make_room, False

    def fileno(self) -> int:
        return self.listening.fileno()

    def close(self) -> None:
        self.listening.close()

    def accept(self):
        try:
            return self.listening.accept()
        except OSError as error:
            if error.errno not in OUT_OF_FILES:
                raise
        if not self.said:
            limit = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
            say(f"warning: the server is out of open files (ulimit -n {limit}): it closes the oldest connections to "
                "accept new ones", sys.stderr)
            self.said = True
        if not self.make_room():
            time.sleep(OUT_OF_FILES_WAIT_S)
        raise BlockingIOError  # tornado's "nothing more to accept": the loop calls again while one waits


def listen(preview: Preview, host: str, port: int) -> tuple[HTTPServer, int]:
    """Return the server listening on `port` or the next free one (saying so), and that port."""
    sockets, bound = bind(host, port)
    if bound != port:
        say(f"port {port} is in use; serving on port {bound} instead")
    server = PreviewServer(make_app(preview, host, bound), idle_connection_timeout=HEADER_TIMEOUT,
                           body_timeout=HEADER_TIMEOUT, max_body_size=MAX_BODY_BYTES)
    server.add_sockets(sockets)
    preview.make_room = server.make_room
    return server, bound


async def run(worker: BuildWorker, host: str, port: int, open_browser: bool) -> int:
    """Serve until Ctrl-C or SIGTERM; return the exit code. The builds' thread closes `worker` once started."""
    project = worker.project
    preview = Preview(project)
    try:
        server, port = listen(preview, host, port)
    except OSError as error:
        worker.close()
        say(f"error: cannot listen on {host}:{port}: {error.strerror or error}", sys.stderr)
        return 1
    escape_library_logs()
    with previewing(project.cache, project.out.absolute(), page_url(host, port)) as other:
        if other:
            say(other, sys.stderr)
        return await _serve(worker, server, host, port, open_browser, preview)


async def _serve(worker: BuildWorker, server: HTTPServer, host: str, port: int, open_browser: bool,
                 preview: Preview) -> int:
    """Build, then serve and rebuild until Ctrl-C or SIGTERM; return the exit code."""
    stop, stopping = asyncio.Event(), Stopping()  # Stopping: a sleeping watcher wakes to stop
    for signum in STOP_SIGNALS:
        asyncio.get_running_loop().add_signal_handler(signum, stop.set)
    loop = IOLoop.current()
    project = worker.project
    builder = threading.Thread(target=keep_building, name="rebuild", daemon=True,
                               args=(worker, lambda outcome: loop.add_callback(preview.show, outcome), stopping))
    builder.start()
    try:
        await first_of(preview.ready.wait(), stop.wait())
        if not stop.is_set():
            url = page_url(host, port)
            say(f"serving {display_path(project.out, project.root)}/ at {url} (Ctrl-C to stop)")
            if isinstance(allowed_hosts(host), SharedNames):
                say(f"warning: --host {host} is not this machine only: anyone who can reach it can read "
                    "the site and its error pages, drafts included", sys.stderr)
            if open_browser:
                threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
            await stop.wait()
    finally:
        stopping.set()
        server.stop()
        builder.join(timeout=STOP_GRACE_S + 5)  # a build in progress is stopped, its half-written files removed
        await asyncio.sleep(0)
    say("stopped")
    return 0


async def first_of(*waits) -> None:
    """Return as soon as one of the awaitables is done, cancelling the others."""
    tasks = [asyncio.ensure_future(w) for w in waits]
    _, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()


def serve(project: Project, host: str, port: int, open_browser: bool) -> int:
    """Build, serve the site with live reload and rebuild on every change; return the exit code."""
    if not 1 <= port <= 65535:
        print(f"error: --port {port} is not a port number between 1 and 65535", file=sys.stderr)
        return 1
    worker = BuildWorker(project, time_limit())
    worker.tell = lambda line: say(line, sys.stderr)  # a build process stopped alone, replaced (stopped_builds.py)
    if resource.getrlimit(resource.RLIMIT_NOFILE)[0] >= FORK_MIN_FILES:
        worker.start(fork=True)  # now, before the server's threads, sockets and loop exist: see BuildWorker.start
    return asyncio.run(run(worker, host, port, open_browser))
