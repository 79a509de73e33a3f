"""The tests' zygote (tests/zygote.py) runs `python -c CODE ARGS` as a fresh interpreter runs it.

Each case runs the same program both ways, a fresh interpreter with subprocess and a fork of the zygote, and
compares what the caller sees: exit code, output and error stream (a traceback as the interpreter prints it), the
program's sys.argv and `__main__`, the folder it imports from, and how a signal it raises on itself ends it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from conftest import REPO

ENV = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


def both_ways(zygote, code: str, *args: str, **options) -> tuple[subprocess.CompletedProcess, ...]:
    """Run `python -c CODE ARGS` with subprocess and from the zygote; return (fresh, forked)."""
    command = [sys.executable, "-c", code, *args]
    options = {"capture_output": True, "text": True, "timeout": 120, "env": ENV, **options}
    return subprocess.run(command, **options), zygote.run(command, **options)


def same_outcome(fresh: subprocess.CompletedProcess, forked: subprocess.CompletedProcess) -> None:
    assert (forked.returncode, forked.stdout, forked.stderr) == (fresh.returncode, fresh.stdout, fresh.stderr)


WHERE_AM_I = """
import sys
print(sys.argv, __name__, sorted(name for name in vars() if not name.startswith("__")), repr(sys.path[0]))
print(sys.orig_argv[1:])
raise SystemExit(int(sys.argv[2]))
"""


@pytest.mark.parametrize("code", ["0", "3"])
def test_the_program_sees_its_arguments_and_main_and_exits_with_its_code(zygote, code):
    fresh, forked = both_ways(zygote, WHERE_AM_I, "an argument", code, cwd=REPO)
    same_outcome(fresh, forked)
    assert forked.returncode == int(code)
    assert forked.stdout.startswith(f"['-c', 'an argument', '{code}'] __main__ ['sys'] ''\n")


def test_an_error_prints_the_traceback_from_the_program_down(zygote):
    fresh, forked = both_ways(zygote, "def fails():\n    return 1 / 0\nprint('before')\nfails()\n")
    same_outcome(fresh, forked)
    assert forked.returncode == 1 and forked.stdout == "before\n"
    assert forked.stderr.splitlines() == ["Traceback (most recent call last):",
                                          '  File "<string>", line 4, in <module>',
                                          '  File "<string>", line 2, in fails',
                                          "ZeroDivisionError: division by zero"]


def test_a_message_given_to_exit_goes_to_the_error_stream(zygote):
    fresh, forked = both_ways(zygote, "import sys; print('out'); sys.exit('refused')")
    same_outcome(fresh, forked)
    assert (forked.returncode, forked.stderr) == (1, "refused\n")


def test_imports_come_from_the_working_folder(zygote, tmp_path):
    (tmp_path / "beside.py").write_text("WHERE = 'the working folder'\n")
    fresh, forked = both_ways(zygote, "import beside; print(beside.WHERE)", cwd=tmp_path)
    same_outcome(fresh, forked)
    assert forked.stdout == "the working folder\n"


@pytest.mark.parametrize("stop", ["SIGINT", "SIGTERM"])
def test_a_signal_the_program_raises_ends_it_as_it_ends_a_fresh_one(zygote, stop):
    """Ctrl-C raises KeyboardInterrupt, and the interpreter then ends by SIGINT; SIGTERM ends it where it stands."""
    code = f"import signal; print('up', flush=True); signal.raise_signal(signal.{stop}); print('went on')"
    signum = getattr(signal, stop)
    # Handled by default, as at a terminal, whatever the suite was started with (`pytest &` ignores Ctrl-C)
    command, options = [sys.executable, "-c", code], {"capture_output": True, "text": True, "timeout": 120, "env": ENV}
    fresh = subprocess.run(command, preexec_fn=lambda: signal.signal(signum, signal.SIG_DFL), **options)
    forked = zygote.run(command, signals={signum: signal.SIG_DFL}, **options)
    assert (forked.returncode, forked.stdout) == (fresh.returncode, fresh.stdout) == (-signum, "up\n")
    assert forked.stderr.splitlines()[-1:] == fresh.stderr.splitlines()[-1:]


def test_an_ignored_signal_is_ignored_as_in_a_process_started_ignoring_it(zygote):
    code = "import signal; signal.raise_signal(signal.SIGTERM); print('went on')"
    forked = zygote.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=ENV,
                        signals={signal.SIGTERM: signal.SIG_IGN})
    fresh = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=ENV,
                           preexec_fn=lambda: signal.signal(signal.SIGTERM, signal.SIG_IGN))
    same_outcome(fresh, forked)
    assert forked.stdout == "went on\n"


def test_the_program_gets_a_main_of_its_own(zygote):
    """Not the zygote's: its names (zygotes, serve_requests) are not the program's."""
    code = "import sys; print(sorted(vars(sys.modules['__main__'])) == sorted(vars()), 'serve_requests' in vars())"
    fresh, forked = both_ways(zygote, code)
    same_outcome(fresh, forked)
    assert forked.stdout == "True False\n"
