"""Round sixty-four of attacks: files, signals and sockets — a file that hangs as it is read, a user's file named as a
cache key, and what held.

1. A `.cache` link to a folder of one's own passed when every file in its cache folders had a name a build gives
   (`views/<hex>.pickle`, `plans/all.pack`, `digests/content`), whatever it held: a user's `views/<hex>.pickle` passed
   for the cache's own and the build's cleanup deleted it. A file in a cache folder now counts as the build's only if
   it starts with the seal every kept file has and is as long as the seal states (one written aside and cut short:
   the seal's start at most); any other is named in one line, exit 1, the file and site/ left as they were
   (explainer/cache_links.py). Honest twins: a folder builds filled, the same with the aside files a killed build
   leaves (empty, cut inside the seal, cut inside what it sealed), and a `.cache/` moved there whole.
"""

from __future__ import annotations

import os
import pickle
import shutil
import threading
from pathlib import Path

import pytest

from tests.conftest import run_build, tree_digest


# --- 1. fixed: a user's file named as a cache key is no file of the cache's ------------------------------------------

def _linked_cache(root: Path, target: Path) -> None:
    if (root / ".cache").is_symlink():
        (root / ".cache").unlink()
    elif (root / ".cache").exists():
        shutil.rmtree(root / ".cache")
    (root / ".cache").symlink_to(target)


def _files_in(folder: Path) -> dict[str, bytes]:
    return {os.path.relpath(path, folder): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def _filled_by_a_build(root: Path, folder: Path) -> None:
    """Link root's .cache to `folder`, and build through it: the folder then holds what a build keeps."""
    folder.mkdir(parents=True)
    _linked_cache(root, folder)
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
    before, site = _files_in(folder), tree_digest(built_minimal / "site")
    for command in ((), ("check",)):
        result = run_build(built_minimal, *command)
        assert (result.code, result.out) == (1, ""), result.err[-600:]
        assert result.err == (f"error: {built_minimal / '.cache'}: is a link leading to {folder}, a folder also "
                              f"holding '{name}', which is no file the build keeps and a cleanup of its cache could "
                              "delete (link .cache to an empty folder of its own, or remove the link)\n")
    assert _files_in(folder) == before and tree_digest(built_minimal / "site") == site


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
