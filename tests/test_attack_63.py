"""Round sixty-three of attacks: files, signals and sockets — a shared cache folder, the build on a hung folder, and
hostile names and paths.

1. `.cache` committed as a link to a folder of the user's own that also held other files (`~/Documents` say) was
   followed: the build made its folders there, and its cleanup deletes the `*.pickle` files in `views/` it did not
   write (a user's `views/notes.pickle` was lost). It is refused in one line naming the link and the first entry that
   is no file a build keeps, the last good site/ left as it was (explainer/cache_links.py). Honest twins: a link to an
   empty folder, to one a build filled (built again and again, a preview's notice left there), and to a folder
   holding the project (round 13) build.
2. `build.py build` and `check` listed a folder of the project on a mount that no longer answers (here
   `seeds/mounted`, listed forever until the test's gate opens) in their own thread, and waited there for good,
   printing nothing. The input folders are now listed first in a thread of the walk's own, each waited for
   ANSWER_WAIT_S (explainer/hung_inputs.py): a hung one is named in one line, exit 1, nothing built, site/ as it was.
   Honest twins: a project whose folders all answer builds (a link never entered, content/.git passed over), and the
   hung folder, once it answers, builds too.
3. The same for `.cache` linked to a faster disk that no longer answers: the look at where it leads (cache_links.py)
   and its listing are made in a thread (`answered_within`), and the build names `.cache` in one line, exit 1. Honest
   twin: one that answers builds (part 1's twins).
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from support import files_in, link_cache
from tests.conftest import run_build, tree_digest


# --- 1. fixed: a .cache linked to a folder that also holds the user's files is refused ------------------------------

@pytest.mark.parametrize("name, shown", [
    ("thesis.txt", "thesis.txt"), ("views/notes.pickle", "views/notes.pickle"), ("views/draft.txt", "views/draft.txt"),
    ("spare-site", "spare-site"), ("photos/cat.jpg", "photos/"), ("content.pickle/x", "content.pickle/"), ("line\nbreak.txt", "line\\nbreak.txt"),
    ("plans/1.pack/inner", "plans/1.pack/"),
])
def test_a_cache_linked_to_a_folder_holding_the_users_files_is_refused(built_minimal: Path, tmp_path: Path,
                                                                       name: str, shown: str):
    """Before: the build made its folders there and its cleanup deleted views/*.pickle it had not written."""
    folder = tmp_path / "documents"
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("the user's own\n")
    before = files_in(folder)
    link_cache(built_minimal, folder)
    site = tree_digest(built_minimal / "site")
    for command in ((), ("check",)):
        result = run_build(built_minimal, *command)
        assert (result.code, result.out) == (1, ""), result.err[-600:]
        assert result.err == (f"error: {built_minimal / '.cache'}: is a link leading to {folder}, a folder also "
                              f"holding '{shown}', which is no file the build keeps and a cleanup of its cache could "
                              "delete (link .cache to an empty folder of its own, or remove the link)\n")
    assert files_in(folder) == before and tree_digest(built_minimal / "site") == site


@pytest.mark.parametrize("kind", ["empty", "filled by builds", "a .cache moved there", "with a preview's notice",
                                  "holding the project", "a disk's top folder"])
def test_a_cache_linked_to_an_empty_or_built_folder_builds(built_minimal: Path, tmp_path: Path, kind: str):
    """The honest twins: a faster disk, empty, filled by earlier builds through the link, or holding the .cache/ moved
    there whole (its spare site, compiled templates and all); a folder holding the project (round 13)."""
    folder = built_minimal.parent if kind == "holding the project" else tmp_path / "fast-disk" / "cache"
    if kind == "a .cache moved there":
        assert (built_minimal / ".cache" / "spare-site").is_dir() or run_build(built_minimal).code == 0
        assert any((built_minimal / ".cache" / "templates").iterdir())
        folder.parent.mkdir(parents=True)
        shutil.move(built_minimal / ".cache", folder)
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "a disk's top folder":
        (folder / "lost+found").mkdir()
        (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    if kind == "with a preview's notice":
        (folder / "preview-0123456789abcdef").write_text("1 http://127.0.0.1:8000/\n")
    link_cache(built_minimal, folder)
    for command in ((), ("check",), ()):
        result = run_build(built_minimal, *command)
        assert (result.code, result.err) == (0, ""), result.err[-600:]
    if kind == "filled by builds":
        from explainer.cache_links import CACHE_FOLDERS

        assert "views" in os.listdir(folder) and set(os.listdir(folder)) <= CACHE_FOLDERS


# --- 2. fixed: the build names a folder that does not answer and stops -----------------------------------------------

def _hung_in_other_threads(monkeypatch, gate: threading.Event, name: str = "mounted") -> None:
    """Make os.open of a path ending in `name` wait as a hung mount does: until `gate`, and never in the test's thread,
    the build's, where it would hold the build for good (the test fails at once, with a traceback, instead)."""
    caller, real = threading.current_thread(), os.open

    def hung(path, *args, **kwargs):
        if isinstance(path, (str, bytes, os.PathLike)) and os.fsdecode(path).endswith(name):
            assert threading.current_thread() is not caller, f"{name} opened in the build's own thread"
            gate.wait()
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", hung)


@pytest.mark.parametrize("command", [(), ("check",)])
@pytest.mark.parametrize("where", ["seeds/mounted", "content/flood/mounted", "templates/mounted"])
def test_a_folder_of_the_project_that_does_not_answer_stops_the_build_in_one_line(built_minimal: Path, monkeypatch,
                                                                                  command: tuple, where: str):
    """Before: the build opened the folder in its own thread and waited there for good (here: the assertion)."""
    from explainer import hung_inputs

    (built_minimal / where).mkdir()
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 0.05)
    site = tree_digest(built_minimal / "site")
    gate = threading.Event()
    _hung_in_other_threads(monkeypatch, gate)
    try:
        result = run_build(built_minimal, *command)
    finally:
        gate.set()
    assert (result.code, result.out) == (1, ""), result.err[-600:]
    assert result.err == (f"error: {where}/: does not answer (a network share or mount that is gone?), and the build "
                          "would wait on it for good; nothing was built (mount it again, or move it out of the "
                          "project, then build again)\n")
    assert tree_digest(built_minimal / "site") == site


def test_folders_that_answer_build_as_before(built_minimal: Path, tmp_path: Path, monkeypatch):
    """The honest twins: content/.git passed over, a folder whose listing answers (its gate open before the build)."""
    from explainer import hung_inputs

    (built_minimal / "seeds" / "mounted").mkdir()
    (built_minimal / "content" / ".git" / "objects").mkdir(parents=True)
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 600)
    gate = threading.Event()
    gate.set()
    _hung_in_other_threads(monkeypatch, gate)
    result = run_build(built_minimal)
    assert (result.code, result.err) == (0, ""), result.err[-600:]


def test_the_look_never_enters_a_link_below_the_top(tmp_path: Path, monkeypatch):
    from explainer import hung_inputs
    from explainer.watch_listing import FolderListings

    root = tmp_path / "project"
    (root / "seeds" / "inner").mkdir(parents=True)
    (root / "content" / ".git" / "objects").mkdir(parents=True)
    os.symlink("/", root / "seeds" / "root")
    os.symlink(tmp_path, root / ".cache")  # a folder holding the project: listed, never walked
    listed: list[str] = []
    real = hung_inputs._folders_in

    def recorded(path, expected):
        listed.append(os.path.relpath(path, root))
        return real(path, expected)

    monkeypatch.setattr(hung_inputs, "_folders_in", recorded)
    hung_inputs.check_inputs_answer(root, FolderListings(wait=600))
    assert sorted(listed) == [".cache", "content", "locales", "seeds", "seeds/inner", "static", "templates"]


# --- 3. fixed: a .cache on a disk that does not answer is named, not waited on ---------------------------------------

@pytest.mark.parametrize("call", ["stat", "open"])
def test_a_cache_linked_to_a_disk_that_does_not_answer_stops_the_build_in_one_line(built_minimal: Path, tmp_path: Path,
                                                                                   monkeypatch, call: str):
    """Before: check_cache_link stat'ed the link, and the build listed .cache, in its own thread, held for good."""
    from explainer import hung_inputs

    folder = tmp_path / "fast-mounted"
    folder.mkdir()
    link_cache(built_minimal, folder)
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 0.05)
    site = tree_digest(built_minimal / "site")
    gate = threading.Event()
    caller, real = threading.current_thread(), getattr(os, call)

    def hung(path, *args, **kwargs):
        if isinstance(path, (str, bytes, os.PathLike)) and os.fsdecode(path).endswith((".cache", "mounted")):
            assert threading.current_thread() is not caller, f"{path} looked at in the build's own thread"
            gate.wait()
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, call, hung)
    try:
        result = run_build(built_minimal)
    finally:
        gate.set()
    assert (result.code, result.out) == (1, ""), result.err[-600:]
    [line] = result.err.splitlines()
    assert line.startswith((f"error: {built_minimal / '.cache'}: does not answer", "error: .cache/: does not answer"))
    assert line.endswith("(mount it again, or remove the link, then build again)")
    assert tree_digest(built_minimal / "site") == site


def test_answered_within_gives_what_the_look_gives_or_raises():
    from explainer.hung_inputs import answered_within

    assert answered_within(lambda: 7, "x", wait=600) == 7
    with pytest.raises(KeyError):
        answered_within(lambda: {}["missing"], "x", wait=600)
