"""Round sixty-six of attacks: files, signals and sockets — a file whose later block hangs, a kept pack whose reads
hang, a core file, and what held.

1. A file whose first byte answers but a later block does not (a FUSE file system serving its first page from its
   cache, a share dying mid-file: here the stand-in reader answers the first block of `seeds/flood.txt` or
   `content/site.yaml`, and hangs at any read past it until the test's gate opens) held `build` and `check` for good:
   the look of round 64 read the first byte only. The look (explainer/hung_inputs.py) now reads each regular file
   through, a block (READ_BLOCK) at a step of the walk, each step waited for ANSWER_WAIT_S; one held is named in one
   line, exit 1, nothing built, site/ as it was. Honest twins: the same reader with the gate open builds; a seed of
   three blocks of the real size builds; a walk whose every block takes 0.9 of the wait (a slow share's large file) is
   never left; no more than LOOKED_AT_MOST of a file is read (a file of 2 GB is refused by its size, unread).
2. `.cache`'s kept files (`plans/all.pack`, `views/<hex>.pickle`, `templates/<sha>`), which the build reads, were
   listed, not looked at: a pack on a cache disk whose reads hang held the build. The files named as the cache keeps
   them in its folders are now read through the same way, and one held is named in one line (told to remove .cache).
   Honest twins: a `.cache` link to a folder of one's own builds; a `.cache` folder holding other folders and files
   the build does not keep (never read) builds.
3. Where core dumps are on (`ulimit -c unlimited`, the kernel's pattern a plain `core`), `build` ended by SIGQUIT
   (Ctrl-\\), SIGABRT or SIGSEGV wrote its memory (sources, drafts, the environment's tokens) to `core` in the folder it
   ran in, where `git add -A` commits it. Every command now sets its own soft core limit to 0 as it starts
   (explainer/core_files.py, through environment.check): a process of the build's, killed by SIGQUIT, leaves no core.
4. Held (listed in docs/security.md, round 66), tested here: see the tests below part 4's heading.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import REPO, run_build, tree_digest
from support import link_cache
from test_attack_3 import answer, shared_server, shared_servers  # noqa: F401 (the fixtures)
from test_serve_attack import port_of

from explainer import hung_inputs, watch_listing

FIRST_BLOCK = 64  # the stand-in's block: the minimal project's seed is 207 bytes, site.yaml 70


def _later_blocks_hang(monkeypatch, gate: threading.Event, name: str) -> list[int]:
    """Make the file whose path ends in `name` answer its first FIRST_BLOCK bytes and hang at any read past them until
    `gate`, as a FUSE file serving its first page from its cache does; never in the test's thread (the build's), where
    it would hold the build for good (the assertion fails at once instead). Return the offsets read at by pread."""
    caller, real_open, real_pread, real_read = threading.current_thread(), os.open, os.pread, os.read
    hung: set[int] = set()
    offsets: list[int] = []

    def held_past_the_first_block(what: str) -> None:
        if gate.is_set():
            return
        assert threading.current_thread() is not caller, f"{what} read past its first block in the build's own thread"
        gate.wait()

    def opened(path, *args, **kwargs):
        descriptor = real_open(path, *args, **kwargs)
        if isinstance(path, (str, bytes, os.PathLike)) and os.fsdecode(path).endswith(name):
            hung.add(descriptor)
        return descriptor

    def pread(descriptor, size, offset, *args):
        if descriptor in hung:
            offsets.append(offset)
            if offset + size > FIRST_BLOCK and os.fstat(descriptor).st_size > FIRST_BLOCK:
                held_past_the_first_block(name)
        return real_pread(descriptor, size, offset, *args)

    def read(descriptor, size):  # a read from the start, of the whole file, as the build's own
        if descriptor in hung and size > FIRST_BLOCK:
            held_past_the_first_block(name)
        return real_read(descriptor, size)

    monkeypatch.setattr(os, "open", opened)
    monkeypatch.setattr(os, "pread", pread)
    monkeypatch.setattr(os, "read", read)
    monkeypatch.setattr(hung_inputs, "READ_BLOCK", FIRST_BLOCK, raising=False)  # raising: main had no blocks
    return offsets


def _told(where: str, what: str = "move it out of the project") -> str:
    return (f"error: {where}: does not answer as it is read (a network share or mount that is gone, or a file system "
            f"whose process is stopped?), and the build would wait on it for good; nothing was built (mount it again, "
            f"or {what}, then build again)\n")


# --- 1. fixed: a file whose later block hangs stops the build in one line -------------------------------------------

@pytest.mark.parametrize("command", [(), ("check",)])
@pytest.mark.parametrize("where", ["seeds/flood.txt", "content/site.yaml", "content/flood/claims.yaml"])
def test_a_file_whose_later_block_hangs_stops_the_build_in_one_line(built_minimal: Path, monkeypatch, command: tuple,
                                                                   where: str):
    """Before: the look read its first byte, which answered, and the build read on in its own thread, for good."""
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 0.5)  # a step that answers, under load, well within it
    site = tree_digest(built_minimal / "site")
    gate = threading.Event()
    _later_blocks_hang(monkeypatch, gate, where)
    try:
        result = run_build(built_minimal, *command)
    finally:
        gate.set()
    assert (result.code, result.out, result.err) == (1, "", _told(where))
    assert tree_digest(built_minimal / "site") == site


@pytest.mark.parametrize("command", [(), ("check",)])
def test_a_file_whose_blocks_all_answer_builds(built_minimal: Path, monkeypatch, command: tuple):
    """The honest twin: the same stand-in reader, its gate open, read block by block."""
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 600)
    gate = threading.Event()
    gate.set()
    offsets = _later_blocks_hang(monkeypatch, gate, "flood.txt")
    result = run_build(built_minimal, *command)
    assert (result.code, result.err) == (0, ""), result.err[-600:]
    assert offsets[:4] == list(range(0, 208, FIRST_BLOCK))  # read through, a block at a step


def test_a_seed_of_several_real_blocks_builds(built_minimal: Path):
    seed = built_minimal / "seeds" / "watch.txt"  # no briefing cites it yet
    seed.write_text("The river was watched from the bridge all night.\n" * 60_000)
    assert seed.stat().st_size > 2 * 1024 * 1024
    for command in ((), ("check",)):
        result = run_build(built_minimal, *command)
        assert (result.code, result.err) == (0, ""), result.err[-600:]


def test_a_file_read_slowly_a_block_at_a_time_is_never_taken_as_hung(tmp_path: Path, monkeypatch):
    """Each block takes 0.9 of the wait by a clock the reads move on (no real time passes): 40 blocks take 36 waits."""
    clock = [0.0]
    monkeypatch.setattr(watch_listing, "monotonic", lambda: clock[0])
    real_pread = os.pread

    def slow_pread(descriptor, size, offset):
        clock[0] += 0.9 * 600
        return real_pread(descriptor, size, offset)

    (tmp_path / "seeds").mkdir()
    # A byte short of 40 whole blocks: its last read comes short (one of whole blocks takes one more, round 68)
    (tmp_path / "seeds" / "large.txt").write_bytes(b"x" * (40 * FIRST_BLOCK - 1))
    monkeypatch.setattr(hung_inputs, "READ_BLOCK", FIRST_BLOCK)
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 600)
    monkeypatch.setattr(os, "pread", slow_pread)
    hung_inputs.check_inputs_answer(tmp_path)
    assert clock[0] == pytest.approx(40 * 0.9 * 600)


def test_no_more_than_the_largest_input_is_read_of_a_file(tmp_path: Path, monkeypatch):
    """A file of 2 GB (here 64 blocks, the bound 8) is read up to the bound only: the build refuses it by its size."""
    read: list[int] = []
    real_pread = os.pread
    monkeypatch.setattr(os, "pread", lambda descriptor, size, offset: read.append(offset) or real_pread(
        descriptor, size, offset))
    monkeypatch.setattr(hung_inputs, "READ_BLOCK", FIRST_BLOCK)
    monkeypatch.setattr(hung_inputs, "LOOKED_AT_MOST", 8 * FIRST_BLOCK)
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "huge.bin").write_bytes(b"x" * (64 * FIRST_BLOCK))
    hung_inputs.check_inputs_answer(tmp_path)
    assert read == list(range(0, 8 * FIRST_BLOCK, FIRST_BLOCK))


# --- 2. fixed: a kept file of .cache whose reads hang stops the build in one line ------------------------------------

def _kept(root: Path, folder: str) -> str:
    """Return the path, from root, of a file the build keeps in .cache's `folder`."""
    return f".cache/{folder}/" + sorted(path.name for path in (root / ".cache" / folder).iterdir()
                                        if not path.name.startswith("."))[0]


@pytest.mark.parametrize("command", [(), ("check",)])
@pytest.mark.parametrize("folder", ["plans", "views", "templates"])
def test_a_kept_file_of_the_cache_whose_reads_hang_stops_the_build_in_one_line(built_minimal: Path, monkeypatch,
                                                                              command: tuple, folder: str):
    """Before: .cache was listed, not read; the build read its pack in its own thread, for good (or, reading it with
    the system's own calls, built past it: the test's stand-in cannot hold it there)."""
    where = _kept(built_minimal, folder)
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 0.5)  # a step that answers, under load, well within it
    site = tree_digest(built_minimal / "site")
    gate = threading.Event()
    _later_blocks_hang(monkeypatch, gate, where)
    try:
        result = run_build(built_minimal, *command)
    finally:
        gate.set()
    assert (result.code, result.out, result.err) == (1, "", _told(where, "remove .cache"))
    assert tree_digest(built_minimal / "site") == site


def test_a_cache_linked_to_a_folder_of_ones_own_builds_and_its_files_are_read(built_minimal: Path, tmp_path: Path,
                                                                            monkeypatch):
    folder = tmp_path / "fast-disk" / "cache"
    folder.mkdir(parents=True)
    link_cache(built_minimal, folder)
    for _ in range(2):
        result = run_build(built_minimal)
        assert (result.code, result.err) == (0, ""), result.err[-600:]
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 0.5)  # a step that answers, under load, well within it
    gate = threading.Event()
    _later_blocks_hang(monkeypatch, gate, "plans/all.pack")
    try:
        result = run_build(built_minimal, "check")
    finally:
        gate.set()
    assert (result.code, result.err.count("\n")) == (1, 1) and "/plans/all.pack: does not answer" in result.err


def test_what_the_build_does_not_keep_in_the_cache_is_never_read(built_minimal: Path, monkeypatch):
    """The honest twin: a user's file in .cache, or one in a folder it does not keep, hung past its first block."""
    (built_minimal / ".cache" / "notes").mkdir()
    (built_minimal / ".cache" / "notes" / "all.pack").write_bytes(b"n" * 200)
    (built_minimal / ".cache" / "plans" / "notes.txt").write_bytes(b"n" * 200)
    (built_minimal / ".cache" / "all.pack").write_bytes(b"n" * 200)
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 0.5)  # a step that answers, under load, well within it
    gate = threading.Event()
    offsets = _later_blocks_hang(monkeypatch, gate, "notes.txt")
    try:
        hung_inputs.check_inputs_answer(built_minimal)
    finally:
        gate.set()
    assert offsets == []


# --- 3. fixed: no core file where core dumps are on ------------------------------------------------------------------

def _cores_on() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


@pytest.mark.skipif(resource.getrlimit(resource.RLIMIT_CORE)[1] != resource.RLIM_INFINITY,
                    reason="core dumps cannot be turned on here")
@pytest.mark.parametrize("command", ["build", "check"])
def test_a_command_killed_by_sigquit_where_core_dumps_are_on_writes_no_core(built_minimal: Path, tmp_path: Path,
                                                                          command: str):
    """Before: the process's limit was the shell's (unlimited) and, the kernel's pattern a plain `core`, its memory
    was written to the folder it ran in. The command is run, then its process killed as Ctrl-\\ would, at a moment
    chosen by the test (no timing)."""
    ran_in = tmp_path / "ran-in"
    ran_in.mkdir()
    script = ("import os, resource, signal, sys\n"
              "from explainer.cli import main\n"
              f"code = main(['--root', {str(built_minimal)!r}, {command!r}])\n"
              "print(code, resource.getrlimit(resource.RLIMIT_CORE)[0], flush=True)\n"
              "os.kill(os.getpid(), signal.SIGQUIT)\n")
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", script], cwd=ran_in, env=env, preexec_fn=_cores_on,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGQUIT, done.stderr[-600:]
    assert done.stdout.splitlines()[-1] == "0 0"
    assert sorted(os.listdir(ran_in)) == []


def test_the_hard_core_limit_is_left_as_it_was():
    """Lowered, not locked: a user debugging a crash raises it again."""
    from explainer.core_files import no_core_files

    before = resource.getrlimit(resource.RLIMIT_CORE)
    try:
        no_core_files()
        assert resource.getrlimit(resource.RLIMIT_CORE) == (0, before[1])
    finally:
        resource.setrlimit(resource.RLIMIT_CORE, before)


# --- 4. held: what an attacker tried next -----------------------------------------------------------------------------

TWO_GB = 2 * 1024 ** 3


@pytest.mark.parametrize("where, said", [
    ("seeds/flood.txt", "error: content/sources.yaml:3: source 'flood': seeds/flood.txt is 2,147,483,648 bytes, over "
                        "the limit of 33,554,432 (split it into smaller files)"),
    ("content/flood/claims.yaml", "error: content/flood/claims.yaml: is 2,147,483,648 bytes, over the limit of "
                                  "8,388,608 (a content file cannot be split into more of its kind: remove what does "
                                  "not belong in it (a document's text belongs in seeds/))"),
])
def test_a_cited_file_of_two_gigabytes_of_one_line_is_one_line_unread(built_minimal: Path, monkeypatch, where: str,
                                                                     said: str):
    """Sparse (no disk spent): refused by its size; the look reads no more of it than LOOKED_AT_MOST."""
    read: list[int] = []
    real_pread = os.pread

    def counted(descriptor, size, offset):
        got = real_pread(descriptor, size, offset)
        read.append(len(got))
        return got

    monkeypatch.setattr(os, "pread", counted)
    site = tree_digest(built_minimal / "site")
    with open(built_minimal / where, "r+b") as file:
        file.truncate(TWO_GB)
    for command in ((), ("check",)):
        read.clear()
        result = run_build(built_minimal, *command)
        assert (result.code, result.out, result.err.splitlines()[0]) == (1, "", said), result.err[-600:]
        assert result.err.count("\n") == 2 and sum(read) <= hung_inputs.LOOKED_AT_MOST + 1024 ** 2
    assert tree_digest(built_minimal / "site") == site


@pytest.mark.parametrize("claims, said", [
    ("[" * 1_000_000, "error: content/flood/claims.yaml:1: YAML syntax error: while increasing flow level exceeded "
                      "maximum nesting depth (fix the YAML syntax at that line)"),
    ("x: " + "{a: " * 200_000 + "}" * 200_000, "error: content/flood/claims.yaml:1: nesting is deeper than 50 levels "
                                                "(flatten the structure)"),
    ("claims:\n" + "".join(f"  - &a{n} x\n" for n in range(50_000)) + "".join(f"  - *a{n}\n" for n in range(50_000)),
     "error: content/flood/claims.yaml:50002: alias '*a0' is not allowed in content (write the value out in full "
     "instead of using anchors)"),
])
def test_a_megabyte_of_open_flow_collections_or_100000_anchors_is_one_line(built_minimal: Path, claims: str, said: str):
    """No RecursionError, no traceback."""
    (built_minimal / "content" / "flood" / "claims.yaml").write_text(claims)
    result = run_build(built_minimal)
    assert (result.code, result.err) == (1, f"{said}\n1 problem; site/ was not changed.\n")


def test_a_host_header_holding_a_line_break_is_two_headers_or_refused(shared_server):
    """A bare LF ends a header line (the rest is a header of its own); a bare CR or a NUL is a 400; nothing of it is
    echoed in the answer's headers."""
    host = f"127.0.0.1:{port_of(shared_server.url)}".encode()
    for sent, status in ((host + b"\nX-Injected: 1", b"200"), (host + b"\r\nX-Injected: 1", b"200"),
                         (host + b"\rX-Injected: 1", b"400"), (host + b"\x00", b"400"),
                         (b"evil.example\nX: 1", b"403")):
        got = answer(shared_server.url, b"GET / HTTP/1.1\r\nHost: " + sent + b"\r\nConnection: close\r\n\r\n")
        head = got.partition(b"\r\n\r\n")[0]
        assert head.split(b" ")[1] == status and b"Injected" not in head and b"X: 1" not in head, head
