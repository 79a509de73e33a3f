"""The files a blocked build is told to have held open are those it opened, not those it inherited from the server
(explainer/blocked_builds.py: held_open). A forked build holds whatever the server held; a suite whose output went to
a file saw that file named as the likely cause of a blocked build (tests/test_attack_58.py, run with its output
redirected)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from explainer.blocked_builds import held_open

# Opens the file it is given and says so, then waits for its standard input to close.
OPEN_AND_WAIT = "import sys; kept = open(sys.argv[1]); print('open', flush=True); sys.stdin.read()"


def test_a_file_the_server_holds_too_is_not_named_and_the_builds_own_is(tmp_path: Path):
    log, seed = tmp_path / "server.log", tmp_path / "seed.txt"
    seed.write_text("a seed")
    with open(log, "w") as server_log:
        child = subprocess.Popen([sys.executable, "-c", OPEN_AND_WAIT, str(seed)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True, pass_fds=(server_log.fileno(),))
        try:
            assert child.stdout.readline() == "open\n"
            held = held_open(child.pid)
            assert str(seed) in held, held
            assert str(log) not in held, "inherited from this process, which holds it too"
            # The twin: a file only the child holds is named, whatever its descriptor's number.
            assert os.readlink(f"/proc/{child.pid}/fd/{server_log.fileno()}") == str(log), "the child does hold it"
        finally:
            child.stdin.close()
            child.wait()


def test_once_the_server_closed_it_an_inherited_file_is_named(tmp_path: Path):
    log = tmp_path / "other.log"
    server_log = open(log, "w")
    child = subprocess.Popen([sys.executable, "-c", OPEN_AND_WAIT, os.devnull], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, pass_fds=(server_log.fileno(),))
    try:
        assert child.stdout.readline() == "open\n"
        server_log.close()
        assert str(log) in held_open(child.pid)
    finally:
        child.stdin.close()
        child.wait()
