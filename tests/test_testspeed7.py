"""`--cpu-durations=N` (tests/cpu_time.py): the CPU each test took, its own and its child processes', in the process
that reports the run, with and without xdist workers; and nothing measured or reported without it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

# Each burns a known amount of CPU: in the test's process, in a child process it waits for, or none.
TESTS = '''
import subprocess, sys, time

BURN = "import time\\nstart = time.process_time()\\nwhile time.process_time() - start < 0.3: pass"


def test_burns_its_own():
    exec(BURN)


def test_burns_a_childs():
    subprocess.run([sys.executable, "-c", BURN], check=True)


def test_idle():
    pass
'''
ROW = re.compile(r"^ *([\d.]+) +([\d.]+) +([\d.]+) +(?:(\d+) +)?(\S+)$", re.MULTILINE)


def run_pytest(folder: Path, *args: str) -> str:
    """Run pytest on the tests in `folder` with tests/cpu_time.py as a plugin; return its output."""
    (folder / "test_burning.py").write_text(TESTS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO / "tests")}
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "cpu_time", "-p", "no:cacheprovider", "--rootdir",
                           str(folder), *args, str(folder)], cwd=folder, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.mark.parametrize("workers", ["0", "2"])
def test_the_costliest_tests_and_files_are_listed_by_their_own_and_their_childrens_cpu(tmp_path: Path, workers):
    output = run_pytest(tmp_path, "-n", workers, "--cpu-durations=2")
    assert re.search(r"CPU of 3 tests: [\d.]+ s, [\d.]+ s their own and [\d.]+ s their child processes' \(wall", output)
    rows = {name.split("::")[-1]: (float(own), float(children), tests)
            for own, children, _, tests, name in ROW.findall(output)}
    own, children, _ = rows["test_burns_its_own"]
    assert own >= 0.3 and children < 0.3, output
    own, children, _ = rows["test_burns_a_childs"]
    assert children >= 0.3 and own < 0.3, output
    assert "test_idle" not in rows  # two tests asked for
    own, children, tests = rows["test_burning.py"]
    assert own >= 0.3 and children >= 0.3 and tests == "3", output


def test_without_the_option_nothing_is_measured_or_reported(tmp_path: Path):
    output = run_pytest(tmp_path, "-n", "0", "--junitxml", str(tmp_path / "report.xml"))
    assert "CPU of" not in output
    assert "cpu seconds" not in (tmp_path / "report.xml").read_text(encoding="utf-8")  # no property in any report


def test_the_suite_offers_the_option(request):
    assert request.config.pluginmanager.has_plugin("cpu_time")  # tests/conftest.py loads it for the whole suite
