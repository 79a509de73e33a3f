"""Compiled templates (explainer/compiled_templates.py): kept in one folder, beside our bytecode where Python keeps it,
else in the project's .cache/, and for the rest of the process; used only for the same source, never when damaged,
and a project's .cache/ only when sealed under the user's own key. Then what else a first build of the real microsite
spends its start on."""

from __future__ import annotations

import dataclasses
import io
import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import jinja2
import jinja2.bccache
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from batches import batches, batches_for
from conftest import REPO, copy_project, run_build, tree_digest
from support import first_build
from explainer import compiled_templates
from explainer.render import make_environment
from explainer.seal import BESIDE_CODE, unsealed, write_sealed

STORES = ("beside the code", "the project's .cache/")


@pytest.fixture
def new_process(monkeypatch):
    """Forget what this process compiled, as a new process would; return the function that forgets it again."""
    monkeypatch.setattr(compiled_templates, "_in_process", {})
    return compiled_templates.forget_in_process


@pytest.fixture
def installation(tmp_path: Path, monkeypatch, new_process) -> Path:
    """Return the folder standing in for the one beside our bytecode, in a process that may write bytecode."""
    from explainer import beside_code

    folder = tmp_path / "installation" / "__pycache__"
    monkeypatch.setattr(beside_code, "folder", lambda: folder)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return folder


@pytest.fixture(params=STORES)
def kept_in(request, tmp_path: Path, installation: Path, monkeypatch):
    """Return a function giving the folder a project's compiled templates are kept in, for each of the two stores:
    beside the code, or (Python keeping no bytecode, PYTHONDONTWRITEBYTECODE) the project's .cache/templates/."""
    if request.param == STORES[1]:
        monkeypatch.setattr(sys, "dont_write_bytecode", True)
        return lambda cache: cache
    return lambda cache: next(installation.glob("templates.*"))


def page(folder: Path, text: str) -> Path:
    """Return the templates folder `folder` holding one template, page.html, with `text`."""
    folder.mkdir(exist_ok=True)
    (folder / "page.html").write_text(text)
    return folder


def no_compiling(monkeypatch):
    return monkeypatch.setattr(jinja2.Environment, "compile", lambda *args, **kw: pytest.fail("compiled again"))


def test_compiled_templates_are_kept_by_name_and_used_only_for_the_same_source(tmp_path: Path, kept_in, new_process,
                                                                                 monkeypatch):
    templates, cache = page(tmp_path / "templates", "first {{ word }}"), tmp_path / "compiled"
    assert make_environment(templates, cache).get_template("page.html").render(word="x") == "first x"
    assert len(list(kept_in(cache).iterdir())) == 1
    moved = shutil.copytree(templates, tmp_path / "moved")  # another folder: the same name and source
    new_process()
    with monkeypatch.context() as patched:
        no_compiling(patched)
        assert make_environment(moved, cache).get_template("page.html").render(word="y") == "first y"
    (moved / "page.html").write_text("second {{ word }}")  # same name, new source: compiled again
    assert make_environment(moved, cache).get_template("page.html").render(word="z") == "second z"


def test_they_are_kept_in_one_place_only(tmp_path: Path, installation: Path, monkeypatch):
    templates = page(tmp_path / "templates", "{{ word }}")
    make_environment(templates, tmp_path / "one").get_template("page.html")
    assert any(installation.glob("templates.*/*")) and not (tmp_path / "one").exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    shutil.rmtree(installation)
    make_environment(templates, tmp_path / "two").get_template("page.html")
    assert len(list((tmp_path / "two").iterdir())) == 1 and not installation.exists()


def test_a_build_without_bytecode_reuses_them_from_its_cache_across_processes(tmp_path: Path, installation: Path,
                                                                              new_process, monkeypatch):
    """PYTHONDONTWRITEBYTECODE: nothing is written beside the code, and the project's .cache/ keeps them instead."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    root = copy_project(tmp_path / "project", checked=False)
    clean = first_build(root)
    assert not installation.exists() and any((root / ".cache" / "templates").iterdir())
    new_process()
    shutil.rmtree(root / "site")
    no_compiling(monkeypatch)
    assert run_build(root).code == 0 and tree_digest(root / "site") == clean


def test_an_installation_this_user_cannot_write_keeps_them_in_the_projects_cache(tmp_path: Path, monkeypatch,
                                                                                   new_process):
    from explainer import beside_code

    (tmp_path / "read-only").write_text("")  # not a folder: even root cannot write below it
    monkeypatch.setattr(beside_code, "folder", lambda: tmp_path / "read-only" / "__pycache__")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    templates, cache = page(tmp_path / "templates", "{{ word }}!"), tmp_path / "compiled"
    assert make_environment(templates, cache).get_template("page.html").render(word="x") == "x!"
    new_process()
    no_compiling(monkeypatch)
    assert make_environment(templates, cache).get_template("page.html").render(word="y") == "y!"


def test_a_process_compiles_or_reads_a_template_once(tmp_path: Path, kept_in, monkeypatch):
    templates = page(tmp_path / "templates", "first {{ word }}")
    assert make_environment(templates, tmp_path / "a").get_template("page.html").render(word="x") == "first x"
    folder = kept_in(tmp_path / "b")
    shutil.rmtree(kept_in(tmp_path / "a"))
    with monkeypatch.context() as patched:
        patched.setattr(compiled_templates, "read_sealed", lambda *args: pytest.fail("read a compiled template again"))
        no_compiling(patched)
        # Another project: the same source is neither read nor compiled in this process,
        assert make_environment(templates, tmp_path / "b").get_template("page.html").render(word="y") == "first y"
    assert len(list(folder.iterdir())) == 1  # and the store still gets it, for the next process
    (templates / "page.html").write_text("second {{ word }}")  # a new source is compiled
    assert make_environment(templates, tmp_path / "b").get_template("page.html").render(word="z") == "second z"


def test_a_compiled_template_changed_by_a_flipped_bit_is_compiled_again(tmp_path: Path, kept_in, new_process):
    """Marshalled code is not checked when loaded: a changed byte could print other words, or crash the
    interpreter when run. The file's digest no longer matches, so the template is compiled again."""
    templates, cache = page(tmp_path / "templates", "Exactly 1234 {{ word }}"), tmp_path / "compiled"
    assert make_environment(templates, cache).get_template("page.html").render(word="x") == "Exactly 1234 x"
    [compiled] = kept_in(cache).iterdir()
    data = compiled.read_bytes()
    at = data.index(b"1234")
    compiled.write_bytes(data[:at] + b"9" + data[at + 1:])
    new_process()
    assert make_environment(templates, cache).get_template("page.html").render(word="x") == "Exactly 1234 x"


def test_damaged_compiled_templates_are_compiled_again(tmp_path: Path, kept_in, new_process):
    root = copy_project(tmp_path / "project", checked=False)
    clean = first_build(root)
    compiled = sorted(kept_in(root / ".cache" / "templates").iterdir())
    assert len(compiled) > 10
    for index, path in enumerate(compiled):  # cut short, cut short with garbage after, or garbage whole
        data = path.read_bytes()
        path.write_bytes([data[:40], data[:40] + b"garbage" * 9, b"\x00garbage"][index % 3])
    shutil.rmtree(root / ".cache" / "pages")  # so that every page is rendered, with every template
    new_process()
    assert first_build(root) == clean


def planted(tmp_path: Path, key: bytes | None) -> Path:
    """Return a templates folder whose page.html says "mine", with "planted" compiled for its source in a project's
    .cache/templates/, sealed under `key`."""
    templates = page(tmp_path / "templates", "mine")
    env = make_environment(templates)  # the key and code are the build's own, derived as it derives them
    bucket = compiled_templates.CompiledTemplates(tmp_path / "unused", key).get_bucket(env, "page.html", None, "mine")
    bucket.code = env.compile("planted", "page.html")
    write_sealed(tmp_path / "project-cache" / bucket.key, bucket.bytecode_to_string(), key)
    return templates


@pytest.mark.parametrize("key", [BESIDE_CODE, b"someone else's key"])
def test_a_projects_cache_is_trusted_only_under_the_users_own_key(tmp_path: Path, installation: Path, key: bytes,
                                                                  monkeypatch):
    """BESIDE_CODE is no secret: a file sealed under it, carried into a project's .cache/, is not loaded."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    templates = planted(tmp_path, key)
    assert make_environment(templates, tmp_path / "project-cache").get_template("page.html").render() == "mine"


def test_a_projects_cache_sealed_by_this_user_is_used(tmp_path: Path, installation: Path, monkeypatch):
    """The planted test above would pass if nothing were ever read: this one, sealed right, is read."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    templates = planted(tmp_path, None)
    assert make_environment(templates, tmp_path / "project-cache").get_template("page.html").render() == "planted"


def test_beside_the_code_a_projects_cache_is_not_read(tmp_path: Path, installation: Path):
    templates = planted(tmp_path, None)
    assert make_environment(templates, tmp_path / "project-cache").get_template("page.html").render() == "mine"


def test_a_linked_cache_keeps_no_compiled_template(tmp_path: Path, installation: Path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / ".cache").symlink_to(tmp_path / "elsewhere")
    templates = page(tmp_path / "templates", "{{ word }}")
    assert make_environment(templates, tmp_path / "project" / ".cache" / "templates").get_template(
        "page.html").render(word="x") == "x"
    assert not any((tmp_path / "elsewhere").iterdir())


def test_a_kept_template_is_read_as_jinja_reads_it(tmp_path: Path, installation: Path, monkeypatch):
    """The one marshal.loads of the code, in place of Jinja's reading of a stream, gives the same code."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    env = make_environment(REPO / "templates", tmp_path / "cache")
    env.get_template("briefing.html")
    [kept] = [path for path in (tmp_path / "cache").iterdir() if path.stat().st_size > 1000]
    data = unsealed(kept.read_bytes())
    stream = io.BytesIO(data)
    stream.seek(len(jinja2.bccache.bc_magic))
    checksum = pickle.load(stream)
    ours, jinjas = (jinja2.bccache.Bucket(env, kept.name, checksum) for _ in range(2))
    assert compiled_templates.loaded(ours, data)
    jinjas.bytecode_from_string(data)
    assert ours.code == jinjas.code is not None
    other = jinja2.bccache.Bucket(env, kept.name, "another source")
    assert not compiled_templates.loaded(other, data) and other.code is None


# --- start-up: what a first build compiles and imports ------------------------------------------------------------

@settings(max_examples=batches_for(100), deadline=None)  # hypothesis's default of 100 names, a batch at a time
@given(batches(st.text()))
def test_feed_ids_are_the_uuid5_the_uuid_module_makes(names: list[str]):
    import uuid

    from explainer.feed import NAMESPACE, name_based_id

    for name in names:
        try:
            expected = f"urn:uuid:{uuid.uuid5(uuid.UUID(bytes=NAMESPACE), name)}"
        except UnicodeEncodeError:  # a lone surrogate: refused alike
            with pytest.raises(UnicodeEncodeError):
                name_based_id(name)
            continue
        assert name_based_id(name) == expected, name


# In a process of its own, a first build of the real project: every pattern our code had `re` compile (each compile
# is paid again by every run; those from the pattern store are not), and every module imported.
FIRST_BUILD = """
import json, runpy, sys, traceback
import re._compiler
compile, compiled = re._compiler.compile, []
def recorded(pattern, flags=0):
    caller = [frame for frame in traceback.extract_stack()[:-1] if "/re/" not in frame.filename][-1]
    if "explainer" in caller.filename:
        compiled.append(str(pattern))
    return compile(pattern, flags)
re._compiler.compile = recorded
sys.argv = ["build.py", "--root", sys.argv[1]]
try:
    runpy.run_path(%r, run_name="__main__")
except SystemExit as done:
    assert not done.code, done.code
print(json.dumps({"compiled": compiled, "imported": sorted(sys.modules)}))
"""


@pytest.fixture(scope="module")
def a_first_build(tmp_path_factory) -> dict:
    root = copy_project(tmp_path_factory.mktemp("first") / "project", checked=False)
    shutil.rmtree(root / ".cache")
    done = subprocess.run([sys.executable, "-c", FIRST_BUILD % str(REPO / "build.py"), str(root)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_a_first_build_imports_neither_uuid_nor_platform(a_first_build: dict):
    assert "uuid" not in a_first_build["imported"] and "platform" not in a_first_build["imported"]


def test_a_first_build_has_re_compile_none_of_the_fixed_patterns_the_store_keeps(a_first_build: dict):
    """The costliest of those `re` compiled at every start (Unicode classes, word lists ignoring case): 4 ms."""
    from explainer import attribution, cite, crosscheck, inner_quotes, numbers, spelled, written_in

    kept = {numbers._PERCENT_WORDS, numbers._UNIT_WORDS, numbers._FOOTNOTE_JUST_BEFORE, numbers._COMMA_GROUPING,
            numbers._POINT_GROUPING, spelled._DE_PARTS, spelled._ES_PARTS, *spelled._VAGUE.values(),
            attribution._TIME_WORDS, inner_quotes._CUT, written_in._WORD,
            crosscheck._weekday_pattern("Monday"), cite._any_of(("Monday", "Tuesday"))}
    assert not {pattern.pattern for pattern in kept} & set(a_first_build["compiled"])
    assert a_first_build["compiled"]  # what it records: patterns made from the content's quotes, and a few more


def content_types() -> list[type]:
    from explainer import model

    return [kind for kind in vars(model).values() if isinstance(kind, type) and dataclasses.is_dataclass(kind)]


def plain_twin(kind: type) -> type:
    """Return the class dataclasses makes of the same fields, compiling an __init__ of its own (the plain way)."""
    namespace = {"__annotations__": {}, "__qualname__": kind.__qualname__}
    for item in dataclasses.fields(kind):
        namespace["__annotations__"][item.name] = item.type
        namespace[item.name] = dataclasses.field(default=item.default, default_factory=item.default_factory)
    return dataclasses.dataclass(frozen=True, kw_only=True, eq=False, repr=False)(type(kind.__name__, (), namespace))


@st.composite
def _a_content_type_and_values(draw) -> tuple[type, dict[str, int]]:
    """Return a content type and values for some of its fields, or for a field it lacks."""
    kind = draw(st.sampled_from(content_types()))
    names = [item.name for item in dataclasses.fields(kind)]
    given_names = draw(st.lists(st.sampled_from([*names, "unknown"]), unique=True))
    return kind, {name: draw(st.integers()) for name in given_names}


@settings(max_examples=batches_for(100), deadline=None)  # hypothesis's default of 100 cases, a batch at a time
@given(batches(_a_content_type_and_values()))
def test_a_content_type_is_made_as_the_dataclass_of_its_fields_would_be(cases):
    for kind, values in cases:
        made = []
        for maker in (kind, plain_twin(kind)):
            try:
                made.append(list(vars(maker(**values)).items()))
            except TypeError as error:
                made.append(type(error))
        assert made[0] == made[1], (kind, values)
        if isinstance(made[0], list):
            with pytest.raises(dataclasses.FrozenInstanceError):
                kind(**values).line = 3
        with pytest.raises(TypeError):
            kind(1, **values)  # keyword-only, as before
