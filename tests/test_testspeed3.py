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


def test_what_the_collection_made_is_kept_out_of_the_collectors_full_passes():
    assert gc.get_freeze_count() > 10_000  # the test modules, their functions and the collected items
