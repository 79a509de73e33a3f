"""Patterns compiled once per installation, each when first used (explainer/patterns.py): the same patterns as re's,
whatever the file holds."""

from __future__ import annotations

import copy
import marshal
import os
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explainer import patterns
from explainer.seal import BESIDE_CODE, unsealed_head, write_sealed
from conftest import REPO
from support import fresh_package

# Imports every module of ours and uses every pattern they define, then prints how many patterns the run compiled
# itself and how many it took from the file, and which package it imported.
EVERY_MODULE = """
import gc, importlib, pkgutil, explainer, explainer.patterns as patterns
for module in pkgutil.iter_modules(explainer.__path__):
    importlib.import_module(f"explainer.{module.name}")
for pattern in [found for found in gc.get_objects() if isinstance(found, patterns.Pattern)]:
    pattern.compiled()
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
    # The kept code finds what re's does, with the same groups.
    texts = ["On Friday, 12 March 2026, at least 1,200 people (about 40%) said they were not sure.",
             "« Nous ne l'avons pas dit », a déclaré le ministre le 3 juin ; 2,5 millions d'euros.", "Ὁ ἄνθρωπος 12"]
    for (pattern, flags), made in kept_code(kept_files[0]).items():
        kept, plain = patterns._sre.compile(pattern, *patterns.unpacked(made)), re.compile(pattern, flags)
        assert (kept.pattern, kept.flags, kept.groupindex) == (plain.pattern, plain.flags, plain.groupindex), pattern
        for text in texts if isinstance(pattern, str) else [text.encode() for text in texts]:
            assert [(m.span(), m.groups()) for m in kept.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], pattern


def kept_code(path: Path) -> dict[tuple, bytes]:
    """Return the code the file at `path` keeps for each pattern, by its index."""
    index, code = unsealed_head(path.read_bytes(), BESIDE_CODE)
    layout, places = marshal.loads(index)
    return {key: bytes(code[start:start + length]) for key, (start, length, _) in places.items()}



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
    patterns.compile(r"(?<!\w)moved(?!\w)").compiled()
    patterns.save()
    assert moved.is_file() and list(prefix.rglob("patterns.*.marshal")) == [moved]

def test_only_the_patterns_asked_for_are_read_from_the_file(kept_in, monkeypatch):
    # The file holds every pattern ever made here (each locale's, the tests'): reading them all cost a tenth of
    # a start, so each is read only when asked for.
    for number in range(50):
        patterns.compile(rf"(?<!\w)word{number}(?!\w)").compiled()
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
    first.compiled()
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
    patterns.compile(pattern).compiled()
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
    # A whole file (its index sealed, the code's digest right) whose code for the pattern is nonsense.
    nonsense = marshal.dumps((int(real.flags), [99, 98, 97], 1, {"a": 1}, (None, "a")))
    index = (patterns._LAYOUT, {(pattern, 0): (0, len(nonsense), patterns._digest(nonsense))})
    write_sealed(kept_in, marshal.dumps(index), BESIDE_CODE, nonsense)
    assert patterns.compile(pattern) == real
    assert (pattern, 0) in patterns._made, "compiled again"
    assert patterns.compile(pattern).fullmatch("xxy").group("a") == "x"


def test_a_bad_pattern_fails_as_re_says_when_first_used_and_nothing_is_kept(kept_in):
    unclosed = patterns.compile(r"(unclosed")
    with pytest.raises(re.error):
        unclosed.search("text")
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


def test_a_pattern_is_compiled_only_when_first_used(kept_in):
    words = r"(?<!\w)(?P<figure>\d+)\s+(?P<unit>km|miles)(?!\w)"
    lazy = patterns.compile(words, re.IGNORECASE)
    assert lazy.pattern == words and not patterns._used and not patterns._made, "its text at hand, nothing compiled"
    found = lazy.search("a road of 40 KM")
    assert (found["figure"], found["unit"]) == ("40", "KM") and patterns._made, "compiled at its first use"
    assert lazy.flags == re.compile(words, re.IGNORECASE).flags and lazy.groupindex == {"figure": 1, "unit": 2}
    # Its methods are then the compiled pattern's own: no step between a check and the engine.
    assert lazy.__dict__["search"] == lazy.compiled().search
    assert [m.group() for m in lazy.finditer("5 miles, 6 km")] == ["5 miles", "6 km"]
    assert lazy.sub("#", "9 km") == "#" and lazy.split("1 km and 2 km") == ["", "1", "km", " and ", "2", "km", ""]


def test_a_match_tells_which_lazy_pattern_made_it_by_equality():
    first, second = patterns.compile(r"(?<!\w)first(?!\w)"), patterns.compile(r"(?<!\w)second(?!\w)")
    found = second.search("the second one")
    assert found.re == second and found.re != first and second == found.re
    assert found.re in (first, second) and found.re not in (first,)
    assert second == re.compile(r"(?<!\w)second(?!\w)") and second != r"(?<!\w)second(?!\w)"
    assert {second: 1}[patterns.compile(r"(?<!\w)second(?!\w)")] == 1, "equal patterns hash alike"


def test_a_pattern_starting_with_a_look_behind_looks_ahead_for_its_first_characters_first(kept_in):
    # The engine skips ahead by itself to where a pattern's first character or class matches, but not past a
    # look-behind or a boundary: it tried the look-behind and every alternative at each position of the text.
    words = r"(?<![\w-])(?:for|over|during|since)\s+(?P<span>\d+\s+(?:days|weeks|years))(?!\w)"
    sieved = patterns.compile(words, re.IGNORECASE).compiled()
    plain = re.compile(words, re.IGNORECASE)
    assert sieved.pattern == words and sieved.groupindex == plain.groupindex and sieved.flags == plain.flags
    assert patterns._sieved(words, int(re.IGNORECASE), patterns._parser.parse(words, re.IGNORECASE)) == \
        f"(?=[{patterns.first_chars(words, re.IGNORECASE)}])(?:{words})"
    text = "Talks went on FOR 3 weeks; over-the-top claims; during 12 years, since 2 days ago, informed 4 days."
    assert [(m.span(), m["span"]) for m in sieved.finditer(text)] == [(m.span(), m["span"]) for m in plain.finditer(text)]
    assert len(sieved.findall(text)) == 3
    # A pattern starting with a character, a class, global flags or verbose is left as it is.
    for left in (r"for\s+\d+", r"[A-Z]\w+", r"(?i)(?<!\w)for", r"(?<!\w) for  # a comment"):
        flags = re.VERBOSE if "#" in left else 0
        assert patterns._sieved(left, flags, patterns._parser.parse(left, flags)) is None, left


def test_a_lazy_pattern_copies_and_pickles_as_its_pattern():
    unused = patterns.compile(r"(?P<year>\d{4})", re.ASCII)
    for again in (pickle.loads(pickle.dumps(unused)), copy.deepcopy(unused), copy.copy(unused)):
        assert isinstance(again, patterns.Pattern) and again.pattern == unused.pattern
        assert again.search("in 2026")["year"] == "2026" and again == unused


_SAME_PATTERN_BY_IDENTITY = re.compile(r"\.re\s+is(?:\s+not)?\s")


def test_no_module_tells_a_matchs_pattern_by_identity():
    # A match's `re` is the compiled pattern, never the Pattern our modules hold: `match.re is _SPAN` would always
    # be false, and the check that asked would silently read every match as another pattern's.
    package = Path(patterns.__file__).parent
    found = [f"{path.name}:{number}" for path in sorted(package.glob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if _SAME_PATTERN_BY_IDENTITY.search(line)]
    assert not found, f"compare a match's pattern with == instead: {found}"


def test_a_build_compiles_only_the_patterns_it_uses(tmp_path):
    # The real microsite's build, as a fresh install runs it: it defines every module's patterns and compiles a
    # fraction of them (under a third: 953 of 3,428 when this was written).
    folder = fresh_package(tmp_path / "install")
    project = tmp_path / "real"
    for part in ("content", "seeds", "templates", "static"):
        shutil.copytree(REPO / part, project / part)
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONPYCACHEPREFIX")}
    done = subprocess.run([sys.executable, "-c", REAL_BUILD_COUNTING_PATTERNS, str(project)], cwd=folder, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    defined, used = map(int, done.stdout.split())
    assert defined > 2000 and 100 < used < defined / 3, (defined, used)


# Checks the real microsite (no output written) and prints how many patterns the run defined and how many it used.
REAL_BUILD_COUNTING_PATTERNS = """
import gc, sys
from pathlib import Path
import explainer, explainer.patterns as patterns
from explainer.pipeline import load
from explainer.project import Project
load(Project.at(Path(sys.argv[1])))
found = [pattern for pattern in gc.get_objects() if isinstance(pattern, patterns.Pattern)]
print(len(found), sum("_compiled" in pattern.__dict__ for pattern in found))
"""
