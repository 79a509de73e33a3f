"""Round fifty-two of attacks on files, signals and sockets: the leftovers of round 51.

- A recursive loop's `loop(children)` and a macro's call cost some 5 to 13 µs, and were counted as one step or none:
  `{% for x in [1, 2] recursive %}{% if loop.depth < 60 %}{{ loop([1, 2]) }}...` or a macro calling itself twice ran
  until the 30 s of CPU time. Each call counts as many steps as it costs (explainer/template_limits.py `LoopSteps`),
  and is stopped within the page's ten million, at its line, in some 3 s.
- A template with no loop could make a string of gigabytes and write only its length: `a ~ a`, `a + a`, `|join`,
  `|replace`, `|center`, `|indent`, `|wordwrap`, `|format`, `%`, a string's `.join()`, `.ljust()`, `.format()`... Each
  is refused at its line past what a page may hold (explainer/template_strings.py), before it is made where its
  arguments tell its length.
- The site's running total was added to unlocked by the forked workers: three processes adding 100,000 times counted
  some 200,000. Each add is whole now (explainer/memo.py `SharedCount`), so the bound holds across workers.
- Re-probed, and held (the preview's and YAML's by hand, as README's Round 52 lists them): a recursive loop past
  Python's depth, `accept-source` of a hostile id or of a source whose file is out of seeds/.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import build_ok, error_lines, rebuild_fails

LIMIT = 1_000_000  # the tests' MAX_PAGE_CHARACTERS
FOOTER = "templates/_footer.html"
HINT = "(make the value smaller: no page needs one this large)"


def _footer(root: Path, line: str) -> None:
    (root / FOOTER).write_text("<footer>\n" + line + "\n</footer>\n", encoding="utf-8")


# --- fixed: calls counted as the steps they cost -----------------------------------------------------------------------

STEPS = ("the page's loops and calls would take over 10,000,000 steps (a call of a macro counting 20, of a recursive "
         "loop 50), past what a page may take (make the loop on that line of the template shorter, or end the macro's "
         "calls to itself)")


@pytest.mark.parametrize("calls", [
    "{% for x in [1, 2] recursive %}{% if loop.depth < 60 %}{{ loop([1, 2]) }}{% endif %}{% endfor %}",
    "{% for x in [1, 2] recursive %}{% if loop.depth < 60 %}{{ loop([]) }}{{ loop([]) }}{{ loop([]) }}"
    "{{ loop([1, 2]) }}{% endif %}{% endfor %}",
    "{% macro m(n) %}{% if n %}{{ m(n - 1) }}{{ m(n - 1) }}{% endif %}{% endmacro %}{{ m(60) }}",
    "{% macro m(n) %}{% if n %}{% set a = m(n - 1) %}{% set b = m(n - 1) %}{% endif %}{% endmacro %}{{ m(60) }}",
    "{% macro m() %}{{ caller() }}{% endmacro %}{% macro n(d) %}{% if d %}{% call m() %}{{ n(d - 1) }}{{ n(d - 1) }}"
    "{% endcall %}{% endif %}{% endmacro %}{{ n(40) }}",
])
def test_calls_of_a_recursive_loop_or_macro_are_stopped_at_their_line_well_before_the_cpu_limit(
        built_minimal: Path, monkeypatch, calls: str):
    """Before, each ran into the CPU limit (here 15 s, which the tree before met: 'the page took over 15 s')."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "PAGE_CPU_LIMIT_S", 15)
    good = build_ok(built_minimal)
    _footer(built_minimal, calls)
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert lines == [f"{FOOTER}:2: template error: {STEPS}"], lines


@pytest.mark.parametrize("calls, shown", [
    ("{% for x in [1, [2, [3, [4]]]] recursive %}{% if x is iterable %}{{ loop(x) }}{% else %}{{ x }}{% endif %}"
     "{% endfor %}", "1234"),
    ("{% macro m(n) %}{% if n %}{{ m(n - 1) }}{{ m(n - 1) }}{% else %}.{% endif %}{% endmacro %}{{ m(12)|length }}",
     "4096"),
    ("{% macro m() %}{{ caller() }}{% endmacro %}{% for i in range(20000) %}{% call m() %}{% endcall %}{% endfor %}ok",
     "ok"),
])
def test_calls_within_the_bound_build(built_minimal: Path, calls: str, shown: str):
    """The twins: a tree walked, 8,191 calls of a macro, 40,000 of a macro and its caller (1.2 million steps)."""
    _footer(built_minimal, calls)
    result = run_build(built_minimal)
    assert result.code == 0, result.err[-800:]
    assert f"<footer>\n{shown}" in (built_minimal / "site/flood/index.html").read_text(encoding="utf-8")


# --- fixed: strings a template makes bounded as a page is ----------------------------------------------------------------

A = '{% set a = "x" * 400000 %}'  # 0.4 MB: twice it is within LIMIT, three times past it
JOINED = [  # (what makes it, the template writing its length with three of `a`, or two)
    ("'~'", "{{ (a ~ a ~ a)|length }}", "{{ (a ~ a)|length }}"),
    ("'~'", '{% set b = a ~ "," ~ a ~ "," %}{% set c = b ~ a %}{{ c|length }}', '{% set b = a ~ "," ~ a %}{{ b|length }}'),
    ("'+'", "{{ (a + a + a)|length }}", "{{ (a + a)|length }}"),
    ("'|join'", "{{ [a, a, a]|join|length }}", "{{ [a, a]|join|length }}"),
    ("'|join'", '{{ ([a] * 3)|join(",")|length }}', '{{ ([a] * 2)|join(",")|length }}'),
    ("'|join'", "{{ [a, a, a]|map('upper')|join|length }}", "{{ [a, a]|map('upper')|join|length }}"),
    ("'|replace'", '{{ "xxx"|replace("x", a)|length }}', '{{ "xx"|replace("x", a)|length }}'),
    ("'|center'", "{{ a|center(1200000)|length }}", "{{ a|center(800000)|length }}"),
    ("'|indent'", '{{ ("x\\n" * 3)|indent(a, first=true)|length }}', '{{ ("x\\n" * 2)|indent(a, first=true)|length }}'),
    ("'|indent'", '{{ ("x\\n\\n" * 3)|indent(a, blank=true)|length }}', '{{ ("x\\n\\n" * 3)|indent(a)|length }}'),
    ("'|wordwrap'", '{{ "a b c d"|wordwrap(1, wrapstring=a)|length }}', '{{ "a b"|wordwrap(1, wrapstring=a)|length }}'),
    ("'|wordwrap'", '{{ "abcd"|wordwrap(1, wrapstring=a)|length }}', '{{ "a\\nb"|wordwrap(1, wrapstring=a)|length }}'),
    ("'|format'", '{{ "%1200000s"|format("x")|length }}', '{{ "%800000s"|format("x")|length }}'),
    ("'|format'", '{{ "%s%s%s"|format(a, a, a)|length }}', '{{ "%s%s"|format(a, a)|length }}'),
    ("'%'", '{{ ("%.1200000f" % 1)|length }}', '{{ ("%.800000f" % 1)|length }}'),
    ("'%'", '{{ ("%*s" % (1200000, "x"))|length }}', '{{ ("%*s" % (800000, "x"))|length }}'),
    ("'%'", '{{ ("%s%s%s" % (a, a, a))|length }}', '{{ ("%s%s" % (a, a))|length }}'),
    ("'.join()'", '{{ ",".join([a, a, a])|length }}', '{{ ",".join([a, a])|length }}'),
    ("'.ljust()'", '{{ "x".ljust(1200000)|length }}', '{{ "x".ljust(800000)|length }}'),
    ("'.zfill()'", '{{ "1".zfill(1200000)|length }}', '{{ "1".zfill(800000)|length }}'),
    ("'.format()'", '{{ "{:>1200000}".format("x")|length }}', '{{ "{:>800000}".format("x")|length }}'),
    ("'.replace()'", '{{ "xxx".replace("x", a)|length }}', '{{ "xx".replace("x", a)|length }}'),
    ("'.expandtabs()'", '{{ "\\t\\t\\t".expandtabs(400001)|length }}', '{{ "\\t\\t".expandtabs(400001)|length }}'),
]


@pytest.mark.parametrize("made_by, past, _", JOINED, ids=[f"{i}" for i in range(len(JOINED))])
def test_a_string_past_a_pages_limit_is_refused_at_its_line_though_never_written(built_minimal: Path, monkeypatch,
                                                                                  made_by: str, past: str, _):
    """Before, each built: the page held only the string's length, and gigabytes were made the same way."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "MAX_PAGE_CHARACTERS", LIMIT)
    good = build_ok(built_minimal)
    _footer(built_minimal, A + past)
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert lines == [f"{FOOTER}:2: template error: {made_by} would make a string of over {LIMIT:,} characters, past "
                     f"what a page may hold {HINT}"], lines


@pytest.mark.parametrize("made_by, _, within", JOINED, ids=[f"{i}" for i in range(len(JOINED))])
def test_a_string_within_a_pages_limit_builds(built_minimal: Path, monkeypatch, made_by: str, _, within: str):
    """The twins: the same with less, which a page may hold."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "MAX_PAGE_CHARACTERS", LIMIT)
    _footer(built_minimal, A + within)
    result = run_build(built_minimal)
    assert result.code == 0, result.err[-800:]
    shown = (built_minimal / "site/flood/index.html").read_text(encoding="utf-8").split("<footer>\n")[1].split("\n")[0]
    assert 400_000 < int(shown) <= LIMIT, shown


def test_a_string_doubled_past_the_real_limit_stops_before_gigabytes(built_minimal: Path):
    """The brief's own, at the real 192 Mi characters: 16 MB doubled four times in a template with no loop."""
    good = build_ok(built_minimal)
    _footer(built_minimal, '{% set a = "x" * 1000000 %}{% set b = a ~ a ~ a ~ a %}{% set c = b ~ b ~ b ~ b %}'
                           '{% set d = c ~ c ~ c ~ c %}{% set e = d ~ d ~ d ~ d %}{{ e|length }}')
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert lines == [f"{FOOTER}:2: template error: '~' would make a string of over 201,326,592 characters, past what "
                     f"a page may hold {HINT}"], lines


def test_a_list_added_past_what_star_may_make_is_refused(built_minimal: Path):
    """`+` of two lists of a million numbers each made what `*` refuses."""
    good = build_ok(built_minimal)
    _footer(built_minimal, "{{ (range(999999)|list + range(999999)|list)|length }}")
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert lines == [f"{FOOTER}:2: template error: '+' would make a list of 1,999,998 items, past the 1,000,000 a "
                     f"template may make {HINT}"], lines


def test_the_operators_filters_and_methods_give_what_jinja_gives(tmp_path: Path):
    """Bounded, each still makes Jinja's own value: escaping by `~`, Markup kept, numbers added, formats applied."""
    from explainer.render import make_environment

    env = make_environment(tmp_path)
    template = env.from_string(
        '{{ "<a>" ~ 1 ~ none }}|{{ "<b>"|safe ~ "<c>" }}|{{ 1 + 2 }}|{{ [1] + [2] }}|{{ "%05.1f" % 3.14159 }}|'
        '{{ "%(x)s" % {"x": "<d>"} }}|{{ "ab"|center(6) }}|{{ [1, 2]|join("-") }}|{{ range(3)|join }}|'
        '{{ "a b"|replace(" ", "_") }}|{{ "{:>5}".format(3) }}|{{ "x".ljust(3) }}.|{{ ", ".join(["a", "b"]) }}|'
        '{{ "a\nb"|indent(2, first=true) }}|{{ "%s-%s"|format(1, 2) }}|{{ "x" + "y" }}|{{ users|join(", ", attribute="n") }}')
    assert template.render(users=[{"n": "u"}, {"n": "v"}]) == (
        "&lt;a&gt;1None|<b>&lt;c&gt;|3|[1, 2]|003.1|&lt;d&gt;|  ab  |1-2|012|a_b|    3|x  .|a, b|  a\n  b|1-2|xy|u, v")


# --- fixed: the site's running total exact across workers ---------------------------------------------------------------

def test_the_sites_running_total_counts_every_workers_pages(tmp_path: Path, monkeypatch):
    """Three forked processes add a byte 100,000 times each: the bound (250,000 bytes) is passed by the total of all
    three, which the parent's next page sees. Before, adds overwrote each other and the total was some 200,000."""
    from explainer import render
    from explainer.memo import PageMemo
    from explainer.problems import ContentError
    from explainer.render import SiteBound, make_environment

    monkeypatch.setattr(render, "MIN_SITE_BYTES", 250_000)
    (tmp_path / "seeds").mkdir()
    memo = PageMemo(make_environment(REPO / "templates"), None, tmp_path / "site", lambda error: None,
                    bound=SiteBound(tmp_path / "seeds", REPO / "templates", tmp_path))
    children = []
    for _ in range(3):
        pid = os.fork()
        if pid == 0:  # pragma: no cover (a child)
            try:
                for _ in range(100_000):
                    memo._add_to_site("", 1)  # pages not made with a template: counted, never blamed
            finally:
                os._exit(0)
        children.append(pid)
    for pid in children:
        assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    with pytest.raises(ContentError) as raised:
        memo._add_to_site("briefing.html", 1)
    assert "the site's pages would hold 300,001 bytes" in raised.value.problems[0].message


def test_a_running_total_within_the_bound_builds_on(tmp_path: Path, monkeypatch):
    """The twin: the same adds under a bound of 400,000 bytes raise nothing."""
    from explainer import render
    from explainer.memo import PageMemo
    from explainer.render import SiteBound, make_environment

    monkeypatch.setattr(render, "MIN_SITE_BYTES", 400_000)
    (tmp_path / "seeds").mkdir()
    memo = PageMemo(make_environment(REPO / "templates"), None, tmp_path / "site", lambda error: None,
                    bound=SiteBound(tmp_path / "seeds", REPO / "templates", tmp_path))
    for _ in range(300_000):
        memo._add_to_site("", 1)
    memo._add_to_site("briefing.html", 1)


# --- held, re-probed ----------------------------------------------------------------------------------------------------

def test_a_recursive_loop_past_pythons_depth_is_one_line_at_its_line(built_minimal: Path):
    """A structure nested 2,000 deep, walked by a recursive loop: Python's own depth, named at the loop's line."""
    good = build_ok(built_minimal)
    _footer(built_minimal, "{% set t = namespace(v=[]) %}{% for i in range(2000) %}{% set t.v = [t.v] %}{% endfor %}"
                           "{% for x in t.v recursive %}{{ loop(x) }}{% endfor %}")
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert len(lines) == 1 and lines[0].startswith(f"{FOOTER}:2: template error: maximum recursion depth exceeded"), lines
    assert lines[0].endswith("(fix the expression on that line of the template)"), lines


@pytest.mark.parametrize("source_id, shown", [
    ("x\x1b[31mred\nfake: line", "x\\x1b[31mred\\nfake: line"),
    ("../../etc/passwd", "../../etc/passwd"),
])
def test_accept_source_of_a_hostile_id_names_it_escaped(built_minimal: Path, source_id: str, shown: str):
    result = run_build(built_minimal, "accept-source", source_id)
    assert result.code == 1 and result.err.startswith(f"error: content/sources.yaml: no source '{shown}'"), result.err


@pytest.mark.parametrize("name", ["../content/sources.yaml", "/etc/passwd"])
def test_a_source_file_out_of_seeds_is_refused_by_accept_source(built_minimal: Path, name: str):
    library = built_minimal / "content/sources.yaml"
    text = library.read_text(encoding="utf-8")
    current = text.split("file: ", 1)[1].split("\n", 1)[0]
    library.write_text(text.replace(f"file: {current}", f'file: "{name}"', 1), encoding="utf-8")
    result = run_build(built_minimal, "accept-source", "flood", "--force")
    assert result.code == 1 and f"file '{name}' is outside seeds/" in result.err, result.err
