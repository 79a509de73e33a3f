"""The tests' zygote (tests/zygote.py): a build.py it forks is what `python build.py ARGS` started by the test is.

Each case starts the same command both ways, a fresh interpreter with subprocess and a fork of the
zygote, and compares what a shell or the kernel tells of them: exit code and output, the working
folder and the environment, the descriptors, umask, limits and signal masks of the running process,
its process group or session, and how a signal ends it.
"""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from support import edit
from test_serve import ServerProcess, free_port
from zygote import BUILD

ENV = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1"}


def both_ways(zygote, args: list[str], **options) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    """Run `python build.py ARGS` with subprocess and from the zygote; return (fresh, forked)."""
    command = [sys.executable, str(BUILD), *args]
    fresh = subprocess.run(command, capture_output=True, text=True, timeout=120, **options)
    forked = zygote.run(command, capture_output=True, text=True, timeout=120, **options)
    return fresh, forked


def same_outcome(fresh: subprocess.CompletedProcess, forked: subprocess.CompletedProcess) -> None:
    assert (forked.returncode, forked.stdout, forked.stderr) == (fresh.returncode, fresh.stdout, fresh.stderr)


def test_a_check_that_passes_exits_0_with_the_same_report(zygote, built_minimal):
    fresh, forked = both_ways(zygote, ["--root", str(built_minimal), "check"], env=ENV)
    same_outcome(fresh, forked)
    assert forked.returncode == 0 and "1 briefing" in forked.stdout


def test_a_refused_briefing_exits_1_with_the_same_error_lines(zygote, built_minimal):
    edit(built_minimal / "content" / "flood" / "briefing.yaml", "title:", "title: Live: preview\ntitle:")
    fresh, forked = both_ways(zygote, ["--root", str(built_minimal), "check"], env=ENV)
    same_outcome(fresh, forked)
    assert forked.returncode == 1 and forked.stderr.startswith("error: ") and "Traceback" not in forked.stderr


def test_an_unknown_option_exits_as_the_parser_says(zygote):
    fresh, forked = both_ways(zygote, ["--no-such-option"], env=ENV)
    same_outcome(fresh, forked)
    assert forked.returncode != 0 and "--no-such-option" in forked.stderr


def test_the_environment_is_the_one_given(zygote, built_minimal):
    env = {**ENV, "EXPLAINER_WORKERS": "many"}  # read as the build starts: refused, naming the variable
    fresh, forked = both_ways(zygote, ["--root", str(built_minimal), "check"], env=env)
    same_outcome(fresh, forked)
    assert "EXPLAINER_WORKERS=many" in forked.stderr and forked.returncode == 1
    assert "EXPLAINER_WORKERS" not in os.environ  # the caller's own is left as it was


def test_the_working_folder_is_the_one_given(zygote, built_minimal, tmp_path):
    here = both_ways(zygote, ["--root", ".", "check"], env=ENV, cwd=built_minimal)
    same_outcome(*here)
    assert here[1].returncode == 0
    elsewhere = both_ways(zygote, ["--root", ".", "check"], env=ENV, cwd=tmp_path)
    same_outcome(*elsewhere)
    assert elsewhere[1].returncode == 1 and "content folder not found" in elsewhere[1].stderr


def test_a_missing_working_folder_is_refused_as_popen_refuses_it(zygote, tmp_path):
    command = [sys.executable, str(BUILD), "check"]
    with pytest.raises(FileNotFoundError) as fresh:
        subprocess.run(command, cwd=tmp_path / "gone", capture_output=True)
    with pytest.raises(FileNotFoundError) as forked:
        zygote.run(command, cwd=tmp_path / "gone", capture_output=True)
    assert (forked.value.errno, forked.value.filename) == (fresh.value.errno, fresh.value.filename)


SHOWN = ("Umask", "SigBlk", "SigIgn", "SigCgt")  # lines of /proc/PID/status


def server_as_the_kernel_sees_it(process: subprocess.Popen) -> dict:
    """Return what /proc tells of a running server: its command line, the status lines in SHOWN, its limits, what its
    descriptors 0, 1 and 2 are (the caller's pipes, by their inode), its process group and session (the caller's or
    its own)."""
    status = dict(line.split(":\t", 1) for line in Path(f"/proc/{process.pid}/status").read_text().splitlines())
    fds = [os.readlink(f"/proc/{process.pid}/fd/{fd}") for fd in range(3)]
    ours = [f"pipe:[{os.fstat(stream.fileno()).st_ino}]" for stream in (process.stdin, process.stdout)]
    group = os.getpgid(process.pid)
    shown = Path(f"/proc/{process.pid}/cmdline").read_bytes().rstrip(b"\0").split(b"\0")  # as `ps` shows it
    return {"command line": [os.fsdecode(arg) for arg in shown] == process.args, "status": {name: status[name] for name in SHOWN}, "limits": Path(f"/proc/{process.pid}/limits").read_text(),
            "stdin": fds[0] == ours[0], "stdout": fds[1] == ours[1], "stderr": fds[2] == ours[1],
            "group": "own" if group == process.pid else "caller's" if group == os.getpgrp() else group,
            "session": "own" if os.getsid(process.pid) == process.pid else "caller's" if os.getsid(process.pid) ==
            os.getsid(0) else "other", "not the caller": process.pid != os.getpid()}


@pytest.mark.parametrize("new_session", [False, True], ids=["callers-group", "new-session"])
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_a_server_runs_and_ends_as_a_fresh_process_does(zygote, built_minimal, new_session, stop):
    """A preview server started with Ctrl-C ignored (as a shell's background job), a limit of open files, stdin a
    pipe and stderr into stdout: the kernel sees the same process both ways, and a signal ends it the same way."""
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    seen, ends = [], []
    for start in ("fresh", "forked"):
        command = [sys.executable, str(BUILD), "--root", str(built_minimal), "serve", "--port", str(free_port())]
        options = dict(stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=ENV,
                       start_new_session=new_session)
        if start == "fresh":
            def preexec():
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_NOFILE, (200, hard))

            process = subprocess.Popen(command, preexec_fn=preexec, **options)
        else:
            process = zygote.popen(command, signals={signal.SIGINT: signal.SIG_IGN},
                                   rlimits={resource.RLIMIT_NOFILE: (200, hard)}, **options)
        with process:
            server = ServerProcess(process, built_minimal)
            seen.append(server_as_the_kernel_sees_it(process))
            process.send_signal(stop)
            code = process.wait(timeout=60)
            server.reader.join(timeout=10)  # all it printed, to the end of its output
            ends.append((code, re.sub(r":\d+/", ":PORT/", server.lines[-1]) if stop == signal.SIGTERM else None))
    assert seen[1] == seen[0]
    assert ends[1] == ends[0]
    assert seen[1]["command line"] and seen[1]["session"] == ("own" if new_session else "caller's") and seen[1]["stdin"] and seen[1]["stderr"]
    if stop == signal.SIGKILL:
        assert ends[1][0] == -signal.SIGKILL


def test_a_server_stopped_with_ctrl_c_ends_as_a_fresh_one(zygote, built_minimal):
    """Ctrl-C not ignored: Python's KeyboardInterrupt handler is in place in the fork as in a fresh interpreter."""
    codes, lasts = [], []
    for start in (subprocess.Popen, zygote.popen):
        command = [sys.executable, str(BUILD), "--root", str(built_minimal), "serve", "--port", str(free_port())]
        with start(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=ENV,
                   **({"preexec_fn": lambda: signal.signal(signal.SIGINT, signal.default_int_handler)}
                      if start is subprocess.Popen else {"signals": {signal.SIGINT: signal.SIG_DFL}})) as process:
            server = ServerProcess(process, built_minimal)
            process.send_signal(signal.SIGINT)
            codes.append(process.wait(timeout=60))
            server.reader.join(timeout=10)
            lasts.append(server.lines[-1])
    assert codes[1] == codes[0] and lasts[1] == lasts[0]


def test_only_build_py_is_started(zygote):
    with pytest.raises(ValueError, match="a zygote starts"):
        zygote.popen([sys.executable, "-m", "json.tool"])
    with pytest.raises(ValueError, match="a zygote starts"):
        zygote.popen([sys.executable, str(REPO / "tests" / "zygote.py")])
    with pytest.raises(ValueError, match="a zygote starts"):
        zygote.popen([sys.executable, str(REPO / "build.py"), "check"], preexec_fn=lambda: None)
