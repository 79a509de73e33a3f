"""Round fifty-four of attacks on files, signals and sockets: values measured before they are escaped, compiled
templates piling up, filters going through huge lists.

1. A value a template writes escaped was measured as it was, not as escaped: `{{ a }}` and `a|e` of a string of `&`
   within a page's limit were escaped to five times it, `a|tojson` of `<` to six (each `\\u003c`), `a ~ "x"|safe` and
   `"x"|safe + a` escaped `a` too, all made whole before the page's count saw them (here a string of 29 million `<`
   under a limit of 30 million, escaped past the 100 MiB of memory the test gives). Each is refused at its line
   before it is made, measured escaped (explainer/template_strings.py `escaped_length`, render.py `Bounded`'s
   `_output_child_pre`); the twins, a string of `x` as long or one of `<` escaped within the limit, build.
2. Compiled templates were never deleted: each change to the code that compiles them, each template renamed, each
   project sharing the folder beside our bytecode added files nothing reads again. Past 512 files a folder keeps its
   256 newest, looked at only when a template is compiled there (explainer/compiled_pruning.py): 600 planted are cut
   down, the current ones kept, and a warm build lists nothing.
3. A filter going through a list's items was one step of the page's loops: `{% for i in range(20) %}{{ big|sort|length
   }}{% endfor %}` over 100,000 items is 20 steps, and a loop of a thousand over a million items ran until the 30 s of
   CPU time (`|groupby` 28 s). Each item counts as steps as it costs (`|sort` 3, `|groupby` 25, an `attribute`,
   a test or a filter for each item 10; explainer/template_strings.py `ITERATING_FILTERS`); the twins, one filter of
   5,000 items and a loop of ten over 500, build.
4. `changes --since` took what it could not read of the working tree for gone: a briefing.yaml that is a named pipe,
   of 1 GB, or broken YAML, `content/` a pipe or a link out of the project: "flood: briefing removed"; a seed that is
   a pipe, of 1 GB, or `seeds/` linked out: "citation 'monday' (flood) no longer anchors", exit code 0. Each is now
   named in one line, as the build names it, and nothing compared, exit code 1 (explainer/changes_inputs.py); the
   twins, a stray file, a misquote and a seed edited since it was accepted, are reported as before. Probed and held:
   `--since HEAD:../..`, `HEAD:content/../..`, `HEAD^{tree}`, `:/one`, a `.git` file pointing at `../../../../etc`
   or a pipe, `TMPDIR` a pipe or /proc, a commit of a 40 MB seed (none hung, crashed or read outside the project).
"""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Run, run_build, tree_digest
from support import build_ok, error_lines, rebuild_fails

FOOTER = "templates/_footer.html"
HINT = "(make the value smaller: no page needs one this large)"
LIMIT = 30_000_000  # the tests' MAX_PAGE_CHARACTERS


def _footer(root: Path, line: str) -> None:
    (root / FOOTER).write_text("<footer>\n" + line + "\n</footer>\n", encoding="utf-8")


# --- 1. fixed: a value measured as it is written, escaped ---------------------------------------------------------------

def _built_in_child(root: Path, **limits: int) -> Run:
    """Build `root` in a forked child with template_limits' `limits`, and return what it gave: strings of tens of MB
    freed in this process raise the C library's bounds of what it keeps mapped, and a later test's limit of memory
    (test_attack_24's 16 MiB) was met from what this one left mapped."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: build, send the outcome, end without running the parent's clean-ups
        try:
            os.close(read)
            from explainer import template_limits

            for name, value in limits.items():
                setattr(template_limits, name, value)
            outcome = pickle.dumps(run_build(root))
        except BaseException as error:  # noqa: BLE001 (told to the parent, which fails the test)
            outcome = pickle.dumps(Run(-1, "", f"Traceback: {error!r}"))
        with os.fdopen(write, "wb") as sent:
            sent.write(outcome)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as received:
        outcome = received.read()
    os.waitpid(pid, 0)
    return pickle.loads(outcome)


LONG = '{% set a = ("<" * 1000000)|replace("<", "<" * 29) %}'  # 29 million `<`: within LIMIT as it is
ESCAPED = [  # (what makes it, the template writing `a` escaped)
    ("'{{ }}'", "{{ a }}"),
    ("'{{ }}'", "{{ [a] }}"),
    ("'|e'", "{{ a|e|length }}"),
    ("'|escape'", "{{ a|escape|length }}"),
    ("'|forceescape'", "{{ a|forceescape|length }}"),
    ("'|tojson'", "{{ a|tojson|length }}"),
    ("'|tojson'", '{{ {"k": a}|tojson|length }}'),
    ("'~'", '{{ (a ~ "x"|safe)|length }}'),
    ("'+'", '{{ ("x"|safe + a)|length }}'),
]


@pytest.mark.parametrize("made_by, made", ESCAPED, ids=[f"{i}" for i in range(len(ESCAPED))])
def test_a_value_escaped_past_a_pages_limit_is_refused_at_its_line_before_it_is_made(
        built_minimal: Path, made_by: str, made: str):
    """Before, each was escaped whole (five or six times 29 MB) past the 100 MiB the test gives, named as the memory
    it took, or made and then refused."""
    good = tree_digest(built_minimal / "site")
    _footer(built_minimal, LONG + made)
    result = _built_in_child(built_minimal, MAX_PAGE_CHARACTERS=LIMIT, RENDER_MEMORY_BYTES=100 * 1024 ** 2)
    assert result.code == 1 and "Traceback" not in result.err, result.err
    assert tree_digest(built_minimal / "site") == good
    lines = error_lines(result)
    assert lines == [f"{FOOTER}:2: template error: {made_by} would make a string of over {LIMIT:,} characters, past "
                     f"what a page may hold {HINT}"], lines


WITHIN = [
    '{% set a = ("x" * 1000000)|replace("x", "x" * 29) %}{{ a|e|length }}|{{ a|tojson|length }}|'
    '{{ (a ~ "y"|safe)|length }}|{{ ("y"|safe + a)|length }}|{{ a|forceescape|length }}|{{ [a]|tojson|length }}',
    '{% set a = ("<" * 1000000)|replace("<", "<" * 4) %}{{ a|e|length }}|{{ a|tojson|length }}|'
    '{{ (a ~ "y"|safe)|length }}|{{ ("y"|safe + a)|length }}|{{ (a ~ "y")|length }}',
    '{% set a = ("&" * 1000000)|replace("&", "&" * 29) %}{% set b = a ~ "y" %}{{ b|length }}|{{ (a + "y")|length }}',
    "{% autoescape false %}{% set a = ('&' * 1000000)|replace('&', '&' * 29) %}{{ a|length }}{% endautoescape %}",
]


@pytest.mark.parametrize("made", WITHIN, ids=["plain", "escaped-within", "not-escaped", "autoescape-off"])
def test_a_value_escaped_within_a_pages_limit_builds(built_minimal: Path, made: str):
    """The twins: 29 million `x` (escaping adds nothing), 4 million `<` (escaped, 16 or 24 million), and `~` or `+` of
    plain strings of `&` (nothing escaped until written): each within the limit."""
    _footer(built_minimal, made)
    result = _built_in_child(built_minimal, MAX_PAGE_CHARACTERS=LIMIT)
    assert result.code == 0, result.err[-800:]


def test_a_value_of_four_million_escaped_characters_is_written_whole(built_minimal: Path):
    """A string of 4 million `<` written escaped (16 million characters) within the limit is the page's, whole."""
    _footer(built_minimal, '{% set a = ("<" * 1000000)|replace("<", "<" * 4) %}{{ a }}')
    result = _built_in_child(built_minimal, MAX_PAGE_CHARACTERS=LIMIT)
    assert result.code == 0, result.err[-800:]
    assert "&lt;" * 4_000_000 in (built_minimal / "site/flood/index.html").read_text("utf-8")


def test_values_escaped_give_what_jinja_gives(tmp_path: Path):
    """Measured escaped, each still writes Jinja's own text."""
    from explainer.render import make_environment

    env = make_environment(tmp_path)
    template = env.from_string('{{ "<a>&\'\\"" }}|{{ "<b>"|e }}|{{ {"a": "<&\'"}|tojson }}|{{ ["<"] }}|'
                               '{{ "<"|forceescape }}|{{ "<" ~ "<"|safe }}|{{ "<"|safe + "<" }}|{{ "<"|safe }}|'
                               '{% autoescape false %}{{ "<" }}{% endautoescape %}')
    assert template.render() == ('&lt;a&gt;&amp;&#39;&#34;|&lt;b&gt;|{"a": "\\u003c\\u0026\\u0027"}|[&#39;&lt;&#39;]|'
                                 '&lt;|&lt;<|<&lt;|<|<')


# --- 2. fixed: compiled templates kept newest, the rest deleted --------------------------------------------------------

def _keys(folder: Path) -> set[str]:
    from explainer.compiled_pruning import KEY_NAME

    return {name for name in os.listdir(folder) if KEY_NAME.fullmatch(name)}


def test_compiled_templates_of_older_code_are_deleted_past_the_folders_bound(built_minimal: Path, monkeypatch):
    """Before, the 600 planted (as an older code's compiled templates are) stayed for good, and every change added
    more. A warm build, which compiles nothing, does not list the folder."""
    from explainer import compiled_pruning, compiled_templates

    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # kept in the project's .cache/, not beside our bytecode
    folder = built_minimal / ".cache/templates"
    folder.mkdir(parents=True, exist_ok=True)
    planted = {f"{i:040x}" for i in range(600)}
    for name in planted:
        (folder / name).write_bytes(b"old")
        os.utime(folder / name, (1_000_000_000, 1_000_000_000))
    (folder / "notes.txt").write_text("not ours", encoding="utf-8")
    compiled_templates.forget_in_process()
    compiled_pruning.forget()
    _footer(built_minimal, "{{ 1 }}")  # an edit: a template compiled and kept
    result = run_build(built_minimal)
    assert result.code == 0, result.err[-800:]
    kept = _keys(folder)
    assert len(kept) <= compiled_pruning.KEEP_FILES + 30, len(kept)
    current = kept - planted
    assert current, "the current templates' compiled code was deleted"
    assert (folder / "notes.txt").exists()  # not a name the store writes
    compiled_pruning.forget()
    listed = []
    monkeypatch.setattr(compiled_pruning, "pruned_once", lambda folder: listed.append(folder))
    assert run_build(built_minimal).code == 0
    assert listed == [], "a warm build looked at the folder"
    assert current <= _keys(folder)


def test_a_folder_within_its_bound_is_left_as_it_is(tmp_path: Path):
    """The twin: 500 files (within 512) are all kept, however old; a link there is never followed or counted."""
    from explainer import compiled_pruning

    compiled_pruning.forget()
    for i in range(500):
        (tmp_path / f"{i:040x}").write_bytes(b"x")
    compiled_pruning.pruned_once(tmp_path)
    assert len(_keys(tmp_path)) == 500
    outside = tmp_path.parent / "outside"
    outside.mkdir(exist_ok=True)
    for i in range(600):
        (outside / f"{i:040x}").write_bytes(b"x")
    compiled_pruning.forget()
    link = tmp_path / "linked"
    link.symlink_to(outside)
    compiled_pruning.pruned_once(link)
    assert len(_keys(outside)) == 600


# --- 3. fixed: a filter's items counted as the page's loop steps --------------------------------------------------------

BIG = "{% set big = range(100000)|list %}"
FILTERED = [  # (the filter, the steps an item counts, what goes through `big`)
    ("sort", 3, "big|sort|length"),
    ("groupby", 25, 'big|groupby("real")|length'),
    ("batch", 1, "big|batch(3)|list|length"),
    ("unique", 1, "big|unique|list|length"),
    ("max", 1, "big|max"),
    ("selectattr", 10, 'big|selectattr("real")|list|length'),
    ("map", 10, 'big|map(attribute="real")|list|length'),
    ("sort", 10, 'big|sort(attribute="real")|length'),
    ("list", 1, "big|list|length"),
]


@pytest.mark.parametrize("name, each, made", FILTERED, ids=[f"{i}" for i in range(len(FILTERED))])
def test_a_filter_going_through_many_items_in_a_loop_is_stopped_by_the_steps(
        built_minimal: Path, monkeypatch, name: str, each: int, made: str):
    """Before, each was one step a call: the loop of 20 built, two million items gone through under a bound of one
    million steps (at the real bound and a loop of a thousand over a million, until the 30 s of CPU time)."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "MAX_LOOP_STEPS", 1_000_000)
    good = build_ok(built_minimal)
    _footer(built_minimal, BIG + "{% for i in range(20) %}{{ " + made + " }}{% endfor %}")
    lines = error_lines(rebuild_fails(built_minimal, good))
    steps = f"{each} step{'s' if each > 1 else ''} each"
    assert lines == [f"{FOOTER}:2: template error: the page's loops and filters would take over 1,000,000 steps "
                     f"('|{name}' going through 100,000 items, {steps}), past what a page may take (make the loop on "
                     "that line of the template shorter, or end the macro's calls to itself)"], lines


def test_filters_within_the_steps_build_and_give_what_jinja_gives(built_minimal: Path, monkeypatch):
    """The twins: each filter once over 5,000 items, and in a loop of ten over 500, within a million steps."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "MAX_LOOP_STEPS", 1_000_000)
    once = "|".join("{{ " + made.replace("big", "range(5000)|list") + " }}" for _, _, made in FILTERED)
    looped = "{% for i in range(10) %}" + "".join(
        "{{ " + made.replace("big", "range(500)|list") + " }}," for _, _, made in FILTERED) + "{% endfor %}"
    _footer(built_minimal, once + "\n" + looped + '\n{{ [3, 1, 2]|sort|join }}|{{ [1, 2, 3, 4]|batch(2)|list }}|'
                           '{{ {"b": 1, "a": 2}|dictsort }}|{{ [{"n": 2}, {"n": 1}]|map(attribute="n")|sort|list }}')
    result = run_build(built_minimal)
    assert result.code == 0, result.err[-800:]
    page = (built_minimal / "site/flood/index.html").read_text("utf-8")
    assert "123|[[1, 2], [3, 4]]|[(&#39;a&#39;, 2), (&#39;b&#39;, 1)]|[1, 2]" in page


# --- 4. fixed: `changes` names what of the working tree it cannot read ---------------------------------------------------

def _commit(root: Path) -> None:
    git = ["git", "-C", str(root), "-c", "user.name=a", "-c", "user.email=a@b"]
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run([*git, "add", "content", "seeds"], check=True)
    subprocess.run([*git, "commit", "-qm", "a"], check=True)


def _pipe(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _sparse(path: Path) -> None:
    with open(path, "wb") as file:
        file.truncate(1024 ** 3)


def _linked_out(root: Path, name: str) -> None:
    shutil.move(root / name, root.parent / f"{name}-elsewhere")
    (root / name).symlink_to(root.parent / f"{name}-elsewhere")


def _broken_yaml(path: Path) -> None:
    path.write_text(path.read_text("utf-8") + "title: [unclosed\n", encoding="utf-8")


UNREADABLE = [  # (what is done to the working tree, the line naming it)
    (lambda root: _pipe(root / "content/flood/briefing.yaml"),
     "content/flood/briefing.yaml: is not a regular file: it is a named pipe (replace it with an ordinary file)"),
    (lambda root: _sparse(root / "content/flood/briefing.yaml"),
     "content/flood/briefing.yaml: is 1,073,741,824 bytes, over the limit of 8,388,608"),
    (lambda root: _broken_yaml(root / "content/flood/briefing.yaml"), "content/flood/briefing.yaml:"),
    (lambda root: _pipe(root / "seeds/flood.txt"),
     "content/sources.yaml:3: source 'flood': seeds/flood.txt is not a regular file: it is a named pipe"),
    (lambda root: _sparse(root / "seeds/flood.txt"),
     "content/sources.yaml:3: source 'flood': seeds/flood.txt is 1,073,741,824 bytes, over the limit of 33,554,432"),
    (lambda root: _linked_out(root, "content"), "content: is a link leading out of the project folder"),
    (lambda root: _linked_out(root, "seeds"), "seeds: is a link leading out of the project folder"),
]


@pytest.mark.parametrize("spoil, told", UNREADABLE, ids=["pipe", "1GB", "yaml", "seed-pipe", "seed-1GB",
                                                         "content-out", "seeds-out"])
def test_changes_names_what_of_the_working_tree_it_cannot_read(built_minimal: Path, spoil, told: str):
    """Before, each was reported as a briefing removed or citations no longer anchoring, exit code 0."""
    _commit(built_minimal)
    spoil(built_minimal)
    result = run_build(built_minimal, "changes", "--since", "HEAD")
    assert result.code == 1 and "Traceback" not in result.err, result.err
    lines = result.err.splitlines()
    assert lines[0].startswith(f"error: {told}"), lines
    assert lines[-1] == ("changes compared nothing: it cannot read 1 file or folder of the working tree, and would "
                         "report what they hold as removed (fix them, then run changes again)"), lines
    assert "removed" not in result.out and "no longer anchors" not in result.out


def _misquoted(root: Path) -> None:
    for path in (root / "content/flood").glob("*.yaml"):
        path.write_text(path.read_text("utf-8").replace("rose by 3 metres on Monday", "rose by 4 metres on Monday"),
                        encoding="utf-8")


@pytest.mark.parametrize("change, told", [
    (lambda root: (root / "content/flood/notes.txt").write_text("hi", encoding="utf-8"), "flood: no content changes"),
    (_misquoted, "no longer anchors, it quoted: Alpha said the river rose by 3 metres on Monday."),
    (lambda root: (root / "seeds/flood.txt").write_text(
        (root / "seeds/flood.txt").read_text("utf-8") + "\nMore words.\n", encoding="utf-8"),
     "source edited: flood (Flood report)"),
    (lambda root: None, "flood: no content changes"),
], ids=["stray", "misquote", "seed-edited", "unchanged"])
def test_changes_reports_what_it_reads_whole_as_before(built_minimal: Path, change, told: str):
    """The twins: a stray file, a citation that no longer anchors, a seed edited since it was accepted."""
    _commit(built_minimal)
    change(built_minimal)
    result = run_build(built_minimal, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    assert told in result.out, result.out
