"""Round thirty-two of attacks on files, signals and sockets: folders named by what a shell leaves of them.

`--out "$OUT"` or `--root "$PROJECT"` with the variable unset is an empty name, which Python reads as the current
folder: `check --root ""` checked whatever project the shell stood in (a CI step checking another project passed on
the repository's own), and `build --out ""`, `--out .` or `--out sub/..` ended the build, and every save of the
preview, in a `ValueError` traceback ("PosixPath('.') has an empty name"), after making `sub/` for nothing.
"""

from __future__ import annotations

import csv
import io
import os
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from conftest import run_build
from explainer import build_worker
from explainer.project import Project
from support import build_ok, edit, error_lines, rebuild_fails

EMPTY_OUT = ("argument --out: an empty folder name stands for the current folder (is a shell variable unset?): "
             "leave --out out to build into the project's site/, or name the folder to build into "
             "(see python build.py --help)")
EMPTY_ROOT = ("argument --root: an empty folder name stands for the current folder (is a shell variable unset?): "
              "leave --root out for the folder of the build.py you run, or write --root . for the current folder "
              "(see python build.py --help)")


@pytest.mark.parametrize("args, refused", [
    (("--out", ""), EMPTY_OUT),  # a plain build, read without the parser
    (("build", "--out", " "), EMPTY_OUT),
    (("check", "--root", ""), EMPTY_ROOT),
    (("serve", "--out", "", "--port", "0"), EMPTY_OUT),  # the port refused after it keeps old code from serving
], ids=["plain build", "build", "check", "serve"])
def test_an_empty_folder_name_is_refused_as_a_shell_variable_left_unset(built_minimal: Path, tmp_path: Path,
                                                                          monkeypatch, args: tuple[str, ...],
                                                                          refused: str):
    """The shell stands in an empty folder: the old code built into it, or checked no project there."""
    good = build_ok(built_minimal)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert error_lines(rebuild_fails(built_minimal, good, *args)) == [refused]
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("out, where", [
    (".", "is"), ("./", "is"), ("new/..", "is"),  # a ValueError traceback, after making new/
    ("..", "holds"),  # the folder holding the shell: built, the shell was left in the one replaced
])
def test_an_output_folder_that_is_or_holds_the_current_folder_is_refused(built_minimal: Path, tmp_path: Path,
                                                                        monkeypatch, out: str, where: str):
    """The build replaces its output folder whole: the shell standing in it was left in the folder replaced, kept as
    .cache/spare-site/ (`--out .` again was then refused as inside .cache/)."""
    good = build_ok(built_minimal)
    shell = tmp_path / "out" / "shell"
    shell.mkdir(parents=True)
    monkeypatch.chdir(shell)
    folder = shell if where == "is" else shell.parent
    assert error_lines(rebuild_fails(built_minimal, good, "build", "--out", out)) == [
        f"{folder}: output folder {where} the current folder, which the build replaces whole, leaving this shell "
        "in the folder replaced (run the build from a folder outside it)"]
    assert list(shell.iterdir()) == []


@pytest.mark.parametrize("out", ["../elsewhere/new/..", "../elsewhere/site/../site"])
def test_an_output_folder_named_through_dots_is_built_where_it_leads(built_minimal: Path, tmp_path: Path,
                                                                      monkeypatch, out: str):
    """`--out X/new/..` builds the site in X as `--out X` does, and makes no `new/` (nor a lock named after `..`)."""
    shell, elsewhere = tmp_path / "shell", tmp_path / "elsewhere"
    shell.mkdir()
    elsewhere.mkdir()
    monkeypatch.chdir(shell)
    there = elsewhere / "site" if out.endswith("site") else elsewhere
    result = run_build(built_minimal, "build", "--out", out)
    assert (result.code, result.err) == (0, "")
    assert (there / "index.html").is_file() and (there / ".explainer-site").is_file()
    assert not [path.name for path in elsewhere.iterdir() if path.name == "new" or path.name.endswith(".lock")]
    written = sum(1 for path in there.rglob("*") if path.is_file())
    assert run_build(built_minimal, "build", "--out", out).out.endswith(f": 0 files written, {written} unchanged\n")


def test_a_formula_after_a_tab_in_a_cell_is_made_inert_in_the_csv(built_minimal: Path):
    """The CSV writer quotes a cell holding a comma, a quotation mark or a line break, not one holding a tab: a
    publisher "Dawn<TAB>=cmd|' /C calc'!A0" was written as it is, and an import splitting at tabs (Excel's Text
    Import Wizard, whose delimiter is Tab unless changed; LibreOffice's with Tab ticked) read a DDE formula cell."""
    root = built_minimal
    edit(root / "content" / "sources.yaml", "publisher: unknown", 'publisher: "Dawn\\t=cmd|\' /C calc\'!A0"')
    claims = root / "content" / "flood" / "claims.yaml"
    edit(claims, "{measure: River rise, value: 3}", '{measure: "River\\trise\\t +SUM(A1)\\t\\t@A2", value: 3}')
    result = run_build(root)
    assert (result.code, result.err) == (0, "")
    text = (root / "site" / "flood" / "data" / "claims.csv").read_text(encoding="utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    # Each formula after a tab gets an apostrophe (a tab before one too); a tab before other text stays as it is.
    assert "Dawn\t'=cmd|' /C calc'!A0" in cells and "River\trise\t' +SUM(A1)\t'\t'@A2" in cells
    # Read line by line, each line split at tabs, `;` and `,`, and each piece trimmed, no piece starts a formula.
    pieces = [piece.strip(" ") for line in text.splitlines() for tabbed in line.split("\t")
              for part in tabbed.split(";") for piece in part.split(",")]
    assert not [piece for piece in pieces if piece[:1] in ("=", "+", "@") or piece.startswith("-") and
                not piece[1:].replace(".", "").isdigit()]


# A module of the name a fresh Python imports first to become a build process: the one at hand, never ours.
PLANTED = """import os
with open(os.environ["EXPLAINER_TEST_PLANTED"], "a") as told:
    told.write(f"imported by process {os.getpid()}\\n")
raise ImportError("planted")
"""


def test_a_build_process_started_afresh_imports_nothing_from_the_folder_the_preview_runs_in(built_minimal: Path,
                                                                                          tmp_path: Path, monkeypatch):
    """A build process the preview starts after its first (the first one overran its time limit, or was killed, or
    files were short) is a fresh `python -c ...`, whose module path began with the current folder until
    multiprocessing set the server's: a contributor's `multiprocessing.py` (or `socket.py`, `threading.py`) in the
    project folder the editor ran `python build.py serve` from ran in it, and every build after failed. (The process
    only closes its end of the pipe: importing the pipeline, 1.7 s of CPU, is not what is tested.)"""
    told, before = tmp_path / "told", os.environ.get("PYTHONSAFEPATH")
    (built_minimal / "multiprocessing.py").write_text(PLANTED, encoding="utf-8")
    monkeypatch.setenv("EXPLAINER_TEST_PLANTED", str(told))
    monkeypatch.chdir(built_minimal)
    monkeypatch.setattr(build_worker, "work", Connection.close)
    worker = build_worker.BuildWorker(Project.at(built_minimal), 60.0)
    try:
        assert worker.start() is None  # spawned: this process runs threads
        worker.process.join(60)
        assert worker.process.exitcode == 0
    finally:
        worker.close()
    assert not told.exists(), told.read_text()
    assert os.environ.get("PYTHONSAFEPATH") == before  # as it was: only the processes started meanwhile had it
