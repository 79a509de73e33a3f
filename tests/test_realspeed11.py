"""A cold build's start: the fixed patterns our modules make as they are imported come from the pattern store
(explainer/patterns.py), not from `re`, whose compiler walks a wide character class one letter at a time in Python
(chart.py's classes of Chinese, Japanese and Korean letters, with six other modules' patterns, were 4 % of the
instructions of the real microsite's cold build); and records (explainer/records.py) are made as their dataclasses were."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from explainer import patterns
from support import fresh_package

# Imports every module of ours, recording each pattern `re` compiled for a module's own top level (its `<module>`
# frame), and prints them with the names of those modules, as JSON.
IMPORT_EVERY_MODULE = """
import importlib, json, pkgutil, sys, traceback
import re._compiler
compile, compiled = re._compiler.compile, []
def recorded(pattern, flags=0):
    caller = [frame for frame in traceback.extract_stack()[:-1] if "/re/" not in frame.filename][-1]
    if caller.name == "<module>" and "/explainer/" in caller.filename:
        compiled.append([caller.filename.rsplit("/", 1)[-1][:-3], str(pattern)])
    return compile(pattern, flags)
re._compiler.compile = recorded
import explainer
for module in pkgutil.iter_modules(explainer.__path__):
    importlib.import_module(f"explainer.{module.name}")
print(json.dumps({"compiled": compiled, "package": explainer.__file__}))
"""

# patterns.py reads its file with seal.py, which reads with safefs.py, which words its refusals with problems.py:
# those three are imported before the store can be, and compile their few patterns as usual.
BEFORE_THE_STORE = {"problems", "seal", "safefs"}


def import_every_module(folder: Path) -> list[tuple[str, str]]:
    """Import every module of the package copied into `folder` in a process of its own, writing bytecode and kept
    patterns as a user's run does; return (module, pattern) for each pattern `re` compiled at a module's top level."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONPATH")}
    done = subprocess.run([sys.executable, "-c", IMPORT_EVERY_MODULE], cwd=folder, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0 and not done.stderr, done.stderr
    found = json.loads(done.stdout.splitlines()[-1])
    assert Path(found["package"]) == folder / "explainer" / "__init__.py", "the run imported the copy"
    return [tuple(pair) for pair in found["compiled"]]


@pytest.fixture(scope="module")
def second_run(tmp_path_factory) -> list[tuple[str, str]]:
    """What `re` compiled at our modules' top level in a second run of a fresh install (the first keeps patterns)."""
    folder = fresh_package(tmp_path_factory.mktemp("install"))
    import_every_module(folder)
    assert list((folder / "explainer" / "__pycache__").glob("patterns.*.marshal")), "the first run keeps patterns"
    return import_every_module(folder)


def test_a_second_start_has_re_compile_no_fixed_pattern_of_a_module_the_store_can_serve(second_run):
    assert {module for module, _ in second_run} <= BEFORE_THE_STORE, second_run


def test_the_wide_letter_classes_of_charts_are_kept(second_run):
    """The costliest: each letter of the ranges of Chinese, Japanese and Korean letters was a turn of re's loop."""
    from explainer import chart

    compiled = {pattern for _, pattern in second_run}
    assert chart._WIDE.pattern not in compiled and chart._BREAK.pattern not in compiled


def test_the_kept_patterns_are_those_re_compiles():
    """What the store gave each module's top-level pattern is what `re` makes of it: the same matches and groups, and
    the same code for the engine where the pattern is not sieved (patterns._sieved: a look-ahead said first)."""
    from explainer import arabic_numbers, chart, export, hindi_negations, inflection, source_titles, wordset

    kept = [chart._WIDE, chart._BREAK, hindi_negations._QUOTE_MARKS, hindi_negations._NEGATION_AFTER,
            hindi_negations._MARKER, inflection._ENDING, arabic_numbers._WORD, arabic_numbers._DEFINITE_NEXT,
            export._FORMULA_AFTER_SEPARATOR, export._SIGNED_NUMBER, source_titles._CHECKED, wordset._LETTERS]
    for pattern in kept:
        parsed = patterns._parser.parse(pattern.pattern, pattern.flags)
        source = patterns._sieved(pattern.pattern, pattern.flags, parsed) or pattern.pattern
        made, plain = pattern.compiled(), re.compile(source, pattern.flags)
        assert made.pattern == pattern.pattern and made.groupindex == plain.groupindex, pattern.pattern
        if source == pattern.pattern:  # equality compares the engine's code and flags as well as the text
            assert made == plain, pattern.pattern
        for text in ("东岚：69 Pakistan-Afghanistan", "=SUM(A1) -12 «Укренерго» नहीं किया 12 هزار", "Ὁ 3.5 km"):
            assert [(m.span(), m.groups()) for m in made.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], pattern.pattern


def test_charts_still_measure_and_break_chinese_japanese_and_korean_labels_as_before():
    from explainer import chart

    assert chart.is_wide("东") and chart.is_wide("한") and chart.is_wide("：") and not chart.is_wide("a")
    assert [match.start() for match in chart._BREAK.finditer("东岚：69")] == [1, 3]
    assert chart._BREAK.search("Pakistan-Afghanistan").start() == len("Pakistan-")


# --- records: dataclasses' methods, shared instead of compiled for each class ----------------------------------------

def record_types() -> list[tuple[type, dict]]:
    """Return each type a build defines as a record, with the dataclass options it was defined with before."""
    from explainer import (attribution, comparatives_languages, footnotes, load, opposite_verbs, opposites, pipeline,
                           problems, project, roles, sentences, swapped_languages, validate, write)

    frozen, ordered, by_identity = {"frozen": True}, {"frozen": True, "order": True}, {"frozen": True, "eq": False}
    return [(problems.Problem, ordered), (write.WriteReport, frozen), (pipeline.Briefing, frozen),
            (pipeline.Site, frozen), (swapped_languages.Lexicon, by_identity), (opposites._Table, by_identity),
            (comparatives_languages.Reading, frozen), (validate.FieldRule, frozen), (load.ContentFile, frozen),
            (load.Content, frozen), (load.SiteContent, frozen), (roles._Reading, by_identity),
            (opposite_verbs._Table, by_identity), (project.Project, frozen), (sentences.Sentence, frozen),
            (attribution.Statement, frozen), (attribution.Finding, ordered), (footnotes.Footnote, {})]


def dataclass_twin(kind: type, options: dict) -> type:
    """Return the class dataclasses makes of the same fields and options, its methods compiled (the plain way)."""
    import dataclasses

    namespace = {"__annotations__": {}, "__qualname__": kind.__qualname__, "__module__": kind.__module__}
    for item in dataclasses.fields(kind):
        namespace["__annotations__"][item.name] = item.type
        namespace[item.name] = dataclasses.field(default=item.default, default_factory=item.default_factory,
                                                 repr=item.repr, hash=item.hash, compare=item.compare)
    return dataclasses.dataclass(**options)(type(kind.__name__, (), namespace))


def outcome(make):
    """Return what calling `make` gave: the object's fields in order, or the type of the error it raised."""
    try:
        return list(vars(make()).items())
    except TypeError as error:
        return type(error)


@pytest.mark.parametrize("kind, options", record_types(), ids=lambda value: getattr(value, "__qualname__", ""))
def test_a_record_is_made_compared_shown_and_frozen_as_its_dataclass_was(kind, options):
    import dataclasses
    import pickle

    from explainer import records

    assert kind.__init__ is records._init, "defined as a record: no __init__ compiled for it"
    twin = dataclass_twin(kind, options)
    names = [item.name for item in dataclasses.fields(kind)]
    required = [item.name for item in dataclasses.fields(kind)
                if item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING]
    calls = [((*range(len(names)),), {}), ((*range(len(required)),), {}),
             ((), {name: index for index, name in enumerate(names)}), ((0,), {name: 1 for name in required[1:]}),
             ((*range(len(names) + 1),), {}), ((), {}), ((*range(len(required)),), {"unknown": 1}),
             ((*range(len(required)),), {required[0]: 1} if required else {"unknown": 1})]
    for args, kwargs in calls:
        assert outcome(lambda: kind(*args, **kwargs)) == outcome(lambda: twin(*args, **kwargs)), (args, kwargs)
    pairs = [(kind(*range(len(names))), twin(*range(len(names)))),
             (kind(*range(1, len(names) + 1)), twin(*range(1, len(names) + 1)))]
    for (one, one_twin), (other, other_twin) in [(pairs[0], pairs[1]), (pairs[1], pairs[0]), (pairs[0], pairs[0])]:
        assert repr(one) == repr(one_twin)
        assert pickle.loads(pickle.dumps(one)).__dict__ == one.__dict__
        assert list(one.__reduce_ex__(5)[2].items()) == list(one_twin.__reduce_ex__(5)[2].items())
        assert (one == other) is (one_twin == other_twin) and (one != other) is (one_twin != other_twin)
        assert (one == one_twin) is False and (one == (0,)) is False
        if options.get("order"):
            for compare in ("__lt__", "__le__", "__gt__", "__ge__"):
                assert getattr(one, compare)(other) == getattr(one_twin, compare)(other_twin), compare
            assert one.__lt__(one_twin) is NotImplemented
    equal_but_another = kind(*range(len(names)))
    if options.get("eq", True) and options.get("frozen"):
        assert hash(pairs[0][0]) == hash(pairs[0][1]) == hash(equal_but_another)
    elif options.get("eq", True):
        assert kind.__hash__ is None and twin.__hash__ is None, "a changeable dataclass is unhashable"
    else:
        assert pairs[0][0] != equal_but_another and hash(pairs[0][0]) == object.__hash__(pairs[0][0]), "hashed as itself"
    if options.get("frozen"):
        for change in (lambda item: setattr(item, names[0], 9), lambda item: delattr(item, names[0]),
                       lambda item: setattr(item, "unknown", 9)):
            with pytest.raises(dataclasses.FrozenInstanceError) as raised:
                change(pairs[0][0])
            with pytest.raises(dataclasses.FrozenInstanceError) as raised_twin:
                change(pairs[0][1])
            assert str(raised.value) == str(raised_twin.value)
    else:
        for item in pairs[0]:
            setattr(item, names[0], 9)
        assert list(vars(pairs[0][0]).items()) == list(vars(pairs[0][1]).items())
    changed = dataclasses.replace(pairs[0][0], **{names[-1]: "new"})
    assert list(vars(changed).items()) == list(vars(dataclasses.replace(pairs[0][1], **{names[-1]: "new"})).items())
    assert [item.name for item in dataclasses.fields(twin)] == names and kind.__match_args__ == twin.__match_args__


def test_a_record_refuses_what_its_shared_init_would_silently_skip():
    """A __post_init__ or keyword-only fields would be ignored by the shared __init__: the class is refused at import,
    not built wrong."""
    import dataclasses

    from explainer.records import record

    with pytest.raises(TypeError, match="__post_init__"):
        @record
        class Checked:
            value: int

            def __post_init__(self):
                raise AssertionError("never called by the shared __init__")

    with pytest.raises(TypeError, match="keyword-only"):
        @record
        class Named:
            value: int
            label: str = dataclasses.field(default="", kw_only=True)
