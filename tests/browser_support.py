"""Helpers for the browser and HTML-validator tests: required tools, a local server, a browser page."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import select
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
# Chromium's headless mode is its whole browser with a window no one sees, and it preloads that window's omnibox
# popup, a WebUI page with a renderer of its own, which then worked on every page a test loaded: 35 ms of the 170 ms
# of CPU a load of the real briefing cost, 14 to 27 of the 200 CPU-seconds of the browser tests (two pairs of runs).
# Chromium 150 preloads no such popup; the features still cost nothing to turn off.
UNSEEN_WINDOW_FEATURES = ("PreloadTopChromeWebUI", "WebUIOmniboxPopup", "WebUIOmniboxAimPopup")


def in_ci() -> bool:
    """Say whether the tests run in CI, where a missing tool is a failure, never a skip."""
    return os.environ.get("CI") == "true"


def require(tool: str, why: str) -> str:
    """Return the path of a program the tests need; fail in CI, skip elsewhere, when it is missing."""
    found = tool if Path(tool).is_absolute() and os.access(tool, os.X_OK) else shutil.which(tool)
    if found:
        return found
    message = f"{tool} is not installed; {why} (.ci/run installs it)"
    if in_ci():
        pytest.fail(message)
    pytest.skip(message)


def launched_chromium(why: str):
    """Yield a headless Chromium (Debian's, driven by playwright) until the generator is closed: KeptChromium's, or a
    module-scoped fixture's body. A missing browser or playwright fails in CI and skips elsewhere."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        message = "the playwright package is not installed (pip install -e '.[test]')"
        pytest.fail(message) if in_ci() else pytest.skip(message)
    chromium_path = require(CHROMIUM, why)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path, args=chromium_args())
        try:
            yield chromium
        finally:
            chromium.close()


def chromium_args() -> list[str]:
    """Return the flags we launch Chromium with: CHROMIUM_ARGS, and the features of the unseen window turned off.

    Chromium reads only the last --disable-features it is given, and playwright gives its own (features that would
    make a test's page behave unlike a reader's, or reach the network): ours repeats playwright's list, read from its
    driver. Where that list cannot be read, playwright's stands alone."""
    playwright_disabled = playwright_disabled_features()
    if playwright_disabled is None:
        return list(CHROMIUM_ARGS)
    turned_off = dict.fromkeys(playwright_disabled + UNSEEN_WINDOW_FEATURES)
    return [*CHROMIUM_ARGS, "--disable-features=" + ",".join(turned_off)]


@functools.cache
def playwright_disabled_features() -> tuple[str, ...] | None:
    """Return the features playwright's driver turns off in the Chromium it launches (its `disabledFeatures`), or
    None where its driver holds no such list."""
    try:
        import playwright
    except ImportError:
        return None
    scripts = sorted((Path(playwright.__file__).parent / "driver" / "package" / "lib").rglob("*.js"),
                     key=lambda script: (script.name not in ("chromiumSwitches.js", "coreBundle.js"), script))
    for script in scripts:  # where playwright has kept it: its own file, or bundled with the rest
        try:
            code = script.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        found = re.search(r"\bdisabledFeatures = \[(.*?)\]", code, re.DOTALL)
        if found:
            listed = re.sub(r"//[^\n]*", "", found.group(1))  # its comments name features in quotes too
            return tuple(name for name in re.findall(r'"([^"]*)"', listed) if name)
    return None


class KeptChromium:
    """One headless Chromium for a run of browser tests in a row: the first of them launches it, and it is closed
    before the next test that drives no browser (conftest.py's pytest_runtest_teardown).

    Each module launched its own, up to twice with the tests shared out between two workers, and a launch took a
    second or more of a loaded machine's wall time. It is closed between runs because playwright's event loop stays
    the thread's running loop while it is open: a later test's asyncio.run() would fail.
    """

    def __init__(self):
        self._running = None
        self._browser = None
        self._tabs: dict[str, KeptTab] = {}  # by their context's options

    def browser(self, why: str):
        """Return the running Chromium, launching it (again, if it crashed) when there is none."""
        if self._browser is None or not self._browser.is_connected():
            self.close()
            running = launched_chromium(why)
            self._browser = next(running)
            self._running = running
        return self._browser

    def tab(self, why: str, url: str, **context_options):
        """Open `url` in the kept tab of a browser context with these options; return (page, traffic), the page fully
        loaded, as open_page does.

        A fresh context and page for every page a test opened cost Chromium twice the CPU of going to it in a tab
        already open (0.17 s and 0.08 s a page, a new renderer each time). The tab is left as a fresh one would be:
        on about:blank, with no listeners, sessionStorage (preview.js's way back) empty, the context's own viewport
        and media, the mouse off the page. Cookies and localStorage stay, which the site does not use; a test that
        needs them fresh, or two pages at once, opens its own with open_page.
        """
        browser = self.browser(why)  # a Chromium launched again has none of the tabs kept
        key = repr(sorted(context_options.items()))
        kept = self._tabs.get(key)
        if kept is None or kept.page.is_closed():
            kept = self._tabs[key] = KeptTab(browser.new_context(**context_options).new_page(), context_options)
        else:
            kept.reset()
        traffic = Traffic()
        traffic.watch(kept.page)
        kept.traffic = traffic
        kept.page.goto(url, wait_until="load")
        return kept.page, traffic

    def is_kept(self, context) -> bool:
        """Say whether `context` is a kept tab's, which outlives the test that used it."""
        return any(kept.page.context is context for kept in self._tabs.values())

    def close(self) -> None:
        """Close the Chromium and its playwright, if they run."""
        self._tabs.clear()
        running, self._running, self._browser = self._running, None, None
        if running is not None:
            running.close()


class KeptTab:
    """A page that browser tests in a row go to in turn (KeptChromium.tab), and the options of its context."""

    # Playwright's own values where a context sets none: what emulate_media goes back to
    MEDIA_DEFAULTS = {"color_scheme": "light", "forced_colors": "none", "reduced_motion": "no-preference"}

    def __init__(self, page, context_options: dict):
        self.page = page
        self.options = context_options
        self.traffic: Traffic | None = None

    def reset(self) -> None:
        """Leave the page as a fresh one in this context would be (KeptChromium.tab says what is not)."""
        page = self.page
        if self.traffic is not None:
            self.traffic.unwatch(page)
        with contextlib.suppress(Exception):  # a page with scripts off, or not yet at a site, keeps nothing
            page.evaluate("() => { sessionStorage.clear(); }")
        page.goto("about:blank")  # the next goto loads its page even where only a #fragment differs
        page.emulate_media(media="null", **{name: self.options.get(name, default)
                                            for name, default in self.MEDIA_DEFAULTS.items()})
        page.set_viewport_size(self.options.get("viewport", {"width": 1280, "height": 720}))
        page.mouse.move(-1, -1)  # off the page: where a click or hover left it is no place to hover again


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging every request to the test output."""

    def log_message(self, format, *args):
        pass


def site_tree(target: Path, sites: dict[str, Path]) -> Path:
    """Return `target`, a folder holding each built site under its name (as a symbolic link), to serve at once."""
    target.mkdir(parents=True)
    for name, site in sorted(sites.items()):
        (target / name).symlink_to(site, target_is_directory=True)
    return target


@contextlib.contextmanager
def serve(folder: Path, handler: type = QuietHandler):
    """Serve `folder` on 127.0.0.1 at a free port, in a thread; yield the base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    # shutdown() waits for serve_forever's next look at its flag: every 0.5 s by default, paid by every test here
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        _answer_queued(server)
        server.server_close()
        thread.join()


def _answer_queued(server) -> None:
    """Answer the connections already waiting to be accepted (a favicon the tab still fetches after its page loaded):
    closing the listening socket over them resets them, which the page's traffic records as a failure of the site's
    (test_reader_17 failed so, once in a CI run)."""
    server.timeout = 0
    while select.select([server.socket], [], [], 0)[0]:
        server.handle_request()


@dataclass
class Traffic:
    """What a page did: console errors, uncaught exceptions, requests and the ones that failed."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    listeners: list = field(default_factory=list)

    def watch(self, page) -> None:
        """Record everything `page` does from now on."""
        self.listeners = [
            ("console", lambda msg: self.console_errors.append(msg.text) if msg.type == "error" else None),
            ("pageerror", lambda error: self.page_errors.append(str(error))),
            ("request", lambda request: self.requests.append(request.url)),
            ("requestfailed", self._failed),
            ("response", lambda response: self.failed.append(f"{response.url}: HTTP {response.status}")
             if response.status >= 400 else None)]
        for event, listener in self.listeners:
            page.on(event, listener)

    def unwatch(self, page) -> None:
        """Stop recording what `page` does."""
        for event, listener in self.listeners:
            page.remove_listener(event, listener)
        self.listeners = []

    def _failed(self, request) -> None:
        # ERR_ABORTED is Chromium cancelling a request itself, as when a click navigates away before the favicon
        # came: no fault of the site's (a missing file is an HTTP 404, a dropped connection another error)
        if request.failure != "net::ERR_ABORTED":
            self.failed.append(f"{request.url}: {request.failure}")

    def foreign_hosts(self) -> set[str]:
        """Return every host other than 127.0.0.1 that the page asked for."""
        hosts = {urlsplit(url).hostname for url in self.requests if not url.startswith(("data:", "blob:"))}
        return hosts - {"127.0.0.1"}


# axe-core's run, answering with each violation in full and only the names of the other rules: the whole of its
# results (60 kB for the real briefing, every rule with a node) cost Chromium and playwright a fifth of a CPU-second
# a run to hand over, more than a page load, for lists no test reads beyond their length.
AXE_RUN = """async ([context, options]) => {
    const results = await axe.run(context === null ? document : context, options);
    const names = rules => rules.map(rule => ({id: rule.id}));
    return {violations: results.violations, passes: names(results.passes), incomplete: names(results.incomplete),
            inapplicable: names(results.inapplicable)}; }"""


def axe_audit(page, context: str | None = None):
    """Run axe-core on `page` (within `context`, a selector, if given) as axe_playwright_python's Axe().run does, with
    its options; return its AxeResults. axe-core is injected once a document: a page audited again (in light, then
    dark) runs the copy already there, where Axe().run parsed its 570 kB again each time."""
    from axe_playwright_python.base import AxeResults
    from axe_playwright_python.sync_playwright import DEFAULT_OPTIONS, Axe

    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(Axe().axe_script)
    return AxeResults(page.evaluate(AXE_RUN, [context, DEFAULT_OPTIONS]))


def full_page_png(page, path: Path) -> None:
    """Write a PNG of the whole of `page`, as page.screenshot(full_page=True) does, encoded by Chromium's fast setting:
    the real briefing at 390 px is 19,000 px tall, and its best compression cost 0.6 CPU-s a shot (0.36 fast) for a
    file a quarter smaller, which no one keeps."""
    import base64

    width, height = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    session = page.context.new_cdp_session(page)
    try:
        shot = session.send("Page.captureScreenshot", {
            "format": "png", "optimizeForSpeed": True, "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    finally:
        session.detach()
    path.write_bytes(base64.b64decode(shot["data"]))


def open_page(browser, url: str, **context_options):
    """Open `url` in a fresh browser context; return (page, traffic), the page fully loaded."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    traffic = Traffic()
    traffic.watch(page)
    page.goto(url, wait_until="load")
    return page, traffic


# The words a source page shows on the fill of the passage arrived at (mark:target), in order: each text's nearest
# ancestor with a background of its own has that fill. A mark's own computed background said nothing of a passage
# inside it, whose fill covered its words.
PAINTED = """() => { const tint = getComputedStyle(document.querySelector('mark:target')).backgroundColor, words = [];
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let element = node.parentElement, fill = getComputedStyle(element).backgroundColor;
        while (fill === 'rgba(0, 0, 0, 0)' && element.parentElement) {
            element = element.parentElement;
            fill = getComputedStyle(element).backgroundColor;
        }
        // words for screen readers alone (a link back's name, test_reader_18.py) are shown on no fill
        if (fill === tint && !node.parentElement.closest('.legend, .visually-hidden')) words.push(node.textContent);
    }
    return words.join(''); }"""


def settled(page) -> None:
    """Wait until a page just arrived at has drawn two frames: Chromium moves the keyboard's starting point to the
    address's fragment in a task after the load event, and a Tab pressed before that task ran on a busy machine
    started from the top of the page (the skip link), not from the passage arrived at."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def tab_to_a_link(page, focused: str) -> dict:
    """Press Tab, on a page settled, until a link has the focus (headless Chromium may spend a page's first press on
    the document); return what the script `focused` says of it."""
    settled(page)
    for _ in range(3):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('a')"):
            return page.evaluate(focused)
    raise AssertionError("Tab reached no link")
