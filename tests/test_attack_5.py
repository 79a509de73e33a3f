"""Attacks of the fifth round: what the earlier rounds missed.

Noncharacters that made the feed unreadable, CSV cells a spreadsheet splits at its own separator,
and a hung-up terminal or SIGTERM stopping a build mid-write.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal as signals  # the module: `name` is a signal's name below
import time
from pathlib import Path
from xml.dom import minidom

import pytest

from conftest import run_build, tree_digest
from fault_runner import snapshot
from support import edit, error_lines, rebuild_fails
from test_write_faults import Runners, Trees, old_site, sampled_steps

BRIEFING = "content/flood/briefing.yaml"

ESCAPE_HINT = "remove the escape sequence that writes it; write the text itself"


@pytest.mark.parametrize("written, expected", [
    # XML 1.0 holds neither U+FFFE nor U+FFFF: a title escaped to one of them was published, and every
    # feed reader then refused the whole of /feed.xml ("not well-formed (invalid token)").
    (r'"Flood\uffff"', f"content/flood/briefing.yaml:1: noncharacter U+FFFF in a quoted value is not allowed "
                       f"({ESCAPE_HINT})"),
    (r'"Flood\ufffe"', f"content/flood/briefing.yaml:1: noncharacter U+FFFE in a quoted value is not allowed "
                       f"({ESCAPE_HINT})"),
    # The other noncharacters are no text either (an HTML checker refuses each as a "forbidden code point").
    (r'"Flood\U0010FFFF"', f"content/flood/briefing.yaml:1: noncharacter U+10FFFF in a quoted value is not allowed "
                           f"({ESCAPE_HINT})"),
    ("Flood\ufdd0", "content/flood/briefing.yaml:1: noncharacter U+FDD0 is not allowed "
                    "(delete it; it is invisible in most editors)"),
])
def test_a_noncharacter_is_refused_with_its_line(built_minimal: Path, written: str, expected: str):
    root = built_minimal
    good = tree_digest(root / "site")
    edit(root / BRIEFING, "title: The flood", f"title: {written}")
    assert error_lines(rebuild_fails(root, good)) == [expected]


def test_every_character_content_may_hold_keeps_the_feed_well_formed(built_minimal: Path):
    root = built_minimal
    # The edges of what is allowed: the last characters before and after the noncharacters, a line
    # separator (in the log's entry: a title is one line since round 68), a character of the last plane, escaped
    # and written.
    edit(root / BRIEFING, "title: The flood", r'title: "The flood \ufdcf\ufdf0\ufffd\U0010FFFD \U0001F30A"')
    edit(root / BRIEFING, "text: First published.", r'text: "First\u2028published."')
    result = run_build(root)
    assert result.code == 0, result.err
    feed = minidom.parse(str(root / "site" / "feed.xml"))
    titles = [node.firstChild.data for node in feed.getElementsByTagName("title")]
    # the entry's line separator read as the space it stands for
    assert "Update: The flood \ufdcf\ufdf0\ufffd\U0010FFFD \U0001F30A — First published." in titles


@pytest.fixture(scope="module")
def stop_runner():
    """Runs of the write stage's fault runner, started with SIGTERM and SIGHUP at their default action, as a
    build started from a terminal has them (the tests themselves may run under nohup)."""
    previous = {signum: signals.signal(signum, signals.SIG_DFL) for signum in (signals.SIGTERM, signals.SIGHUP)}
    try:
        runners = Runners()
    finally:
        for signum, handler in previous.items():
            signals.signal(signum, handler)
    yield runners
    runners.close()


@pytest.fixture(scope="module")
def stop_trees(tmp_path_factory, stop_runner) -> Trees:
    """The steps of a rebuild from the old site to the new one, and both complete sites."""
    out = old_site(tmp_path_factory.mktemp("count"))
    old = snapshot(out)
    code, stdout, stderr = stop_runner.run(out, "new", "count")
    assert code == 0, stderr
    counted = json.loads(stdout)
    return Trees(old, snapshot(out), counted["steps"], counted["switch"])


@pytest.mark.parametrize("name", ["HUP", "TERM"])
def test_a_hangup_or_sigterm_at_any_step_of_the_write_leaves_a_whole_site_and_nothing_beside_it(
        name: str, stop_runner, stop_trees: Trees, tmp_path: Path):
    # A closed terminal's hangup mid-write left the stage (.site.stage-PID) beside the site, and a SIGTERM,
    # held until the write was done, then ended the process before it removed its lock file (.site.lock);
    # either one before the lock left the lock's draft (.site.lock-PID). Ctrl-C left nothing.
    for step in sampled_steps(stop_trees):
        parent = tmp_path / str(step)
        out = old_site(parent)
        code, _, stderr = stop_runner.run(out, "new", "kill", name, str(step))
        assert code == 128 + getattr(signals, f"SIG{name}"), f"step {step}: {stderr[-500:]}"
        assert "Traceback" not in stderr
        assert os.listdir(parent) == ["site"], f"step {step}"
        assert snapshot(out) in (stop_trees.old, stop_trees.new), f"step {step}"


def test_a_build_run_under_nohup_writes_on_through_a_hangup(stop_runner, stop_trees: Trees, tmp_path: Path):
    out = old_site(tmp_path)
    ignored = signals.signal(signals.SIGHUP, signals.SIG_IGN)
    try:
        runner = Runners()  # its runs inherit the hangup ignored, as under nohup
    finally:
        signals.signal(signals.SIGHUP, ignored)
    try:
        code, _, stderr = runner.run(out, "new", "kill", "HUP", str(stop_trees.switch - 1))
    finally:
        runner.close()
    assert code == 0, stderr
    assert snapshot(out) == stop_trees.new and os.listdir(tmp_path) == ["site"]


def test_a_formula_after_a_semicolon_is_made_inert_in_the_csv(built_minimal: Path):
    # Where a comma is the decimal sign, a spreadsheet's list separator is `;` and it splits every line of a
    # .csv it opens there, quoted or not: "Beta;=cmd|..." gave a cell "Beta" and a cell holding a formula.
    root = built_minimal
    claims = root / "content" / "flood" / "claims.yaml"
    edit(claims, "claimant: Beta", "claimant: \"Beta;=cmd|' /C calc'!A0\"")
    edit(claims, "{measure: River rise, value: 3}", "{measure: 'River rise;+HYPERLINK(A1);@SUM(A1);-A1', value: 3}")
    result = run_build(root)
    assert result.code == 0, result.err
    text = (root / "site" / "flood" / "data" / "claims.csv").read_text(encoding="utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "Beta;'=cmd|' /C calc'!A0" in cells and "River rise;'+HYPERLINK(A1);'@SUM(A1);'-A1" in cells
    split_at_semicolons = [piece for line in text.splitlines() for piece in line.split(";")[1:]]
    assert split_at_semicolons and not [piece for piece in split_at_semicolons if piece[:1] in ("=", "+", "-", "@")]


@pytest.mark.slow  # a 60 KB sentence checked: seconds
def test_a_sentence_full_of_figures_is_checked_in_time_that_grows_with_its_length(built_minimal: Path):
    """Each figure of a sentence scanned the whole sentence for a slashed date ("11/03/2026") around it: 40 KB
    of "1 1 1 ..." took minutes to check, a content file's 8 MiB hours; 60 KB takes seconds now."""
    root = built_minimal
    edit(root / BRIEFING, "and again on Tuesday[^tuesday].", "and again on Tuesday[^tuesday].\n\n  " + "1 " * 30_000
         + "[^monday]")
    started = time.process_time()  # this process's CPU, not the clock: a busy machine ran a 90 s limit out
    result = run_build(root, "check")
    # a hang detector, not a measure: 2 s of CPU quiet; minutes before, 27 s with gapped's first look
    assert time.process_time() - started < 60
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result)[0].startswith('content/flood/briefing.yaml:5: `summary`: figure "1" is not in the '
                                             'passages this sentence cites')


def test_a_sentence_of_many_figures_is_read_for_fractions_once_not_once_a_figure():
    """The figure check asks of each figure whether it is a fraction said of percentages (fractions_said.py), which
    read the whole sentence again each time: 30,000 figures took 28 s, growing with the square of the length."""
    from explainer.attribution import Cited, check_prose
    from explainer.fractions_said import fractions_in

    sentence = "A third of the dock workers, " + "1 " * 2_000 + "in all, walked out.[^p]"
    fractions_in.cache_clear()
    findings = check_prose(sentence, lambda key: [Cited("A third of the dock workers, 33%, walked out.", "en")])
    assert findings and fractions_in.cache_info().misses == 1, fractions_in.cache_info()
