"""Compare a cold build in one process with the same build in worker processes, run in interleaved pairs.

    python benchmarks/workers.py ROOT [--pairs 3] [--workers 2]

For each pair it runs `python build.py --root ROOT --out OUT` cold (ROOT's .cache/ and OUT moved
aside first, deleted at the end) with EXPLAINER_WORKERS=1 and with EXPLAINER_WORKERS=N, in
alternating order, and prints each run's wall time, user and system CPU time and minor page
faults (the process and the workers it waited for, from `os.wait4`), then the medians.

Minor faults count the same on a busy machine as on a quiet one, unlike CPU time: they show
what forking costs (each worker copies every page it writes, and so does the build for its
own pages after each fork), apart from the machine's contention.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIELDS = ("wall", "user", "system", "faults")


def cold_run(root: Path, out: Path, trash: Path, workers: int) -> dict[str, float]:
    """Return wall, user and system seconds and minor faults of one cold build."""
    for leftover in (out, root / ".cache"):
        if leftover.exists():
            leftover.rename(trash / f"{leftover.name}-{time.monotonic_ns()}")
    command = [sys.executable, str(REPO / "build.py"), "--root", str(root), "--out", str(out)]
    environment = {**os.environ, "EXPLAINER_WORKERS": str(workers)}
    start = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build failed:\n{process.stderr.read().decode('utf-8', 'replace')[-4000:]}")
    process.stderr.close()
    return {"wall": wall, "user": usage.ru_utime, "system": usage.ru_stime, "faults": usage.ru_minflt}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    root = args.root.resolve()
    out, trash = root.parent / f"{root.name}-workers-site", root.parent / f"{root.name}-workers-trash"
    trash.mkdir(exist_ok=True)
    runs: dict[int, list[dict[str, float]]] = {1: [], args.workers: []}
    try:
        for pair in range(args.pairs):
            for workers in ((1, args.workers) if pair % 2 == 0 else (args.workers, 1)):
                run = cold_run(root, out, trash, workers)
                runs[workers].append(run)
                print(f"pair {pair}, {workers} process{'es' if workers > 1 else ''}: " +
                      "  ".join(f"{name} {run[name]:.2f}" if name != "faults" else f"faults {run[name]:,.0f}"
                                for name in FIELDS), flush=True)
    finally:
        shutil.rmtree(trash, ignore_errors=True)
    for workers, found in runs.items():
        medians = {name: statistics.median(run[name] for run in found) for name in FIELDS}
        print(f"median, EXPLAINER_WORKERS={workers}: wall {medians['wall']:.2f} s, CPU "
              f"{medians['user'] + medians['system']:.2f} s (user {medians['user']:.2f}, system "
              f"{medians['system']:.2f}), {medians['faults']:,.0f} minor faults")


if __name__ == "__main__":
    main()
