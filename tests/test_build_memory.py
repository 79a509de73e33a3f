"""A build holds less than it makes: pages go to disk as they are made, and the checks' caches end with the load.

At 4,000 sources the build's largest process peaked at 508 MiB (issue 14 asks for under 500):
the pages the build's own process rendered were held as bytes until the writer wrote them, and
several hundred checks' caches of sentences and passages, which only the load reads, stayed full
under the render and were copied into each worker it forked.
"""

from __future__ import annotations

import functools
from pathlib import Path


from conftest import copy_project
from explainer import locale, memo, parallel, pipeline, reading_caches, wordset
from explainer.aside import pages_aside
from explainer.project import Project
from explainer.write import Kept


def test_a_large_sites_caches_of_texts_are_emptied_and_those_of_settings_kept():
    wordset.ascii_words("The army said the talks had ended.")
    digest = memo.code_digest()
    locale_read = locale._parsed.cache_info().currsize
    assert wordset.ascii_words.cache_info().currsize > 0
    assert reading_caches.forget_readings(reading_caches.LARGE_SITE) >= 1
    assert wordset.ascii_words.cache_info().currsize == 0
    assert memo.code_digest.cache_info().currsize == 1  # bounded by no count: made once per process, kept
    assert memo.code_digest() == digest
    assert locale._parsed.cache_info().currsize == locale_read  # a small cache, of settings: kept


def test_a_small_sites_caches_are_kept_for_its_next_build():
    wordset.ascii_words("The army said the talks had ended.")
    held = wordset.ascii_words.cache_info().currsize
    assert reading_caches.forget_readings(reading_caches.LARGE_SITE - 1) == 0
    assert wordset.ascii_words.cache_info().currsize == held


def test_forgetting_reaches_only_our_package():
    @functools.lru_cache(maxsize=1 << 12)
    def elsewhere(text: str) -> str:
        return text.upper()

    elsewhere.__module__ = "not_ours"
    elsewhere("kept")
    reading_caches.forget_readings(reading_caches.LARGE_SITE)
    assert elsewhere.cache_info().currsize == 1


def test_a_large_build_ends_its_load_with_the_caches_empty(tmp_path: Path, monkeypatch):
    project = Project.at(copy_project(tmp_path / "project", checked=False))
    monkeypatch.setattr(reading_caches, "LARGE_SITE", 1)  # the real microsite's one source, taken for a large site
    seen_at_render = []
    render = pipeline.render

    def watched_render(*args, **kwargs):
        seen_at_render.append(wordset.ascii_words.cache_info().currsize)
        return render(*args, **kwargs)

    monkeypatch.setattr(pipeline, "render", watched_render)
    pipeline.load(project)  # a check: the sentences it read are kept for the checks asking after them
    assert wordset.ascii_words.cache_info().currsize > 0
    pipeline.build(project)
    assert seen_at_render == [0]
    assert (project.out / "index.html").is_file()


def test_the_builds_own_pages_go_aside_as_they_are_made(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")  # one process: no worker wrote anything
    project = Project.at(copy_project(tmp_path / "project"))
    site = pipeline.load(project)
    with pages_aside(project.out) as aside:
        assert aside is not None
        files = pipeline.render(project, site, aside=aside)
        pages = {path: data for path, data in files.items() if path.endswith(".html")}
        assert pages
        held = [path for path, data in pages.items() if not (isinstance(data, Kept) and data.aside)]
        assert held == []
        for path, data in pages.items():
            written = Path(data.aside[0]).read_bytes()
            assert len(written) == data.size
    made_whole = pipeline.build_site(Project.at(copy_project(tmp_path / "again")))
    built = pipeline.build(project)
    assert built is not None
    for path, data in made_whole.items():
        assert (project.out / path).read_bytes() == data, path
