"""Time the preview server's rebuild after one content edit, in its own process.

`python build.py serve` keeps a Builder between builds; this drives the same Builder without
the HTTP and websocket parts (benchmarks/serve_latency.py measures those on the real briefing).
It builds once, then edits claims.yaml `--edits` times, rebuilding after each, and prints JSON:
the first build's seconds and each rebuild's seconds.

    python benchmarks/preview_rebuild.py ROOT OUT [--edits 5]
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import edit_claim  # noqa: E402
from explainer.pipeline import Project  # noqa: E402
from explainer.serve import Builder  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args(argv)
    builder = Builder(Project.at(args.root.resolve(), args.out.resolve()))
    claims = args.root.resolve() / "content" / "claims.yaml"
    original = claims.read_text(encoding="utf-8")
    started = time.perf_counter()
    first = builder.build()
    first_seconds = time.perf_counter() - started
    if first.problems:
        raise SystemExit(f"first build failed: {first.problems[0]}")
    rebuilds = []
    try:
        for index in range(args.edits):
            edit_claim(claims, original, index)
            gc.collect()  # the server is idle between saves; don't bill one edit for the last one's garbage
            started = time.perf_counter()
            outcome = builder.build({claims})
            rebuilds.append(time.perf_counter() - started)
            if outcome.problems or "index.html" not in outcome.changed:
                raise SystemExit(f"rebuild {index + 1} did not change the briefing: {outcome}")
    finally:
        claims.write_text(original, encoding="utf-8")
    print(json.dumps({"first": first_seconds, "rebuilds": rebuilds}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
