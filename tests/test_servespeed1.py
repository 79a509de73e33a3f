"""The preview server's start, round 1: no pass of the collector while the server and its build process import.

Importing makes what lives as long as the process (modules, classes, functions, patterns): the collector's passes over
it free nothing. `build.py` already imports the command line with the collector paused; the server's own modules
(tornado, livereload, watchfiles) and the build process's pipeline came after, with it running, and the build
process, forked from the server, went over every object of the server's copy as well.
"""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO

# Counts the collector's passes while MODULE is being imported (in sys.modules, its last name not yet made).
COUNTING = """
import gc, json, sys
sys.path.insert(0, {repo!r})
passes = []
def seen(phase, info):
    module = sys.modules.get({module!r})
    if phase == "start" and module is not None and not hasattr(module, {last!r}):
        passes.append(info["generation"])
gc.callbacks.append(seen)
"""

# `serve` as the command line runs it, stopped at listening (no address can be bound) and with too few files for
# the build process to be forked then: the server imports itself, and nothing more happens.
SERVE_UNTIL_LISTENING = COUNTING + """
import resource
resource.setrlimit(resource.RLIMIT_NOFILE, (32, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
from explainer.cli import main
code = main(["--root", {root!r}, "serve", "--host", "256.0.0.1", "--port", "8000"])
print(json.dumps({{"passes": passes, "code": code, "loaded": "explainer.serve" in sys.modules}}))
"""

# The build process's own function, given one end of a pipe whose other end hangs up once the process says it is
# ready: it imports the pipeline, says so, and returns at the hang-up.
BUILD_PROCESS_UNTIL_READY = COUNTING + """
import threading
from multiprocessing import Pipe
from explainer.build_worker import READY, work
server, build_process = Pipe()
said = []
def hang_up_when_ready():
    said.append(server.recv())
    server.close()
threading.Thread(target=hang_up_when_ready).start()
work(build_process)
print(json.dumps({{"passes": passes, "said": said, "loaded": "explainer.pipeline" in sys.modules}}))
"""


def run_script(script: str) -> dict:
    """Run a script in a fresh interpreter; return the JSON it printed last."""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_the_server_imports_its_modules_without_a_pass_of_the_collector(tmp_path):
    found = run_script(SERVE_UNTIL_LISTENING.format(repo=str(REPO), module="explainer.serve", last="serve",
                                                    root=str(tmp_path)))  # no build starts: an empty folder does
    assert found["loaded"] and found["code"] == 1  # it got as far as listening, and stopped there
    assert found["passes"] == []


def test_the_build_process_imports_the_pipeline_without_a_pass_of_the_collector():
    found = run_script(BUILD_PROCESS_UNTIL_READY.format(repo=str(REPO), module="explainer.pipeline", last="build"))
    assert found["loaded"] and found["said"] == ["ready"]
    assert found["passes"] == []
