"""The real microsite's start-up, round 6: what a cold `python build.py` does that it need not."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from batches import batches, batches_for
from conftest import REPO

# Counts the collector's passes while build.py's own code runs as a script imported under another name (its imports,
# not its build), once any module of ours but the pause's own has begun to load. The script is compiled first:
# compiling it is the harness's work, not build.py's.
COLLECTIONS_WHILE_IMPORTING = """
import gc, json, sys
sys.path.insert(0, {repo!r})
script = {script!r}
code = compile(open(script, encoding="utf-8").read(), script, "exec")
passes = []
def seen(phase, info):
    if phase == "start" and any(name.startswith("explainer.") and name != "explainer.gc_pause" for name in sys.modules):
        passes.append(info["generation"])
gc.callbacks.append(seen)
exec(code, {{"__name__": "imported", "__file__": script}})
print(json.dumps({{"passes": len(passes), "enabled": gc.isenabled(), "loaded": "explainer.cli" in sys.modules}}))
"""


def test_build_py_imports_its_code_without_a_pass_of_the_collector():
    # Importing makes only what lives as long as the process (modules, classes, functions, patterns): the collector's
    # passes over it freed nothing, and there were a dozen of them before the build paused it.
    done = subprocess.run([sys.executable, "-c", COLLECTIONS_WHILE_IMPORTING.format(
        repo=str(REPO), script=str(REPO / "build.py"))], capture_output=True, text=True, timeout=120, check=True)
    seen = json.loads(done.stdout)
    assert seen["loaded"], "build.py imported the command line"
    assert seen["passes"] == 0
    assert seen["enabled"], "the collector runs again once the imports are done"


def parsed_by_the_parser(argv: list[str], root: Path):
    """Return what the command line's parser makes of `argv`, or the exit code it stops with."""
    from explainer import cli

    try:
        return cli._parser().parse_args(argv, argparse.Namespace(root=root))
    except SystemExit as stop:
        return stop.code


def parsed(argv: list[str], root: Path):
    """Return what cli.parse_args makes of `argv`, or the exit code it stops with."""
    from explainer import cli

    try:
        return cli.parse_args(argv, default_root=root)
    except SystemExit as stop:
        return stop.code


def test_a_plain_build_with_its_folders_parses_as_the_parser_would_without_making_it(tmp_path, capsys):
    # `python build.py --root DIR --out DIR` (as the benchmark and scripts run it): making the parser, eight commands
    # and gettext asked for each of their texts, cost more of a cold build than parsing two options does.
    from explainer import cli

    argv = ["--root", str(tmp_path / "project"), "--out", str(tmp_path / "site")]
    expected = parsed_by_the_parser(argv, tmp_path)
    cli._parser.cache_clear()
    assert parsed(argv, tmp_path) == expected
    assert parsed(argv[2:] + argv[:2], tmp_path) == expected
    assert cli._parser.cache_info().currsize == 0, "the parser was made for a plain build"
    assert parsed(argv + ["check"], tmp_path).command == "check"  # anything more is for the parser
    assert parsed(["--base-url", "ftp://example.org"], tmp_path) == 1  # still checked by the parser
    assert "not an http:// or https:// address" in capsys.readouterr().err


TOKENS = st.sampled_from(["--root", "--out", "--base-url", "--root=x", "--ro", "site", "", "-x", "-1", "-", "--",
                          "build", "check", "--help", "https://example.org", "a b"])


@settings(max_examples=batches_for(200), deadline=None)
@given(batches(st.lists(TOKENS, max_size=5)))
def test_every_command_line_parses_as_the_parser_reads_it(argvs):
    # The plain build's shortcut takes only what it reads exactly as the parser does; everything else goes to the parser.
    root = Path("/nowhere/project")
    for argv in argvs:
        assert parsed(argv, root) == parsed_by_the_parser(argv, root), argv


@pytest.fixture(autouse=True)
def quiet_parser(capsys):
    """The parser prints its usage and errors; each example's output is left unread."""
    yield
    capsys.readouterr()


ARABIC_TEXT = st.text(st.sampled_from(list("افادتذكرقالتزعمبحسبوفقيلنسوتمكغيرؤ") + ["\u0640", "\u064e", "\u0670", "أ", "إ", "آ",
                                                                                      " ", "\n", "a", "s", "1", ",", "\u200f"]),
                      max_size=40)


@settings(max_examples=batches_for(200), deadline=None)
@given(batches(ARABIC_TEXT, st.sampled_from(["_AR_HEDGES", "_AR_REPORTING"])))
def test_arabic_words_compiled_on_first_use_find_what_the_pattern_finds(cases):
    # Arabic's patterns are compiled once a text holding an Arabic letter is searched: one without cannot match.
    from explainer import attribution

    for text, name in cases:
        words = getattr(attribution, name)
        plain = attribution.re.compile(words.source())
        assert [m.span() for m in words.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)
        assert bool(words.search(text)) == bool(plain.search(text))
        assert bool(words.fullmatch(text)) == bool(plain.fullmatch(text))
        for phrase in ("أفادت التقارير", "وزعم", "بحسب تقارير", "قالت"):
            assert (words.search(f"x {phrase} y") is None) == (plain.search(f"x {phrase} y") is None)


NEVER_COMPILED = """
import json, sys
sys.path.insert(0, {repo!r})
from explainer import attribution, forecasts
from explainer.cli import main

code = main(["--root", {root!r}, "--out", {out!r}])
patterns = (attribution._AR_HEDGES, attribution._AR_REPORTING, forecasts._AR_EXPECTING, forecasts._AR_CERTAIN)
print(json.dumps({{"code": code, "compiled": [getattr(p, "compiled", p) is not None for p in patterns],
                  "argparse": "argparse" in sys.modules}}))
"""


def test_an_english_sites_plain_build_compiles_no_arabic_pattern_and_imports_no_argparse(tmp_path):
    from conftest import copy_project

    root = copy_project(tmp_path / "project", checked=False)
    done = subprocess.run([sys.executable, "-c", NEVER_COMPILED.format(repo=str(REPO), root=str(root),
                                                                        out=str(tmp_path / "site"))],
                          capture_output=True, text=True, timeout=120, check=True)
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen == {"code": 0, "compiled": [False] * 4, "argparse": False}  # nor is argparse imported (2 ms)
    with pytest.raises(ValueError):
        from explainer.attribution import arabic_words
        arabic_words(["قال", "said"])


def plain_code_digest() -> str:
    """Return the digest of our modules and locales as code_digest made it before it was kept: globbed, read, hashed."""
    import hashlib

    from explainer.memo import PACKAGE

    digest = hashlib.sha256()
    for path in sorted([*PACKAGE.glob("*.py"), *PACKAGE.glob("locales/*.yaml")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def installation(tmp_path: Path, monkeypatch) -> Path:
    """Return the folder standing in for the one beside our bytecode, in a process that may write bytecode."""
    from explainer import beside_code

    folder = tmp_path / "installation" / "__pycache__"
    monkeypatch.setattr(beside_code, "folder", lambda: folder)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return folder


def test_the_code_digest_is_kept_beside_the_code_under_its_files_signatures(installation: Path, monkeypatch):
    # Reading and hashing our 120 files was 2 ms of every process's start: a process now reads their signatures.
    from explainer import memo

    expected = plain_code_digest()
    assert memo.code_digest.__wrapped__() == expected
    assert (installation / memo.KEPT_CODE_DIGEST).is_file()
    with monkeypatch.context() as patched:
        patched.setattr(memo, "files_digest", lambda paths: pytest.fail("our files were read again"))
        assert memo.code_digest.__wrapped__() == expected
    # Kept under other signatures (a file changed since), or damaged: made again, the plain way.
    memo.beside_code.write(memo.KEPT_CODE_DIGEST, memo.marshal.dumps(((("x.py", 1, 2, 3, 4),), "0" * 64)))
    assert memo.code_digest.__wrapped__() == expected
    (installation / memo.KEPT_CODE_DIGEST).write_bytes(b"damaged")
    assert memo.code_digest.__wrapped__() == expected


def test_the_files_of_the_code_digest_are_those_the_globs_gave(tmp_path: Path):
    from explainer.memo import PACKAGE, code_files

    assert code_files(PACKAGE) == [str(path) for path in sorted([*PACKAGE.glob("*.py"), *PACKAGE.glob("locales/*.yaml")])]
    (tmp_path / "b.py").write_text("")
    (tmp_path / ".hidden.py").write_text("")
    (tmp_path / "a.yaml").write_text("")
    assert code_files(tmp_path) == [str(tmp_path / "b.py")]  # and no locales/ folder: none of it, as a glob found


def test_a_files_signature_changes_with_its_size_its_time_or_its_inode(tmp_path: Path):
    from explainer.memo import code_signature

    path = tmp_path / "module.py"
    path.write_text("A = 1\n")
    first = code_signature([str(path)])
    stamp = path.stat().st_mtime_ns
    path.write_text("A = 22\n")
    assert code_signature([str(path)]) != first
    path.write_text("A = 2\n")
    os.utime(path, ns=(stamp, stamp + 1_000_000))
    assert code_signature([str(path)]) != first
    replacement = tmp_path / "new.py"
    replacement.write_text("A = 1\n")
    os.utime(replacement, ns=(stamp, stamp))
    os.replace(replacement, path)
    assert code_signature([str(path)]) != first


def test_without_bytecode_a_template_kept_beside_the_code_is_read_not_compiled(tmp_path: Path, installation: Path,
                                                                                monkeypatch):
    # PYTHONDONTWRITEBYTECODE (this machine's setting, a common one in containers): Python still reads the bytecode it
    # may not write, and so is a compiled template read; every cold build compiled all 17 (0.05 s of the real one's).
    import jinja2

    from explainer import compiled_templates
    from explainer.render import make_environment

    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html").write_text("kept {{ word }}")
    assert make_environment(templates, tmp_path / "first").get_template("page.html").render(word="x") == "kept x"
    assert any(installation.glob("templates.*/*"))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    compiled_templates.forget_in_process()
    with monkeypatch.context() as patched:
        patched.setattr(jinja2.Environment, "compile", lambda *args, **kw: pytest.fail("compiled again"))
        assert make_environment(templates, tmp_path / "cold").get_template("page.html").render(word="y") == "kept y"
    (templates / "page.html").write_text("edited {{ word }}")  # another source: compiled, kept in the project alone
    compiled_templates.forget_in_process()
    kept = {path: path.read_bytes() for path in installation.rglob("*") if path.is_file()}
    assert make_environment(templates, tmp_path / "cold").get_template("page.html").render(word="z") == "edited z"
    assert {path: path.read_bytes() for path in installation.rglob("*") if path.is_file()} == kept
    assert len(list((tmp_path / "cold").iterdir())) == 1
