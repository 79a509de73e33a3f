"""The fixed cost of a small build, piece by piece: what every process and every load pays whatever it builds.

    python benchmarks/fixed_cost.py [--loads N] [--top N]

Prints, in CPU time of this process (medians where repeated; the machine is shared, so compare runs made together):
- a warm in-process `load` of tests/fixtures/minimal, a fresh copy each time (no .cache/), as a test's build is;
- what importing each explainer module costs (unmarshalling its bytecode, running its body), the largest first, and
  the sums for the modules of one language (arabic_*, hangul_*, ..., *_languages) and for those an English build never
  calls into: what importing them lazily could save at most;
- what importing costs per module whatever it holds (finding, loading and running a near-empty module);
- the kept regular expressions (patterns.py): reading the store, and making each pattern from it;
- the NamedTuple classes our modules define, each made at every start.
"""

from __future__ import annotations

import argparse
import importlib.util
import marshal
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from explainer import patterns  # noqa: E402
from explainer.pipeline import load  # noqa: E402
from explainer.project import Project  # noqa: E402
from explainer.seal import BESIDE_CODE, read_sealed  # noqa: E402

importlib.import_module("explainer.cli")  # what build.py imports, with what it imports

# Modules that hold one language's (or several languages') words and rules, beside the checks that read them.
LANGUAGE_MODULE = re.compile(r"explainer\.(arabic|chinese|hangul|japanese|hindi|persian|urdu|turkish|kanji|devanagari"
                             r"|solar_hijri|cjk|direction_|outcomes_portuguese)|.*_languages$")


def cpu_ms(work, times: int = 1) -> float:
    """Return the median CPU milliseconds of `times` calls of `work`."""
    spent = []
    for _ in range(times):
        start = time.process_time()
        work()
        spent.append((time.process_time() - start) * 1000)
    return statistics.median(spent)


def warm_load(loads: int) -> float:
    """Return the median CPU milliseconds of a load of a fresh copy of the minimal fixture, in a process that loaded
    one before (its code imported, its per-process values made)."""
    work = Path(tempfile.mkdtemp(prefix="fixed-cost-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    try:
        roots = []
        for index in range(loads + 1):
            root = work / f"p{index}"
            shutil.copytree(REPO / "tests" / "fixtures" / "minimal", root)
            for part in ("templates", "static"):
                shutil.copytree(REPO / part, root / part)
            roots.append(root)
        load(Project.at(roots[0]))
        spent = []
        for root in roots[1:]:
            start = time.process_time()
            load(Project.at(root))
            spent.append((time.process_time() - start) * 1000)
        return statistics.median(spent)
    finally:
        shutil.rmtree(work)


def module_costs() -> dict[str, float]:
    """Return the CPU milliseconds of unmarshalling and running each imported explainer module's bytecode (run
    again in a namespace of its own: what it defines is made again, what it imports is already there)."""
    costs = {}
    for name in sorted(name for name in sys.modules if name.startswith("explainer.")):
        source = sys.modules[name].__file__
        data = Path(importlib.util.cache_from_source(source)).read_bytes()[16:]  # past the .pyc header
        code = marshal.loads(data)
        costs[name] = cpu_ms(lambda: marshal.loads(data), 5) + cpu_ms(
            lambda: exec(code, {"__name__": name, "__package__": "explainer", "__file__": source}), 5)
    return costs


def english_build_unused(names: list[str]) -> set[str]:
    """Return the modules of `names` none of whose functions a load of the minimal (English) fixture calls."""
    called = set()

    def seen(frame, event, arg):
        if event == "call":
            called.add(frame.f_code.co_filename)

    sys.setprofile(seen)
    try:
        warm_load(1)
    finally:
        sys.setprofile(None)
    return {name for name in names if sys.modules[name].__file__ not in called}


def per_module_floor(modules: int = 100) -> float:
    """Return the CPU milliseconds of importing one near-empty module of a package (finding, loading, running it)."""
    work = Path(tempfile.mkdtemp(prefix="fixed-cost-modules-"))
    try:
        package = work / "fixed_cost_floor"
        package.mkdir()
        (package / "__init__.py").write_text("")
        for index in range(modules):
            (package / f"m{index}.py").write_text("from __future__ import annotations\n\nimport re\n\nX = 1\n")
        sys.path.insert(0, str(work))
        importlib.invalidate_caches()
        importlib.import_module("fixed_cost_floor")
        for index in range(modules):  # once to write their bytecode, as ours is kept
            importlib.import_module(f"fixed_cost_floor.m{index}")
        for index in range(modules):
            del sys.modules[f"fixed_cost_floor.m{index}"]
        spent = cpu_ms(lambda: [importlib.import_module(f"fixed_cost_floor.m{index}") for index in range(modules)])
        return spent / modules
    finally:
        sys.path.remove(str(work))
        shutil.rmtree(work)


def pattern_store() -> tuple[int, float, float]:
    """Return the kept patterns' count, and the CPU milliseconds of reading the store and of making every pattern."""
    path = patterns.cache_file()
    if path is None or not path.is_file():
        return 0, 0.0, 0.0
    read = cpu_ms(lambda: marshal.loads(read_sealed(path, path.parent, patterns.MAX_FILE_BYTES, BESIDE_CODE)), 5)
    kept = marshal.loads(read_sealed(path, path.parent, patterns.MAX_FILE_BYTES, BESIDE_CODE))
    import _sre
    made = cpu_ms(lambda: [_sre.compile(key[0], *patterns.unpacked(code)) for key, code in kept.items()], 5)
    return len(kept), read, made


def named_tuples() -> tuple[int, float]:
    """Return how many NamedTuple classes our modules define, and the CPU milliseconds of making one of five fields."""
    from typing import NamedTuple
    count = sum(1 for name, module in sys.modules.items() if name.startswith("explainer.")
                for value in vars(module).values()
                if isinstance(value, type) and value.__module__ == name and hasattr(value, "_fields")
                and getattr(value, "__orig_bases__", ()) == (NamedTuple,))

    def make():
        class Five(NamedTuple):
            a: int
            b: str
            c: tuple[str, ...] = ()
            d: int = 0
            e: str | None = None

    return count, cpu_ms(make, 200)


def main_report(args) -> None:
    print(f"warm in-process load of tests/fixtures/minimal: {warm_load(args.loads):.2f} ms CPU "
          f"(median of {args.loads})")
    costs = module_costs()
    total = sum(costs.values())
    print(f"\nexplainer's {len(costs)} modules: {total:.1f} ms to unmarshal and run; the largest:")
    for name, spent in sorted(costs.items(), key=lambda item: -item[1])[:args.top]:
        print(f"  {spent:6.2f} ms  {name}")
    language = sorted(name for name in costs if LANGUAGE_MODULE.match(name))
    unused = sorted(english_build_unused(language))
    print(f"\n{len(language)} language modules: {sum(costs[name] for name in language):.1f} ms; the {len(unused)} an "
          f"English load never calls into: {sum(costs[name] for name in unused):.1f} ms")
    floor = per_module_floor()
    print(f"importing any module: {floor:.3f} ms (x {len(unused)} = {floor * len(unused):.1f} ms)")
    count, read, made = pattern_store()
    print(f"\npattern store: {count} patterns; reading it {read:.2f} ms, making all of them {made:.2f} ms")
    classes, each = named_tuples()
    print(f"NamedTuple classes made at every start: {classes}, {each * 1000:.0f} µs each (x {classes} = "
          f"{each * classes:.1f} ms)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=30, help="warm loads to take the median of (default 30)")
    parser.add_argument("--top", type=int, default=12, help="modules to list (default 12)")
    main_report(parser.parse_args())
