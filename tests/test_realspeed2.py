"""The real microsite's start-up: what is kept beside our bytecode for every project of an installation (the compiled
templates' own tests are in tests/test_realspeed3.py), and a first build that imports only what it runs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest

from conftest import REPO, copy_project
from support import first_build


def new_process(monkeypatch) -> None:
    """Forget what this process compiled and parsed, as a new process would."""
    from explainer import compiled_templates, locale

    monkeypatch.setattr(compiled_templates, "_in_process", {})
    locale.forget_in_process()


@pytest.fixture
def installation(tmp_path: Path, monkeypatch) -> Path:
    """Return the folder standing in for the one beside our bytecode, in a process that may write bytecode and has
    compiled and parsed nothing yet (as a new one)."""
    from explainer import beside_code

    folder = tmp_path / "beside-code"
    monkeypatch.setattr(beside_code, "folder", lambda: folder)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    new_process(monkeypatch)
    return folder


def test_a_first_build_takes_the_templates_and_locales_another_project_made_and_makes_the_same_site(
        tmp_path: Path, installation: Path, monkeypatch):
    from explainer import locale

    clean = first_build(copy_project(tmp_path / "one", checked=False))
    assert any(installation.glob("templates.*/*"))  # the second build below compiles none of them again
    assert sorted(path.name for path in installation.glob("locales.*/*")) == [
        f"{path.name}.pickle" for path in sorted((REPO / "explainer" / "locales").iterdir())]
    new_process(monkeypatch)
    with monkeypatch.context() as patched:
        patched.setattr(jinja2.Environment, "compile", lambda *args, **kw: pytest.fail("compiled again"))
        patched.setattr(locale, "parse_yaml", lambda text, shown: pytest.fail(f"parsed {shown} again"))
        assert first_build(copy_project(tmp_path / "two", checked=False)) == clean


def test_a_locale_kept_by_another_version_of_our_code_is_parsed_again(tmp_path: Path, installation: Path,
                                                                      monkeypatch):
    from explainer import locale

    clean = first_build(copy_project(tmp_path / "one", checked=False))
    new_process(monkeypatch)
    parsed, parse = [], locale.parse_yaml
    monkeypatch.setattr(locale, "code_digest", lambda: "another version")
    monkeypatch.setattr(locale, "parse_yaml", lambda text, shown: parsed.append(shown) or parse(text, shown))
    assert first_build(copy_project(tmp_path / "two", checked=False)) == clean
    assert sorted(Path(shown).name for shown in parsed) == sorted(path.name for path in locale.BUILT_IN.iterdir())


def test_damaged_templates_and_locales_beside_the_code_are_made_again(tmp_path: Path, installation: Path,
                                                                     monkeypatch):
    clean = first_build(copy_project(tmp_path / "one", checked=False))
    for index, path in enumerate(sorted(installation.glob("*/*"))):  # cut short, a flipped byte, or garbage whole
        data = path.read_bytes()
        path.write_bytes([data[:40], data[:-9] + bytes([data[-9] ^ 1]) + data[-8:], b"\x00garbage"][index % 3])
    new_process(monkeypatch)
    assert first_build(copy_project(tmp_path / "two", checked=False)) == clean


def test_nothing_is_kept_beside_the_code_where_python_writes_no_bytecode(tmp_path: Path, installation: Path,
                                                                          monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    first_build(copy_project(tmp_path / "one", checked=False))
    assert not installation.exists()


def test_a_build_imports_neither_the_preview_nor_the_editing_commands(tmp_path: Path):
    """`python build.py` on the real project, in a process of its own: what it imported, by module name."""
    root = copy_project(tmp_path / "project", checked=False)
    shutil.rmtree(root / ".cache")
    script = (f"import runpy, sys\nsys.argv = ['build.py', '--root', {str(root)!r}]\n"
              f"try:\n    runpy.run_path({str(REPO / 'build.py')!r}, run_name='__main__')\n"
              "except SystemExit as done:\n    assert not done.code, done.code\n"
              "print(' '.join(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    imported = set(done.stdout.splitlines()[-1].split())
    assert "explainer.pipeline" in imported
    for module in ("explainer.serve", "tornado", "livereload", "explainer.editing", "explainer.scaffold",
                   "explainer.changes", "explainer.schema", "explainer.coverage", "explainer.build_worker",
                   "explainer.finder", "difflib", "multiprocessing", "concurrent.futures", "ctypes"):
        assert module not in imported, module
