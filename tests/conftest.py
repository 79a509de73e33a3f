"""Shared test fixtures: copies of the real project, and running build.py as a user would."""

from __future__ import annotations

import atexit
import contextlib
import difflib
import functools
import hashlib
import importlib
import io
import os
import pickle
import shutil
import signal
import sys
import tempfile
import traceback
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest


@contextlib.contextmanager
def rewritten_modules_kept():
    """Let pytest keep the modules it rewrites for its assertions while in the block, though PYTHONDONTWRITEBYTECODE is
    set (beside their source, as `*-pytest-*.pyc`, which Python's own imports never read)."""
    kept = sys.dont_write_bytecode
    sys.dont_write_bytecode = False
    try:
        yield
    finally:
        sys.dont_write_bytecode = kept


# Hypothesis comes with a pytest plugin, so pytest rewrites all of its package, 73 modules, in every process that
# imports it; this machine sets PYTHONDONTWRITEBYTECODE, and every worker rewrote them again (0.65 s of the CPU of
# each pytest process's start, 1.1 s where it is 0.45 s with them kept).
with rewritten_modules_kept():
    from hypothesis import HealthCheck, settings

from explainer import cli, patterns
from explainer.numbers import read_as_locales
from explainer.seal import unsealed
from explainer.stops import STOPS
from zygote import zygotes

REPO = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("content", "seeds", "templates", "static")
KEPT_CHROMIUM = pytest.StashKey()
pytest_plugins = ["cpu_time", "pytester"]  # --cpu-durations=N: the tests and files that took most CPU; its tests

# Property tests judge what a function returns, never how long it took: hypothesis's clock checks (200 ms an example,
# a second to draw the first inputs) failed tests whose code was right on this machine, shared by eight users at a
# load of 15 (test_batches.py, 2 of 4 failing in 5 runs). A test's own @settings starts from these; --hypothesis-profile
# still chooses another.
settings.register_profile("suite", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")

# A suite started in the background by a shell without job control (`pytest &` in a script) inherits Ctrl-C ignored,
# and so did every build the tests ran: the tests of what Ctrl-C does saw a build go on (test_attack_51, 2 failing
# so). The tests' processes take it as a terminal's would.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@dataclass
class Run:
    """The outcome of one build.py process."""

    code: int
    out: str
    err: str


def run_build(root: Path, *args: str) -> Run:
    """Run `python build.py --root ROOT ARGS...` in this process, as build.py runs it; return what a shell would see.

    Ten times cheaper than a process. The output goes through streams that encode as a pipe's do, an
    uncaught exception becomes exit code 1 and a traceback on stderr, and warnings are shown as
    a fresh interpreter shows them. Tests whose point is the process itself (a hang cut short,
    signals, another user) use run_build_process.
    """
    out, err = _PipeLike(sys.__stdout__), _PipeLike(sys.__stderr__)
    with contextlib.redirect_stdout(out.stream), contextlib.redirect_stderr(err.stream), warnings.catch_warnings():
        _default_warning_filters()
        code = _exit_code(lambda: cli.main(["--root", str(root), *args]))
    return Run(code, out.text(), err.text())


def run_build_process(root: Path, *args: str, timeout: float = 120) -> Run:
    """Run `python build.py --root ROOT ARGS...` in a process of its own, forked from a zygote that imported the
    build already (tests/zygote.py): what a shell would see, without a fresh interpreter's start-up."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = zygotes().run([sys.executable, str(REPO / "build.py"), "--root", str(root), *args],
                         capture_output=True, text=True, timeout=timeout, env=env)
    return Run(done.returncode, done.stdout, done.stderr)


class _PipeLike:
    """A text stream that encodes as the interpreter's own stream `like` does when it is a pipe."""

    def __init__(self, like):
        self.bytes = io.BytesIO()
        self.stream = io.TextIOWrapper(self.bytes, encoding="utf-8", errors=getattr(like, "errors", None) or "strict",
                                       write_through=True)

    def text(self) -> str:
        """Return what was written, decoded as subprocess.run(text=True) decodes it."""
        self.stream.flush()
        return self.bytes.getvalue().decode("utf-8")


def _exit_code(main) -> int:
    """Return the exit code `sys.exit(main())` gives, printing an uncaught exception as the interpreter does."""
    try:
        result = main()
    except SystemExit as exit:
        result = exit.code
    except Exception:
        traceback.print_exc()
        return 1
    if result is None or isinstance(result, int):
        return result or 0
    print(result, file=sys.stderr)
    return 1


def _default_warning_filters() -> None:
    """Filter warnings as a fresh interpreter does (pytest's own filters would turn them into errors or hide them)."""
    warnings.resetwarnings()
    warnings.simplefilter("default")
    for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        warnings.simplefilter("ignore", category)
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")


def copy_project(target: Path, checked: bool = True) -> Path:
    """Copy the real briefing's inputs into `target` and return it, with the .cache/ a check of them left.

    What .cache/ keeps is used only while what it was made from is unchanged: compiled templates
    while their source is (explainer/render.py), the parsed files, anchors, plans and sentence
    checks' findings while the bytes, passages and code they were made from are (explainer/memo.py).
    So a copy starts as a user's build after a first check does: what a test edits is read and
    checked again, the rest is not (a build of the copy cost 75 ms of CPU from an empty .cache/, 38
    ms from this one). `checked=False` leaves only the compiled templates: the first build is whole.
    """
    for part in PROJECT_PARTS:
        if part != "templates":
            copy_tree(REPO / part, target / part)
    if not checked:
        return copy_templates(target)
    copy_tree(REPO / "templates", target / "templates")
    copy_tree(checked_cache(), target / ".cache")
    return target


def copy_templates(target: Path) -> Path:
    """Copy the real templates into the project at `target`, already compiled; return `target`."""
    copy_tree(REPO / "templates", target / "templates")
    copy_tree(compiled_templates(), target / ".cache" / "templates")
    return target


def copy_tree(source: Path, target: Path) -> Path:
    """Copy the folder `source`, which no test changes (the repository's, or one a fixture made once), to `target`.

    What it holds is read once per test process: shutil.copytree opened, read, stat-ed and chmod-ed every
    file again for each of a thousand copies (5 ms of CPU a copy of the project, 1 ms this way). The
    copies' files are new, with times of their own, as a user's `cp -r` makes them.
    """
    folders, files, links = _tree(source)
    target.mkdir(parents=True)
    top = os.fspath(target) + os.sep  # joined as strings, written with os.write: Path objects and file objects
    for folder in folders:            # were half of a copy's CPU
        os.mkdir(top + folder)
    for name, data, mode in files:
        descriptor = os.open(top + name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(descriptor, view):]
        finally:
            os.close(descriptor)
    for name, pointing_at in links:
        os.symlink(pointing_at, top + name)
    return target


@functools.cache  # once per folder and test process: only folders no test changes are copied with copy_tree
def _tree(source: Path) -> tuple[list[str], list[tuple[str, bytes, int]], list[tuple[str, str]]]:
    """Return the folders, files (with their bytes and permissions) and links under `source`, top down."""
    folders, files, links = [], [], []
    for top, names, file_names in os.walk(source):
        here = Path(top).relative_to(source)
        for name in names:
            (links if os.path.islink(os.path.join(top, name)) else folders).append(str(here / name))
        for name in file_names:
            path = os.path.join(top, name)
            if os.path.islink(path):
                links.append(str(here / name))
            else:
                files.append((str(here / name), Path(path).read_bytes(), os.stat(path).st_mode & 0o7777))
    return folders, files, [(name, os.readlink(source / name)) for name in links]


@functools.cache  # once per test process
def compiled_templates() -> Path:
    """Return a folder holding the real project's templates, compiled."""
    from explainer.render import make_environment

    folder = Path(tempfile.mkdtemp(prefix="compiled-templates-", dir=memory_folder()))
    atexit.register(shutil.rmtree, folder, True)
    env = make_environment(REPO / "templates", folder)
    for name in env.list_templates():
        env.get_template(name)
    return folder


@functools.cache  # once per test process
def checked_cache() -> Path:
    """Return the .cache/ folder `build.py check` left in a copy of the real project (its templates compiled)."""
    root = copy_project(Path(tempfile.mkdtemp(prefix="checked-project-", dir=memory_folder())) / "project",
                        checked=False)
    atexit.register(shutil.rmtree, root.parent, True)
    result = run_build(root, "check")
    assert result.code == 0, result.err
    return root / ".cache"


def tree_digest(folder: Path) -> dict[str, str]:
    """Return {relative path: sha256} for every file under `folder`."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def pack_entries(pack: Path) -> dict[str, object]:
    """Return every entry a pack folder of .cache/ holds, read from its shard files, each value unpickled."""
    entries = {}
    for shard in sorted(pack.glob("*.pack")):
        entries.update({key: pickle.loads(value) for key, value in pickle.loads(unsealed(shard.read_bytes())).items()})
    return entries


def memory_folder(room: int = 2 << 30) -> Path | None:
    """Return /dev/shm if it is a writable folder in memory with `room` bytes free, else None."""
    folder = Path("/dev/shm")
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    if not os.access(folder, os.W_OK | os.X_OK) or stats.f_bavail * stats.f_frsize < room:
        return None
    return folder


def pytest_configure(config):
    """Make the process's kept Chromium (not yet launched); keep the tests' temporary folders in memory where there is
    room for them.

    The tests make and delete tens of thousands of small files; on this machine's disk (ext4,
    mounted with discard) that took as long as the code under test, and its wall time varied with
    the disk's other users. pytest's folders are then /dev/shm/pytest-of-USER/pytest-N, kept as usual.
    An explicit --basetemp or PYTEST_DEBUG_TEMPROOT wins; xdist workers get their folder from the
    main process, which decided here.
    """
    from browser_support import KeptChromium

    config.stash[KEPT_CHROMIUM] = KeptChromium()
    if config.option.basetemp or "PYTEST_DEBUG_TEMPROOT" in os.environ or hasattr(config, "workerinput"):
        return
    folder = memory_folder()
    if folder is not None:
        os.environ["PYTEST_DEBUG_TEMPROOT"] = str(folder)


def pytest_sessionfinish(session):
    """End this process's zygotes (tests/zygote.py) and wait for them: the CPU of the runs they forked is then this
    process's children's, as a run's started with subprocess is."""
    zygotes().close()


@pytest.fixture
def zygote():
    """This test process's zygotes (tests/zygote.py): `zygote.popen([sys.executable, BUILD, ...], ...)`."""
    return zygotes()


@pytest.hookimpl(wrapper=True)
def pytest_collection(session):
    """Let pytest keep the test modules it rewrites for its assertions, though PYTHONDONTWRITEBYTECODE is set.

    This machine sets it, and pytest then rewrote every test module again in every worker on every run
    (kept in tests/__pycache__/, git-ignored, as pytest keeps them anywhere else). Only the collection,
    where the test modules are imported, writes (and this module's import of hypothesis, above); the tests
    run as the environment asks.
    """
    with rewritten_modules_kept():
        import_this_workers_share_first(session)
        return (yield)


def import_this_workers_share_first(session) -> None:
    """In each of N xdist workers collecting all the tests, import the worker's N-th of the test modules first, so
    that the modules a fresh clone has not yet rewritten for assertions are rewritten by one worker each and read
    from the cache by the others.

    Every worker collects every module in the same order, and in a fresh clone (CI) all of them rewrote all of them
    at once: three workers spent 20 s of CPU collecting where they spend 10 s once the rewritten modules are kept.
    A module that fails to import here is left to the collection, which imports it again and reports it."""
    worker = getattr(session.config, "workerinput", None)
    tests = Path(__file__).parent
    asked = [Path(session.config.invocation_params.dir, arg).resolve() for arg in session.config.args]
    if worker is None or asked != [tests]:
        return
    modules = sorted(tests.glob("test_*.py"))
    number, count = int(worker["workerid"].removeprefix("gw")), worker["workercount"]
    for module in modules[number * len(modules) // count:(number + 1) * len(modules) // count]:
        try:
            importlib.import_module(module.stem)
        except (Exception, pytest.skip.Exception, pytest.fail.Exception):
            pass


@pytest.fixture(autouse=True)
def reading_without_project_locales():
    """Start every test reading text as a fresh process does, without the locales of a project an earlier test in
    this worker loaded (its Dutch months and words made a later test's Dutch reading differ, in one order only)."""
    read_as_locales({})


@pytest.fixture(autouse=True)
def stops_handled_as_before():
    """Give every test the Ctrl-C, SIGTERM and SIGHUP handling its worker had: a build stopped in this process
    ignores later stops (stops.ignore_further_stops, as a stopping process should), and the tests after it, in that
    worker only, started every build.py with Ctrl-C ignored, which then ran to the end ("0 != 130")."""
    before = {signum: signal.getsignal(signum) for signum in STOPS}
    yield
    for signum, handler in before.items():
        if handler is not None and signal.getsignal(signum) is not handler:
            signal.signal(signum, handler)


@pytest.fixture
def suggestions(monkeypatch) -> list[str]:
    """Count the words a hint looked for the closest match of (difflib's search: milliseconds each, among thousands of
    keys or labels), as they are looked up."""
    looked_up, search = [], difflib.get_close_matches
    monkeypatch.setattr(difflib, "get_close_matches", lambda word, *args, **kw: looked_up.append(word) or search(
        word, *args, **kw))
    return looked_up


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A private copy of the real project's inputs, safe to edit."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def built_project(project: Path) -> Path:
    """A private copy of the project, already built into project/site."""
    result = run_build(project)
    assert result.code == 0, result.err
    return project


@pytest.fixture
def kept_in(tmp_path: Path, monkeypatch) -> Path:
    """Point explainer/patterns.py at a file of its own under tmp_path, with nothing read or compiled yet."""
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(patterns, "cache_file", lambda: path)
    monkeypatch.setattr(patterns, "_known", None)
    monkeypatch.setattr(patterns, "_made", {})
    monkeypatch.setattr(patterns, "_used", set())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return path


@pytest.fixture(scope="session")
def minimal_built_once(tmp_path_factory) -> Path:
    """The minimal fixture project built once per test process; only ever copied."""
    from support import build_ok, minimal_project

    root = minimal_project(tmp_path_factory.mktemp("minimal") / "project")
    build_ok(root)
    return root


@pytest.fixture
def built_minimal(minimal_built_once: Path, tmp_path: Path) -> Path:
    """A private copy of the minimal project as a good build left it (site/ and .cache/ too), safe to break."""
    return copy_tree(minimal_built_once, tmp_path / "project")


@pytest.fixture
def kept_chromium(request):
    """The test process's browser_support.KeptChromium."""
    return request.config.stash[KEPT_CHROMIUM]


@pytest.fixture
def chromium(kept_chromium):
    """The headless Chromium the browser tests in a row share (browser_support.KeptChromium); what a test opened in it
    is closed after the test, so the next one starts from a browser with no page."""
    browser = kept_chromium.browser("the browser tests drive Debian's Chromium")
    yield browser
    for context in browser.contexts:
        if not kept_chromium.is_kept(context):
            context.close()


@pytest.fixture
def tab(chromium, kept_chromium):
    """Return open_tab(url, **context_options) -> (page, traffic): `url` loaded, as browser_support.open_page loads it,
    in a tab the browser tests in a row share, one for each set of context options (KeptChromium.tab), left as a
    fresh one would be. For a test that needs no fresh context: none of cookies, localStorage or two pages at once."""
    return functools.partial(kept_chromium.tab, "the browser tests drive Debian's Chromium")


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """Close the kept Chromium after the last of the browser tests in a row that share it: before a test that drives
    none, which may run an event loop of its own, or a module's own Chromium (two playwrights cannot run in one
    thread), and at the end."""
    if nextitem is None or "kept_chromium" not in nextitem.fixturenames:
        item.config.stash[KEPT_CHROMIUM].close()


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory):
    """Return a function giving the built site/ of a fixture microsite (`fixture_site("merger")`), built once per test
    process on first use: only for tests that only read it."""
    from test_topics import build_fixture

    @functools.cache
    def site(name: str) -> Path:
        return build_fixture(name, tmp_path_factory.mktemp(name) / "project")

    return site


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The real briefing built once per test session (into a temporary folder)."""
    root = copy_project(tmp_path_factory.mktemp("real") / "project", checked=False)  # built whole, as a first build
    result = run_build(root)
    assert result.code == 0, result.err
    return root / "site"


def pytest_xdist_auto_num_workers(config):
    """`-n auto`: one test process per core (xdist's PYTEST_XDIST_AUTO_NUM_WORKERS still wins).

    A process more than the cores, once thought to fill a core left idle while tests waited on Chromium, ran
    no faster: the idle core was Chromium's renderers, whose CPU `time` does not count (tests/test_testspeed32.py).
    Two pairs of whole runs on this machine's two cores, three workers then two: 218 s then 203 s, 191.5 s then
    188.9 s, the two workers taking 30 s less CPU (a worker's collection and set-up).
    """
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    return cores()


def cores() -> int:
    """Return the number of cores this process may run on."""
    return len(os.sched_getaffinity(0))


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(items):
    """Mark every test that drives Chromium as `browser`; put the browser tests, then the `slow` ones, first, shared out.

    `-m "not browser"` leaves the browser tests out (after the marking, before the ordering).

    A test of several seconds starts early instead of running alone at the end. pytest-xdist
    (`--dist load`) first hands each worker a run of consecutive tests, a quarter of its share,
    then a few at a time: each of these first runs starts with its part of the browser tests (its
    slow ones first) and then of the other slow tests, so that no one worker gets them all. A
    worker's browser tests run in a row, in one Chromium (KeptChromium). With more workers than
    cores, the browser tests go to one worker per core and the other slow tests to the rest. In
    one process the browser tests come first, then the slow ones.
    """
    for item in items:
        if {"browser", "chromium"} & set(item.fixturenames) or item.path.name == "test_browser.py":
            item.add_marker(pytest.mark.browser)
    yield  # -m and -k leave tests out: what follows orders the tests that run
    workers = max(1, int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")))
    items[:] = longest_first(items, workers, browsing=min(workers, cores()))


def longest_first(items: list, workers: int, browsing: int | None = None) -> list:
    """Return `items` in the order to run them: each worker's first run holds its share of the browser tests (the
    slow ones first) and then of the other slow tests, all in their order in `items`.

    The browser tests are shared among the first `browsing` workers (all of them by default); the other slow
    tests among the rest while there are browser tests, else among all."""
    browsing = workers if browsing is None else browsing
    browser = [item for item in items if item.get_closest_marker("browser")]
    browser.sort(key=lambda item: not item.get_closest_marker("slow"))  # stable: otherwise in collection order
    slow = [item for item in items if item.get_closest_marker("slow") and not item.get_closest_marker("browser")]
    rest = [item for item in items if not item.get_closest_marker("slow") and not item.get_closest_marker("browser")]
    first_run = max(len(items) // workers // 4, 2)  # as xdist's LoadScheduling reckons it
    slow_from = browsing if browser and browsing < workers else 0  # the first worker the slow tests go to
    order: list = []
    later: list = []  # a share longer than a first run: the next tests handed out, to whichever worker asks
    for worker in range(workers):
        mine = browser[worker::browsing] if worker < browsing else []
        if worker >= slow_from:
            mine += slow[worker - slow_from::workers - slow_from]
        fill = max(first_run - len(mine), 0)
        order += mine[:first_run] + rest[:fill]
        later += mine[first_run:]
        del rest[:fill]
    later.sort(key=lambda item: not item.get_closest_marker("browser"))  # the browser tests left, still in a row
    return order + later + rest
