"""The suite's time: what a process building many projects (the tests, the preview) does once rather than per build.

The built-in locales are ours, like our code: read and checked against en.yaml once per process, and kept in a
project's .cache/ only where no store beside our bytecode keeps them (explainer/locale.py, `_ours_read`).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from conftest import pack_entries, run_build
from support import edit, first_build, minimal_project, refused_with
from test_locale_words import german_project

from explainer import beside_code, locale
from explainer.yamlsafe import YamlMap

BUILT_IN_NAMES = sorted(path.name for path in locale.BUILT_IN.glob("*.yaml"))


@pytest.fixture
def checked_keys(monkeypatch) -> list[str]:
    """Return the list of locale files (as shown) whose keys each build checks from now on, in a process that has
    read no locale yet."""
    shown: list[str] = []
    check = locale._check_keys
    monkeypatch.setattr(locale, "_check_keys", lambda words, english, where, built_in:
                        shown.append(where) or check(words, english, where, built_in))
    locale.forget_in_process()
    return shown


def test_a_process_checks_each_built_in_locale_once_however_many_projects_it_builds(tmp_path: Path, checked_keys):
    assert run_build(minimal_project(tmp_path / "one"), "check").code == 0
    assert sorted(Path(shown).name for shown in checked_keys) == BUILT_IN_NAMES
    checked_keys.clear()
    assert run_build(minimal_project(tmp_path / "two"), "check").code == 0
    assert checked_keys == []
    assert run_build(german_project(tmp_path / "german"), "check").code == 0
    assert checked_keys == ["locales/de.yaml"], "a project's own locale is checked in every build"


def test_the_locales_a_process_kept_are_the_ones_a_new_process_reads(tmp_path: Path):
    root = german_project(tmp_path / "german")
    locale.load_locales(root)
    kept, kept_problems = locale.load_locales(root)
    locale.forget_in_process()
    fresh, fresh_problems = locale.load_locales(root)
    assert (kept, kept_problems) == (fresh, fresh_problems)
    assert {language: (labels.language, labels.written) for language, labels in kept.items()} == {
        language: (labels.language, labels.written) for language, labels in fresh.items()}
    kept["fr"]["title"] = "changed by one build"  # a build's labels are its own: the next build's are not changed
    assert locale.load_locales(root)[0]["fr"] == fresh["fr"]


@pytest.fixture
def own_built_in(tmp_path: Path, monkeypatch):
    """Return a copy of the built-in locales that this process reads as its own from now on, having read none."""
    folder = shutil.copytree(locale.BUILT_IN, tmp_path / "built-in")
    monkeypatch.setattr(locale, "BUILT_IN", folder)
    locale.forget_in_process()
    yield folder
    locale.forget_in_process()  # the next test reads ours, as this process would have


def test_a_built_in_locale_broken_is_named_by_every_build_and_read_again_once_mended(tmp_path: Path,
                                                                                     own_built_in: Path):
    good = (own_built_in / "fr.yaml").read_text(encoding="utf-8")
    edit(own_built_in / "fr.yaml", "\nmonths:", "\nmonth_names:")
    for name in ("one", "two"):  # the second from what the process kept of the first
        lines = refused_with(minimal_project(tmp_path / name), f"{own_built_in}/fr.yaml", "label 'months' is missing")
        assert any("unknown label 'month_names'" in line for line in lines)
    (own_built_in / "fr.yaml").write_text(good, encoding="utf-8")  # as a preview's process sees our code edited
    assert run_build(tmp_path / "two", "check").code == 0


@pytest.fixture
def installation(tmp_path: Path, monkeypatch):
    """Return the folder standing in for the one beside our bytecode, in a process that may write bytecode and has
    read no locale yet."""
    folder = tmp_path / "installation" / "__pycache__"
    monkeypatch.setattr(beside_code, "folder", lambda: folder)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    locale.forget_in_process()
    yield folder
    locale.forget_in_process()  # what it read is marked as kept in a store gone with the test


def kept_locales(root: Path) -> list[YamlMap]:
    """Return the locale files' words kept in the project's .cache/."""
    return [value for value in pack_entries(root / ".cache" / "content").values()
            if isinstance(value, YamlMap) and "months" in value]


def test_a_project_keeps_no_built_in_locale_the_store_beside_our_code_keeps_and_builds_the_same(
        tmp_path: Path, installation: Path, monkeypatch):
    site = first_build(minimal_project(tmp_path / "one"))
    kept_beside = sorted(path.name for path in installation.glob("locales.*/*"))
    assert kept_beside == [f"{name}.pickle" for name in BUILT_IN_NAMES]
    assert kept_locales(tmp_path / "one") == []
    locale.forget_in_process()  # as a new process, which reads them from the store
    assert first_build(minimal_project(tmp_path / "two")) == site and kept_locales(tmp_path / "two") == []

    monkeypatch.setattr(beside_code, "folder", lambda: None)  # no store: the project's .cache/ keeps them
    locale.forget_in_process()
    assert first_build(minimal_project(tmp_path / "three")) == site
    assert len(kept_locales(tmp_path / "three")) == len(BUILT_IN_NAMES)
    assert run_build(tmp_path / "three").code == 0  # a second build of the process keeps them there
    assert len(kept_locales(tmp_path / "three")) == len(BUILT_IN_NAMES)
