"""Round thirty-three of attacks on files, signals and sockets: two stops at once, and names too long to write.

Ctrl-C and a SIGTERM arriving together (a terminal's Ctrl-C while `timeout`, systemd or a CI runner stops the job)
are both taken in before Python runs the first one's handler; that handler set the second to be ignored, and Python,
finding it then pending and ignored, printed "OSError: Signal 15 ignored due to race condition" as a traceback over
"stopped". A former name in site.yaml's `moved` longer than a folder's name may be passed `check`, and the build then
failed as it wrote that address's page, naming only the site ("cannot write: File name too long"); so did every
build into an `--out` named in 241 to 255 bytes (the stage beside it, `.NAME.stage-PID`, could not be named), and one
whose files' paths passed the system's 4,096 bytes was told to "check the output folder".
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import build_ok, error_lines, tree_digest
from zygote import zygotes

# A check whose listing of content/ meets two stops at once: both held, raised, then let through together, as two
# signals arriving within one instant are (Python runs the handlers afterwards, lowest signal number first).
_TOGETHER = """
import os, signal, sys
from explainer.cli import main

signal.signal(signal.SIGINT, signal.default_int_handler)  # as at a terminal: a background job starts it ignored
both = [getattr(signal, name) for name in sys.argv[2:]]
listing = os.scandir
def scandir(path=".", *args):
    if (os.path.samestat(os.fstat(path), os.stat(os.path.join(sys.argv[1], "content"))) if isinstance(path, int)
            else str(path).endswith("content")):  # content/ is listed through its descriptor (tests/test_attack_44.py)
        os.scandir = listing
        signal.pthread_sigmask(signal.SIG_BLOCK, both)
        for signum in both:
            signal.raise_signal(signum)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, both)
    return listing(path, *args)
os.scandir = scandir
sys.exit(main(["--root", sys.argv[1], "check"]))
"""


@pytest.mark.parametrize("stops, code, told", [
    (("SIGINT", "SIGTERM"), 130, "stopped\n"),  # the traceback, Ctrl-C's handler having ignored SIGTERM
    (("SIGTERM", "SIGHUP"), 129, ""),  # a hangup, the lowest, ends it silently as one alone does (SIGTERM pending)
], ids=["ctrl-c and sigterm", "sigterm and a hangup"])
def test_two_stops_at_once_end_the_command_as_the_first_does(built_minimal: Path, stops: tuple[str, str], code: int,
                                                             told: str):
    site = tree_digest(built_minimal / "site")
    done = zygotes().run([sys.executable, "-c", _TOGETHER, str(built_minimal), *stops], capture_output=True,
                         text=True, cwd=REPO, timeout=120, signals={signal.SIGINT: signal.SIG_IGN})
    assert (done.returncode, done.stdout, done.stderr) == (code, "", told)
    assert tree_digest(built_minimal / "site") == site


def test_a_former_name_too_long_for_a_folder_is_refused_at_its_line(built_minimal: Path):
    """`check` passed it; the build wrote every page but that address's, then failed naming only the site."""
    good = build_ok(built_minimal)
    site_yaml = built_minimal / "content" / "site.yaml"
    kept = site_yaml.read_text(encoding="utf-8")
    site_yaml.write_text(kept + f"moved:\n  {'a' * 256}: flood\n", encoding="utf-8")
    result = run_build(built_minimal, "check")
    assert (result.code, error_lines(result)) == (1, [
        "content/site.yaml:4: moved: a former name of 256 characters, more than the 255 bytes a file system takes "
        "for a folder's name, is no briefing folder's former name (write the briefing folder's former name)"])
    assert tree_digest(built_minimal / "site") == good
    # One of 255 characters is a folder's name: its page leads to the briefing.
    site_yaml.write_text(kept + f"moved:\n  {'a' * 255}: flood\n", encoding="utf-8")
    assert build_ok(built_minimal) != good
    assert "../flood/" in (built_minimal / "site" / ("a" * 255) / "index.html").read_text(encoding="utf-8")


def test_an_output_folder_named_too_long_for_the_names_beside_it_is_refused(built_minimal: Path, tmp_path: Path):
    """A folder name of 241 to 255 bytes is one a file system takes, but not `.NAME.stage-PID` beside it: every build
    checked the whole project, then failed as it wrote ("cannot write: File name too long (check the output
    folder ...)"), and every save of the preview did."""
    out = tmp_path / "out" / ("s" * 241)
    result = run_build(built_minimal, "build", "--out", str(out))  # `serve` is refused as it is
    assert (result.code, error_lines(result)) == (1, [
        f"{out}: output folder's name of 241 bytes leaves no room beside it for the build's own, '.NAME.stage-PID' "
        "and the like, within the 255 bytes a file system takes for a name (name the folder in 240 bytes at most)"])
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_an_output_folder_named_in_240_bytes_is_built(built_minimal: Path, tmp_path: Path):
    out = tmp_path / "out" / ("é" * 120)  # bytes, not characters, count
    result = run_build(built_minimal, "build", "--out", str(out))
    assert (result.code, result.err) == (0, "")
    assert (out / "index.html").is_file() and sorted(path.name for path in out.parent.iterdir()) == [out.name]


def test_a_site_path_longer_than_the_system_takes_says_what_to_shorten(built_minimal: Path, tmp_path: Path):
    """static/'s files are read a folder at a time, so a deep tree fits in the project's site/ and not under a long
    --out path (past 4,096 bytes in all): the build said "check the output folder", which held nothing wrong."""
    deep = Path(built_minimal / "static", *["d" * 120] * 30)
    deep.mkdir(parents=True)
    (deep / "x.css").write_text("a {}\n", encoding="utf-8")
    build_ok(built_minimal)  # its own site/ takes the path
    out = tmp_path / ("o" * 200) / ("q" * 200) / "site"
    result = run_build(built_minimal, "build", "--out", str(out))
    assert (result.code, error_lines(result)) == (1, [
        f"{out}: cannot write: File name too long (a file's path there is longer than the system takes; choose an "
        "--out of a shorter path, or shorten the deepest names in static/)"])
    assert list(out.parent.iterdir()) == []  # nothing left beside it
