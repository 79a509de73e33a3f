"""The cost of a small build: what a process building many projects (the tests, the preview) no longer does per build.

Our locales are loaded once while none of their files changes (explainer/locale.py, `_ours_loaded`); the names of
templates/ and static/ files are cut from their paths' strings (explainer/safefs.py, `names_under`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import pack_entries, run_build
from support import edit, minimal_project, refused_with
from test_locale_words import german_locale

from explainer import beside_code, locale, safefs
from explainer.project import Project
from explainer.pipeline import template_files_problems
from explainer.yamlsafe import YamlMap


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """Return the list of locale files (as shown) each build reads from now on, in a process that has read none."""
    shown: list[str] = []
    read = locale.read_regular
    monkeypatch.setattr(locale, "read_regular", lambda path, inside, limit, where, *hint:
                        shown.append(where) or read(path, inside, limit, where, *hint))
    locale.forget_in_process()
    yield shown
    locale.forget_in_process()


def test_a_process_reads_our_locales_once_however_many_projects_it_builds(tmp_path: Path, reads: list[str]):
    assert run_build(minimal_project(tmp_path / "one"), "check").code == 0
    assert sorted(Path(shown).name for shown in reads) == sorted(path.name for path in locale.BUILT_IN.glob("*.yaml"))
    reads.clear()
    assert run_build(minimal_project(tmp_path / "two"), "check").code == 0
    assert run_build(tmp_path / "two", "check").code == 0
    assert reads == []


def french_project(root: Path, french: str) -> Path:
    """Return the minimal project with its own locales/fr.yaml holding `french`."""
    minimal_project(root)
    (root / "locales").mkdir()
    (root / "locales" / "fr.yaml").write_text(french, encoding="utf-8")
    return root


def test_a_project_locale_is_read_and_checked_in_every_build_beside_ours_kept(tmp_path: Path, reads: list[str]):
    assert run_build(minimal_project(tmp_path / "one"), "check").code == 0
    reads.clear()
    root = french_project(tmp_path / "french", "months: [un]\n")
    for _ in range(2):  # the second from what the process kept of ours
        lines = refused_with(root, "locales/fr.yaml", "label 'months' has the wrong shape")
        assert reads.count("locales/fr.yaml") == 1
        reads.clear()
    assert not any("explainer/locales" in line for line in lines)


def test_the_locales_a_process_kept_are_the_ones_a_new_process_loads(tmp_path: Path):
    root = french_project(tmp_path / "french", "thousands: \"'\"\n")
    locale.load_locales(root)
    kept, kept_problems = locale.load_locales(root)
    locale.forget_in_process()
    fresh, fresh_problems = locale.load_locales(root)
    assert (kept, kept_problems) == (fresh, fresh_problems) and kept["fr"]["thousands"] == "'"
    assert {language: (labels.language, labels.written) for language, labels in kept.items()} == {
        language: (labels.language, labels.written) for language, labels in fresh.items()}
    kept["de"]["thousands"] = "changed by one build"  # a build's labels are its own, ours too
    assert locale.load_locales(root)[0]["de"] == fresh["de"]


@pytest.fixture
def own_settled(tmp_path: Path, monkeypatch) -> Path:
    """Return a copy of our locales that this process reads as its own from now on, its files trusted by their
    signatures at once (as ours are, written long before a build), having read none."""
    folder = shutil.copytree(locale.BUILT_IN, tmp_path / "built-in")
    monkeypatch.setattr(locale, "BUILT_IN", folder)
    monkeypatch.setattr(locale, "RACY_NS", 0)
    locale.forget_in_process()
    yield folder
    locale.forget_in_process()  # the next test reads ours, as this process would have


def test_our_locale_edited_while_a_process_runs_is_loaded_again(tmp_path: Path, own_settled: Path):
    root = minimal_project(tmp_path / "one")
    assert run_build(root, "check").code == 0
    good = (own_settled / "fr.yaml").read_text(encoding="utf-8")
    edit(own_settled / "fr.yaml", "\nmonths:", "\nmonth_names:")
    lines = refused_with(root, f"{own_settled}/fr.yaml", "label 'months' is missing")
    assert any("unknown label 'month_names'" in line for line in lines)
    (own_settled / "fr.yaml").write_text(good, encoding="utf-8")
    assert run_build(root, "check").code == 0
    (own_settled / "it.yaml").write_text(german_locale(""), encoding="utf-8")  # a language added to ours
    assert "it" in locale.load_locales(root)[0]


@pytest.fixture
def no_store(monkeypatch):
    """Have this process keep our locales in each project's .cache/, as where no store beside our code is written."""
    monkeypatch.setattr(beside_code, "folder", lambda: None)
    locale.forget_in_process()
    yield
    locale.forget_in_process()


def kept_locales(root: Path) -> list[YamlMap]:
    """Return the locale files' words kept in the project's .cache/."""
    return [value for value in pack_entries(root / ".cache" / "content").values()
            if isinstance(value, YamlMap) and "months" in value]


def test_a_project_built_from_what_the_process_kept_keeps_our_locales_in_its_cache_too(tmp_path: Path, no_store):
    first, second = minimal_project(tmp_path / "one"), minimal_project(tmp_path / "two")
    assert run_build(first, "check").code == 0
    assert run_build(second, "check").code == 0  # from what the process kept of ours
    assert len(kept_locales(second)) == len(list(locale.BUILT_IN.glob("*.yaml")))
    assert sorted(map(repr, kept_locales(second))) == sorted(map(repr, kept_locales(first)))


@pytest.mark.parametrize("names", [
    ["base.html", "_partials/note.html", "a/b/c.html"],
    ["café.css", "Ünïcode/ß.svg"],
    [],
])
def test_names_under_a_folder_are_what_relative_to_gives(tmp_path: Path, names: list[str]):
    folder = tmp_path / "templates"
    paths = [folder / name for name in names]
    expected = [path.relative_to(folder).as_posix() for path in paths]
    assert safefs.names_under(folder, paths) == expected
    assert safefs.names_under(folder, [str(path) for path in paths]) == expected


def test_templates_named_alike_are_named_as_before(tmp_path: Path):
    root = minimal_project(tmp_path / "one")
    shutil.copytree(Path(__file__).parent.parent / "templates", root / "templates", dirs_exist_ok=True)
    (root / "templates" / "sub").mkdir()
    (root / "templates" / "sub" / "Note.html").write_text("x", encoding="utf-8")
    (root / "templates" / "sub" / "note.html").write_text("x", encoding="utf-8")
    problems = [str(problem) for problem in template_files_problems(Project.at(root))]
    assert problems == ["templates/sub/note.html: the name differs from templates/sub/Note.html's only in letter case, "
                        "and a checkout on macOS or Windows holds one file for both (rename one of the two files)"]
