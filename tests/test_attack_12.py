"""Round twelve of attacks on files, signals and sockets: a second Ctrl-C while the first was being handled (a
traceback as "stopped" was printed), ...
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import REPO
from support import tree_digest

# A build whose listing of content/ meets a Ctrl-C, and a second Ctrl-C as the first one's "stopped" is printed:
# signals raised at those very points, not sent after a guessed delay.
_TWICE = """
import os, signal, sys
from explainer.cli import main

listing = os.scandir
def scandir(path=".", *args):
    if str(path).endswith("content"):
        os.scandir = listing
        signal.raise_signal(signal.SIGINT)
    return listing(path, *args)
os.scandir = scandir

class Stderr:
    def __init__(self, stream):
        self.stream = stream
    def write(self, text):
        if "stopped" in text:
            signal.raise_signal(signal.SIGINT)
        return self.stream.write(text)
    def __getattr__(self, name):
        return getattr(self.stream, name)
sys.stderr = Stderr(sys.stderr)
sys.exit(main(["--root", sys.argv[1]]))
"""


def test_a_second_ctrl_c_while_the_first_is_handled_ends_the_build_as_one_does(built_minimal: Path):
    site = tree_digest(built_minimal / "site")
    done = subprocess.run([sys.executable, "-c", _TWICE, str(built_minimal)], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "stopped\n")
    assert tree_digest(built_minimal / "site") == site
