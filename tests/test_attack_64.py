"""Round sixty-four of attacks: files, signals and sockets — a file that hangs as it is read, a user's file named as a
cache key, and what held.

1. A `.cache` link to a folder of one's own passed when every file in its cache folders had a name a build gives
   (`views/<hex>.pickle`, `plans/all.pack`, `digests/content`), whatever it held: a user's `views/<hex>.pickle` passed
   for the cache's own and the build's cleanup deleted it. A file in a cache folder now counts as the build's only if
   it starts with the seal every kept file has and is as long as the seal states (one written aside and cut short:
   the seal's start at most); any other is named in one line, exit 1, the file and site/ left as they were
   (explainer/cache_links.py). Honest twins: a folder builds filled, the same with the aside files a killed build
   leaves (empty, cut inside the seal, cut inside what it sealed), and a `.cache/` moved there whole.
2. A folder whose listing answers but one of whose files does not (a file on a mount of its own, a FUSE file system
   whose process is stopped: here `seeds/flood.txt` or `content/flood/claims.yaml` opened, or read, or a link's target
   stat'ed, until the test's gate opens) held `build` and `check` for good: they opened it in their own thread. The
   walk that lists the input folders first (explainer/hung_inputs.py) now looks at each file too, in its thread, each
   waited for ANSWER_WAIT_S: its first byte read, a link's target stat'ed, a pipe or device never opened. One held is
   named in one line, exit 1, nothing built, site/ as it was. The walk's thread wakes the build at its end only, the
   build looking at its progress (explainer/watch_listing.py's quiet walk): a thread switch a file cost 0.35 s at
   8,000 files. Honest twins: files that answer (the gate open) build; a walk slower than ANSWER_WAIT_S in all, each
   step quicker, is never left; a named pipe among the seeds (never opened by the look) builds, and a named pipe
   where a cited seed or a content file goes is refused in one line (a real FIFO, not faked).
"""

from __future__ import annotations

import os
import pickle
import threading
from pathlib import Path

import pytest

from support import files_in, link_cache
from tests.conftest import run_build, tree_digest


# --- 1. fixed: a user's file named as a cache key is no file of the cache's ------------------------------------------

def _filled_by_a_build(root: Path, folder: Path) -> None:
    """Link root's .cache to `folder`, and build through it: the folder then holds what a build keeps."""
    folder.mkdir(parents=True)
    link_cache(root, folder)
    result = run_build(root)
    assert (result.code, result.err) == (0, ""), result.err[-600:]


KEY = "ab" * 32
SEAL_START = b"explainer-sealed-3\n"


@pytest.mark.parametrize("name, holds", [
    (f"views/{KEY}.pickle", b"the user's own notes\n"),
    (f"views/{KEY}.pickle", pickle.dumps({"a user's": "pickle"})),
    ("plans/all.pack", b"a user's own file\n"),
    ("digests/content", b""),
    (f"views/{KEY}.pickle", SEAL_START),  # the seal's start, but no length: only a file written aside may be cut so
    (f"views/{KEY}.pickle", SEAL_START + bytes(24) + b"more than the seal states"),
    (f"views/.{KEY}.pickle.123.0123456789ab", b"a user's file named as one written aside\n"),
])
def test_a_users_file_named_as_a_cache_key_is_no_file_of_the_cache(built_minimal: Path, tmp_path: Path, name: str,
                                                                     holds: bytes):
    """Before: taken for the build's by its name; the build went on and its cleanup deleted the views/ one."""
    folder = tmp_path / "fast-disk" / "cache"
    _filled_by_a_build(built_minimal, folder)
    (folder / name).parent.mkdir(exist_ok=True)
    (folder / name).write_bytes(holds)
    before, site = files_in(folder), tree_digest(built_minimal / "site")
    for command in ((), ("check",)):
        result = run_build(built_minimal, *command)
        assert (result.code, result.out) == (1, ""), result.err[-600:]
        assert result.err == (f"error: {built_minimal / '.cache'}: is a link leading to {folder}, a folder also "
                              f"holding '{name}', which is no file the build keeps and a cleanup of its cache could "
                              "delete (link .cache to an empty folder of its own, or remove the link)\n")
    assert files_in(folder) == before and tree_digest(built_minimal / "site") == site


@pytest.mark.parametrize("left", [b"", SEAL_START[:7], SEAL_START + bytes(10), None])
def test_a_cache_folder_builds_filled_and_with_what_a_killed_build_left_aside(built_minimal: Path, tmp_path: Path,
                                                                              left: bytes | None):
    """The honest twins: what builds wrote, and the aside files of one killed as it wrote (None: cut short within what
    it sealed), build again and again."""
    folder = tmp_path / "fast-disk" / "cache"
    _filled_by_a_build(built_minimal, folder)
    kept = next((folder / "views").iterdir()).read_bytes()
    (folder / "views" / f".{KEY}.pickle.4242.0123456789ab").write_bytes(kept[:len(kept) // 2] if left is None else left)
    for command in ((), ("check",), ()):
        result = run_build(built_minimal, *command)
        assert (result.code, result.err) == (0, ""), result.err[-600:]


# --- 2. fixed: a file of the project that does not answer as it is read stops the build in one line ------------------

def _hung_file(monkeypatch, gate: threading.Event, name: str, call: str) -> None:
    """Make the file whose path ends in `name` hang as one on a dead mount does, until `gate`: at os.open or os.stat
    (`call`), or at the first read of a descriptor opened on it ("read"); never in the test's thread, the build's, where
    it would hold the build for good (the assertion fails at once instead)."""
    caller, real_open = threading.current_thread(), os.open
    hung_descriptors: set[int] = set()

    def held(path) -> bool:
        return isinstance(path, (str, bytes, os.PathLike)) and os.fsdecode(path).endswith(name)

    def wait_here(what) -> None:
        if gate.is_set():  # answering again (the honest twins): the build reads it where it likes
            return
        assert threading.current_thread() is not caller, f"{what} read in the build's own thread"
        gate.wait()

    if call == "read":
        def opened(path, *args, **kwargs):
            descriptor = real_open(path, *args, **kwargs)
            if held(path):
                hung_descriptors.add(descriptor)
            return descriptor

        for reading in ("read", "pread", "readv", "preadv"):
            def hung_read(descriptor, *args, real=getattr(os, reading), **kwargs):
                if descriptor in hung_descriptors:
                    wait_here(name)
                return real(descriptor, *args, **kwargs)

            monkeypatch.setattr(os, reading, hung_read)
        monkeypatch.setattr(os, "open", opened)
        return
    real = getattr(os, call)

    def hung(path, *args, **kwargs):
        if held(path):
            wait_here(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, call, hung)


@pytest.mark.parametrize("command", [(), ("check",)])
@pytest.mark.parametrize("where, call", [("seeds/flood.txt", "open"), ("seeds/flood.txt", "read"),
                                         ("content/flood/claims.yaml", "open"), ("content/site.yaml", "read"),
                                         ("seeds/notes/unused.txt", "open"), ("seeds/linked.txt", "stat")])
def test_a_file_that_does_not_answer_as_it_is_read_stops_the_build_in_one_line(built_minimal: Path, monkeypatch,
                                                                               command: tuple, where: str, call: str):
    """Before: the build opened or read it in its own thread and waited there for good (here: the assertion)."""
    from explainer import hung_inputs

    if where == "seeds/notes/unused.txt":
        (built_minimal / "seeds" / "notes").mkdir()
        (built_minimal / where).write_text("a note\n")
    if where == "seeds/linked.txt":
        (built_minimal / where).symlink_to("flood.txt")
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 0.05)
    site = tree_digest(built_minimal / "site")
    gate = threading.Event()
    _hung_file(monkeypatch, gate, where.rsplit("/", 1)[-1], call)
    try:
        result = run_build(built_minimal, *command)
    finally:
        gate.set()
    assert (result.code, result.out) == (1, ""), result.err[-600:]
    assert result.err == (f"error: {where}: does not answer as it is read (a network share or mount that is gone, or a "
                          "file system whose process is stopped?), and the build would wait on it for good; nothing was "
                          "built (mount it again, or move it out of the project, then build again)\n")
    assert tree_digest(built_minimal / "site") == site


@pytest.mark.parametrize("call", ["open", "read", "stat"])
def test_files_that_answer_build_as_before(built_minimal: Path, monkeypatch, call: str):
    """The honest twins: the same fakes with the gate open, a link among the seeds, a folder of 300 files."""
    from explainer import hung_inputs

    (built_minimal / "seeds" / "linked.txt").symlink_to("flood.txt")
    (built_minimal / "seeds" / "notes").mkdir()
    for number in range(300):
        (built_minimal / "seeds" / "notes" / f"{number}.txt").write_text(f"note {number}\n")
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 600)
    gate = threading.Event()
    gate.set()
    _hung_file(monkeypatch, gate, "flood.txt" if call != "stat" else "linked.txt", call)
    for command in ((), ("check",)):
        result = run_build(built_minimal, *command)
        assert (result.code, result.err) == (0, ""), result.err[-600:]


def test_a_quiet_walk_slower_in_all_than_its_wait_but_quick_at_each_step_is_never_left(monkeypatch):
    """Each step takes 0.9 of the wait by a clock the steps move on (no real time passes); 20 of them take 18 waits."""
    from explainer import watch_listing
    from explainer.watch_listing import FolderListings

    clock = [0.0]
    monkeypatch.setattr(watch_listing, "monotonic", lambda: clock[0])

    def step(path, expected):
        clock[0] += 0.9 * 600
        return []

    held: list[str] = []
    found = FolderListings(wait=600, quiet=True).walk([(f"/f{n}", None) for n in range(20)], step, held.append)
    assert (len(found), held) == (20, [])


def test_a_quiet_walk_is_left_at_a_step_that_does_not_end(monkeypatch):
    from explainer import watch_listing
    from explainer.watch_listing import FolderListings

    clock = [0.0]

    def ticking() -> float:  # a quarter of the wait goes by at each look at the clock
        clock[0] += 0.01
        return clock[0]

    monkeypatch.setattr(watch_listing, "monotonic", ticking)
    gate = threading.Event()

    def step(path, expected):
        if path == "/hung":
            gate.wait()
        return []

    held: list[str] = []
    try:
        found = FolderListings(wait=0.04, quiet=True).walk([("/after", None), ("/hung", None), ("/before", None)],
                                                           step, held.append)
    finally:
        gate.set()
    assert (found, held) == (["/before", "/after"], ["/hung"])


def _fifo_instead(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


@pytest.mark.parametrize("where, said", [
    ("seeds/flood.txt", "content/sources.yaml:3: source 'flood': seeds/flood.txt is not a regular file: it is a named "
                        "pipe (replace it with an ordinary file)"),
    ("content/flood/claims.yaml", "content/flood/claims.yaml: is not a regular file: it is a named pipe (replace it "
                                  "with an ordinary file)"),
])
def test_a_named_pipe_where_a_seed_or_content_file_goes_is_refused_in_one_line(built_minimal: Path, where: str,
                                                                              said: str):
    """Held: a real FIFO, with no writer, is never opened by the look nor waited on by the build."""
    site = tree_digest(built_minimal / "site")
    _fifo_instead(built_minimal / where)
    for command in ((), ("check",)):
        result = run_build(built_minimal, *command)
        assert (result.code, result.out) == (1, ""), result.err[-600:]
        assert result.err.splitlines()[0] == f"error: {said}", result.err
    assert tree_digest(built_minimal / "site") == site


def test_a_named_pipe_no_briefing_cites_builds(built_minimal: Path):
    os.mkfifo(built_minimal / "seeds" / "pipe.txt")
    (built_minimal / "seeds" / "zero.txt").symlink_to("/dev/zero")
    result = run_build(built_minimal)
    assert (result.code, result.err) == (0, ""), result.err[-600:]
