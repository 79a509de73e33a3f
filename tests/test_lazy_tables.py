"""Tables of languages an English build never reads, made at their first use instead of at every start.

What is fixed (each test fails on the code before, where the tables were module constants made at import):
1. swahili_negations.py made its prefixes' tables, some 12,000 strings (every subject, tense, relative's mark and
   object glued together: "wa-ku-", "a-si-ye-", "i-li-yo-"), at import: 3.2 ms of every start's 86 ms of importing
   explainer, about 27 million instructions of the real (English) microsite's cold build. They are now made by
   `negated_prefixes()`, `affirmed_prefixes()`, ... (functools.cache) at a Swahili text's first reading: a fresh
   interpreter that imports the pipeline and checks the real briefing leaves them unmade.
2. The Swahili check still reads what its older tests read (tests/test_newuser_59.py, called here): "Bi. Wanjiru
   anakubali matokeo." citing "Bi. Wanjiru, asiyekubali matokeo, alienda mahakamani." is refused ("drops the negation
   of 'asiyekubali'"), "Bi. Wanjiru aliwasilisha orodha ya vituo hivyo." citing "... hakuwasilisha orodha ...,
   na alisema ataiwasilisha wiki ijayo." too, while their honest twins ("Bi. Wanjiru hakubali matokeo.", "Bi. Said
   alisema atawasilisha orodha ya vituo hivyo wiki ijayo.") build; and the tables, once made, are the ones the
   module made at import before (their sizes and members).
3. wordset.first_runs, which level_directions.py, bare_directions.py and direction.py call at import over some 2,000
   direction words of every language, translated and searched each word: 1.8 ms a call. A word of ASCII letters alone
   ("rose", "Fell") is now its own run, lowercased, as the search found it; the runs are the same for every word
   (compared here with the code before on the direction words and on words beyond ASCII: "İstanbul", "ſank",
   "mid-week", "3rd", "снизилась").
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import test_newuser_59 as swahili_59
from conftest import REPO
from support import read_as_project_locale

# The tables made at first use: module, function
LAZY = (("swahili_negations", "negated_prefixes"), ("swahili_negations", "negated_relatives"),
        ("swahili_negations", "affirmed_prefixes"), ("swahili_negations", "affirmed_relatives"),
        ("swahili_negations", "future_prefixes"), ("swahili_negations", "prefix_longest"))

# A fresh interpreter: import the pipeline, say which tables are made; check the real briefing, say it again.
_PROBE = """
import importlib, json, sys
LAZY = {lazy!r}
def made():
    return [f"{{module}}.{{name}}" for module, name in LAZY
            if getattr(importlib.import_module("explainer." + module), name).cache_info().currsize]
import explainer.pipeline
after_import = made()
from explainer import cli
code = cli.main(["--root", sys.argv[1], "check"])
print(json.dumps({{"after_import": after_import, "after_check": made(), "code": code}}))
"""


@pytest.fixture(scope="module")
def fresh_check(tmp_path_factory) -> dict:
    """What a fresh interpreter made after importing the pipeline, and after checking a copy of the real project."""
    root = tmp_path_factory.mktemp("real")
    for folder in ("content", "seeds", "templates", "static"):
        shutil.copytree(REPO / folder, root / folder)
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", _PROBE.format(lazy=LAZY), str(root)], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_the_pipeline_makes_no_lazy_table(fresh_check: dict):
    assert fresh_check["after_import"] == []


def test_checking_the_english_briefing_makes_no_lazy_table(fresh_check: dict):
    assert fresh_check["code"] == 0
    assert fresh_check["after_check"] == []


@pytest.fixture
def swahili():
    read_as_project_locale(swahili_59.FIXTURE, "sw")


@pytest.mark.parametrize("key", ["asiyekubali", "kutokubali", "aliwasilisha", "hakuna-relative"])
def test_the_swahili_negation_check_still_refuses_what_it_refused(swahili, key: str):
    swahili_59.test_a_swahili_misstatement_is_refused(None, *swahili_59.MISSTATED[key])


@pytest.mark.parametrize("key", ["asiyekubali-hakubali", "asiyekubali-same", "kutokubali-same", "atawasilisha",
                                 "hakuwasilisha", "talks"])
def test_the_honest_swahili_twins_still_build(swahili, key: str):
    swahili_59.test_an_honest_swahili_wording_builds(None, *swahili_59.HONEST[key])


def test_the_tables_made_at_first_use_are_those_made_at_import_before():
    from explainer import swahili_negations as sw

    assert (len(sw.negated_prefixes()), len(sw.negated_relatives()), len(sw.affirmed_prefixes()),
            len(sw.affirmed_relatives()), len(sw.future_prefixes()), sw.prefix_longest()) == (
        _sizes_of_the_tables_made_at_import())
    assert {"", "ku", "wakuwa", "ita"} <= sw.negated_prefixes()
    assert {"asiye", "wasio", "isiyo"} <= sw.negated_relatives()
    assert {"ili", "atai", "ku", "kuwa"} <= sw.affirmed_prefixes()
    assert {"iliyo", "walio"} <= sw.affirmed_relatives()
    assert "atai" in sw.future_prefixes() and "ali" not in sw.future_prefixes()


def _sizes_of_the_tables_made_at_import() -> tuple[int, ...]:
    """Return the sizes of the tables as the module made them at import before, and its longest prefix."""
    subjects = ("", "a", "wa", "i", "zi", "u", "ki", "vi", "li", "ya", "tu", "m", "mu", "ku", "pa", "ni")
    tenses = ("li", "na", "me", "ta", "ki", "ka", "nge", "ngali", "a")
    objects = ("", "m", "mw", "wa", "i", "zi", "u", "ki", "vi", "li", "ya", "ku", "tu", "ni", "ji")
    relatives = ("ye", "o", "yo", "zo", "cho", "vyo", "lo", "po", "ko", "mo")
    negated = {s + t + o for s in subjects for t in ("", "ku", "ja", "ta") for o in objects}
    negated_relatives = {s + "si" + r + o for s in subjects if s for r in relatives for o in objects}
    affirmed = {s + t + o for s in subjects if s for t in tenses for o in objects} | {"ku" + o for o in objects}
    affirmed_relatives = {s + t + r + o for s in subjects if s for t in ("li", "na", "ta") for r in relatives
                          for o in objects}
    future = {s + "ta" + o for s in subjects if s for o in objects}
    return (len(negated), len(negated_relatives), len(affirmed), len(affirmed_relatives), len(future),
            max(map(len, negated | affirmed | negated_relatives)))


def _first_runs_before(names) -> frozenset[str] | None:
    """Return wordset.first_runs as the code before made it: every word translated and searched."""
    from explainer.wordset import _LETTERS, _LOOSE_CASES

    runs = set()
    for name in names:
        loose = name.translate(_LOOSE_CASES)
        if not loose.isascii():
            continue
        found = _LETTERS.search(loose.lower())
        if found is None:
            return None
        runs.add(found.group())
    return frozenset(runs)


@pytest.mark.parametrize("names", [
    ["rose", "Fell", "mid-week", "İstanbul", "ſank", "\u212aelvin", "снизилась", "3rd", "up-ticked", "ROSE"],
    ["rose", "3"], ["", "rose"], ["çayır", "déclin"], []])
def test_first_runs_are_what_they_were(names: list[str]):
    from explainer.wordset import first_runs

    assert first_runs(names) == _first_runs_before(names)


def test_the_direction_gates_are_what_they_were():
    from explainer import direction, level_directions
    from explainer.direction import FALL_WORDS, RISE_WORDS

    assert level_directions._DIRECTION_RUNS == _first_runs_before(RISE_WORDS | FALL_WORDS)
    assert direction._TURNING_RUNS == _first_runs_before(direction._TURNING_WORDS)


def test_a_word_of_ascii_letters_is_not_searched(monkeypatch):
    """The speed of part 3: a word of ASCII letters alone is its run without a pattern's search (fails before)."""
    from explainer import wordset

    class Unsearchable:
        def search(self, text: str):
            raise AssertionError(f"searched {text!r}")

    monkeypatch.setattr(wordset, "_LETTERS", Unsearchable())
    assert wordset.first_runs(["rose", "Fell", "ROSE", "снизилась"]) == {"rose", "fell"}
