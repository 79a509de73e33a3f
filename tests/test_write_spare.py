"""The spare: the site a build replaced, kept in .cache/ for the next build to stage in (explainer/write.py).

Whatever the spare holds, the site a build makes is the one a build without it makes, and nothing
is written through a link placed in it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import run_build
from explainer.write import MARKER, Kept, OutputError, write_site
from fault_runner import snapshot
from support import edit, minimal_project

FIRST = {"index.html": b"<p>one</p>", "sources/a.html": b"a", "sources/b.html": b"b", "data/x.json": b"{}",
         "deep/er/page.html": b"deep"}
SECOND = {**{k: v for k, v in FIRST.items() if k != "data/x.json"}, "index.html": b"<p>two</p>",
          "sources/c.html": b"c", "deep": b"now a file where a folder was"}
SECOND.pop("deep/er/page.html")
THIRD = {**FIRST, "sources/b.html": b"b, revised", "new/folder/page.html": b"new"}


def built_without_spare(tmp_path: Path, files: dict[str, bytes]) -> dict[str, str]:
    """Return the snapshot of the site a build without a spare makes of `files`, in a folder of its own."""
    plain = tmp_path / "plain"
    plain.mkdir(exist_ok=True)
    out = plain / f"site-{len(os.listdir(plain))}"
    write_site(out, files)
    return snapshot(out)


def test_builds_through_the_spare_make_the_sites_builds_without_it_make(tmp_path: Path):
    out, spare = tmp_path / "site", tmp_path / ".cache" / "spare-site"
    for files in (FIRST, SECOND, THIRD, FIRST, THIRD):
        write_site(out, files, spare=spare)
        assert {k: v for k, v in snapshot(out).items() if k != "theirs.txt"} == built_without_spare(tmp_path, files)
        (out / "theirs.txt").write_bytes(b"put there by someone else")  # carried over by every later build
        assert (out / "theirs.txt").read_bytes() == b"put there by someone else"
    assert spare.is_dir(), "the site replaced is kept"
    assert sorted(os.listdir(tmp_path)) == [".cache", "plain", "site"], "nothing beside the site"
    assert snapshot(spare) != {}, "its files are the last site's"


def test_a_file_unchanged_over_two_builds_is_the_same_file_in_the_site_and_the_spare(tmp_path: Path):
    out, spare = tmp_path / "site", tmp_path / ".cache" / "spare-site"
    write_site(out, FIRST, spare=spare)
    write_site(out, THIRD, spare=spare)
    write_site(out, THIRD, spare=spare)
    for name in ("sources/a.html", "sources/b.html", "index.html"):
        assert (out / name).stat().st_ino == (spare / name).stat().st_ino, name
    before = {name: (out / name).stat().st_ctime_ns for name in THIRD}
    write_site(out, THIRD, spare=spare)
    assert {name: (out / name).stat().st_ctime_ns for name in THIRD} == before, "not linked again"


def spared_site(tmp_path: Path) -> tuple[Path, Path]:
    out, spare = tmp_path / "site", tmp_path / ".cache" / "spare-site"
    write_site(out, FIRST, spare=spare)
    write_site(out, FIRST, spare=spare)
    assert spare.is_dir()
    return out, spare


def test_a_link_put_in_the_spare_is_never_followed(tmp_path: Path):
    out, spare = spared_site(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "a.html").write_bytes(b"not ours")
    shutil.rmtree(spare / "sources")
    (spare / "sources").symlink_to(outside)  # a folder of the site, a link elsewhere
    (spare / "index.html").unlink()
    (spare / "index.html").symlink_to(outside / "a.html")
    write_site(out, THIRD, spare=spare)
    assert os.listdir(outside) == ["a.html"] and (outside / "a.html").read_bytes() == b"not ours"
    assert snapshot(out) == built_without_spare(tmp_path, THIRD)


def test_what_else_the_spare_holds_is_not_published(tmp_path: Path):
    out, spare = spared_site(tmp_path)
    (spare / "sources" / "a.html").unlink()
    (spare / "sources" / "a.html").write_bytes(b"b")  # another file, the same size
    (spare / "planted.html").write_bytes(b"<script>")
    (spare / "planted").mkdir()
    (spare / "planted" / "more.html").write_bytes(b"more")
    (spare / "data" / "x.json").chmod(0o600)
    write_site(out, FIRST, spare=spare)
    assert snapshot(out) == built_without_spare(tmp_path, FIRST)


def test_a_spare_that_is_a_link_or_a_file_is_removed_and_never_followed(tmp_path: Path):
    out, spare = spared_site(tmp_path)
    outside = tmp_path / "outside"
    shutil.move(spare, outside)
    spare.symlink_to(outside)
    before = snapshot(outside)
    write_site(out, THIRD, spare=spare)
    assert snapshot(outside) == before
    assert snapshot(out) == built_without_spare(tmp_path, THIRD)
    assert spare.is_dir() and not spare.is_symlink(), "a spare of our own took its place"


def test_a_site_file_edited_in_place_is_made_again_though_the_spare_shares_it(tmp_path: Path):
    out, spare = spared_site(tmp_path)
    assert (out / "sources/a.html").stat().st_ino == (spare / "sources/a.html").stat().st_ino
    (out / "sources/a.html").write_bytes(b"X")  # same size, same file: the spare's copy changes too
    write_site(out, FIRST, spare=spare)
    assert (out / "sources/a.html").read_bytes() == b"a"


def test_a_spare_on_another_disk_is_not_kept(tmp_path: Path):
    """.cache/ on another disk than --out: the spare cannot be moved there, so the site replaced is deleted."""
    disks = [folder for folder in (Path("/dev/shm"), Path("/var/tmp")) if folder.is_dir()]
    elsewhere = next((d for d in disks if os.stat(d).st_dev != os.stat(tmp_path).st_dev), None)
    if elsewhere is None:
        pytest.skip("this machine has no second disk to put .cache/ on")  # a case that cannot be made, not a tool
    cache = elsewhere / f"spare-test-{os.getpid()}"
    try:
        spare = cache / "spare-site"
        out = tmp_path / "site"
        write_site(out, FIRST, spare=spare)
        write_site(out, THIRD, spare=spare)
        write_site(out, FIRST, spare=spare)
        assert not spare.exists() and sorted(os.listdir(tmp_path)) == ["site"]
        assert snapshot(out) == built_without_spare(cache, FIRST)
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def test_the_command_line_keeps_the_spare_in_the_cache_and_nothing_beside_the_site(tmp_path: Path):
    root = minimal_project(tmp_path / "p")
    for title in ("First", "Second", "Third"):
        edit(root / "content" / "flood" / "briefing.yaml", *_title_change(root, title))
        assert run_build(root).code == 0
    assert (root / ".cache" / "spare-site" / MARKER).is_file()
    assert sorted(name for name in os.listdir(root) if "site" in name) == ["site"]
    fresh = run_build(root, "--out", str(tmp_path / "fresh"))
    assert fresh.code == 0
    assert snapshot(root / "site") == snapshot(tmp_path / "fresh")


def _title_change(root: Path, title: str) -> tuple[str, str]:
    text = (root / "content" / "flood" / "briefing.yaml").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("title:"))
    return f"{line}\n", f"title: {title}\n"


def test_a_build_that_fails_while_staging_in_the_spare_leaves_the_site_and_the_next_build_starts_afresh(tmp_path: Path):
    out, spare = spared_site(tmp_path)
    before = snapshot(out)

    def fails() -> bytes:
        raise OSError(28, "No space left on device")

    broken = {**THIRD, "sources/b.html": Kept(3, "0" * 64, fails)}  # made only once the spare is the stage
    with pytest.raises(OutputError):
        write_site(out, broken, spare=spare)
    assert snapshot(out) == before and sorted(os.listdir(tmp_path)) == [".cache", "site"], "no stage left beside"
    write_site(out, THIRD, spare=spare)
    assert snapshot(out) == built_without_spare(tmp_path / ".cache", THIRD)
