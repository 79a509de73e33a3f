"""The real microsite's start-up: build.py's process ends without the interpreter's teardown
(explainer/process_exit.py), and ends as the plain `sys.exit(main())` does in all a user or a script can see."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, tree_digest

BUILD = REPO / "build.py"

# A witness of what the process does around `python build.py ARGS`, loaded at the interpreter's start (sitecustomize):
# an object whose finaliser only the interpreter's teardown calls, an atexit function, a line printed but not flushed
# (stdout is a pipe) unless WITNESS says "silent", and with "thread" a thread that ends only once the main thread has.
WITNESS = """
import atexit, os, threading

class Witness:
    def __del__(self):
        os.write(2, b"torn down\\n")

witness = Witness()
atexit.register(lambda: os.write(2, b"atexit ran\\n"))
if os.environ["WITNESS"] != "silent":
    print("printed before the build")
if os.environ["WITNESS"] == "thread":
    threading.Thread(target=lambda: (threading.main_thread().join(), os.write(2, b"thread ended\\n"))).start()
"""

# The plain way: what build.py did before it ended its process itself.
PLAIN = f"""
import sys
from pathlib import Path
sys.path.insert(0, {str(REPO)!r})
from explainer.cli import main
sys.exit(main(default_root=Path({str(REPO)!r})))
"""


@pytest.fixture
def witnessed(tmp_path: Path):
    """Return a function running a command with the witness loaded, or none: its exit code, stdout and stderr."""
    (tmp_path / "witness").mkdir()
    (tmp_path / "witness" / "sitecustomize.py").write_text(WITNESS, encoding="utf-8")

    def run(command: list[str], witness: str = "", close_stdout: bool = False) -> tuple[int, str, str]:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "WITNESS": witness}
        env.pop("PYTHONUNBUFFERED", None)  # stdout kept in a buffer, as a user's pipe is
        if witness:
            env["PYTHONPATH"] = str(tmp_path / "witness")
        with subprocess.Popen([sys.executable, *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env, cwd=REPO) as process:
            if close_stdout:  # the reader went away before anything was printed (`| head -0`)
                process.stdout.close()
                return process.wait(timeout=120), "", process.stderr.read()
            out, err = process.communicate(timeout=120)
        return process.returncode, out, err

    return run


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_build_ends_without_teardown_having_run_atexit_and_flushed_its_output(project: Path, tmp_path: Path,
                                                                                   witnessed, command: str):
    out = ["--out", str(tmp_path / "site")] if command == "build" else []
    code, printed, err = witnessed([str(BUILD), "--root", str(project), command, *out], "print")
    assert code == 0, err
    assert printed.startswith("printed before the build\n")
    assert ("built " if command == "build" else "ok: 1 briefing") in printed
    assert err.splitlines() == ["atexit ran"]  # no teardown: the witness was never finalised


def test_the_process_ends_as_the_plain_exit_does(project: Path, tmp_path: Path, witnessed):
    quick = witnessed([str(BUILD), "--root", str(project), "--out", str(tmp_path / "quick")])
    site = tree_digest(tmp_path / "quick")
    plain = witnessed(["-c", PLAIN, "--root", str(project), "--out", str(tmp_path / "plain")])
    assert quick[0] == plain[0] == 0
    assert quick[1:] == (plain[1].replace("plain", "quick"), plain[2])
    assert tree_digest(tmp_path / "plain") == site


def test_a_failed_build_keeps_its_exit_code_and_its_message(project: Path, witnessed):
    (project / "content" / "site.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    quick = witnessed([str(BUILD), "--root", str(project)], "print")
    plain = witnessed(["-c", PLAIN, "--root", str(project)])
    assert quick[0] == plain[0] == 1
    assert quick[2].splitlines() == [*plain[2].splitlines(), "atexit ran"]
    assert "site.yaml" in plain[2]


def test_a_reader_gone_away_ends_the_process_as_the_plain_exit_does(project: Path, witnessed):
    quick = witnessed([str(BUILD), "--root", str(project), "check"], "silent", close_stdout=True)
    plain = witnessed(["-c", PLAIN, "--root", str(project), "check"], close_stdout=True)
    assert quick[0] == plain[0] == 1
    assert quick[2].replace("atexit ran\n", "").replace("torn down\n", "") == plain[2]


def test_a_thread_still_running_gets_the_plain_exit_which_waits_for_it(project: Path, witnessed):
    code, printed, err = witnessed([str(BUILD), "--root", str(project), "check"], "thread")
    assert code == 0, err
    assert "ok: 1 briefing" in printed
    assert sorted(err.splitlines()) == ["atexit ran", "thread ended", "torn down"]


def test_a_script_run_by_python_code_returns_to_it(project: Path, witnessed):
    """runpy (and with it a test's harness, which reads what the build imported) gets SystemExit back, as before."""
    script = (f"import runpy, sys\nsys.argv = ['build.py', '--root', {str(project)!r}, 'check']\n"
              f"try:\n    runpy.run_path({str(BUILD)!r}, run_name='__main__')\n"
              "except SystemExit as done:\n    print('returned', done.code)")
    code, printed, err = witnessed(["-c", script], "print")
    assert code == 0, err
    assert printed.splitlines()[-1] == "returned 0"
    assert sorted(err.splitlines()) == ["atexit ran", "torn down"]


def test_a_profiler_still_writes_its_findings(project: Path, tmp_path: Path):
    """`python -m cProfile -o FILE build.py` writes FILE once the script returns: the plain exit lets it."""
    found = tmp_path / "build.prof"
    done = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(found), str(BUILD), "--root", str(project),
                           "check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert found.stat().st_size > 0


def test_content_types_are_frozen_as_the_dataclass_of_their_fields_would_be():
    """Located's one __setattr__ and __delattr__ stand for those dataclasses compiled for each frozen content type."""
    import dataclasses

    from test_realspeed3 import content_types, plain_twin

    def attempts(made) -> list:
        outcomes = []
        for attempt in (lambda: setattr(made, "line", 3), lambda: setattr(made, "unknown", 3),
                        lambda: delattr(made, "line"), lambda: delattr(made, "unknown")):
            try:
                attempt()
                outcomes.append(None)
            except Exception as error:  # noqa: BLE001 - what each raises is what is compared
                outcomes.append((type(error), str(error)))
        return outcomes

    for kind in content_types():
        required = {item.name: "x" for item in dataclasses.fields(kind)
                    if item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING}
        assert attempts(kind(**required)) == attempts(plain_twin(kind)(**required)), kind.__name__
        assert attempts(kind(**required))[0][0] is dataclasses.FrozenInstanceError
