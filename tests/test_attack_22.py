"""Round twenty-two of attacks on templates, files and sockets: code an older, unsandboxed build compiled into a
project's .cache/templates/ was run by the sandboxed build for the same source (its calls skipped the sandbox's
check: `"{0.__class__}".format(x)` read past the values again); a template's `"x" * 10**10`, `[0] * 10**9` or
`9 ** (10**9)` asked for gigabytes, and its `{% for i in range(10**9) %}` ran until stopped, in a command-line build;
every unknown key of a briefing's `labels` was reported on the `labels:` line; a briefing citing 20,000 keys it lacks
looked for the closest of its 20,000 keys for every one (quadratic: minutes).

What held, tried in this round and left without a test of its own, is listed in the report of the round.
"""

from __future__ import annotations

import sys
from pathlib import Path

import jinja2
import jinja2.sandbox
import pytest

from explainer import beside_code, compiled_templates, render, template_limits
from support import build_ok, edit, error_lines, rebuild_fails


def body_line(root: Path) -> int:
    """Return the line of base.html that opens the page's body, where the tests put their expressions."""
    text = (root / "templates" / "base.html").read_text(encoding="utf-8")
    return next(number for number, line in enumerate(text.splitlines(), 1) if "<body" in line)


def test_code_an_unsandboxed_build_kept_in_a_projects_cache_is_not_run(tmp_path: Path, monkeypatch):
    """An older build (plain Jinja, the same options) kept page.html's code in the project's .cache/templates/,
    sealed under the user's own key: the sandboxed build compiles the template again, and refuses the call."""
    monkeypatch.setattr(compiled_templates, "_in_process", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # kept in the project's .cache/, as on this machine
    monkeypatch.setattr(beside_code, "folder", lambda: tmp_path / "installation" / "__pycache__")
    templates, cache = tmp_path / "templates", tmp_path / "project" / ".cache" / "templates"
    templates.mkdir()
    (templates / "page.html").write_text('{{ "{0.__class__}".format(word) }}', encoding="utf-8")
    older = jinja2.Environment(loader=jinja2.FileSystemLoader(templates),
                               bytecode_cache=compiled_templates.store(cache, render.OPTIONS), **render.OPTIONS)
    assert older.get_template("page.html").render(word="w") == "&lt;class &#39;str&#39;&gt;"
    assert any(cache.iterdir())
    compiled_templates.forget_in_process()  # a new process, as the next build is
    with pytest.raises(jinja2.sandbox.SecurityError):
        render.make_environment(templates, cache).get_template("page.html").render(word="w")


@pytest.mark.parametrize("expression, refused", [
    ('{{ "x" * 10**10 }}', "'*' would repeat 1 characters 10,000,000,000 times, past the 1,000,000 a template may make"),
    ('{{ ([0] * 10**9)|length }}', "'*' would repeat 1 items 1,000,000,000 times, past the 1,000,000 a template may make"),
    ('{{ (9 ** (10**9)) % 7 }}', "'**' would make a number of some 4,000,000,000 bits, past the 100,000 a template may "
                               "make"),
], ids=["a string repeated", "a list repeated", "a power"])
def test_a_template_making_a_huge_value_is_refused_in_one_line(built_minimal: Path, expression: str, refused: str):
    good = build_ok(built_minimal)
    line = body_line(built_minimal)
    edit(built_minimal / "templates" / "base.html", "<body", expression + "<body")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"templates/base.html:{line}: template error: {refused} (make the value smaller: no page needs one this large)"]


def test_a_template_making_ordinary_products_still_builds(built_minimal: Path):
    edit(built_minimal / "templates" / "base.html", "<body",
         '<!-- {{ "-" * 8 }} {{ [1, 2] * 2 }} {{ 2 ** 10 }} {{ 1.5 * 2 }} {{ 3 * "ab" }} -->\n<body')
    build_ok(built_minimal)
    assert "<!-- -------- [1, 2, 1, 2] 1024 3.0 ababab -->" in (built_minimal / "site" / "index.html").read_text()


def test_a_template_rendering_past_its_cpu_time_is_stopped_at_its_line(tmp_path: Path, monkeypatch):
    """In a build of the command line nothing stopped `{% for i in range(10**9) %}`: the page's rendering is given
    PAGE_CPU_LIMIT_S of CPU time (0.2 s here), then stopped where the template is."""
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html").write_text("start\n{% for i in range(10**12) %}{{ i }}{% endfor %}\n", encoding="utf-8")
    template = render.make_environment(templates).get_template("page.html")
    with pytest.raises(template_limits.TooLong) as stopped:
        with template_limits.cpu_limit(0.2):
            template.render()
    problem = render.template_problem(stopped.value, templates, tmp_path)
    assert (problem.file, problem.line) == ("templates/page.html", 2)
    assert "took over 0.2 s of CPU time" in problem.message
