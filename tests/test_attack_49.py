"""Round forty-nine of attacks on files, signals and sockets: a page of any size, and what held.

A template could write a page of 300 MB, and every page including it the same: the checks of `*` and `**` see no
filter or method (`"x"|center(3 * 10**8)`, `"%300000000s"|format("x")`, `"{:>300000000}".format("x")`, a `join`) and
no loop writing a line again and again, and 300 MB is far below the 2 GiB of memory and the CPU time a page may take.
Each such page took 20 to 50 s to write and was published, more than the preview serves (256 MiB). A page now holds
at most MAX_PAGE_CHARACTERS (explainer/template_limits.py `rendered_page`, six times the largest seed: its source page
with every character escaped), counted as the template writes it, and is stopped past it where the template is.

What held, tried in this round: a `%TAG` directive rebinding YAML's own `!!`, a verbatim tag naming Python; numbers
YAML 1.1 reads in text (`12:30` is 750, `1_000`, `0x1F`, `no`); a locale's placeholder given a width, a conversion,
an index or a position; a seed of overlong UTF-8, an encoded surrogate or a code point past U+10FFFF given to
`accept-source --force` and `cite`; `.cache/` filled with garbage, sparse files of 20 GB, pipes, folders and links
where its files go, or itself a file, a pipe or a link leading nowhere; a content file, seed or template edited with
its size and modification time put back; content files, a template and a locale of 20 GB (sparse); a byte-order mark,
CRLF and tabs around a value; `new` given a slug holding `#`, `?`, `/` or `..`; `accept-source` stopped by SIGINT or
SIGTERM at a dozen moments; `serve` stopped by SIGTERM (its port free at once, its notice removed); 500 saves in two
seconds to a served briefing; a content file swapped for a named pipe or a socket while served.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from conftest import REPO, run_build, tree_digest
from support import build_ok, edit, error_lines, rebuild_fails
from test_serve import fetch, serving

BRIEFING = "content/flood/briefing.yaml"
CLAIMS = "content/flood/claims.yaml"
SOURCES = "content/sources.yaml"
SEED = "seeds/flood.txt"


# --- fixed: a page past what a page may hold ----------------------------------------------------------------------------

LIMIT = 1_000_000  # the tests' MAX_PAGE_CHARACTERS: a page of the minimal project is a few KB

# Each writes some `size` characters into every briefing page, in one piece or in many.
LARGE_WRITERS = {
    "a filter padding a value": '{{ "x"|center(SIZE) }}',
    "a format filter's width": '{{ "%SIZEs"|format("x") }}',
    "a string's format method": '{{ "{:>SIZE}".format("x") }}',
    "the % operator's width": '{{ "%SIZEs" % "x" }}',
    "a join of a long list": '{{ range(SIZE // 10)|join("y" * 9) }}',
    "a loop writing a line": '{% for i in range(SIZE // 1000) %}{{ "z" * 999 }}\n{% endfor %}',
}


# Those making the string in one filter, method or operator are refused as they make it, before the page holds it
# (round 52, tests/test_attack_52.py): named by what makes it. A loop's pieces are refused as the page holds them.
MADE_BY = {"a filter padding a value": "'|center'", "a format filter's width": "'|format'",
           "a string's format method": "'.format()'", "the % operator's width": "'%'", "a join of a long list": "'|join'"}


def _footer_writing(root: Path, writer: str, size: int) -> None:
    (root / "templates/_footer.html").write_text(writer.replace("SIZE", str(size)), encoding="utf-8")


@pytest.mark.parametrize("case", sorted(LARGE_WRITERS))
def test_a_template_writing_a_page_past_its_limit_is_stopped_at_its_line(built_minimal: Path, monkeypatch, case: str):
    """Each wrote a page of 3 MB here (300 MB with no test's limit: each took 20 to 50 s, and was published)."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "MAX_PAGE_CHARACTERS", LIMIT, raising=False)
    good = build_ok(built_minimal)
    _footer_writing(built_minimal, LARGE_WRITERS[case], 3 * LIMIT)
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert len(lines) == 1, lines
    assert lines[0].startswith("templates/"), lines  # the template's file and the line of the piece that passed it
    assert lines[0].split(":")[1].isdigit(), lines
    refused = (f"{MADE_BY[case]} would make a string of over {LIMIT:,} characters" if case in MADE_BY
               else f"the page would hold over {LIMIT:,} characters")
    assert lines[0].endswith(f"template error: {refused}, past what a page may hold (make the value smaller: no page "
                             "needs one this large)"), lines


@pytest.mark.parametrize("case", sorted(LARGE_WRITERS))
def test_a_template_writing_a_page_within_its_limit_still_builds(built_minimal: Path, monkeypatch, case: str):
    """The twins: the same expressions making a page under the limit build, the page whole."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "MAX_PAGE_CHARACTERS", LIMIT, raising=False)
    _footer_writing(built_minimal, LARGE_WRITERS[case], LIMIT // 2)
    result = run_build(built_minimal)
    assert result.code == 0, result.err[-800:]
    page = (built_minimal / "site/flood/index.html").read_text(encoding="utf-8")
    assert LIMIT // 2 < len(page) < LIMIT and page.rstrip().endswith("</html>")


def test_a_page_stopped_past_its_limit_names_a_loops_line_in_the_template_writing_it(built_minimal: Path,
                                                                                     monkeypatch):
    """A stop between two pieces (as the CPU time's signal may land) is raised again in the template, at its line."""
    from explainer import template_limits

    monkeypatch.setattr(template_limits, "MAX_PAGE_CHARACTERS", LIMIT, raising=False)
    base = built_minimal / "templates/base.html"
    text = base.read_text(encoding="utf-8")
    line = text[:text.index("<body")].count("\n") + 1
    edit(base, "<body", "{% for i in range(10**6) %}{{ i }}{% endfor %}<body")
    lines = error_lines(run_build(built_minimal))
    assert lines == [f"templates/base.html:{line}: template error: the page would hold over {LIMIT:,} characters, "
                     "past what a page may hold (make the value smaller: no page needs one this large)"], lines


def test_the_limit_holds_the_source_page_of_the_largest_seed_escaped_whole():
    from explainer import template_limits
    from explainer.sources import MAX_SOURCE_BYTES

    assert template_limits.MAX_PAGE_CHARACTERS >= len('&#34;') * MAX_SOURCE_BYTES
    assert template_limits.MAX_PAGE_CHARACTERS < 256 * 1024 ** 2  # the largest file the preview serves


# --- what held: YAML ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, told", [
    ("%TAG !! tag:evil.example,2000:\n---\ntitle: !!str Test briefings\ndescription: x\n",
     "content/site.yaml:3: YAML tag 'tag:evil.example,2000:str' is not allowed in content"),
    ("title: !<tag:yaml.org,2002:python/name:os.system> Test briefings\ndescription: x\n",
     "content/site.yaml:1: YAML tag 'tag:yaml.org,2002:python/name:os.system' is not allowed in content"),
])
def test_a_tag_directive_rebinding_yamls_own_handle_or_a_verbatim_tag_is_refused(built_minimal: Path, text: str,
                                                                               told: str):
    good = build_ok(built_minimal)
    (built_minimal / "content/site.yaml").write_text(text, encoding="utf-8")
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert len(lines) == 1 and lines[0].startswith(told), lines


def test_a_verbatim_standard_tag_builds(built_minimal: Path):
    """The twin: `!<tag:yaml.org,2002:str>` is YAML's own tag for text, written in full."""
    edit(built_minimal / "content/site.yaml", "title: Test briefings", "title: !<tag:yaml.org,2002:str> Test briefings")
    assert run_build(built_minimal).code == 0


@pytest.mark.parametrize("file, old, new, told", [
    (BRIEFING, "title: The flood", "title: 12:30", "content/flood/briefing.yaml:1: title: expected text, found the "
                                                   "number 750 (put the value in quotes)"),
    (BRIEFING, "title: The flood", "title: 1_000", "content/flood/briefing.yaml:1: title: expected text, found the "
                                                   "number 1000 (put the value in quotes)"),
    (BRIEFING, "title: The flood", "title: 0x1F", "content/flood/briefing.yaml:1: title: expected text, found the "
                                                  "number 31 (put the value in quotes)"),
    # the words YAML reads as true/false named (tests/test_newuser_113.py)
    (BRIEFING, "    name: Alpha", "    name: No", "content/flood/briefing.yaml:14: parties[0].name: expected text, "
                                                  "found true/false (false) (YAML reads a bare yes, no, on, off, true "
                                                  "or false as true/false: put the word in quotes, e.g. 'no' or 'yes')"),
    (CLAIMS, "title: How far the river rose", "title: 190:20:30", "content/flood/claims.yaml:3: topics[0].title: "
                                                                  "expected text, found the number 685230 (put the "
                                                                  "value in quotes)"),
])
def test_a_number_yaml_reads_in_text_is_refused_saying_what_it_read(built_minimal: Path, file: str, old: str, new: str,
                                                                   told: str):
    good = build_ok(built_minimal)
    edit(built_minimal / file, old, new)
    assert error_lines(rebuild_fails(built_minimal, good)) == [told]


def test_the_same_text_quoted_builds_as_written(built_minimal: Path):
    """The twin: quoted, `yes` and `No` are the words written (a figure in a title, `12:30`, is checked as any)."""
    edit(built_minimal / BRIEFING, "title: The flood", "title: 'yes'")
    edit(built_minimal / BRIEFING, "    name: Alpha", "    name: 'No'")
    assert run_build(built_minimal).code == 0
    page = (built_minimal / "site/flood/index.html").read_text(encoding="utf-8")
    assert "<h1>yes</h1>" in page and ">No<" in page


def test_a_byte_order_mark_crlf_and_tabs_around_a_value_build(built_minimal: Path):
    path = built_minimal / BRIEFING
    text = path.read_text(encoding="utf-8").replace("title: The flood", "title:\tThe flood\t").replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert run_build(built_minimal).code == 0
    assert "<h1>The flood</h1>" in (built_minimal / "site/flood/index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("placeholder", ["{day:>999999999}", "{day!r}", "{month[0]}", "{0}", "{}", "{day:{year}}"])
def test_a_locale_placeholder_with_a_width_conversion_index_or_position_is_refused(built_minimal: Path,
                                                                                  placeholder: str):
    """`{day:>999999999}` would write a gigabyte into each date; `{0}` and `{}` ended in an IndexError elsewhere."""
    good = build_ok(built_minimal)
    english = (REPO / "explainer/locales/en.yaml").read_text(encoding="utf-8")
    (built_minimal / "locales").mkdir()
    (built_minimal / "locales/en.yaml").write_text(
        english.replace('date: "{day} {month} {year}"', f'date: "{placeholder} {{month}} {{year}}"'), encoding="utf-8")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"locales/en.yaml:4: label 'date': unknown placeholder {placeholder} (use only {{day}}, {{month}}, {{year}}; "
        "write a brace as '{{' or '}}')"]


# --- what held: seeds not in UTF-8 given to the editors' commands ------------------------------------------------------

@pytest.mark.parametrize("bad, byte", [(b"\xc0\xae", "0xc0"), (b"\xed\xa0\x80", "0xed"), (b"\xf4\x90\x80\x80", "0xf4")])
@pytest.mark.parametrize("command", [("accept-source", "flood", "--force"), ("cite", "flood", "river rose")])
def test_a_seed_of_bytes_no_utf8_allows_is_refused_by_the_editors_commands(built_minimal: Path, bad: bytes, byte: str,
                                                                          command: tuple[str, ...]):
    """Overlong UTF-8 (a `.`), an encoded surrogate and a code point past U+10FFFF: nothing recorded or cited."""
    library = (built_minimal / SOURCES).read_bytes()
    seed = built_minimal / SEED
    seed.write_bytes(seed.read_bytes().replace(b"Beta said", bad + b" Beta said"))
    result = run_build(built_minimal, *command)
    assert (result.code, result.out) == (1, "") and "Traceback" not in result.err
    assert error_lines(result) == [f"seeds/flood.txt:1: byte {byte} is not valid UTF-8 (convert the document to UTF-8)"]
    assert (built_minimal / SOURCES).read_bytes() == library


# --- what held: .cache/ ------------------------------------------------------------------------------------------------

def _cache_files(root: Path) -> list[Path]:
    return sorted(path for path in (root / ".cache").rglob("*") if path.is_file() and not path.is_symlink())


def _garbage(root: Path, outside: Path) -> None:
    for number, path in enumerate(_cache_files(root)):
        kind = number % 6
        if kind == 0:
            path.write_bytes(os.urandom(64))
        elif kind == 1:
            path.write_bytes(b"")
        elif kind == 2:
            os.truncate(path, 20 << 30)
        elif kind == 3:
            path.unlink()
            os.mkfifo(path)
        elif kind == 4:
            path.unlink()
            path.mkdir()
        else:
            (outside / path.name).write_bytes(path.read_bytes())
            path.unlink()
            path.symlink_to(outside / path.name if number % 12 == 5 else Path("/dev/zero"))


def test_a_cache_full_of_garbage_pipes_folders_and_links_is_made_again(built_minimal: Path, tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    assert len(_cache_files(built_minimal)) >= 12
    _garbage(built_minimal, outside)
    kept = tree_digest(outside)
    edit(built_minimal / BRIEFING, "title: The flood", "title: The great flood")
    result = run_build(built_minimal)
    assert result.code == 0 and "Traceback" not in result.err, result.err[-800:]
    assert "<h1>The great flood</h1>" in (built_minimal / "site/flood/index.html").read_text(encoding="utf-8")
    assert tree_digest(outside) == kept  # nothing written through a link out


@pytest.mark.parametrize("kind", ["a file", "a named pipe", "a link leading nowhere", "a link to /dev/null"])
def test_a_cache_that_is_no_folder_stops_no_build(built_minimal: Path, kind: str):
    cache = built_minimal / ".cache"
    shutil.rmtree(cache)
    if kind == "a file":
        cache.write_text("x")
    elif kind == "a named pipe":
        os.mkfifo(cache)
    else:
        cache.symlink_to("/nonexistent/cache" if kind == "a link leading nowhere" else "/dev/null")
    edit(built_minimal / BRIEFING, "title: The flood", "title: The great flood")
    result = run_build(built_minimal)
    assert result.code == 0 and "Traceback" not in result.err, result.err[-800:]
    assert "<h1>The great flood</h1>" in (built_minimal / "site/flood/index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("file, old, new, shown", [
    (BRIEFING, "title: The flood", "title: The FLOOD", "<h1>The FLOOD</h1>"),
    ("templates/_footer.html", None, None, "FOOTER"),
    ("content/site.yaml", "Test briefings", "Test BRIEFINGS", "Test BRIEFINGS"),
])
def test_a_file_edited_with_its_size_and_time_put_back_is_read_again(built_minimal: Path, file: str, old, new, shown):
    """An edit of the same length within one tick of a coarse clock, or `touch -r`: no cache entry is taken for it."""
    path = built_minimal / file
    before = os.stat(path)
    text = path.read_text(encoding="utf-8")
    changed = text.replace(old, new, 1) if old else text.replace("footer", "FOOTER", 1)
    assert changed != text and len(changed) == len(text)
    path.write_text(changed, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert run_build(built_minimal).code == 0
    assert shown in "".join(page.read_text(encoding="utf-8") for page in (built_minimal / "site").rglob("*.html"))


def test_a_seed_edited_with_its_size_and_time_put_back_is_named_as_changed(built_minimal: Path):
    seed = built_minimal / SEED
    before = os.stat(seed)
    seed.write_bytes(seed.read_bytes().replace(b"by 5 metres", b"by 7 metres"))
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))
    lines = error_lines(run_build(built_minimal))
    assert lines and all("content/" in line for line in lines), lines


# --- what held: files of 20 GB, and `new` given a slug of other characters ---------------------------------------------

@pytest.mark.parametrize("file", [CLAIMS, "content/site.yaml", "templates/_footer.html", "locales/en.yaml"])
def test_a_sparse_file_of_twenty_gigabytes_is_refused_unread(built_minimal: Path, file: str):
    good = build_ok(built_minimal)
    path = built_minimal / file
    path.parent.mkdir(exist_ok=True)
    path.touch()
    os.truncate(path, 20 << 30)
    started = time.process_time()
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert time.process_time() - started < 10
    assert len(lines) == 1 and lines[0].startswith(f"{file}: is 21,474,836,480 bytes, over the limit of 8,388,608 ("), \
        lines


@pytest.mark.parametrize("slug", ["a#b", "a?b", "a/b", "../x", ".hidden", "A"])
def test_new_refuses_a_slug_no_address_can_hold_and_makes_nothing(built_minimal: Path, slug: str):
    before = sorted(os.listdir(built_minimal / "content"))
    result = run_build(built_minimal, "new", slug, "--title", "A title")
    assert result.code == 1 and result.err.startswith(f"error: '{slug}' cannot be a briefing's folder name ("), result.err
    assert sorted(os.listdir(built_minimal / "content")) == before
    assert not (built_minimal / "x").exists()


# --- what held: signals to accept-source and serve ----------------------------------------------------------------------

def test_accept_source_stopped_at_a_dozen_moments_leaves_the_library_old_or_new_and_no_draft(built_minimal: Path):
    library = built_minimal / SOURCES
    seed = built_minimal / SEED
    seed.write_bytes(seed.read_bytes() + b"\nA line added at the end.\n")
    before = library.read_bytes()
    command = [sys.executable, str(REPO / "build.py"), "--root", str(built_minimal), "accept-source", "flood"]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.monotonic()
    subprocess.run(command, env=env, capture_output=True, check=True)
    whole = time.monotonic() - started
    outcomes = set()
    for moment in range(12):
        library.write_bytes(before)
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(whole * moment / 11)
        process.send_signal(signal.SIGINT if moment % 2 else signal.SIGTERM)
        _, err = process.communicate(timeout=60)
        now = library.read_bytes()
        if b"init_import_site" in err:  # stopped in the interpreter's own start, before build.py's first line ran
            assert now == before
            continue
        assert b"Traceback" not in err, err[-1500:]
        outcomes.add(now == before)
        entry = yaml.safe_load(now)["sources"][0]
        assert now == before or entry["sha256"] != yaml.safe_load(before)["sources"][0]["sha256"]
        assert sorted(name for name in os.listdir(built_minimal / "content") if name.startswith(".")) == []
    assert True in outcomes  # some were stopped before they wrote


def test_serve_stopped_by_sigterm_frees_its_port_and_removes_its_notice(built_minimal: Path):
    with serving(built_minimal) as server:
        port = int(server.url.rsplit(":", 1)[1].strip("/"))
        assert [name for name in os.listdir(built_minimal / ".cache") if name.startswith("preview-")]
        server.stop(signal.SIGTERM)
        assert "Traceback" not in server.output
    with socket.socket() as again:
        again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        again.bind(("127.0.0.1", port))  # free at once, as a new `serve --port` binds it
    assert not [name for name in os.listdir(built_minimal / ".cache") if name.startswith("preview-")]
    assert not [name for name in os.listdir(built_minimal) if name.startswith(".site")]


def _letters(number: int) -> str:
    """Return `number` written in letters a to z (a title's figures are checked against its sources)."""
    return "".join(chr(ord("a") + int(digit)) for digit in f"{number:03d}")


def test_a_storm_of_500_saves_is_built_together_the_last_one_served(built_minimal: Path):
    """Saves 4 ms apart, each written in place (truncated, then written): the server answers pages meanwhile, builds
    far fewer times than it is told of a save, and serves the last save."""
    briefing = built_minimal / BRIEFING
    text = briefing.read_text(encoding="utf-8")
    with serving(built_minimal, EXPLAINER_SERVE_POLL_AFTER_CHANGE="0.5") as server:
        slowest = 0.0
        for number in range(500):
            briefing.write_text(text.replace("title: The flood", f"title: The flood {_letters(number)}"),
                                encoding="utf-8")
            time.sleep(0.004)
            if number % 50 == 0:
                started = time.monotonic()
                assert fetch(server.url)[0] == 200
                slowest = max(slowest, time.monotonic() - started)
        server.wait_until(lambda: f"<h1>The flood {_letters(499)}</h1>" in fetch(server.url + "flood/")[1], "the last save is served",
                          timeout=60)
        builds = server.output.count("built in ")
        assert slowest < 5 and builds < 100, (slowest, builds, server.output[-2000:])
        assert "Traceback" not in server.output


@pytest.mark.parametrize("kind", ["a named pipe", "a socket"])
def test_a_content_file_swapped_for_a_pipe_or_socket_while_served_is_named_and_restored(built_minimal: Path,
                                                                                       kind: str):
    claims = built_minimal / CLAIMS
    text = claims.read_text(encoding="utf-8")
    with serving(built_minimal) as server:
        claims.unlink()
        os.mknod(claims, stat.S_IFIFO if kind == "a named pipe" else stat.S_IFSOCK)  # a socket's path is too long to bind
        told = f'<p class="message">is not a regular file: it is {kind}</p>'
        server.wait_until(lambda: told in fetch(server.url + "flood/")[1], "the error page names it", timeout=30)
        assert "content/flood/claims.yaml" in fetch(server.url + "flood/")[1]
        claims.unlink()
        claims.write_text(text, encoding="utf-8")
        server.wait_until(lambda: "<h1>The flood</h1>" in fetch(server.url + "flood/")[1], "the page is back",
                          timeout=30)
        assert "Traceback" not in server.output
