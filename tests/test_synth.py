"""The benchmark's project generator writes a project that builds cleanly, the same every time."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from conftest import REPO, run_build, tree_digest


def load_synth():
    """Return benchmarks/synth.py as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("benchmarks_synth", REPO / "benchmarks" / "synth.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_generated_project_builds_with_every_citation_anchored(tmp_path: Path):
    root = load_synth().generate(tmp_path / "project", sources=5, citations=30, big_sources=0)

    result = run_build(root, "--out", str(tmp_path / "site"))

    assert result.code == 0, result.err
    assert sorted(p.name for p in (tmp_path / "site" / "sources").iterdir()) == [
        "s00001.html", "s00002.html", "s00003.html", "s00004.html", "s00005.html"]
    check = run_build(root, "check")
    assert check.code == 0, check.err
    assert check.out.splitlines()[0].startswith("ok: 30 citations anchored to 30 passages")


def test_generation_is_deterministic(tmp_path: Path):
    synth = load_synth()
    first = synth.generate(tmp_path / "a", sources=3, citations=12, big_sources=0)
    second = synth.generate(tmp_path / "b", sources=3, citations=12, big_sources=0)

    assert tree_digest(first) == tree_digest(second)
