"""Round sixty-two of attacks: files, signals and sockets — the preview's watcher and the cache.

1. The preview's watcher listed every folder of the project in its own thread as each round of watching began
   (serve.py `folders_inside`): a folder on a mount that no longer answers (here `seeds/mounted`, listed forever
   until the test's gate opens) held it there, and no later save was seen, for good. The listing now runs in a
   thread of the walk's own (explainer/watch_listing.py), waited for LIST_WAIT_S: the hung folder is skipped and
   named once, the rest watched, and the folder is watched again once its listing ends. Honest twins: a project
   whose folders all answer is listed as before (links never entered, left-out names passed over), and a save in
   content/ is built while seeds/mounted hangs.
2. The watcher's looks at the files a save changed (`emptied`, a folder added), at the watched folders themselves
   (`watched_folders`: seeds/ itself on the hung mount) and at the briefing folders before each build (Builds'
   `follow_renames`, moves.py's `briefing_folders`) were made in its thread: a stat that never ends held it. They
   are made in a thread and waited for LIST_WAIT_S; a held one gives way (nothing emptied, a new round, the folder
   left out until it answers, no rename followed). Honest twins: an emptied file and an added folder are seen as
   before, and the briefing folders are looked at again once they answer.
3. `.cache` committed as a link to a system folder (`/dev`, `/proc/self`, `/sys`, `/`) had the build make its cache
   folders there. A `.cache` leading outside the project to a folder of the kernel's (proc, sysfs, devices), to a
   system folder (`/`, `/usr`, `/etc`...), or to one the user does not own or cannot write is refused, one line naming
   the link and what to do, the last good site/ left as it was. Honest twins: a link to an empty folder of one's own
   on a faster disk builds, as do one to a folder holding the project, a dangling one and one to /dev/null.
4. A link loop inside content/ (`content/loop` leading to `.`), and a folder of 20,000 files: listed by the watcher
   without entering the loop, and the loop refused by the build in one line.
"""

from __future__ import annotations

import os
import shutil
import stat
import threading
from pathlib import Path

import pytest

from tests.conftest import run_build, tree_digest


# --- 1. fixed: a hung folder costs the watcher that folder alone ------------------------------------------------------

def _project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for folder in ("content/flood", "seeds/mounted/inner", "seeds/other", "templates", "content/.git/objects"):
        (root / folder).mkdir(parents=True)
    os.symlink(tmp_path, root / "content" / "flood" / "linked")
    return root


def _hung_in_other_threads(monkeypatch, gate: threading.Event, name: str = "mounted", call: str = "open") -> None:
    """Make os.<call> of a path ending in `name` wait as a hung mount does: until `gate`, and never in the test's
    thread, the watcher's, where it would hold the watcher for good (the test fails at once instead of hanging)."""
    caller, real = threading.current_thread(), getattr(os, call)

    def hung(path, *args, **kwargs):
        if isinstance(path, (str, bytes, os.PathLike)) and os.fsdecode(path).endswith(name):
            assert threading.current_thread() is not caller, f"{name} looked at in the watcher's own thread"
            gate.wait()
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, call, hung)


def _relative(found: list[str], root: Path) -> list[str]:
    return [os.path.relpath(path, root) for path in found]


def test_a_hung_folder_is_skipped_named_once_and_watched_again_once_it_answers(tmp_path: Path, monkeypatch):
    """Before: folders_inside opened seeds/mounted in the watcher's thread, held for good (here: the assertion)."""
    from explainer import serve
    from explainer.project import Project
    from explainer.watch_listing import FolderListings

    root = _project(tmp_path)
    said: list[str] = []
    monkeypatch.setattr(serve, "say", lambda line, stream=None: said.append(line))
    folders = serve.watched_folders(Project.at(root))
    gate = threading.Event()
    _hung_in_other_threads(monkeypatch, gate)
    listings = FolderListings(wait=0.05)
    try:
        found = _relative(serve.folders_inside(folders, listings), root)
        assert found == ["content", "content/flood", "seeds", "seeds/other", "templates"]
        assert len(said) == 1 and "seeds/mounted/ does not answer" in said[0] and "\n" not in said[0]
        [walker] = listings.held.values()
        assert _relative(serve.folders_inside(folders, listings), root) == found  # passed over at once
        assert len(said) == 1 and list(listings.held.values()) == [walker] and listings.answered_again() == []
    finally:
        gate.set()
    assert walker.ended.wait(600)
    assert _relative(listings.answered_again(), root) == ["seeds/mounted"] and listings.held == {}
    found = _relative(serve.folders_inside(folders, listings), root)
    assert found == ["content", "content/flood", "seeds", "seeds/mounted", "seeds/mounted/inner", "seeds/other",
                     "templates"]
    assert len(said) == 1


def test_folders_that_all_answer_are_listed_as_before(tmp_path: Path):
    """The honest twin: every folder, a link never entered, content/.git passed over, in the order of before."""
    from explainer import serve
    from explainer.project import Project
    from explainer.watch_listing import FolderListings

    root = _project(tmp_path)
    (root / "seeds" / "other" / "deep" / "deeper").mkdir(parents=True)
    folders = serve.watched_folders(Project.at(root))
    found = _relative(serve.folders_inside(folders, FolderListings(wait=600)), root)
    assert found == ["content", "content/flood", "seeds", "seeds/mounted", "seeds/mounted/inner", "seeds/other",
                     "seeds/other/deep", "seeds/other/deep/deeper", "templates"]
    assert _relative(serve.folders_inside(folders), root) == found  # the server's own listings


class _Builds:
    """What watch_and_build asks of the server's Builds: each run recorded, an event set at each."""

    def __init__(self, root: Path):
        from explainer.project import Project

        self.project, self.stopping = Project.at(root), threading.Event()
        self.built_with, self.held, self.runs, self.ran = None, None, [], threading.Event()

    def run(self, changed, **kwargs) -> bool:
        self.runs.append(changed)
        self.ran.set()
        return True

    def publish_settled(self) -> None:
        pass

    def site_removed(self) -> bool:
        return False

    def output_cleared(self) -> bool:
        return False


def test_a_save_is_built_while_a_folder_of_the_project_hangs(tmp_path: Path, monkeypatch):
    """Before: the round of watching never began (its listing held in seeds/mounted), and no save was built."""
    from explainer import serve
    from explainer.watch_listing import FolderListings, HeldLooks

    root = _project(tmp_path)
    monkeypatch.setattr(serve, "say", lambda line, stream=None: None)
    monkeypatch.setattr(serve, "LISTINGS", FolderListings(wait=0.05))
    monkeypatch.setattr(serve, "LOOKS", HeldLooks(wait=0.05))
    builds = _Builds(root)
    gate = threading.Event()
    _hung_in_other_threads(monkeypatch, gate)
    watching = threading.Thread(target=serve.watch_and_build, args=(builds, serve.watched_folders(builds.project)),
                                daemon=True)
    watching.start()
    try:
        assert builds.ran.wait(600) and builds.runs == [[]]  # the round's first build
        builds.ran.clear()
        (root / "content" / "flood" / "briefing.yaml").write_text("title: x\n")
        assert builds.ran.wait(600) and builds.runs[-1] == ["content/flood/briefing.yaml"]
    finally:
        builds.stopping.set()
        gate.set()
        watching.join(600)
    assert not watching.is_alive()


# --- 2. fixed: the watcher's looks at changed files and at its own folders are made in a thread -----------------------

def test_a_changed_file_that_does_not_answer_does_not_hold_the_watcher(tmp_path: Path, monkeypatch):
    """Before: emptied() and the look for added folders stat'ed seeds/mounted in the watcher's thread, held."""
    from explainer import serve
    from explainer.watch_listing import HeldLooks
    from watchfiles import Change

    monkeypatch.setattr(serve, "LOOKS", HeldLooks(wait=0.05))
    gate = threading.Event()
    hung = str(tmp_path / "mounted")
    _hung_in_other_threads(monkeypatch, gate, call="stat")
    _hung_in_other_threads(monkeypatch, gate, call="lstat")
    try:
        assert serve.emptied({(Change.modified, hung)}) is False
        assert serve.folders_added({(Change.added, hung)}) is True  # a new round, whose listing passes it over
        assert serve.emptied({(Change.modified, hung)}) is False  # held: not looked at again
        assert threading.active_count() < 20
    finally:
        gate.set()


def test_seeds_on_a_hung_mount_is_left_out_of_the_watched_folders_until_it_answers(tmp_path: Path, monkeypatch):
    from explainer import serve
    from explainer.project import Project
    from explainer.watch_listing import HeldLooks

    root = _project(tmp_path)
    looks = HeldLooks(wait=0.05)
    monkeypatch.setattr(serve, "LOOKS", looks)
    gate = threading.Event()
    _hung_in_other_threads(monkeypatch, gate, name="seeds", call="stat")
    try:
        assert sorted(path.name for path in serve.watched_folders(Project.at(root))) == ["content", "templates"]
    finally:
        gate.set()
    assert all(look.done.wait(600) for look in looks.held.values())
    assert sorted(path.name for path in serve.watched_folders(Project.at(root))) == ["content", "seeds", "templates"]


def test_an_emptied_file_and_an_added_folder_are_seen_as_before(tmp_path: Path):
    """The honest twins of 2."""
    from explainer import serve
    from watchfiles import Change

    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "full.html").write_bytes(b"x")
    (tmp_path / "folder").mkdir()
    os.symlink(tmp_path / "folder", tmp_path / "link")
    assert serve.emptied({(Change.modified, str(tmp_path / "empty.html"))})
    assert not serve.emptied({(Change.modified, str(tmp_path / "full.html"))})
    assert serve.folders_added({(Change.added, str(tmp_path / "folder"))})
    assert not serve.folders_added({(Change.added, str(tmp_path / "link")), (Change.modified, str(tmp_path))})


# --- 3. fixed: a .cache linked outside the project to a folder the build must not fill is refused -------------------

def _link_cache(root: Path, target: str | Path) -> None:
    if (root / ".cache").is_symlink() or not (root / ".cache").exists():
        (root / ".cache").unlink(missing_ok=True)
    else:
        shutil.rmtree(root / ".cache")
    (root / ".cache").symlink_to(target)


def _other_users_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "shared-cache"
    folder.mkdir()
    os.chown(folder, 65534, 65534)  # nobody's
    return folder


@pytest.mark.parametrize("target, why", [
    ("/dev", "a folder of the kernel's"), ("/proc/self", "a folder of the kernel's"),
    ("/sys", "a folder of the kernel's"), ("/sys/kernel", "a folder of the kernel's"), ("/", "a folder of the system"),
    ("/usr/share", "a folder of the system"), ("/etc", "a folder of the system"), ("~", "your home folder"),
    ("other", "a folder another user owns"),
])
def test_a_cache_linked_to_a_system_folder_is_refused(tmp_path: Path, target: str, why: str):
    """Before: the build made its cache folders there (/content, /dev/pages, /etc/views, ~/plans, ...). Checked
    without a build: a build that failed to refuse would make them again."""
    from explainer.cache_links import check_cache_link
    from explainer.write import OutputError

    if not os.path.isdir(target if target not in ("~", "other") else "/"):
        pytest.skip(f"no {target} here")
    target = {"~": os.path.expanduser("~"), "other": _other_users_folder(tmp_path)}.get(target, target)
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / ".cache").symlink_to(target)
    with pytest.raises(OutputError) as refused:
        check_cache_link(tmp_path / "project" / ".cache")
    line = str(refused.value)
    assert line.startswith(f"{tmp_path / 'project' / '.cache'}: is a link leading to ") and why in line
    assert "remove the link" in line and "\n" not in line


@pytest.mark.parametrize("target", ["/proc/self", "/sys/kernel", "other"])
def test_a_build_with_a_cache_linked_to_a_system_folder_is_refused_in_one_line(built_minimal: Path, tmp_path: Path,
                                                                              target: str):
    """The build, through the command line: one line, nothing made there, site/ as it was (only where the folder
    takes no folders, so that a build that failed to refuse makes none in a system folder)."""
    if not os.path.isdir(target if target != "other" else "/"):
        pytest.skip(f"no {target} here")
    target = _other_users_folder(tmp_path) if target == "other" else target
    before = set(os.listdir(target))
    _link_cache(built_minimal, target)
    site = tree_digest(built_minimal / "site")
    for command in ((), ("check",)):
        result = run_build(built_minimal, *command)
        assert (result.code, result.out) == (1, ""), result.err[-600:]
        [line] = result.err.splitlines()
        assert line.startswith(f"error: {built_minimal / '.cache'}: is a link leading to ") and "remove the link" in line
    assert tree_digest(built_minimal / "site") == site and set(os.listdir(target)) == before


@pytest.mark.parametrize("kind", ["an empty folder of one's own", "a folder in /dev/shm", "a relative link",
                                  "a folder holding the project", "a link leading nowhere", "/dev/null",
                                  "a folder below the home folder"])
def test_a_cache_linked_to_a_folder_of_ones_own_builds(built_minimal: Path, tmp_path: Path, kind: str):
    """The honest twins: a faster disk, a shared memory folder, and what built before (test_attack_13, _49)."""
    made: list[Path] = []
    if kind == "an empty folder of one's own":
        target = tmp_path / "fast-disk" / "cache"
        target.mkdir(parents=True)
    elif kind == "a folder in /dev/shm":
        if not os.path.isdir("/dev/shm") or not os.access("/dev/shm", os.W_OK):
            pytest.skip("no /dev/shm here")
        target = Path(os.path.realpath("/dev/shm")) / f"explainer-test-{os.getpid()}-{tmp_path.name}"
        target.mkdir()
        made.append(target)
    elif kind == "a relative link":
        (built_minimal.parent / "fast").mkdir(exist_ok=True)
        target = Path("../fast")
    elif kind == "a folder holding the project":
        target = built_minimal.parent
    elif kind == "a link leading nowhere":
        target = tmp_path / "not-mounted-yet" / "cache"
    elif kind == "/dev/null":
        target = Path("/dev/null")
    else:
        home = Path(os.path.expanduser("~"))
        target = home / f".explainer-test-cache-{os.getpid()}-{tmp_path.name}"
        target.mkdir()
        made.append(target)
    try:
        _link_cache(built_minimal, target)
        for _ in range(2):  # the second build finds the folder holding the cache's own files
            result = run_build(built_minimal)
            assert (result.code, result.err) == (0, ""), result.err[-600:]
    finally:
        for folder in made:
            shutil.rmtree(folder, ignore_errors=True)


# --- 4. held: a link loop in content/, a folder of many files --------------------------------------------------------

def test_a_link_loop_in_content_is_not_entered_by_the_watcher_and_is_one_line_to_the_build(built_minimal: Path):
    from explainer import serve
    from explainer.project import Project

    content = built_minimal / "content"
    os.symlink(".", content / "loop")
    os.symlink("loop-b", content / "loop-a")
    os.symlink("loop-a", content / "loop-b")
    found = serve.folders_inside(serve.watched_folders(Project.at(built_minimal)))
    assert not any("loop" in path for path in _relative(found, built_minimal))
    site = tree_digest(built_minimal / "site")
    result = run_build(built_minimal)
    assert result.code == 1 and "Traceback" not in result.err, result.err[-600:]
    assert result.err.splitlines()[:2] == [
        f"error: content/{name}: is a link that leads round in a loop (replace the link with a copy of the file)"
        for name in ("loop-a", "loop-b")]
    assert tree_digest(built_minimal / "site") == site


def test_a_folder_of_twenty_thousand_files_is_listed_once_by_the_watcher(tmp_path: Path):
    from explainer import serve
    from explainer.project import Project
    from explainer.watch_listing import FolderListings

    many = tmp_path / "seeds" / "many"
    many.mkdir(parents=True)
    handle = os.open(many, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for number in range(20_000):
            os.close(os.open(f"{number}.txt", os.O_CREAT | os.O_WRONLY, 0o644, dir_fd=handle))
    finally:
        os.close(handle)
    (many / "inner").mkdir()
    folders = serve.watched_folders(Project.at(tmp_path))
    found = _relative(serve.folders_inside(folders, FolderListings(wait=600)), tmp_path)
    assert found == ["seeds", "seeds/many", "seeds/many/inner"]


def test_a_briefing_folder_that_does_not_answer_does_not_hold_the_build(tmp_path: Path, monkeypatch):
    """Before: the look at content/'s folders for renamed briefings (moves.briefing_folders, which looks at each)
    was made in the watcher's thread before every build, and a briefing folder on a hung mount held it there. Now a
    held look keeps the folders of the last build (no rename followed) and the build runs."""
    from explainer import serve
    from explainer.project import Project
    from explainer.watch_listing import HeldLooks

    root = _project(tmp_path)
    monkeypatch.setattr(serve, "LOOKS", HeldLooks(wait=0.05))
    caller, real, gate = threading.current_thread(), serve.briefing_folders, threading.Event()

    def hung(content: Path):
        assert threading.current_thread() is not caller, "content/'s folders looked at in the watcher's own thread"
        gate.wait()
        return real(content)

    monkeypatch.setattr(serve, "briefing_folders", hung)
    worker = type("Worker", (), {"project": Project.at(root)})()
    try:
        builds = serve.Builds(worker, worker.project, threading.Event(), lambda outcome: None)
        assert builds.briefings == {}
        builds.follow_renames()
        assert builds.briefings == {} and builds.moved == {}
    finally:
        gate.set()
    assert all(look.done.wait(600) for look in serve.LOOKS.held.values())
    builds.follow_renames()
    assert sorted(builds.briefings) == ["flood"]  # answered: looked at again


def test_a_file_renamed_over_another_is_built_with_the_name_it_took(tmp_path: Path, monkeypatch):
    """Held: a save written aside and renamed over the briefing (as editors and sync tools do) reaches a build that
    names the briefing, whichever of the watcher's looks came between."""
    from explainer import serve
    from explainer.watch_listing import FolderListings, HeldLooks

    root = _project(tmp_path)
    briefing = root / "content" / "flood" / "briefing.yaml"
    briefing.write_text("title: before\n")
    monkeypatch.setattr(serve, "say", lambda line, stream=None: None)
    monkeypatch.setattr(serve, "LISTINGS", FolderListings(wait=600))
    monkeypatch.setattr(serve, "LOOKS", HeldLooks(wait=600))
    builds = _Builds(root)
    watching = threading.Thread(target=serve.watch_and_build, args=(builds, serve.watched_folders(builds.project)),
                                daemon=True)
    watching.start()
    try:
        assert builds.ran.wait(600)
        builds.ran.clear()
        aside = briefing.with_name("briefing.yaml.tmp")
        aside.write_text("title: after\n")
        os.replace(aside, briefing)
        while "content/flood/briefing.yaml" not in [name for run in builds.runs for name in run]:
            assert builds.ran.wait(600)
            builds.ran.clear()
    finally:
        builds.stopping.set()
        watching.join(600)
    assert briefing.read_text() == "title: after\n" and not watching.is_alive()
