"""Pages made in worker processes are written by the workers into a folder beside the site (explainer/aside.py)
and moved into the staged site, not sent back through pipes and written by the build alone.

The writer's promises stand: a file moved in is the very file the worker wrote (else it is made
again), the folder is removed after the build, a killed build leaves the last good site as it was,
and what it left beside the site is cleared by the next build, never while a build still uses it.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, run_build_process, tree_digest
from explainer import parallel
from explainer.write import Kept, write_site
from test_parallel import assert_ended, build, busy_children_of, in_this_process
from test_synth import load_synth
from zygote import zygotes

PAGE = b"<p>a page</p>\n"


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A synthetic microsite small enough to build fast; EXPLAINER_WORKERS=2 makes every stage fork."""
    return load_synth().generate(tmp_path_factory.mktemp("coldspeed3") / "project", briefings=12, sources=40,
                                 citations=120, big_sources=0)


def kept(data: bytes, aside: tuple[str, int] | None) -> Kept:
    return Kept(len(data), hashlib.sha256(data).hexdigest(), lambda: b"made again: " + data, aside)


def written_aside(folder: Path, data: bytes) -> tuple[str, int]:
    folder.mkdir(exist_ok=True)
    path = folder / "page.html"
    path.write_bytes(data)
    path.chmod(0o644)
    return str(path), path.stat().st_ino


def test_a_page_written_aside_is_moved_into_the_site_as_the_very_file(tmp_path: Path):
    path, inode = written_aside(tmp_path / "aside", PAGE)
    write_site(tmp_path / "site", {"index.html": kept(PAGE, (path, inode))})
    assert (tmp_path / "site" / "index.html").read_bytes() == PAGE
    assert (tmp_path / "site" / "index.html").stat().st_ino == inode
    assert not os.path.exists(path)


@pytest.mark.parametrize("change", ["replaced", "gone", "wrong mode", "a link"])
def test_a_page_aside_that_is_not_the_file_written_is_made_again(tmp_path: Path, change: str):
    path, inode = written_aside(tmp_path / "aside", PAGE)
    if change == "replaced":  # another file of the same bytes, at the same path
        Path(path + ".new").write_bytes(PAGE)
        os.chmod(path + ".new", 0o644)
        os.replace(path + ".new", path)
    elif change == "gone":
        os.unlink(path)
    elif change == "wrong mode":
        os.chmod(path, 0o666)
    else:
        os.unlink(path)
        (tmp_path / "elsewhere.html").write_bytes(PAGE)
        os.symlink(tmp_path / "elsewhere.html", path)
    report = write_site(tmp_path / "site", {"index.html": kept(PAGE, (path, inode))})
    site_file = tmp_path / "site" / "index.html"
    assert not site_file.is_symlink() and site_file.read_bytes() == b"made again: " + PAGE
    assert oct(site_file.stat().st_mode & 0o777) == oct(0o644)
    assert report.written == 2  # the page and the list of the site's files


def test_a_page_aside_the_current_site_holds_already_is_linked_from_it(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, {"index.html": PAGE})
    before = (out / "index.html").stat().st_ino
    path, inode = written_aside(tmp_path / "aside", PAGE)
    report = write_site(out, {"index.html": kept(PAGE, (path, inode))})
    assert (report.written, report.unchanged) == (0, 2)  # the page linked as it was, and the list of files
    assert (out / "index.html").stat().st_ino == before


def test_a_folder_aside_a_killed_build_left_is_cleared_but_not_one_a_build_still_uses(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, {"index.html": PAGE})
    for name in (".site.aside-1", ".site.aside-2"):
        (tmp_path / name / "sources").mkdir(parents=True)
        (tmp_path / name / "sources" / "a.html").write_text("half")
    in_use = os.open(tmp_path / ".site.aside-2", os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(in_use, fcntl.LOCK_EX)  # as the build rendering into it (and its workers) hold it
        write_site(out, {"index.html": PAGE})
        assert sorted(os.listdir(tmp_path)) == [".site.aside-2", "site"]
    finally:
        os.close(in_use)
    write_site(out, {"index.html": PAGE})
    assert sorted(os.listdir(tmp_path)) == ["site"]


RENDER_ASIDE = """
import hashlib, json, os, sys
from pathlib import Path
from explainer import pipeline
from explainer.aside import pages_aside
from explainer.project import Project
from explainer.write import Kept
project = Project.at(Path(sys.argv[1]), Path(sys.argv[2]))
site = pipeline.load(project)
with pages_aside(project.out) as aside:
    files = pipeline.render(project, site, aside=aside)
    moved = {path: data.aside for path, data in files.items() if isinstance(data, Kept) and data.aside}
    held = all(hashlib.sha256(open(file, "rb").read()).hexdigest() == files[path].digest and
               os.stat(file).st_ino == inode for path, (file, inode) in moved.items())
    inside = all(os.path.dirname(file).startswith(str(aside)) for file, _ in moved.values())
print(json.dumps([len(files), len(moved), held, inside, os.path.exists(aside)]))
"""


def test_pages_made_in_workers_come_back_as_files_aside_not_bytes(generated: Path, tmp_path: Path):
    root = Path(shutil.copytree(generated, tmp_path / "project", ignore=shutil.ignore_patterns(".cache")))
    env = {**os.environ, parallel.WORKERS_ENV: "2"}
    done = zygotes().run([sys.executable, "-c", RENDER_ASIDE, str(root), str(root / "site")], capture_output=True,
                         text=True, env=env, cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stderr
    files, moved, held, inside, left = json.loads(done.stdout)
    # the pages of the worker's shares, its first at least (the build's own process takes shares too, since
    # coldspeed8: those come back as bytes, as in a small build)
    assert moved >= 1
    assert held and inside and not left


# A build writing aside is byte-identical to one in a single process and leaves nothing beside the site:
# test_parallel.py's test_a_build_in_workers_is_byte_identical_to_one_in_a_single_process, on the same microsite.


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")
def test_a_build_killed_while_its_workers_write_aside_leaves_the_last_site_and_the_next_clears_up(
        generated: Path, tmp_path: Path, monkeypatch):
    root = Path(shutil.copytree(generated, tmp_path / "project", ignore=shutil.ignore_patterns(".cache")))
    out = tmp_path / "out" / "site"
    assert in_this_process(root, out, monkeypatch).code == 0  # the last site: the same bytes as workers make it
    good = tree_digest(out)
    template = root / "templates" / "source.html"
    original = template.read_text()
    template.write_text("{% for n in range(10 ** 6) %}{% for m in range(10 ** 6) %}{% endfor %}{% endfor %}" + original)  # every page new, source pages endless
    env = {**os.environ, parallel.WORKERS_ENV: "2"}
    build_process = zygotes().popen([sys.executable, str(REPO / "build.py"), "--root", str(root), "--out", str(out)],
                                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline, workers = time.monotonic() + 120, set()
    aside = out.parent / f".site.aside-{build_process.pid}"
    # The workers stuck on a source page, once the pages before them are written aside.
    while not (workers and any(aside.rglob("*.html"))) and time.monotonic() < deadline:
        workers = busy_children_of(build_process.pid, os.sysconf("SC_CLK_TCK") // 3)
        time.sleep(0.05)  # polling for the files and workers to appear: there is no event to wait on
    build_process.send_signal(signal.SIGKILL)
    build_process.wait(timeout=30)
    assert workers and any(aside.rglob("*.html")), "the build never wrote pages aside"
    assert_ended(workers)
    assert tree_digest(out) == good
    template.write_text(original)
    rebuilt = build(root, out, workers=2)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert sorted(os.listdir(out.parent)) == ["site"]
    assert tree_digest(out) == good


def test_a_full_disk_met_by_the_workers_writing_aside_is_one_line_and_leaves_nothing(built_minimal: Path,
                                                                                    tmp_path: Path, monkeypatch):
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        monkeypatch.setenv(parallel.WORKERS_ENV, "2")
        result = run_build_process(built_minimal, "--out", str(disk / "site"))
        assert (result.code, result.err) == (
            1, f"error: {disk / 'site'}: cannot write: No space left on device (free some space and build again)\n")
        assert os.listdir(disk) == []
    finally:
        subprocess.run(["umount", str(disk)], check=True)
