"""The preview server's edit -> output: what lies between a save and the page written.

The spare's files are known from one listing of each folder, not a call to the system per file
(explainer/write.py), and the preview's build process tells the server its outcome as soon as the
new site is in place, saving the cache for the next build after (explainer/build_worker.py,
pipeline.build): the same saves, in the same order, on disk.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from explainer import build_worker, pipeline
from explainer.memo import PackMemo
from explainer.project import Project
from explainer.write import write_site
from fault_runner import snapshot
from support import edit, minimal_project

PAGES = {f"sources/s{i:02}.html": f"<p>source {i}</p>".encode() for i in range(40)}
FIRST = {"index.html": b"<p>one</p>", "deep/er/page.html": b"deep", **PAGES}
SECOND = {**{k: v for k, v in FIRST.items() if not k.startswith("deep/")}, "index.html": b"<p>two</p>",
          "deep": b"a file where the spare has a folder"}
TITLES = ("How far the river rose", "How high the river rose", "How much the river rose")


def built_without_spare(tmp_path: Path, files: dict[str, bytes]) -> dict[str, str]:
    plain = tmp_path / f"plain-{len(list(tmp_path.glob('plain-*')))}"
    write_site(plain, files)
    return snapshot(plain)


def test_the_spare_files_are_known_from_their_folders_listing_not_one_call_each(tmp_path: Path, monkeypatch):
    out, spare = tmp_path / "site", tmp_path / ".cache" / "spare-site"
    for files in (FIRST, FIRST):
        write_site(out, files, spare=spare)
    looked_at = []
    lstat = os.lstat

    def counted(path, *args, **kwargs):
        if ".site.stage-" in os.fspath(path):
            looked_at.append(os.fspath(path))
        return lstat(path, *args, **kwargs)

    monkeypatch.setattr(os, "lstat", counted)
    write_site(out, FIRST, spare=spare)
    monkeypatch.undo()
    assert len(looked_at) <= 4, looked_at  # one for each folder the site has, none for its 42 files
    assert snapshot(out) == built_without_spare(tmp_path, FIRST)
    for name in FIRST:
        assert (out / name).stat().st_ino == (spare / name).stat().st_ino, f"{name}: held, not linked again"


def test_a_spared_folder_where_the_site_keeps_a_file_is_replaced_by_the_file(tmp_path: Path):
    out, spare = tmp_path / "site", tmp_path / ".cache" / "spare-site"
    for files in (FIRST, SECOND, SECOND, FIRST, SECOND):  # the spare holds deep/ while the site keeps `deep`
        write_site(out, files, spare=spare)
        assert snapshot(out) == built_without_spare(tmp_path, files)
    assert (out / "deep").read_bytes() == SECOND["deep"]


def test_a_file_swapped_in_the_spare_for_another_is_not_published(tmp_path: Path):
    out, spare = tmp_path / "site", tmp_path / ".cache" / "spare-site"
    for files in (FIRST, FIRST):
        write_site(out, files, spare=spare)
    victim = spare / "sources" / "s07.html"
    victim.unlink()
    victim.write_bytes(b"<p>source 9</p>")  # another file, the same size, where the site's own was
    (spare / "sources" / "planted.html").write_bytes(b"<script>")
    write_site(out, FIRST, spare=spare)
    assert snapshot(out) == built_without_spare(tmp_path, FIRST)


def built_minimal_project(tmp_path: Path) -> Project:
    root = minimal_project(tmp_path / "project")
    project = Project.at(root)
    assert build_worker.build_once(pipeline.build, project).problems == ()
    return project


def test_the_preview_build_sends_its_outcome_once_the_site_is_in_place_before_saving_the_cache(tmp_path: Path,
                                                                                           monkeypatch):
    project = built_minimal_project(tmp_path)
    claims = project.root / "content" / "flood" / "claims.yaml"
    edit(claims, TITLES[0], TITLES[1])
    events = []
    save = PackMemo.save
    monkeypatch.setattr(PackMemo, "save", lambda self: events.append(("saved", self.folder.name)) or save(self))

    def send(outcome: build_worker.Outcome) -> None:
        page = (project.out / "flood" / "index.html").read_text(encoding="utf-8")
        events.append(("sent", outcome.problems, outcome.changed, TITLES[1] in page))

    assert build_worker.build_once(pipeline.build, project, send) is None, "sent already"
    sent = [event for event in events if event[0] == "sent"]
    assert sent == [("sent", (), sent[0][2], True)] and "flood/index.html" in sent[0][2]
    assert events[0][0] == "sent", events
    assert {name for kind, name, *_ in events[1:]} == {"content", "anchors", "plans", "findings", "pages"}
    planned = []
    monkeypatch.setattr(pipeline, "plan_briefing", lambda content, *a: planned.append(content.slug))
    assert build_worker.build_once(pipeline.build, project).problems == ()
    assert planned == [], "the cache saved after the outcome is the next build's"


def test_a_failed_preview_build_returns_its_problems_and_still_keeps_what_it_made(tmp_path: Path, monkeypatch):
    project = built_minimal_project(tmp_path)
    good = snapshot(project.out)
    edit(project.root / "content" / "flood" / "claims.yaml", "says: The river rose by 3", "says: The river rose by 9")
    sent = []
    outcome = build_worker.build_once(pipeline.build, project, sent.append)
    assert sent == [] and outcome is not None and outcome.problems, "a failure is the server's to settle"
    assert any("9" in problem.message for problem in outcome.problems)
    assert snapshot(project.out) == good
    kept = PackMemo(project.cache / "content").kept
    assert len(kept) > 2 and any(b"rose by 9" in value for value in kept.values()), "the failed build's parse is kept"


def test_the_build_process_answers_each_build_once(tmp_path: Path):
    project = built_minimal_project(tmp_path)
    claims = project.root / "content" / "flood" / "claims.yaml"
    worker = build_worker.BuildWorker(project, 60.0)
    stopping = threading.Event()
    try:
        worker.start()
        outcomes = []
        for old, new in zip(TITLES, TITLES[1:] + TITLES[:1]):
            edit(claims, old, new)
            outcomes.append(worker.build(["content/flood/claims.yaml"], stopping))
        outcomes.append(worker.build([], stopping))  # nothing changed since: a stale answer would say otherwise
    finally:
        worker.close()
    assert [outcome.problems for outcome in outcomes] == [()] * 4
    assert ["flood/index.html" in outcome.changed for outcome in outcomes] == [True, True, True, False]
