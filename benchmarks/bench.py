"""Benchmark whole build.py processes: cold build, check, rebuild after one edit, at several sizes.

    python benchmarks/bench.py [--quick] [--sizes 1,100,1000,4000] [--repeat N] [--budget SECONDS]

Every figure is the median of repeated runs of a fresh `python build.py` process, timed from
spawn to exit; peak memory is that process's own maximum resident set (from `os.wait4`, so
one child's figure is never mixed with another's). The synthetic projects come from
`synth.py`; the real briefing is measured on a copy of the repository's inputs. The report is
printed and written to benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import compileall
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402

REPO = synth.REPO
BUILD = REPO / "build.py"
PROJECT_PARTS = ("content", "seeds", "templates", "static")
CITATIONS_PER_SOURCE = 5
BIG_PER_4000 = 3
FLOOR_IMPORTS = "import jinja2, markdown_it, yaml"
FLOOR = f'python -c "{FLOOR_IMPORTS}"'
TRASH = ".trash"  # cold runs' old sites wait here, deleted at the end


@dataclass(frozen=True)
class Sample:
    """One finished process: wall time, its peak resident memory, and how it ended."""

    seconds: float
    cpu_seconds: float  # user + system, the process's and its workers'
    peak_mib: float
    code: int
    log: str


@dataclass
class Measure:
    """Repeated samples of one command."""

    samples: list[Sample] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def cpu_seconds(self) -> float:
        return statistics.median(s.cpu_seconds for s in self.samples)

    @property
    def peak_mib(self) -> float:
        return statistics.median(s.peak_mib for s in self.samples)

    @property
    def runs(self) -> int:
        return len(self.samples)


@dataclass
class Row:
    """The measures of one project."""

    name: str
    sources: int
    big: int
    citations: int
    seed_mib: float
    build: Measure
    parallel: Measure | None
    check: Measure
    rebuild: Measure
    preview: "Preview | None" = None
    floor_ratios: list[float] = field(default_factory=list)  # paired cold build / floor (real briefing)


@dataclass(frozen=True)
class Preview:
    """The preview server's first build and its rebuilds after one edit each, timed inside its process."""

    first: float
    rebuilds: list[float]

    @property
    def rebuild(self) -> float:
        return statistics.median(self.rebuilds)


def run_once(command: list[str]) -> Sample:
    """Run one process to completion; return its wall time and its own peak memory."""
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=log, stderr=log, stdin=subprocess.DEVNULL, cwd=REPO)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        text = log.read().decode("utf-8", "replace")
    cpu = usage.ru_utime + usage.ru_stime
    return Sample(seconds, cpu, usage.ru_maxrss / 1024, process.returncode, text)  # Linux gives KiB


def repeat(command: list[str], times: int, budget: float, before=None, label: str = "") -> Measure:
    """Run `command` up to `times` times: at least once, and no more once `budget` seconds are spent."""
    measure, spent = Measure(), 0.0
    for index in range(times):
        if index and spent >= budget:
            break
        if before is not None:
            before(index)
        sample = run_once(command)
        if sample.code != 0:
            raise SystemExit(f"benchmark run failed ({label}): {' '.join(command)}\n{sample.log[-4000:]}")
        measure.samples.append(sample)
        spent += sample.seconds
    print(f"  {label:<22} {measure.seconds:8.3f} s  {measure.cpu_seconds:8.3f} s CPU  {measure.peak_mib:7.1f} MiB  "
          f"({measure.runs} runs)", flush=True)
    return measure


def build_command(root: Path, *args: str) -> list[str]:
    """Return the command line of `python build.py --root ROOT ARGS...`."""
    return [sys.executable, str(BUILD), "--root", str(root), *args]


def accepts_jobs() -> bool:
    """Say whether this build.py takes a `--jobs` option."""
    done = subprocess.run([sys.executable, str(BUILD), "--help"], capture_output=True, text=True, cwd=REPO)
    return "--jobs" in done.stdout


def clear_for_cold_run(root: Path, out: Path) -> None:
    """Move the output folder out of the way, and remove anything a build left in the project root (a cache, say).

    The old site is deleted only at the end: on this VM's disk, creating files just after
    deleting thousands of them is several times slower, which would bill our clean-up to the build.
    """
    if out.exists():
        trash = out.parent / TRASH
        trash.mkdir(exist_ok=True)
        out.rename(trash / f"{out.name}-{len(list(trash.iterdir()))}")
    for entry in sorted(root.iterdir()):
        if entry.name in PROJECT_PARTS:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def edit_claim(claims: Path, original: str, revision: int) -> None:
    """Write claims.yaml back with the first claim's `says` text starting with a revision note."""
    lines = original.splitlines(keepends=True)
    note = f"Revision {revision + 1}. "
    for index, line in enumerate(lines):
        stripped = line.lstrip()
        if not stripped.startswith("says:"):
            continue
        if stripped[len("says:"):].strip()[:1] in (">", "|"):  # a block: its text starts on the next line
            index, line = index + 1, lines[index + 1]
            at = len(line) - len(line.lstrip())
        else:
            at = line.index("says:") + len("says:")
            while line[at] == " ":
                at += 1
            at += line[at] == '"'
        lines[index] = line[:at] + note + line[at:]
        claims.write_text("".join(lines), encoding="utf-8")
        return
    raise SystemExit(f"{claims}: no claim with `says:` to edit")


def seed_mib(root: Path) -> float:
    """Return the size of the project's seeds/ in MiB."""
    return sum(p.stat().st_size for p in (root / "seeds").iterdir()) / 2**20


def measure_project(name: str, root: Path, args, jobs: bool, counts: tuple[int, int, int]) -> Row:
    """Return the cold build, parallel build, check and rebuild-after-edit measures of one project."""
    print(f"{name}:", flush=True)
    out = args.work / f"{root.name}-site"
    cold = lambda index: clear_for_cold_run(root, out)  # noqa: E731
    build = repeat(build_command(root, "--out", str(out)), args.repeat, args.budget, cold, "cold build")
    parallel = None
    if jobs:
        parallel = repeat(build_command(root, "--out", str(out), "--jobs", "2"), args.repeat, args.budget, cold,
                          "cold build --jobs 2")
    check = repeat(build_command(root, "check"), args.repeat, args.budget, cold, "check")
    claims = root / "content" / "claims.yaml"
    original = claims.read_text(encoding="utf-8")
    first = run_once(build_command(root, "--out", str(out)))  # the site the first rebuild starts from
    if first.code != 0:
        raise SystemExit(f"benchmark run failed (build before rebuild):\n{first.log[-4000:]}")
    edit = lambda index: edit_claim(claims, original, index)  # noqa: E731
    rebuild = repeat(build_command(root, "--out", str(out)), args.repeat, args.budget, edit, "rebuild after edit")
    claims.write_text(original, encoding="utf-8")
    preview = measure_preview(root, out, args.repeat)
    return Row(name, *counts, seed_mib(root), build, parallel, check, rebuild, preview)


def paired_floor_ratio(root: Path, out: Path, pairs: int) -> list[float]:
    """Return, for each of `pairs` back-to-back runs of the import floor and a cold build, build / floor.

    Taking the two in pairs lets each ratio see one state of a noisy machine; the median of the
    ratios is steadier than the ratio of two medians taken minutes apart.
    """
    ratios = []
    for _ in range(pairs):
        floor = run_once([sys.executable, "-c", FLOOR_IMPORTS])
        clear_for_cold_run(root, out)
        build = run_once(build_command(root, "--out", str(out)))
        if build.code != 0:
            raise SystemExit(f"benchmark run failed (paired cold build):\n{build.log[-4000:]}")
        ratios.append(build.seconds / floor.seconds)
    print(f"  {'paired build / floor':<22} {statistics.median(ratios):8.2f} ×  ({pairs} pairs)", flush=True)
    return ratios


def measure_preview(root: Path, out: Path, edits: int) -> Preview:
    """Return the preview server's first build and rebuild-after-edit times (benchmarks/preview_rebuild.py)."""
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "preview_rebuild.py"), str(root), str(out),
                           "--edits", str(edits)], capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"benchmark run failed (preview rebuild):\n{done.stderr[-4000:]}")
    preview = Preview(**json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"  {'preview rebuild':<22} {preview.rebuild:8.3f} s  (first build {preview.first:.3f} s, "
          f"{len(preview.rebuilds)} edits)", flush=True)
    return preview


def real_project(work: Path) -> tuple[Path, tuple[int, int, int]]:
    """Return a fresh copy of the repository's own briefing inputs, and its counts."""
    root = work / "real"
    shutil.rmtree(root, ignore_errors=True)
    for part in PROJECT_PARTS:
        shutil.copytree(REPO / part, root / part)
    first = run_once(build_command(root, "check")).log.splitlines()
    citations = int(first[0].split()[1]) if first and first[0].startswith("ok:") else 0
    return root, (len(list((root / "seeds").iterdir())), 0, citations)


def synthetic_project(work: Path, sources: int) -> tuple[Path, tuple[int, int, int]]:
    """Return a freshly generated project of `sources` 4 KB documents (plus 3 of 1 MB per 4000), and its counts."""
    root = work / f"synth-{sources}"
    shutil.rmtree(root, ignore_errors=True)
    big, citations = round(sources * BIG_PER_4000 / 4000), sources * CITATIONS_PER_SOURCE
    start = time.perf_counter()
    synth.generate(root, sources=sources, citations=citations, big_sources=big)
    print(f"generated {root.name} in {time.perf_counter() - start:.1f} s", flush=True)
    return root, (sources, big, citations)


def secs(value: float) -> str:
    return f"{value:.3f}"


def mib(value: float) -> str:
    return f"{value:.0f}"


def timed(measure: Measure | None) -> str:
    """Return a measure's cells: wall seconds, CPU seconds, peak MiB."""
    if measure is None:
        return "n/a | n/a | n/a"
    return f"{secs(measure.seconds)} | {secs(measure.cpu_seconds)} | {mib(measure.peak_mib)}"


def build_table(rows: list[Row]) -> list[str]:
    """Return the main table as Markdown lines."""
    lines = ["| project | sources | citations | seeds MiB | build s | CPU s | peak MiB | build --jobs 2 s | CPU s "
             "| peak MiB | check s | CPU s | peak MiB | rebuild after edit s | CPU s | peak MiB | rebuild / build "
             "| preview rebuild s | preview rebuild / build | runs |",
             "|---|" + "--:|" * 19]
    for row in rows:
        runs = "/".join(str(m.runs) for m in (row.build, row.parallel, row.check, row.rebuild) if m is not None)
        sources = f"{row.sources} + {row.big} big" if row.big else f"{row.sources}"
        lines.append(f"| {row.name} | {sources} | {row.citations} | {row.seed_mib:.2f} | {timed(row.build)} "
                     f"| {timed(row.parallel)} | {timed(row.check)} | {timed(row.rebuild)} "
                     f"| {row.rebuild.seconds / row.build.seconds:.0%} | {_preview(row)} | {runs} |")
    return lines


def _preview(row: Row) -> str:
    """Return the preview rebuild cells: seconds, and share of the command line's cold build."""
    if row.preview is None:
        return "– | –"
    return f"{secs(row.preview.rebuild)} | {row.preview.rebuild / row.build.seconds:.0%}"


def floor_table(floors: dict[str, Measure]) -> list[str]:
    """Return the start-up floor as Markdown lines."""
    lines = ["| floor | wall s | CPU s | peak MiB | runs |", "|---|--:|--:|--:|--:|"]
    for label, measure in floors.items():
        lines.append(f"| `{label}` | {timed(measure)} | {measure.runs} |")
    return lines


def growth_table(rows: list[Row]) -> list[str]:
    """Return how build and check times grow from each size to the next (exponent 1 = linear)."""
    synthetic = [row for row in rows if row.name.startswith("synthetic")]
    lines = ["| sources | size × | build × | exponent | build CPU × | exponent | check × | exponent "
             "| check CPU × | exponent |", "|---|" + "--:|" * 9]
    picks = (lambda r: r.build.seconds, lambda r: r.build.cpu_seconds,
             lambda r: r.check.seconds, lambda r: r.check.cpu_seconds)
    for small, large in zip(synthetic, synthetic[1:]):
        size = large.sources / small.sources
        cells = []
        for pick in picks:
            ratio = pick(large) / pick(small)
            exponent = math.log(ratio) / math.log(size)
            cells += [f"{ratio:.2f}", f"{0.0 if abs(exponent) < 0.005 else exponent:.2f}"]
        lines.append(f"| {small.sources} → {large.sources} | {size:g} | " + " | ".join(cells) + " |")
    return lines


def goals(rows: list[Row], floor: Measure) -> list[str]:
    """Return issue 7's goals next to the figures measured (wall time; CPU time in brackets)."""
    lines = ["| goal | measured | met |", "|---|--:|:-:|"]
    real = next((row for row in rows if row.name == "real briefing"), None)
    if real:
        multiple = real.build.seconds / floor.seconds
        lines.append(f"| real briefing: cold build ≤ 1.5 × import floor (medians) | {multiple:.2f} × "
                     f"({real.build.cpu_seconds / floor.cpu_seconds:.2f} ×) | {_met(multiple <= 1.5)} |")
        if real.floor_ratios:
            paired = statistics.median(real.floor_ratios)
            lines.append(f"| real briefing: cold build ≤ 1.5 × import floor (median of paired runs) "
                         f"| {paired:.2f} × | {_met(paired <= 1.5)} |")
    large = next((row for row in rows if row.name.startswith("synthetic") and row.sources >= 4000), None)
    if large:
        size = f"{large.sources} sources"
        fastest = min(m.seconds for m in (large.build, large.parallel) if m is not None)
        peak = max(m.peak_mib for m in (large.build, large.parallel) if m is not None) * 2**20 / 1e6
        share = large.rebuild.seconds / large.build.seconds
        lines += [f"| {size}: build < 2 s (default / fastest of default and --jobs 2) "
                  f"| {secs(large.build.seconds)} / {secs(fastest)} s ({secs(large.build.cpu_seconds)} s) "
                  f"| {_met(large.build.seconds < 2)} / {_met(fastest < 2)} |",
                  f"| {size}: peak memory < 500 MB | {peak:.0f} MB | {_met(peak < 500)} |",
                  f"| {size}: rebuild after one edit < 10 % of build (command line) | {share:.0%} | {_met(share < 0.1)} |"]
        if large.preview is not None:
            share = large.preview.rebuild / large.build.seconds
            lines.append(f"| {size}: rebuild after one edit < 10 % of build (preview server) | {share:.0%} "
                         f"| {_met(share < 0.1)} |")
    return lines


def _met(ok: bool) -> str:
    return "yes" if ok else "no"


def environment(loads: tuple[float, float]) -> str:
    """Return one line naming the machine, its load and the code measured (no clock, so the file diffs cleanly)."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "explainer", "templates", "static", "build.py"],
                           capture_output=True, text=True, cwd=REPO).stdout.strip()
    return (f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; "
            f"code at {head or 'unknown'}{' with uncommitted changes' if dirty else ''}; load average "
            f"{loads[0]:.1f} at start, {loads[1]:.1f} at end"
            + (f" (above {os.cpu_count()}: other work inflates wall times)." if max(loads) > (os.cpu_count() or 1) else "."))


def report(rows: list[Row], floors: dict[str, Measure], command: str, loads: tuple[float, float]) -> str:
    """Return the whole report as Markdown."""
    floor = floors[FLOOR]
    parts = ["# Benchmark results", "", f"`{command}`", "", environment(loads), "",
             "Medians of whole `python build.py` processes, timed from spawn to exit. CPU is user + system time "
             "of the process and its workers (steadier than wall time when other work shares the machine); "
             "peak is the largest resident set of the process or of one of its workers. Runs: build / "
             "--jobs 2 / check / rebuild.", "",
             *floor_table(floors), "", *build_table(rows), ""]
    real = next((row for row in rows if row.name == "real briefing"), None)
    if real:
        parts += [f"Real briefing cold build: {real.build.seconds / floor.seconds:.2f} × the import floor "
                  f"({secs(real.build.seconds)} s against {secs(floor.seconds)} s; in CPU time "
                  f"{real.build.cpu_seconds / floor.cpu_seconds:.2f} ×)."]
        if real.floor_ratios:
            ratios = sorted(real.floor_ratios)
            parts += [f"In {len(ratios)} back-to-back pairs of floor and cold build: median "
                      f"{statistics.median(ratios):.2f} ×, from {ratios[0]:.2f} × to {ratios[-1]:.2f} ×."]
        parts.append("")
    growth = growth_table(rows)
    if len(growth) > 2:
        parts += ["Growth with size (exponent 1.00 = linear, 2.00 = quadratic):", "", *growth, ""]
    parts += ["Goals of issue 7:", "", *goals(rows, floor), ""]
    return "\n".join(parts)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Return the parsed command line."""
    parser = argparse.ArgumentParser(description="Benchmark build.py on the real briefing and synthetic projects.")
    parser.add_argument("--quick", action="store_true",
                        help="sizes 1,100,1000 and one run each; print only (results.md is left alone)")
    parser.add_argument("--sizes", default=None, help="synthetic sizes in 4 KB sources (default 1,100,1000,4000)")
    parser.add_argument("--repeat", type=int, default=None, help="runs per measure (default 5; 1 with --quick)")
    parser.add_argument("--budget", type=float, default=30.0,
                        help="stop repeating a measure once its runs took this many seconds (default 30)")
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / "out",
                        help="folder for generated projects and sites (default benchmarks/out, git-ignored)")
    parser.add_argument("--results", type=Path, default=None,
                        help="write the report here (default benchmarks/results.md; not written with --quick)")
    args = parser.parse_args(argv)
    args.sizes = [int(s) for s in (args.sizes or ("1,100,1000" if args.quick else "1,100,1000,4000")).split(",")]
    args.repeat = args.repeat or (1 if args.quick else 5)
    if args.results is None and not args.quick:
        args.results = REPO / "benchmarks" / "results.md"
    args.work = args.work.resolve()
    return args


def main(argv: list[str] | None = None) -> int:
    """Run every measure, print the report and write it to results.md."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(args.work / TRASH, ignore_errors=True)
    jobs = accepts_jobs()
    # A user's first run writes the package's bytecode; this machine sets PYTHONDONTWRITEBYTECODE,
    # which would otherwise make every timed run compile our modules again.
    compileall.compile_dir(REPO / "explainer", quiet=1)
    load_at_start = os.getloadavg()[0]
    floors = {label: repeat([sys.executable, "-c", code], max(args.repeat, 10), args.budget, label=label)
              for label, code in (("python -c pass", "pass"), (FLOOR, FLOOR_IMPORTS))}
    root, counts = real_project(args.work)  # its first check also compiles the bytecode before timing
    rows = [measure_project("real briefing", root, args, jobs, counts)]
    rows[0].floor_ratios = paired_floor_ratio(root, args.work / f"{root.name}-site", max(args.repeat, 10))
    for size in args.sizes:
        root, counts = synthetic_project(args.work, size)
        rows.append(measure_project(f"synthetic {size}", root, args, jobs, counts))
    text = report(rows, floors, " ".join(["python benchmarks/bench.py", *argv]), (load_at_start, os.getloadavg()[0]))
    print("\n" + text)
    if args.results:
        args.results.write_text(text, encoding="utf-8")
        print(f"wrote {args.results}")
    shutil.rmtree(args.work / TRASH, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
