"""Round fifty-six of attacks on the preview, the error page, `changes` and templates: what rounds 54 and 55 left open.

1. The preview's build process stopped alone (`kill -STOP` of it) held every save, the terminal silent, until it was
   continued. It is noticed by its state (`T` in /proc), never by how long its build takes: stopped for
   EXPLAINER_SERVE_STOPPED_LIMIT of the server's own running time (10 s), it is told in one line ("the build process
   (pid N) was stopped (SIGSTOP) for 10 s, holding every save: it was replaced by a fresh one ...") and killed, and a
   fresh process builds the save (explainer/stopped_builds.py, build_worker.py). Honest twins: a slow but live build
   (0.45 s of CPU, under a stopped limit of 0.2 s) is never told or replaced; a process running, or stopped while the
   server was stopped too (Ctrl-Z), counts nothing; one a debugger holds (`t`) is told once, never killed.
2. The error page showed a file's line whole: a content file whose one line of 3 MB YAML cannot read made a page of
   3 MB, and its caret at column 3,000,008 was as many spaces more. Each shown line is cut to 2,000 characters with a
   note of how many were left out ("… (2,998,010 more characters not shown)"), and a caret past them is not drawn
   (explainer/error_page.py). Honest twins: a line of 2,000 characters is shown whole, a caret within it drawn.
3. `changes --since REV` read a content file of the commit that does not parse (a briefing.yaml whose key appears
   twice, a claims.yaml or sources.yaml with broken YAML) as absent: "flood: new briefing", exit code 0. It is named
   as unreadable at that commit, one line, exit code 1, and nothing compared (explainer/changes_inputs.py
   `unread_at_commit`). Honest twins: a commit from before the briefing (or before content/) reports it new; a commit
   whose briefing misquotes its source (it parses) is compared as before.
4. A filter given the generator of the filter before it counted none of its items: `big|map("string")|sort` counted
   `|map`'s, and `|sort` went through them for free. Each filter of a chain counts the items it takes, as it takes
   them, refused at the step past the page's bound ('|sort' going through 40,001 items so far, 3 steps each)
   (explainer/template_strings.py `items_counted`). Honest twins: the chain within the bound builds, and chains give
   what Jinja gives.
"""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from conftest import run_build
from support import build_ok, edit, error_lines, rebuild_fails
from test_serve import fetch, serving
from test_serve_attack import build_process, cpu_seconds
from test_attack_8 import SLOW
from test_attack_54 import FOOTER, _broken_yaml, _commit, _footer, _misquoted

# Ten times test_attack_8's loop: its 3 million empty steps take about 0.2 s, and under the whole suite's load the build
# ended between the 0.1 s of CPU looked for and the stop, which then held nothing (two whole-suite runs)
SLOWER = SLOW.replace("range(300)", "range(3000)")


# --- 1. fixed: a build process stopped alone is told and replaced ------------------------------------------------------

def _in_the_loop(project: Path, server) -> int:
    """Save the slow template and return the build process once it is rendering it (an event: its CPU time)."""
    worker = build_process(server.process.pid)
    before = cpu_seconds(worker)
    edit(project / "templates" / "index.html", "{% block body %}", SLOWER)
    server.wait_until(lambda: cpu_seconds(worker) - before > 0.1, "the build process is in the template's loop")
    return worker


@pytest.mark.slow
def test_a_build_process_stopped_alone_is_told_in_one_line_and_replaced(project: Path):
    """Before, the save waited, the terminal silent, until the build process was continued (here never)."""
    with serving(project, EXPLAINER_SERVE_STOPPED_LIMIT="0.2") as server:
        worker = _in_the_loop(project, server)
        os.kill(worker, signal.SIGSTOP)
        server.wait_until(lambda: "slow but sure" in fetch(server.url)[1], "the save is built by a fresh process")
        told = [line for line in server.output.splitlines() if "(SIGSTOP)" in line]
        assert told == [f"warning: the build process (pid {worker}) was stopped (SIGSTOP) for 0.2 s, holding every "
                        "save: it was replaced by a fresh one, which builds them (to pause the preview, stop the "
                        "server with Ctrl-Z instead)"], server.output
        assert build_process(server.process.pid) != worker
        assert not Path(f"/proc/{worker}").exists(), "the stopped process was left behind"
        assert "Traceback" not in server.output and "took longer" not in server.output
        # No half-written site: only render workers' folders of pages aside (aside.py). The stopped process's own,
        # `.site.aside-<its pid>`, stays while the server runs (a known leftover, in the stop's note)
        assert not [path for path in project.glob(".site.*") if not path.name.startswith(".site.aside-")]


@pytest.mark.slow
def test_a_slow_but_live_build_is_never_taken_for_a_stopped_one(project: Path):
    """The twin: a build of 0.45 s of CPU, more than the stopped limit of 0.2 s, is served by the same process."""
    with serving(project, EXPLAINER_SERVE_STOPPED_LIMIT="0.2") as server:
        worker = _in_the_loop(project, server)
        server.wait_until(lambda: "slow but sure" in fetch(server.url)[1], "the slow build is served")
        assert "stopped" not in server.output and "debugger" not in server.output, server.output
        assert build_process(server.process.pid) == worker


@pytest.fixture
def sleeper():
    process = subprocess.Popen(["sleep", "600"])
    yield process
    process.kill()
    process.wait()


def test_a_stopped_process_is_found_by_its_state_only_past_the_servers_own_time(sleeper):
    """No clock is read: the server's time between its looks is given. A process sleeping (as a build waiting for its
    workers, a disk or a lock) counts nothing however long; stopped, it counts while the server runs."""
    from explainer.stopped_builds import STOPPED, StopWatch, stop_state

    watch = StopWatch(sleeper.pid, 1.0)
    assert stop_state(sleeper.pid) == ""
    assert [watch.look(1000.0, False) for _ in range(3)] == ["", "", ""]
    os.kill(sleeper.pid, signal.SIGSTOP)
    while stop_state(sleeper.pid) != STOPPED:  # the signal's delivery: an event, not a pace
        os.sched_yield()
    assert watch.look(0.6, False) == ""
    assert watch.look(2.0, True) == "", "the server was stopped too (Ctrl-Z): its pause is no one's"
    assert watch.look(0.6, False) == ""
    assert watch.look(0.6, False) == STOPPED
    os.kill(sleeper.pid, signal.SIGCONT)
    while stop_state(sleeper.pid):
        os.sched_yield()
    assert watch.look(1000.0, False) == ""


def test_a_process_held_by_a_debugger_is_told_once_and_left(monkeypatch):
    from explainer import stopped_builds

    monkeypatch.setattr(stopped_builds, "stop_state", lambda pid: stopped_builds.TRACED)
    watch = stopped_builds.StopWatch(1, 1.0)
    assert [watch.look(0.6, False) for _ in range(4)] == ["", stopped_builds.TRACED, "", ""]


def test_the_stopped_limit_is_a_number_of_seconds(built_minimal: Path, monkeypatch):
    monkeypatch.setenv("EXPLAINER_SERVE_STOPPED_LIMIT", "soon")
    result = run_build(built_minimal)
    assert result.code == 1 and result.err.startswith("error: EXPLAINER_SERVE_STOPPED_LIMIT=soon"), result.err


# --- 2. fixed: an error page's lines cut ------------------------------------------------------------------------------

def _page_of_a_long_line(root: Path, line: str) -> bytes:
    from explainer.error_page import render_error_page
    from explainer.load import load_site_content

    briefing = root / "content/flood/briefing.yaml"
    briefing.write_text(briefing.read_text("utf-8") + line + "\n", encoding="utf-8")
    content, problems = load_site_content(root, root / "content")
    assert problems, "the line should be refused"
    return render_error_page(root, problems)


def test_an_error_pages_line_of_megabytes_is_cut_with_a_note(built_minimal: Path):
    """Before, the page was over 6 MB: the line whole, and 3 million spaces before its caret."""
    line = "note: x" + "y" * 3_000_000 + ": ["
    page = _page_of_a_long_line(built_minimal, line).decode("utf-8")
    assert len(page) < 20_000, len(page)
    assert "x" + "y" * 1993 + '<span class="cut">… (2,998,010 more characters not shown)</span>' in page
    assert '<span class="caret">' not in page  # its column, 3,000,008, is past what is shown


def test_an_error_pages_line_within_the_bound_is_shown_whole_with_its_caret(built_minimal: Path):
    """The twins: a line of exactly 2,000 characters, and a short one whose caret is drawn at its column."""
    page = _page_of_a_long_line(built_minimal, "note: x" + "y" * 1990 + ": [").decode("utf-8")
    assert "x" + "y" * 1990 + ": [</span>" in page and "more characters" not in page
    assert '<span class="caret">' in page


# --- 3. fixed: `changes` names a commit's content file that does not parse ------------------------------------------

def _committed_broken(root: Path, path: str, spoil) -> str:
    """Commit `path` spoiled, put it back as it was, and return `changes --since HEAD`'s error stream."""
    good = (root / path).read_bytes()
    spoil(root / path)
    _commit(root)
    (root / path).write_bytes(good)
    result = run_build(root, "changes", "--since", "HEAD")
    assert result.code == 1 and "Traceback" not in result.err, (result.out, result.err)
    assert "new briefing" not in result.out and "added" not in result.out, result.out
    return result.err


def _twice(path: Path) -> None:
    path.write_text(path.read_text("utf-8") + "title: again\n", encoding="utf-8")


@pytest.mark.parametrize("path, spoil, told", [
    ("content/flood/briefing.yaml", _twice, "content/flood/briefing.yaml:25: key 'title' appears twice"),
    ("content/flood/claims.yaml", _broken_yaml, "content/flood/claims.yaml:"),
    ("content/sources.yaml", _broken_yaml, "content/sources.yaml:"),
], ids=["briefing-twice", "claims-yaml", "sources-yaml"])
def test_changes_names_a_commits_content_file_that_does_not_parse(built_minimal: Path, path: str, spoil, told: str):
    """Before, each was read as absent: "flood: new briefing" (or its claims added), exit code 0."""
    err = _committed_broken(built_minimal, path, spoil)
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: commit HEAD: {told}"), lines
    assert lines[0].endswith(": changes cannot read it at that commit, and would report what it held as added "
                             "(compare with another commit, one the build could read)"), lines


def test_changes_reports_a_briefing_missing_from_the_commit_as_new(built_minimal: Path):
    """The twin: a commit from before the briefing has none of its files, and it is rightly new."""
    flood = built_minimal / "content/flood"
    aside = built_minimal.parent / "flood-aside"
    flood.rename(aside)
    (built_minimal / "content/keep.txt").write_text("", encoding="utf-8")
    _commit(built_minimal)
    aside.rename(flood)
    (built_minimal / "content/keep.txt").unlink()
    result = run_build(built_minimal, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    assert "flood: new briefing" in result.out, result.out


def test_changes_compares_a_commit_whose_files_parse_though_the_build_refused_them(built_minimal: Path):
    """The twin: a commit whose briefing misquoted its source (it parses) is compared, the citation re-anchored."""
    _misquoted(built_minimal)
    _commit(built_minimal)
    for path in (built_minimal / "content/flood").glob("*.yaml"):
        path.write_text(path.read_text("utf-8").replace("rose by 4 metres", "rose by 3 metres"), encoding="utf-8")
    result = run_build(built_minimal, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    assert "new briefing" not in result.out and "changes since HEAD" in result.out, result.out


def test_changes_reads_past_a_stray_file_in_content(built_minimal: Path):
    """The twin: a stray file directly in content/, in the commit and in the working tree, is no briefing unread."""
    (built_minimal / "content/notes.txt").write_text("hi", encoding="utf-8")
    _commit(built_minimal)
    result = run_build(built_minimal, "changes", "--since", "HEAD")
    assert result.code == 0, result.err
    assert "flood: no content changes" in result.out, result.out


# --- 4. fixed: each filter of a chain counts its items ----------------------------------------------------------------

CHAINED = [  # (the filter refused, the steps an item counts there, the chain over `big` of 90,000 items: 990,000
    # steps with `|list` making it and the chain's first filter going through it, 10 an item)
    ("sort", 3, 'big|map("string")|sort|length'),
    ("list", 1, 'big|select("odd")|list|length'),
    ("join", 1, 'big|map("string")|join|length'),
    ("map", 10, 'big|reject("odd")|map("string")|list|length'),
]


@pytest.mark.parametrize("name, each, made", CHAINED, ids=["map-sort", "select-list", "map-join", "reject-map"])
def test_each_filter_of_a_chain_counts_the_items_it_takes(built_minimal: Path, monkeypatch, name: str, each: int,
                                                         made: str):
    """Before, only the chain's first filter counted: each built within a million steps it went past."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "MAX_LOOP_STEPS", 1_000_000)
    good = build_ok(built_minimal)
    _footer(built_minimal, "{% set big = range(90000)|list %}{{ " + made + " }}")
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert len(lines) == 1 and lines[0].startswith(
        f"{FOOTER}:2: template error: the page's loops and filters would take over 1,000,000 steps ('|{name}' going "
        "through "), lines
    assert lines[0].endswith(f" items so far, {each} step{'s' if each > 1 else ''} each), past what a page may take "
                             "(make the loop on that line of the template shorter, or end the macro's calls to "
                             "itself)"), lines


def test_chains_within_the_steps_build_and_give_what_jinja_gives(built_minimal: Path, monkeypatch):
    """The twins: `|map|sort` over 70,000 items (910,000 steps of a million), and short chains of every kind."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "MAX_LOOP_STEPS", 1_000_000)
    _footer(built_minimal, '{% set big = range(70000)|list %}{{ big|map("string")|sort|length }}|'
                           '{{ [3, 1, 2]|map("string")|sort|join(",") }}|{{ [1, 2, 3, 4]|select("odd")|map("string")|list }}|'
                           '{{ [1, 2]|map("string")|reverse|list }}|{{ [1, 2, 2]|map("int")|unique|list }}|'
                           '{{ [1, 5, 2]|map("int")|max }}|{{ [{"a": 1}]|map(attribute="a")|sum }}|'
                           '{{ [1, 2, 3]|reject("odd")|batch(1)|list }}')
    result = run_build(built_minimal)
    assert result.code == 0, result.err[-800:]
    page = (built_minimal / "site/flood/index.html").read_text("utf-8")
    assert ("70000|1,2,3|[&#39;1&#39;, &#39;3&#39;]|[&#39;2&#39;, &#39;1&#39;]|[1, 2]|5|1|[[2]]") in page, page[-2000:]
