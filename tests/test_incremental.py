"""Incremental builds reuse .cache/ and still give exactly what a clean build gives, after any edit."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import jinja2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import pack_entries
from explainer.pipeline import build, build_site
from explainer.project import Project
from test_microsite import microsite


def built(root: Path) -> dict[str, bytes]:
    """Build into site/ as the command line does (reusing .cache/ and the last site); return its files."""
    build(Project.at(root))
    site = root / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and p.name != ".explainer-site"}


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


def add_source(root: Path) -> None:
    """Add a source to the library, first in sources.yaml: every other entry moves down, none changes."""
    text = b"The ferry runs hourly from the north quay.\n"
    (root / "seeds" / "ferry-notice.txt").write_bytes(text)
    replace_in(root / "content" / "sources.yaml", "sources:\n",
               "sources:\n  - id: ferry\n    file: ferry-notice.txt\n    title: Ferry notice (fictional)\n"
               f"    publisher: Eastmere ferries\n    date: 2026-05-01\n    sha256: {hashlib.sha256(text).hexdigest()}\n")


EDITS = {
    "content": lambda root: replace_in(root / "content" / "harbour-strike" / "claims.yaml", "says: Only 800 workers",
                                       "says: Just 800 workers"),
    "source": edit_seed,
    "template": lambda root: replace_in(root / "templates" / "_claims.html", '<p class="lede">', '<p class="lede intro">'),
    "locale": edit_locale,
    "site settings": lambda root: replace_in(root / "content" / "site.yaml", "title: Eastmere explained",
                                             "title: Eastmere, explained"),
    "deleted briefing": lambda root: shutil.rmtree(root / "content" / "council-vote"),
    "added source": add_source,
    "log entry": lambda root: replace_in(root / "content" / "bridge-dispute" / "briefing.yaml", "citations:\n",
                                         "  - date: 2026-05-10\n    kind: update\n    text: Talks resumed.\n"
                                         "citations:\n"),
}


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_an_incremental_build_after_an_edit_equals_a_clean_build(kind: str, tmp_path: Path):
    root = microsite(tmp_path / "project")
    before = built(root)
    EDITS[kind](root)
    incremental = built(root)
    assert incremental != before, "the edit must change the site"
    assert incremental == clean_build(root)


def test_an_unchanged_rebuild_renders_no_template(tmp_path: Path, monkeypatch):
    root = microsite(tmp_path / "project")
    first = built(root)
    renders = []
    # a page is made by Template.generate, counted as it is written (template_limits.rendered_page)
    original = jinja2.Template.generate
    monkeypatch.setattr(jinja2.Template, "generate",
                        lambda self, *a, **k: renders.append(self.name) or original(self, *a, **k))
    assert built(root) == first
    assert renders == []
    EDITS["content"](root)
    built(root)
    assert renders == ["briefing.html"]  # only the edited briefing: its notes and their numbers are unchanged


def test_a_page_changed_by_hand_in_the_site_is_rendered_again(tmp_path: Path):
    root = microsite(tmp_path / "project")
    build(Project.at(root))
    page = root / "site" / "council-vote" / "index.html"
    page.write_text("tampered", encoding="utf-8")
    assert build_site(Project.at(root))["council-vote/index.html"] == clean_build(root)["council-vote/index.html"]


def test_stale_cache_entries_are_dropped(tmp_path: Path):
    root = microsite(tmp_path / "project")
    build(Project.at(root))
    before = pack_entries(root / ".cache" / "pages")
    EDITS["content"](root)
    build(Project.at(root))
    after = pack_entries(root / ".cache" / "pages")
    assert len(after) == len(before) and after != before


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sequence=st.lists(st.sampled_from(sorted(set(EDITS) - {"deleted briefing", "locale"})), min_size=1,
                         max_size=3, unique=True))
def test_any_sequence_of_edits_builds_as_a_clean_build_would(tmp_path_factory, sequence):
    root = microsite(tmp_path_factory.mktemp("sequence") / "project")
    built(root)
    for kind in sequence:
        EDITS[kind](root)
        assert built(root) == clean_build(root), sequence


def test_a_source_page_is_planned_again_only_when_its_source_or_citations_changed(tmp_path: Path, monkeypatch):
    from explainer import site_files
    root = microsite(tmp_path / "project")
    built(root)
    planned = []
    original = site_files.plan_source_page
    monkeypatch.setattr(site_files, "plan_source_page",
                        lambda text, *rest: planned.append(text.source.id) or original(text, *rest))
    built(root)
    assert planned == []
    edit_seed(root)
    incremental = built(root)
    assert planned == ["minutes"]  # the edited source's page (its citations kept their passages)
    assert incremental == clean_build(root)


def test_a_page_keyed_by_its_arguments_needs_a_function_of_them_alone(tmp_path: Path):
    from explainer.memo import Page, PageMemo
    from explainer.render import make_environment
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html").write_text("{{ word | default('') }}", encoding="utf-8")
    pages = PageMemo(make_environment(templates, None), None, tmp_path / "site", lambda error: error)
    hidden = "captured"
    with pytest.raises(TypeError, match="module-level function"):
        pages.make_all([Page("a.html", "page.html", lambda word: dict(word=word + hidden), ("x",))])
    assert pages.make_all([Page("a.html", "page.html", dict, ())]) == {"a.html": b""}


def test_a_rebuild_unpickles_only_the_plans_of_the_briefings_it_renders_again(tmp_path: Path, monkeypatch):
    from explainer.memo import Deferred
    from explainer.views import BriefingPage
    root = microsite(tmp_path / "project")
    built(root)
    unpickled = []
    original = Deferred.get

    def get(self):
        value = original(self)
        if isinstance(value, BriefingPage):  # a plan; content files and outlines are kept Deferred too
            unpickled.append(value.header.slug)
        return value

    monkeypatch.setattr(Deferred, "get", get)
    built(root)
    assert unpickled == []  # the home and source pages need only each briefing's outline
    EDITS["content"](root)
    built(root)
    assert set(unpickled) == {"harbour-strike"}


def test_a_kept_page_changed_by_hand_or_deleted_in_the_site_is_written_again(tmp_path: Path):
    root = microsite(tmp_path / "project")
    first = built(root)
    tampered = root / "site" / "council-vote" / "index.html"
    tampered.write_bytes(bytes(len(first["council-vote/index.html"])))  # the same size, other bytes
    (root / "site" / "feed.xml").unlink()
    assert built(root) == first


def test_a_page_is_kept_only_while_the_site_still_holds_it(tmp_path: Path):
    from explainer.pipeline import load, render
    from explainer.write import Kept
    root = microsite(tmp_path / "project")
    built(root)
    project = Project.at(root)
    files = render(project, load(project))
    assert all(isinstance(data, Kept) for path, data in files.items() if path.endswith(".html"))
    shutil.rmtree(root / "site")  # gone, or built into another folder: made again with the others, not one by one
    files = render(project, load(project))
    assert not any(isinstance(data, Kept) for data in files.values())
    assert built(root) == clean_build(root)


def test_a_source_added_to_the_library_anchors_and_plans_no_briefing_again(tmp_path: Path, monkeypatch):
    from explainer import pipeline
    root = microsite(tmp_path / "project")
    built(root)
    anchored, planned = [], []
    anchor, plan = pipeline.anchor_citations, pipeline.plan_briefing
    monkeypatch.setattr(pipeline, "anchor_citations", lambda *a: anchored.append(a) or anchor(*a))
    monkeypatch.setattr(pipeline, "plan_briefing", lambda content, *a: planned.append(content.slug) or plan(content, *a))
    add_source(root)
    incremental = built(root)
    assert "sources/ferry.html" in incremental
    assert planned == []
    assert anchored == []  # site.yaml's citations (the home page's about text) are kept like a briefing's
    assert incremental == clean_build(root)


def test_a_claim_edit_keeps_the_source_pages_whole_without_keying_them_one_by_one(tmp_path: Path, monkeypatch):
    from explainer.memo import PageMemo
    root = microsite(tmp_path / "project")
    built(root)
    keyed = []
    key = PageMemo._key
    monkeypatch.setattr(PageMemo, "_key", lambda self, job, *a: keyed.append(job.path) or key(self, job, *a))
    EDITS["content"](root)  # a claim's words: no briefing's outline (notes, title, sources) changes
    incremental = built(root)
    assert keyed and not [path for path in keyed if path.startswith("sources/")], keyed
    assert incremental == clean_build(root)


def test_a_source_page_deleted_from_the_site_makes_its_group_again(tmp_path: Path, monkeypatch):
    from explainer import site_files
    root = microsite(tmp_path / "project")
    first = built(root)
    (root / "site" / "sources" / "minutes.html").unlink()
    planned = []
    original = site_files.plan_source_page
    monkeypatch.setattr(site_files, "plan_source_page",
                        lambda text, *rest: planned.append(text.source.id) or original(text, *rest))
    assert built(root) == first
    assert planned == ["minutes"]  # keyed one by one again: only the missing page is made


def test_a_caveat_marking_an_opinion_changes_the_source_page_it_marks(tmp_path: Path):
    root = microsite(tmp_path / "project")
    before = built(root)
    (root / "content" / "harbour-strike" / "caveats.yaml").write_text(
        "caveats:\n  - kind: opinion\n    text: The count is the port authority's own.\n    cite: [authority-count]\n",
        encoding="utf-8")
    incremental = built(root)
    changed = {path for path in incremental if incremental[path] != before.get(path)}
    assert any(path.startswith("sources/") for path in changed), changed
    assert incremental == clean_build(root)


def test_a_planned_page_kept_in_its_own_file_is_made_again_when_the_file_is_gone_or_damaged(tmp_path: Path):
    root = microsite(tmp_path / "project")
    built(root)
    views = sorted((root / ".cache" / "views").iterdir())
    assert len(views) == 3  # one per briefing
    views[0].unlink()
    views[1].write_bytes(views[1].read_bytes()[:-100])
    EDITS["template"](root)  # every briefing page is rendered again, from its kept plan
    assert built(root) == clean_build(root)


def test_the_planned_page_of_a_deleted_briefing_is_deleted_from_the_cache(tmp_path: Path):
    root = microsite(tmp_path / "project")
    built(root)
    EDITS["deleted briefing"](root)
    built(root)
    assert len(list((root / ".cache" / "views").iterdir())) == 2


def test_a_claim_edit_unpickles_no_other_briefings_citations_or_passages(tmp_path: Path, monkeypatch):
    from explainer.anchor import Definition, Passage
    from explainer.memo import Deferred
    root = microsite(tmp_path / "project")
    built(root)
    unpickled: list[str] = []
    original = Deferred.get

    def get(self):
        kept = self._value is None  # read back from the cache, not made in this build
        value = original(self)
        if kept and isinstance(value, dict) and value:
            first = next(iter(value.values()))
            if isinstance(first, Definition):
                unpickled.extend(definition.shown for definition in value.values())
            elif isinstance(first, Passage):
                unpickled.append("passages")
        return value

    monkeypatch.setattr(Deferred, "get", get)
    EDITS["content"](root)
    incremental = built(root)
    assert set(unpickled) <= {"content/site.yaml", "passages"} and unpickled.count("passages") <= 1, unpickled
    assert incremental == clean_build(root)
