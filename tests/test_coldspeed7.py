"""benchmarks/balance.py: how evenly a cold build's workers share each parallel stage, through the front door."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import REPO
from test_synth import load_synth


def test_balance_reports_every_parallel_stage_with_each_workers_cpu_and_idle_time(tmp_path: Path):
    root = load_synth().generate(tmp_path / "project", briefings=12, sources=40, citations=120, big_sources=0)
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "balance.py"), str(root)], capture_output=True,
                          text=True, env={**os.environ, "EXPLAINER_WORKERS": "2"}, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert re.fullmatch(r"cold build: [\d.]+ s, load [\d.]+", lines[0])
    stages = [line.split(":")[0] for line in lines[1:]]
    # the render makes the downloads first, then the pages that give their sizes: two stages
    assert stages == ["parse_ahead", "anchor_briefings", "plan_briefings", "_make_jobs", "_make_jobs"]
    worker = r"[\d.]+ CPU-s idle [\d.]+ s"
    for line in lines[1:]:  # a worker started late may find every share of a small stage taken
        assert re.fullmatch(rf"\w+: \d+ items, [\d.]+ s; {worker}(, {worker})?; balance [\d.]+", line), line
    assert (root / "site" / "index.html").is_file()  # it built the site, cold
