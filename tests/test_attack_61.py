"""Round sixty-one of attacks: files, signals and sockets.

1. render.py's `_bytes_under(seeds)`, which sizes a site's seeds once its pages pass 1 GiB, walked them with os.walk,
   which up to Python 3.11 calls itself once per level: a seeds/ folder nested 1,100 deep (which builds) raised
   RecursionError, a traceback, out of the check of the site's size. It is now a list of folders still to look
   through. Honest twins: a tree 3 deep is sized as before, links and what they lead to left out.
2. The preview's walk of the project for links leading to the files a blocked build held open (hung_files.py
   `project_paths`) ran in the server's own thread, where the blocked build process is replaced: a folder of the
   project on a hung mount (a network share that no longer answers, listed forever) held that thread for good, the
   server never building again. The walk now runs in a thread of its own, waited for PROBE_WAIT_S at most; the kept
   file's path inside the project is known at once, the links found are taken at the next build once the walk
   ends, and a walk still held starts no other (a file kept meanwhile is walked for once it ends). Honest twins: a
   walk that ends in time finds the links at once, as before, and a link removed by a save still forgets its kept
   file.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from support import nested_folders, remove_nested


# --- 1. fixed: the seeds of a site past 1 GiB are sized without calling the walk once per level ---------------------

@pytest.mark.parametrize("depth", [1100, 3])
def test_the_seeds_nested_deep_are_sized_without_a_recursion_error(tmp_path: Path, depth: int):
    """Before (1,100 deep): RecursionError out of _bytes_under, a traceback where the site's size is checked. The
    twin (3 deep) was sized before as now: plain files only, no link followed."""
    from explainer.render import MIN_SITE_BYTES, SiteBound, _bytes_under

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "outside.txt").write_bytes(b"x" * 1000)
    deepest = nested_folders(seeds, depth)
    (deepest / "report.txt").write_bytes(b"12345")
    os.symlink(tmp_path / "outside.txt", deepest / "linked.txt")
    os.symlink(tmp_path, deepest / "linked-folder")
    (seeds / "top.txt").write_bytes(b"abc")
    try:
        assert _bytes_under(seeds) == 8
        bound = SiteBound(seeds, tmp_path / "templates", tmp_path)
        assert bound.problems({"page.html": MIN_SITE_BYTES + 1}) == []
        assert bound.limit == MIN_SITE_BYTES + 8 * 8
    finally:
        remove_nested(seeds, depth)


def test_a_site_past_its_seeds_bound_is_still_one_line_naming_the_template(tmp_path: Path):
    """The twin of the bound: past what the seeds allow, the template whose pages hold most is named (as before)."""
    from explainer.render import MIN_SITE_BYTES, SiteBound

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "report.txt").write_bytes(b"x" * 10)
    bound = SiteBound(tmp_path / "seeds", tmp_path / "templates", tmp_path)
    problems = bound.problems({"page.html": MIN_SITE_BYTES + 81, "": 0})
    assert len(problems) == 1 and "past the" in problems[0].message and "page.html" in str(problems[0].file)


# --- 2. fixed: the walk for links to a blocked build's files is made in a thread of its own ---------------------------

def _project(tmp_path: Path) -> tuple[Path, str]:
    """A project whose seeds/ holds a link to a share outside it, and a folder `mounted` (the hung mount); return the
    project and the kept file the link leads to."""
    share = tmp_path / "mnt" / "share"
    share.mkdir(parents=True)
    root = tmp_path / "project"
    (root / "seeds" / "mounted").mkdir(parents=True)
    (root / "content" / "flood").mkdir(parents=True)
    os.symlink(share / "x.txt", root / "seeds" / "x.txt")
    return root, str(share / "x.txt")


def _listing_held_in_its_own_thread(monkeypatch, gate: threading.Event) -> None:
    """List a folder named `mounted` as a hung mount does: forever (until `gate`), and never in the test's thread,
    the server's, where it would hold the server for good (the test fails at once instead of hanging)."""
    caller, real = threading.current_thread(), os.scandir

    def scandir(path=".", *args):
        if os.fspath(path).endswith("mounted"):
            assert threading.current_thread() is not caller, "a folder of the project listed in the server's thread"
            gate.wait()
        return real(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)


def test_a_hung_folder_of_the_project_does_not_hold_the_server_where_a_blocked_build_is_replaced(tmp_path, monkeypatch):
    """Before: the walk listed seeds/mounted in the server's thread, which a hung mount held for good (here: the
    assertion). Now keep() returns; the file inside the project is known at once, the link once the walk ends."""
    from explainer.hung_files import HungFiles

    root, kept = _project(tmp_path)
    inside = str(root / "content" / "flood" / "briefing.yaml")
    gate = threading.Event()
    _listing_held_in_its_own_thread(monkeypatch, gate)
    hung = HungFiles(look=lambda path: "does not answer", wait=0.05)
    try:
        hung.keep([kept, inside], root)
        assert hung.entries == {kept: set(), inside: {"content/flood/briefing.yaml"}}
        held = hung.walk
        hung.keep([kept], root)  # a second block while the walk is held: no second walk
        assert hung.walk is held and threading.active_count() < 20
        assert hung.still_hung(["seeds/x.txt"]) == (kept, "does not answer")  # the link is not known yet
    finally:
        gate.set()
    assert held is not None and held.done.wait(600)
    assert hung.still_hung(["content/flood/briefing.yaml"]) == (kept, "does not answer")
    assert hung.entries[kept] == {"seeds/x.txt"}
    assert hung.still_hung(["seeds/x.txt", "content/flood"]) is None and hung.kept == {}


def test_a_walk_that_ends_in_time_finds_the_links_at_once(tmp_path: Path):
    """The honest twin: no folder hangs, the links are found within keep() as before, and the save removing the
    link forgets the kept file; no walk is left going, and a later build walks nothing again."""
    from explainer.hung_files import HungFiles

    root, kept = _project(tmp_path)
    os.symlink("../../mnt/share", root / "content" / "shared")
    hung = HungFiles(look=lambda path: "does not answer", wait=600)
    hung.keep([kept], root)
    assert hung.entries == {kept: {"seeds/x.txt", "content/shared/x.txt"}} and getattr(hung, "walk", None) is None
    assert hung.still_hung(["content/flood"]) == (kept, "does not answer") and getattr(hung, "walk", None) is None
    assert hung.still_hung(["content/shared"]) is None and hung.kept == {}


def test_a_file_kept_while_the_walk_is_held_is_walked_for_once_it_ends(tmp_path: Path, monkeypatch):
    """The second block's file, kept while the first walk was held, gets its links from a walk of its own, started at
    the first build after the held walk ends (before: each keep() walked in the server's thread, held)."""
    from explainer.hung_files import HungFiles

    root, kept = _project(tmp_path)
    later = str(tmp_path / "mnt" / "share" / "y.txt")
    os.symlink(later, root / "seeds" / "y.txt")
    gate = threading.Event()
    _listing_held_in_its_own_thread(monkeypatch, gate)
    hung = HungFiles(look=lambda path: "does not answer", wait=0.05)
    try:
        hung.keep([kept], root)
        held = hung.walk
        hung.keep([later], root)
        assert hung.walk is held and hung.entries == {kept: set(), later: set()}
    finally:
        gate.set()
    assert held is not None and held.done.wait(600)
    assert hung.still_hung(["content"]) == (kept, "does not answer")  # takes the first walk's, starts the second
    assert hung.entries[kept] == {"seeds/x.txt"} and hung.walk is not held
    assert hung.walk is not None and hung.walk.done.wait(600) and hung.walk.paths == [later]
    assert hung.still_hung(["seeds/x.txt"]) == (later, "does not answer") and hung.walk is None
    assert hung.entries == {later: {"seeds/y.txt"}}
    assert hung.still_hung(["seeds/y.txt"]) is None and hung.kept == {}
