"""The preview's watcher when a folder goes in the instant between listing the folders and watching them
(a briefing copied in and removed at once: a checkout, a sync tool): it lists them again and watches on, never
"watching for changes stopped; restart the server"."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

from explainer import serve
from explainer.project import Project


def test_a_folder_gone_between_listing_and_watching_has_the_folders_listed_again(tmp_path: Path, monkeypatch):
    project = Project.at(tmp_path)
    content = tmp_path / "content"
    content.mkdir()
    gone = content / "copied-then-removed"  # listed, then removed before the watch began
    monkeypatch.setattr(serve, "folders_inside", lambda folders: [str(content), str(gone)])
    runs = []
    builds = SimpleNamespace(project=project, stopping=threading.Event(), built_with=None,
                             run=lambda *args, **kwargs: runs.append(args) or True)
    serve.watch_and_build(builds, {content: (0, 0)})  # returns for another round; it raised FileNotFoundError
    assert runs == []  # nothing was built from a watch that never began
