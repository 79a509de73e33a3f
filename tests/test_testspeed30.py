""".ci/run's set-up: the interpreter's own pip installs into a venv made without one, where that pip can (22.3 and
later); elsewhere the venv gets its own pip, upgraded, as before."""

from __future__ import annotations

import re
import subprocess

import pytest

from conftest import REPO

CI = (REPO / ".ci" / "run").read_text(encoding="utf-8")

# python3 and python recorded, not run: each command the lines ran goes to ./steps, with PIP_PYTHON where it was set.
# `python3 -m pip --version` answers as the pip given; `-m venv` makes an activate script whose python is recorded.
STUBS = """
record() { echo "${PIP_PYTHON:+PIP_PYTHON=$PIP_PYTHON }$*" >> steps; }
python3() {
  record python3 "$@"
  if [[ "$*" == "-m pip --version" ]]; then HOST_PIP; fi
  if [[ "$1 $2" == "-m venv" ]]; then mkdir -p .venv/bin && echo 'python() { record python "$@"; }' > .venv/bin/activate; fi
}
"""
BY_THE_HOSTS_PIP = ["python3 -m pip --version", "python3 -m venv --without-pip .venv",
                    "PIP_PYTHON=.venv/bin/python python3 -m pip install -q -e .[test]"]
BY_THE_VENVS_PIP = ["python3 -m pip --version", "python3 -m venv .venv", "python -m pip install -q --upgrade pip",
                    "python -m pip install -q -e .[test]"]


def install_steps(tmp_path, host_pip: str | None) -> list[str]:
    """Run .ci/run's venv and install lines in bash, with an interpreter whose pip is `host_pip` (None: no pip);
    return the commands they ran."""
    block = re.search(r"^host_pip=.*?^fi$", CI, re.M | re.S)
    assert block, ".ci/run looks at the interpreter's pip before it makes the venv"
    answer = f"echo '{host_pip} from /usr/lib/python3/dist-packages/pip (python 3.11)'" if host_pip else "return 1"
    script = "set -euo pipefail\n" + STUBS.replace("HOST_PIP", answer) + block.group(0) + "\n"
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return (tmp_path / "steps").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("host_pip", ["pip 22.3", "pip 23.2.1", "pip 26.3", "pip 30.0"])
def test_a_pip_that_can_install_into_another_python_fills_a_venv_made_without_one(tmp_path, host_pip):
    assert install_steps(tmp_path, host_pip) == BY_THE_HOSTS_PIP


@pytest.mark.parametrize("host_pip", ["pip 22.2.2", "pip 21.3.1", "pip 9.0.1", None])
def test_without_such_a_pip_the_venv_gets_its_own_upgraded_as_before(tmp_path, host_pip):
    assert install_steps(tmp_path, host_pip) == BY_THE_VENVS_PIP


def share_imported(monkeypatch, args: list[str], worker: dict | None) -> list[str]:
    """Return the modules conftest.import_this_workers_share_first imports in a process given `args` and `worker`
    (xdist's workerinput, None for a process of its own), recorded rather than imported."""
    import importlib
    from types import SimpleNamespace

    from conftest import import_this_workers_share_first

    imported: list[str] = []
    monkeypatch.setattr(importlib, "import_module", imported.append)
    config = SimpleNamespace(args=args, invocation_params=SimpleNamespace(dir=REPO))
    if worker is not None:
        config.workerinput = worker
    import_this_workers_share_first(SimpleNamespace(config=config))
    return imported


def test_each_worker_collecting_every_test_imports_its_own_share_of_the_test_modules_first(monkeypatch):
    modules = sorted(path.stem for path in (REPO / "tests").glob("test_*.py"))
    shares = [share_imported(monkeypatch, ["tests"], {"workerid": f"gw{n}", "workercount": 3}) for n in range(3)]
    assert shares[0] + shares[1] + shares[2] == modules
    assert all(len(modules) // 3 <= len(share) <= len(modules) // 3 + 1 for share in shares)


@pytest.mark.parametrize("args, worker", [(["tests"], None), (["tests/test_golden.py"], {"workerid": "gw1",
                                                                                          "workercount": 2})])
def test_a_process_of_its_own_or_one_collecting_some_files_imports_nothing_ahead(monkeypatch, args, worker):
    assert share_imported(monkeypatch, args, worker) == []
