"""Helpers for tests that break a small fixture project and check the build's answer."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import REPO, Run, copy_templates, run_build, tree_digest

MINIMAL = REPO / "tests" / "fixtures" / "minimal"


def minimal_project(target: Path) -> Path:
    """Copy the minimal fixture project, with the real templates and assets, into `target`."""
    shutil.copytree(MINIMAL, target)
    copy_templates(target)
    shutil.copytree(REPO / "static", target / "static")
    return target


def edit(path: Path, old: str, new: str) -> None:
    """Replace one exact piece of a file's text; fail loudly if it is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def build_ok(root: Path) -> dict[str, str]:
    """Build the project and return the digest of its site."""
    result = run_build(root)
    assert result.code == 0, result.err
    return tree_digest(root / "site")


def rebuild_fails(root: Path, good_site: dict[str, str], *args: str) -> Run:
    """Build again, expecting exit 1, no traceback and the previous site intact; return the run."""
    result = run_build(root, *args)
    assert result.code == 1, (result.out, result.err)
    assert "Traceback" not in result.err
    assert tree_digest(root / "site") == good_site
    assert not list(root.glob(".site.*")), "a half-written site was left behind"
    return result


def error_lines(result: Run) -> list[str]:
    """Return the build's error lines without the 'error: ' prefix."""
    return [line.removeprefix("error: ") for line in result.err.splitlines() if line.startswith("error: ")]
