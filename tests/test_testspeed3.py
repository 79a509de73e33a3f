"""What every test process pays before its first test: no plugin nobody uses, no test module working on import."""

from __future__ import annotations

import gc
import importlib.util
import re
import sys
from pathlib import Path

import pytest

MENTION_PATTERN_TESTS = Path(__file__).with_name("test_mention_pattern.py")


def test_the_unused_anyio_plugin_is_not_loaded(pytestconfig: pytest.Config):
    # anyio comes with watchfiles and registers a pytest plugin; pytest rewrote its modules in every process.
    assert not pytestconfig.pluginmanager.has_plugin("anyio")
    assert pytestconfig.pluginmanager.is_blocked("anyio")


def test_importing_the_mention_pattern_tests_compiles_no_pattern(monkeypatch):
    # Every test process imports every test module; these tests' nine unshortened patterns are made when they run.
    compiled = []
    compile_with_re = re.compile

    def counted(*args, **kwargs):
        if sys._getframe(1).f_code.co_filename == str(MENTION_PATTERN_TESTS):  # not the libraries it imports
            compiled.append(args)
        return compile_with_re(*args, **kwargs)

    monkeypatch.setattr(re, "compile", counted)
    spec = importlib.util.spec_from_file_location("mention_pattern_imported_again", MENTION_PATTERN_TESTS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert compiled == []
    assert module.plain("fr").search("le 3 mars") and compiled, "made on first use"


def test_the_session_freezes_nothing_so_a_builds_pause_of_the_collector_stays_cheap():
    # A build ends its pause of the collector by asking how many objects are frozen (gc_pause.settle_as_old), and
    # CPython 3.11 counts them one by one: with the collection's 150,000 objects frozen, that was 17 ms of every
    # build in a test process, half a typical test's CPU. The full passes the freeze spared cost 0.2 s a process.
    assert gc.get_freeze_count() == 0
