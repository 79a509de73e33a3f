"""The live preview at rest: an idle server sleeps until something changes, and wakes for every change that matters.

The watcher woke every 10 ms to ask watchfiles for news (about 92 wake-ups a second on an idle laptop). Now it asks
only for a moment after a change, then sleeps in one `select` on an inotify bell over the watched folders and the
folders holding the project and its output. The watch is driven in-process with a stand-in build process; that it
sleeps is read from the kernel (/proc: the system call the watching thread waits in), and each test waits on that,
on the build asked for, or on the thread's end: never on the clock.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from test_serve import BRIEFING_PAGE, SELECT_CALLS, SOON, page_shows, server_asleep, serving, set_title, wait_until

from explainer import serve
from explainer.build_worker import Outcome
from explainer.change_bell import ChangeBell, Stopping
from explainer.project import Project



class CountingWorker:
    """Stands in for the build process: every build changes nothing, and is counted."""

    def __init__(self):
        self.asked: list[list[str]] = []

    def build(self, changed, stopping):
        self.asked.append(changed)
        return Outcome(problems=(), error_page=None, changed=(), seconds=0.0)


class Watching:
    """The server's watch, run in a thread as `keep_building` runs it, over a project, until stopped."""

    def __init__(self, root: Path):
        self.worker, self.stopping = CountingWorker(), Stopping()
        self.builds = serve.Builds(self.worker, Project.at(root), self.stopping, lambda outcome: None)
        self.thread_id: int | None = None
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        self.thread_id = threading.get_native_id()
        while not self.stopping.is_set():
            serve.watch_and_build(self.builds, serve.watched_folders(self.builds.project))

    def __enter__(self) -> Watching:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.thread.join(SOON)

    def asleep(self) -> bool:
        """Say whether the watching thread now waits in select(2), as on the bell, and not in a timed sleep."""
        if self.thread_id is None:
            return False
        with open(f"/proc/self/task/{self.thread_id}/syscall", encoding="ascii") as status:
            return status.read().split()[0] in SELECT_CALLS

    def wait_until_asleep(self) -> None:
        wait_until(self.asleep, "the idle watcher sleeps on its bell")

    def builds_asked(self) -> int:
        return len(self.worker.asked)


@pytest.fixture(autouse=True)
def quick_to_sleep(monkeypatch):
    """The watcher polls for POLL_AFTER_CHANGE_S (2 s) after each change before it sleeps on the bell, and these tests
    wait for that sleep: a fifth of a second is as good a test of it and spares each test seconds of waiting."""
    monkeypatch.setattr(serve, "POLL_AFTER_CHANGE_S", 0.2)


def test_an_idle_preview_sleeps_and_a_save_wakes_it(project):
    """Once quiet, the watcher sleeps in the kernel; a save wakes it, is built, and it sleeps again."""
    with Watching(project) as watching:
        watching.wait_until_asleep()
        before = watching.builds_asked()
        (project / "static" / "style.css").write_text("body { color: black; }\n", encoding="utf-8")
        wait_until(lambda: watching.builds_asked() > before, "the save is built")
        assert watching.worker.asked[before] == ["static/style.css"]
        watching.wait_until_asleep()


def test_a_sleeping_preview_stops_at_once(project):
    """Ctrl-C sets the server's Stopping: the sleeping watcher wakes for it, not at its next minute's wake."""
    watching = Watching(project).__enter__()
    watching.wait_until_asleep()
    watching.stopping.set()
    watching.thread.join(SOON)
    assert not watching.thread.is_alive()


def test_site_removed_while_the_preview_sleeps_is_built_again(built_project):
    """`rm -rf site` touches no watched folder: the bell also hears the project folder's own entries."""
    with Watching(built_project) as watching:
        wait_until(lambda: watching.builds.site_there, "the first build finds the site")
        watching.wait_until_asleep()
        before = watching.builds_asked()
        shutil.rmtree(built_project / "site")
        wait_until(lambda: watching.builds_asked() > before, "the removed site is built again")


def test_a_watched_folder_made_while_the_preview_sleeps_is_watched(project):
    """A locales/ made beside content/ rings the bell over the project's folder; the round after it watches it."""
    with Watching(project) as watching:
        watching.wait_until_asleep()
        before = watching.builds_asked()
        (project / "locales").mkdir()
        wait_until(lambda: watching.builds_asked() > before, "the round with locales/ builds")
        watching.wait_until_asleep()
        before = watching.builds_asked()
        (project / "locales" / "fr.yaml").write_text("{}\n", encoding="utf-8")
        wait_until(lambda: watching.builds_asked() > before, "a save in the new folder is built")
        assert watching.worker.asked[before] == ["locales/fr.yaml"]


def test_a_save_in_a_folder_deep_inside_wakes_the_sleeping_preview(project):
    """The bell hears each folder the watcher watches, not only the top ones."""
    deep = project / "seeds" / "deeper" / "still"
    deep.mkdir(parents=True)
    with Watching(project) as watching:
        watching.wait_until_asleep()
        before = watching.builds_asked()
        (deep / "note.txt").write_text("a saved note\n", encoding="utf-8")
        wait_until(lambda: watching.builds_asked() > before, "the save deep inside is built")
        assert watching.worker.asked[before] == ["seeds/deeper/still/note.txt"]


def test_a_bell_wait_returns_for_a_change_made_before_it_began(tmp_path):
    """Changes are read after waking, never before: one made while the watcher polled still ends the next wait."""
    stopping = Stopping()
    with ChangeBell.over([os.fspath(tmp_path)], [], stopping) as bell:
        (tmp_path / "saved.txt").write_text("x", encoding="utf-8")
        done = threading.Event()
        waiter = threading.Thread(target=lambda: (bell.wait(SOON * 4), done.set()), daemon=True)
        waiter.start()
        waiter.join(SOON)
        assert done.is_set(), "the wait returned for the change made before it"
        stopping.set()


def test_a_project_with_no_watched_folder_yet_sleeps_until_one_is_made(tmp_path):
    """Served before any of content/, seeds/, templates/ exists: it sleeps on the project's folder, not every 50 ms."""
    root = tmp_path / "new-project"
    root.mkdir()
    with Watching(root) as watching:
        wait_until(lambda: watching.builds_asked() == 1, "the first build, of nothing")
        watching.wait_until_asleep()
        (root / "content").mkdir()
        wait_until(lambda: watching.builds_asked() == 2, "the round with content/ builds")


@pytest.mark.parametrize("setting, bell", [("1", False), ("true", False), ("false", True), ("disabled", True)])
def test_where_the_watcher_polls_the_disk_so_does_the_preview(tmp_path, monkeypatch, setting, bell):
    """WATCHFILES_FORCE_POLLING (set for a disk inotify does not hear, as WSL's Windows drives): a bell would sleep
    through every save there, so there is none, and the preview polls as the watcher does."""
    monkeypatch.setenv("WATCHFILES_FORCE_POLLING", setting)
    made = ChangeBell.over([os.fspath(tmp_path)], [], Stopping())
    assert (made is not None) == bell
    if made is not None:
        made.close()


def test_a_wake_that_heard_nothing_sleeps_again_at_once(project, monkeypatch):
    """The sleep's minute passing, with no change, is no change: the watcher is asked once and the server sleeps again.
    It polled for POLL_AFTER_CHANGE_S after every such wake (130 wake-ups a minute). Time is compressed: the minute is
    50 ms here, and the polling after a change, were it taken, longer than the test."""
    monkeypatch.setattr(serve, "IDLE_WAKE_S", 0.05)
    with Watching(project) as watching:
        watching.wait_until_asleep()
        monkeypatch.setattr(serve, "POLL_AFTER_CHANGE_S", SOON * 10)
        wait_until(lambda: not watching.asleep(), "the sleep's time passes and the watcher is asked")
        watching.wait_until_asleep()
        assert watching.builds_asked() == 1, "nothing was built: nothing changed"


def test_an_idle_server_sleeps_and_serves_a_save_made_while_it_slept(project):
    """Through the front door: `build.py serve` goes to sleep once quiet, and a save wakes it and reaches the page.
    Its polling after each change is a fifth of a second, as in the tests above (2 s by default: three of them, start,
    save and the bell's own events, were 6 s of the test's 9)."""
    with serving(project, **{serve.POLL_AFTER_CHANGE_ENV: "0.2"}) as server:
        wait_until(lambda: server_asleep(server.process.pid), "the idle server sleeps")
        set_title(project, "title: Saved while the server slept")
        server.wait_until(page_shows(server, "Saved while the server slept", BRIEFING_PAGE), "the save is served")
        wait_until(lambda: server_asleep(server.process.pid), "the server sleeps again")
        assert server.alive(), server.output
