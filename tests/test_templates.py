"""Templates: compiled ahead by a second process on a cold build, and their errors reported clearly."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2

from conftest import copy_project, run_build, tree_digest
from support import build_ok, edit, error_lines, rebuild_fails


def test_a_cold_build_compiles_every_template_ahead_and_gives_the_same_site(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    assert run_build(root).code == 0
    cache = root / ".cache" / "templates"
    # Without a base URL the build itself never loads sitemap.xml: only the warm-up compiles it.
    names = jinja2.FileSystemLoader(root / "templates").list_templates()
    assert "sitemap.xml" in names
    assert len(list(cache.iterdir())) == len(names)
    first = tree_digest(root / "site")
    shutil.rmtree(cache.parent)
    shutil.rmtree(root / "site")
    assert run_build(root).code == 0
    assert tree_digest(root / "site") == first


def test_a_template_syntax_error_names_the_template_and_line(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    good = build_ok(root)
    shutil.rmtree(root / ".cache")  # the warm-up child meets the error first
    edit(root / "templates" / "_quotes.html", "{% for", "{% if quotes %}{% for")
    result = rebuild_fails(root, good)
    [line] = error_lines(result)
    assert line.startswith("templates/_quotes.html:")
    assert "template syntax error" in line and "fix the template" in line
