"""`--cpu-durations=N`: the CPU each test took, its own and its child processes', with the N costliest tests and files.

pytest's --durations gives wall time, which on a shared machine measures the other users as much as the
tests: a check of 20 ms of CPU showed 0.2 s at a load of 10. CPU time does not, and what the suite costs
on two cores is its CPU. A test's own CPU counts every thread of its process; its child processes' counts what they
spent while it ran: those it waited for (a server it stopped, a build it ran, a build's forked workers), those still
running (the kept Chromium, which a later test closes: its CPU all showed on that one, 25 s on one test of a run), and
the runs a zygote forked for it (tests/zygote.py: the zygote's children, 41 s of a run's CPU that showed on no test).
Measured in the process that ran the test (an xdist worker too), shown by the one that reports.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict

import pytest

KEY = "cpu seconds (own, children)"  # the report property that carries a test's CPU to the reporting process
_STARTED = pytest.StashKey[tuple[os.times_result, float]]()
TICK = os.sysconf("SC_CLK_TCK")


def children_cpu(times: os.times_result) -> float:
    """Return the CPU seconds this process's child processes spent until `times` (os.times()): those it waited for,
    those still running and the zygotes' runs it waited for."""
    zygote = sys.modules.get("zygote")  # imported by the suite's conftest.py; a run without it has no zygotes
    zygotes = zygote.zygotes() if zygote is not None else None
    skipped = zygotes.pids() if zygotes is not None else set()  # their runs are counted as they end, not as they run
    ended = zygotes.ended_cpu if zygotes is not None else 0.0
    return times.children_user + times.children_system + ended + running_cpu(os.getpid(), skipped)


def running_cpu(pid: int, skipped: set[int]) -> float:
    """Return the CPU seconds the running descendants of process `pid` spent so far (their own, and that of the
    processes they waited for), leaving out those of `skipped` and below them."""
    total = 0.0
    for child in child_pids(pid):
        if child in skipped:
            continue
        try:
            with open(f"/proc/{child}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:  # ended meanwhile: counted once waited for
            continue
        total += sum(int(field) for field in fields[11:15]) / TICK  # utime, stime, cutime, cstime
        total += running_cpu(child, skipped)
    return total


def child_pids(pid: int) -> list[int]:
    """Return the ids of the running child processes of process `pid` (none where /proc does not list them)."""
    found = []
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for thread in threads:
        try:
            with open(f"/proc/{pid}/task/{thread}/children", "rb") as children:
                found += [int(child) for child in children.read().split()]
        except OSError:
            continue
    return found


def pytest_addoption(parser):
    parser.getgroup("terminal reporting").addoption(
        "--cpu-durations", type=int, default=None, metavar="N",
        help="show the N tests and files that took most CPU, their own and their child processes' (N=0 for all)")


class Measure:
    """Puts the CPU each test took (setup, call and teardown) in its teardown report."""

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item, nextitem):
        started = os.times()
        item.stash[_STARTED] = started, children_cpu(started)
        return (yield)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item, call):
        report = yield
        if call.when == "teardown" and _STARTED in item.stash:
            ended = os.times()
            started, children_before = item.stash[_STARTED]
            report.user_properties.append((KEY, (ended.user - started.user + ended.system - started.system,
                                                 max(children_cpu(ended) - children_before, 0.0))))
        return report


class Tally:
    """The CPU and wall time of each test reported to this process."""

    def __init__(self):
        self.cpu: dict[str, tuple[float, float]] = {}
        self.wall: dict[str, float] = defaultdict(float)

    @pytest.hookimpl
    def pytest_runtest_logreport(self, report):
        self.wall[report.nodeid] += report.duration
        for name, value in report.user_properties:
            if name == KEY:
                self.cpu[report.nodeid] = tuple(value)

    @pytest.hookimpl
    def pytest_terminal_summary(self, terminalreporter, config):
        count = config.getoption("cpu_durations")
        write = terminalreporter.write_line
        own, children = (sum(cpu[i] for cpu in self.cpu.values()) for i in (0, 1))
        terminalreporter.write_sep("=", f"CPU of {len(self.cpu)} tests: {own + children:.1f} s, {own:.1f} s their own "
                                        f"and {children:.1f} s their child processes' (wall {sum(self.wall.values()):.1f} s)")
        write("    own children     wall  test")
        for test, (mine, theirs) in self.costliest(self.cpu, count):
            write(f"{mine:7.2f} {theirs:8.2f} {self.wall[test]:8.2f}  {test}")
        by_file: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
        for test, (mine, theirs) in self.cpu.items():
            tally = by_file[test.split("::")[0]]
            tally[0] += mine
            tally[1] += theirs
            tally[2] += self.wall[test]
            tally[3] += 1
        write("    own children     wall  tests  file")
        for file, (mine, theirs, wall, tests) in self.costliest({f: tuple(t) for f, t in by_file.items()}, count):
            write(f"{mine:7.2f} {theirs:8.2f} {wall:8.2f} {tests:6d}  {file}")

    @staticmethod
    def costliest(costs: dict[str, tuple], count: int) -> list[tuple[str, tuple]]:
        """Return the `count` entries of most CPU (own and children's), or all of them if `count` is 0."""
        ranked = sorted(costs.items(), key=lambda entry: (-(entry[1][0] + entry[1][1]), entry[0]))
        return ranked[:count] if count else ranked


def pytest_configure(config):
    """Measure where tests run, and tally where they are reported (not in an xdist worker), only when asked to."""
    if config.getoption("cpu_durations") is None:
        return
    config.pluginmanager.register(Measure(), "cpu-durations-measure")
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(Tally(), "cpu-durations-tally")
