"""A template whose expression fails as it renders (a pair unpacked from a list of numbers, text added to a number):
one line naming the template, its line and what to do, exit 1, no traceback, the last good site kept; in the build's
own process and in its workers alike (a worker's traceback does not cross back, so the line is named there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build, tree_digest
from support import minimal_project

FAILING = [
    ("{% for a, b in [1] %}{% endfor %}", "template error: cannot unpack non-iterable int object"),
    ('{{ ("x" ~ 1) + 2 }}', 'template error: can only concatenate str (not "int") to str'),
]


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize("expression, error", FAILING)
def test_a_template_expression_that_fails_is_one_line_naming_its_template_and_line(tmp_path: Path, expression, error,
                                                                                    workers, monkeypatch):
    root = minimal_project(tmp_path / "project")
    assert run_build(root).code == 0
    good = tree_digest(root / "site")
    index = root / "templates" / "index.html"
    lines = index.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(number for number, text in enumerate(lines, 1) if "{% block body %}" in text)
    index.write_text("".join(lines).replace("{% block body %}", "{% block body %}" + expression, 1), encoding="utf-8")
    monkeypatch.setenv("EXPLAINER_WORKERS", workers)  # 2: made in forked workers, even for a small site
    result = run_build(root)
    assert result.code == 1 and "Traceback" not in result.err, result.err
    assert result.err.splitlines()[0] == (f"error: templates/index.html:{line}: {error} "
                                          "(fix the expression on that line of the template)"), result.err
    assert tree_digest(root / "site") == good


def test_a_failing_template_compiled_where_the_project_was_before_names_the_file_where_it_is_now(tmp_path: Path):
    # Compiled code is kept by a template's name and source, not its path, and names the path it was compiled at.
    before = minimal_project(tmp_path / "before")
    index = before / "templates" / "index.html"
    index.write_text(index.read_text(encoding="utf-8").replace("{% block body %}", "{% block body %}{{ 1 // 0 }}", 1),
                     encoding="utf-8")
    assert "error: templates/index.html:" in run_build(before).err
    moved = before.rename(tmp_path / "moved")
    result = run_build(moved)
    assert result.code == 1 and "Traceback" not in result.err, result.err
    line = next(number for number, text in enumerate(open(moved / "templates" / "index.html"), 1) if "1 // 0" in text)
    assert result.err.startswith(f"error: templates/index.html:{line}: template error: integer division or modulo by "
                                 "zero (fix the expression on that line of the template)"), result.err
