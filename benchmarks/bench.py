"""Benchmark whole build.py processes on the real microsite and a synthetic one, beside Hugo.

    python benchmarks/bench.py [--quick] [--start-up] [--repeat N] [--pairs N] [--budget SECONDS]

Every figure is the median of repeated runs of a fresh process, timed from spawn to exit.
CPU time is user + system from `resource.getrusage(RUSAGE_CHILDREN)` taken around the one
process (so Hugo's threads count too); peak memory is that process's own maximum resident set
(from `os.wait4`). The synthetic microsites come from `synth.py`, the Hugo site from `hugo.py`;
the real microsite is measured on a copy of the repository's inputs. "Busy" runs have a
CPU-burning process pinned to the last core. The report is written to benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hugo  # noqa: E402
import synth  # noqa: E402

REPO = synth.REPO
BUILD = REPO / "build.py"
PROJECT_PARTS = ("content", "seeds", "templates", "static")
FLOOR_IMPORTS = "import jinja2, markdown_it, yaml"
FLOOR = f'python -c "{FLOOR_IMPORTS}"'
TRASH = ".trash"  # cold runs' old sites wait here, deleted at the end
SIZES = {"small": dict(briefings=25, sources=1000, citations=5000, big_sources=1),
         "large": dict(briefings=100, sources=4000, citations=20000, big_sources=3)}
EDITED_SOURCE = "s00001"


@dataclass(frozen=True)
class Sample:
    """One finished process: wall time, CPU time, its peak resident memory, and how it ended."""

    seconds: float
    cpu_seconds: float
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
        return max(s.peak_mib for s in self.samples)

    @property
    def runs(self) -> int:
        return len(self.samples)


def run_once(command: list[str]) -> Sample:
    """Run one process to completion; return its wall and CPU time and its own peak memory."""
    with tempfile.TemporaryFile() as log:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=log, stderr=log, stdin=subprocess.DEVNULL, cwd=REPO)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        text = log.read().decode("utf-8", "replace")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Sample(seconds, cpu, usage.ru_maxrss / 1024, process.returncode, text)  # Linux gives KiB


def checked(sample: Sample, label: str) -> Sample:
    """Return `sample`, or stop the benchmark with its log if the process failed."""
    if sample.code != 0:
        raise SystemExit(f"benchmark run failed ({label}):\n{sample.log[-4000:]}")
    return sample


def show(label: str, measure: Measure) -> Measure:
    """Print one measure's medians as it is taken, and return it."""
    print(f"  {label:<28} {measure.seconds:8.3f} s  {measure.cpu_seconds:8.3f} s CPU  {measure.peak_mib:7.1f} MiB  "
          f"({measure.runs} runs)", flush=True)
    return measure


def repeat(command: list[str], times: int, budget: float, before=None, label: str = "") -> Measure:
    """Run `command` up to `times` times: at least once, and no more once `budget` seconds are spent."""
    measure, spent = Measure(), 0.0
    for index in range(times):
        if index and spent >= budget:
            break
        if before is not None:
            before(index)
        measure.samples.append(checked(run_once(command), label))
        spent += measure.samples[-1].seconds
    return show(label, measure)


@contextlib.contextmanager
def second_core_busy():
    """Keep the last core busy with a CPU-burning process for the block (nothing if there is one core)."""
    cores = sorted(os.sched_getaffinity(0))
    if len(cores) < 2:
        yield
        return
    burner = subprocess.Popen([sys.executable, "-c", "while True: pass"],
                              preexec_fn=lambda: os.sched_setaffinity(0, {cores[-1]}))
    try:
        time.sleep(0.2)  # let it start spinning before the first timed run
        yield
    finally:
        burner.kill()
        burner.wait()  # reaped after the timed runs, so its CPU time is billed to none of them


def build_command(root: Path, *args: str) -> list[str]:
    """Return the command line of `python build.py --root ROOT ARGS...`."""
    return [sys.executable, str(BUILD), "--root", str(root), *args]


def move_aside(out: Path) -> None:
    """Move an old output folder into the trash, deleted at the end."""
    if out.exists():
        trash = out.parent / TRASH
        trash.mkdir(exist_ok=True)
        out.rename(trash / f"{out.name}-{len(list(trash.iterdir()))}")


def clear_for_cold_run(root: Path, out: Path) -> None:
    """Move the output folder aside, and remove anything a build left in the project root (compiled templates).

    The old site is deleted only at the end: on this VM's disk, creating files just after
    deleting thousands of them is several times slower, which would bill our clean-up to the build.
    """
    move_aside(out)
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
    # Words, not digits: a number in a claim's text must stand in the passages it cites.
    note = "Revised, " + "again, " * revision + "now. "
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


def edit_source(seed: Path, library: Path, original: bytes, library_text: str, revision: int) -> None:
    """Append a paragraph to one seed and record its new SHA-256 in sources.yaml (cited offsets stay put)."""
    data = original + f"\nRevision {revision + 1}: a paragraph added at the end.\n".encode()
    seed.write_bytes(data)
    old, new = hashlib.sha256(original).hexdigest(), hashlib.sha256(data).hexdigest()
    library.write_text(library_text.replace(old, new), encoding="utf-8")


def real_project(work: Path) -> Path:
    """Return a fresh copy of the repository's own microsite inputs."""
    root = work / "real"
    shutil.rmtree(root, ignore_errors=True)
    for part in PROJECT_PARTS:
        shutil.copytree(REPO / part, root / part)
    return root


def synthetic_project(work: Path, name: str) -> Path:
    """Return a freshly generated synthetic microsite of one of SIZES."""
    root = work / f"synth-{SIZES[name]['sources']}"
    shutil.rmtree(root, ignore_errors=True)
    start = time.perf_counter()
    synth.generate(root, **SIZES[name])
    print(f"generated {root.name} in {time.perf_counter() - start:.1f} s", flush=True)
    return root


def paired_floor_and_build(root: Path, out: Path, pairs: int) -> tuple[Measure, Measure, list[float]]:
    """Return the import floor, the cold build and each pair's build / floor, run back to back in pairs.

    Each pair sees one state of a noisy machine, so the median of the ratios is steadier than
    the ratio of two medians.
    """
    floor, build, ratios = Measure(), Measure(), []
    for _ in range(pairs):
        floor.samples.append(checked(run_once([sys.executable, "-c", FLOOR_IMPORTS]), "import floor"))
        clear_for_cold_run(root, out)
        build.samples.append(checked(run_once(build_command(root, "--out", str(out))), "real cold build"))
        ratios.append(build.samples[-1].seconds / floor.samples[-1].seconds)
    return floor, build, ratios


def instructions(command: list[str], work: Path) -> int | None:
    """Return how many instructions `command` ran, as callgrind counts them; None where valgrind is not installed.

    On a machine others share, a process's wall time and even its CPU time follow their load (at a load average of
    10 on two cores the import floor took 0.49 s of wall time and 0.16 s of CPU, quiet 0.09 s): old code and new
    cannot be told apart by a few percent. The count of instructions stays within a few tenths of a percent. Valgrind runs
    SHA-256 without the processor's SHA instructions, so hashing (the seals of kept files) counts for some ten times
    its share of the time."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    counted = work / "callgrind.out"
    done = subprocess.run([valgrind, "--tool=callgrind", f"--callgrind-out-file={counted}", *command],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"benchmark run failed (counting instructions):\n{done.stderr[-4000:]}")
    total = callgrind_total(counted.read_text(encoding="utf-8", errors="replace"))
    counted.unlink()
    return total


def callgrind_total(text: str) -> int:
    """Return the count of instructions a callgrind output file gives for the whole run."""
    for line in text.splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise ValueError("callgrind's output has no summary: line")


def count_start_up(root: Path, out: Path, work: Path) -> dict[str, int] | None:
    """Return the instructions of the import floor, the real microsite's cold build, and its rebuild with nothing
    changed (what an editor's second build does, with .cache/ and the site kept); None without valgrind."""
    floor = instructions([sys.executable, "-c", FLOOR_IMPORTS], work)
    if floor is None:
        return None
    clear_for_cold_run(root, out)
    cold = instructions(build_command(root, "--out", str(out)), work)
    return {"floor": floor, "cold": cold, "rebuild": instructions(build_command(root, "--out", str(out)), work)}


def count_lines(counts: dict[str, int] | None) -> list[str]:
    """Return the instruction counts as a table, each also as a multiple of the import floor's."""
    if counts is None:
        return ["valgrind is not installed: instructions not counted (`apt-get install valgrind`)."]
    names = {"floor": f"`{FLOOR}`", "cold": "cold `python build.py`",
             "rebuild": "`python build.py` again, nothing changed"}
    return ["| real microsite, instructions (callgrind) | millions | × import floor |", "|---|--:|--:|",
            *[f"| {names[key]} | {count / 1e6:.1f} | {count / counts['floor']:.2f} |" for key, count in counts.items()]]


def measure_synthetic(root: Path, args) -> dict[str, Measure]:
    """Return the large synthetic microsite's cold build, check, and rebuilds after a claims or a source edit."""
    out = args.work / f"{root.name}-site"
    cold = lambda index: clear_for_cold_run(root, out)  # noqa: E731
    found = {"build": repeat(build_command(root, "--out", str(out)), args.repeat, args.budget, cold, "cold build"),
             "check": repeat(build_command(root, "check"), args.repeat, args.budget, cold, "check"),
             # the same build kept in one process: what explainer/parallel.py's workers save
             "one process": repeat(["env", "EXPLAINER_WORKERS=1", *build_command(root, "--out", str(out))],
                                   args.repeat, args.budget, cold, "cold build, one process")}
    checked(run_once(build_command(root, "--out", str(out))), "build before rebuilds")
    claims = root / "content" / synth.slug(1) / "claims.yaml"
    original = claims.read_text(encoding="utf-8")
    found["claims"] = repeat(build_command(root, "--out", str(out)), args.repeat, args.budget,
                             lambda index: edit_claim(claims, original, index), "rebuild after claims edit")
    claims.write_text(original, encoding="utf-8")
    checked(run_once(build_command(root, "--out", str(out))), "build after restoring claims")
    seed, library = root / "seeds" / f"{EDITED_SOURCE}.txt", root / "content" / "sources.yaml"
    seed_bytes, library_text = seed.read_bytes(), library.read_text(encoding="utf-8")
    found["source"] = repeat(build_command(root, "--out", str(out)), args.repeat, args.budget,
                             lambda index: edit_source(seed, library, seed_bytes, library_text, index),
                             "rebuild after source edit")
    seed.write_bytes(seed_bytes)
    library.write_text(library_text, encoding="utf-8")
    return found


def measure_preview(root: Path, out: Path, edits: int) -> dict:
    """Return the first build and the rebuilds after one claims edit each, timed inside one process."""
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "preview_rebuild.py"), str(root), str(out),
                           "--edits", str(edits)], capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"benchmark run failed (preview rebuild):\n{done.stderr[-4000:]}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"  {'preview rebuild':<28} {statistics.median(found['rebuilds']):8.3f} s  (first build "
          f"{found['first']:.3f} s, {len(found['rebuilds'])} edits)", flush=True)
    return found


def measure_hugo(work: Path, seeds: Path, args) -> tuple[int, Measure] | None:
    """Return the page count and cold builds of a Hugo site of the synthetic seeds, if Hugo is installed."""
    found = shutil.which("hugo")
    if found is None:
        print("hugo not installed: skipped", flush=True)
        return None
    root, out = work / "hugo", work / "hugo-site"
    pages = hugo.write_site(root, seeds)

    def cold(index: int) -> None:
        move_aside(out)
        shutil.rmtree(root / ".hugo-cache", ignore_errors=True)

    return pages, repeat(hugo.command(found, root, out), args.repeat, args.budget, cold, f"hugo, {pages} pages")


def timed_best(work, times: int = 3) -> float:
    """Return the fastest of `times` runs of `work()`, in seconds, with the garbage collector paused as in a build."""
    import gc

    best = math.inf
    for _ in range(times):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            work()
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def step_floors(root: Path, site: Path, work: Path) -> dict[str, float]:
    """Return the time of the bare library call behind each step of a build of `root` (already built into `site`)."""
    import jinja2
    import yaml
    from markupsafe import Markup

    content = sorted(root.joinpath("content").rglob("*.yaml"))
    seeds = sorted(root.joinpath("seeds").iterdir())
    library = {s["id"]: s["file"] for s in yaml.load((root / "content" / "sources.yaml").read_text(), yaml.CSafeLoader)["sources"]}
    texts = {path.name: path.read_text(encoding="utf-8") for path in seeds}
    quotes = []
    for path in content:
        data = yaml.load(path.read_text(encoding="utf-8"), yaml.CSafeLoader)
        quotes += [(library[c["source"]], c["quote"]) for c in (data.get("citations") or {}).values()]
        quotes += [(library[q["source"]], q["words"]) for q in data.get("quotes") or ()]
    outputs = {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
    pages = [[Markup(line) for line in data.decode("utf-8").splitlines(keepends=True)]
             for name, data in outputs.items() if name.endswith(".html")]
    template = jinja2.Environment(autoescape=True, keep_trailing_newline=True).from_string(
        "{% for line in lines %}{{ line }}{% endfor %}")
    assert template.render(lines=pages[0]) == "".join(pages[0])
    target = work / "steps-write"

    def write() -> None:
        move_aside(target)
        for name, data in outputs.items():
            os.makedirs(os.path.dirname(os.path.join(target, name)), exist_ok=True)
            with open(os.path.join(target, name), "wb") as file:
                file.write(data)

    return {
        f"YAML C parser events over all content ({len(content)} files, "
        f"{sum(p.stat().st_size for p in content) / 2**20:.1f} MiB)":
            timed_best(lambda: [None for p in content for _ in yaml.parse(p.read_text(encoding="utf-8"), yaml.CSafeLoader)]),
        f"reading the seeds ({len(seeds)} files, {sum(p.stat().st_size for p in seeds) / 2**20:.1f} MiB)":
            timed_best(lambda: [p.read_bytes().decode("utf-8") for p in seeds]),
        f"str.find per quote ({len(quotes)} quotes)": timed_best(lambda: [texts[f].find(q) for f, q in quotes]),
        f"Jinja rendering the same bytes ({len(pages)} pages, {sum(len(d) for d in outputs.values()) / 2**20:.1f} MiB "
        "of output in all)": timed_best(lambda: [template.render(lines=lines) for lines in pages]),
        f"writing the files ({len(outputs)} files into a new folder)": timed_best(write, times=1),
    }


@dataclass
class Results:
    """Everything one run measured."""

    start_up: dict[str, tuple[Measure, Measure, list[float]]]  # quiet / busy: floor, real cold build, ratios
    large: dict[str, Measure]
    preview: dict
    small_build: Measure
    hugo: tuple[int, Measure] | None
    steps: dict[str, float]
    outputs: dict[str, tuple[int, float]] = field(default_factory=dict)  # ours / hugo: files, MiB
    loads: tuple[float, float] = (0.0, 0.0)
    counts: dict[str, int] | None = None  # instructions of the real microsite's floor, cold build and rebuild


def output_size(folder: Path) -> tuple[int, float]:
    """Return how many files a built site holds and their size in MiB."""
    sizes = [p.stat().st_size for p in folder.rglob("*") if p.is_file()]
    return len(sizes), sum(sizes) / 2**20


def cells(measure: Measure) -> str:
    """Return a measure's cells: wall seconds, CPU seconds, peak MiB, runs."""
    return f"{measure.seconds:.3f} | {measure.cpu_seconds:.3f} | {measure.peak_mib:.0f} | {measure.runs}"


def start_up_table(start_up: dict[str, tuple[Measure, Measure, list[float]]]) -> list[str]:
    """Return the import floor and the real microsite's cold build, quiet and with the second core busy."""
    lines = ["| real microsite | wall s | CPU s | peak MiB | runs |", "|---|--:|--:|--:|--:|"]
    for state, (floor, build, ratios) in start_up.items():
        lines += [f"| `{FLOOR}`, {state} | {cells(floor)} |", f"| cold `python build.py`, {state} | {cells(build)} |"]
    lines.append("")
    for state, (floor, build, ratios) in start_up.items():
        lines.append(f"- {state}: cold build / import floor = {build.seconds / floor.seconds:.2f} × (medians), "
                     f"{statistics.median(ratios):.2f} × (median of {len(ratios)} back-to-back pairs, "
                     f"{min(ratios):.2f}–{max(ratios):.2f}); in CPU time {build.cpu_seconds / floor.cpu_seconds:.2f} ×.")
    return lines


def large_table(results: Results) -> list[str]:
    """Return the large synthetic microsite's measures, each also as a share of its cold build."""
    cold = results.large["build"]
    names = {"build": "cold build", "one process": "cold build in one process (`EXPLAINER_WORKERS=1`)",
             "check": "check", "claims": f"rebuild after editing `{synth.slug(1)}/claims.yaml`",
             "source": f"rebuild after editing `seeds/{EDITED_SOURCE}.txt` (and its sha256)"}
    lines = ["| command line | wall s | CPU s | peak MiB | runs | wall / cold | CPU / cold |", "|---|--:|--:|--:|--:|--:|--:|"]
    for key, name in names.items():
        m = results.large[key]
        lines.append(f"| {name} | {cells(m)} | {m.seconds / cold.seconds:.0%} | {m.cpu_seconds / cold.cpu_seconds:.0%} |")
    rebuilds = results.preview["rebuilds"]
    median = statistics.median(rebuilds)
    lines.append(f"| preview: `pipeline.build` after a claims edit, in a process that built once | {median:.3f} "
                 f"| – | – | {len(rebuilds)} | {median / cold.seconds:.0%} | – |")
    return lines


def hugo_table(results: Results) -> list[str]:
    """Return our cold build beside Hugo's, from the same run."""
    if results.hugo is None:
        return ["Hugo is not installed; not compared."]
    pages, theirs = results.hugo
    ours = results.large["build"]
    made = {name: f"{files} | {size:.1f}" for name, (files, size) in results.outputs.items()}
    return ["| cold build | pages | files written | MiB written | wall s | CPU s | peak MiB | runs |",
            "|---|--:|--:|--:|--:|--:|--:|--:|",
            f"| ours: synthetic microsite | {SIZES['large']['sources'] + SIZES['large']['big_sources']} source pages "
            f"+ {SIZES['large']['briefings']} briefings | {made.get('ours', '– | –')} | {cells(ours)} |",
            f"| Hugo: the same 4 KB documents as markdown | {pages} | {made.get('hugo', '– | –')} | {cells(theirs)} |",
            "",
            f"Ours over Hugo's: {ours.seconds / theirs.seconds:.2f} × in wall time, "
            f"{ours.cpu_seconds / theirs.cpu_seconds:.2f} × in CPU time, "
            f"{ours.peak_mib / theirs.peak_mib:.2f} × in peak memory."]


def growth_lines(results: Results) -> list[str]:
    """Return how the cold build grows from the small synthetic microsite to the large one."""
    small, large = results.small_build, results.large["build"]
    size = SIZES["large"]["sources"] / SIZES["small"]["sources"]
    lines = ["| cold build | sources | briefings | citations | wall s | CPU s | peak MiB | runs |",
             "|---|--:|--:|--:|--:|--:|--:|--:|"]
    for name, m in (("small", small), ("large", large)):
        s = SIZES[name]
        lines.append(f"| synthetic | {s['sources']} + {s['big_sources']} big | {s['briefings']} | {s['citations']} "
                     f"| {cells(m)} |")
    wall, cpu = large.seconds / small.seconds, large.cpu_seconds / small.cpu_seconds
    lines += ["", f"{size:g} × the size: {wall:.2f} × the wall time (exponent {math.log(wall) / math.log(size):.2f}), "
              f"{cpu:.2f} × the CPU time (exponent {math.log(cpu) / math.log(size):.2f}); 1.00 is linear."]
    return lines


def environment(loads: tuple[float, float]) -> str:
    """Return one line naming the machine, its load and the code measured (no clock, so the file diffs cleanly)."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "explainer", "templates", "static", "build.py"],
                           capture_output=True, text=True, cwd=REPO).stdout.strip()
    found = shutil.which("hugo")
    version = subprocess.run([found, "version"], capture_output=True, text=True).stdout.split()[1] if found else "none"
    cpus = os.cpu_count() or 1
    return (f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, {cpus} CPUs, Hugo {version}; "
            f"code at {head or 'unknown'}{' with uncommitted changes' if dirty else ''}; load average "
            f"{loads[0]:.1f} at start, {loads[1]:.1f} at end"
            + (f" (above {cpus}: other work inflates wall times, compare CPU times)." if max(loads) > cpus else "."))


def report(results: Results, command: str) -> str:
    """Return the whole report as Markdown."""
    large = SIZES["large"]
    cold_cpu = results.large["build"].cpu_seconds
    steps = [f"| {name} | {seconds:.3f} |" for name, seconds in results.steps.items()]
    return "\n".join([
        "# Benchmark results", "", f"`{command}`", "", environment(results.loads), "",
        "Medians of whole processes, timed from spawn to exit. CPU is user + system time of the process "
        "(`resource.getrusage(RUSAGE_CHILDREN)` around it; Hugo's threads included); peak is the process's largest "
        "resident set (the largest of its runs). Busy: a CPU-burning process pinned to the last core meanwhile.", "",
        "## Real microsite against the import floor", "", *start_up_table(results.start_up), "",
        *count_lines(results.counts), "",
        f"## Synthetic microsite: {large['briefings']} briefings, {large['sources']} sources of about 4 KB "
        f"+ {large['big_sources']} of 1 MB, {large['citations']} citations", "", *large_table(results), "",
        "## Beside Hugo, same run", "", *hugo_table(results), "",
        "## Growth", "", *growth_lines(results), "",
        "## Floors of the steps, on the large synthetic microsite (fastest of 3, in this process)", "",
        "| step | s |", "|---|--:|", *steps,
        f"| sum | {sum(results.steps.values()):.3f} |", "",
        f"The cold build's CPU time is {cold_cpu / sum(results.steps.values()):.1f} × the sum of these floors.", ""])


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Return the parsed command line."""
    parser = argparse.ArgumentParser(description="Benchmark build.py on the real and a synthetic microsite, beside Hugo.")
    parser.add_argument("--quick", action="store_true", help="one run per measure; print only (results.md is left alone)")
    parser.add_argument("--repeat", type=int, default=None, help="runs per measure (default 3; 1 with --quick)")
    parser.add_argument("--pairs", type=int, default=10, help="floor / real build pairs, quiet and busy (default 10)")
    parser.add_argument("--start-up", action="store_true",
                        help="only the real microsite against the import floor, quiet and busy; print only")
    parser.add_argument("--budget", type=float, default=20.0,
                        help="stop repeating a measure once its runs took this many seconds (default 20)")
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / "out",
                        help="folder for generated projects and sites (default benchmarks/out, git-ignored)")
    parser.add_argument("--results", type=Path, default=None,
                        help="write the report here (default benchmarks/results.md; not written with --quick)")
    args = parser.parse_args(argv)
    args.repeat = args.repeat or (1 if args.quick else 3)
    if args.results is None and not args.quick and not args.start_up:
        args.results = REPO / "benchmarks" / "results.md"
    args.work = args.work.resolve()
    return args


def measure_start_up(args) -> dict[str, tuple[Measure, Measure, list[float]]]:
    """Return the import floor and the real microsite's cold build, quiet and busy."""
    root = real_project(args.work)
    out = args.work / "real-site"
    # A user's first run writes our bytecode and what explainer/patterns.py and beside_code.py keep; timed runs follow.
    checked(run_once(build_command(root, "--out", str(out))), "first build")
    found = {}
    for state in ("quiet", "busy"):
        with second_core_busy() if state == "busy" else contextlib.nullcontext():
            found[state] = paired_floor_and_build(root, out, args.pairs)
        show(f"import floor, {state}", found[state][0])
        show(f"real cold build, {state}", found[state][1])
    return found


def main(argv: list[str] | None = None) -> int:
    """Run every measure, print the report and write it to results.md."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(args.work / TRASH, ignore_errors=True)
    # A user's first run writes the package's bytecode and its kept patterns (explainer/patterns.py);
    # this machine sets PYTHONDONTWRITEBYTECODE, which would make every timed run compile both again.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    load_at_start = os.getloadavg()[0]
    start_up = measure_start_up(args)
    counts = count_start_up(args.work / "real", args.work / "real-site", args.work)
    if args.start_up:
        print("\n" + "\n".join(start_up_table(start_up) + [""] + count_lines(counts)))
        return 0
    small = synthetic_project(args.work, "small")
    print(f"{small.name}:", flush=True)
    small_build = repeat(build_command(small, "--out", str(args.work / f"{small.name}-site")), args.repeat, args.budget,
                         lambda index: clear_for_cold_run(small, args.work / f"{small.name}-site"), "cold build")
    large = synthetic_project(args.work, "large")
    print(f"{large.name}:", flush=True)
    measured = measure_synthetic(large, args)
    site = args.work / f"{large.name}-site"
    preview = measure_preview(large, site, args.repeat)
    hugo_measure = measure_hugo(args.work, large / "seeds", args)
    steps = step_floors(large, site, args.work)
    for name, seconds in steps.items():
        print(f"  {name}: {seconds:.3f} s", flush=True)
    outputs = {name: output_size(folder) for name, folder in (("ours", site), ("hugo", args.work / "hugo-site"))
               if folder.is_dir()}
    results = Results(start_up, measured, preview, small_build, hugo_measure, steps, outputs,
                      (load_at_start, os.getloadavg()[0]), counts)
    text = report(results, " ".join(["python benchmarks/bench.py", *argv]))
    print("\n" + text)
    if args.results:
        args.results.write_text(text, encoding="utf-8")
        print(f"wrote {args.results}")
    shutil.rmtree(args.work / TRASH, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
