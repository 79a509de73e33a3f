"""Incremental builds reuse .cache/ and still give exactly what a clean build gives, after any edit."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import jinja2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explainer.pipeline import build_site
from explainer.project import Project
from test_microsite import microsite


def clean_build(root: Path) -> dict[str, bytes]:
    """Return the site a build with no .cache at all gives for the project's inputs now."""
    kept = root / ".cache-kept"
    (root / ".cache").rename(kept) if (root / ".cache").exists() else None
    try:
        return build_site(Project.at(root))
    finally:
        shutil.rmtree(root / ".cache", ignore_errors=True)
        kept.rename(root / ".cache") if kept.exists() else None


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (old, path)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_seed(root: Path) -> None:
    """Change a source's bytes and record its new hash, as accept-source would."""
    seed = root / "seeds" / "council-minutes.txt"
    before = hashlib.sha256(seed.read_bytes()).hexdigest()
    replace_in(seed, "The council also discussed", "Later, the council also discussed")
    replace_in(root / "content" / "sources.yaml", before, hashlib.sha256(seed.read_bytes()).hexdigest())


def edit_locale(root: Path) -> None:
    """Give the project its own English locale with one heading changed."""
    english = (Path(__file__).resolve().parent.parent / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    (root / "locales").mkdir(exist_ok=True)
    (root / "locales" / "en.yaml").write_text(english.replace("notes: Notes", "notes: Footnotes"), encoding="utf-8")


EDITS = {
    "content": lambda root: replace_in(root / "content" / "harbour-strike" / "claims.yaml", "says: Only 800 workers",
                                       "says: Just 800 workers"),
    "source": edit_seed,
    "template": lambda root: replace_in(root / "templates" / "_claims.html", '<p class="lede">', '<p class="lede intro">'),
    "locale": edit_locale,
    "site settings": lambda root: replace_in(root / "content" / "site.yaml", "title: Eastmere explained",
                                             "title: Eastmere, explained"),
    "deleted briefing": lambda root: shutil.rmtree(root / "content" / "council-vote"),
    "log entry": lambda root: replace_in(root / "content" / "bridge-dispute" / "briefing.yaml", "citations:\n",
                                         "  - date: 2026-05-10\n    kind: update\n    text: Talks resumed.\n"
                                         "citations:\n"),
}


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_an_incremental_build_after_an_edit_equals_a_clean_build(kind: str, tmp_path: Path):
    root = microsite(tmp_path / "project")
    before = build_site(Project.at(root))
    EDITS[kind](root)
    incremental = build_site(Project.at(root))
    assert incremental != before, "the edit must change the site"
    assert incremental == clean_build(root)


def test_an_unchanged_rebuild_renders_no_template(tmp_path: Path, monkeypatch):
    root = microsite(tmp_path / "project")
    first = build_site(Project.at(root))
    renders = []
    original = jinja2.Template.render
    monkeypatch.setattr(jinja2.Template, "render", lambda self, *a, **k: renders.append(self.name) or original(self, *a, **k))
    assert build_site(Project.at(root)) == first
    assert renders == []
    EDITS["content"](root)
    build_site(Project.at(root))
    assert renders == ["briefing.html"]  # only the edited briefing: its notes and their numbers are unchanged


def test_a_stale_cache_entry_is_pruned(tmp_path: Path):
    root = microsite(tmp_path / "project")
    build_site(Project.at(root))
    entries = set((root / ".cache" / "pages").iterdir())
    EDITS["content"](root)
    build_site(Project.at(root))
    after = set((root / ".cache" / "pages").iterdir())
    assert len(after) == len(entries) and after != entries


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sequence=st.lists(st.sampled_from(sorted(set(EDITS) - {"deleted briefing", "locale"})), min_size=1,
                         max_size=3, unique=True))
def test_any_sequence_of_edits_builds_as_a_clean_build_would(tmp_path_factory, sequence):
    root = microsite(tmp_path_factory.mktemp("sequence") / "project")
    build_site(Project.at(root))
    for kind in sequence:
        EDITS[kind](root)
        assert build_site(Project.at(root)) == clean_build(root), sequence
