"""What a briefing's folder holds besides its .yaml files is named, as in `content/` itself.

The build reads a briefing's folder for its own `.yaml`/`.yml` files only. `claims.YAML` (saved so by an editor on
another system), `drafts/claims.yaml` (a subfolder) or `timeline.yaml.txt` were passed over without a word, so the
claims an editor wrote were never checked nor published, though the README promises that a file meant as content is
never passed over unread. An editor's leftovers and dot-files still change nothing (tests/test_editor_leftovers.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build, tree_digest


def briefing_folder(project: Path) -> Path:
    return next(path for path in sorted((project / "content").iterdir()) if path.is_dir())


@pytest.mark.parametrize("name", ["claims.YAML", "timeline.yaml.txt", "notes.md"])
def test_another_file_in_a_briefing_folder_is_named_and_the_last_site_kept(built_minimal: Path, name: str):
    before = tree_digest(built_minimal / "site")
    folder = briefing_folder(built_minimal)
    (folder / name).write_text("topics: []\n", encoding="utf-8")
    result = run_build(built_minimal)
    assert result.code == 1
    line = next(line for line in result.err.splitlines() if "unknown content file" in line)
    assert line.startswith(f"error: content/{folder.name}/{name}: unknown content file '{name}'")
    assert "a briefing's folder holds only its own .yaml files" in line and "Traceback" not in result.err
    assert tree_digest(built_minimal / "site") == before


def test_a_subfolder_of_a_briefing_folder_is_named(built_minimal: Path):
    folder = briefing_folder(built_minimal)
    (folder / "drafts").mkdir()
    (folder / "drafts" / "claims.yaml").write_text("topics: []\n", encoding="utf-8")
    result = run_build(built_minimal)
    assert result.code == 1
    assert f"error: content/{folder.name}/drafts: unknown content file 'drafts/'" in result.err


def test_many_strays_in_a_briefing_folder_are_one_line_per_kind(built_minimal: Path):
    folder = briefing_folder(built_minimal)
    for number in range(50):
        (folder / f"note-{number:02}.txt").write_text("x\n", encoding="utf-8")
    result = run_build(built_minimal)
    assert result.code == 1
    lines = [line for line in result.err.splitlines() if "unknown content file" in line]
    assert lines == [f"error: content/{folder.name}/note-00.txt: unknown content file 'note-00.txt', and 49 more '*.txt' "
                     "files (a briefing's folder holds only its own .yaml files (briefing.yaml, claims.yaml, ...), "
                     "none in a subfolder: rename or move them there, or out of content/)"]


def test_yml_files_and_leftovers_in_a_briefing_folder_still_build(built_minimal: Path):
    folder = briefing_folder(built_minimal)
    (folder / ".DS_Store").write_bytes(b"\0\1")
    (folder / "claims.yaml~").write_text("topics: [unfinished\n", encoding="utf-8")
    assert run_build(built_minimal).code == 0
