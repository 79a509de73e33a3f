"""Record the sentence checks a cold `check` runs, then replay them alone: their CPU time, by check, and a digest of
what they find.

    python benchmarks/check_replay.py record ROOT CALLS     # run `check` on ROOT cold, in this process; keep its calls
    python benchmarks/check_replay.py replay CALLS [--repeat N] [--profile N] [--by-check] [--every N]

A plan runs each check through `KeptFindings.run` (explainer/checked.py); recording wraps it and pickles every call's
check, arguments and findings, with the locales the text was read by. Replaying calls each check again on the same
arguments in a fresh process and prints the CPU seconds they took (the best of N), whether every call found what it
found when recorded, and a SHA-256 of all findings: two versions of the code find the same things if the digests
match. `--profile N` prints the N functions with the most self time; `--by-check` the time of each check.

The replay runs with the cyclic collector paused (explainer/gc_pause.py), as every build runs its checks: in the
command line's process, the preview server's build process and the workers they fork. With the collector on, its
passes over the loaded calls billed the checks for work no build does (8 % of the planted replay).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pickle
import pstats
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def record(root: Path, calls_path: Path) -> None:
    """Run `check` on root with no cache and one process, keeping each check's call and findings."""
    shutil.rmtree(root / ".cache", ignore_errors=True)
    code, calls = checks_run(root)
    with open(calls_path, "wb") as out:
        pickle.dump(calls, out, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"check exited {code}; {len(calls)} check calls kept in {calls_path}", file=sys.stderr)


def checks_run(root: Path) -> tuple[int, list]:
    """Run `check` on root in this process (one process); return its exit code and each sentence check's
    (locales, check, args, findings)."""
    from explainer import checked, cli, numbers

    workers = os.environ.get("EXPLAINER_WORKERS")
    os.environ["EXPLAINER_WORKERS"] = "1"  # every check in this process, where it is recorded
    calls = []
    plain_run = checked.KeptFindings.run

    def run(self, check, *args):
        found = plain_run(self, check, *args)
        calls.append((numbers.reading_key(), check, args, tuple(found)))
        return found

    checked.KeptFindings.run = run
    try:
        code = cli.main(["--root", str(root), "check"])
    finally:
        checked.KeptFindings.run = plain_run
        if workers is None:
            os.environ.pop("EXPLAINER_WORKERS")
        else:
            os.environ["EXPLAINER_WORKERS"] = workers
    return code, calls


def _replay(calls) -> list:
    """Return each call's findings, run again."""
    from explainer import numbers

    found = []
    reading = None
    for key, check, args, _ in calls:
        if key != reading:
            numbers.read_as_locales(dict(key))
            reading = key
        found.append(tuple(check(*args)))
    return found


def _clear_caches() -> None:
    """Empty the caches the checks keep of text they read, so that each repeat reads it as a cold build does."""
    import functools
    import gc

    for thing in gc.get_objects():
        if isinstance(thing, functools._lru_cache_wrapper) and getattr(thing, "__module__", "").startswith("explainer"):
            thing.cache_clear()


def _cpu() -> float:
    times = os.times()
    return times.user + times.system


def replay(calls_path: Path, repeat: int, profile: int, by_check: bool, every: int = 1) -> None:
    """Replay the recorded calls (every `every`th of them): print their CPU time, whether they found the same, and
    the findings' digest. The collector is paused throughout, as a build's checks run."""
    from explainer.gc_pause import no_collection

    with no_collection():
        _replay_and_tell(calls_path, repeat, profile, by_check, every)


def _replay_and_tell(calls_path: Path, repeat: int, profile: int, by_check: bool, every: int) -> None:
    with open(calls_path, "rb") as kept:
        calls = pickle.load(kept)[::every]
    best = None
    for _ in range(repeat):
        _clear_caches()
        start = _cpu()
        found = _replay(calls)
        spent = _cpu() - start
        best = spent if best is None else min(best, spent)
    same = sum(now == then[3] for now, then in zip(found, calls))
    digest = hashlib.sha256(pickle.dumps([[_digested(f) for f in each] for each in found], protocol=4)).hexdigest()
    print(f"{len(calls)} calls, {sum(map(len, found))} findings; {same} found as recorded; "
          f"sha256 {digest}; best of {repeat}: {best:.3f} CPU-s")
    if by_check:
        _by_check(calls)
    if profile:
        _clear_caches()
        profiler = cProfile.Profile()
        profiler.runcall(_replay, calls)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(profile)


def _digested(found):
    """Return a finding as its digest reads it: a Finding's offset, message and hint; hedging_found's (word, offset)
    pairs as they are."""
    return (found.offset, found.message, found.hint) if hasattr(found, "hint") else found


def _by_check(calls) -> None:
    """Print the CPU seconds of the checks each top-level check calls, replayed one check at a time."""
    _clear_caches()
    spent = defaultdict(float)
    for call in calls:
        start = time.process_time()
        _replay([call])
        spent[call[1].__qualname__] += time.process_time() - start
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"{seconds:8.3f}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    verbs = parser.add_subparsers(dest="verb", required=True)
    recording = verbs.add_parser("record")
    recording.add_argument("root", type=Path)
    recording.add_argument("calls", type=Path)
    replaying = verbs.add_parser("replay")
    replaying.add_argument("calls", type=Path)
    replaying.add_argument("--repeat", type=int, default=1)
    replaying.add_argument("--profile", type=int, default=0)
    replaying.add_argument("--by-check", action="store_true")
    replaying.add_argument("--every", type=int, default=1, help="replay every Nth call only (under callgrind)")
    args = parser.parse_args()
    if args.verb == "record":
        record(args.root, args.calls)  # cli.main pauses the collector, as for any build
    else:
        replay(args.calls, args.repeat, args.profile, args.by_check, args.every)


if __name__ == "__main__":
    main()
