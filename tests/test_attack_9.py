"""Round nine of attacks on files, signals and sockets: links planted in .cache/ (where a cache file is written aside,
a folder of it, .cache/ itself), which led the build to write into, or empty, folders outside the project; a deleted
briefing's folder reused by another, which the preview took for a rename; a flood of half-open connections, which held
off the editor's reload; a commit holding a link out of the project, which `changes --since` ended on in a traceback.

A .cache/ may come with a copied project, an unpacked archive or a repository: what is in it is never trusted.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
from pathlib import Path

import pytest

from conftest import run_build
from support import build_ok, edit
from explainer.moves import briefing_folders, renamed
from explainer.serve import HEADER_TIMEOUT_ENV, MAX_CONNECTIONS_ENV
from test_acceptnoise import commit_all
from test_serve import BRIEFING_PAGE, SLUG, serving
from test_serve_attack import CAP, get, open_files, port_of


def files_in(folder: Path) -> dict[str, bytes]:
    """Return every file under `folder` (not following links), by relative path, with its bytes."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file() and not path.is_symlink()}


def users_folder(tmp_path: Path) -> Path:
    """Return a folder outside the project holding the user's own files, named as the cache names its own."""
    folder = tmp_path / "documents"
    for name in ("thesis.txt", "1.pack", "notes.pickle", "spare-site/index.html", "views/draft.txt"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(f"the user's own {name}\n")
    return folder


def test_a_link_planted_where_a_cache_file_is_written_aside_is_not_written_through(built_minimal: Path,
                                                                                  tmp_path: Path):
    # Each cache file was written aside as ".NAME.PID" (PID the build's process id), opened following links: a
    # link planted at that name for each likely PID led the build's bytes into any file the user could write.
    victim = tmp_path / "victim.txt"
    victim.write_text("the user's own file\n")
    cache = built_minimal / ".cache"
    written = [path for path in cache.rglob("*") if path.is_file() and "spare-site" not in path.parts]
    assert written
    for path in written:
        path.unlink()
        os.symlink(victim, path.with_name(f".{path.name}.{os.getpid()}"))  # run_build builds in this process
    shutil.rmtree(built_minimal / "site")
    build_ok(built_minimal)
    assert victim.read_text() == "the user's own file\n"
    assert any(path.is_file() and not path.is_symlink() for path in written)  # the cache was made again


def test_a_cache_folder_that_is_a_link_is_neither_written_into_nor_emptied(built_minimal: Path, tmp_path: Path):
    # .cache/views/ linked to a folder of the user's: the build deleted every file in it that it had not written.
    folder = users_folder(tmp_path)
    before = files_in(folder)
    for name in ("views", "plans", "anchors"):
        shutil.rmtree(built_minimal / ".cache" / name)
        os.symlink(folder, built_minimal / ".cache" / name)
    site = build_ok(built_minimal)
    assert files_in(folder) == before
    assert build_ok(built_minimal) == site  # a build without those parts of the cache is the same build


def test_a_cache_that_is_a_link_keeps_no_spare_site_through_it(built_minimal: Path, tmp_path: Path):
    # .cache/ linked to a folder of the user's that held a folder named spare-site: the build took that folder for its
    # spare, staged the new site in it and deleted the user's files there. Since round 63 a folder holding files of
    # other names than the cache's is refused whole (test_attack_63); an empty one builds, and keeps no spare.
    folder = users_folder(tmp_path)
    before = files_in(folder)
    shutil.rmtree(built_minimal / ".cache")
    os.symlink(folder, built_minimal / ".cache")
    result = run_build(built_minimal)
    assert result.code == 1 and "a cleanup of its cache could delete" in result.err
    assert files_in(folder) == before
    empty = tmp_path / "fast-disk"
    empty.mkdir()
    (built_minimal / ".cache").unlink()
    os.symlink(empty, built_minimal / ".cache")
    site = build_ok(built_minimal)
    assert build_ok(built_minimal) == site
    assert not (empty / "spare-site").exists()


def test_a_deleted_briefings_folder_reused_for_another_briefing_is_no_rename(tmp_path: Path):
    # ext4 hands a freed inode out again: a briefing deleted and another made (a checkout of another branch) took
    # the old folder's inode, and the preview sent the deleted briefing's open page to the other briefing's.
    content = tmp_path / "content"
    for slug in ("harbour-strike", "council-vote"):
        (content / slug).mkdir(parents=True)
        (content / slug / "briefing.yaml").write_text(f"title: {slug}\n")
        os.utime(content / slug, ns=(10**18, 10**18))  # made some time before
    before = briefing_folders(content)
    # the folder the disk gives the new briefing is the deleted one's: its files are all new
    (content / "harbour-strike" / "briefing.yaml").unlink()
    (content / "harbour-strike" / "briefing.yaml").write_text("title: water-prices\n")
    (content / "harbour-strike").rename(content / "water-prices")
    (content / "council-vote").rename(content / "city-council-vote")  # a plain rename is still followed
    assert renamed(before, briefing_folders(content)) == {"council-vote": "city-council-vote"}


@pytest.mark.slow
def test_a_flood_of_half_open_connections_does_not_hold_off_the_editors_reload(project: Path):
    # Past the cap, a new connection was closed at once: a process keeping the cap's worth of half-open connections
    # (slowloris, reopening each as the server closes it) held off every page the editor's browser reloaded.
    with serving(project, **{MAX_CONNECTIONS_ENV: str(CAP), HEADER_TIMEOUT_ENV: "60"}) as server:
        pid, before = server.process.pid, open_files(server.process.pid)
        held = []
        try:
            for _ in range(CAP + 20):
                held.append(socket.create_connection(("127.0.0.1", port_of(server.url)), timeout=10))
                with contextlib.suppress(ConnectionError):  # past the cap, the oldest are closed
                    held[-1].sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            edit(project / "content" / SLUG / "briefing.yaml", "title: \"", "title: \"Flooded ")
            server.wait_until(lambda: "rebuilt in" in server.output, "the server rebuilds")
            status, _, body = get(server.url, "/" + BRIEFING_PAGE)  # the reload the save asks the page for
            assert status == 200 and b"Flooded Pakistan" in body
            assert open_files(pid) <= before + CAP + 20
        finally:
            for connection in held:
                connection.close()
        assert server.alive() and "Traceback" not in server.output, server.output


@pytest.mark.parametrize("target", ["/etc/passwd", "../../../../../../../../etc/passwd"])
def test_changes_since_a_commit_holding_a_link_out_of_the_project_is_one_line(built_minimal: Path, target: str):
    folder = next(path for path in (built_minimal / "content").iterdir() if path.is_dir())
    os.symlink(target, folder / "quotes.yaml")
    commit_all(built_minimal, "a link out of the project")
    (folder / "quotes.yaml").unlink()
    result = run_build(built_minimal, "changes", "--since", "HEAD")
    assert result.code == 1 and result.out == "", result.err
    assert result.err.startswith(f"error: commit HEAD: '{folder.relative_to(built_minimal).as_posix()}/quotes.yaml' "), \
        result.err
    assert result.err.endswith("(changes follows no link out of the project, as the build follows none; compare with "
                               "another commit)\n")
