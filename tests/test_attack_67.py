"""Round sixty-seven of attacks: files, signals and sockets — an uncited seed Windows cannot check out, a file that
states a size of 0, an IPv6 address in brackets, and what held in the commands other than `build`.

1. A file or folder of seeds/ no source names, whose name a checkout on Windows cannot hold (`seeds/notes.txt ` ending
   in a space, `seeds/notes.` in a dot, `seeds/nul.txt`, `seeds/a:b.txt`, a folder `seeds/archive `), built without
   a word, though git on Windows then checks out nothing of the repository: a newsroom on mixed machines loses every
   Windows editor's clone to it, as to a cited one (refused since round 31). It is now refused the same way, in one
   line naming it, exit 1, site/ as it was (explainer/seed_files.py). Honest twins that build: `notes 2024.txt`,
   `notes.v2.txt`, `con-notes.txt`, `nullable.txt`, `com10.txt`, `résumé.txt`, a hidden `.notes.`, an editor's
   `notes.txt~`; and a cited seed so named is told once, by the source's line (crosscheck's), not twice.
2. A file whose size the file system states as 0 (a FUSE file system, a share, a `/proc`-like file) was looked at for
   its first block only (explainer/hung_inputs.py read on while less than the stated size was read): a later block
   that hangs held the build for good. The look now reads on while its blocks come full, whatever size is stated, up
   to LOOKED_AT_MOST. Honest twins: a file stating 0 whose blocks answer is read through and builds; a file of
   exactly two blocks is read with one more read that returns nothing.
3. `serve --host [::]` or `--host [::1]` (an IPv6 address as an address bar writes it) was "cannot listen on
   [::]:8000: Name or service not known": the brackets are now taken off (explainer/arguments.py), and `[::]` is
   warned of as `::` is. Honest twins: `::1`, `127.0.0.1`, `localhost`, `0.0.0.0`, a name with no colon in brackets.
4. Held (listed in docs/security.md, round 67), tested here: see the tests below part 4's heading.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from conftest import run_build, tree_digest
from support import error_lines
from test_attack_3 import answer, shared_server, shared_servers  # noqa: F401 (the fixtures)
from test_attack68 import _stated_size

from explainer import arguments, hung_inputs

BLOCK = 64  # the stand-in's block


# --- 1. fixed: an uncited seed whose name Windows cannot hold is refused in one line -------------------------------

_CHECKOUT = "git on Windows will not check it out: a clone there is left without any files"
_HINT = "(rename it, or delete it: no source names it)"


@pytest.mark.parametrize("name, why", [
    ("notes.txt ", "the name 'notes.txt ' ends in a space, which Windows drops"),
    ("notes.", "the name 'notes.' ends in a dot, which Windows drops"),
    ("nul.txt", "'nul' is the name Windows keeps for a device (as con, nul, aux, prn, com1 and lpt1 are)"),
    ("a:b.txt", "the name 'a:b.txt' holds :, which Windows does not allow in a file's name"),
])
@pytest.mark.parametrize("command", [(), ("check",)])
def test_an_uncited_seed_windows_cannot_hold_is_refused_in_one_line(built_minimal: Path, name: str, why: str,
                                                                   command: tuple):
    """Before: built without a word, and a Windows clone of the repository held no files."""
    site = tree_digest(built_minimal / "site")
    (built_minimal / "seeds" / name).write_text("Notes kept beside the sources.\n", encoding="utf-8")
    result = run_build(built_minimal, *command)
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [f"seeds/{name}: {why}, and {_CHECKOUT} {_HINT}"]
    assert tree_digest(built_minimal / "site") == site


def test_an_uncited_folder_of_seeds_windows_cannot_hold_is_refused(built_minimal: Path):
    (built_minimal / "seeds" / "archive ").mkdir()
    (built_minimal / "seeds" / "archive " / "old.txt").write_text("Old notes.\n", encoding="utf-8")
    assert error_lines(run_build(built_minimal, "check")) == [
        f"seeds/archive : the name 'archive ' ends in a space, which Windows drops, and {_CHECKOUT} {_HINT}"]


@pytest.mark.parametrize("name", ["notes 2024.txt", "notes.v2.txt", "con-notes.txt", "nullable.txt", "com10.txt",
                                  "résumé.txt", ".notes.", "notes.txt~", "aux_data.csv", "Notes (draft).txt"])
def test_an_uncited_seed_windows_holds_builds(built_minimal: Path, name: str):
    (built_minimal / "seeds" / name).write_text("Notes kept beside the sources.\n", encoding="utf-8")
    result = run_build(built_minimal, "check")
    assert (result.code, result.err) == (0, ""), result.err[-600:]


def test_a_cited_seed_windows_cannot_hold_is_told_once_by_its_source(built_minimal: Path):
    seeds, library = built_minimal / "seeds", built_minimal / "content" / "sources.yaml"
    (seeds / "flood.txt").rename(seeds / "flood.txt ")
    library.write_text(library.read_text(encoding="utf-8").replace("file: flood.txt", 'file: "flood.txt "'),
                       encoding="utf-8")
    lines = error_lines(run_build(built_minimal, "check"))
    assert len(lines) == 1 and lines[0].startswith("content/sources.yaml:") and "source 'flood'" in lines[0], lines


# --- 2. fixed: a file stating a size of 0 is read through by the look ------------------------------------------------

def _stated_size_zero(monkeypatch, name: str, gate: threading.Event | None = None) -> list[int]:
    """Make os.fstat state 0 bytes for the file whose path ends in `name`, and, while `gate` is not set, make a read
    past its first block hang until it is; return the offsets read at."""
    return _stated_size(monkeypatch, name, 0, gate, hangs_from=1)


def test_a_file_stating_no_size_whose_later_block_hangs_is_named(tmp_path: Path, monkeypatch):
    """Before: read for its first block only, so the later block that hangs held the build's own read for good."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "flood.txt").write_bytes(b"x" * (3 * BLOCK + 5))
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 0.5)  # a step that answers, under load, well within it
    gate = threading.Event()
    _stated_size_zero(monkeypatch, "flood.txt", gate)
    try:
        with pytest.raises(hung_inputs.OutputError, match=r"^seeds/flood\.txt: does not answer as it is read"):
            hung_inputs.check_inputs_answer(tmp_path)
    finally:
        gate.set()


@pytest.mark.parametrize("size, reads", [(3 * BLOCK + 5, [0, BLOCK, 2 * BLOCK, 3 * BLOCK]),
                                         (2 * BLOCK, [0, BLOCK, 2 * BLOCK]), (5, [0]), (0, [0])])
def test_a_file_stating_no_size_whose_blocks_answer_is_read_through(tmp_path: Path, monkeypatch, size: int,
                                                                    reads: list[int]):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "flood.txt").write_bytes(b"x" * size)
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 600)
    offsets = _stated_size_zero(monkeypatch, "flood.txt")
    hung_inputs.check_inputs_answer(tmp_path)
    assert offsets == reads


def test_a_file_stating_no_size_is_read_no_further_than_the_bound(tmp_path: Path, monkeypatch):
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "huge.bin").write_bytes(b"x" * (64 * BLOCK))
    monkeypatch.setattr(hung_inputs, "LOOKED_AT_MOST", 8 * BLOCK)
    offsets = _stated_size_zero(monkeypatch, "huge.bin")
    hung_inputs.check_inputs_answer(tmp_path)
    assert offsets == list(range(0, 8 * BLOCK, BLOCK))


# --- 3. fixed: an IPv6 address in brackets is listened on ---------------------------------------------------------

@pytest.mark.parametrize("given, taken", [("[::]", "::"), ("[::1]", "::1"), ("::1", "::1"), ("127.0.0.1", "127.0.0.1"),
                                          ("localhost", "localhost"), ("0.0.0.0", "0.0.0.0"),
                                          ("[preview]", "[preview]")])
def test_an_ipv6_address_in_brackets_is_taken_without_them(given: str, taken: str):
    assert arguments.host_address(given) == taken


def test_serve_with_a_bracketed_host_is_parsed_as_the_address():
    assert arguments.make_parser().parse_args(["serve", "--host", "[::1]"]).host == "::1"


# --- 4. held ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("args, told", [
    (("new", "rtl", "--title", "River \u202erose"), "--title: invisible control character U+202E"),
    (("new", "esc", "--title", "River\x1brose"), "--title: control character U+001B"),
    (("new", "a" * 10_000, "--title", "River"), "is 10,000 characters long"),
    (("new", "../elsewhere", "--title", "River"), "'../elsewhere' cannot be a briefing's folder name"),
    (("new", "long", "--title", "a" * 10_000), "--title is 10,000 characters long"),
    (("new", "other", "--title", "River", "--source", "../flood"), "content/sources.yaml: no source '../flood'"),
    (("cite", "../flood", "river"), "content/sources.yaml: no source '../flood'"),
    (("cite", "flood", "a" * 1_000_000), "the words given are 1,000,000 characters"),
    (("accept-source", "../../etc/passwd"), "content/sources.yaml: no source '../../etc/passwd'"),
    (("changes", "--since=--output=/tmp/x"), "'--output=/tmp/x' is not a commit"),
    (("changes", "--since", "main\n--output=/tmp/x"), "holds a line break"),
])
def test_hostile_arguments_to_the_other_commands_are_one_line(built_minimal: Path, args: tuple, told: str):
    content = tree_digest(built_minimal / "content")
    site = tree_digest(built_minimal / "site")
    result = run_build(built_minimal, *args)
    assert result.code == 1 and "Traceback" not in result.err
    lines = error_lines(result)
    assert len(lines) == 1 and told in lines[0], result.err[-600:]
    assert tree_digest(built_minimal / "content") == content and tree_digest(built_minimal / "site") == site


@pytest.mark.parametrize("needle", ["Alpha said the r.ver", "Alpha said .* Monday", "Alpha said the (river"])
def test_a_regex_looking_needle_is_read_as_words(built_minimal: Path, needle: str):
    result = run_build(built_minimal, "cite", "flood", needle)
    assert result.code == 1 and "Traceback" not in result.err and "not in the source" in result.err


def test_a_needle_of_plain_words_is_found(built_minimal: Path):
    result = run_build(built_minimal, "cite", "flood", "Alpha said the river rose")
    assert (result.code, result.err) == (0, "") and "Alpha said the river rose" in result.out


def test_a_schema_folder_that_is_a_named_pipe_is_one_line(built_minimal: Path):
    os.mkfifo(built_minimal / "schema")
    result = run_build(built_minimal, "schema")
    assert result.code == 1 and error_lines(result) == [
        f"{built_minimal}/schema: is a named pipe, not a folder; remove or rename it (the schemas are written into it)"]


@pytest.mark.parametrize("path", ["/..%2f", "/..%2f..%2fetc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                                  "/" + "a/" * 10_000, "/" + "../" * 5_000 + "etc/passwd"])
def test_the_preview_sends_nothing_outside_site_for_a_path(shared_server, path: str):
    got = answer(shared_server.url, f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
    assert got.split(b" ")[1] == b"404" and b"root:" not in got


@pytest.mark.parametrize("header", [
    "Range: bytes=" + ",".join(f"{i}-{i}" for i in range(10_000)),
    "Range: bytes=" + ",".join(f"{i}-{i}" for i in range(1_500)),
    "If-None-Match: " + "x" * 1_000_000,
    "If-None-Match: " + '"a",' * 1_000,
])
def test_the_preview_answers_a_heavy_header_at_once(shared_server, header: str):
    got = answer(shared_server.url, f"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n{header}\r\nConnection: close\r\n\r\n"
                 .encode())
    assert got.split(b" ")[1] in (b"200", b"431"), got[:200]
    assert b"multipart/byteranges" not in got
