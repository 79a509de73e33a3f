"""How evenly a cold build's worker processes share each parallel stage: is one core idle while the other works?

    python benchmarks/balance.py ROOT

Builds ROOT cold (its .cache/ and site/ deleted first) in this process, with EXPLAINER_WORKERS as set, and times
the items each process takes in each stage (explainer/parallel.py: the workers and the build's own). For each stage that
forked workers it prints the stage's wall time, then per process its CPU seconds and how long before the stage's end
it ran out of items (idle), and the stage's CPU balance: the busiest process's CPU over the mean (1.00 when even). CPU balance, unlike
wall time, holds on a busy machine: at load 16 on this 2-core machine, two runs of the 4,000-source microsite
(f5dcbee) showed the render's first share (3.3 CPU-s) against 2.4 CPU-s for the other worker's seven shares; items
taken one at a time since, every stage's balance is 1.00-1.08 where it was 1.2-1.4 (82c93a1; 3 runs each, load 13-18).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from explainer import memo, parallel, pipeline  # noqa: E402
from explainer.project import Project  # noqa: E402


TAKE_AND_MAKE = parallel.take_and_make
TAKEN_LOG: list[Path] = []  # where the processes append their timings (set before the build forks them)


def timed_taking(function, items, take) -> list:
    """Return parallel.take_and_make(function, items, take), appending (pid, start, end, CPU seconds) to the log,
    in the worker or in the build's own process, whichever takes the items."""
    started, cpu = time.perf_counter(), time.process_time()
    results = TAKE_AND_MAKE(function, items, take)
    with open(TAKEN_LOG[0], "a", encoding="utf-8") as file:
        file.write(json.dumps([os.getpid(), started, time.perf_counter(), time.process_time() - cpu]) + "\n")
    return results


def stage_lines(stages: list[tuple[str, int, float, float]], shares: list[list]) -> list[str]:
    """Return one line per stage that ran in workers, from the stages' spans and the processes' timings."""
    lines = []
    for name, items, start, end in stages:
        workers: dict[int, list[float]] = {}
        for pid, began, ended, cpu in shares:
            if began >= start and ended <= end:
                worker = workers.setdefault(pid, [0.0, 0.0])
                worker[0] += cpu
                worker[1] = max(worker[1], ended)
        if not workers:
            continue
        cpus = [cpu for cpu, _ in workers.values()]
        each = ", ".join(f"{cpu:.2f} CPU-s idle {end - last:.2f} s" for cpu, last in workers.values())
        lines.append(f"{name}: {items} items, {end - start:.2f} s; {each}; "
                     f"balance {max(cpus) / (sum(cpus) / len(cpus)):.2f}")
    return lines


def main(root: Path) -> None:
    shutil.rmtree(root / ".cache", ignore_errors=True)
    shutil.rmtree(root / "site", ignore_errors=True)
    stages: list[tuple[str, int, float, float]] = []
    map_items = parallel.map_items

    def timed_map(function, items):
        started = time.perf_counter()
        results = map_items(function, items)
        caller = sys._getframe(1)
        caller = caller.f_back if caller.f_code.co_name == "make_missing" else caller  # the stage, not the memo
        stages.append((caller.f_code.co_name, len(items), started, time.perf_counter()))
        return results

    with tempfile.TemporaryDirectory(prefix="balance-") as work:
        log = Path(work) / "taken.jsonl"
        TAKEN_LOG.append(log)
        parallel.take_and_make = timed_taking
        memo.map_items = timed_map  # the stages map their items through memo's name for it
        started = time.perf_counter()
        pipeline.build(Project.at(root))
        print(f"cold build: {time.perf_counter() - started:.2f} s, load {os.getloadavg()[0]:.1f}")
        shares = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []
    print("\n".join(stage_lines(stages, shares)))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("\n\n")[1].strip())
    main(Path(sys.argv[1]).resolve())
