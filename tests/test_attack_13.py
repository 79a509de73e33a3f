"""Round thirteen of attacks on files, signals and sockets: a `.cache/` brought with a copied project whose preview
notice names no process (`²`, a number past any pid), which ended `serve` in a traceback before it served; an editor
saving content/sources.yaml while `accept-source` checked the citations (a source added above took the digest); SIGTERM
or a hangup as `new`, `accept-source` or `schema` wrote, which left its draft behind; a source's escape sequences,
printed raw by `check --uncited`; `new` of a slug that a dangling link holds or that is made meanwhile, and of a title
in another encoding, told to make room on the disk, or in a codec's words; `--out .cache/spare-site`, failing one build
in two; a line separator pasted into a content file, a line break to YAML alone; a link
leading to itself where the site, an input folder, a seed or `.cache/` goes, a traceback; a live-reload socket saying
hello again and again, each answer kept in the preview's memory for a client that need not read it.

Each test waits on the event itself (a process's end, a file opened), never on a sleep.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import edit, rebuild_fails, tree_digest
from explainer.previews import previewing
from test_serve import fetch, serving
from test_serve_attack import open_socket
from zygote import zygotes


@pytest.mark.parametrize("named", ["\u00b2 http://127.0.0.1:8000/", "99999999999999999999999 http://127.0.0.1:8000/",
                                   "0 http://127.0.0.1:8000/", "\u0661\u0662 http://127.0.0.1:8000/"])
def test_a_preview_notice_naming_no_process_is_no_one_and_replaced(tmp_path: Path, named: str):
    """A .cache/ comes with a copied project, an archive or a repository. Its notice of which server serves the site
    held "²" (a digit to str.isdigit, not to int) or a number past any pid: `serve` ended in a traceback before it
    served (ValueError, OverflowError); "0", this process's group to kill(2), was named as a server that runs."""
    cache, out, url = tmp_path / ".cache", tmp_path / "site", "http://127.0.0.1:8001/"
    with previewing(cache, out, url):
        [notice] = cache.glob("preview-*")  # where this server names itself
    notice.write_text(f"{named}\n")
    with previewing(cache, out, url) as other:
        assert other is None
        assert notice.read_text() == f"{os.getpid()} {url}\n", "this server is named in its place"


def test_a_library_saved_while_accept_source_checks_its_citations_is_left_as_saved(built_minimal: Path, monkeypatch):
    """accept-source read content/sources.yaml, checked every citation of the source (every briefing loaded: seconds
    in a large project), then wrote the digest at the line where it had read it, in the file as it was by then: a
    source an editor added above meanwhile was given the digest, and the source named kept its old one, while
    accept-source said it had recorded it."""
    library = built_minimal / "content" / "sources.yaml"
    library.write_text(library.read_text().replace("sha256: c6fab", "sha256: 00fab"))  # the seed "changed"
    added = "  - id: other\n    file: other.txt\n    title: Other\n    publisher: unknown\n    date: unknown\n" \
            f"    sha256: {'1' * 64}\n"
    saved = library.read_text().replace("sources:\n", "sources:\n" + added)
    opened = os.open

    def open_then_save(path, *args, **kwargs):  # the editor saves as the first briefing file is read
        if os.fspath(path).endswith("briefing.yaml") and library.read_text() != saved:
            library.write_text(saved)
        return opened(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_then_save)
    result = run_build(built_minimal, "accept-source", "flood")
    monkeypatch.undo()
    assert library.read_text() == saved, "the editor's save is left as it is"
    assert (result.code, result.err) == (1, "error: content/sources.yaml: changed while accept-source read it (saved "
                                            "in an editor?): the SHA-256 of source 'flood' was not recorded (nothing "
                                            "was changed; run accept-source again)\n")


def test_accept_source_reads_a_library_that_is_a_named_pipe_without_waiting(built_minimal: Path):
    """What accept-source compares the library with, as it writes, is read as the build reads it: a named pipe put
    there is named at once, never waited on for a writer."""
    library = built_minimal / "content" / "sources.yaml"
    library.unlink()
    os.mkfifo(library)
    result = run_build(built_minimal, "accept-source", "flood")
    assert (result.code, result.err) == (1, "error: content/sources.yaml: is not a regular file: it is a named pipe "
                                            "(replace it with an ordinary file)\n")


# A command stopped as its draft goes to disk (os.fsync, or the rename where it writes no fsync): the signal raised at
# that very point, not sent after a guessed delay.
_STOPPED_AT_THE_DRAFT = """
import os, signal, sys
from explainer.cli import main

signum, real = getattr(signal, sys.argv[1]), {"fsync": os.fsync, "replace": os.replace}
signal.signal(signum, signal.SIG_DFL)  # as at a terminal: tests run under nohup start every process ignoring hangups
def stopping(name):
    def call(*args, **kwargs):
        os.fsync, os.replace = real["fsync"], real["replace"]
        signal.raise_signal(signum)
        return real[name](*args, **kwargs)
    return call
os.fsync, os.replace = stopping("fsync"), stopping("replace")
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("signum, command", [(signal.SIGTERM, ("accept-source", "flood")),
                                             (signal.SIGHUP, ("new", "tide", "--title", "The tide")),
                                             (signal.SIGTERM, ("schema",))])
def test_a_sigterm_or_hangup_as_an_editors_command_writes_leaves_no_draft(built_minimal: Path, signum, command):
    """By their default action SIGTERM and a hangup (the terminal or SSH session closed) ended `accept-source`, `new`
    and `schema` on the spot: `content/.sources.yaml.PID.new`, a whole copy of the library, or `content/.tide.PID.new/`
    were left in content/, out of the build's sight but not of `git status`, one more for each stop."""
    library = built_minimal / "content" / "sources.yaml"
    library.write_text(library.read_text().replace("sha256: c6fab", "sha256: 00fab"))
    before = tree_digest(built_minimal)
    done = zygotes().run([sys.executable, "-c", _STOPPED_AT_THE_DRAFT, signum.name, "--root", str(built_minimal),
                          *command], capture_output=True, text=True, cwd=REPO, timeout=120,
                         signals={signum: signal.SIG_IGN})  # as nohup or `pytest &` start it
    assert (done.returncode, done.stdout, done.stderr) == (128 + signum, "", "")
    after = tree_digest(built_minimal)
    assert [name for name in after if name not in before] == [], "nothing is left behind"
    assert after == before


def test_check_uncited_prints_a_sources_escape_sequences_as_escapes(built_minimal: Path):
    """`check --uncited` lists the source's sentences no citation covers as the document stores them: one saved from
    a terminal or a web page holding escape sequences retitled the editor's window or hid the lines after it."""
    seed = built_minimal / "seeds" / "flood.txt"
    seed.write_text(seed.read_text() + "Gamma wrote \x1b]0;pwned\x07 and \x1b[8mhidden\x1b[0m text.\n")
    assert run_build(built_minimal, "accept-source", "flood", "--force").code == 0
    result = run_build(built_minimal, "check", "--uncited")
    assert result.code == 0 and "\x1b" not in result.out + result.err
    assert result.out.endswith("  seeds/flood.txt:4: Gamma wrote \\x1b]0;pwned\\x07 and \\x1b[8mhidden\\x1b[0m text.\n")


@pytest.mark.parametrize("title, planted, error", [
    ("The tide", "link", "error: content/tide: already exists (choose another slug; nothing was changed)\n"),
    ("The tide", "made meanwhile", "error: content/tide: already exists (choose another slug; nothing was changed)\n"),
    ("The \udcff tide", None, "error: --title: holds bytes that are not UTF-8 text (set the terminal to UTF-8, or give "
                              "a title in plain letters and edit it in briefing.yaml; nothing was written)\n"),
])
def test_new_names_a_slug_taken_by_a_link_or_meanwhile_and_a_title_not_utf8(built_minimal: Path, monkeypatch,
                                                                            title: str, planted: str | None, error: str):
    """A link named as the slug that leads nowhere, or a folder made as `new` wrote (a second `new` of it run at once),
    gave "cannot be written: Not a directory" or "Directory not empty", each with "make room or make content/
    writable"; a title typed in a Latin-1 terminal, "'utf-8' codec can't encode character '\\udcff' in position 253"."""
    folder = built_minimal / "content" / "tide"
    if planted == "link":
        folder.symlink_to(built_minimal / "nowhere")
    if planted == "made meanwhile":
        synced = os.fsync

        def the_other_new_first(fd):  # the other `new` renames its folder into place as this one's draft is synced
            folder.mkdir()
            (folder / "briefing.yaml").write_text("title: The other tide\n")
            monkeypatch.setattr(os, "fsync", synced)
            return synced(fd)

        monkeypatch.setattr(os, "fsync", the_other_new_first)
    before = tree_digest(built_minimal)
    result = run_build(built_minimal, "new", "tide", "--title", title)
    monkeypatch.undo()
    assert (result.code, result.out, result.err) == (1, "", error)
    if planted == "made meanwhile":
        assert (folder / "briefing.yaml").read_text() == "title: The other tide\n", "the other's folder is kept"
        (folder / "briefing.yaml").unlink()
        folder.rmdir()
    assert tree_digest(built_minimal) == before, "nothing is written, and no draft is left"


@pytest.mark.parametrize("out, where", [(".cache/spare-site", "inside .cache/"), (".cache", ".cache/")])
def test_an_output_folder_in_the_builds_own_cache_is_refused(built_minimal: Path, out: str, where: str):
    """`--out .cache/spare-site` failed one build in two with "cannot write: No such file or directory (check the output
    folder and build again)": the site a build replaces is kept there, so the output was taken to stage the next in."""
    run_build(built_minimal)  # a second build: it keeps the spare
    before = tree_digest(built_minimal)
    given = built_minimal / out
    for command in ("build", "serve"):
        result = run_build(built_minimal, "--out", str(given), command)
        assert (result.code, result.out, result.err) == (1, "", f"error: {given}: output folder is {where}, where the "
                                                                "build keeps what it reuses (choose an --out outside "
                                                                "it)\n")
    assert tree_digest(built_minimal) == before


def test_a_cache_linked_to_a_folder_holding_the_project_refuses_no_output(built_minimal: Path):
    """Every output is inside such a .cache/ (a link to the project's parent): it is no store to keep outputs from."""
    shutil.rmtree(built_minimal / ".cache")
    (built_minimal / ".cache").symlink_to(built_minimal.parent)
    assert run_build(built_minimal).code == 0


@pytest.mark.parametrize("title", ["How far the river rose # pasted\u2028 from a page", "How far\u2028the river rose",
                                   '"How far\u2029the river rose"'])
def test_a_line_separator_in_a_content_file_is_named_on_the_line_the_editor_sees(built_minimal: Path, title: str):
    """U+2028 and U+2029, pasted from a web page or a PDF, are line breaks to YAML that editors show as a space or not
    at all: in a comment the rest of the line was read as YAML ("did not find expected key", a line too far down), a
    plain value was cut in two, and in quotes the value built, every later problem named a line too far down."""
    claims = built_minimal / "content" / "flood" / "claims.yaml"
    edit(claims, "    title: How far the river rose", f"    title: {title}")
    separator = "U+2028 (LINE SEPARATOR)" if "\u2028" in title else "U+2029 (PARAGRAPH SEPARATOR)"
    result = rebuild_fails(built_minimal, tree_digest(built_minimal / "site"))
    assert result.err == (f"error: content/flood/claims.yaml:3: {separator} is not allowed (YAML reads it as a line "
                          "break your editor may not show: replace it with a space, or start a new line)\n"
                          "1 problem; site/ was not changed.\n")


@pytest.mark.parametrize("looped, error", [
    ("site", "error: {root}/site: output path is not a plain folder (refusing to replace it; choose another --out)\n"),
    ("static", "error: static: the folder is missing, and every page links to its style sheet, script and icon "
               "(static/style.css, static/preview.js, static/favicon.svg) (copy the static/ folder of the explainer's "
               "repository into the project)\n1 problem; site/ was not changed.\n"),
    ("seeds/flood.txt", "error: content/sources.yaml:3: source 'flood': seeds/flood.txt is a link that leads round in a "
                        "loop (replace the link with a copy of the file)\n1 problem; site/ was not changed.\n"),
    (".cache", ""),
])
def test_a_link_leading_to_itself_is_named_or_passed_over_never_a_traceback(built_minimal: Path, looped: str,
                                                                              error: str):
    """`site`, an input folder, a seed or `.cache` made a link to itself (`ln -s site site`, a sync tool's or an
    archive's leftover) ended every build in "RuntimeError: Symlink loop from ..." (Path.resolve)."""
    path = built_minimal / looped
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink()
    path.symlink_to(path.name)
    result = run_build(built_minimal)
    assert (result.code, result.err) == (1 if error else 0, error.format(root=built_minimal))


def test_a_live_reload_socket_answers_each_hello_and_info_once(built_minimal: Path):
    """livereload's client says hello, then info, once per socket; each said again was answered again, and the answers
    kept for a client that need not read them: 5 MB of hellos sent by a local process held 150 MB of the preview's
    memory, and twice that grew it twice as much."""
    async def answers(url: str) -> list[str]:
        connection = await open_socket(url, url.rstrip("/"))
        for _ in range(3):
            await connection.write_message(json.dumps({"command": "hello", "snipver": -1}))  # a page of an older build
        for _ in range(2):
            await connection.write_message(json.dumps({"command": "info", "url": url}))
        said = []
        while not said or said[-1] != "reload":  # the page is told to reload once it says info
            said.append(json.loads(await asyncio.wait_for(connection.read_message(), 60))["command"])
        connection.close()
        return said

    with serving(built_minimal) as server:
        assert asyncio.run(answers(server.url)) == ["hello", "reload"]
        assert fetch(server.url)[0] == 200
    assert "Traceback" not in server.output
