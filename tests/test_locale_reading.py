"""A language no rule knows is read as its locale writes it: its decimal mark and its month names.

The fixture locale is Galician ("gl"), which `explainer.numbers` has no rule for: it writes
"1.200" for 1200, "3,5" for 3.5 and "3 de marzo de 2026".
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import run_build
from support import edit, error_lines, locale_from_english, project_in_language

from explainer import numbers

GALICIAN_MONTHS = "[xaneiro, febreiro, marzo, abril, maio, xuño, xullo, agosto, setembro, outubro, novembro, decembro]"
SOURCE = "Informe da cheia\n\nO 3 de marzo de 2026 evacuáronse 1.200 persoas e a auga subiu un 3,5 %.\n"
SUMMARY = "O 3 de marzo de 2026 evacuáronse 1.200 persoas e a auga subiu un 3,5 %[^cheia]."


@pytest.fixture
def galician(tmp_path: Path):
    """A minimal project with a Galician locale, source and briefing; yields its root."""
    root = project_in_language(
        tmp_path / "project", "gl", locale_from_english(GALICIAN_MONTHS), "cheia", SOURCE,
        f"title: A cheia\nlanguage: gl\nsummary: |\n  {SUMMARY}\nupdates:\n  - date: 2026-03-04\n    kind: update\n"
        "    text: Primeira publicación.\nparties:\n  - id: a\n    name: Concello\n  - id: b\n    name: Veciños\n"
        "citations:\n  cheia:\n    source: cheia\n    quote: O 3 de marzo de 2026 evacuáronse 1.200 persoas e a auga subiu un 3,5 %.\n")
    folder = root / "content" / "cheia"
    (folder / "comparisons.yaml").write_text(
        "comparisons:\n  - id: cifras\n    title: Cifras\n    parties: [a, b]\n    rows:\n"
        "      - measure: Evacuados\n        unit: persoas\n        values:\n"
        "          a: {value: 1200, cite: [cheia]}\n", encoding="utf-8")
    yield root
    numbers.read_as_locales({})  # the in-process builds left Galician's reading set


def test_faithful_figures_and_dates_in_a_language_with_no_rules_build(galician: Path):
    result = run_build(galician, "check")
    assert result.code == 0, result.err
    page_ok = run_build(galician)
    assert page_ok.code == 0
    assert "1.200" in (galician / "site" / "cheia" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("written", ["1200 persoas", "1 200 persoas"])
def test_the_same_figure_without_the_thousands_dot_is_backed(galician: Path, written: str):
    edit(galician / "content" / "cheia" / "briefing.yaml", "1.200 persoas", written)
    result = run_build(galician, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("old, new, named", [
    ("1.200 persoas", "1.300 persoas", 'figure "1.300"'),
    ("un 3,5 %", "un 3,8 %", 'figure "3,8 %"'),
    ("3 de marzo de 2026", "3 de abril de 2026", 'date "3 de abril de 2026"'),
])
def test_a_changed_figure_or_month_is_refused(galician: Path, old: str, new: str, named: str):
    edit(galician / "content" / "cheia" / "briefing.yaml", old, new)
    result = run_build(galician, "check")
    assert result.code == 1
    assert any(named in line for line in error_lines(result)), result.err


def test_a_month_of_the_locale_dates_a_timeline_event(galician: Path):
    (galician / "content" / "cheia" / "timeline.yaml").write_text(
        "events:\n  - when: o 3 de marzo de 2026\n    date: 2026-04-03\n    what: Evacuación.\n    cite: [cheia]\n",
        encoding="utf-8")
    lines = error_lines(run_build(galician, "check"))
    assert any("`date` 2026-04-03 is not the date `when` states, 3 de marzo de 2026" in line for line in lines), lines


def test_the_locale_reading_is_dropped_with_the_locale():
    numbers.read_as_locales({"gl": numbers.Writing(",", tuple("abcdefghijkl"))})
    assert numbers.quantities_in("1.200", "gl") == {numbers.Quantity(1200)}
    numbers.read_as_locales({})
    assert numbers.quantities_in("1.200", "gl") == {numbers.Quantity(numbers.Decimal("1.2"))}


def test_new_reads_the_title_as_the_locale_writes_it(galician: Path):
    source = "Informe: 3 barrios, o 5 % da poboación.\n\nA auga subiu un 3,5 % o 3 de marzo de 2026.\n"
    (galician / "seeds" / "subida.txt").write_text(source, encoding="utf-8")
    with (galician / "content" / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write("  - id: subida\n    file: subida.txt\n    title: Subida\n    publisher: unknown\n"
                      "    date: unknown\n    language: gl\n"
                      f"    sha256: {hashlib.sha256(source.encode()).hexdigest()}\n")
    made = run_build(galician, "new", "subida", "--title", "A auga subiu un 3,5 %", "--source", "subida")
    assert made.code == 0, made.err
    assert "quote: \"A auga subiu un 3,5 %" in (galician / "content" / "subida" / "briefing.yaml").read_text(encoding="utf-8")
    result = run_build(galician, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("line, named", [
    ('date: "{day} {mes} {year}"', "label 'date': unknown placeholder {mes}"),
    ('date: "{day} {month} {year"', "label 'date': a brace '{' or '}' is not closed"),
    ('date: "{month[99]}"', "label 'date': unknown placeholder {month[99]}"),
    ('range: "{low:%} a {high}"', "label 'range': unknown placeholder {low:%}"),
    ("decimal: {a: b}", "label 'decimal' has the wrong shape"),
    ("decimal: null", "label 'decimal' has the wrong shape"),
    ("months: [[a], b, c, d, e, f, g, h, i, j, k, l]", "label 'months' has the wrong shape"),
])
def test_a_locale_label_the_pages_cannot_print_is_named(galician: Path, line: str, named: str):
    """A label is printed with str.format: a mapping or null, an unknown {name} or an unclosed brace would be a
    traceback at the first page that shows it; it is named at its line instead."""
    key = line.split(":")[0]
    locale = galician / "locales" / "gl.yaml"
    kept = [kept for kept in locale.read_text(encoding="utf-8").splitlines() if not kept.startswith(f"{key}:")]
    locale.write_text("\n".join([*kept, line]) + "\n", encoding="utf-8")
    result = run_build(galician)
    assert result.code == 1 and "Traceback" not in result.err, result.err
    [error] = error_lines(result)
    assert error.startswith(f"locales/gl.yaml:{len(kept) + 1}: {named}"), error


def test_a_briefing_label_with_an_unknown_placeholder_is_named(galician: Path):
    """A briefing's `labels` replace the locale's and are printed the same way."""
    edit(galician / "content" / "cheia" / "briefing.yaml", "citations:", 'labels:\n  date: "{dia} {month}"\ncitations:')
    result = run_build(galician)
    assert result.code == 1 and "Traceback" not in result.err, result.err
    [error] = error_lines(result)
    assert "`labels`: label 'date': unknown placeholder {dia}" in error, error
