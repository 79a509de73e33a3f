"""Parallel and incremental builds give exactly the tree a clean single-process build gives."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from conftest import run_build, tree_digest
from test_synth import load_synth


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A synthetic project big enough for the automatic parallel path (400 source pages)."""
    return load_synth().generate(tmp_path_factory.mktemp("scale") / "project", sources=400, citations=1200,
                                 big_sources=1)


def test_parallel_build_equals_single_process_build(generated: Path, tmp_path: Path):
    single, parallel, automatic = tmp_path / "single", tmp_path / "parallel", tmp_path / "auto"
    assert run_build(generated, "--out", str(single), "--jobs", "1").code == 0
    assert run_build(generated, "--out", str(parallel), "--jobs", "2").code == 0
    assert run_build(generated, "--out", str(automatic)).code == 0
    assert len(list((single / "sources").iterdir())) == 401
    assert tree_digest(single) == tree_digest(parallel) == tree_digest(automatic)


def test_rebuild_after_an_edit_equals_a_clean_build_and_keeps_unchanged_files(generated: Path, tmp_path: Path):
    out = tmp_path / "site"
    assert run_build(generated, "--out", str(out)).code == 0
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.rglob("*.html")}
    claims = generated / "content" / "pakistan-afghanistan-war" / "claims.yaml"
    original = claims.read_text()
    try:
        claims.write_text(original.replace("says: ", "says: Edited. ", 1))
        assert run_build(generated, "--out", str(out)).code == 0
        clean = tmp_path / "clean"
        assert run_build(generated, "--out", str(clean)).code == 0
    finally:
        claims.write_text(original)
    assert tree_digest(out) == tree_digest(clean)
    after = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.rglob("*.html")}
    changed = sorted(p.relative_to(out).as_posix() for p in after if after[p] != before.get(p))
    assert changed == ["index.html"]


def test_the_preview_servers_reusing_rebuilds_equal_clean_builds(generated: Path, tmp_path: Path):
    from explainer.pipeline import Project, build_site
    from explainer.serve import Builder

    root = tmp_path / "copy"
    shutil.copytree(generated, root)
    project = Project.at(root, tmp_path / "site")
    builder = Builder(project)
    assert not builder.build().problems
    edits = [
        (root / "content" / "pakistan-afghanistan-war" / "claims.yaml", "says: ", "says: Edited. "),
        (root / "content" / "pakistan-afghanistan-war" / "briefing.yaml", "    title: ", "    title: Renamed "),
        (root / "templates" / "source.html", "<main", "<!-- restyled --><main"),
    ]
    for path, old, new in edits:
        path.write_text(path.read_text().replace(old, new, 1))
        outcome = builder.build({path})
        assert not outcome.problems
        assert builder.files == build_site(project), f"after editing {path.name}"
        assert tree_digest(project.out) == {name: hashlib.sha256(data).hexdigest()
                                            for name, data in builder.files.items()} | {
            ".explainer-site": tree_digest(project.out)[".explainer-site"]}
