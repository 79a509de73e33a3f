"""Round seventeen of attacks on files, signals and sockets: a build stopped as it saved `.cache/` (Ctrl-C, SIGTERM,
a kill, the power) left the file it was writing aside there for good, up to a whole pack (the plans of 100 briefings
are 21 MB), one more at every such stop, which no later build removed; an integer YAML reads from hex, binary or
sexagesimal digits (`0x` and 5,000 digits, `59:59:59...`) too long for Python to write out, which ended the build in a
traceback, and a sexagesimal one made in time growing with the square of its length (600 KB: 7 s; 8 MiB: some twenty
minutes by that square); Ctrl-C pressed as a command started (its first tenth of a second: the imports, reading the
command line), which ended it in a traceback of our imports; a template including a file out of templates/
(`../../etc/passwd`, one of `.cache/`), refused, though named with templates/ alone, not the template and line that
include it; a named pipe or a file where an input folder or schema/ goes (`new` and the build alike), "content folder
not found", "seeds/: cannot be read: Not a directory (check the folder's permissions)", or for schema/ "File exists
(make room on the disk ...)".

Each test waits on the event itself (a process's end), never on a sleep.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import build_ok, edit, error_lines, rebuild_fails
from zygote import zygotes

# A build run as build.py runs, that sends itself SIGNAL as it is about to rename a pack's file, written aside, into
# place: the moment of the cache's save a stop is likeliest to meet, as it writes the most.
STOPPED_AS_IT_SAVES = """
import os, runpy, signal, sys
build, stop = sys.argv[1], getattr(signal, sys.argv[2])
def stop_at_the_save(event, args):
    if event == "os.rename" and str(args[0]).startswith(".all.pack."):
        os.kill(os.getpid(), stop)
sys.addaudithook(stop_at_the_save)
sys.argv = sys.argv[:1] + sys.argv[3:]
runpy.run_path(build, run_name="__main__")
"""
# The name a cache file is written under before it is renamed into place: `.NAME.PID.RANDOM`.
ASIDE = re.compile(r"\..+\.\d+\.[0-9a-f]{12}")


def left_aside(root: Path) -> list[str]:
    """Return the files of the project's .cache/ (its spare site aside) named as written aside."""
    cache = root / ".cache"
    return sorted(str(path.relative_to(cache)) for path in cache.rglob(".*")
                  if ASIDE.fullmatch(path.name) and "spare-site" not in path.parts)


def stopped_as_it_saves(root: Path, stop: str) -> tuple[subprocess.CompletedProcess, int]:
    """Run the build that stops itself with `stop` as it saves; return how it ended, and its process id."""
    command = [sys.executable, "-c", STOPPED_AS_IT_SAVES, str(REPO / "build.py"), stop, "--root", str(root)]
    # the stop handled by default, as at a terminal: a suite started in the background (`pytest &`, nohup) ignores
    # Ctrl-C and hangups in every process it starts, and the build then went on
    with zygotes().popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
                         signals={getattr(signal, stop): signal.SIG_DFL}) as build:
        out, err = build.communicate(timeout=120)
    return subprocess.CompletedProcess(build.args, build.returncode, out, err), build.pid


def test_a_build_stopped_as_it_saves_its_cache_leaves_nothing_there_for_good(built_minimal: Path):
    """Ctrl-C as the cache was saved left the pack's file written aside; so did a kill (or SIGTERM, a hangup, which end
    `build` where it stands as it saves), which no build can undo at the time, and the next build left it there too.
    Now Ctrl-C removes its own, and the next build what an ended process left; a file aside of a process that still
    runs (another build saving) is its own, and left alone."""
    briefing = built_minimal / "content" / "flood" / "briefing.yaml"
    edit(briefing, "title: The flood", "title: The flood again")
    interrupted, ended = stopped_as_it_saves(built_minimal, "SIGINT")
    assert (interrupted.returncode, interrupted.stderr) == (130, "stopped\n")
    assert "The flood again" in (built_minimal / "site" / "flood" / "index.html").read_text()  # saved after the site
    assert left_aside(built_minimal) == []

    cache = built_minimal / ".cache"
    killed = [cache / "plans" / f".all.pack.{ended}.0123456789ab", cache / "digests" / f".content.{ended}.0123456789ab",
              cache / "templates" / f".0123abcd.{ended}.0123456789ab"]  # as a kill leaves them, from an ended process
    running = cache / "anchors" / f".all.pack.{os.getpid()}.0123456789ab"  # this process's, say
    for path in (*killed, running):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"half written")
    edit(briefing, "The flood again", "The flood once more")
    assert run_build(built_minimal).code == 0
    assert left_aside(built_minimal) == [str(running.relative_to(cache))]


NO_NUMBER = "content/flood/claims.yaml:9: topics[0].claims[0].figures[0].value: expected a number, found "


@pytest.mark.parametrize("written, refused", [
    ("0x" + "f" * 5_000, NO_NUMBER + "'0xffffffff"),
    ("0b" + "1" * 20_000, NO_NUMBER + "'0b11111111"),
    (":".join(["59"] * 3_000), NO_NUMBER + "'59:59:59:"),
    ("!!int " + ":".join(["59"] * 3_000), "content/flood/claims.yaml:9: '59:59:59:"),
])
def test_an_integer_too_long_to_write_out_is_one_line(built_minimal: Path, written: str, refused: str):
    """Python writes out no integer of over 4,300 digits: one YAML read from hex, binary or sexagesimal digits ended
    the build in a traceback ("Exceeds the limit (4300 digits) for integer string conversion") as its message quoted
    it. Such a text is now read as text, as a decimal of over 4,300 digits was: the field says it is no number."""
    good = build_ok(built_minimal)
    edit(built_minimal / "content" / "flood" / "claims.yaml", "value: 3}", f"value: {written}}}")
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert len(lines) == 1 and lines[0].startswith(refused) and len(lines[0]) < 300, lines
    assert written.startswith("!!") == lines[0].endswith("is not a valid int (remove the '!!int' tag, or write a "
                                                         "value of that type)")


# build.py run as a shell runs it, that presses Ctrl-C (sends itself SIGINT) as it is about to import MODULE.
CTRL_C_AT_IMPORT = """
import os, runpy, signal, sys
build, module = sys.argv[1], sys.argv[2]
def ctrl_c_at(event, args):
    if event == "import" and args[0] == module:
        os.kill(os.getpid(), signal.SIGINT)
sys.addaudithook(ctrl_c_at)
sys.argv = sys.argv[:1] + sys.argv[3:]
runpy.run_path(build, run_name="__main__")
"""


@pytest.mark.parametrize("module", ["explainer.write", "explainer.arguments"])
def test_ctrl_c_as_a_command_starts_says_stopped(built_minimal: Path, module: str):
    """build.py's imports (explainer.write among them) and the command line's parser (explainer.arguments, for any
    command but a plain build) came before main() took Ctrl-C in hand: pressed then, in a command's first tenth of a
    second on a busy machine, it ended the command in a traceback of our imports."""
    stopped = subprocess.run([sys.executable, "-c", CTRL_C_AT_IMPORT, str(REPO / "build.py"), module, "--root",
                              str(built_minimal), "check"], capture_output=True, text=True, timeout=120,
                             env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as at a terminal
    assert (stopped.returncode, stopped.stdout, stopped.stderr) == (130, "", "stopped\n")


@pytest.mark.parametrize("included", ["../../../../etc/passwd", "../.cache/views/x.pickle", "/etc/passwd"])
def test_a_template_including_a_file_out_of_templates_is_named_where_it_includes_it(built_minimal: Path,
                                                                                      included: str):
    """Jinja never leaves templates/ (a name holding `..` is not found), but the problem named the folder alone:
    "templates: template '../../../../etc/passwd' not found", with no template or line to look at."""
    good = build_ok(built_minimal)
    base = built_minimal / "templates" / "base.html"
    line = next(number for number, text in enumerate(base.read_text().splitlines(), 1) if "<body" in text)
    edit(base, "<body", f'{{% include "{included}" %}}<body')
    assert error_lines(rebuild_fails(built_minimal, good)) == [
        f"templates/base.html:{line}: template '{included}' not found (restore it or fix the name that includes it)"]


@pytest.mark.parametrize("folder, kind, hint", [
    ("content", "a named pipe", "replace it with the folder holding site.yaml, sources.yaml and a folder per briefing"),
    ("seeds", "a file", "replace it with the folder of the sources' documents"),
    ("templates", "a named pipe", "replace it with the templates/ folder of the explainer's repository"),
    ("static", "a file", "replace it with the static/ folder of the explainer's repository"),
])
def test_a_pipe_or_a_file_where_an_input_folder_goes_is_named_as_what_it_is(built_minimal: Path, folder: str,
                                                                            kind: str, hint: str):
    """It was "content folder not found", "the folder is missing" (templates/, static/), or for seeds/ "cannot be
    read: Not a directory (check the folder's permissions)"."""
    good = build_ok(built_minimal)
    path = built_minimal / folder
    shutil.rmtree(path)
    os.mkfifo(path) if kind == "a named pipe" else path.write_text("")
    assert error_lines(rebuild_fails(built_minimal, good)) == [f"{folder}: is {kind}, not a folder ({hint})"]


def test_new_with_a_pipe_where_content_goes_names_it(built_minimal: Path):
    """`new` read content/sources.yaml through it: "cannot be read: Not a directory (check the file's permissions)"."""
    shutil.rmtree(built_minimal / "content")
    os.mkfifo(built_minimal / "content")
    result = run_build(built_minimal, "new", "vote", "--title", "The vote")
    assert (result.code, result.err) == (1, "error: content: is a named pipe, not a folder (replace it with the "
                                            "folder)\n")


def test_schema_where_a_file_stands_is_named_as_what_it_is(built_minimal: Path):
    """It said "cannot write the schemas: File exists (make room on the disk or make the project folder
    writable...)"."""
    (built_minimal / "schema").write_text("")
    result = run_build(built_minimal, "schema")
    assert (result.code, result.err) == (1, f"error: {built_minimal / 'schema'}: is a file, not a folder; remove or "
                                            "rename it (the schemas are written into it)\n")
