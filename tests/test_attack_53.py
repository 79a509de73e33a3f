"""Round fifty-three of attacks on files, signals and sockets: the leftovers of round 52.

- The compiled-template cache keyed compiled code by the code generator's class name: a change to the code it writes
  (render.Bounded, or what the code it writes calls) that kept the name reused templates compiled before it, a bound
  silently missing from them. It is keyed by the code of the modules that make and run the generated code
  (explainer/compiled_templates.py `generated_by`).
- A value written or made a string whole was bounded only by the memory limit: `{{ [a] * 1000 }}`, `|string`,
  `|tojson`, `|pprint`, `.translate()`, a `|join` by attribute, a `%` or `.format()` naming one value many times, `~`
  of a list. Each is refused at its line before it is made, its text measured from the value's shape
  (explainer/template_strings.py `shown_length`).
- A loop body that is a test costs some 1 µs a step: ten million steps take some 10 s, not the 1.8 s the README gave
  for plain ones. The README says so; what holds: such a loop is stopped by the steps, at its line, well within the
  30 s of CPU time.
"""

from __future__ import annotations

import importlib
import resource
import sys
from pathlib import Path

import pytest

from conftest import run_build
from support import build_ok, error_lines, rebuild_fails
from test_serve_attack import shared_server, shared_servers  # noqa: F401 (fixtures)

LIMIT = 1_000_000  # the tests' MAX_PAGE_CHARACTERS
FOOTER = "templates/_footer.html"
HINT = "(make the value smaller: no page needs one this large)"


def _footer(root: Path, line: str) -> None:
    (root / FOOTER).write_text("<footer>\n" + line + "\n</footer>\n", encoding="utf-8")


# --- fixed: compiled templates keyed by the code that generates them ----------------------------------------------------

GENERATOR = '''
from explainer.render import Bounded, Sandbox


class Marked(Bounded):
    def _output_const_repr(self, group):
        return repr({marker!r} + "".join(map(str, group)))


class MarkedSandbox(Sandbox):
    code_generator_class = Marked
'''


def _marked_render(module_dir: Path, marker: str, templates: Path, cache: Path) -> str:
    """Write the generator module with `marker`, (re)load it, and render templates/page.html through the store."""
    from explainer import compiled_templates
    from explainer.render import COMPILED_AS, OPTIONS, TemplatesAsRead

    (module_dir / "marked_generator.py").write_text(GENERATOR.format(marker=marker), encoding="utf-8")
    importlib.invalidate_caches()
    if "marked_generator" in sys.modules:
        module = importlib.reload(sys.modules["marked_generator"])
    else:
        module = importlib.import_module("marked_generator")
    env = module.MarkedSandbox(loader=TemplatesAsRead(templates),
                               bytecode_cache=compiled_templates.store(cache, COMPILED_AS), **OPTIONS)
    return env.get_template("page.html").render()


def test_a_changed_code_generator_of_the_same_name_recompiles_the_templates(tmp_path: Path, monkeypatch):
    """Before, the second generator (the same class name, another code) was given the first one's compiled template,
    in this process and from the folder: 'v1:hello'."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # kept in the project's .cache/, not beside our bytecode
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "marked_generator", raising=False)
    templates = tmp_path / "project/templates"
    templates.mkdir(parents=True)
    (templates / "page.html").write_text("hello", encoding="utf-8")
    cache = tmp_path / "project/.cache/templates"
    assert _marked_render(tmp_path, "v1:", templates, cache) == "v1:hello"
    assert _marked_render(tmp_path, "second:", templates, cache) == "second:hello"  # in this process
    from explainer import compiled_templates

    compiled_templates.forget_in_process()
    compiled_templates.generated_by.cache_clear()
    assert _marked_render(tmp_path, "third-one:", templates, cache) == "third-one:hello"  # from the folder
    sys.modules.pop("marked_generator", None)


def test_an_unchanged_code_generator_reuses_its_compiled_templates(tmp_path: Path, monkeypatch):
    """The twin: the same generator's compiled template is read back from the folder in a fresh process's stead."""
    from explainer import compiled_templates

    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "marked_generator", raising=False)
    templates = tmp_path / "project/templates"
    templates.mkdir(parents=True)
    (templates / "page.html").write_text("hello", encoding="utf-8")
    cache = tmp_path / "project/.cache/templates"
    assert _marked_render(tmp_path, "v1:", templates, cache) == "v1:hello"
    kept = sorted(path.name for path in cache.iterdir())
    compiled_templates.forget_in_process()
    compiled_templates.generated_by.cache_clear()
    assert _marked_render(tmp_path, "v1:", templates, cache) == "v1:hello"
    assert sorted(path.name for path in cache.iterdir()) == kept  # the same key: nothing compiled anew
    sys.modules.pop("marked_generator", None)


def test_the_key_names_the_modules_of_the_generated_code():
    """The digest covers render (the generator, the sandbox), template_limits and template_strings (what the generated
    code calls through the environment), not Jinja's own (its version is keyed)."""
    from explainer import compiled_templates
    from explainer.render import Bounded, Sandbox

    import jinja2.compiler
    import jinja2.sandbox

    first = compiled_templates.generated_by(Sandbox, Bounded)
    assert len(first) == 16 and first == compiled_templates.generated_by(Sandbox, Bounded)
    plain = compiled_templates.generated_by(jinja2.sandbox.SandboxedEnvironment, jinja2.compiler.CodeGenerator)
    assert plain != first


# --- fixed: a value made a string whole is bounded before it is made ---------------------------------------------------

A = '{% set a = "x" * 400000 %}'  # 0.4 MB: twice it is within LIMIT (with its quotes), three times past it
PAST = "{% set n = 300 %}"  # 120 million characters: before, made whole past the tests' 100 MiB of memory to render
WITHIN = "{% set n = 2 %}"
SHOWN = [  # (what makes it, the template making `a` n times)
    ("'{{ }}'", "{{ [a] * n }}"),
    ("'{{ }}'", "{{ [[a] * n] }}"),
    ("'{{ }}'", '{{ {"k": [a] * n} }}'),
    ("'{{ }}'", "{{ namespace(v=[a] * n) }}"),
    ("'|string'", "{{ ([a] * n)|string|length }}"),
    ("'|tojson'", "{{ ([a] * n)|tojson|length }}"),
    ("'|pprint'", "{{ ([a] * n)|pprint|length }}"),
    ("'|upper'", "{{ ([a] * n)|upper|length }}"),
    ("'|format'", '{{ "%s"|format([a] * n)|length }}'),
    ("'|format'", '{{ ("%(x)s" * n)|format(x=a)|length }}'),
    ("'.translate()'", '{{ ("x" * n).translate({120: a})|length }}'),
    ("'|join'", '{{ ([{"n": a}] * n)|join(attribute="n")|length }}'),
    ("'|join'", '{{ ([{"n": a}] * n)|join(",", "n")|length }}'),
    ("'|join'", "{{ [[a] * n]|join|length }}"),
    ("'%'", '{{ ("%(x)s" * n % {"x": a})|length }}'),
    ("'%'", '{{ ("%.0s" % ([a] * n,))|length }}'),
    ("'.format()'", '{{ ("{0}" * n).format(a)|length }}'),
    ("'.format()'", '{{ ("{x}" * n).format(x=a)|length }}'),
    ("'.format()'", '{{ "{}".format([a] * n)|length }}'),
    ("'.format_map()'", '{{ ("{x}" * n).format_map({"x": a})|length }}'),
    ("'~'", "{{ ([a] * n ~ '')|length }}"),
]


@pytest.mark.parametrize("made_by, made", SHOWN, ids=[f"{i}" for i in range(len(SHOWN))])
def test_a_value_made_a_string_past_a_pages_limit_is_refused_at_its_line_before_it_is_made(
        built_minimal: Path, monkeypatch, made_by: str, made: str):
    """Before, each was made whole (here 120 MB, past the 100 MiB the test gives; at the real limit, a thousand times
    a million characters was a gigabyte), and named as the memory it took, if not refused only once made."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "MAX_PAGE_CHARACTERS", LIMIT)
    good = build_ok(built_minimal)
    monkeypatch.setattr(template_limits, "RENDER_MEMORY_BYTES", 100 * 1024 ** 2)
    _footer(built_minimal, A + PAST + made)
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert lines == [f"{FOOTER}:2: template error: {made_by} would make a string of over {LIMIT:,} characters, past "
                     f"what a page may hold {HINT}"], lines


@pytest.mark.parametrize("made_by, made", SHOWN, ids=[f"{i}" for i in range(len(SHOWN))])
def test_a_value_made_a_string_within_a_pages_limit_builds(built_minimal: Path, monkeypatch, made_by: str, made: str):
    """The twins: the same made of `a` twice, which a page may hold."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "MAX_PAGE_CHARACTERS", LIMIT)
    _footer(built_minimal, A + WITHIN + made)
    result = run_build(built_minimal)
    assert result.code == 0, result.err[-800:]


def test_a_list_of_a_million_megabytes_is_refused_before_it_is_made(built_minimal: Path):
    """The brief's own, at the real limit: `[a] * 1000` of a million characters is a gigabyte of text, 1000 items."""
    good = build_ok(built_minimal)
    _footer(built_minimal, '{% set a = "x" * 1000000 %}{{ ([a] * 1000)|length }}{{ [a] * 1000 }}')
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert lines == [f"{FOOTER}:2: template error: '{{{{ }}}}' would make a string of over 201,326,592 characters, "
                     f"past what a page may hold {HINT}"], lines


def test_a_value_held_many_times_is_measured_once(tmp_path: Path):
    """The measure takes a step per item, not per character: a list held a thousand times in a list held a thousand
    times (a million million characters) is measured in thousands of steps."""
    from explainer.render import make_environment

    env = make_environment(tmp_path)
    template = env.from_string('{% set a = "x" * 1000 %}{% set b = [a] * 1000 %}{{ ([b] * 1000)|string }}')
    with pytest.raises(Exception, match="'[|]string' would make a string of over 201,326,592 characters"):
        template.render()


def test_values_written_give_what_jinja_gives(tmp_path: Path):
    """Bounded, each still writes Jinja's own text: escaped, Markup kept, numbers and none as Python writes them."""
    from explainer.render import make_environment

    env = make_environment(tmp_path)
    template = env.from_string(
        '{{ [1, "<a>", {"k": none}] }}|{{ "<b>"|safe }}|{{ 3 }}|{{ ["a"]|string }}|{{ {"a": 1}|tojson }}|'
        '{{ [1]|pprint }}|{{ "xy".translate({120: "<"}) }}|{{ users|join(",", attribute="n") }}|'
        '{{ "%(x)s-%%(x)s" % {"x": 1} }}|{{ "{0}{0}{1}".format("a", [2]) }}|{{ [1] ~ "" }}|{{ namespace(v=1).v }}')
    assert template.render(users=[{"n": "u"}, {"n": "<v>"}]) == (
        "[1, &#39;&lt;a&gt;&#39;, {&#39;k&#39;: None}]|<b>|3|[&#39;a&#39;]|{\"a\": 1}|[1]|&lt;y|u,&lt;v&gt;|"
        "1-%(x)s|aa[2]|[1]|1")


# --- fixed: `|sum` of lists and `lipsum()` --------------------------------------------------------------------------------

@pytest.mark.parametrize("past, told", [
    ("{{ ([[0]] * 999999 + [[0, 0]])|sum(start=[])|length }}",
     "'|sum' would make a list of 1,000,001 items, past the 1,000,000 a template may make"),
    ("{{ lipsum(10**6)|length }}", "'lipsum()' would make a string of over 201,326,592 characters, past what a page may "
                                   "hold"),
    ("{{ lipsum(1, min=10**9, max=10**9)|length }}", "'lipsum()' would make a string of over 201,326,592 characters, "
                                                      "past what a page may hold"),
])
def test_a_sum_of_lists_or_lorem_ipsum_past_its_bound_is_refused_at_its_line(built_minimal: Path, past: str, told: str):
    """Before, the sum copied its total at each list (a million lists took the CPU limit's 30 s) and lipsum made
    hundreds of MB whole."""
    good = build_ok(built_minimal)
    _footer(built_minimal, past)
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert lines == [f"{FOOTER}:2: template error: {told} {HINT}"], lines


def test_a_sum_of_lists_or_lorem_ipsum_within_its_bound_builds_and_gives_what_jinja_gives(built_minimal: Path):
    """The twins: 999,999 lists of one summed in a pass; Jinja's sums of numbers, by attribute, of tuples; lipsum(5)."""
    _footer(built_minimal, '{{ ([[0]] * 999999)|sum(start=[])|length }}|{{ [1, 2.5]|sum }}|'
                           '{{ [{"p": [1]}, {"p": [2]}]|sum(attribute="p", start=[]) }}|{{ [(1,), (2,)]|sum(start=()) }}|'
                           '{{ lipsum(5, html=False)|length > 100 }}')
    result = run_build(built_minimal)
    assert result.code == 0, result.err[-800:]
    assert "<footer>\n999999|3.5|[1, 2]|(1, 2)|True\n" in (built_minimal / "site/flood/index.html").read_text("utf-8")


# --- held: a loop whose body is a test is stopped by the steps, within the CPU time --------------------------------------

def test_a_loop_whose_body_is_a_test_is_stopped_by_its_steps_within_the_cpu_time(built_minimal: Path, monkeypatch):
    """A million steps (a tenth of the real bound) of `{% if x is iterable %}`, some 1 µs each: stopped at the loop's
    line by the steps, in well under a tenth of the 30 s of CPU time."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "MAX_LOOP_STEPS", 1_000_000)
    good = build_ok(built_minimal)
    _footer(built_minimal, "{% for i in range(1000) %}{% for x in range(1000) %}{% if x is iterable %}.{% endif %}"
                           "{% endfor %}{% endfor %}{% for x in range(10) %}{% endfor %}")
    before = resource.getrusage(resource.RUSAGE_SELF)
    lines = error_lines(rebuild_fails(built_minimal, good))
    after = resource.getrusage(resource.RUSAGE_SELF)
    assert lines == [f"{FOOTER}:2: template error: the page's loops would take over 1,000,000 steps, past what a page "
                     "may take (make the loop on that line of the template shorter, or end the macro's calls to "
                     "itself)"], lines
    assert (after.ru_utime - before.ru_utime) < template_limits.PAGE_CPU_LIMIT_S / 10


# --- fixed: a live-reload message nested past Python's depth ------------------------------------------------------------

def test_a_live_reload_message_nested_past_pythons_depth_is_ignored_with_one_line(shared_server):
    """Before, `[` 60,000 times (within the 64 KiB a message may hold) raised RecursionError out of the socket's
    handler: a traceback in the editor's terminal, and the socket closed."""
    import asyncio
    import json

    from test_serve_attack import HELLO, open_socket

    nested = ["[" * 60_000, '{"command": "hello", "x": ' + "[" * 30_000 + "]" * 30_000 + "}"]

    async def talk(url: str) -> None:
        connection = await open_socket(url, url.rstrip("/"))
        for message in nested:
            await connection.write_message(message)
        await connection.write_message(HELLO)
        assert json.loads(await connection.read_message())["command"] == "hello", "the socket still works"
        connection.close()

    server = shared_server
    before = len(server.lines)
    asyncio.run(talk(server.url))
    server.wait_until(lambda: "\n".join(server.lines[before:]).count("ignored a malformed livereload message")
                      == len(nested), "each nested message was logged")
    assert "Traceback" not in server.output and "RecursionError" not in server.output, server.output
