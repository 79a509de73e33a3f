"""A labour dispute's events no passage tells are refused in an item cited as a whole (a timeline event's `what` with
its `cite` list) as in a sentence with its marker (labour_events.py, called by cite.py's `_reworded_item` as by
`_reworded`). Over tests/fixtures/factcheck_204 (a dock strike), each of these built as a timeline event while the
same sentence in the summary was refused: "About 2,400 dockworkers began an indefinite strike." (of "a 48-hour
strike") and "...; talks called by the government mediator, Paul Hennessy, ended without a deal." (of talks still
to come). Their honest twins build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, error_lines

FIXTURE = REPO / "tests" / "fixtures" / "factcheck_204"
TIMELINE = "content/port-strike/timeline.yaml"
EVENT = ("what: About 2,400 dockworkers began a 48-hour strike; the operator said 31 ships were waiting to berth.\n"
         "    cite: [walkout, ships]")


@pytest.mark.parametrize("what, cite, told", [
    ("About 2,400 dockworkers began an indefinite strike.", "walkout, ships", "'indefinite strike'"),
    ("About 2,400 dockworkers walked out; talks called by the government mediator, Paul Hennessy, ended without a "
     "deal.", "walkout, ships, mediator", "'ended without a deal'"),
])
def test_an_event_of_the_dispute_no_passage_tells_is_refused_in_a_timeline_event(tmp_path: Path, what, cite, told):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / TIMELINE, EVENT, f"what: {what}\n    cite: [{cite}]")
    result = run_build(desk, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert any(line.startswith(f"{TIMELINE}:6: `what`: this sentence tells an event of the dispute ({told})")
               for line in error_lines(result)), result.err


@pytest.mark.parametrize("what, cite", [
    ("About 2,400 dockworkers walked out for 48 hours.", "walkout, ships"),
    ("About 2,400 dockworkers began a two-day strike.", "walkout, ships"),
    ("About 2,400 dockworkers walked out; a government mediator, Paul Hennessy, invited both sides to talks on "
     "Thursday.", "walkout, ships, mediator"),
    ("About 2,400 dockworkers walked out; talks called by the government mediator, Paul Hennessy, are due on "
     "Thursday.", "walkout, ships, mediator"),
])
def test_the_honest_events_build(tmp_path: Path, what, cite):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / TIMELINE, EVENT, f"what: {what}\n    cite: [{cite}]")
    result = run_build(desk, "check")
    assert result.code == 0, result.err
