"""An editor's hour in the live preview, start to end: what did not hold.

A template saved in two steps (truncated, then written) built blank pages: the open page was reloaded onto one,
which had no live-reload client (livereload adds it only before `</head>`), so it stayed blank through every later
save. A briefing's folder renamed with its page open took the page along, but back to the top. The watch is driven
in-process with stand-in build processes where it must be seen which builds reach the pages; a real `build.py serve`
answers over HTTP, and one test drives Chromium.
"""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path

import pytest

from test_serve import (BRIEFING_PAGE, SLUG, SOON, ScriptedWorker, fetch, rounds_of_watching, serving,
                        wait_for_live_reload)

from explainer import serve
from explainer.build_worker import Outcome
from explainer.problems import Problem
from explainer.project import Project

TEMPLATE = "templates/briefing.html"
PAGE = f"{SLUG}/index.html"
CLIENT = re.compile(r'<script src="/livereload-keep-scroll\.js" defer></script>'
                    r'<script src="/livereload\.js\?snipver=\d+&amp;maxdelay=2000"></script>$')


def test_a_template_saved_in_two_steps_reaches_the_page_once(project):
    """Its empty half builds (blank pages): that build is held as a failure is, and the next one reaches the page."""
    template = project / TEMPLATE
    text = template.read_text(encoding="utf-8")

    def truncate():  # during the round's first build, once its watcher is live
        template.write_bytes(b"")
        return ()

    def write():  # during the build of the emptied template: its blank pages
        template.write_text(text, encoding="utf-8")
        return (PAGE,)

    worker = ScriptedWorker(truncate, write, lambda: (PAGE,))
    published = rounds_of_watching(project, worker, rounds=1, built_with=serve.watched_folders(Project.at(project)))
    assert worker.asked == [[], [TEMPLATE], [TEMPLATE]]
    assert [outcome.changed for outcome in published] == [(PAGE,)], "one reload, to the written template's page"


class UntilPublished:
    """Stands in for the build process: each build runs the next step; the last step's outcome is built again until
    the test is done (stopping set), as a build with nothing changed since would be."""

    def __init__(self, *steps, problems: tuple = ()):
        self.steps, self.asked, self.problems = list(steps), [], problems

    def build(self, changed, stopping):
        self.asked.append(changed)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        return Outcome(problems=self.problems, error_page=None, changed=step(), seconds=0.0)


def watch_until_published(project: Path, worker: UntilPublished) -> list[Outcome]:
    """Run the server's watch, its last outcome shown being the worker's, until it publishes an outcome (or SOON
    passes); return what it published."""
    published, stopping = [], threading.Event()

    def publish(outcome: Outcome) -> None:
        published.append(outcome)
        stopping.set()

    served = Project.at(project)
    builds = serve.Builds(worker, served, stopping, publish)
    builds.built_with, builds.shown = serve.watched_folders(served), worker.problems
    give_up = threading.Timer(SOON, stopping.set)  # only if nothing is ever published: the test then fails
    give_up.start()
    try:
        while not stopping.is_set():
            serve.watch_and_build(builds, serve.watched_folders(served))
    finally:
        give_up.cancel()
    return published


def test_a_file_emptied_and_left_so_still_reaches_the_page(project):
    """A stylesheet emptied on purpose is held like half a save, then shown once the files have stayed quiet."""
    stylesheet = project / "static" / "style.css"

    def empty():
        stylesheet.write_bytes(b"")
        return ()

    worker = UntilPublished(empty, lambda: ("static/style.css",), lambda: ())
    published = watch_until_published(project, worker)
    assert worker.asked[:2] == [[], ["static/style.css"]]
    assert [outcome.changed for outcome in published] == [("static/style.css",)]


def test_an_emptied_files_build_dropped_for_the_next_passes_on_what_it_changed(project):
    """The build after the held one may change nothing more (the file emptied twice over): the pages have still not
    seen what the held one changed, and are reloaded for it."""
    stylesheet = project / "static" / "style.css"

    def empty():
        stylesheet.write_bytes(b"")
        return ()

    def empty_again():  # during the held build: an editor's second write of nothing
        stylesheet.write_bytes(b"")
        return ("static/style.css",)

    worker = UntilPublished(empty, empty_again, lambda: ())
    published = watch_until_published(project, worker)
    assert [outcome.changed for outcome in published] == [("static/style.css",)]


def test_a_folder_made_while_the_build_fails_is_reported_as_every_other_save_is(project):
    """A new briefing's folder ends the watch's round, and the round after it checks again: that check, quiet when it
    finds nothing new, dropped the save's own outcome, so a `cp -r` while failing printed nothing, its `rm -r` "still
    failing with the same 1 problem"."""
    briefing = project / "content" / SLUG

    def copy():  # during the round's first build, once its watcher is live
        shutil.copytree(briefing, project / "content" / "copied")
        return ()

    worker = UntilPublished(copy, lambda: (), problems=(Problem(f"content/{SLUG}/briefing.yaml", 7, "broken"),))
    published = watch_until_published(project, worker)
    assert worker.asked[:3] == [[], ["content/copied"], []], "the save, then the next round's check"
    assert [outcome.problems for outcome in published] == [worker.problems]


@pytest.mark.slow  # a preview server: seconds
def test_every_page_gets_a_live_reload_client_that_finds_a_restarted_server_soon(project):
    """livereload adds its client only before a literal `</head>`: a blank page built from an emptied template, or
    one whose template writes `</HEAD>`, stayed as it was through every later save. Its client tried again to reach a
    stopped server after twice as long each time, up to a minute: a page left open while the server was down for 100 s
    was reloaded 22 s after it served again."""
    template = project / TEMPLATE
    with serving(project) as server:
        page = fetch(server.url + BRIEFING_PAGE)[1]
        assert re.search(r'<script src="/livereload\.js\?snipver=\d+&amp;maxdelay=2000"></script></head>', page)
        for text, shows in (("", ""), ("<!doctype html><HTML><HEAD><title>Upper</title></HEAD><BODY>Upper case"
                                       "</BODY></HTML>", "Upper case")):
            before = server.output.count("rebuilt in")
            template.write_text(text, encoding="utf-8")
            server.wait_until(lambda: server.output.count("rebuilt in") > before, "the template is built")
            status, page = fetch(server.url + BRIEFING_PAGE)
            assert status == 200 and shows in page
            assert CLIENT.search(page), page[-300:]


def reloaded(page, condition: str) -> None:
    """Wait until the page has been loaded again (the mark set on it before is gone) and `condition` holds."""
    page.wait_for_function(f"() => !window.before && document.readyState === 'complete' && ({condition})",
                           timeout=SOON * 1000)


@pytest.mark.slow  # a preview server and a browser: seconds
def test_a_page_keeps_its_place_following_its_renamed_briefing_and_through_a_blank_page(project, chromium):
    """The page follows the folder to its new address through the server's redirect; its place was kept under the old
    address only, so it came back at the top. A template left empty for a while built a blank page, which had no
    live-reload client, and which would have kept the place it could hold: the top."""
    page = chromium.new_context(viewport={"width": 800, "height": 500}).new_page()  # closed by the fixture
    template = project / TEMPLATE
    text = template.read_text(encoding="utf-8")
    with serving(project) as server:
        page.goto(server.url + BRIEFING_PAGE)
        wait_for_live_reload(page, server)
        page.evaluate("() => window.scrollTo(0, 700)")
        place = page.evaluate("() => window.scrollY")
        assert place == 700, "the briefing should be long enough to scroll"
        page.evaluate("() => { window.before = true; }")  # gone once the page reloads
        (project / "content" / SLUG).rename(project / "content" / "renamed-war")
        reloaded(page, "location.pathname === '/renamed-war/'")
        page.wait_for_function(f"() => window.scrollY === {place}", timeout=SOON * 1000)

        page.evaluate("() => { window.before = true; }")
        template.write_bytes(b"")
        reloaded(page, "document.querySelector('h1') === null && window.LiveReload.connector.protocol === 7")
        page.evaluate("() => { window.before = true; }")
        template.write_text(text, encoding="utf-8")
        reloaded(page, "document.querySelector('h1') !== null")
        page.wait_for_function(f"() => window.scrollY === {place}", timeout=SOON * 1000)
        assert server.alive(), server.output


def test_a_build_in_another_terminal_leaves_no_open_page_behind(project):
    """A save built by `build.py` in another terminal before the server's own build (the server stopped with Ctrl-Z
    meanwhile, or waiting for that build's lock) left the server's build nothing to change: "no change", and the open
    pages kept showing the site before it."""
    (project / "site").mkdir()
    published = []
    worker = ScriptedWorker(lambda: (), lambda: (), lambda: ())
    builds = serve.Builds(worker, Project.at(project), threading.Event(), published.append)
    builds.run([])
    builds.run([])  # nothing came between: nothing to reload
    (project / "elsewhere").mkdir()  # the other process's build swaps its own folder in, as the writer does
    (project / "site").rename(project / "before")
    (project / "elsewhere").rename(project / "site")
    builds.run([f"content/{SLUG}/briefing.yaml"])
    assert [serve.reload_messages(outcome, None) for outcome in published] == [[], [], [serve.FULL_RELOAD]]
