"""The preview of a project whose folder was moved or deleted while it ran says so, on the page and in the terminal:
it served "No page at /" for every address, as if a briefing had been renamed, and printed nothing. A folder made
again where the project was (a build's cache save, ending as the folder moved, makes its path anew) is not the
project: the pages said "No page" again, under load, as the first build's save ended after the move."""

from __future__ import annotations

import shutil
from pathlib import Path

from test_serve import fetch, serving


def test_a_preview_whose_project_folder_is_gone_says_so_and_what_to_do(project: Path, tmp_path: Path):
    with serving(project) as server:
        assert fetch(server.url)[0] == 200
        shutil.move(project, tmp_path / "moved")
        for address in (server.url, server.url + "pakistan-afghanistan-war/"):
            status, page = fetch(address)
            assert status == 404
            assert f"The project folder <code>{project}</code> is gone: it was moved or deleted" in page
            assert "Stop the server (Ctrl-C) and start it again in the folder's new place" in page
            assert "/livereload.js" in page  # it still follows the server, should the folder come back
        told = "the project folder is gone (moved or deleted while serving): stop the server (Ctrl-C)"
        server.wait_until(lambda: told in server.output, "the terminal was told")
        assert server.output.count(told) == 1, server.output  # once, however many pages asked
        assert server.alive(), server.output
        (project / ".cache" / "content").mkdir(parents=True)  # as a cache save ending just then makes it
        status, page = fetch(server.url)
        assert status == 404 and f"The project folder <code>{project}</code> is gone" in page
