"""What an editor's text editor leaves beside the file being edited is no input.

Emacs keeps `sources.yaml~` as a backup and `#style.css#` while a change is unsaved; other editors keep
`style.css~` too. In `content/` such a file stopped every build ("unknown content file"); in `static/` it was
published with the site, a draft of the style sheet included. Dot-files were already left out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build, tree_digest

LEFTOVERS = ["sources.yaml~", "#sources.yaml#", ".#sources.yaml", ".sources.yaml.swp"]


@pytest.mark.parametrize("name", LEFTOVERS)
def test_an_editors_leftover_in_content_does_not_stop_the_build(built_minimal: Path, name: str):
    (built_minimal / "content" / name).write_text("draft: [unfinished\n", encoding="utf-8")
    result = run_build(built_minimal)
    assert result.code == 0, result.err


@pytest.mark.parametrize("name", ["style.css~", "#style.css#", ".style.css.swp"])
def test_an_editors_leftover_in_static_is_not_published(built_minimal: Path, name: str):
    before = tree_digest(built_minimal / "site")
    (built_minimal / "static" / name).write_text("p { color: red }\n", encoding="utf-8")
    result = run_build(built_minimal)
    assert result.code == 0, result.err
    assert tree_digest(built_minimal / "site") == before


def test_a_leftover_inside_a_briefing_folder_or_templates_changes_nothing(built_minimal: Path):
    before = tree_digest(built_minimal / "site")
    briefing = next(path for path in (built_minimal / "content").iterdir() if path.is_dir())
    (briefing / "#claims.yaml#").write_text("topics: [unfinished\n", encoding="utf-8")
    (briefing / "claims.yaml~").write_text("topics: [unfinished\n", encoding="utf-8")
    (built_minimal / "templates" / "briefing.html~").write_text("{% broken", encoding="utf-8")
    assert run_build(built_minimal).code == 0
    assert tree_digest(built_minimal / "site") == before


@pytest.mark.parametrize("name", ["notes.txt", "sources.yaml.bak", "extra.yaml"])
def test_any_other_stray_file_in_content_is_still_named(built_minimal: Path, name: str):
    # Only an editor's leftovers are passed over: a file an editor meant as content must not vanish unread.
    (built_minimal / "content" / name).write_text("a: 1\n", encoding="utf-8")
    result = run_build(built_minimal)
    assert result.code == 1
    assert f"content/{name}: unknown content file '{name}'" in result.err
