"""Shared test fixtures: copies of the real project, and running build.py as a user would."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("content", "seeds", "templates", "static")


@dataclass
class Run:
    """The outcome of one build.py process."""

    code: int
    out: str
    err: str


def run_build(root: Path, *args: str, timeout: float = 120) -> Run:
    """Run `python build.py --root ROOT ARGS...` in a fresh process."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, str(REPO / "build.py"), "--root", str(root), *args],
                          capture_output=True, text=True, timeout=timeout, env=env)
    return Run(done.returncode, done.stdout, done.stderr)


def copy_project(target: Path) -> Path:
    """Copy the real briefing's inputs into `target` and return it."""
    for part in PROJECT_PARTS:
        shutil.copytree(REPO / part, target / part)
    return target


def tree_digest(folder: Path) -> dict[str, str]:
    """Return {relative path: sha256} for every file under `folder`."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A private copy of the real project's inputs, safe to edit."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def built_project(project: Path) -> Path:
    """A private copy of the project, already built into project/site."""
    result = run_build(project)
    assert result.code == 0, result.err
    return project


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The real briefing built once per test session (into a temporary folder)."""
    root = copy_project(tmp_path_factory.mktemp("real") / "project")
    result = run_build(root)
    assert result.code == 0, result.err
    return root / "site"


def pytest_collection_modifyitems(items):
    """Mark every test that drives Chromium as `browser`, so `-m "not browser"` leaves them out."""
    for item in items:
        if {"browser", "chromium"} & set(item.fixturenames) or item.path.name == "test_browser.py":
            item.add_marker(pytest.mark.browser)
