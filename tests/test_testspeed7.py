"""`--cpu-durations=N` (tests/cpu_time.py): the CPU each test took, its own and its child processes', reported by the
process that reports the run (an xdist worker's reports carry it there); nothing measured or reported without it.
The runs are pytest's in-process ones (pytester): a pytest process, let alone one with workers, cost seconds of CPU."""

from __future__ import annotations

import re

import pytest
from cpu_time import KEY, Tally

# Each burns a known amount of CPU: in the test's process, in a child process it waits for, or none. A quarter second
# for the 0.2 s asserted: the report counts in the clock ticks of os.times, and 0.2 s of process_time showed as 0.19.
TESTS = '''
import subprocess, sys

BURN = "import time\\nstart = time.process_time()\\nwhile time.process_time() - start < 0.25: pass"


def test_burns_its_own():
    exec(BURN)


def test_burns_a_childs():
    subprocess.run([sys.executable, "-S", "-c", BURN], check=True)


def test_idle():
    pass
'''
QUIET = ("-p", "cpu_time", "-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:xdist")  # none it needs
ROW = re.compile(r"^ *([\d.]+) +([\d.]+) +([\d.]+) +(?:(\d+) +)?(\S+)$", re.MULTILINE)


def test_the_costliest_tests_and_files_are_listed_by_their_own_and_their_childrens_cpu(pytester: pytest.Pytester):
    pytester.makepyfile(test_burning=TESTS)
    output = pytester.runpytest_inprocess(*QUIET, "--cpu-durations=2").stdout.str()
    assert re.search(r"CPU of 3 tests: [\d.]+ s, [\d.]+ s their own and [\d.]+ s their child processes' \(wall", output)
    rows = {name.split("::")[-1]: (float(own), float(children), tests)
            for own, children, _, tests, name in ROW.findall(output)}
    own, children, _ = rows["test_burns_its_own"]
    assert own >= 0.2 and children < 0.2, output
    own, children, _ = rows["test_burns_a_childs"]
    assert children >= 0.2 and own < 0.2, output
    assert "test_idle" not in rows  # two tests asked for
    own, children, tests = rows["test_burning.py"]
    assert own >= 0.2 and children >= 0.2 and tests == "3", output


def test_without_the_option_nothing_is_measured_or_reported(pytester: pytest.Pytester):
    pytester.makepyfile(test_idle="def test_idle():\n    pass\n")
    result = pytester.runpytest_inprocess(*QUIET, "--junitxml=report.xml")
    assert result.ret == 0 and "CPU of" not in result.stdout.str()
    assert "cpu seconds" not in (pytester.path / "report.xml").read_text(encoding="utf-8")  # in no report


def test_a_workers_report_carries_the_cpu_to_the_reporting_process(pytestconfig: pytest.Config):
    report = pytest.TestReport("test_x.py::test_x", ("test_x.py", 0, "test_x"), {}, "passed", None, "teardown",
                               user_properties=[(KEY, (1.5, 2.5))])
    hook = pytestconfig.hook  # as xdist sends a report from a worker
    sent = hook.pytest_report_to_serializable(config=pytestconfig, report=report)
    tally = Tally()
    tally.pytest_runtest_logreport(hook.pytest_report_from_serializable(config=pytestconfig, data=sent))
    assert tally.cpu == {"test_x.py::test_x": (1.5, 2.5)}


def test_the_suite_offers_the_option(pytestconfig: pytest.Config):
    assert pytestconfig.pluginmanager.has_plugin("cpu_time")  # tests/conftest.py loads it for the whole suite
