"""Patterns compiled once per installation (explainer/patterns.py): the same patterns as re's, whatever the file holds."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from explainer import patterns
from explainer.seal import BESIDE_CODE, unsealed, write_sealed
from support import fresh_package

# Imports every module of ours, then prints how many patterns the run compiled itself and how many it took from the file,
# and which package it imported.
EVERY_MODULE = """
import importlib, pkgutil, explainer, explainer.patterns as patterns
for module in pkgutil.iter_modules(explainer.__path__):
    importlib.import_module(f"explainer.{module.name}")
print(len(patterns._made), len(patterns._used), explainer.__file__)
"""


def run_every_module(folder: Path, hash_seed: int) -> tuple[int, int]:
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONPATH"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-c", EVERY_MODULE], cwd=folder, env=env, capture_output=True, text=True)
    assert done.returncode == 0 and not done.stderr, done.stderr
    made, used, package = done.stdout.split()
    assert Path(package) == folder / "explainer" / "__init__.py", "the run imported the copy"
    return int(made), int(used)


def test_a_second_run_compiles_none_of_our_patterns_and_gets_the_same_patterns_as_re(tmp_path):
    folder = fresh_package(tmp_path)
    made, used = run_every_module(folder, hash_seed=1)
    assert made == used > 80, "the first run compiles every pattern, and keeps them"
    # Another order of sets: a pattern made from a set's words must not change with it.
    assert run_every_module(folder, hash_seed=2) == (0, used), "the second compiles none"
    kept_files = list(tmp_path.rglob("patterns.*.marshal"))
    assert [file.parent for file in kept_files] == [folder / "explainer" / "__pycache__"], "beside our bytecode"
    # Pattern equality compares the engine's code, not only the text and flags.
    kept = marshal.loads(unsealed(kept_files[0].read_bytes(), BESIDE_CODE))
    for (pattern, flags), made in kept.items():
        assert patterns._sre.compile(pattern, *patterns.unpacked(made)) == re.compile(pattern, flags), pattern



def test_the_file_moves_with_our_bytecode_where_pythonpycacheprefix_puts_it(tmp_path, monkeypatch):
    monkeypatch.setattr(patterns, "_known", {})  # nothing read, nothing compiled yet
    monkeypatch.setattr(patterns, "_made", {})
    monkeypatch.setattr(patterns, "_used", set())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert patterns.cache_file().parent == Path(patterns.__file__).parent / "__pycache__"
    prefix = tmp_path / "prefix"
    monkeypatch.setattr(sys, "pycache_prefix", str(prefix))  # as PYTHONPYCACHEPREFIX sets it
    moved = patterns.cache_file()
    assert moved.parent == prefix / Path(patterns.__file__).parent.relative_to("/")
    patterns.compile(r"(?<!\w)moved(?!\w)")
    patterns.save()
    assert moved.is_file() and list(prefix.rglob("patterns.*.marshal")) == [moved]

def test_only_the_patterns_asked_for_are_read_from_the_file(kept_in, monkeypatch):
    # The file holds every pattern ever made here (each locale's, the tests'): reading them all cost a tenth of
    # a start, so each is read only when asked for.
    for number in range(50):
        patterns.compile(rf"(?<!\w)word{number}(?!\w)")
    patterns.save()
    patterns._known, patterns._used = None, set()
    loaded: list[bytes] = []

    class Counting:
        dumps = staticmethod(marshal.dumps)

        @staticmethod
        def loads(data):
            loaded.append(data)
            return marshal.loads(data)

    monkeypatch.setattr(patterns, "marshal", Counting)
    assert patterns.compile(r"(?<!\w)word7(?!\w)").search("a word7 here")
    assert len(loaded) == 2 and not patterns._made  # the file's index, then the one pattern's code


def test_a_file_of_the_former_layout_is_only_a_miss(kept_in):
    # Before each pattern's code was kept in bytes of its own, the file held the code itself.
    pattern = r"(?<!\w)(\d+) (people|soldiers)(?!\w)"
    write_sealed(kept_in, marshal.dumps({(pattern, 0): (0, [1, 2, 3], 2, {}, (None, None, None))}), BESIDE_CODE)
    assert patterns.compile(pattern) == re.compile(pattern)
    assert (pattern, 0) in patterns._made


def test_a_kept_pattern_is_the_pattern_re_compiles(kept_in):
    words = r"(?<!\w)(?P<word>at\s+least|about)\s+(?P<figure>\d[\d,]*)(?!\w)"
    first = patterns.compile(words, re.IGNORECASE)
    patterns.save()
    assert kept_in.is_file()
    patterns._known, patterns._used = None, set()
    again = patterns.compile(words, re.IGNORECASE)
    assert not patterns._made, "taken from the file"
    assert again == first == re.compile(words, re.IGNORECASE)
    assert again.groupindex == {"word": 1, "figure": 2} and again.flags == re.compile(words, re.IGNORECASE).flags
    assert again.search("killed ABOUT 1,200 people").group("figure") == "1,200"


def test_a_damaged_file_is_only_a_miss_and_is_written_again(kept_in):
    pattern = r"\b(\d{4})-(\d{2})-(\d{2})\b"
    patterns.compile(pattern)
    patterns.save()
    data = bytearray(kept_in.read_bytes())
    data[-5] ^= 0xFF
    kept_in.write_bytes(bytes(data))
    patterns._known = None
    assert patterns.compile(pattern) == re.compile(pattern)
    assert patterns._made, "compiled again"
    patterns.save()
    patterns._known, patterns._made = None, {}
    assert patterns.compile(pattern) == re.compile(pattern) and not patterns._made, "the file is whole again"


def test_code_the_engine_refuses_is_compiled_again(kept_in):
    pattern = r"(?P<a>x)+y"
    real = re.compile(pattern)
    # A sealed file (so its digest holds) whose code for the pattern is nonsense.
    nonsense = {(pattern, 0): (int(real.flags), [99, 98, 97], 1, {"a": 1}, (None, "a"))}
    write_sealed(kept_in, marshal.dumps(nonsense), BESIDE_CODE)
    assert patterns.compile(pattern) == real
    assert patterns.compile(pattern).fullmatch("xxy").group("a") == "x"


def test_a_bad_pattern_fails_as_re_says_and_nothing_is_kept(kept_in):
    with pytest.raises(re.error):
        patterns.compile(r"(unclosed")
    patterns.save()
    assert not kept_in.exists()


def test_nothing_is_written_where_python_writes_no_bytecode(kept_in, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert patterns.compile(r"\d+ km") == re.compile(r"\d+ km")
    patterns.save()
    assert not kept_in.exists()


def test_an_unwritable_place_is_only_a_lost_shortcut(tmp_path, monkeypatch, kept_in):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(patterns, "cache_file", lambda: blocked / "patterns.marshal")
    assert patterns.compile(r"[A-Z]\w+") == re.compile(r"[A-Z]\w+")
    patterns.save()
    assert blocked.read_text() == "not a folder"
