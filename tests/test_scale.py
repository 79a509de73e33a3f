"""A rebuild after an edit gives exactly the tree a clean build gives, and rewrites only what changed.

The write stage compares every new file with the old one (it reads the old site back), so
an edit rewrites only the files whose bytes differ; everything else keeps its inode and
timestamp. What an edit rewrites follows from what depends on it: editing the words of one
briefing's claim changes that briefing's page and its JSON export, and nothing of another
briefing, the home page, the feed or any source page (an edit that renumbers footnotes would
also rewrite the source pages it cites, whose back-links name the footnote numbers).
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from conftest import run_build, tree_digest
from test_synth import load_synth


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A synthetic microsite of a few briefings sharing 80 sources, one of them 1 MB, built once (its .cache/ kept,
    its site elsewhere): each test's first build then starts as a user's next one does, not from nothing.

    80 sources are enough for what these tests guard (which files an edit rewrites, and that a rebuild equals a
    clean build), and still as many as a cold build's source pages need to go to two worker processes
    (explainer/parallel.py); 200 cost each build twice as much CPU."""
    folder = tmp_path_factory.mktemp("scale")
    root = load_synth().generate(folder / "project", briefings=4, sources=80, citations=320, big_sources=1)
    assert run_build(root, "--out", str(folder / "site")).code == 0
    return root


@pytest.fixture
def project(generated: Path, tmp_path: Path) -> Path:
    """A private copy of the generated microsite and its .cache/, safe to edit."""
    return Path(shutil.copytree(generated, tmp_path / "project", symlinks=True))


@pytest.fixture(scope="module")
def clean_build_after(generated: Path, tmp_path_factory):
    """Return a function from an edit to the digest of a clean build of its own copy of the microsite so edited:
    built once per edit and module, as two tests edit the same claim and compare with the same clean site."""
    digests = {}

    def digest(edit) -> dict[str, str]:
        if edit not in digests:
            folder = tmp_path_factory.mktemp("clean")
            project = Path(shutil.copytree(generated, folder / "project", symlinks=True))
            edit(project)
            assert run_build(project, "--out", str(folder / "site")).code == 0
            digests[edit] = tree_digest(folder / "site")
        return digests[edit]
    return digest


def snapshot(site: Path) -> dict[str, tuple[int, int]]:
    """Return {relative path: (inode, modification time)} for every file of a site."""
    return {p.relative_to(site).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns) for p in site.rglob("*")
            if p.is_file()}


def rebuild_after(project: Path, edit, tmp_path: Path, clean: dict[str, str]) -> list[str]:
    """Build, apply `edit`, rebuild in place; assert it equals the `clean` build's digest; return the files
    rewritten."""
    out = tmp_path / "site"
    assert run_build(project, "--out", str(out)).code == 0
    before = snapshot(out)
    edit(project)
    result = run_build(project, "--out", str(out))
    assert result.code == 0, result.err
    assert tree_digest(out) == clean
    after = snapshot(out)
    assert after.keys() == before.keys()
    return sorted(path for path in after if after[path] != before[path])


def edit_claim(project: Path) -> None:
    claims = project / "content" / "briefing-002" / "claims.yaml"
    claims.write_text(claims.read_text().replace('says: "', 'says: "Edited. ', 1))


def edit_source(project: Path) -> None:
    seed = project / "seeds" / "s00007.txt"
    old = hashlib.sha256(seed.read_bytes()).hexdigest()
    seed.write_bytes(seed.read_bytes() + b"\nA paragraph added at the end.\n")
    library = project / "content" / "sources.yaml"
    library.write_text(library.read_text().replace(old, hashlib.sha256(seed.read_bytes()).hexdigest()))


def test_a_claims_edit_rewrites_only_that_briefings_page_and_data(project: Path, tmp_path: Path, clean_build_after):
    # claims.csv gives each claim's words: an edit of them is written there too
    assert rebuild_after(project, edit_claim, tmp_path, clean_build_after(edit_claim)) == ["briefing-002/data/briefing.json",
                                                            "briefing-002/data/claims.csv",
                                                            "briefing-002/index.html"]


def test_a_source_edit_rewrites_only_that_sources_page(project: Path, tmp_path: Path, clean_build_after):
    assert rebuild_after(project, edit_source, tmp_path, clean_build_after(edit_source)) == ["sources/s00007.html"]


def test_building_again_in_the_same_process_after_an_edit_equals_a_clean_build(project: Path, tmp_path: Path,
                                                                               clean_build_after):
    from explainer.pipeline import build
    from explainer.project import Project

    site = Project.at(project, tmp_path / "site")
    build(site)
    edit_claim(project)
    report = build(site)
    assert report.written == 3  # the page, briefing.json and claims.csv
    assert tree_digest(site.out) == clean_build_after(edit_claim)
