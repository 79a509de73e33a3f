"""explainer/parallel.py: the build's processes take the items one at a time as they are free (ItemsLeft).

Dealt out beforehand in shares, the items of a stage ended on one core while the other idled: at 4,000 sources the
render's first share held all 100 briefing pages, and the pool's queue held two or three shares for a worker that
the build's own process could no longer take. Now no item is anyone's before a process starts it: a worker busy on
one item holds no other, and the build's own process makes all the rest.
"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO
from explainer import parallel

COUNT = 10 * parallel.MIN_ITEMS_PER_WORKER


def run_mapped(code: str, workers: int) -> list[str]:
    """Run `code` in a fresh process of one thread with EXPLAINER_WORKERS=`workers`; return its printed words."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180, cwd=REPO,
                          env={**os.environ, parallel.WORKERS_ENV: str(workers)})
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


# The worker's first item waits until the build's own process has made item 1, the last it may take; every other
# item is quick. A worker holding items it has not started (a share queued for it) keeps item 1 from the build.
HELD_BY_NOBODY = f"""
import multiprocessing, os
from explainer.parallel import map_items
build = os.getpid()
all_but_the_first_made = multiprocessing.get_context("fork").Event()
def make(item):
    if item == 0:
        return item, os.getpid(), all_but_the_first_made.wait(60)
    if item == 1 and os.getpid() == build:
        all_but_the_first_made.set()
    return item, os.getpid(), True
results = map_items(make, range({COUNT}))
assert [item for item, _, _ in results] == list(range({COUNT}))
print(results[0][2], results[0][1] != build, sum(pid == build for _, pid, _ in results))
"""


def test_a_worker_busy_on_an_item_holds_no_other_and_the_build_makes_the_rest():
    waited_until_made, first_by_a_worker, made_by_the_build = run_mapped(HELD_BY_NOBODY, workers=2)
    assert first_by_a_worker == "True"  # the first item is always a worker's
    assert waited_until_made == "True", "item 1 was held for the busy worker: the build could not take it"
    assert made_by_the_build == str(COUNT - 1)


# Each item is recorded by the process that makes it, in a file opened for appending (one write a line is atomic).
MADE_ONCE = f"""
import os
from explainer.parallel import map_items
def make(item):
    with open(LOG, "a") as file:
        file.write(f"{{item}} {{os.getpid()}}\\n")
    return item * item
assert map_items(make, range({COUNT})) == [item * item for item in range({COUNT})]
"""


def test_with_several_workers_every_item_is_made_once_and_the_results_stay_in_order(tmp_path):
    log = tmp_path / "made.txt"
    run_mapped(f"LOG = {str(log)!r}\n{MADE_ONCE}", workers=3)
    made = [line.split() for line in log.read_text().splitlines()]
    assert sorted(int(item) for item, _ in made) == list(range(COUNT))  # each once, whichever process took it


# The worker fails on its first item once the build has taken its own first item (the last), which waits until the
# worker has told the items left that it stops. Dealt out beforehand, the build went on to make every share it had left.
STOPPED_BY_A_WORKERS_ERROR = f"""
import multiprocessing, os
from explainer import parallel
from explainer.problems import ContentError, Problem
build = os.getpid()
stopped = multiprocessing.get_context("fork").Event()
took = multiprocessing.get_context("fork").Event()  # the build has its first item: the worker's error comes after
none_left = parallel.ItemsLeft.none_left
def none_left_and_say_so(left):
    none_left(left)
    stopped.set()
parallel.ItemsLeft.none_left = none_left_and_say_so
problem = Problem("content/x/claims.yaml", 3, "found in a worker", "fix it")
made_here = []
def make(item):
    if item == 0:
        took.wait(60)  # under load the worker could fail before the build took any item: nothing to stop then
        raise ContentError([problem])
    if os.getpid() == build:
        made_here.append(item)
        took.set()
        stopped.wait(60)
    return item
try:
    parallel.map_items(make, range({COUNT}))
except ContentError as error:
    assert error.problems == [problem], error.problems
    print("raised", made_here, len(multiprocessing.active_children()))
"""


def test_a_workers_error_stops_the_build_taking_items_and_is_raised_there():
    assert run_mapped(STOPPED_BY_A_WORKERS_ERROR, workers=2) == ["raised", f"[{COUNT - 1}]", "0"]


# A worker that dies holding the lock on the items left (the system's out-of-memory killer, at the wrong instant):
# the build waits for the lock a while, then makes every item itself.
DIED_HOLDING_THE_LOCK = f"""
import os
from explainer import parallel
parallel.LOCK_WAIT_S = 0.5
build = os.getpid()
def make(item):
    if item == 0 and os.getpid() != build:
        parallel._work[2].lock.acquire()
        os._exit(1)
    return item * item
assert parallel.map_items(make, range({COUNT})) == [item * item for item in range({COUNT})]
print("made")
"""


def test_a_worker_dead_while_holding_the_items_lock_leaves_the_work_to_the_build():
    assert run_mapped(DIED_HOLDING_THE_LOCK, workers=2) == ["made"]
