"""A large build spreads its briefings and pages over worker processes, with the same result as one process.

explainer/parallel.py maps items in forked workers when there are enough of them; these
tests check that the result is the same list, byte for byte the same site, that a worker's
failure is reported like one in the build's own process, and that no worker outlives a build
that is killed.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, Run, run_build, tree_digest
from explainer import parallel
from test_synth import load_synth
from zygote import zygotes


def build(root: Path, out: Path, workers: int, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run build.py on `root` into `out` with at most `workers` processes."""
    env = {**os.environ, parallel.WORKERS_ENV: str(workers)}
    return zygotes().run([sys.executable, str(REPO / "build.py"), "--root", str(root), "--out", str(out)],
                         capture_output=True, text=True, env=env, timeout=timeout)


def in_this_process(root: Path, out: Path, monkeypatch) -> Run:
    """Build `root` into `out` as build.py does, in this process with EXPLAINER_WORKERS=1: the one-process build the
    workers' is compared with (a process of its own only added its imports)."""
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    return run_build(root, "--out", str(out))


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A synthetic microsite small enough to build fast; EXPLAINER_WORKERS=2 makes every stage fork."""
    return load_synth().generate(tmp_path_factory.mktemp("parallel") / "project", briefings=12, sources=40,
                                 citations=120, big_sources=0)


def in_a_new_process(code: str, workers: int | None) -> str:
    """Run `code` in a new process of one thread (the test runner's own may have threads, which keep work in-process):
    forked from the zygote, which imported the build and started no thread."""
    env = {name: value for name, value in os.environ.items() if name != parallel.WORKERS_ENV}
    if workers is not None:
        env[parallel.WORKERS_ENV] = str(workers)
    done = zygotes().run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                         cwd=REPO)
    assert done.returncode == 0, done.stderr
    return done.stdout


MAP_SQUARES = """
import os
from explainer.parallel import map_items, MIN_ITEMS_PER_WORKER
items = list(range({count}))
results = map_items(lambda item: (item * item, os.getpid()), items)
assert [square for square, _ in results] == [item * item for item in items]
print(len({{pid for _, pid in results}} - {{os.getpid()}}))
"""


def test_map_items_gives_the_list_in_order_computed_in_other_processes():
    workers_used = int(in_a_new_process(MAP_SQUARES.format(count=10 * parallel.MIN_ITEMS_PER_WORKER), workers=2))
    assert workers_used >= 1  # (one worker may take every share before the other starts)


def test_by_default_a_large_map_uses_workers_and_a_small_one_stays_in_this_process():
    cores = len(os.sched_getaffinity(0))
    large = int(in_a_new_process(MAP_SQUARES.format(count=10 * parallel.MIN_ITEMS_PER_WORKER), workers=None))
    assert large >= 1 if cores > 1 else large == 0
    assert in_a_new_process(MAP_SQUARES.format(count=2 * parallel.MIN_ITEMS_PER_WORKER - 1), workers=None).strip() == "0"


def test_explainer_workers_sets_the_processes_whatever_the_size():
    assert in_a_new_process(MAP_SQUARES.format(count=10 * parallel.MIN_ITEMS_PER_WORKER), workers=1).strip() == "0"
    assert int(in_a_new_process(MAP_SQUARES.format(count=4), workers=2)) >= 1


def test_a_content_error_in_a_worker_is_raised_here_with_its_problems():
    code = f"""
from explainer.parallel import map_items
from explainer.problems import ContentError, Problem
problem = Problem("content/x/claims.yaml", 7, "a problem found in a worker", "fix it")
def fail_on_one(item):
    if item == {5 * parallel.MIN_ITEMS_PER_WORKER}:
        raise ContentError([problem])
    return item
try:
    map_items(fail_on_one, range({10 * parallel.MIN_ITEMS_PER_WORKER}))
except ContentError as error:
    assert error.problems == [problem], error.problems
    print("raised")
"""
    assert in_a_new_process(code, workers=2).strip() == "raised"


@pytest.mark.slow
def test_a_build_in_workers_is_byte_identical_to_one_in_a_single_process(generated: Path, tmp_path: Path, monkeypatch):
    """The site is the one process's, byte for byte, and nothing is left beside it: the pages the workers wrote aside
    (explainer/aside.py) were all moved in and their folder removed (once a twin test in test_coldspeed3.py, which
    ran the same two builds again)."""
    alone = in_this_process(generated, tmp_path / "alone" / "site", monkeypatch)
    assert alone.code == 0, alone.err
    shutil.rmtree(generated / ".cache")  # the second build must make everything again, not reuse the first's
    spread = build(generated, tmp_path / "spread" / "site", workers=2)
    assert spread.returncode == 0, spread.stderr
    assert tree_digest(tmp_path / "spread" / "site") == tree_digest(tmp_path / "alone" / "site")
    assert os.listdir(tmp_path / "spread") == ["site"]


def test_a_template_error_in_a_worker_names_the_template_and_line(generated: Path, tmp_path: Path):
    root = Path(shutil.copytree(generated, tmp_path / "project", ignore=shutil.ignore_patterns(".cache")))
    template = root / "templates" / "source.html"
    lines = template.read_text().splitlines(keepends=True)
    at = lines.index("{% block body %}\n") + 1  # inside the block the page renders
    lines.insert(at, "{{ source_page.no_such_field.deeper }}\n")
    template.write_text("".join(lines))
    done = build(root, tmp_path / "site", workers=2)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert f"templates/source.html:{at + 1}" in done.stderr, done.stderr


def busy_children_of(pid: int, ticks: int) -> set[int]:
    """Return the ids of the live processes whose parent is `pid` and that have run for `ticks` clock ticks."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z" and int(fields[11]) + int(fields[12]) >= ticks:
                found.add(int(entry.name))
    return found


def endless_build(generated: Path, tmp_path: Path) -> tuple[subprocess.Popen, set[int]]:
    """Start a build, in its own process group, whose source pages render forever; return it and its busy workers."""
    root = Path(shutil.copytree(generated, tmp_path / "project", ignore=shutil.ignore_patterns(".cache")))
    template = root / "templates" / "source.html"
    template.write_text("{% for n in range(10 ** 6) %}{% for m in range(10 ** 6) %}{% endfor %}{% endfor %}" + template.read_text())
    env = {**os.environ, parallel.WORKERS_ENV: "2"}
    build_process = zygotes().popen([sys.executable, str(REPO / "build.py"), "--root", str(root)], env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    # Ctrl-C reaches the build as at a terminal (a shell running the tests in the
                                    # background ignores it)
                                    start_new_session=True, signals={signal.SIGINT: signal.SIG_DFL})
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    # The workers rendering the endless template: running for a third of a second (planning takes far less).
    while not workers and time.monotonic() < deadline and build_process.poll() is None:
        workers = busy_children_of(build_process.pid, os.sysconf("SC_CLK_TCK") // 3)
        time.sleep(0.05)  # polling /proc for the workers to appear: there is no event to wait on
    if not workers:
        build_process.kill()
        pytest.fail("the build never started rendering in workers")
    return build_process, workers


def assert_ended(workers: set[int]) -> None:
    """Wait on each worker's exit itself (a pidfd becomes readable when its process ends)."""
    for pid in workers:
        try:
            handle = os.pidfd_open(pid)
        except ProcessLookupError:
            continue  # already gone
        try:
            ended, _, _ = select.select([handle], [], [], 10)
        finally:
            os.close(handle)
        assert ended, f"worker {pid} kept running after its build ended"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")
def test_no_worker_outlives_a_killed_build(generated: Path, tmp_path: Path):
    build_process, workers = endless_build(generated, tmp_path)
    build_process.kill()
    build_process.communicate(timeout=30)
    assert_ended(workers)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")
def test_ctrl_c_stops_a_build_in_workers_at_once_and_cleanly(generated: Path, tmp_path: Path):
    build_process, workers = endless_build(generated, tmp_path)
    os.killpg(build_process.pid, signal.SIGINT)  # as Ctrl-C does: to the whole process group
    try:
        _, err = build_process.communicate(timeout=30)
    finally:
        if build_process.poll() is None:
            os.killpg(build_process.pid, signal.SIGKILL)
    assert build_process.returncode == 130
    assert err.strip() == "stopped"
    assert_ended(workers)
    assert not (tmp_path / "project" / "site").exists()


def test_content_problems_found_in_workers_read_as_in_one_process(generated: Path, tmp_path: Path, monkeypatch):
    root = Path(shutil.copytree(generated, tmp_path / "project", ignore=shutil.ignore_patterns(".cache")))
    broken = root / "content" / "briefing-011" / "quotes.yaml"
    broken.write_text(broken.read_text() + "\n  - [unclosed\n")  # a YAML error, parsed in a worker
    timeline = root / "content" / "briefing-010" / "timeline.yaml"
    timeline.write_text(timeline.read_text().replace('quote: "', 'quote: "Not in the source ', 1))  # anchored in one
    shutil.rmtree(root / ".cache", ignore_errors=True)
    alone = in_this_process(root, tmp_path / "site1", monkeypatch)
    assert alone.code == 1 and "Traceback" not in alone.err
    shutil.rmtree(root / ".cache")
    spread = build(root, tmp_path / "site2", workers=2)
    assert spread.returncode == 1 and "Traceback" not in spread.stderr
    outcomes = [alone.err, spread.stderr]
    assert outcomes[0] == outcomes[1]
    assert "content/briefing-011/quotes.yaml:" in outcomes[0] and "content/briefing-010/timeline.yaml:" in outcomes[0]


def test_no_cyclic_garbage_collection_runs_during_a_build(tmp_path: Path, monkeypatch):
    # gc_pause: the collector's passes were 40% of a large build's CPU and freed nothing.
    import gc

    from explainer import build_worker, pipeline
    from support import minimal_project

    root = minimal_project(tmp_path / "project")
    seen = []
    real_build = pipeline.build

    def watched(project):
        seen.append(gc.isenabled())
        return real_build(project)

    monkeypatch.setattr(pipeline, "build", watched)
    assert gc.isenabled()
    assert run_build(root).code == 0  # the command line
    assert build_worker.build_once(watched, build_worker.Project.at(root)).problems == ()  # the preview server's builds
    assert seen == [False, False]
    assert gc.isenabled(), "the collector is on again after the build"
