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

from explainer import beside_code, compiled_templates, render
from support import build_ok, edit, error_lines, rebuild_fails


def body_line(root: Path) -> int:
    """Return the line of base.html that opens the page's body, where the tests put their expressions."""
    text = (root / "templates" / "base.html").read_text(encoding="utf-8")
    return next(number for number, line in enumerate(text.splitlines(), 1) if "<body" in line)


def test_code_an_unsandboxed_build_kept_in_a_projects_cache_is_not_run(tmp_path: Path, monkeypatch):
    """An older build (plain Jinja, the same options) kept page.html's code in the project's .cache/templates/,
    sealed under the user's own key: the sandboxed build compiles the template again, and refuses the call. (Jinja's
    sandbox checks a call in the code it compiles, where a function marked `unsafe_callable` is refused; this Jinja
    also wraps `str.format` as the attribute is read, which the older code still did; a Jinja before 3.1.5 did not.)"""

    def run():
        return "ran"

    run.unsafe_callable = True
    monkeypatch.setattr(compiled_templates, "_in_process", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # kept in the project's .cache/, as on this machine
    monkeypatch.setattr(beside_code, "folder", lambda: tmp_path / "installation" / "__pycache__")
    templates, cache = tmp_path / "templates", tmp_path / "project" / ".cache" / "templates"
    templates.mkdir()
    (templates / "page.html").write_text("{{ run() }}", encoding="utf-8")
    older = jinja2.Environment(loader=jinja2.FileSystemLoader(templates),
                               bytecode_cache=compiled_templates.store(cache, render.OPTIONS), **render.OPTIONS)
    assert older.get_template("page.html").render(run=run) == "ran"
    assert any(cache.iterdir())
    compiled_templates.forget_in_process()  # a new process, as the next build is
    with pytest.raises(jinja2.sandbox.SecurityError):
        render.make_environment(templates, cache).get_template("page.html").render(run=run)


# Past the limits, yet small enough for the old code to build (and fail the test) without using the machine's memory:
# "x" * 10**10 asked for 10 GB.
@pytest.mark.parametrize("expression, refused", [
    ('{{ ("x" * 10**7)|length }}', "'*' would make a string of 10,000,000 characters, past the 1,000,000 a "
                                   "template may make"),
    ('{{ ([0] * (2 * 10**6))|length }}', "'*' would make a list of 2,000,000 items, past the 1,000,000 a "
                                         "template may make"),
    ('{{ (9 ** (10**6)) % 7 }}', "'**' would make a number of some 4,000,000 bits, past the 100,000 a template may "
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


def test_a_template_rendering_past_its_cpu_time_is_stopped_at_its_line(built_minimal: Path, monkeypatch):
    """In a build of the command line nothing stopped `{% for i in range(10**9) %}`: a page's rendering is given
    PAGE_CPU_LIMIT_S of CPU time (0.3 s here; this loop takes seconds), then stopped where the template is."""
    from explainer import template_limits  # new in this round

    monkeypatch.setattr(template_limits, "PAGE_CPU_LIMIT_S", 0.3)
    good = build_ok(built_minimal)
    line = body_line(built_minimal)
    # two loops, each within the million numbers a `range` may count (round 50), ten million steps in all
    edit(built_minimal / "templates" / "base.html", "<body",
         "{% for i in range(1000) %}{% for j in range(10**4) %}{{ j }}{% endfor %}{% endfor %}<body")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"templates/base.html:{line}: template error: the page took over 0.3 s of CPU time to render (make the loop "
        "on that line of the template shorter, or end the macro's calls to itself)"]


def test_each_unknown_label_of_a_briefing_is_reported_on_its_own_line(built_minimal: Path):
    good = build_ok(built_minimal)
    briefing = built_minimal / "content" / "flood" / "briefing.yaml"
    text = briefing.read_text(encoding="utf-8")
    assert "\nlabels:" not in text
    briefing.write_text(text + "labels:\n  colno: x\n  colon: ':'\n  weekdyas: x\n  thousands: O\n", encoding="utf-8")
    first = len(text.splitlines()) + 1  # the `labels:` line
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert f"content/flood/briefing.yaml:{first + 1}: `labels`: unknown label 'colno' (did you mean 'colon'?)" in lines
    assert any(line.startswith(f"content/flood/briefing.yaml:{first + 3}: `labels`: unknown label 'weekdyas'")
               for line in lines)
    assert not any(line.startswith(f"content/flood/briefing.yaml:{first}:") for line in lines)


def test_many_references_to_keys_not_defined_suggest_for_the_first_ten(built_minimal: Path, suggestions: list[str]):
    """Each wrong reference looked through every key of the briefing: 50,000 of each took time growing with their
    product. The first ten get the closest key; the rest the hint to define it."""
    good = build_ok(built_minimal)
    claims = built_minimal / "content" / "flood" / "claims.yaml"
    wrong = [f"rize-{number}" for number in range(2000)]
    edit(claims, "cite: [alpha-rise]", f"cite: [alpha-rise, {', '.join(wrong)}]")
    with claims.open("a", encoding="utf-8") as file:
        file.writelines(f"  rise-{number}:\n    source: flood\n    quote: Alpha said the river rose by 3 metres on "
                        "Monday.\n" for number in range(2000))
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert lines[0].endswith("`cite` entry 'rize-0' names no citation of this briefing (did you mean 'rise-0' "
                             "(defined in content/flood/claims.yaml)?)")
    assert any(line.endswith("`cite` entry 'rize-10' names no citation of this briefing (define it under "
                             "`citations:` in any file of this briefing)") for line in lines)
    assert suggestions == wrong[:10]
