"""`--cpu-durations=N` (tests/cpu_time.py) counts the child processes' CPU on the test that spent it.

Two costs showed on the wrong test or on none: the runs a zygote forks (tests/zygote.py; the preview servers and the
`python build.py` processes, 41 s of a run's 470 s of CPU, were the zygote's children and never a test's), and a
process a test leaves running (the kept Chromium, whose CPU for a row of browser tests, 25 s, all showed on the test
that closed it). The runs are pytest's in-process ones (pytester), as in test_testspeed7.py.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from cpu_time import child_pids, running_cpu
from test_testspeed7 import QUIET, ROW
from zygote import zygotes

BURN = "import time\\nstart = time.process_time()\\nwhile time.process_time() - start < 0.25: pass"

IN_A_ZYGOTE = f'''
import sys
from zygote import zygotes

BURN = "{BURN}"


def test_burns_in_a_zygotes_run():
    assert zygotes().run([sys.executable, "-c", BURN]).returncode == 0


def test_idle():
    pass
'''

LEFT_RUNNING = f'''
import subprocess, sys

BURN = "{BURN}"
LEFT = []


def test_starts_a_child_that_burns_and_then_waits():
    code = BURN + "\\nimport sys\\nprint('burnt', flush=True)\\nsys.stdin.read()"
    child = subprocess.Popen([sys.executable, "-S", "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)
    LEFT.append(child)
    assert child.stdout.readline() == "burnt\\n"


def test_ends_the_child():
    LEFT[0].communicate("")
    assert LEFT[0].returncode == 0
'''


def cpu_rows(pytester: pytest.Pytester, tests: str) -> tuple[dict[str, tuple[float, float]], str]:
    """Run `tests` with --cpu-durations=0; return {test name: (own, children)} and the output."""
    pytester.makepyfile(test_burning=tests)
    result = pytester.runpytest_inprocess(*QUIET, "--cpu-durations=0")
    output = result.stdout.str()
    assert result.ret == 0, output
    return {name.split("::")[-1]: (float(own), float(children))
            for own, children, _, _, name in ROW.findall(output) if "::" in name}, output


def test_a_run_forked_by_a_zygote_counts_as_the_tests_child(pytester: pytest.Pytester):
    rows, output = cpu_rows(pytester, IN_A_ZYGOTE)
    own, children = rows["test_burns_in_a_zygotes_run"]
    assert children >= 0.2 and own < 0.2, output  # was 0.00: the zygote's child, never the test's
    assert sum(rows["test_idle"]) < 0.2, output


def test_a_child_left_running_counts_on_the_test_it_spent_its_cpu_in(pytester: pytest.Pytester):
    rows, output = cpu_rows(pytester, LEFT_RUNNING)
    assert rows["test_starts_a_child_that_burns_and_then_waits"][1] >= 0.2, output  # was 0.00
    assert rows["test_ends_the_child"][1] < 0.2, output  # was all of it, as the test that waited for it


def test_the_running_descendants_are_found_below_the_children_and_left_out_where_asked():
    # a child that runs a grandchild, which burns, says so and waits: its CPU is found below the child
    grandchild = BURN.replace("\\n", "\n") + "\nimport sys\nprint('burnt', flush=True)\nsys.stdin.read()"
    child = subprocess.Popen([sys.executable, "-S", "-c", "import subprocess, sys; subprocess.run(sys.argv[1:])",
                              sys.executable, "-S", "-c", grandchild], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout.readline() == "burnt\n"
        assert child.pid in child_pids(os.getpid()) and len(child_pids(child.pid)) == 1
        assert running_cpu(child.pid, set()) >= 0.2  # the grandchild's, still running
        assert running_cpu(os.getpid(), {child.pid} | zygotes().pids()) < 0.2  # the child and all below it left out
    finally:
        child.communicate("")
