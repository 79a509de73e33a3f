"""Time the preview server's rebuild after one content edit, in a process that has built once.

`python build.py serve` calls `pipeline.build` on every change, in the one process that also
made the first build; this does the same without the HTTP and websocket parts
(benchmarks/serve_latency.py measures those). It builds once, then edits the first briefing's
claims.yaml `--edits` times, rebuilding after each, and prints JSON: the first build's seconds
and each rebuild's seconds.

    python benchmarks/preview_rebuild.py ROOT OUT [--edits 3]
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from explainer.gc_pause import no_collection  # noqa: E402
from explainer.pipeline import build  # noqa: E402
from explainer.project import Project  # noqa: E402


def first_claims(root: Path) -> Path:
    """Return the claims.yaml of the first briefing folder that has one."""
    found = sorted((root / "content").glob("*/claims.yaml"))
    if not found:
        raise SystemExit(f"{root}: no briefing has a claims.yaml to edit")
    return found[0]


# The opening of the first `says`: after its quote mark, or at its text's start on the next line for a block.
_FIRST_SAYS = re.compile(r'(?m)^[ \t]*(?:-[ \t]+)?says:[ \t]*(?:[>|][-+]?[ \t]*\n[ \t]*|")?')


def revise_claim(claims: Path, original: str, revision: int) -> None:
    """Write claims.yaml back with the first claim's `says` opening with a note that differs per revision.

    The note states no number: a figure there would have to stand in the passages the claim cites.
    """
    note = "Revised" + ", again" * revision + ". "
    text, count = _FIRST_SAYS.subn(lambda found: found.group() + note, original, count=1)
    if not count:
        raise SystemExit(f"{claims}: no claim with `says:` to edit")
    claims.write_text(text, encoding="utf-8")


def timed_build(project: Project):
    """Return the build's report and its seconds, the collector paused as in `build.py`."""
    with no_collection():
        started = time.perf_counter()
        report = build(project)
        return report, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--edits", type=int, default=3)
    args = parser.parse_args(argv)
    project = Project.at(args.root.resolve(), args.out.resolve())
    claims = first_claims(project.root)
    original = claims.read_text(encoding="utf-8")
    _, first = timed_build(project)
    rebuilds = []
    try:
        for index in range(args.edits):
            revise_claim(claims, original, index)
            gc.collect()  # the server is idle between saves; don't bill one edit for the last one's garbage
            report, seconds = timed_build(project)
            rebuilds.append(seconds)
            if report.written == 0:
                raise SystemExit(f"rebuild {index + 1} wrote nothing after editing {claims}")
    finally:
        claims.write_text(original, encoding="utf-8")
    print(json.dumps({"first": first, "rebuilds": rebuilds}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
