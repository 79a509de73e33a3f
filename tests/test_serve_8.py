"""An editor's day in the live preview: the saves real editors make, as they make them.

Vim renames the file to `briefing.yaml~` and writes a new one (after a `4913` probe), Emacs keeps
`#briefing.yaml#` autosaves and `.#briefing.yaml` lock links that lead nowhere, JetBrains writes
`___jb_tmp___` and renames, `sed -i` renames its own temporary file, git checks out many files at
once. The tests drive the server's own watch with a stand-in build process where they need to see
exactly which changes start a build, and a real `build.py serve` where a page must follow the saves.
"""

from __future__ import annotations

import os
from pathlib import Path

from test_serve import SLUG, ScriptedWorker, rounds_of_watching

from explainer import serve
from explainer.project import Project

BRIEFING = f"content/{SLUG}/briefing.yaml"


def emacs_save(folder: Path, name: str, text: str) -> None:
    """Save as Emacs does: an autosave and a lock link while editing, the old file kept as a backup on the
    first save, the new one written, then the autosave and the lock removed."""
    (folder / f"#{name}#").write_text(text[:100], encoding="utf-8")
    os.symlink("editor@host.4242:1700000000", folder / f".#{name}")  # a lock: a link that leads nowhere
    os.rename(folder / name, folder / f"{name}~")
    (folder / name).write_text(text, encoding="utf-8")
    os.unlink(folder / f"#{name}#")
    os.unlink(folder / f".#{name}")


def test_an_editors_autosave_lock_and_backup_start_no_build_of_their_own(project):
    """The build leaves them out, so the watch does too: an Emacs autosave alone built for nothing ("no change"),
    every few seconds of typing, and while a file stood broken it kept the failure from being shown."""
    folder = project / "content" / SLUG
    text = (folder / "briefing.yaml").read_text(encoding="utf-8")

    def save_as_emacs_does():  # while the round's first build runs, once its watcher is live
        emacs_save(folder, "briefing.yaml", text.replace("title: ", "title: Saved by Emacs # ", 1))
        (folder / "#claims.yaml#").write_text("an autosave of another file, still being typed", encoding="utf-8")
        return ()

    worker = ScriptedWorker(save_as_emacs_does, lambda: ("index.html",))
    rounds_of_watching(project, worker, rounds=1, built_with=serve.watched_folders(Project.at(project)))
    assert worker.asked == [[], [BRIEFING]]


def test_folders_the_build_leaves_out_are_not_watched(project):
    """A content/ kept in git of its own held hundreds of folders in .git/, each an inotify watch, none of them input."""
    for inner in ("content/.git/objects/ab", "content/.git/refs/heads", f"content/{SLUG}/.drafts", "static/#old#"):
        (project / inner).mkdir(parents=True)
    watched = serve.folders_inside(serve.watched_folders(Project.at(project)))
    assert str(project / "content" / SLUG) in watched
    assert [path for path in watched if "/." in path or "#" in path] == []
