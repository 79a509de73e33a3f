"""The benchmark counts the real microsite's instructions beside its timings: on a machine others share, a process's
wall and CPU time follow their load, the count of instructions does not (benchmarks/bench.py, `instructions`)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import REPO

# What callgrind writes (valgrind 3.19, `valgrind --tool=callgrind /bin/true`), cut to the lines around its counts.
CALLGRIND_OUTPUT = """# callgrind format
version: 1
creator: callgrind-3.19.0
pid: 22002
cmd:  /bin/true
part: 1

positions: line
events: Ir
summary: 126623


ob=(1) /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
fn=(1) 0x000000000001ab70
0 3

totals: 126623
"""


def load_bench():
    """Return benchmarks/bench.py as a module (benchmarks/ is no package, nor on the path)."""
    spec = importlib.util.spec_from_file_location("benchmarks_bench", REPO / "benchmarks" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_the_count_is_callgrinds_summary_of_the_whole_run():
    assert load_bench().callgrind_total(CALLGRIND_OUTPUT) == 126623


def test_an_output_with_only_the_totals_line_is_read_too():
    # Older callgrinds write no summary: line, only totals: at the end.
    without_summary = CALLGRIND_OUTPUT.replace("summary: 126623\n", "")

    assert load_bench().callgrind_total(without_summary) == 126623


def test_an_output_without_counts_is_refused_rather_than_read_as_zero():
    with pytest.raises(ValueError, match="no summary: line"):
        load_bench().callgrind_total("# callgrind format\nversion: 1\n")


def test_the_table_gives_each_count_in_millions_and_as_a_multiple_of_the_floor():
    lines = load_bench().count_lines({"floor": 473_500_000, "cold": 1_458_800_000, "rebuild": 777_900_000})

    assert lines == [
        "| real microsite, instructions (callgrind) | millions | × import floor |",
        "|---|--:|--:|",
        '| `python -c "import jinja2, markdown_it, yaml"` | 473.5 | 1.00 |',
        "| cold `python build.py` | 1458.8 | 3.08 |",
        "| `python build.py` again, nothing changed | 777.9 | 1.64 |",
    ]


def test_without_valgrind_the_report_says_how_to_have_the_counts():
    assert load_bench().count_lines(None) == [
        "valgrind is not installed: instructions not counted (`apt-get install valgrind`)."]


def test_without_valgrind_nothing_is_run(tmp_path, monkeypatch):
    bench = load_bench()
    monkeypatch.setattr(bench.shutil, "which", lambda name: None)

    assert bench.instructions([sys.executable, "-c", "raise SystemExit(3)"], tmp_path) is None
    assert bench.count_start_up(tmp_path / "real", tmp_path / "real-site", tmp_path) is None
    assert list(tmp_path.iterdir()) == []
