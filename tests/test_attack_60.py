"""Round sixty of attacks: the pattern store beside our bytecode (explainer/patterns.py), then the preview and the build.

1. Kept code the engine refuses with an OverflowError (a word past 32 bits, a negative one, a group count or flags
   past a C int) stopped the run with a traceback at the first use of the pattern: only RuntimeError, TypeError,
   ValueError and EOFError were taken as a refusal. Any error of the engine given kept code is now a miss, the
   pattern compiled anew. Honest twin: the pattern's own kept code is taken from the file, nothing compiled.
2. An index entry whose place is not two ints (a float, a string, None: a foreign or damaged store, whose seal is a
   public key's and so only catches damage) raised TypeError at the pattern's use, and in the save at the process's
   exit ("Exception ignored in atexit callback", the new patterns lost); one of two numbers raised ValueError in the
   save. Each is now a miss, left out of the file the save writes. Honest twin: a whole file is carried over.
3. The save carried every entry's bytes over and sealed them under a digest made anew: code damaged on disk (a byte
   flipped, or an entry pointing past the file's end), a miss in the run that found it, was taken for whole by every
   later run, and a flip the engine accepts is another pattern (`five`'s code with `g` for `f` matched "give" and not
   "five"). The save now carries over only code that still matches its digest.
4. A save killed as it wrote (SIGKILL, a power cut) left its aside file, the whole store (8 MB for the real
   microsite), beside our bytecode for good, one more at each such stop. A run that saves now deletes those whose
   process has ended. Honest twin: an aside file of a process still running, and one of another file, are left.
5. The preview's walk of the project for links leading to the files a blocked build held open (hung_files.py
   `project_paths`) used os.walk, which up to Python 3.11 calls itself once per level: a seeds/ folder nested 1,100
   deep (the build reads past it) raised RecursionError where the server replaces the blocked build process, which
   was then never replaced. It is now a list of folders still to look through. Honest twins: a link 3 deep is found,
   and the walk still stops at its bound of entries.
6. Ctrl-C landing as a process wrote the pattern store at its end (a first build's, just after it printed its
   outcome) printed "Exception ignored in atexit callback" and a KeyboardInterrupt traceback under it. The save at
   exit now only loses the shortcut, its aside file removed. Honest twin: a process not stopped saves the store.
7. A project's locale makes patterns of its words, kept in the store: each edit of its months added some 150 KB, and
   the save wrote every entry, past the 32 MiB a run reads, which the next run refused whole (every pattern compiled
   anew). A save that would pass that bound keeps what its run used. Honest twin: within it, every entry is kept.
"""

from __future__ import annotations

import array
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from explainer import patterns
from explainer.seal import BESIDE_CODE, write_sealed
from support import nested_folders, remove_nested

_GROUPED = r"(?P<a>x)+y"


def _store(path, entries: dict, code: bytes = b"") -> None:
    """Write a store of our layout whose sealed index holds `entries`, then `code`."""
    write_sealed(path, marshal.dumps((patterns._LAYOUT, entries)), BESIDE_CODE, code)


def _entry(code: bytes, start: int = 0) -> tuple:
    return start, len(code), patterns._digest(code)


def _new_run() -> None:
    """Forget what this process read and compiled, as a new process would."""
    patterns._known, patterns._made, patterns._used = None, {}, set()


# --- 1. fixed: kept code the engine refuses with an OverflowError is a miss ------------------------------------------

_REAL_FLAGS = int(re.compile(_GROUPED).flags)


@pytest.mark.parametrize("made", [
    (_REAL_FLAGS, [2 ** 40], 1, {"a": 1}, (None, "a")),  # a word past the engine's 32 bits
    (_REAL_FLAGS, [-1], 1, {"a": 1}, (None, "a")),  # a negative word
    (_REAL_FLAGS, [1], 2 ** 70, {"a": 1}, (None, "a")),  # a group count past a C ssize_t
    (2 ** 70, [1], 1, {"a": 1}, (None, "a")),  # flags past a C int
], ids=["wide-word", "negative-word", "huge-groups", "huge-flags"])
def test_kept_code_the_engine_refuses_with_an_overflow_is_compiled_again(kept_in, made):
    """Before: OverflowError at the pattern's first use, the run stopped."""
    code = marshal.dumps(made)
    _store(kept_in, {(_GROUPED, 0): _entry(code)}, code)
    assert patterns.compile(_GROUPED).fullmatch("xxy").group("a") == "x"
    assert (_GROUPED, 0) in patterns._made, "compiled again"


def test_a_patterns_own_kept_code_is_taken_from_the_file(kept_in):
    """The twin: code the engine takes is used, nothing compiled."""
    patterns.compile(_GROUPED).compiled()
    patterns.save()
    _new_run()
    assert patterns.compile(_GROUPED).fullmatch("xxy").group("a") == "x"
    assert not patterns._made


# --- 2. fixed: an index entry that is not two ints and a digest is a miss, in the use and in the save ----------------

@pytest.mark.parametrize("place", [(1.5, 3, b"x" * 16), (0, "3", b"x" * 16), (None, None, None), (0, 3), (-3, 3, b"")],
                         ids=["float-start", "string-length", "nones", "two-numbers", "negative-start"])
def test_an_index_entry_that_is_no_place_is_a_miss_and_is_left_out_of_the_save(kept_in, place):
    """Before: TypeError at the pattern's use and in the save (ValueError for two numbers)."""
    _store(kept_in, {(_GROUPED, 0): place, ("other", 0): place}, b"abc")
    assert patterns.compile(_GROUPED).fullmatch("xxy").group("a") == "x"
    patterns.compile(r"z+").search("zz")
    patterns.save()
    _new_run()
    kept = patterns._kept()
    assert set(kept) == {(_GROUPED, 0), (r"z+", 0)}, "the foreign entry is left out, the new ones kept"
    assert patterns.compile(_GROUPED) == re.compile(_GROUPED) and not patterns._made


def test_a_process_whose_store_holds_a_bad_entry_exits_without_a_traceback(kept_in):
    """Before: 'Exception ignored in atexit callback', a TypeError, and nothing saved."""
    _store(kept_in, {("other", 0): (1.5, 3, b"x" * 16)}, b"abc")
    script = (f"import pathlib, sys; sys.dont_write_bytecode = False\n"
              f"from explainer import patterns\n"
              f"patterns.cache_file = lambda: pathlib.Path({str(kept_in)!r})\n"
              f"patterns.compile(r'q+').search('qq')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr == ""
    _new_run()
    assert set(patterns._kept()) == {(r"q+", 0)}


def test_a_whole_store_is_carried_over_by_the_save(kept_in):
    """The twin: every entry of a whole file is kept when a run adds its own."""
    for number in range(5):
        patterns.compile(rf"w{number}\d").compiled()
    patterns.save()
    _new_run()
    patterns.compile(r"another\d").compiled()
    patterns.save()
    _new_run()
    assert set(patterns._kept()) == {(rf"w{number}\d", 0) for number in range(5)} | {(r"another\d", 0)}
    assert all(patterns._kept_code(key) is not None for key in list(patterns._kept()))


# --- 3. fixed: the save never seals damaged code under a new digest --------------------------------------------------

def _five_with_g_for_f(kept_in) -> None:
    """Keep `five`'s code, then flip every word of it that is 'f' to 'g' on disk (the index untouched)."""
    patterns.compile("five").compiled()
    patterns.save()
    data = kept_in.read_bytes()
    _new_run()
    start, length, _ = patterns._kept()[("five", 0)]
    at = len(data) - len(patterns._code) + start
    flags, words, groups, groupindex, indexgroup = marshal.loads(data[at:at + length])
    code = array.array("I", words)
    flipped = array.array("I", [103 if word == ord("f") else word for word in code]).tobytes()
    damaged = marshal.dumps((flags, flipped, groups, groupindex, indexgroup))
    assert len(damaged) == length
    kept_in.write_bytes(data[:at] + damaged + data[at + length:])
    _new_run()


def test_code_damaged_on_disk_is_not_sealed_anew_by_the_next_save(kept_in):
    """Before: the run after the save matched 'give' and not 'five' (the damaged code's new digest matched)."""
    _five_with_g_for_f(kept_in)
    patterns.compile(r"other\d").compiled()  # this run compiles something new, so it saves
    patterns.save()
    _new_run()
    five = patterns.compile("five")
    assert five.search("five people") and not five.search("give people")


def test_an_entry_past_the_files_end_is_not_sealed_anew_by_the_save(kept_in):
    """Before: the code cut at the file's end was kept under a digest of what was left."""
    patterns.compile(_GROUPED).compiled()
    patterns.save()
    _new_run()
    start, length, digest = patterns._kept()[(_GROUPED, 0)]
    code = bytes(patterns._code[start:start + length])
    _store(kept_in, {(_GROUPED, 0): (start, length + 40, digest)}, code)
    _new_run()
    patterns.compile(r"other\d").compiled()
    patterns.save()
    _new_run()
    assert (_GROUPED, 0) not in patterns._kept()
    assert patterns.compile(_GROUPED).fullmatch("xxy").group("a") == "x"


def test_code_the_file_holds_whole_is_used_after_a_save_of_another_run(kept_in):
    """The twin: 'five' kept whole still matches five and not give after another run saved."""
    patterns.compile("five").compiled()
    patterns.save()
    _new_run()
    patterns.compile(r"other\d").compiled()
    patterns.save()
    _new_run()
    five = patterns.compile("five")
    assert five.search("five people") and not five.search("give people") and not patterns._made


# --- 4. fixed: a save killed as it wrote leaves no store beside ours for good ---------------------------------------

def _ended_pid() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def test_a_store_a_killed_save_left_aside_is_deleted_by_the_next_save(kept_in):
    """Before: the aside file (the whole store, 8 MB for the real microsite) was kept for good."""
    left = kept_in.parent / f".{kept_in.name}.{_ended_pid()}.{'ab' * 6}"
    left.write_bytes(b"half a store")
    patterns.compile(r"x\d").compiled()
    patterns.save()
    assert not left.exists() and kept_in.is_file()


def test_a_store_another_process_is_writing_is_left_alone(kept_in):
    """The twin: a save still running (this process's) and files of other names are never touched."""
    writing = kept_in.parent / f".{kept_in.name}.{os.getpid()}.{'cd' * 6}"
    other = kept_in.parent / f".other.marshal.{_ended_pid()}.{'ef' * 6}"
    for path in (writing, other):
        path.write_bytes(b"kept")
    patterns.compile(r"y\d").compiled()
    patterns.save()
    assert writing.read_bytes() == other.read_bytes() == b"kept"


# --- 5. fixed: a folder nested 1,100 deep no longer stops the replacing of a blocked build ---------------------------


@pytest.mark.parametrize("depth", [1100, 3])
def test_the_project_paths_to_a_kept_file_are_found_under_a_folder_nested_deep(tmp_path: Path, depth: int):
    """Before (1,100 deep): RecursionError out of project_paths, raised where the server replaces a blocked build
    process, which was then never replaced. The twin (3 deep) was found before as now."""
    from explainer.hung_files import project_paths

    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    kept = str(tmp_path / "share" / "x.txt")
    deepest = nested_folders(root / "seeds", depth)
    os.symlink(tmp_path / "share", deepest / "linked")
    try:
        found = project_paths(root, [kept])
    finally:
        remove_nested(root / "seeds", depth)
    assert found == {kept: {"seeds/" + "a/" * depth + "linked/x.txt"}}


def test_the_walk_for_links_stops_at_its_bound(tmp_path: Path, monkeypatch):
    """The twin of the bound: past MAX_WALKED entries, the links further on are not looked for (as before)."""
    from explainer import hung_files

    root = tmp_path / "project"
    (root / "seeds" / "many").mkdir(parents=True)
    for number in range(30):
        (root / "seeds" / "many" / f"f{number}").write_text("x")
    (root / "static").mkdir()
    os.symlink(tmp_path / "share", root / "static" / "linked")
    kept = str(tmp_path / "share" / "x.txt")
    assert hung_files.project_paths(root, [kept]) == {kept: {"static/linked/x.txt"}}
    monkeypatch.setattr(hung_files, "MAX_WALKED", 10)
    assert hung_files.project_paths(root, [kept]) == {kept: set()}


# --- 6. fixed: Ctrl-C as the process saves the store at its end is no traceback --------------------------------------

_SAVED_AT_EXIT = """
import os, pathlib, signal, sys
sys.dont_write_bytecode = False
from explainer import patterns
patterns.cache_file = lambda: pathlib.Path({path!r})
real = patterns.write_sealed
def interrupted(*args, **kwargs):
    if {interrupt!r}:
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C lands as the store is written
    return real(*args, **kwargs)
patterns.write_sealed = interrupted
patterns.compile(r'q+').search('qq')
print("built")
"""


def _run_saving_at_exit(kept_in: Path, interrupt: bool) -> subprocess.CompletedProcess:
    script = _SAVED_AT_EXIT.format(path=str(kept_in), interrupt=interrupt)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)


def test_ctrl_c_as_the_store_is_saved_at_exit_is_no_traceback(kept_in):
    """Before: 'Exception ignored in atexit callback: <function save ...>', a traceback and KeyboardInterrupt."""
    done = _run_saving_at_exit(kept_in, interrupt=True)
    assert done.returncode == 0 and done.stdout == "built\n" and done.stderr == ""
    assert os.listdir(kept_in.parent) == [], "no store, and nothing left aside"


def test_a_process_not_stopped_saves_the_store_at_exit(kept_in):
    """The twin: the store is written at the process's end, its pattern kept."""
    done = _run_saving_at_exit(kept_in, interrupt=False)
    assert done.returncode == 0 and done.stderr == ""
    assert set(patterns._kept()) == {(r"q+", 0)}


# --- 7. fixed: a store grown past what a run reads keeps what the saving run used ------------------------------------

def test_a_store_grown_past_what_a_run_reads_keeps_what_the_saving_run_used(kept_in, monkeypatch):
    """Before: the save wrote every entry, a file past MAX_FILE_BYTES that the next run refused whole (a project's
    locale edited in the preview adds some 150 KB of patterns at each edit of its months)."""
    for number in range(40):
        patterns.compile(rf"(?<!\w)old{number}(?!\w)").compiled()
    patterns.save()
    _new_run()
    monkeypatch.setattr(patterns, "MAX_FILE_BYTES", kept_in.stat().st_size + 200)
    patterns.compile(r"(?<!\w)old1(?!\w)").compiled()  # used by this run, from the file
    for number in range(10):
        patterns.compile(rf"(?<!\w)new{number}(?!\w)").compiled()
    patterns.save()
    assert kept_in.stat().st_size <= patterns.MAX_FILE_BYTES
    _new_run()
    assert set(patterns._kept()) == {(r"(?<!\w)old1(?!\w)", 0)} | {(rf"(?<!\w)new{number}(?!\w)", 0)
                                                                    for number in range(10)}


def test_a_store_within_what_a_run_reads_keeps_every_entry(kept_in, monkeypatch):
    """The twin: well within the bound, the entries this run did not use are kept."""
    for number in range(40):
        patterns.compile(rf"(?<!\w)old{number}(?!\w)").compiled()
    patterns.save()
    _new_run()
    patterns.compile(r"(?<!\w)new(?!\w)").compiled()
    patterns.save()
    _new_run()
    assert len(patterns._kept()) == 41
