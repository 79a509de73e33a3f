"""Round thirty-nine of attacks on files, signals and sockets: the commands less attacked, and round 38's leftovers.

An empty seed, or one holding only a byte-order mark or spaces (a download that failed), was read as a document with
no passage: each of its citations was "not in source" in a line of its own, none saying why, and `accept-source
--force` recorded its digest (explainer/seed_files.py). A seed named as another but for letter case (`FLOOD.txt`
beside `flood.txt`), one file on a checkout on macOS or Windows, was refused only where two sources named the pair.
A merge key written inline (`- <<: {id: beta}`) was "unknown field `<<`" and "id missing", never saying YAML's merge
keys are not read. `new --title` took a headline of 54 KB, and the build published it (a headline may hold 300
characters). The preview reset the connection of a request past tornado's 64 KB of headers (a 1 MB query string), no
status and nothing said; it is now answered 431 with a short page (explainer/too_long_request.py).
`EXPLAINER_SERVE_TIME_LIMIT=1e300` ended every preview build in an OverflowError traceback (a day is the most now).
`changes --since` a revision of 1 MB was "[Errno 7] Argument list too long: 'git'", one holding a NUL "embedded null
byte", one holding a line break (`HEAD` then `--output=/tmp/x`) told of by git's second line alone
(explainer/revisions.py). `cite` looked 1 MB of words up for 8 s of CPU before saying a quote holds 5,000 characters,
and `cite` or `accept-source` of a source id of 1 MB quoted it whole in a line of 1 MB. `schema` with a folder where
a schema file goes was "cannot write the schemas: Is a directory (make room on the disk ...)", and a schema file of
64 GB (sparse) or in UTF-16 was read whole to be compared: a MemoryError or a UnicodeDecodeError traceback.

What held, tried in this round: `cite` and `accept-source` given a NUL, `../seeds/flood` or `flood/../flood` as the
id (no such source), `cite ID --help` (argparse's help; `cite ID -- --help` looks the words up), words holding a NUL
or an escape sequence (shown escaped); `changes --since=--output=/tmp/x` or `-p` (not a commit), `HEAD;rm -rf ...`,
a file's path or `refs/../../etc/passwd` (git: not a valid object name; nothing run, nothing written);
`schema` with `schema/briefing.json` hard-linked to a file elsewhere and `accept-source` with `content/sources.yaml`
so linked (each written aside and renamed: the other file is left as it was); a seed that is a named pipe or a link
out of seeds/ to `cite` and `accept-source` (one line); `accept-source` with a seed replaced after it was read (the digest recorded is of the bytes whose citations were
checked: one read gives both, so the next build names the change); `EXPLAINER_WORKERS` huge, negative, `nan`,
`inf`, `1e3`, `2.5`, an Arabic-Indic digit, the preview's seconds of `1e-300`; a site `base_url` of
`javascript:alert(1)`, `javascript://example.org/%0aalert(1)`, `data:`, `//evil.example/`, a CR and LF or NEL as
escapes, a space, a quotation mark, `<`, `]]>` (each one line), and `&` (escaped in every page and the feed); a
source `url` of `javascript:alert(1)` or holding a quotation mark (one line).

Each test waits on the event itself (a process's end, an answer), never on a sleep.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import copy_tree, run_build, tree_digest
from support import edit, error_lines, rebuild_fails
from test_attack_3 import answer
from test_serve import serving
from test_serve_attack import port_of

BRIEFING = "content/flood/briefing.yaml"
SEED = "seeds/flood.txt"
SEED_HINT = "copy the document's text into it (or remove the source and its citations): no passage of it can be cited"

EMPTY_SEEDS = {  # the seed's bytes: its one line
    "empty": (b"", "the document is empty (0 bytes)"),
    "a byte-order mark alone": (b"\xef\xbb\xbf", "the document is empty: it holds only a byte-order mark"),
    "spaces and line ends": (b" \r\n\t\n\n", "the document holds no words: its 6 bytes are spaces and line ends"),
}


@pytest.mark.parametrize("case", sorted(EMPTY_SEEDS))
def test_an_empty_seed_is_one_line_saying_so(built_minimal: Path, case: str):
    """It was four lines, each citation's quote "is not in source", and a fifth saying the seed had changed."""
    raw, message = EMPTY_SEEDS[case]
    good = tree_digest(built_minimal / "site")
    (built_minimal / SEED).write_bytes(raw)
    assert error_lines(rebuild_fails(built_minimal, good)) == [f"{SEED}:1: {message} ({SEED_HINT})"]


def test_accept_source_and_cite_refuse_an_empty_seed_and_a_seed_of_one_line_still_cites(built_minimal: Path):
    """`accept-source --force` recorded the empty file's digest; `cite` said the words were not in it."""
    library = (built_minimal / "content" / "sources.yaml").read_bytes()
    (built_minimal / SEED).write_bytes(b"")
    for args in (("accept-source", "flood", "--force"), ("cite", "flood", "the river")):
        result = run_build(built_minimal, *args)
        assert (result.code, result.err) == (1, f"error: {SEED}:1: the document is empty (0 bytes) ({SEED_HINT})\n")
    assert (built_minimal / "content" / "sources.yaml").read_bytes() == library
    (built_minimal / SEED).write_bytes(b"\xef\xbb\xbfThe river rose.")  # a byte-order mark and one short line: a text
    cited = run_build(built_minimal, "cite", "flood", "the river rose")
    assert (cited.code, cited.out) == (0, 'source: flood\nquote: "The river rose"\n')


def test_a_seed_named_as_another_but_for_case_is_refused_even_where_no_source_names_it(built_minimal: Path):
    """A checkout on macOS or Windows holds one file for both: `seeds/FLOOD.txt` there overwrote the cited seed."""
    good = tree_digest(built_minimal / "site")
    (built_minimal / "seeds" / "FLOOD.txt").write_bytes((built_minimal / SEED).read_bytes())
    (built_minimal / "seeds" / "notes.txt").write_text("A seed no source names, and none named like it.\n")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        "seeds/FLOOD.txt: the name differs from seeds/flood.txt's (the file content/sources.yaml names) only in letter "
        "case, and a checkout on macOS or Windows holds one file for both (delete the file no source names, or "
        "rename it)"]
    (built_minimal / "seeds" / "FLOOD.txt").rename(built_minimal / "seeds" / "flood-2.txt")
    assert run_build(built_minimal, "check").code == 0  # an unused seed otherwise named builds, as before


def test_a_merge_key_written_inline_is_named_as_one(built_minimal: Path):
    """It was "parties[1].<<: unknown field in party" and "parties[1].id: required field is missing"."""
    good = tree_digest(built_minimal / "site")
    edit(built_minimal / BRIEFING, "  - id: beta", "  - <<: {id: beta}")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"{BRIEFING}:15: YAML merge keys ('<<') are not read in content (write the fields out in full in this mapping)"]
    edit(built_minimal / BRIEFING, "  - <<: {id: beta}", '  - "<<": {id: beta}')  # a quoted key is a key, unknown
    assert f"{BRIEFING}:15: parties[1].<<: unknown field in party" in rebuild_fails(built_minimal, good).err


def test_new_refuses_a_headline_of_54_kb_at_once(built_minimal: Path):
    """`new` wrote it, after seconds of reading it against the seed, and the build published it."""
    result = run_build(built_minimal, "new", "water", "--title", "Flood " * 9_000)
    assert (result.code, result.err) == (1, "error: --title is 54,000 characters long, past the 300 a headline may "
                                            "hold (shorten it; what more there is to say belongs in the summary; "
                                            "nothing was written)\n")
    assert not (built_minimal / "content" / "water").exists()


def test_the_build_refuses_a_headline_past_300_characters_and_takes_one_of_300(built_minimal: Path):
    good = tree_digest(built_minimal / "site")
    title = ("Flood " * 50)[:299] + "s"  # 300 characters
    edit(built_minimal / BRIEFING, "title: The flood", f"title: {title}x")
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"{BRIEFING}:1: title: is 301 characters long, past the 300 it may hold, as a headline, shown in the page's "
        "title, the home page and the feed (shorten it; what more there is to say belongs in the summary)"]
    edit(built_minimal / BRIEFING, f"title: {title}x", f"title: {title}")
    assert run_build(built_minimal, "check").code == 0


def test_a_preview_time_past_a_day_is_one_line_and_a_day_is_taken(built_minimal: Path, monkeypatch):
    """`EXPLAINER_SERVE_TIME_LIMIT=1e300` ended every preview build in an OverflowError traceback (setitimer)."""
    monkeypatch.setenv("EXPLAINER_SERVE_TIME_LIMIT", "1e300")
    result = rebuild_fails(built_minimal, tree_digest(built_minimal / "site"))
    assert result.err == ("error: EXPLAINER_SERVE_TIME_LIMIT=1e300 is more than the 86,400 seconds (a day) it may be "
                          "(set it to fewer, or unset it for the default)\n")
    monkeypatch.setenv("EXPLAINER_SERVE_TIME_LIMIT", "86400")
    assert run_build(built_minimal, "check").code == 0


SINCE = {  # --since: its one line
    "1 MB": ("x" * 1_000_000, "--since is 1,000,000 characters long, and no commit is named by more than 1,024 (name a "
                              "commit, branch or tag)"),
    "a NUL": ("HEAD\x00", "--since 'HEAD\\x00' holds a NUL, which no commit's name holds (name a commit, branch or "
                          "tag; or a commit by the words of its message, :/words)"),
    "a line break and an option": ("HEAD\n--output=/tmp/x", "--since 'HEAD\\n--output=/tmp/x' holds a line break, "
                                   "which no commit's name holds (name a commit, branch or tag; or a commit by the "
                                   "words of its message, :/words)"),
}


def test_changes_since_a_revision_no_commit_is_named_by_is_one_line_and_head_still_compares(built_minimal: Path):
    git = ["git", "-C", str(built_minimal), "-c", "user.name=a", "-c", "user.email=a@b"]
    subprocess.run(["git", "init", "-q", str(built_minimal)], check=True)
    subprocess.run([*git, "add", "content", "seeds"], check=True)
    subprocess.run([*git, "commit", "-qm", "a"], check=True)
    for case, (since, line) in SINCE.items():
        result = run_build(built_minimal, "changes", "--since", since)
        assert (result.code, result.err) == (1, f"error: {line}\n"), case
    compared = run_build(built_minimal, "changes", "--since", "HEAD~0")
    assert (compared.code, compared.out) == (0, "changes since HEAD~0:\nflood: no content changes\n")


def test_cite_refuses_words_past_a_quote_at_once_and_cites_a_few(built_minimal: Path):
    """1 MB of words was looked up for 8 s of CPU before the quote's limit was said (when they were not found, never)."""
    result = run_build(built_minimal, "cite", "flood", "the river " * 100_000)
    assert (result.code, result.err) == (1, "error: the words given are 999,999 characters, more than the 5,000 a "
                                            "quote may hold (cite the words that back the statement, a sentence or "
                                            "two, each where it stands)\n")
    cited = run_build(built_minimal, "cite", "flood", "rose by 3 metres")
    assert (cited.code, cited.out) == (0, 'source: flood\nquote: "rose by 3 metres"\n')


@pytest.mark.parametrize("command", ["cite", "accept-source"])
def test_a_source_id_of_1_mb_is_cut_in_its_error_line(built_minimal: Path, command: str):
    """It was quoted whole: one line of 1 MB."""
    result = run_build(built_minimal, command, "x" * 1_000_000, *(["river"] if command == "cite" else []))
    [line] = result.err.splitlines()
    assert result.code == 1 and len(line) <= 1_000
    assert line.startswith("error: content/sources.yaml: no source 'xxx") and "characters not shown)" in line
    assert line.endswith("xxx' (use one of: flood)")


def test_schema_with_a_folder_where_a_schema_goes_names_it_and_writes_nothing(built_minimal: Path):
    """It was "schema: cannot write the schemas: Is a directory (make room on the disk ...)", some schemas written."""
    (built_minimal / "schema" / "briefing.json").mkdir(parents=True)
    result = run_build(built_minimal, "schema")
    assert (result.code, result.err) == (1, f"error: {built_minimal / 'schema' / 'briefing.json'}: is a folder, where "
                                            "this schema is written; move or rename it, then run schema again\n")
    assert [path.name for path in (built_minimal / "schema").iterdir()] == ["briefing.json"]


@pytest.mark.parametrize("kind", ["64 GB, sparse", "UTF-16"])
def test_schema_replaces_a_schema_file_it_cannot_read_as_its_own(built_minimal: Path, kind: str):
    """Each was read whole to compare: a MemoryError traceback, or a UnicodeDecodeError's (a file saved by Notepad)."""
    (built_minimal / "schema").mkdir()
    old = built_minimal / "schema" / "briefing.json"
    if kind == "UTF-16":
        old.write_text("{}", encoding="utf-16")
    else:
        with old.open("wb") as file:
            file.truncate(64 << 30)
    result = run_build(built_minimal, "schema")
    assert result.code == 0 and result.err == "", result.err[-300:]
    assert old.read_text(encoding="utf-8").startswith("{\n") and old.stat().st_size < 100_000
    again = run_build(built_minimal, "schema")  # the same bytes: compared, left as they are
    assert again.code == 0 and old.stat().st_size < 100_000


# --- the preview -----------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(minimal_built_once: Path, tmp_path_factory):
    with serving(copy_tree(minimal_built_once, tmp_path_factory.mktemp("attack39") / "project")) as server:
        yield server


def _request(port: int, target: bytes) -> bytes:
    return b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n\r\n" % port


def test_a_request_of_1_mb_is_answered_431_with_a_short_page_and_the_preview_serves_on(served):
    """tornado reset the connection: the browser showed "connection reset", no status, nothing said."""
    port = port_of(served.url)
    received = answer(served.url, _request(port, b"/?q=" + b"a" * 1_000_000))
    head, _, page = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 431 Request Header Fields Too Large\r\n"), received[:200]
    assert b"Content-Length: %d" % len(page) in head and page.startswith(b"431: the request's address or headers are "
                                                                           b"too long")
    assert answer(served.url, _request(port, b"/?q=" + b"a" * 60_000)).startswith(b"HTTP/1.1 200 ")  # under 64 KB
    assert answer(served.url, _request(port, b"/")).startswith(b"HTTP/1.1 200 ")
    assert "Traceback" not in served.output
