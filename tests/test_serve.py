"""The dev server through the front door: a real `build.py serve` process, real files, a real browser.

Every test works on a private copy of the project and stops its server in a `finally`.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Callable, Iterator

import pytest

from conftest import REPO, copy_project, run_build, tree_digest
from deadlines import Deadline
from support import edit
from zygote import zygotes

# Seconds allowed for what takes well under one on a quiet machine: of running time, not of the clock (a Deadline adds
# back the time the server, its build and this process waited for a core), so that a load of 25 cannot run it out.
SOON = 15.0
RECHECK_S = 0.25  # how often a wait on the server checks again without being told (see ServerProcess.wait_until)
BROKEN_TITLE = "title: Live: preview"  # YAML refuses ': ' in a plain value: an error on line 2
SLUG = "pakistan-afghanistan-war"
BRIEFING_PAGE = f"{SLUG}/"  # the briefing's page, below the server's URL (the home page is at the URL itself)


class ServerProcess:
    """A running `build.py serve` and everything it has printed so far."""

    def __init__(self, process: subprocess.Popen, root: Path):
        self.process = process
        self.root = root  # the project it serves
        self.lines: list[str] = []
        self.ended = False  # its output is closed: it has stopped, or is stopping
        self.said = threading.Condition()  # notified on every line it prints, and when its output ends
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.url = self._wait_for_url()

    def _read(self) -> None:
        try:
            for line in self.process.stdout:
                with self.said:
                    self.lines.append(line.rstrip("\n"))
                    self.said.notify_all()
        finally:
            with self.said:
                self.ended = True
                self.said.notify_all()

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    def wait_until(self, condition: Callable[[], bool], what: str, timeout: float = SOON) -> None:
        """Wait until `condition()` holds, checking it again each time the server prints a line.

        What the server serves changes only when a build ends, and it prints a line for each
        build (as for everything else it does), so the condition is checked on that event, not
        on a timer; it is also checked every RECHECK_S, so that a change without a line only
        comes late, never unseen. `timeout` is a budget of running time (see Deadline).
        """
        deadline = Deadline(timeout)
        while True:
            with self.said:
                seen, ended = len(self.lines), self.ended
            if condition():
                return
            if ended:
                raise AssertionError(f"the server stopped before {what}:\n{self.output}")
            left = deadline.left()
            if left <= 0:
                # What the server printed is what tells a slow build from a missed change.
                raise AssertionError(f"timed out waiting until {what}; the server printed:\n{self.output}")
            with self.said:
                self.said.wait_for(lambda: len(self.lines) > seen or self.ended, min(left, RECHECK_S))

    def _wait_for_url(self) -> str:
        """Return the address the server says it serves at, once it says so (after its first build)."""
        address = re.compile(r" at (http://\S+) \(Ctrl-C to stop\)")
        try:
            self.wait_until(lambda: address.search(self.output), "the server serves", timeout=30)
        except AssertionError:
            raise AssertionError(f"the server did not start:\n{self.output}") from None
        return address.search(self.output).group(1)

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, signum: int = signal.SIGINT, within: float = 20) -> int:
        """Stop it as Ctrl-C does; kill it if it does not stop `within` seconds of running time; return its exit code."""
        if self.alive():
            self.process.send_signal(signum)
        try:
            code = wait_for_end(self.process, within)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
            raise AssertionError(f"the server did not stop on {signal.Signals(signum).name} within {within:g} s:\n"
                                 f"{self.output}") from None
        self.reader.join(timeout=5)
        return code


@contextmanager
def serving(root: Path, port: int | None = None, options: tuple[str, ...] = (), **env_vars: str) -> Iterator[ServerProcess]:
    """Run `build.py --root ROOT serve [OPTIONS]` on a free port for the duration of the block."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1", **env_vars}
    command = [sys.executable, str(REPO / "build.py"), "--root", str(root), "serve", "--port", str(port or free_port()),
               *options]
    # Forked from a zygote that imported the server already (tests/zygote.py): 0.25 s of CPU less a server.
    process = zygotes().popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    server = None
    try:
        server = ServerProcess(process, root)
        yield server
    finally:
        if server is not None:
            server.stop()
        elif process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        if process.stdout:
            process.stdout.close()


# What a server prints when it builds: no test that shares a server may make it build.
BUILDING = re.compile(r"\b(?:re)?built in |building it again")


class SharedServer:
    """One server for the tests that change no input file and stop nothing, replaced once a test leaves it otherwise.

    A test that made it build (site/ moved away, say, which has it build again, and fail) or stopped it left an error
    page, or nothing, to the tests after it: ten failures from one. Such a test now fails in its teardown, saying what
    the server printed, and the next test gets a fresh server.
    """

    def __init__(self, folder: Path):
        self.folder, self.started = folder, 0
        self.server: ServerProcess | None = None
        self.stack = ExitStack()
        self.seen = 0  # the lines the server had printed when a test last took it

    def take(self) -> ServerProcess:
        """Return the server, after starting a fresh one if the last was left stopped or building."""
        if self.server is not None and self.left_otherwise():
            self.close()
        if self.server is None:
            self.started += 1
            self.server = self.stack.enter_context(serving(copy_project(self.folder / f"project-{self.started}")))
        self.seen = len(self.server.lines)
        return self.server

    def left_otherwise(self) -> str:
        """Return what the server printed since it was taken if it built or stopped meanwhile, else ''."""
        said = "\n".join(self.server.lines[self.seen:])
        if not self.server.alive() or BUILDING.search(said):
            return said or "(nothing)"
        return ""

    def give_back(self) -> None:
        """Fail, and retire the server, if the test that took it made it build or stopped it."""
        said = self.left_otherwise()
        if said:
            self.close()
            pytest.fail(f"the test left the shared server built again or stopped; it printed:\n{said}")

    def close(self) -> None:
        self.stack.close()
        self.server = None

    def __enter__(self) -> SharedServer:
        return self

    def __exit__(self, *exception) -> None:
        self.close()


# The system calls a thread sleeping in Python's select.select() is in: select or pselect6 (glibc uses either).
SELECT_CALLS = {"x86_64": {"23", "270"}, "aarch64": {"72"}}[platform.machine()]
SLEEP_CALLS = {"x86_64": {"35", "230"}, "aarch64": {"101", "115"}}[platform.machine()]  # nanosleep, clock_nanosleep


def server_asleep(pid: int) -> bool:
    """Say whether a `build.py serve` process sleeps: one thread waits in select (the bell) and none in a timed
    sleep (the watcher's 10 ms steps); its loop and inotify threads wait in epoll either way."""
    calls = set()
    for thread in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{thread}/syscall", encoding="ascii") as status:
                calls.add(status.read().split()[0])
        except OSError:  # a thread ended meanwhile
            continue
    return bool(calls & SELECT_CALLS) and not calls & SLEEP_CALLS


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    """Return the status and text of a GET request."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def fetch_as_host(url: str, host: str) -> tuple[int, str]:
    """Return the status and text of a GET request sent with another Host header."""
    request = urllib.request.Request(url, headers={"Host": f"{host}:{urllib.parse.urlsplit(url).port}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def wait_until(condition: Callable[[], bool], what: str, timeout: float = SOON) -> None:
    """Wait until `condition()` holds, checking it every 20 ms: for what no event tells of.

    Waits on what a server serves or prints use ServerProcess.wait_until, which waits on its output.
    `timeout` is a budget of running time (see Deadline).
    """
    deadline = Deadline(timeout)
    while not condition():
        if deadline.passed():
            raise AssertionError(f"timed out waiting until {what}")
        time.sleep(0.02)


def wait_for_end(process: subprocess.Popen, timeout: float) -> int:
    """Return the exit code of `process` once it ends; raise TimeoutExpired after `timeout` of running time.

    Asked every tenth of a second: what the process waited for a core is counted until it ends, not after.
    """
    deadline = Deadline(timeout)
    while True:
        try:
            return process.wait(timeout=min(max(deadline.left(), 0.0), 0.1))
        except subprocess.TimeoutExpired:
            if deadline.passed():
                raise


def in_time(wait: Callable[[float], object], timeout: float = SOON) -> object:
    """Return what a browser's wait `wait(milliseconds)` returns, giving it `timeout` of running time (see Deadline):
    asked again a second at a time, as Playwright's own limits are seconds of the clock."""
    from playwright.sync_api import TimeoutError as BrowserTimeout

    deadline = Deadline(timeout)
    while True:
        try:
            return wait(min(max(deadline.left(), 0.1), 1.0) * 1000)
        except BrowserTimeout:
            if deadline.passed():
                raise


def page_shows(server: ServerProcess, text: str, path: str = "") -> Callable[[], bool]:
    return lambda: text in fetch(server.url + path)[1]


def set_title(root: Path, line: str) -> None:
    """Replace the briefing's title line."""
    path = root / "content" / SLUG / "briefing.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^title: .*$", line.replace("\\", r"\\"), text, count=1), encoding="utf-8")


def wait_for_live_reload(page, server: ServerProcess) -> None:
    """Wait until the page's livereload client has shaken hands and the server counts the page as open."""
    in_time(lambda ms: page.wait_for_function("() => window.LiveReload && window.LiveReload.connector.protocol === 7",
                                              timeout=ms))
    server.wait_until(lambda: "page open: " in server.output, "the server counts the page as open")


@pytest.fixture
def browser(chromium):
    return chromium


@pytest.fixture
def page(browser):
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()


# --- in the browser -------------------------------------------------------------------------

def test_edits_reach_the_open_page_and_a_broken_file_shows_where(project, page):
    with serving(project) as server:
        page.goto(server.url + BRIEFING_PAGE)
        wait_for_live_reload(page, server)
        set_title(project, "title: Edited while the page is open")
        in_time(lambda ms: page.locator("h1", has_text="Edited while the page is open").wait_for(timeout=ms))

        set_title(project, BROKEN_TITLE)
        where = page.locator(".where", has_text=f"content/{SLUG}/briefing.yaml:2:").first
        in_time(lambda ms: where.wait_for(timeout=ms))
        assert "mapping values are not allowed" in page.inner_text("body")
        assert page.locator(".line.offending").first.inner_text().endswith(BROKEN_TITLE)
        assert server.alive()

        set_title(project, "title: Fixed again")
        in_time(lambda ms: page.locator("h1", has_text="Fixed again").wait_for(timeout=ms))
        assert server.alive(), server.output


def test_two_saves_a_second_apart_both_reach_the_page(project, page):
    with serving(project) as server:
        page.goto(server.url + BRIEFING_PAGE)
        wait_for_live_reload(page, server)
        first_save = time.monotonic()
        set_title(project, "title: First save")
        in_time(lambda ms: page.locator("h1", has_text="First save").wait_for(timeout=ms))
        time.sleep(max(0.0, 1.0 - (time.monotonic() - first_save)))
        set_title(project, "title: Second save")
        # livereload alone drops a reload within ~3 s of the last one, for good: waiting longer would not help.
        in_time(lambda ms: page.locator("h1", has_text="Second save").wait_for(timeout=ms))
        assert server.alive(), server.output


def test_a_stylesheet_change_restyles_the_page_without_reloading_it(project, page):
    with serving(project) as server:
        page.goto(server.url)
        wait_for_live_reload(page, server)
        page.evaluate("() => { window.sameDocument = true; }")
        with (project / "static" / "style.css").open("a", encoding="utf-8") as css:
            css.write("\n:root { --live-css-probe: 42px; }\n")
        probe = "() => getComputedStyle(document.documentElement).getPropertyValue('--live-css-probe').trim() === '42px'"
        in_time(lambda ms: page.wait_for_function(probe, timeout=ms))
        assert page.evaluate("() => window.sameDocument === true"), "the page was reloaded, not just restyled"
        # Printed before the page could fetch the stylesheet, but read by the ServerProcess's own thread.
        server.wait_until(lambda: "static/style.css changed" in server.output, "the server reported the stylesheet")


def test_a_build_announced_while_the_page_loads_still_reaches_it(project, page):
    # A page that is loading has no live-reload socket yet: the reload of a build that ends
    # meanwhile reaches nobody, and the page would keep the build before it until the next save.
    with serving(project) as server:
        def save_while_loading(route) -> None:  # the page is read, its socket not yet open
            set_title(project, "title: Saved while the page loaded")
            server.wait_until(lambda: "rebuilt in" in server.output, "the server rebuilds")
            assert "Saved while the page loaded" in fetch(server.url + BRIEFING_PAGE)[1]
            route.continue_()

        page.route("**/livereload.js*", save_while_loading, times=1)
        page.goto(server.url + BRIEFING_PAGE, wait_until="commit")
        in_time(lambda ms: page.locator("h1", has_text="Saved while the page loaded").wait_for(timeout=ms))
        assert server.alive(), server.output


def test_the_open_page_of_a_deleted_briefing_says_so_and_comes_back_when_restored(project, page):
    with serving(project) as server:
        page.goto(server.url + BRIEFING_PAGE)
        wait_for_live_reload(page, server)
        title = page.locator("h1").first.inner_text()
        (project / "content" / SLUG).rename(project / "moved-away")
        in_time(lambda ms: page.locator("h1", has_text=f"No page at /{BRIEFING_PAGE}").wait_for(timeout=ms))
        status, text = fetch(server.url + BRIEFING_PAGE)
        assert status == 404
        assert re.search(r'<script src="/livereload\.js\?snipver=\d+&amp;maxdelay=2000"></script></head>', text)
        (project / "moved-away").rename(project / "content" / SLUG)
        in_time(lambda ms: page.locator("h1", has_text=title).wait_for(timeout=ms))
        assert fetch(server.url + "static/no-such.css")[0] == 404  # files other than pages: a plain 404
        assert server.alive(), server.output


def test_a_page_open_across_a_server_restart_gets_the_restarted_servers_build(project, page):
    port = free_port()
    with serving(project, port) as server:
        page.goto(server.url + BRIEFING_PAGE)
        wait_for_live_reload(page, server)
    set_title(project, "title: Edited while the server was down")
    with serving(project, port) as server:
        assert server.url.endswith(f":{port}/")
        # The page's client reconnects by itself (after 1 s, then 2 s, ...) and must then reload.
        in_time(lambda ms: page.locator("h1", has_text="Edited while the server was down").wait_for(timeout=ms))


def test_a_reload_through_the_error_page_keeps_the_place_on_a_source_page(project, page):
    page.set_viewport_size({"width": 1000, "height": 700})
    with serving(project) as server:
        page.goto(server.url + "sources/report.html")
        anchor = page.eval_on_selector_all("[id^=passage-]", "found => found[Math.floor(found.length / 2)].id")
        page.goto(server.url + f"sources/report.html#{anchor}")
        wait_for_live_reload(page, server)
        page.evaluate("() => window.scrollBy(0, 300)")
        place = page.evaluate("() => window.scrollY")
        assert place > 300, "the passage should be far down the page"

        page.evaluate("() => { window.before = true; }")  # gone once the page reloads
        set_title(project, BROKEN_TITLE)
        in_time(lambda ms: page.locator(".where").first.wait_for(timeout=ms))
        set_title(project, "title: Fixed again")
        in_time(lambda ms: page.wait_for_function("() => !window.before && document.readyState === 'complete'"
                                                  " && !document.querySelector('.where')", timeout=ms))
        in_time(lambda ms: page.wait_for_function(f"() => window.scrollY === {place}", timeout=ms))
        assert page.url.endswith(f"#{anchor}")


def test_the_error_and_not_found_pages_pass_axe_in_light_and_dark_and_run_no_content(project, page):
    from browser_support import axe_audit

    key = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    edit(project / "content" / SLUG / "briefing.yaml", "title:", f'"{key}": 1\ntitle:')
    dialogs = []
    with serving(project) as server:
        for path, heading in ((BRIEFING_PAGE, "did not build"), ("no-such-briefing/", "No page at")):
            if path != BRIEFING_PAGE:  # the 404 page shows only while the build succeeds
                edit(project / "content" / SLUG / "briefing.yaml", f'"{key}": 1\n', "")
                server.wait_until(lambda: fetch(server.url + BRIEFING_PAGE)[0] == 200, "the build was fixed")
            tab = page.context.new_page()  # the open error page reloads by itself meanwhile
            tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            tab.goto(server.url + path)
            in_time(lambda ms: tab.locator("h1", has_text=heading).wait_for(timeout=ms))
            if path == BRIEFING_PAGE:
                assert tab.locator(".where").first.inner_text() == f"content/{SLUG}/briefing.yaml:2"
                assert key in tab.locator(".message").first.inner_text()
            for scheme in ("light", "dark"):
                tab.emulate_media(color_scheme=scheme)
                results = axe_audit(tab)
                assert results.violations_count == 0, f"{path} {scheme}: {results.generate_report()}"
    assert dialogs == []


# --- over HTTP ------------------------------------------------------------------------------

def test_a_failing_first_build_serves_the_error_page_until_fixed(project):
    set_title(project, BROKEN_TITLE)
    with serving(project) as server:
        status, text = fetch(server.url + BRIEFING_PAGE)
        assert status == 500
        assert f"content/{SLUG}/briefing.yaml:2:12" in text and "mapping values are not allowed" in text
        assert re.search(r'<script src="/livereload\.js\?snipver=\d+&amp;maxdelay=2000"></script></head>', text), \
            "the error page must reload itself"
        assert fetch(server.url)[0] == 500, "the home page shows the error too"
        assert not (project / "site").exists()
        assert "there is no good build in <code>site/</code> yet" in text and "last good build" not in text
        set_title(project, "title: Back after a broken start")
        server.wait_until(page_shows(server, "<h1>Back after a broken start</h1>", BRIEFING_PAGE),
                          "the briefing came back")
        assert fetch(server.url + BRIEFING_PAGE)[0] == 200
        assert fetch(server.url)[0] == 200
        assert server.alive()


def test_template_and_citation_mistakes_keep_the_last_good_site(project):
    with serving(project) as server:
        good = tree_digest(project / "site")
        index = project / "templates" / "index.html"
        edit(index, "{% block body %}", "{% block body %}{% if %}")
        server.wait_until(page_shows(server, "templates/index.html:"), "the template error was shown")
        assert "template syntax error" in fetch(server.url)[1]
        assert "<code>site/</code> keeps the last good build" in fetch(server.url)[1]
        assert fetch(server.url + "sources/report.html")[0] == 500, "every page shows the error"
        assert fetch(server.url + "static/style.css")[0] == 200, "assets are still served"
        assert tree_digest(project / "site") == good
        edit(index, "{% block body %}{% if %}", "{% block body %}")
        server.wait_until(lambda: fetch(server.url)[0] == 200, "the template was fixed")

        background = project / "content" / SLUG / "background.yaml"
        quote = re.search(r"(?m)^    quote: (.+)$", background.read_text(encoding="utf-8")).group(1)
        edit(background, f"quote: {quote}", f"quote: {quote} and words the source never had")
        server.wait_until(page_shows(server, f"content/{SLUG}/background.yaml:"),
                          "the unanchored citation was shown")
        assert tree_digest(project / "site") == good
        edit(background, f"quote: {quote} and words the source never had", f"quote: {quote}")
        server.wait_until(lambda: fetch(server.url)[0] == 200, "the citation was fixed")
        assert server.alive(), server.output


def test_a_watched_folder_made_or_replaced_while_serving_is_watched(project, tmp_path):
    assert not (project / "locales").exists()
    with serving(project) as server:
        # locales/ made while serving: its file counts at once, and so do its later edits.
        english = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
        assert "All briefings" in english
        (project / "locales").mkdir()
        (project / "locales" / "en.yaml").write_text(english.replace("All briefings", "Every briefing"),
                                                     encoding="utf-8")
        server.wait_until(page_shows(server, "Every briefing", BRIEFING_PAGE), "the new locale was used")
        (project / "locales" / "en.yaml").write_text(english.replace("All briefings", "Each briefing"),
                                                     encoding="utf-8")
        server.wait_until(page_shows(server, "Each briefing", BRIEFING_PAGE), "the locale edit was used")

        # templates/ deleted and restored as a new folder (its old watch is gone with it).
        shutil.copytree(project / "templates", tmp_path / "kept-templates")
        shutil.rmtree(project / "templates")
        server.wait_until(lambda: fetch(server.url)[0] == 500, "the missing templates were shown")
        shutil.copytree(tmp_path / "kept-templates", project / "templates")
        server.wait_until(lambda: fetch(server.url)[0] == 200, "the restored templates were used")
        edit(project / "templates" / "briefing.html", "<h1>", '<h1 class="after-restore">')
        server.wait_until(page_shows(server, '<h1 class="after-restore">', BRIEFING_PAGE),
                          "an edit of a restored template was served")
        assert server.alive(), server.output


def inotify_watches(pid: int) -> int:
    """Return how many folders a process watches with inotify (the kernel lists each in its fdinfo), each once though
    both the watcher and the idle server's bell (explainer/change_bell.py) watch it."""
    watched = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}") == "anon_inode:inotify":
                watched |= set(re.findall(r"inotify wd:\S+ (ino:\S+ sdev:\S+)", Path(f"/proc/{pid}/fdinfo/{fd}").read_text()))
        except OSError:
            continue
    return len(watched)


def test_a_link_in_a_watched_folder_is_not_followed_by_the_watcher(project, tmp_path):
    """The watcher's own recursion followed links: a link in content/ to / had it watch the whole
    disk (the user's inotify watches spent, then "Permission denied" on /proc stopped all watching)."""
    outside = tmp_path / "outside"
    for number in range(200):
        (outside / f"folder-{number}").mkdir(parents=True)
    (project / "content" / "elsewhere").symlink_to(outside, target_is_directory=True)
    own = sum(len(list(os.walk(project / name))) for name in ("content", "seeds", "templates", "static"))
    own += 1  # the project's folder, whose entries the idle server's bell hears (a removed site/, a new locales/)
    with serving(project) as server:
        server.wait_until(lambda: fetch(server.url)[0] == 500, "the link out was refused")
        assert inotify_watches(server.process.pid) <= own
        (project / "content" / "elsewhere").unlink()
        server.wait_until(lambda: fetch(server.url)[0] == 200, "the build without the link was served")
        (project / "content" / "new-folder").mkdir()  # a folder made while serving is watched in its turn
        wait_until(lambda: inotify_watches(server.process.pid) == own + 1, "the new folder was watched")
        assert server.alive(), server.output


def test_the_served_site_equals_a_fresh_build_after_edits(project, tmp_path):
    # Even with EXPLAINER_WORKERS set, the server's builds run in one process: its build process has a
    # thread (watching for the server's end), and parallel.map_items never forks a process with threads.
    with serving(project, EXPLAINER_WORKERS="2") as server:
        set_title(project, "title: Content edited")
        server.wait_until(page_shows(server, "<h1>Content edited</h1>", BRIEFING_PAGE),
                          "the content edit was served")
        edit(project / "templates" / "briefing.html", "<h1>", '<h1 class="edited">')
        server.wait_until(page_shows(server, '<h1 class="edited">Content edited</h1>', BRIEFING_PAGE),
                          "the template edit was served")
    fresh = run_build(project, "--out", str(tmp_path / "fresh"))
    assert fresh.code == 0, fresh.err
    assert tree_digest(project / "site") == tree_digest(tmp_path / "fresh")


def test_a_port_in_use_moves_to_the_next_free_one(project):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with serving(project, port) as server:
            assert f"port {port} is in use; serving on port" in server.output
            assert not server.url.endswith(f":{port}/")
            assert server.url.startswith("http://127.0.0.1:")
            assert fetch(server.url)[0] == 200
            assert fetch_as_host(server.url, "localhost")[0] == 200
            assert fetch_as_host(server.url, "rebound.example")[0] == 403, "DNS rebinding must not reach the site"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_stopping_during_a_rebuild_leaves_a_whole_site_and_nothing_half_written(project, signum):
    with serving(project) as server:
        set_title(project, "title: Saved just before Ctrl-C")
        wait_until(lambda: list(project.glob(".site.*")) or "rebuilt" in server.output,
                   "the rebuild is writing, or done")
        code = server.stop(signum)
    assert code == 0, server.output
    assert server.output.rstrip().endswith("stopped")
    assert not list(project.glob(".site.*")), "a half-written site was left behind"
    assert (project / "site" / ".explainer-site").is_file() and (project / "site" / "index.html").is_file()
    assert (project / "site" / SLUG / "index.html").is_file()


def test_the_build_command_imports_no_server_packages(project):
    code = ("import sys; from explainer.cli import main; code = main(['--root', sys.argv[1]]);"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'tornado', 'livereload', 'watchfiles'}))")
    done = zygotes().run([sys.executable, "-c", code, str(project)], capture_output=True, text=True, cwd=REPO,
                         timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("[]")


# --- the pieces the server is made of -------------------------------------------------------

def test_the_error_page_shows_the_offending_lines_escaped_with_the_column_marked(tmp_path):
    from explainer.error_page import render_error_page
    from explainer.problems import Problem

    lines = [f"line {n}" for n in range(1, 11)]
    lines[4] = 'title: <script>alert("x")</script>: oops'
    (tmp_path / "content" / SLUG).mkdir(parents=True)
    (tmp_path / "content" / SLUG / "briefing.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    html = render_error_page(tmp_path, [Problem("content/pakistan-afghanistan-war/briefing.yaml", 5, "YAML syntax error: <here>", "fix it", 8),
                                        Problem("content", 0, "required file is missing")]).decode()
    assert "<h2 class=\"where\">content/pakistan-afghanistan-war/briefing.yaml:5:8</h2>" in html
    assert "<h2 class=\"where\">content</h2>" in html
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "YAML syntax error: &lt;here&gt;" in html
    shown = re.findall(r'<span class="num">(\d+)</span>', html)
    assert shown == ["2", "3", "4", "5", "6", "7", "8"]
    assert re.search(r'<span class="line offending"><span class="num">5</span>title: &lt;script', html)
    assert '<span class="caret">       ^</span>' in html
    assert "</head>" in html, "livereload injects its client before </head>"


def test_reload_messages_restyle_for_stylesheets_and_reload_for_everything_else():
    from explainer.serve import FULL_RELOAD, Outcome, reload_messages

    def ok(*changed):
        return Outcome((), None, changed, 0.1)

    failed = Outcome(("a problem",), b"<html>error</html>", (), 0.1)
    css = {"command": "reload", "path": "static/style.css", "liveCSS": True, "liveImg": False}
    assert reload_messages(ok("static/style.css"), None) == [css]
    assert reload_messages(ok("index.html", "static/style.css"), None) == [FULL_RELOAD]
    assert reload_messages(ok(), None) == [], "an edit that changes no output reloads nothing"
    assert reload_messages(ok("static/style.css"), b"<html>error</html>") == [FULL_RELOAD], "the error page goes"
    assert reload_messages(failed, None) == [FULL_RELOAD]
    assert reload_messages(failed, b"<html>error</html>") == [], "the same error page is not reloaded"


@pytest.mark.parametrize("host, answers", [
    ("127.0.0.1", {"127.0.0.1", "localhost", "[::1]"}), ("localhost", {"localhost"}), ("::1", {"[::1]"}),
    ("0.0.0.0", None), ("192.168.1.20", None),
])
def test_a_loopback_server_answers_only_to_loopback_names(host, answers):
    from explainer.serve import SharedNames, allowed_hosts

    allowed = allowed_hosts(host)
    assert isinstance(allowed, SharedNames) == (answers is None)  # shared: any address too (tests/test_attack_11.py)
    assert (answers or set()) <= allowed and "rebound.example" not in allowed


def test_without_its_template_the_error_page_still_lists_the_problems():
    from explainer.error_page import plain_error_page
    from explainer.problems import Problem

    html = plain_error_page([Problem("content/pakistan-afghanistan-war/briefing.yaml", 2, "found <b>", "quote it")], "TemplateNotFound").decode()
    assert "content/pakistan-afghanistan-war/briefing.yaml:2: found &lt;b&gt; (quote it)" in html and "</head>" in html


def test_the_not_found_page_shows_an_address_as_escapes_and_cut_short():
    """Anyone's link can open the preview at any address: a direction override in it made the page
    read otherwise ("No page at /\u202eabc" shows "cba"), and its length was the page's."""
    from explainer.error_page import MAX_SHOWN_PATH, render_not_found_page

    page = render_not_found_page("/\u202eabc<b>" + "x" * 5000).decode("utf-8")
    assert "\u202e" not in page
    heading = re.search(r"<h1>No page at <code>(.*?)</code></h1>", page).group(1)
    assert heading.startswith("/\\u202eabc&lt;b&gt;xxx")
    assert heading.endswith("x\u2026") and len(heading) == MAX_SHOWN_PATH + len("&lt;b&gt;") - len("<b>") + 1


def test_a_watched_folder_removed_while_serving_rebuilds_once(project):
    from explainer.serve import POLL_AFTER_CHANGE_ENV

    (project / "locales").mkdir()
    with serving(project, **{POLL_AFTER_CHANGE_ENV: "0.2"}) as server:
        server.wait_until(lambda: "built in" in server.output, "the first build")
        (project / "locales").rmdir()
        server.wait_until(lambda: "rebuilt in" in server.output, "the rebuild after the removal")
        # A second build would follow within WAKE_MS, and the server sleeps only once quiet (polling for 0.2 s here).
        wait_until(lambda: server_asleep(server.process.pid), "the server is quiet and sleeps")
        assert server.output.count("rebuilt in") == 1, server.output


class ScriptedWorker:
    """Stands in for the build process: each build runs the next step and returns its outcome."""

    def __init__(self, *steps: Callable[[], tuple[str, ...]]):
        self.steps, self.asked = list(steps), []

    def build(self, changed, stopping):
        from explainer.build_worker import Outcome
        self.asked.append(changed)
        outcome = Outcome(problems=(), error_page=None, changed=self.steps.pop(0)(), seconds=0.0)
        if not self.steps:
            stopping.set()  # every scripted build has run: the round ends at the watcher's next wake
        return outcome


def rounds_of_watching(project: Path, worker: ScriptedWorker, rounds: int, built_with=None):
    """Run `rounds` rounds of the server's watch as it runs them, returning the builds published."""
    from explainer import serve
    from explainer.project import Project
    published, stopping = [], threading.Event()

    served = Project.at(project)
    builds = serve.Builds(worker, served, stopping, published.append)
    builds.built_with, builds.shown = built_with, (() if built_with is not None else None)
    for _ in range(rounds):
        serve.watch_and_build(builds, serve.watched_folders(served))
    return published


def test_a_watched_folder_removed_while_a_build_runs_makes_another_build_due(project):
    """The removal's event goes with the round's watcher, which stops when the folders change: the
    folders the last build found, not an event, must say that it never built without locales/."""
    (project / "locales").mkdir()

    def build_then_remove_locales():
        (project / "locales").rmdir()  # while the build runs, after it read the folders
        return ("index.html",)

    worker = ScriptedWorker(build_then_remove_locales, lambda: ())
    published = rounds_of_watching(project, worker, rounds=2)
    assert len(worker.asked) == 2 and len(published) == 2, "the build without locales/ is reported though it changed nothing"


def test_a_folder_restored_after_the_last_build_is_built_though_no_event_told_of_it(project):
    """CI caught this: templates/ deleted, the build failed without it, and the folder was restored
    (its files copied in) before the next round's watcher was live, so no event ever came."""
    from explainer import serve
    from explainer.project import Project
    without_templates = serve.watched_folders(Project.at(project))
    without_templates.pop(project / "templates")
    worker = ScriptedWorker(lambda: ("index.html",))
    published = rounds_of_watching(project, worker, rounds=1, built_with=without_templates)
    assert [outcome.changed for outcome in published] == [("index.html",)]


def test_each_round_checks_once_its_watcher_is_live_and_says_so_only_if_something_changed(project):
    """A save in the moment between two rounds is built by the check; a check that found
    nothing to do prints nothing (the removal of a folder is reported once, not twice)."""
    from explainer import serve
    from explainer.project import Project
    folders = serve.watched_folders(Project.at(project))
    quiet = ScriptedWorker(lambda: ())
    assert rounds_of_watching(project, quiet, rounds=1, built_with=folders) == []
    assert quiet.asked == [[]], "the check ran"
    saved = ScriptedWorker(lambda: ("pakistan-afghanistan-war/index.html",))
    published = rounds_of_watching(project, saved, rounds=1, built_with=folders)
    assert [outcome.changed for outcome in published] == [("pakistan-afghanistan-war/index.html",)]


def test_open_opens_the_served_briefing_in_the_users_browser(project, tmp_path):
    """`serve --open` hands the served address to the user's browser ($BROWSER, as Python's webbrowser reads it)."""
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\nprintf "%s" "$1" > {opened}\n', encoding="utf-8")
    browser.chmod(0o755)
    with serving(project, options=("--open",), BROWSER=str(browser)) as server:
        wait_until(lambda: opened.exists() and opened.read_text(encoding="utf-8"), "the browser was given the address")
        assert opened.read_text(encoding="utf-8") == server.url
        assert fetch(server.url)[0] == 200
