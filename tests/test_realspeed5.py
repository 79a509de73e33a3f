"""The real microsite's start-up, round 5: what a cold `python build.py` does that it need not."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO

# Run in a process of its own: the test session freezes its own objects (conftest.py), and a build's pause of the
# collector then leaves them and the build's objects where they were.
PAUSED_BUILD = """
import gc, json, sys
sys.path.insert(0, {repo!r})
from explainer.gc_pause import no_collection

if {frozen!r}:
    frozen_before = [object() for _ in range(10)]
    gc.freeze()
kept = gc.get_freeze_count()
with no_collection():
    made = [[index] for index in range(50_000)]  # a build's long-lived objects
    cycle = [[]]
    cycle[0].append(cycle)  # and a little cyclic garbage
    del cycle
    paused = not gc.isenabled()
after = gc.get_count()
made_old = any(item is made[-1] for item in gc.get_objects(generation=2))
print(json.dumps({{"paused": paused, "enabled": gc.isenabled(), "count": after[0], "made_old": made_old,
                  "frozen_kept": gc.get_freeze_count() == kept, "freed": gc.collect()}}))
"""


def paused_build(frozen: bool) -> dict:
    """Return what a process sees of the collector around a block run in no_collection()."""
    done = subprocess.run([sys.executable, "-c", PAUSED_BUILD.format(repo=str(REPO), frozen=frozen)],
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def test_what_a_paused_collector_saw_made_is_counted_old_without_a_collection():
    # Enabled again as it was, the collector started a pass over all the build made at its next allocation:
    # 9 to 20 ms of CPU at the end of the real microsite's build. Now the build's objects wait in the oldest generation.
    seen = paused_build(frozen=False)
    assert seen["paused"] and seen["enabled"]
    assert seen["count"] < 100, "the young generation's count starts afresh: no pass is due"
    assert seen["made_old"]
    assert seen["freed"] >= 2, "cyclic garbage made during the pause is still freed by a full pass"


def test_objects_someone_froze_stay_frozen():
    # Moving everything back from the permanent generation would undo another's gc.freeze() (the test session's):
    # then the pause ends as it did before, and nothing is moved.
    seen = paused_build(frozen=True)
    assert seen["paused"] and seen["enabled"] and seen["frozen_kept"]
    assert not seen["made_old"]


def test_a_bare_build_parses_as_the_parser_would_without_making_it(tmp_path, monkeypatch):
    # `python build.py` has nothing to parse: making the parser (eight commands, gettext looked up for each of
    # their texts) was 8 ms of a cold build's CPU. What it gives is what the parser gives.
    import argparse

    from explainer import cli

    parsed = cli._parser().parse_args([], argparse.Namespace(root=tmp_path))
    cli._parser.cache_clear()
    assert cli.parse_args([], default_root=tmp_path) == parsed
    assert cli._parser.cache_info().currsize == 0, "the parser was made for an empty command line"
    monkeypatch.chdir(tmp_path)
    assert cli.parse_args([]) == parsed
    assert cli.parse_args(["build"], default_root=tmp_path).command == "build"  # anything given is parsed
