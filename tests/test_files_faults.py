"""Files that are not what they seem: pipes, devices, folders, links out, unreadable files.

Each gives one clear error line, exit code 1, no traceback, the site untouched, and at once:
a named pipe must never make the build wait for a writer.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import REPO, Run, memory_folder, run_build, run_build_process, tree_digest
from support import build_ok, error_lines, minimal_project, rebuild_fails
from zygote import zygotes

BRIEFING = "content/flood/briefing.yaml"
CLAIMS = "content/flood/claims.yaml"
SEED = "seeds/flood.txt"
QUICK = 30  # seconds: far more than a failing build takes, far less than waiting for ever
NOT_REGULAR = "replace it with an ordinary file"
OUTSIDE_SEEDS = ("content/sources.yaml:3: source 'flood': seeds/flood.txt is a link leading out of seeds/, to {} "
                 "(replace the link with a copy of the file)")


SWAPPER = """
import os, sys
from explainer.write import _exchange
first, second, stop = sys.argv[1:]
_exchange(first, second)
print("swapping", flush=True)
swaps = 1
while not os.path.exists(stop):
    _exchange(first, second)
    swaps += 1
print(swaps)
"""


def pipe(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "page.txt").write_text("the river rose by 3 metres on Monday")


def link_to(target: str):
    def change(path: Path) -> None:
        path.unlink()
        os.symlink(target, path)
    return change


# name: (file, change, the exact error line expected)
FAULTS = {
    "named pipe in content/": (CLAIMS, pipe,
                               f"content/flood/claims.yaml: is not a regular file: it is a named pipe ({NOT_REGULAR})"),
    "named pipe in seeds/": (SEED, pipe, "content/sources.yaml:3: source 'flood': seeds/flood.txt is not a regular "
                                         f"file: it is a named pipe ({NOT_REGULAR})"),
    "seed that is a folder": (SEED, folder, "content/sources.yaml:3: source 'flood': seeds/flood.txt is not a regular "
                                            f"file: it is a folder ({NOT_REGULAR})"),
    "content file that is a folder": (CLAIMS, folder,
                                      f"content/flood/claims.yaml: is not a regular file: it is a folder ({NOT_REGULAR})"),
    "link to /dev/zero in content/": (CLAIMS, link_to("/dev/zero"), "content/flood/claims.yaml: is a link leading out of "
                                                                    "the project folder (replace the link with a copy of the file)"),
    "link to /dev/zero in seeds/": (SEED, link_to("/dev/zero"), OUTSIDE_SEEDS.format("/dev/zero")),
    "link to /proc/self/environ in content/": (
        CLAIMS, link_to("/proc/self/environ"),
        "content/flood/claims.yaml: is a link leading out of the project folder (replace the link with a copy of the file)"),
    "link to /proc/self/environ in seeds/": (SEED, link_to("/proc/self/environ"),
                                             OUTSIDE_SEEDS.format("/proc/self/environ")),
    "link loop in content/": (CLAIMS, link_to("claims.yaml"),
                              "content/flood/claims.yaml: is a link that leads round in a loop "
                              "(replace the link with a copy of the file)"),
}


# A build that waited on a pipe or read /dev/zero to its end would never finish: these run in a
# process that a timeout stops, so that the test fails instead of hanging.
MIGHT_NEVER_END = {"named pipe in content/", "named pipe in seeds/", "link to /dev/zero in content/",
                   "link to /dev/zero in seeds/"}


@pytest.mark.parametrize("case", sorted(FAULTS))
def test_a_file_that_is_not_what_it_seems_gives_one_clear_error_at_once(case: str, built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    file, change, expected = FAULTS[case]
    change(root / file)
    result = run_build_process(root, timeout=QUICK) if case in MIGHT_NEVER_END else run_build(root)
    assert (result.code, "Traceback" in result.err) == (1, False), result.err
    assert error_lines(result) == [expected]
    assert tree_digest(root / "site") == good


def test_a_link_inside_seeds_still_builds(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    os.rename(root / SEED, root / "seeds" / "original.txt")
    os.symlink("original.txt", root / SEED)
    result = run_build(root)
    assert result.code == 0, result.err


def test_a_seed_over_the_limit_is_refused_before_it_is_read(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    with open(root / SEED, "r+b") as seed:
        seed.truncate(40 * 1024 * 1024)  # sparse: no 40 MB written to disk
    assert error_lines(rebuild_fails(root, good)) == [
        "content/sources.yaml:3: source 'flood': seeds/flood.txt is 41,943,040 bytes, over the limit of 33,554,432 "
        "(split it into smaller files)"]


# Unreadable files. The tests run as root, whom permissions do not stop, so the build runs as
# `nobody`; run as anybody else, the build's own user is stopped by them.
OTHER_USER = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] if os.geteuid() == 0 else []


def run_build_as_other_user(root: Path) -> Run:
    """Run build.py on `root` as a user the permissions apply to."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([*OTHER_USER, sys.executable, str(REPO / "build.py"), "--root", str(root)],
                          capture_output=True, text=True, timeout=QUICK, env=env)
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def open_tmp():
    """A temporary folder that another user may enter (pytest's own is private to us)."""
    if OTHER_USER and not shutil.which("setpriv"):
        pytest.skip("setpriv is needed to run the build as another user")
    folder = Path(tempfile.mkdtemp(prefix="explainer-faults-", dir=memory_folder()))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):  # give back what the test took away, so that it can be deleted
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(folder)


UNREADABLE = {
    "content file": (CLAIMS, "content/flood/claims.yaml: cannot be read: Permission denied (check the file's permissions)"),
    "seed": (SEED, "content/sources.yaml:3: source 'flood': seeds/flood.txt cannot be read: Permission denied "
                   "(check the file's permissions)"),
    "seeds folder": ("seeds", "seeds/: cannot be read: Permission denied (check the folder's permissions)"),
}


@pytest.mark.parametrize("case", sorted(UNREADABLE))
def test_an_unreadable_file_says_so(case: str, open_tmp: Path):
    root = minimal_project(open_tmp / "project")
    for path in [root, *root.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    good = build_ok(root)
    file, expected = UNREADABLE[case]
    (root / file).chmod(0)
    result = run_build_as_other_user(root)
    assert (result.code, "Traceback" in result.err) == (1, False), result.err
    assert error_lines(result) == [expected]
    assert tree_digest(root / "site") == good


def test_the_same_project_builds_as_the_other_user(open_tmp: Path):
    root = minimal_project(open_tmp / "project")
    for path in [root, *root.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o644)
    result = run_build_as_other_user(root)
    assert result.code == 0, result.err


# Three builds, a folder made read-only in site/ by hand after the first: the second carries it over
# read-only and removes the site it replaced (or keeps it as the spare); the third removes that.
READ_ONLY_FOLDER = """
import sys
from pathlib import Path
from explainer.write import write_site

out = Path(sys.argv[1]) / "site"
spare = out.parent / ".cache" / "spare-site" if sys.argv[2] == "spare" else None
write_site(out, {"index.html": b"1"}, spare=spare)
(out / "theirs" / "inner").mkdir(parents=True)
(out / "theirs" / "inner" / "notes.txt").write_text("kept")
(out / "theirs" / "inner").chmod(0o555)
(out / "theirs").chmod(0o500)
for number in (2, 3, 4):
    write_site(out, {"index.html": str(number).encode()}, spare=spare)
"""


@pytest.mark.parametrize("spare", ["spare", "no spare"])
def test_a_folder_made_read_only_in_the_site_does_not_stop_the_builds_after_it(spare: str, open_tmp: Path):
    """The site a build replaced could not be deleted (its copy of the folder refused to be emptied), and
    the next build, deleting it as a killed build's leftover, failed, and every build after it:
    "site: cannot write: Permission denied"."""
    folder = open_tmp / spare.replace(" ", "-")
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([*OTHER_USER, sys.executable, "-c", READ_ONLY_FOLDER, str(folder), spare],
                          capture_output=True, text=True, timeout=QUICK, env=env)
    assert (done.returncode, done.stderr) == (0, "")
    site = folder / "site"
    assert sorted(os.listdir(folder)) == ([".cache", "site"] if spare == "spare" else ["site"])
    assert (site / "index.html").read_bytes() == b"4"
    assert (site / "theirs" / "inner" / "notes.txt").read_text() == "kept"
    assert [oct(path.stat().st_mode & 0o777) for path in (site / "theirs", site / "theirs" / "inner")] == \
        ["0o500", "0o555"]


def test_walking_a_folder_lists_regular_files_and_refuses_the_rest(tmp_path: Path):
    # static/ and templates/ are walked with regular_files; it is checked here on its own.
    from explainer.problems import Problem
    from explainer.safefs import FileRefused, regular_files

    root = tmp_path / "project"
    static = root / "static"
    (static / "img").mkdir(parents=True)
    (static / "style.css").write_text("body {}")
    (static / "img" / "b.svg").write_text("<svg/>")
    (static / ".hidden").mkdir()
    os.mkfifo(static / ".hidden" / "pipe")  # dot-files and dot-folders are never looked at
    os.symlink("../style.css", static / "img" / "a.css")  # a link that stays inside is followed
    os.symlink("..", static / "img" / "loop")  # a folder reached twice is walked once
    assert regular_files(static, root) == [static / "img" / "a.css", static / "img" / "b.svg", static / "style.css"]
    os.mkfifo(static / "pipe.js")
    os.symlink("/etc/passwd", static / "img" / "passwd.txt")
    with pytest.raises(FileRefused) as refused:
        regular_files(static, root)
    assert refused.value.problems == [
        Problem("static/img/passwd.txt", 0, "is a link leading out of the project folder", "replace the link with a copy of the file"),
        Problem("static/pipe.js", 0, "is not a regular file: it is a named pipe", "replace it with an ordinary file"),
    ]


@pytest.mark.parametrize("folder", ["static", "templates"])
def test_a_link_out_of_the_project_in_static_or_templates_is_refused(folder: str, built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    os.symlink("/proc/self/environ", root / folder / "environ.txt")
    result = rebuild_fails(root, good)
    assert error_lines(result) == [f"{folder}/environ.txt: is a link leading out of the project folder "
                                   "(replace the link with a copy of the file)"]


def test_a_root_that_does_not_exist_is_one_line(tmp_path: Path):
    result = run_build(tmp_path / "nowhere")
    assert (result.code, result.out) == (1, "")
    assert result.err == (f"error: {tmp_path / 'nowhere'}: project folder not found (pass --root with the folder "
                          "holding content/, seeds/ and templates/)\n")


def test_an_output_folder_inside_an_input_folder_is_refused(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    result = run_build(root, "--out", str(root / "static" / "site"))
    assert result.code == 1 and "Traceback" not in result.err
    assert result.err.startswith(f"error: {root / 'static' / 'site'}: output folder is inside the input folder")
    assert not (root / "static" / "site").exists()


def test_a_locales_folder_that_is_a_link_out_of_the_project_is_refused(built_minimal: Path, tmp_path: Path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "zz.yaml").write_text("about: x\n", encoding="utf-8")
    root = built_minimal
    good = tree_digest(root / "site")
    os.symlink(outside, root / "locales")
    result = rebuild_fails(root, good)
    assert error_lines(result) == ["locales: is a link leading out of the project folder "
                                   "(replace the link with a copy of the folder)"]


def test_a_folder_swapped_for_a_link_out_while_files_are_read_never_leads_outside(tmp_path: Path):
    # An attacker who can write the project swaps static/sub with a link out, over and over, while
    # the build reads static/sub/a.css: no read may land on the file outside.
    from explainer.safefs import FileRefused, read_regular
    root = tmp_path / "project"
    (root / "static" / "sub").mkdir(parents=True)
    (root / "static" / "sub" / "a.css").write_text("ours", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "a.css").write_text("SECRET", encoding="utf-8")
    (root / "static" / ".swap").symlink_to(outside)
    # The swapper is another process, as an attacker would be: it runs beside the reads, on the other
    # core, instead of taking turns with them for the interpreter's lock.
    stop = tmp_path / "stop"
    swapper = zygotes().popen(
        [sys.executable, "-c", SWAPPER, str(root / "static" / "sub"), str(root / "static" / ".swap"), str(stop)],
        cwd=REPO, stdout=subprocess.PIPE, text=True)
    read = []
    try:
        assert swapper.stdout.readline() == "swapping\n"
        for _ in range(600):
            with contextlib.suppress(FileRefused):
                read.append(read_regular(root / "static" / "sub" / "a.css", root, 1024, "static/sub/a.css"))
    finally:
        stop.touch()
        swaps = int(swapper.communicate(timeout=QUICK)[0])
    assert swaps > 50 and b"ours" in read
    assert b"SECRET" not in read
