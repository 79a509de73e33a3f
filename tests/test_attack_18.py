"""Round eighteen of attacks on files, signals and sockets: a seed that is a link out of seeds/ was told to be named
"without '..' or a leading '/'", which it already was; `changes --since` on a commit holding more than the temporary
disk has room for filled that disk (for every program using it) before it said so, and one run with a git configuration
file git cannot read was told to "name a commit"; a seed named "crué.txt" where Python reads file names as ASCII
(LANG=C without its UTF-8 coercion) ended the build in a traceback.

Each test waits on the event itself (a process's end), never on a sleep.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from conftest import run_build_process
from support import edit, error_lines, rebuild_fails, tree_digest

SOURCES = "content/sources.yaml"


def test_a_seed_that_is_a_link_out_of_seeds_is_named_as_a_link(built_minimal: Path, tmp_path: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "flood.txt").write_text("the river rose by 3 metres on Monday", encoding="utf-8")
    os.symlink(elsewhere, root / "seeds" / "kept")  # a folder of seeds linked in: its step is the link
    edit(root / SOURCES, "file: flood.txt", "file: kept/flood.txt")
    assert error_lines(rebuild_fails(root, good))[0] == (
        f"content/sources.yaml:3: source 'flood': seeds/kept is a link leading out of seeds/, to {elsewhere} "
        "(replace the link with a copy of the file)")


def _commit(root: Path) -> None:
    git = ["git", "-C", str(root), "-c", "user.name=a", "-c", "user.email=a@b"]
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run([*git, "add", "content", "seeds"], check=True)
    subprocess.run([*git, "commit", "-qm", "a"], check=True)


def test_changes_refuses_a_commit_larger_than_the_temporary_disks_room_before_writing(built_minimal: Path,
                                                                                     tmp_path: Path, monkeypatch):
    root = built_minimal
    for copy in range(4):  # 4 x 48 KB of seeds, each under the build's limit, for a disk of 128 KB
        (root / "seeds" / f"copy{copy}.txt").write_bytes(os.urandom(24_000).hex().encode())
    _commit(root)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", str(temporary)],
                      capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        monkeypatch.setenv("TMPDIR", str(temporary))
        result = run_build_process(root, "changes", "--since", "HEAD")
        assert result.code == 1 and "Traceback" not in result.err, result.err
        assert re.fullmatch(rf"error: {re.escape(str(temporary))}: cannot unpack commit HEAD in this temporary "
                            r"folder: its content/ and seeds/ take 19\d,\d{3} bytes and 131,072 are free \(make room "
                            r"there, or set TMPDIR to a folder with room, then run changes again\)\n", result.err)
        assert list(temporary.iterdir()) == []  # nothing written, so nothing filled
    finally:
        subprocess.run(["umount", str(temporary)], check=True)


@pytest.mark.parametrize("command", [(), ("cite", "flood", "river rose")])
def test_a_file_name_the_locale_cannot_write_is_one_line_naming_it(built_minimal: Path, monkeypatch, command):
    """Where Python reads file names as ASCII (LANG=C, its UTF-8 coercion and mode turned off), a seed named "crué.txt"
    ended the build in a traceback, and `cite` in "'ascii' codec can't encode character '\\xe9' in position 3"."""
    root = built_minimal
    (root / "seeds" / "flood.txt").rename(root / "seeds" / "crué.txt")
    edit(root / SOURCES, "file: flood.txt", "file: crué.txt")
    for name, value in {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}.items():
        monkeypatch.setenv(name, value)
    result = run_build_process(root, *command)
    assert (result.code, error_lines(result)[0]) == (
        1, "content/sources.yaml:3: source 'flood': seeds/cru\\xe9.txt cannot be opened: this system's locale writes "
           'file names in ascii, which has no "\\xe9" (run the command in a UTF-8 locale, as in LANG=C.UTF-8, or rename '
           "the file with ASCII letters)")


def test_changes_with_a_git_configuration_file_git_cannot_read_says_to_fix_that_file(built_minimal: Path,
                                                                                      monkeypatch):
    """A broken git configuration (`~/.gitconfig`, or GIT_CONFIG_GLOBAL naming /dev/zero) was told "name a commit of
    this repository", which the editor had done."""
    _commit(built_minimal)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/zero")
    result = run_build_process(built_minimal, "changes", "--since", "HEAD")
    assert (result.code, result.err) == (1, "error: git rev-parse: fatal: bad config line 1 in file /dev/zero (fix or "
                                            "remove that git configuration file, then run changes again)\n")
