"""Round ten of attacks on files, signals and sockets: a content/ folder holding thousands of stray files, which listed
1,000 error lines (sorting them as paths took seconds); the preview's connection cap held by live-reload websockets
alone.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from conftest import run_build
from support import edit, error_lines, rebuild_fails, tree_digest
from explainer.serve import MAX_CONNECTIONS_ENV
from test_serve import BRIEFING_PAGE, SLUG, serving
from test_serve_attack import CAP, get, open_files, open_socket, port_of

OFFICIAL = "http://livereload.com/protocols/official-7"


def test_thousands_of_stray_files_are_one_line_per_kind_naming_what_to_do(built_minimal: Path):
    good_site = tree_digest(built_minimal / "site")
    content = built_minimal / "content"
    for number in range(3000):
        (content / f"page{number:04}.html").write_text("")
    for number in range(500):
        (content / f"note{number}.txt").write_text("")
    (content / "README").write_text("")
    lines = error_lines(rebuild_fails(built_minimal, good_site))
    assert lines == [
        "content/README: unknown content file 'README' "
        "(content/ holds site.yaml, sources.yaml and one folder per briefing)",
        "content/note0.txt: unknown content file 'note0.txt', and 499 more '*.txt' files "
        "(content/ holds site.yaml, sources.yaml and one folder per briefing: move them out of content/ or delete them)",
        "content/page0000.html: unknown content file 'page0000.html', and 2,999 more '*.html' files "
        "(content/ holds site.yaml, sources.yaml and one folder per briefing: move them out of content/ or delete them)",
    ]


def test_stray_files_of_many_kinds_are_listed_up_to_a_cap_then_counted(built_minimal: Path):
    content = built_minimal / "content"
    for number in range(40):
        (content / f"file.kind{number:02}").write_text("")
        (content / f"other.kind{number:02}").write_text("")
    result = run_build(built_minimal, "check")
    assert result.code == 1 and "Traceback" not in result.err
    lines = error_lines(result)
    assert len(lines) == 11
    assert lines[0].startswith("content/file.kind00: unknown content file 'file.kind00', and 1 more '*.kind00' file (")
    assert lines[-1] == ("content/file.kind10: and 60 more unknown content files, of 30 other kinds, not listed "
                         "(content/ holds site.yaml, sources.yaml and one folder per briefing: "
                         "move them out of content/ or delete them)")


def test_live_reload_sockets_alone_cannot_hold_the_preview_and_a_pages_socket_outlasts_a_flood(project: Path):
    # Live-reload sockets counted against the whole cap on connections, and past it every new connection was closed:
    # a local process opening only sockets (any process can send a page's Origin) held off every page the editor
    # loaded. They now keep to half the cap, the oldest that is no page's closed first.
    async def flood(url: str, pid: int, before: int) -> None:
        origin = f"http://127.0.0.1:{port_of(url)}"
        page = await open_socket(url, origin)
        await page.write_message(json.dumps({"command": "hello", "protocols": [OFFICIAL]}))
        assert json.loads(await page.read_message())["command"] == "hello"
        await page.write_message(json.dumps({"command": "info", "url": url + BRIEFING_PAGE, "plugins": {}}))
        await asyncio.to_thread(server.wait_until, lambda: "page open:" in server.output, "the page is announced")
        flooding = [await open_socket(url, origin) for _ in range(2 * CAP)]  # none refused: the oldest make room
        try:
            assert open_files(pid) <= before + CAP // 2 + 5
            assert await flooding[0].read_message() is None, "the oldest socket of the flood was closed"
            status, _, body = await asyncio.to_thread(get, url, "/" + BRIEFING_PAGE)
            assert status == 200 and b"Pakistan" in body
            edit(project / "content" / SLUG / "briefing.yaml", "title: \"", "title: \"Flooded ")
            reload = json.loads(await asyncio.wait_for(page.read_message(), 120))
            assert reload["command"] == "reload", "the page's own socket was kept and told to reload"
        finally:
            for connection in [page, *flooding]:
                connection.close()

    with serving(project, **{MAX_CONNECTIONS_ENV: str(CAP)}) as server:
        asyncio.run(flood(server.url, server.process.pid, open_files(server.process.pid)))
        assert server.alive() and "Traceback" not in server.output, server.output


# A project's folder, or an --out outside it, may be named with a newline and an escape sequence: every line that
# names it must show them escaped, so a name cannot forge an error line or recolour the terminal.
FORGED = "desk\nerror: site.yaml:1: forged\x1b[31m"
FORGED_SHOWN = "desk\\nerror: site.yaml:1: forged\\x1b[31m"


def test_schema_names_a_project_folder_holding_a_newline_escaped(built_minimal: Path, tmp_path: Path):
    root = built_minimal.rename(tmp_path / FORGED)
    result = run_build(root, "schema")
    assert result.code == 0, result.err
    assert "\x1b" not in result.out and not any(line.startswith("error:") for line in result.out.splitlines())
    assert f"wrote {tmp_path}/{FORGED_SHOWN}/schema/briefing.json" in result.out.splitlines()


def test_the_preview_names_an_output_folder_holding_a_newline_escaped(project: Path, tmp_path: Path):
    out = tmp_path / FORGED
    with serving(project, options=("--out", str(out))) as server:
        assert "\x1b" not in server.output
        assert f"serving {tmp_path}/{FORGED_SHOWN}/ at " in server.output
        assert not any(line.startswith("error:") for line in server.output.splitlines()), server.output


def test_a_content_folder_linked_from_outside_the_project_is_named_as_the_link_to_replace(built_minimal: Path,
                                                                                        tmp_path: Path):
    # The build named content/ with the hint for a file; `cite`, `new` and `accept-source` called content/sources.yaml
    # itself a link, which it is not: the one to replace is content/.
    good_site = tree_digest(built_minimal / "site")
    elsewhere = tmp_path / "elsewhere"
    (built_minimal / "content").rename(elsewhere)
    (built_minimal / "content").symlink_to(elsewhere)
    assert error_lines(rebuild_fails(built_minimal, good_site)) == [
        "content: is a link leading out of the project folder (replace the link with a copy of the folder)"]
    source_id = next(line.split(":", 1)[1].strip() for line in (elsewhere / "sources.yaml").read_text().splitlines()
                     if line.strip().startswith("- id:"))
    for command in (("cite", source_id, "the"), ("accept-source", source_id), ("new", "water", "--title", "Water")):
        result = run_build(built_minimal, *command)
        assert result.code == 1 and "Traceback" not in result.err, result.err
        assert error_lines(result) == ["content/sources.yaml: is reached through 'content', a link leading out of the "
                                       "project folder (replace the link with a copy of the folder)"], command
    assert not (elsewhere / "water").exists()  # nothing written through the link
