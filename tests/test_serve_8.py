"""An editor's day in the live preview: the saves real editors make, as they make them.

Vim renames the file to `briefing.yaml~` and writes a new one (after a `4913` probe), Emacs keeps
`#briefing.yaml#` autosaves and `.#briefing.yaml` lock links that lead nowhere, JetBrains writes
`___jb_tmp___` and renames, `sed -i` renames its own temporary file, git checks out many files at
once. The tests drive the server's own watch with a stand-in build process where they need to see
exactly which changes start a build, and a real `build.py serve` where a page must follow the saves.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from conftest import run_build, tree_digest
from test_serve import (SLUG, ScriptedWorker, fetch, inotify_watches, page_shows, rounds_of_watching, serving,
                        set_title)

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
    """A content/ kept in git of its own held hundreds of folders in .git/, each an inotify watch, none of them
    input."""
    for inner in ("content/.git/objects/ab", "content/.git/refs/heads", f"content/{SLUG}/.drafts", "static/#old#"):
        (project / inner).mkdir(parents=True)
    watched = serve.folders_inside(serve.watched_folders(Project.at(project)))
    assert str(project / "content" / SLUG) in watched
    assert [path for path in watched if "/." in path or "#" in path] == []


class ReloadingPage:
    """A page's live-reload client as a browser runs it: on a reload the page loads again and its client
    connects anew, saying which page it is. After each connection it sends one malformed message, which
    the server answers with a line of its own once it has taken in what came before it on that socket."""

    def __init__(self, url: str, path: str):
        self.url, self.path = url, path

    async def connect(self):
        from tornado.httpclient import HTTPRequest
        from tornado.websocket import websocket_connect
        socket = await websocket_connect(HTTPRequest(self.url.replace("http://", "ws://") + "livereload",
                                                     headers={"Origin": self.url.rstrip("/")}))
        await socket.write_message(json.dumps({"command": "hello",
                                               "protocols": ["http://livereload.com/protocols/official-7"]}))
        await socket.read_message()
        await socket.write_message(json.dumps({"command": "info", "url": self.url + self.path, "plugins": {}}))
        await socket.write_message("a marker: this connection's info was taken in")
        return socket

    async def follow_reload(self, socket):
        """Wait for the reload message, then load again as the browser does; return the new connection."""
        while (message := await socket.read_message()) is not None:
            if json.loads(message).get("command") == "reload":
                socket.close()
                return await self.connect()
        raise AssertionError("the server closed the socket")


def test_reloads_do_not_announce_the_open_pages_again(project):
    """Each save printed a "page open" line per open page after its build's line, as each reload connects again:
    with three tabs open, a failure's error lines were pushed up by three lines per save."""
    markers = "ignored a malformed livereload message"

    def count(server, text):
        return sum(text in line for line in server.lines)

    async def day(server):
        pages = [ReloadingPage(server.url, ""), ReloadingPage(server.url, f"{SLUG}/")]
        footnote = ReloadingPage(server.url, f"{SLUG}/#fn-1")  # the briefing's page, followed to a footnote
        sockets = [await page.connect() for page in pages]
        (await footnote.connect()).close()
        await asyncio.to_thread(server.wait_until, lambda: count(server, markers) == 3, "the pages connect")
        for save, word in enumerate(("alpha", "beta", "gamma"), start=1):
            set_title(server.root, f'title: "Pakistan and Afghanistan at war, draft {word}"')
            sockets = [await page.follow_reload(socket) for page, socket in zip(pages, sockets)]
            await asyncio.to_thread(server.wait_until, lambda: count(server, markers) == 3 + 2 * save,
                                    f"both pages load again after save {save}")
        for socket in sockets:
            socket.close()

    with serving(project) as server:
        asyncio.run(day(server))
        assert count(server, "page open: ") == 2, server.output
        assert count(server, "changed; reloaded 2 pages") == 3, server.output


@pytest.mark.parametrize("folder", ["templates", "static", "content", "a briefing's folder", "seeds", "locales"])
def test_an_emacs_lock_link_beside_a_file_being_edited_stops_no_build(built_minimal: Path, folder: str):
    """Emacs keeps `.#base.html`, a link that leads nowhere, for as long as base.html has unsaved changes: in
    templates/ it stopped every build, the preview's included, with "template '.#base.html' not found"."""
    before = tree_digest(built_minimal / "site")
    briefing = next(path for path in (built_minimal / "content").iterdir() if path.is_dir())
    place = briefing if folder == "a briefing's folder" else built_minimal / folder
    place.mkdir(exist_ok=True)
    for name in ("base.html", "briefing.yaml", "style.css"):
        os.symlink("editor@host.4242:1700000000", place / f".#{name}")
    result = run_build(built_minimal)
    assert result.code == 0, result.err
    assert tree_digest(built_minimal / "site") == before


def test_a_file_the_build_refuses_is_watched_till_it_goes(project):
    """Emacs's flycheck copies the file being checked to `flycheck_briefing.yaml` beside it for a moment. A
    build then refuses it (unknown content file), but the watch ignored such names (watchfiles' default
    filter), so its removal built nothing and the error page stayed until the next save."""
    folder = project / "content" / SLUG
    (folder / "flycheck_briefing.yaml").write_bytes((folder / "briefing.yaml").read_bytes())
    with serving(project) as server:
        server.wait_until(lambda: "unknown content file 'flycheck_briefing.yaml'" in server.output,
                          "the failure is reported")
        (folder / "flycheck_briefing.yaml").unlink()
        server.wait_until(lambda: ": fixed; " in server.output, "the server says the site is back")
        assert fetch(server.url + f"{SLUG}/")[0] == 200


@pytest.mark.parametrize("name, seen", [
    ("static/node_modules/chart.js", True), ("static/flycheck_style.css", True), ("static/intro.swf", True),
    ("static/style.css___jb_old___", True), ("content/.git/index", False), ("static/#style.css#", False),
    (f"content/{SLUG}/claims.yaml~", False), ("site/index.html", False), (".site.stage-12/index.html", False),
])
def test_the_watch_sees_what_the_build_reads_and_nothing_else(project, name, seen):
    watch = serve.InputFilter(project / "site", project)
    assert watch(serve.watchfiles.Change.modified, str(project / name)) is seen


def test_a_site_removed_while_serving_is_built_again(project):
    """`git clean -fdx` (site/ is git-ignored) or `rm -rf site` left every page "not found", the briefing's
    own page saying it had been deleted, until the next save: the server watches only the inputs."""
    with serving(project) as server:
        shutil.rmtree(project / "site")
        server.wait_until(lambda: "site/ was removed; building it again" in server.output, "the server notices")
        server.wait_until(lambda: fetch(server.url + f"{SLUG}/")[0] == 200, "the briefing is served again")
        assert server.output.count("building it again") == 1, server.output


def test_a_fix_of_one_problem_among_several_lists_none_again(project):
    """Working down a list of problems, each save listed all those left again: 50 moved citations fixed one by
    one printed some 1,250 lines. Only the problems the last build did not have are listed."""
    briefing = project / "content" / SLUG / "briefing.yaml"
    good = briefing.read_text(encoding="utf-8")
    two_wrong = good.replace("\nsummary:", "\nsumary:", 1).replace("\nparties:", "\npartys:", 1)
    assert "sumary:" in two_wrong and "partys:" in two_wrong
    with serving(project) as server:
        briefing.write_text(two_wrong, encoding="utf-8")
        server.wait_until(lambda: len(errors(server)) == 2, "both problems are listed")
        listed = errors(server)
        briefing.write_text(two_wrong.replace("\npartys:", "\nparties:", 1), encoding="utf-8")
        server.wait_until(lambda: "failed with 1 problem (1 fixed, none new), shown in the browser" in server.output,
                          "the fix is reported")
        assert errors(server) == listed, server.output


def errors(server) -> list[str]:
    return [line for line in server.lines if line.startswith("error: ")]


def vim_save(folder: Path, name: str, text: str) -> None:
    """Save as vim does by default: probe the folder with `4913`, keep the old file as `name~`, write the new."""
    (folder / "4913").write_bytes(b"")
    (folder / "4913").unlink()
    os.rename(folder / name, folder / f"{name}~")
    (folder / name).write_text(text, encoding="utf-8")
    (folder / f"{name}~").unlink()


def jetbrains_save(folder: Path, name: str, text: str) -> None:
    """Save as JetBrains' safe write does: the new text beside, the old renamed away, the new renamed in."""
    (folder / f"{name}___jb_tmp___").write_text(text, encoding="utf-8")
    os.rename(folder / name, folder / f"{name}___jb_old___")
    os.rename(folder / f"{name}___jb_tmp___", folder / name)
    (folder / f"{name}___jb_old___").unlink()


def sed_save(folder: Path, name: str, text: str) -> None:
    """Save with `sed -i`, which writes its own temporary file beside and renames it over."""
    subprocess.run(["sed", "-i", f"s/^title: .*$/{text.splitlines()[1]}/", str(folder / name)], check=True)


def test_an_editors_day_of_saves_and_git_reaches_the_page_without_an_error_between(project):
    """Each editor's save, each checkout, stash and pop, reaches the page, none shows its half-written state's
    error, and the server watches as many folders at the end of the day as at its start."""
    folder = project / "content" / SLUG
    good = (folder / "briefing.yaml").read_text(encoding="utf-8")
    git = ["git", "-C", str(project), "-c", "user.name=Editor", "-c", "user.email=editor@example.org"]
    (project / ".gitignore").write_text("site/\n.cache/\n", encoding="utf-8")
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "main"], check=True)
    subprocess.run([*git, "checkout", "-qb", "second"], check=True)
    shutil.copytree(folder, project / "content" / "second-look")
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "a second briefing"], check=True)
    subprocess.run([*git, "checkout", "-q", "main"], check=True)

    def titled(word: str) -> str:
        return good.replace("at war: what we know", f"at war: what we know, {word}", 1)

    slowest = []  # how long each save or git command took: one held up past the settling time may show its half

    def timed(action, *args) -> None:
        started = time.monotonic()
        action(*args)
        slowest.append(time.monotonic() - started)

    def run_git(*args: str) -> None:
        timed(subprocess.check_call, [*git, *args])

    with serving(project) as server:
        watches = inotify_watches(server.process.pid)
        for save, word in ((vim_save, "vim"), (emacs_save, "emacs"), (jetbrains_save, "jetbrains"), (sed_save, "sed")):
            timed(save, folder, "briefing.yaml", titled(word))
            server.wait_until(page_shows(server, f"what we know, {word}", f"{SLUG}/"), f"the {word} save is served")
        run_git("checkout", "-q", "--", ".")
        run_git("checkout", "-q", "second")
        server.wait_until(lambda: fetch(server.url + "second-look/")[0] == 200, "the second branch's briefing is served")
        run_git("checkout", "-q", "main")
        server.wait_until(lambda: fetch(server.url + "second-look/")[0] == 404, "it is gone with its branch")
        (folder / "briefing.yaml").write_text(titled("stashed"), encoding="utf-8")
        server.wait_until(page_shows(server, "what we know, stashed", f"{SLUG}/"), "the edit is served")
        run_git("stash", "-q")
        server.wait_until(lambda: "what we know, stashed" not in fetch(server.url + f"{SLUG}/")[1], "the stash is served")
        run_git("stash", "pop", "-q")
        server.wait_until(page_shows(server, "what we know, stashed", f"{SLUG}/"), "the pop is served")
        assert inotify_watches(server.process.pid) == watches
        if max(slowest) < serve.FAILURE_SETTLE_S:  # else the machine, not the server, held a save half-written
            assert ": failed with " not in server.output, server.output
