"""Time save -> page written in our preview server and in Hugo's, on the same number of pages, in one run.

Our side: `build.py serve` on the synthetic microsite (`synth.py`, 4,000 sources by default), one
briefing's claims.yaml edited per round; the round ends when that briefing's page in the output
folder holds the edit. Hugo's side: `hugo server --renderToDisk` (its default fast render) on the
same 4 KB documents as markdown pages (`hugo.py`), one page edited per round; the round ends when
its output file holds the edit. Each side runs alone, with a pause between saves as between two
saves of a person, and the first round of each is left out (it warms caches up). The output file
is looked at with stat() every millisecond and read only when it changed.

    python benchmarks/edit_to_output.py [--sources 4000] [--edits 8] [--work benchmarks/out]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import hugo  # noqa: E402
import synth  # noqa: E402
from serve_latency import free_port  # noqa: E402

PAUSE = 1.0  # seconds between saves
TIMEOUT = 30.0
# The opening of the first `says`: after its quote mark, or at its text's start on the next line for a block.
_FIRST_SAYS = re.compile(r'(?m)^[ \t]*(?:-[ \t]+)?says:[ \t]*(?:[>|][-+]?[ \t]*\n[ \t]*|")?')


def probe(n: int) -> str:
    """Return edit `n`'s words: in letters, as a claim may state no figure its passages do not give."""
    return "Probe " + str(n).translate(str.maketrans("0123456789", "abcdefghij")) + "."


class Watched(subprocess.Popen):
    """A server process whose output is collected by a thread."""

    def __init__(self, command: list[str], ready: str):
        super().__init__(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         env={**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
                              "PYTHONUNBUFFERED": "1"})  # as a user runs it: bytecode and kept patterns written
        self.lines: list[str] = []
        threading.Thread(target=lambda: self.lines.extend(line.rstrip("\n") for line in self.stdout), daemon=True).start()
        deadline = time.monotonic() + 300
        while not any(ready in line for line in self.lines):
            if self.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise SystemExit(f"{command[0]} did not start:\n" + "\n".join(self.lines[-20:]))
            time.sleep(0.05)

    def stop(self) -> None:
        if self.poll() is None:
            self.send_signal(signal.SIGINT)
            try:
                self.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
                self.wait()


def written_after(page: Path, words: str, before: tuple) -> float:
    """Wait until `page` holds `words`; return when that was first seen (perf_counter)."""
    deadline = time.perf_counter() + TIMEOUT
    while time.perf_counter() < deadline:
        try:
            status = os.stat(page)
            seen = (status.st_ino, status.st_mtime_ns, status.st_size)
        except FileNotFoundError:
            seen = None
        if seen is not None and seen != before:
            now = time.perf_counter()
            if words in page.read_text(encoding="utf-8", errors="replace"):
                return now
            before = seen
        time.sleep(0.001)
    raise SystemExit(f"{page} did not get the edit {words!r} within {TIMEOUT:.0f} s")


def rounds(edit, page: Path, count: int) -> list[float]:
    """Make `count` + 1 edits with `edit(n)` (which returns the words to wait for); return each's ms but the first."""
    times = []
    for n in range(count + 1):
        time.sleep(PAUSE)
        status = os.stat(page)
        before = (status.st_ino, status.st_mtime_ns, status.st_size)
        saved = time.perf_counter()
        words = edit(n)
        seen = written_after(page, words, before)
        if n:
            times.append((seen - saved) * 1000)
    return times


def ours(root: Path, out: Path, count: int) -> tuple[list[float], list[str]]:
    """Time our preview server; return the rounds' ms and the server's own lines."""
    claims = sorted((root / "content").glob("*/claims.yaml"))[0]
    original = claims.read_text(encoding="utf-8")

    def edit(n: int) -> str:
        text, found = _FIRST_SAYS.subn(lambda match: match.group() + probe(n) + " ", original, count=1)
        assert found, claims
        claims.write_text(text, encoding="utf-8")
        return probe(n)

    server = Watched([sys.executable, str(REPO / "build.py"), "--root", str(root), "serve", "--out", str(out),
                      "--port", str(free_port())], " at http://")
    try:
        return rounds(edit, out / claims.parent.name / "index.html", count), server.lines
    finally:
        server.stop()
        claims.write_text(original, encoding="utf-8")


def theirs(found: str, root: Path, out: Path, count: int) -> list[float]:
    """Time Hugo's server on the same number of pages; return the rounds' ms."""
    document = sorted((root / "content" / "sources").glob("*.md"))[0]
    original = document.read_text(encoding="utf-8")

    def edit(n: int) -> str:
        document.write_text(original + f"\n{probe(n)}\n", encoding="utf-8")
        return probe(n)

    shutil.rmtree(out, ignore_errors=True)
    server = Watched([found, "server", "--source", str(root), "--destination", str(out), "--renderToDisk",
                      "--port", str(free_port()), "--bind", "127.0.0.1", "--cacheDir", str(root / ".hugo-cache")],
                     "Web Server is available")
    try:
        return rounds(edit, out / "sources" / document.stem / "index.html", count)
    finally:
        server.stop()
        document.write_text(original, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=4000, help="synthetic sources, and Hugo pages (default 4000)")
    parser.add_argument("--edits", type=int, default=8, help="timed edits per server (default 8)")
    parser.add_argument("--work", type=Path, default=HERE / "out", help="where the sites are made and kept")
    args = parser.parse_args()
    found = shutil.which("hugo")
    if not found:
        raise SystemExit("hugo is not installed (apt-get install hugo)")
    root = args.work / f"synth-{args.sources}"
    if not (root / "content").is_dir():
        synth.generate(root, briefings=max(1, args.sources // 40), sources=args.sources, citations=5 * args.sources)
    pages = hugo.write_site(args.work / "hugo-serve", root / "seeds")
    print(f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; {args.edits} timed edits per server, {PAUSE} s apart")
    mine, lines = ours(root.resolve(), (args.work / f"synth-{args.sources}-serve").resolve(), args.edits)
    hugos = theirs(found, (args.work / "hugo-serve").resolve(), (args.work / "hugo-serve-site").resolve(), args.edits)
    builds = [float(m.group(1)) for line in lines if (m := re.match(r"rebuilt in (\d+) ms", line))][1:]
    print(f"ours ({args.sources} sources): save -> page written, ms: median {statistics.median(mine):.0f}, "
          f"min {min(mine):.0f}, max {max(mine):.0f}")
    if builds:
        print(f"  (the server's own rebuilds: median {statistics.median(builds):.0f} ms)")
    print(f"Hugo ({pages} pages): save -> page written, ms: median {statistics.median(hugos):.0f}, "
          f"min {min(hugos):.0f}, max {max(hugos):.0f}")
    print(f"ours / Hugo: {statistics.median(mine) / statistics.median(hugos):.2f} x (medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
