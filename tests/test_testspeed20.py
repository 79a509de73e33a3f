"""What every test process pays before its first test: hypothesis's modules rewritten by pytest are kept, not made
again by each worker where PYTHONDONTWRITEBYTECODE is set."""

from __future__ import annotations

import sys
from pathlib import Path

import hypothesis
from _pytest.assertion.rewrite import PYC_TAIL


def test_hypothesis_as_pytest_rewrote_it_is_kept_for_the_next_test_process():
    # Hypothesis comes with a pytest plugin, so pytest rewrites its whole package for assertions; the conftest imports
    # it while pytest may keep what it rewrote (0.6 s of CPU of every worker's start where it rewrote 73 modules).
    package = Path(hypothesis.__file__).parent
    kept = [package / "__pycache__" / f"{name}{PYC_TAIL}" for name in ("__init__", "core", "_settings")]
    assert [path for path in kept if not path.is_file()] == []


def test_keeping_rewritten_modules_leaves_the_processs_own_setting_as_it_was():
    from conftest import rewritten_modules_kept

    before = sys.dont_write_bytecode
    with rewritten_modules_kept():
        assert sys.dont_write_bytecode is False
    assert sys.dont_write_bytecode is before
