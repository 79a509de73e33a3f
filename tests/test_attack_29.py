"""Round twenty-nine of attacks on files, signals and sockets: what a pull request's links reach.

A link inside the project was followed wherever it led within the project folder, hidden folders included: a pull
request adding `static/ci.txt` linked to `../.git/config` published, on the next deploy, the token `actions/checkout`
keeps there (`http.https://github.com/.extraheader`, as `.github/workflows/pages.yml` runs it), and `static/repo`
linked to `../.git` a private repository's whole history. A hidden template (`templates/.x.html`), which the check of
templates/ passes over, was opened by Jinja following its link wherever it led, out of the project too. A link to the
built site read it back: each build's site was published inside the next's. git ignores the folder `.cache/`, not a
link of that name: a repository's `.cache` linked to `.` had the build keep `content/all.pack` among the editors'
files, and every later build failed. A sealed file of .cache/views/ renamed to another key's name (a group sharing the
folder can rename what it cannot forge) gave an edited briefing its page from before the edit. The CSV downloads left
a formula after spaces as it was, which LibreOffice's import with "Trim spaces" runs. The preview's live-reload
scripts and socket answered without Cross-Origin-Resource-Policy, and a page of a preview started before the clock was
set back was never told to reload.

What held, tried in this round and left without a test of its own: `%2e%2e`, `..;/`, `%00`, `%2f` tricks, a POST, a
Host of another name and URLs or headers of 70 KB against the preview (404, 400, 405, 403, the connection closed); a
named pipe or a socket in site/ (one line); a hidden seed linked out of seeds/ (named as the link); a build under
`ulimit -f` (one line, "File too large"); a fullwidth "＝", a no-break or ideographic space before "=" (text to
LibreOffice 7.4, "Trim spaces" and "Evaluate formulas" on).
"""

from __future__ import annotations

import asyncio
import csv
import http.client
import io
import json
import os
import shutil
import time
from pathlib import Path

import jinja2
import pytest

from conftest import copy_tree, run_build, tree_digest
from support import edit, error_lines, rebuild_fails
from test_serve import serving
from test_serve_attack import open_socket, port_of

from explainer.render import make_environment


HIDDEN_HINT = "(replace the link with a copy of what the site should show, outside hidden folders)"


@pytest.mark.parametrize("link, target, shown", [
    ("static/ci.txt", "../.git/config", "static/ci.txt: is a link leading into '.git'"),
    ("static/repo", "../.git", "static/repo: is a link leading into '.git'"),
    ("static/keys/env.txt", "../../.env", "static/keys/env.txt: is a link leading into '.env'"),
    ("templates/_ci.html", "../.git/config", "templates/_ci.html: is a link leading into '.git'"),
    ("content/flood/quotes.yaml", "../../.git/config", "content/flood/quotes.yaml: is a link leading into '.git'"),
    ("locales/zz.yaml", "../.cache/seal.yaml", "locales/zz.yaml: is a link leading into '.cache'"),
])
def test_a_link_into_a_hidden_folder_of_the_project_is_refused(built_minimal: Path, link: str, target: str,
                                                                shown: str):
    root = built_minimal
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text('[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n')
    (root / ".env").write_text("TOKEN=secret\n")
    (root / ".cache").mkdir(exist_ok=True)
    (root / ".cache" / "seal.yaml").write_text("about: x\n")
    good = tree_digest(root / "site")
    (root / link).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, root / link)
    result = rebuild_fails(root, good)
    assert error_lines(result) == [f"{shown}, which no build reads or publishes {HIDDEN_HINT}"]


def test_a_folder_link_into_a_hidden_folder_is_refused_before_its_files_are_read(built_minimal: Path):
    root = built_minimal
    (root / ".git" / "hooks").mkdir(parents=True)
    (root / ".git" / "hooks" / "x.css").write_text("/* the repository's */\n")
    good = tree_digest(root / "site")
    os.symlink("../.git/hooks", root / "static" / "hooks")
    result = rebuild_fails(root, good)
    assert error_lines(result) == [f"static/hooks: is a link leading into '.git', which no build reads or publishes "
                                   f"{HIDDEN_HINT}"]


@pytest.mark.parametrize("target, said", [
    ("{outside}", "is a link leading out of the project folder (replace the link with a copy of the file)"),
    ("../.git/config", "is a link leading into '.git', which no build reads or publishes " + HIDDEN_HINT),
])
def test_a_hidden_template_linked_out_is_refused_when_a_page_includes_it(built_minimal: Path, tmp_path: Path,
                                                                           target: str, said: str):
    """The check of templates/ passes over hidden names, as every input folder's does, and Jinja opened any name it was
    given, following links: `templates/.x.html` linked to a file outside the project put it in every page."""
    root = built_minimal
    (tmp_path / "secret.txt").write_text("SECRET-OUTSIDE\n")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("SECRET-CONFIG\n")
    base = root / "templates" / "base.html"
    base.write_text(base.read_text().replace("</body>", '{% include ".x.html" %}</body>'))
    good = tree_digest(root / "site")
    os.symlink(target.format(outside=tmp_path / "secret.txt"), root / "templates" / ".x.html")
    result = rebuild_fails(root, good)
    assert error_lines(result) == [f"templates/.x.html: {said}"]


def test_a_template_name_no_file_can_have_is_still_not_found(tmp_path: Path):
    """Read through safefs, a name holding a NUL raised Python's ValueError, where Jinja's own look found no file."""
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "page.html").write_text('{% include "a\\x00b" %}')
    with pytest.raises(jinja2.TemplateNotFound):
        make_environment(tmp_path / "templates").get_template("page.html").render()


def test_a_hidden_template_that_is_a_plain_file_is_still_included(built_minimal: Path):
    root = built_minimal
    (root / "templates" / ".x.html").write_text("<p>hidden but ours</p>\n")
    base = root / "templates" / "base.html"
    base.write_text(base.read_text().replace("</body>", '{% include ".x.html" %}</body>'))
    assert run_build(root).code == 0
    assert "<p>hidden but ours</p>" in (root / "site" / "index.html").read_text()


@pytest.mark.parametrize("link, target", [("static/out", "../site"), ("static/sub/css", "../../site/static"),
                                          ("templates/_last.html", "../site/index.html")])
def test_a_link_into_the_built_site_is_refused(built_minimal: Path, link: str, target: str):
    """`static/out` linked to `../site` published each build's site inside the next's, and a template linked to a
    page of it made every build's pages depend on the build before."""
    root = built_minimal
    good = tree_digest(root / "site")
    (root / link).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, root / link)
    result = rebuild_fails(root, good)
    assert error_lines(result) == [f"{link}: is a link leading into 'site', a site a build made, which the build would "
                                   "read back into the next (replace the link with a copy of what it leads to)"]


def test_a_link_to_the_project_folder_itself_is_refused(built_minimal: Path):
    """The project folder holds the site: `static/all` linked to `..` published each build's site inside the next's."""
    root = built_minimal
    good = tree_digest(root / "site")
    os.symlink("..", root / "static" / "all")
    result = rebuild_fails(root, good)
    assert error_lines(result) == ["static/all: is a link leading to the project folder itself, which holds the site a "
                                   "build made (replace the link with a copy of what it should lead to)"]


def test_a_briefings_kept_page_renamed_to_another_key_is_made_again(built_minimal: Path):
    """A sealed file says this user's build wrote it, not under which name: one renamed to the key of a briefing's
    edited version (a group sharing the folder can rename what it cannot forge) gave the page its text before the
    edit."""
    root = built_minimal
    views = root / ".cache" / "views"
    [before] = views.iterdir()
    kept = before.read_bytes()
    edit(root / "content" / "flood" / "briefing.yaml", "title: The flood", "title: The great flood")
    assert run_build(root).code == 0
    [after] = views.iterdir()
    after.write_bytes(kept)
    (root / "templates" / "briefing.html").write_text((root / "templates" / "briefing.html").read_text() + "{# #}\n")
    result = run_build(root)
    assert result.code == 0, result.err
    page = (root / "site" / "flood" / "index.html").read_text()
    assert "<title>The great flood" in page and "<title>The flood" not in page


def test_a_formula_after_spaces_is_made_inert_in_the_csv(built_minimal: Path):
    """LibreOffice's import with "Trim spaces" (and "Evaluate formulas") on ran " =1+1", written unquoted, as a
    formula, and so " =1+1" after a `;` or at the start of a cell's later line, each read as a cell of its own."""
    root = built_minimal
    edit(root / "content" / "sources.yaml", "publisher: unknown", 'publisher: "  =HYPERLINK(\\"http://x\\")"')
    claims = root / "content" / "flood" / "claims.yaml"
    # In a claim's evidence, a paragraph: a measure is one line since round 68 (explainer/one_line_texts.py)
    edit(claims, "        status: claim\n        cite: [alpha-rise]",
         '        status: claim\n        evidence: "River rise;  +SUM(A1)\\n @A2"\n        cite: [alpha-rise]')
    result = run_build(root)
    assert result.code == 0, result.err
    path = root / "site" / "flood" / "data" / "claims.csv"
    text = path.read_text(encoding="utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "'  =HYPERLINK(\"http://x\")" in cells and "River rise;'  +SUM(A1)\n' @A2" in cells
    # Read line by line, each line split at `;` and `,` and each piece trimmed, no piece starts a formula.
    pieces = [piece.strip(" ") for line in text.splitlines() for part in line.split(";") for piece in part.split(",")]
    assert not [piece for piece in pieces if piece[:1] in ("=", "+", "@") or piece.startswith("-") and
                not piece[1:].replace(".", "").isdigit()]



@pytest.mark.parametrize("target, where", [(".", "to the project folder itself"),
                                           ("static", "into 'static', a folder of the project"),
                                           ("content", "into 'content', a folder of the project")])
def test_a_cache_linked_into_the_project_is_refused(built_minimal: Path, target: str, where: str):
    """git ignores the folder `.cache/`, not a link of that name, so a repository can hold one: linked to `.` it had the
    build keep `content/all.pack` among the editors' files, and every build after failed on it; to `static` it
    published what the build keeps."""
    root = built_minimal
    shutil.rmtree(root / ".cache")
    (root / ".cache").symlink_to(target)
    before = tree_digest(root)
    for command in ((), ("check",)):
        result = run_build(root, *command)
        assert (result.code, result.out) == (1, "")
        assert result.err == (f"error: {root / '.cache'}: is a link leading {where}, where the build would keep its "
                              "files among the project's (remove the link, and the build makes .cache/ as a folder of "
                              "its own)\n")
    assert tree_digest(root) == before


def test_a_cache_linked_to_a_hidden_folder_of_the_project_still_builds(built_minimal: Path):
    root = built_minimal
    (root / ".cache").rename(root / ".fast")
    (root / ".cache").symlink_to(".fast")
    result = run_build(root)
    assert (result.code, result.err) == (0, "")
    assert (root / ".fast" / "views").is_dir() and not (root / "views").exists()

# --- the preview ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(minimal_built_once: Path, tmp_path_factory):
    """One server for this module's preview tests, which change nothing it serves."""
    with serving(copy_tree(minimal_built_once, tmp_path_factory.mktemp("attack29") / "project")) as server:
        yield server
    assert "Traceback" not in server.output


def test_a_page_of_a_server_started_before_the_clock_was_set_back_is_reloaded(served):
    """A page carries the number of the build it was read under, which a server starts from its clock: a page of a run
    started before the clock was set back (a laptop's, corrected after sleep) carried a larger one than the new run's,
    and was never told to reload, its text that run's, until the next save."""
    async def told(url: str) -> list[str]:
        connection = await open_socket(url, url.rstrip("/"))
        later = time.time_ns() // 1_000_000 + 3_600_000  # an hour ahead
        await connection.write_message(json.dumps({"command": "hello", "snipver": later}))
        await connection.write_message(json.dumps({"command": "info", "url": url}))
        said = [json.loads(await asyncio.wait_for(connection.read_message(), 30))["command"] for _ in range(2)]
        connection.close()
        return said

    assert asyncio.run(told(served.url)) == ["hello", "reload"]


# A WebSocket's opening request, as a page of another site sends it to the live-reload socket.
UPGRADE = {"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
           "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="}


@pytest.mark.parametrize("path, status", [("/livereload.js", 200), ("/livereload-keep-scroll.js", 200),
                                          ("/livereload", 403)])
def test_the_live_reload_scripts_and_socket_are_kept_from_other_sites_pages(served, path: str, status: int):
    """Only the site's answers carried Cross-Origin-Resource-Policy: any page the editor had open could load
    `http://127.0.0.1:8000/livereload.js` as a script and learn from its load that a preview runs there."""
    connection = http.client.HTTPConnection("127.0.0.1", port_of(served.url), timeout=30)
    try:
        connection.request("GET", path, headers={"Origin": "http://evil.example", **UPGRADE})
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    assert (response.status, response.getheader("Cross-Origin-Resource-Policy"),
            response.getheader("X-Content-Type-Options")) == (status, "same-origin", "nosniff")
