"""The preview's time limit on a busy machine: the time its build process waits for a core is not counted, so a
slow build is not stopped as an endless template loop because other processes had the cores.

The machine is made busy for the build process alone: it and three endless loops are pinned to one core, so the
build gets about a quarter of it, whatever the rest of the machine is doing.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from support import edit
from test_attack_8 import SLOW
from test_serve import fetch, serving, wait_until
from test_serve_attack import build_process, cpu_seconds

ONE_CORE = {min(os.sched_getaffinity(0))}


@pytest.mark.slow
def test_a_build_slowed_by_other_processes_on_its_core_is_not_stopped_as_endless(project):
    with serving(project, EXPLAINER_SERVE_TIME_LIMIT="2") as server:
        worker = build_process(server.process.pid)
        hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(3)]
        try:
            for pid in (worker, *(hog.pid for hog in hogs)):
                os.sched_setaffinity(pid, ONE_CORE)
            before = cpu_seconds(worker)
            edit(project / "templates" / "index.html", "{% block body %}", SLOW)  # some 0.5 s of CPU: 2 s and more here
            wait_until(lambda: cpu_seconds(worker) - before > 0.1, "the build process is in the template's loop")
            server.wait_until(lambda: "<p>slow but sure</p>" in fetch(server.url)[1], "the slow build is served")
        finally:
            for hog in hogs:
                hog.kill()
                hog.wait()
        assert "took longer" not in server.output
        assert build_process(server.process.pid) == worker  # the same build process, never replaced
