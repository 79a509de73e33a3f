"""The write stage: in-place updates touch only what changed, and a failed write changes nothing."""

from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest

from conftest import tree_digest
from explainer.write import MARKER, OutputError, write_site

FIRST = {"index.html": b"<p>one</p>", "sources/a.html": b"a", "sources/b.html": b"b", "data/x.json": b"{}"}


def stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Return (inode, modification time) of every file under a folder."""
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def test_a_rebuild_rewrites_only_changed_files_and_removes_stale_ones(tmp_path: Path):
    out = tmp_path / "site"
    assert write_site(out, FIRST).written == len(FIRST) + 1  # and the marker
    (out / "sources" / "left-over.html").write_bytes(b"from an older build")
    (out / "old").mkdir()
    (out / "old" / "page.html").write_bytes(b"gone")
    before = stamps(out)
    second = {**FIRST, "index.html": b"<p>two</p>", "sources/c.html": b"c"}
    del second["data/x.json"]
    report = write_site(out, second)
    assert (report.written, report.unchanged) == (2, 3)  # index and c; a, b and the marker kept
    assert tree_digest(out) == tree_digest(_fresh(tmp_path, second))
    after = stamps(out)
    for kept in ("sources/a.html", "sources/b.html", MARKER):
        assert after[kept] == before[kept]
    assert not (out / "old").exists() and not (out / "data").exists()
    assert not [p for p in out.rglob(".*new-*")]


def test_a_write_that_fails_half_way_leaves_the_site_as_it_was(tmp_path: Path, monkeypatch):
    out = tmp_path / "site"
    write_site(out, FIRST)
    before, digest = stamps(out), tree_digest(out)
    real_open, opened = builtins.open, []

    def failing_open(path, mode="r", *args, **kwargs):
        if "w" in mode:
            opened.append(path)
            if len(opened) == 2:
                raise OSError(28, "No space left on device")
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", failing_open)
    with pytest.raises(OSError):
        write_site(out, {**FIRST, "index.html": b"<p>new</p>", "sources/a.html": b"new a", "sources/z.html": b"z"})
    monkeypatch.undo()
    assert len(opened) == 2
    assert tree_digest(out) == digest and stamps(out) == before
    assert not [p for p in out.rglob(".*new-*")]


def test_a_file_that_becomes_a_folder_is_handled_by_swapping_the_site(tmp_path: Path):
    out = tmp_path / "site"
    write_site(out, {"data": b"a file", "index.html": b"i"})
    files = {"data/briefing.json": b"{}", "index.html": b"i"}
    write_site(out, files)
    assert tree_digest(out) == tree_digest(_fresh(tmp_path, files))


def test_a_folder_the_tool_did_not_make_is_never_touched(tmp_path: Path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("precious")
    with pytest.raises(OutputError):
        write_site(out, FIRST)
    assert os.listdir(out) == ["notes.txt"]


def _fresh(tmp_path: Path, files: dict[str, bytes]) -> Path:
    out = tmp_path / f"fresh-{len(os.listdir(tmp_path))}"
    write_site(out, files)
    return out
