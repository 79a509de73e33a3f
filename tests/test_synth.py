"""The benchmark's microsite generator writes a microsite that builds cleanly, the same every time."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

import yaml

from conftest import REPO, run_build, tree_digest

SMALL = dict(briefings=3, sources=20, citations=60, big_sources=0)


def load_synth():
    """Return benchmarks/synth.py as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("benchmarks_synth", REPO / "benchmarks" / "synth.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_generated_microsite_builds_with_every_citation_anchored(tmp_path: Path):
    root = load_synth().generate(tmp_path / "project", **SMALL)

    result = run_build(root, "--out", str(tmp_path / "site"))

    assert result.code == 0, result.err
    site = tmp_path / "site"
    assert sorted(p.name for p in site.iterdir() if p.is_dir()) == [
        "briefing-001", "briefing-002", "briefing-003", "data", "sources", "static"]
    assert len(list((site / "sources").iterdir())) == 20
    check = run_build(root, "check")
    assert check.code == 0, check.err
    assert check.out.splitlines()[:4] == [f"briefing-00{n}: 20 citations anchored to 20 passages, 20 notes"
                                          for n in (1, 2, 3)] + ["ok: 3 briefings, 20 sources"]


def test_every_source_records_the_sha256_of_its_bytes(tmp_path: Path):
    root = load_synth().generate(tmp_path / "project", **SMALL)

    library = yaml.safe_load((root / "content" / "sources.yaml").read_text())["sources"]

    assert len(library) == 20
    for source in library:
        assert source["sha256"] == hashlib.sha256((root / "seeds" / source["file"]).read_bytes()).hexdigest()


def test_generation_is_deterministic(tmp_path: Path):
    synth = load_synth()
    first = synth.generate(tmp_path / "a", **SMALL)
    second = synth.generate(tmp_path / "b", **SMALL)

    assert tree_digest(first) == tree_digest(second)


def test_the_vocabulary_names_no_two_things_a_check_tells_apart():
    """A made-up sentence and its passage draw their nouns and adjectives at random: two things of one kind
    (kinds.py: "market" beside "hospital") or a pair of opposites would have a sentence swap one for the other, and the
    default microsite (100 briefings) stop building where the small one here still built."""
    from explainer.kinds import kind_sides
    from explainer.opposites import _table_of

    synth = load_synth()
    nouns = {word for noun in synth.NOUNS for word in (noun, noun + "s")}
    swapped = [(one, other) for ones, others in kind_sides() for one in ones for other in others
               if one in nouns and other in nouns]
    adjectives = set(synth.ADJECTIVES)
    turned = [(word, sorted(opposite)) for word, opposite in _table_of("en").opposites.items()
              if word in adjectives and adjectives & opposite]
    assert swapped == [] and turned == []
