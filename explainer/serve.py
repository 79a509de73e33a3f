"""The dev server: build, serve the site with live reload, rebuild on every change.

One background thread waits for changes (watchfiles, so inotify rather than polling) and
rebuilds; the tornado IOLoop serves the output folder and hands each build's outcome to the
browsers. While the build fails, every page request is answered with the error page.

From livereload we use the websocket protocol, its browser client and its script injection.
Its own `Server.serve` loop is not used: it polls every 800 ms, watches the working folder
(and so the output) when given no watch list, drops a reload that comes within 3 s of the
previous one, and injects an inline script that the site's Content-Security-Policy blocks.
"""

from __future__ import annotations

import asyncio
import errno
import gc
import ipaddress
import json
import signal
import sys
import threading
import time
import traceback
import webbrowser
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

import watchfiles
from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from livereload.server import LiveScriptInjector
from tornado import netutil, web
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop
from tornado.websocket import WebSocketClosedError

from .error_page import render_error_page
from .cache import BuildCache
from .pipeline import Briefing, Project, load_briefing, plan_and_render
from .problems import ContentError, Problem, display_path
from .write import OutputError, write_site

WATCHED = ("content", "seeds", "templates", "static")
RENDER_ONLY = ("templates", "static")  # a change here needs no reloading of the content
PORT_TRIES = 20
WATCH_STEP_MS = 10  # how long the watcher waits for a save's events to settle
WAKE_MS = 50  # how often the idle watcher returns to Python
FULL_RELOAD = {"command": "reload", "path": "*", "liveCSS": False, "liveImg": False}
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


@dataclass(frozen=True)
class Outcome:
    """One build as the server reports it."""

    problems: tuple[Problem, ...]  # empty when the build succeeded
    error_page: bytes | None  # the page shown in place of the site while the build fails
    changed: tuple[str, ...]  # output files whose bytes differ from the last good build
    seconds: float

    @property
    def failed(self) -> bool:
        return bool(self.problems)


class Builder:
    """Rebuilds the site after changes, keeping what the next rebuild can reuse. Never raises."""

    def __init__(self, project: Project):
        self.project = project
        self.files: dict[str, bytes] = {}  # the last site written
        self.briefing: Briefing | None = None  # the last content loaded, validated and anchored
        self.cache = BuildCache()  # unchanged files, sources and source pages are reused

    def build(self, changed: set[Path] | None = None) -> Outcome:
        """Build and write the site; return what happened."""
        started = time.perf_counter()
        gc.disable()  # as in cli.main: collecting during a build frees nothing and costs much
        try:
            files = self.site_files(changed)
            write_site(self.project.out, files, self.files or None)
        except ContentError as error:
            return self.failure(error.problems, started)
        except OutputError as error:
            return self.failure([Problem(display_path(self.project.out, self.project.root), 0, str(error))], started)
        except (Exception, SystemExit) as error:  # a bug in a build step must not stop the server
            traceback.print_exc()
            return self.failure([Problem("build.py", 0, f"internal error: {type(error).__name__}: {error}",
                                        "a bug in the generator; the traceback is in the terminal")], started)
        finally:
            gc.enable()
        paths = files.keys() | self.files.keys()
        changed_files = tuple(sorted(p for p in paths if files.get(p) != self.files.get(p)))
        self.files = files
        return Outcome((), None, changed_files, time.perf_counter() - started)

    def site_files(self, changed: set[Path] | None) -> dict[str, bytes]:
        """Return the site's files, loading the content again only when it may have changed."""
        if self.briefing is None or changed is None or not all(self.render_only(p) for p in changed):
            self.briefing = None
            self.briefing = load_briefing(self.project, self.cache)
        return plan_and_render(self.project, self.briefing, self.cache)

    def render_only(self, path: Path) -> bool:
        """Return whether a change at `path` leaves the loaded content valid."""
        return any(path.is_relative_to(self.project.root / name) for name in RENDER_ONLY)

    def failure(self, problems, started: float) -> Outcome:
        """Return the outcome of a failed build, with its error page."""
        page = render_error_page(self.project.root, list(problems), self.project.out.name)
        return Outcome(tuple(problems), page, (), time.perf_counter() - started)


class OutputFilter(watchfiles.DefaultFilter):
    """Ignores editors' scratch files and anything the writer puts beside or in the output."""

    def __init__(self, out: Path):
        super().__init__()
        self.out = out.absolute()

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        try:
            first = Path(path).relative_to(self.out.parent).parts[0]
        except (ValueError, IndexError):
            first = ""
        in_output = first == self.out.name or first.startswith(f".{self.out.name}.")
        return not in_output and super().__call__(change, path)


def keep_building(project: Project, publish: Callable[[Outcome], None], stopping: threading.Event) -> None:
    """Build once the watcher is live, then rebuild after every change until `stopping` is set."""
    # The server runs threads (its HTTP loop, the file watcher), and a forked child of a threaded
    # process can deadlock on a lock another thread held; so one process, unless --jobs asks.
    # Rebuilds render only the source pages an edit affects anyway.
    builder = Builder(replace(project, jobs=project.jobs or 1))
    folders = [project.root / name for name in WATCHED if (project.root / name).is_dir()]
    built = False
    try:
        # The watcher returns empty-handed every WAKE_MS; the first time it does, it is surely
        # watching, so a save made during the first build is not missed.
        for changes in watchfiles.watch(*folders, watch_filter=OutputFilter(project.out), step=WATCH_STEP_MS,
                                        rust_timeout=WAKE_MS, yield_on_timeout=True, stop_event=stopping,
                                        raise_interrupt=False):
            if changes or not built:
                publish(builder.build({Path(path) for _, path in changes} if built else None))
                built = True
    except Exception as error:  # e.g. no folder to watch, or the system's limit on watched folders
        print(f"error: watching for changes stopped ({error}); restart the server", file=sys.stderr, flush=True)
        if not built:
            publish(builder.build())


def reload_messages(outcome: Outcome, previous_page: bytes | None) -> list[dict]:
    """Return the livereload messages that bring open pages up to date with `outcome`."""
    if outcome.failed:
        return [FULL_RELOAD] if outcome.error_page != previous_page else []
    if previous_page is not None:
        return [FULL_RELOAD]
    if outcome.changed and all(path.endswith(".css") for path in outcome.changed):
        return [{"command": "reload", "path": path, "liveCSS": True, "liveImg": False} for path in outcome.changed]
    return [FULL_RELOAD] if outcome.changed else []


def tell_browsers(message: dict) -> int:
    """Send a message to every connected page, bypassing livereload's 3 s throttle; return how many."""
    text = json.dumps(message)
    sent = 0
    for waiter in list(LiveReloadHandler.waiters):
        try:
            waiter.write_message(text)
            sent += 1
        except WebSocketClosedError:
            LiveReloadHandler.waiters.discard(waiter)
    return sent


class Preview:
    """The latest build as the server shows it; used on the IOLoop thread only."""

    def __init__(self, project: Project):
        self.project = project
        self.error_page: bytes | None = None
        self.ready = asyncio.Event()

    def show(self, outcome: Outcome) -> None:
        """Take in a build's outcome, report it and reload the pages that need it."""
        previous, self.error_page = self.error_page, outcome.error_page
        messages = reload_messages(outcome, previous)
        reached = max([tell_browsers(m) for m in messages], default=0)
        report(outcome, reached, self.ready.is_set())
        self.ready.set()


def report(outcome: Outcome, reached: int, rebuilt: bool) -> None:
    """Print one line about a build, and its problems one per line."""
    took = f"{'rebuilt' if rebuilt else 'built'} in {outcome.seconds * 1000:.0f} ms"
    pages = f"; reloaded {reached} page{'s' if reached != 1 else ''}" if reached else ""
    if outcome.failed:
        count = len(outcome.problems)
        print(f"{took}: failed with {count} problem{'s' if count != 1 else ''}, shown in the browser{pages}",
              file=sys.stderr, flush=True)
        for problem in outcome.problems:
            print(f"error: {problem}", file=sys.stderr, flush=True)
        return
    names = ", ".join(outcome.changed[:3]) + (f" and {len(outcome.changed) - 3} more" if len(outcome.changed) > 3 else "")
    print(f"{took}: {names + ' changed' if names else 'no change'}{pages}", flush=True)


def is_page(path: str) -> bool:
    """Return whether a request path asks for an HTML page (or a folder's index)."""
    name = path.rsplit("/", 1)[-1]
    return name == "" or name.endswith(".html") or "." not in name


class SiteHandler(web.StaticFileHandler):
    """Serves the output folder fresh on every request, or the error page while the build fails."""

    def initialize(self, path: str, preview: Preview, hosts: frozenset | None) -> None:
        super().initialize(path=path, default_filename="index.html")
        self.preview = preview
        self.hosts = hosts

    def prepare(self) -> None:
        # A server on the loopback answers only to loopback names, so that no web page can
        # read the briefing or the error page's file excerpts through DNS rebinding.
        if self.hosts is not None and self.request.host_name not in self.hosts:
            raise web.HTTPError(403, reason="Unknown host name")

    async def get(self, path: str, include_body: bool = True) -> None:
        page = self.preview.error_page
        if page is None or not is_page(path):
            await super().get(path, include_body)
            return
        self.set_status(500)
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(page if include_body else None)

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", "no-store")

    def should_return_304(self) -> bool:
        return False

    def compute_etag(self) -> None:
        return None


class ClientInjector(LiveScriptInjector):
    """Adds livereload's client to every HTML response, as an external script the site's CSP allows."""

    script = b'<script src="/livereload.js"></script>'


def make_app(preview: Preview, host: str) -> web.Application:
    """Return the tornado application: livereload's socket and client, then the site."""
    return web.Application([
        (r"/livereload", LiveReloadHandler),
        (r"/livereload\.js", LiveReloadJSHandler),
        (r"/(.*)", SiteHandler, {"path": str(preview.project.out), "preview": preview,
                                 "hosts": allowed_hosts(host)}),
    ], transforms=[ClientInjector], log_function=lambda handler: None)


def allowed_hosts(host: str) -> frozenset | None:
    """Return the Host names a server bound to `host` answers to, or None for any name."""
    name = host.lower().strip("[]")
    try:
        loopback = name == "localhost" or ipaddress.ip_address(name).is_loopback
    except ValueError:
        loopback = False
    return LOOPBACK | {name, f"[{name}]"} if loopback else None


def bind(host: str, port: int) -> tuple[list, int]:
    """Return listening sockets on `port`, or on the next free port after it."""
    for candidate in range(port, port + PORT_TRIES):
        try:
            sockets = netutil.bind_sockets(candidate, address=host)
        except OSError as error:
            if error.errno != errno.EADDRINUSE or port == 0:
                raise
            continue
        return sockets, sockets[0].getsockname()[1]
    raise OSError(errno.EADDRINUSE, f"ports {port} to {port + PORT_TRIES - 1} are all in use; choose another --port")


def page_url(host: str, port: int) -> str:
    """Return the address to open the briefing at."""
    shown = {"": "127.0.0.1", "0.0.0.0": "127.0.0.1", "::": "[::1]"}.get(host, host)
    return f"http://{f'[{shown}]' if ':' in shown and not shown.startswith('[') else shown}:{port}/"


def listen(preview: Preview, host: str, port: int) -> tuple[HTTPServer, int]:
    """Return the server listening on `port` or the next free one (saying so), and that port."""
    sockets, bound = bind(host, port)
    if bound != port:
        print(f"port {port} is in use; serving on port {bound} instead", flush=True)
    server = HTTPServer(make_app(preview, host))
    server.add_sockets(sockets)
    return server, bound


async def run(project: Project, host: str, port: int, open_browser: bool) -> int:
    """Serve until Ctrl-C or SIGTERM; return the exit code."""
    preview = Preview(project)
    try:
        server, port = listen(preview, host, port)
    except OSError as error:
        print(f"error: cannot listen on {host}:{port}: {error.strerror or error}", file=sys.stderr)
        return 1
    stop, stopping = asyncio.Event(), threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        asyncio.get_running_loop().add_signal_handler(signum, stop.set)
    loop = IOLoop.current()
    builder = threading.Thread(target=keep_building, name="rebuild", daemon=True,
                               args=(project, lambda outcome: loop.add_callback(preview.show, outcome), stopping))
    builder.start()
    try:
        await preview.ready.wait()
        if not stop.is_set():
            url = page_url(host, port)
            print(f"serving {display_path(project.out, project.root)}/ at {url} (Ctrl-C to stop)", flush=True)
            if open_browser:
                threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
            await stop.wait()
    finally:
        stopping.set()
        server.stop()
        builder.join(timeout=60)  # let a build in progress finish its atomic swap
        await asyncio.sleep(0)  # and report it before saying goodbye
    print("stopped", flush=True)
    return 0


def serve(project: Project, host: str, port: int, open_browser: bool) -> int:
    """Build, serve the site with live reload and rebuild on every change; return the exit code."""
    return asyncio.run(run(project, host, port, open_browser))
