"""Measure the dev server's edit loop: the time from saving a file to the new page being served.

Starts `build.py serve` on a temporary copy of the project, connects to its livereload socket as
an open page does, then for each edit: saves the file, waits for the reload message, fetches the
page (or stylesheet) and checks the edit is in it. Prints the median, 90th percentile and worst
case of "save -> reload sent" and "save -> new page served", and the server's own build times.

    python benchmarks/serve_latency.py [--edits 20] [--kinds content,template,style] [--pause 0.3]

With `--pause 5` every save comes after the server has gone to sleep (it polls for a few seconds after a change,
then waits on its change bell): the first save after a while idle.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

REPO = Path(__file__).resolve().parent.parent
PARTS = ("content", "seeds", "templates", "static")
PAUSE = 0.3  # seconds between edits, as between two saves of a person


@dataclass
class Edit:
    """How one kind of edit is made and seen."""

    file: str
    page: str

    def make(self, root: Path, n: int) -> str:
        """Save the file with edit number `n`; return the text the served file must then contain."""
        path = root / self.file
        text = path.read_text(encoding="utf-8")
        if self.file.endswith(".yaml"):
            # In letters: a title may state no figure that the briefing's passages do not give.
            probe = "Latency probe " + str(n).translate(str.maketrans("0123456789", "abcdefghij"))
            path.write_text(re.sub(r"(?m)^title: .*$", f"title: {probe}", text, count=1), encoding="utf-8")
            return probe
        if self.file.endswith(".html"):
            path.write_text(re.sub(r"<h1[^>]*>", f'<h1 data-probe="{n}">', text, count=1), encoding="utf-8")
            return f'data-probe="{n}"'
        path.write_text(re.sub(r"\n:root \{ --probe: \d+; \}\n$", "", text) + f"\n:root {{ --probe: {n}; }}\n",
                        encoding="utf-8")
        return f"--probe: {n};"


SLUG = "pakistan-afghanistan-war"  # the real briefing: its page is site/<slug>/index.html
EDITS = {
    "content": Edit(f"content/{SLUG}/briefing.yaml", f"{SLUG}/"),
    "template": Edit("templates/briefing.html", f"{SLUG}/"),
    "style": Edit("static/style.css", "static/style.css"),
}


@dataclass
class Timings:
    """Milliseconds from save to reload message and to the new file served, per edit."""

    told: list[float] = field(default_factory=list)
    served: list[float] = field(default_factory=list)
    extra_messages: int = 0


class Server:
    """`build.py serve` on a private copy of the project."""

    def __init__(self, root: Path):
        port = free_port()
        # As a user runs it: bytecode and kept patterns written by the first run, read by the next.
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen([sys.executable, str(REPO / "build.py"), "--root", str(root), "serve",
                                         "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, env=env)
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.url = self._wait_for_url()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def _wait_for_url(self) -> str:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and self.process.poll() is None:
            for line in self.lines:
                found = re.search(r" at (http://\S+) ", line)
                if found:
                    return found.group(1)
            time.sleep(0.05)
        self.stop()
        raise SystemExit("the server did not start:\n" + "\n".join(self.lines))

    def build_times(self) -> list[float]:
        """Return the server's own rebuild times, in ms."""
        return [float(m.group(1)) for line in self.lines if (m := re.match(r"rebuilt in (\d+) ms", line))]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def connect(url: str):
    """Return a livereload socket that the server counts as an open page."""
    socket_url = url.replace("http://", "ws://") + "livereload"
    # The server opens its socket only to its own pages, as a browser shows by the Origin header.
    connection = await websocket_connect(HTTPRequest(socket_url, headers={"Origin": url.rstrip("/")}))
    await connection.write_message(json.dumps({"command": "hello",
                                               "protocols": ["http://livereload.com/protocols/official-7"]}))
    await connection.read_message()
    await connection.write_message(json.dumps({"command": "info", "url": url, "plugins": {}}))
    await asyncio.sleep(0.2)
    return connection


async def measure(server: Server, root: Path, edit: Edit, count: int, pause: float) -> Timings:
    """Make `count` edits (after one warm-up) and time each until the new file is served."""
    connection = await connect(server.url)
    client = AsyncHTTPClient()
    timings = Timings()
    for n in range(count + 1):
        await asyncio.sleep(pause)
        expected = edit.make(root, n)
        saved = time.perf_counter()
        while True:
            message = await asyncio.wait_for(connection.read_message(), timeout=10)
            told = time.perf_counter()
            if message is None:
                raise SystemExit("the server closed the livereload socket")
            response = await client.fetch(server.url + edit.page, raise_error=False)
            served = time.perf_counter()
            if expected in response.body.decode("utf-8"):
                break
            timings.extra_messages += 1
        if n:  # the first edit warms up the server's caches
            timings.told.append((told - saved) * 1000)
            timings.served.append((served - saved) * 1000)
    connection.close()
    return timings


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):6.1f}  p90 {p90:6.1f}  max {ordered[-1]:6.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=20, help="edits per kind (default 20)")
    parser.add_argument("--kinds", default="content,template,style", help="which files to edit: " + ", ".join(EDITS))
    parser.add_argument("--pause", type=float, default=PAUSE, help=f"seconds between saves (default {PAUSE})")
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}; {args.edits} edits per kind, {args.pause}s apart\n")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "project"
        for part in PARTS:
            shutil.copytree(REPO / part, root / part)
        for kind in args.kinds.split(","):
            server = Server(root)
            try:
                timings = asyncio.run(measure(server, root, EDITS[kind], args.edits, args.pause))
            finally:
                server.stop()
            builds = server.build_times()[1:]
            print(f"{EDITS[kind].file}  (ms)")
            print(f"  save -> reload sent      {summary(timings.told)}")
            print(f"  save -> new page served  {summary(timings.served)}")
            print(f"  server's rebuild         {summary(builds)}" if builds else "  (no rebuild times printed)")
            if timings.extra_messages:
                print(f"  {timings.extra_messages} reloads showed an intermediate state first")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
