"""The sentence checks' twelfth speed round: where the cyclic collector runs while they do.

Every build runs its checks with the collector paused (explainer/gc_pause.py): the command line's process, the preview
server's build process, and the workers both fork, which inherit the pause. benchmarks/check_replay.py replayed them
with the collector on, and so measured passes over the loaded calls that no build makes (checkspeed11's "gc.freeze()
saves 8 %" was that): it now replays them paused too. The pause holds memory bounded only because the checks make no
reference cycles, which only the collector would free: a test counts what it would find after each check.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import os
import pickle
import shutil
import sys
from pathlib import Path

import pytest

from conftest import REPO
from explainer import numbers, parallel
from test_synth import load_synth
from zygote import zygotes

_seen: list[bool] = []  # whether the collector was on, at each replayed call of _collector_seen


def _collector_seen() -> list:
    """A check for the replay to call: it notes whether the collector runs, and finds nothing."""
    _seen.append(gc.isenabled())
    return []


def load_replay():
    """Return benchmarks/check_replay.py as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("benchmarks_check_replay", REPO / "benchmarks" / "check_replay.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_replay_runs_the_checks_with_the_collector_paused_as_a_build_does(tmp_path: Path, capsys):
    calls = tmp_path / "calls.pkl"
    key = numbers.reading_key()
    calls.write_bytes(pickle.dumps([(key, _collector_seen, (), ())] * 3))
    _seen.clear()
    assert gc.isenabled()
    load_replay().replay(calls, repeat=2, profile=1, by_check=True)
    assert "3 calls, 0 findings; 3 found as recorded" in capsys.readouterr().out
    assert _seen == [False] * 12  # two repeats, the profile's run, one call at a time: 4 runs of 3 calls
    assert gc.isenabled(), "the collector is on again once the replay is done"


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A synthetic microsite of a few briefings, enough for two workers to plan some each."""
    return load_synth().generate(tmp_path_factory.mktemp("checkspeed12") / "project", briefings=6, sources=20,
                                 citations=60, big_sources=0)


# Runs a cold `check` of ROOT, noting at each sentence check's call the process it ran in, whether the collector was
# on, and (with COLLECT) how many unreachable objects a collection would find right after it: cyclic garbage only the
# collector frees, which the pause would leave to pile up.
CHECKS_WATCHED = """
import gc, json, os, sys
from explainer import checked, cli
out, collect = sys.argv[1], sys.argv[3] == "collect"
plain_run = checked.KeptFindings.run

def run(self, check, *args):
    # With the collector paused no collection moves an object out of the youngest generation: what the check made is
    # all there, and collecting that generation alone finds its cycles (a full collection each time took seconds).
    if collect:
        gc.collect(0)  # what loading or the last note left, not this check's
    found = plain_run(self, check, *args)
    with open(out, "a") as notes:
        notes.write(json.dumps([os.getpid(), gc.isenabled(), gc.collect(0) if collect else 0]) + "\\n")
    return found

checked.KeptFindings.run = run
sys.exit(cli.main(["--root", sys.argv[2], "check"]))
"""


def watched_checks(root: Path, tmp_path: Path, workers: int, collect: bool) -> list[tuple[int, bool, int]]:
    """Run a cold `check` of root in a process of its own (from the zygote: a fork of a Python that imported the
    build, as each check's worker is one) with `workers` workers; return (process, collector on,
    unreachable objects found after it) for each sentence check it ran."""
    notes = tmp_path / f"checks-{workers}.jsonl"
    env = {**os.environ, parallel.WORKERS_ENV: str(workers)}
    done = zygotes().run([sys.executable, "-c", CHECKS_WATCHED, str(notes), str(root), "collect" if collect else "-"],
                         capture_output=True, text=True, env=env, timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return [tuple(json.loads(line)) for line in notes.read_text().splitlines()]


def test_a_cold_check_runs_every_sentence_check_with_the_collector_paused_in_each_worker(generated, tmp_path):
    shutil.rmtree(generated / ".cache", ignore_errors=True)
    seen = watched_checks(generated, tmp_path, workers=2, collect=False)
    assert len({pid for pid, _, _ in seen}) == 2, "the checks ran in two forked workers"
    assert len(seen) > 100
    assert not any(enabled for _, enabled, _ in seen)


def test_the_checks_make_no_cyclic_garbage_so_the_pause_keeps_memory_bounded(generated, tmp_path):
    # With the collector paused, a reference cycle a check made would stay in memory until the process ends: at 4,000
    # sources, 36,800 check calls. None makes one: a collection after each finds nothing to free.
    shutil.rmtree(generated / ".cache", ignore_errors=True)
    seen = watched_checks(generated, tmp_path, workers=1, collect=True)
    assert len(seen) > 100 and not any(enabled for _, enabled, _ in seen)
    assert [found for _, _, found in seen if found] == []


# --- Outcomes: a sentence's own read only when a passage gives one ------------------------------------------------------
# At 4,000 sources, 87 % of the sentences giving an outcome ("upheld", "won") cite passages that give none: reading the
# sentence's own outcomes (their clauses, their words) was 5 % of the replayed checks, and nothing could come of it.

OUTCOME_SENTENCES = ("The appeals court upheld the ruling on Monday.", "Alpha beat Beta in the final.",
                     "The bill was defeated in the senate.", "Okafor was found guilty of fraud.")


@pytest.mark.parametrize("sentence", OUTCOME_SENTENCES)
def test_a_sentence_whose_passages_give_no_outcome_has_its_own_outcomes_left_unread(sentence, monkeypatch):
    from explainer import outcomes
    from explainer.attribution import Cited

    assert outcomes._gives_outcome(sentence) and outcomes._outcomes(sentence), "the sentence gives an outcome"
    read = []
    plain = outcomes._outcomes

    def watched(text, language="en"):
        read.append(text)
        return plain(text, language)

    monkeypatch.setattr(outcomes, "_outcomes", watched)
    passages = [Cited("The court heard the case on Monday."), Cited("Alpha and Beta met in the final.")]
    assert outcomes.turned_outcomes(sentence, passages, 0, "en") == []
    assert read == [passage.text for passage in passages]


@pytest.mark.parametrize("sentence, passage, said", [
    ("The appeals court upheld the ruling on Monday.", "The appeals court overturned the ruling on Monday.",
     "says 'upheld' where its cited passages say 'overturned'"),
    ("Alpha beat Beta in the final.", "Beta beat Alpha in the final.", "gives 'beat' the other way round"),
    ("The appeals court upheld the ruling on Monday.", "The appeals court upheld the ruling on Monday.", None),
])
def test_a_sentence_whose_passages_give_an_outcome_is_still_held_to_it(sentence, passage, said):
    from explainer.attribution import Cited
    from explainer.outcomes import turned_outcomes

    found = turned_outcomes(sentence, [Cited("The court heard the case."), Cited(passage)], 7, "en")
    assert [finding.offset for finding in found] == ([7] if said else [])
    assert said is None or said in found[0].message
