"""The fixed cost of a small build: a cache file a project does not have yet is known missing by one lstat
(explainer/seal.py, `read_sealed`), not by the safe read's walk down to it and its worded refusal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_build
from support import minimal_project

from explainer import seal
from explainer.safefs import FileRefused


@pytest.fixture
def safe_reads(monkeypatch) -> list[tuple[str, bool]]:
    """Return the list of (path, whether it was there) of each sealed file the safe read is asked for from now on."""
    asked: list[tuple[str, bool]] = []
    read = seal.read_regular
    monkeypatch.setattr(seal, "read_regular", lambda path, root, limit, shown:
                        asked.append((os.fspath(path), os.path.lexists(path))) or read(path, root, limit, shown))
    return asked


def test_a_first_build_asks_the_safe_read_for_no_cache_file_it_does_not_have(tmp_path: Path, safe_reads):
    root = minimal_project(tmp_path / "project")
    assert run_build(root, "check").code == 0
    assert [path for path, there in safe_reads if not there] == []
    safe_reads.clear()
    assert run_build(root, "check").code == 0  # what the first kept is read back through the safe read
    kept = [path for path, there in safe_reads if there]
    assert str(root / ".cache" / "content" / "all.pack") in kept


def plain_read(path: Path, root: Path, key: bytes | None) -> bytes:
    """read_sealed as it was: every path through the safe read."""
    try:
        return seal.unsealed(seal.read_regular(path, root, 1 << 20, path.name), key)
    except FileRefused:
        return b""


def test_every_kept_file_reads_as_through_the_safe_read(tmp_path: Path):
    root = tmp_path / "project" / ".cache"
    root.mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    for folder in (root, outside):
        (folder / "kept").write_bytes(seal.sealed(b"payload", seal.BESIDE_CODE))
    (root / "in-the-way").write_text("a file where a folder goes")
    (root / "link-out").symlink_to(outside / "kept")
    (root / "dangling").symlink_to(tmp_path / "nowhere")
    (root / "folder-out").symlink_to(outside, target_is_directory=True)
    (root / "link-in").symlink_to(root / "kept")
    os.mkfifo(root / "pipe")
    cases = {"kept": b"payload", "missing": b"", "missing-folder/kept": b"", "in-the-way/kept": b"",
             "link-out": b"", "dangling": b"", "folder-out/kept": b"", "link-in": b"payload", "pipe": b""}
    for name, expected in cases.items():
        path = root / name
        assert seal.read_sealed(path, root, 1 << 20, seal.BESIDE_CODE) == plain_read(path, root, seal.BESIDE_CODE)
        assert seal.read_sealed(path, root, 1 << 20, seal.BESIDE_CODE) == expected, name
