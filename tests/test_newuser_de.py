"""A German briefing, as a German newsroom's editor writes it with a project locale (`locales/de.yaml`).

German writes the day as an ordinal with a dot ("3. März 2026"), other ordinals the same way ("zum 2.
Mal", "Anselm II.") and scale abbreviations with a dot before a capitalised noun ("48,3 Mrd. Euro"):
none of these dots ends a sentence. Also: a missing or faulty locale is named with the first errors,
numeric dates are read day first ("10.03.2026"), a quote inside a quote may turn its marks single
("„… ‘…’ …“"), and the hints name the German quotation marks and which languages' hedges are read.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import run_build
from support import edit, error_lines, locale_from_english, project_in_language, refused_with

from explainer import numbers

GERMAN_MONTHS = "[Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]"
SOURCE = ("Zollstreit\n\nAm Dienstag, dem 10. März 2026, kündigte Norland Zölle von 25 Prozent an. "
          "Der Handel betrug 48,3 Mrd. Euro im Jahr. Unter König Anselm II. wurde das Abkommen zum 2. Mal "
          "verlängert.\n")
SUMMARY = ("Am 10. März 2026 kündigte Norland Zölle von 25 Prozent an, bei einem Handel von 48,3 Mrd. Euro "
           "im Jahr; unter König Anselm II. wurde das Abkommen zum 2. Mal verlängert.[^zoll]")


@pytest.fixture
def german(tmp_path: Path):
    """A minimal project with a German locale, source and briefing; yields its root."""
    root = project_in_language(
        tmp_path / "project", "de", locale_from_english(GERMAN_MONTHS, day_dot=True), "zoll", SOURCE,
        f"title: Der Zollstreit\nlanguage: de\nsummary: |\n  {SUMMARY}\nupdates:\n  - date: 2026-03-12\n"
        "    kind: update\n    text: Erstmals veröffentlicht.\nparties:\n  - id: a\n    name: Norland\n"
        "  - id: b\n    name: Südmark\ncitations:\n  zoll:\n    source: zoll\n"
        f"    quote: {SOURCE.split(chr(10))[2]}\n")
    yield root
    numbers.read_as_locales({})  # the in-process builds left German's reading set


def test_a_german_sentence_with_ordinal_dots_cited_once_at_its_end_builds(german: Path):
    result = run_build(german, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("old, new, named", [
    ("Am 10. März 2026", "Am 11. März 2026", 'date "11. März 2026"'),
    ("48,3 Mrd.", "48,8 Mrd.", 'figure "48,8 Mrd"'),
    ("zum 2. Mal", "zum 3. Mal", 'figure "3"'),
])
def test_a_changed_day_or_figure_in_the_joined_sentence_is_still_refused(german: Path, old: str, new: str,
                                                                         named: str):
    edit(german / "content" / "zoll" / "briefing.yaml", old, new)
    result = run_build(german, "check")
    assert result.code == 1
    assert any(named in line for line in error_lines(result)), result.err


@pytest.mark.parametrize("written, refused", [
    ("48,3 Mio.", 'figure "48,3 Mio"'),  # a thousand times less than the source's "48,3 Mrd."
    ("48,3 Millionen", 'figure "48,3 Millionen"'),
    ("48,3 Tsd.", 'figure "48,3 Tsd"'),
    ("48,3 Milliarden", None),  # the same sum, in words
    ("48.300 Mio.", None),  # and in millions
])
def test_a_german_scale_word_or_abbreviation_multiplies_its_figure(german: Path, written: str, refused: str | None):
    edit(german / "content" / "zoll" / "briefing.yaml", "48,3 Mrd.", written)
    result = run_build(german, "check")
    if refused is None:
        assert result.code == 0, result.err
    else:
        assert result.code == 1 and any(refused in line for line in error_lines(result)), result.err


def test_a_sentence_ending_in_a_number_still_ends_in_a_language_without_ordinal_dots(german: Path):
    # English writes "31 March": in an English briefing "rose to 31. March ..." is two sentences, the first uncited.
    briefing = german / "content" / "zoll" / "briefing.yaml"
    edit(briefing, "language: de\n", "")
    (german / "content" / "zoll" / "background.yaml").write_text(
        "sections:\n  - id: b\n    title: Background\n    body: |\n"
        "      The toll rose to 31. March was calm.[^zoll]\n", encoding="utf-8")
    result = run_build(german, "check")
    assert result.code == 1
    assert any('background.yaml' in line and 'states "31" but cites nothing' in line
               for line in error_lines(result)), result.err


def test_a_german_briefing_without_its_locale_reads_its_dates_with_the_built_in_one(german: Path):
    # Without locales/de.yaml "10. März 2026" is still a date the checks read: German is built in
    # (tests/test_builtin_de_es.py), so no event's `date` "is derived but `date_basis` is missing".
    (german / "locales" / "de.yaml").unlink()
    (german / "content" / "zoll" / "timeline.yaml").write_text(
        "events:\n  - when: 10. März 2026\n    date: 2026-03-10\n    what: Norland kündigt Zölle an.\n"
        "    cite: [zoll]\n", encoding="utf-8")
    result = run_build(german, "check")
    assert not any("no locale for language" in line or "date_basis" in line for line in error_lines(result)), \
        result.err


def test_a_faulty_german_locale_is_named_with_the_first_checks_not_after_them(german: Path):
    edit(german / "locales" / "de.yaml", "not_found: Page not found\n", "not_fund: Page not found\n")
    (german / "content" / "zoll" / "timeline.yaml").write_text(
        "events:\n  - when: 10. März 2026\n    date: 2026-03-10\n    what: Norland kündigt Zölle an.\n"
        "    cite: [zoll]\n", encoding="utf-8")
    result = run_build(german, "check")
    assert result.code == 1
    assert any(line.startswith("locales/de.yaml:") and "unknown label 'not_fund'" in line for line in error_lines(result)), \
        result.err


def test_a_rounded_figure_hedged_in_german_is_told_that_only_some_languages_hedges_are_read(german: Path):
    # "etwa 48" is a German hedge the checks do not read: the hint must not leave the editor rewording in vain.
    edit(german / "content" / "zoll" / "briefing.yaml", "48,3 Mrd.", "etwa 48 Mrd.")
    refused_with(german, 'the passages give "48,3 Mrd": a rounded figure says so',
                 "hedges in English, French and Arabic only")


def test_a_quotation_mark_not_read_is_refused_naming_the_german_marks_that_are_read(german: Path):
    # A German editor may type a reversed single mark (‛…’) for a quote; the checks read „…“, »…«, ‚…‘ and ›…‹
    # among the marks German uses (tests/test_reading_gaps.py), and the error must offer them.
    edit(german / "content" / "zoll" / "briefing.yaml", "zum 2. Mal verlängert", "\u201bzum 2. Mal verlängert\u2019")
    refused_with(german, "quotation mark U+201B (SINGLE HIGH-REVERSED-9 QUOTATION MARK) is not allowed",
                 "\u201e \u201c, \u00bb \u00ab", "\u201a \u2018, \u203a \u2039")


def with_source(root: Path, text: str, quote: str) -> None:
    """Replace the fixture's source text, its recorded SHA-256 and the summary's citation of it."""
    old = (root / "seeds" / "zoll.txt").read_text(encoding="utf-8")
    (root / "seeds" / "zoll.txt").write_text(text, encoding="utf-8")
    edit(root / "content" / "sources.yaml", hashlib.sha256(old.encode()).hexdigest(),
         hashlib.sha256(text.encode()).hexdigest())
    edit(root / "content" / "zoll" / "briefing.yaml", f"    quote: {old.splitlines()[2]}\n", f"    quote: '{quote}'\n")


NESTED_SOURCE = "Zollstreit\n\nDas Abkommen erlaubt Zölle nur, wenn eine Seite einen „ernsthaften Schaden“ nachweist.\n"


@pytest.mark.parametrize("summary", [
    "Das Abkommen erlaubt Zölle nur, „wenn eine Seite einen ‘ernsthaften Schaden’ nachweist“.[^zoll]",
    "Das Abkommen erlaubt Zölle nur, »wenn eine Seite einen ‘ernsthaften Schaden’ nachweist«.[^zoll]",
    'The treaty allows tariffs only "if one side shows \'serious harm\'".[^zoll]',
])
def test_a_quote_inside_a_quote_may_turn_the_sources_double_marks_single(german: Path, summary: str):
    # Typography turns the inner quotation's marks single ("„… ‘…’ …“"): the words are the source's.
    english = 'Report\n\nThe treaty allows tariffs only if one side shows "serious harm".\n'
    source = NESTED_SOURCE if "Abkommen" in summary else english
    with_source(german, source, source.splitlines()[2])
    edit(german / "content" / "zoll" / "briefing.yaml", SUMMARY, summary)
    result = run_build(german, "check")
    assert result.code == 0, result.err


def test_a_quote_inside_a_quote_with_a_changed_word_is_still_refused(german: Path):
    with_source(german, NESTED_SOURCE, NESTED_SOURCE.splitlines()[2])
    edit(german / "content" / "zoll" / "briefing.yaml", SUMMARY,
         "Das Abkommen erlaubt Zölle nur, „wenn eine Seite einen ‘ernsten Schaden’ nachweist“.[^zoll]")
    result = run_build(german, "check")
    assert result.code == 1
    assert any('quoted words "wenn eine Seite einen ‘ernsten Schaden’ nachweist"' in line
               for line in error_lines(result)), result.err


@pytest.mark.parametrize("written", ["Am 10.03.2026", "Am 10.3.2026", "Am 10/03/2026"])
def test_a_numeric_day_first_date_in_german_states_the_date(german: Path, written: str):
    edit(german / "content" / "zoll" / "briefing.yaml", "Am 10. März 2026", written)
    result = run_build(german, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("written", ["Am 10.04.2026", "Am 10.03.2025", "Am 10.4.2026"])
def test_a_numeric_german_date_with_another_month_or_year_is_refused(german: Path, written: str):
    # Read only as the figure "10" before, the rest of "10.04.2026" went unchecked.
    edit(german / "content" / "zoll" / "briefing.yaml", "Am 10. März 2026", written)
    result = run_build(german, "check")
    assert result.code == 1
    assert any(f'date "{written[3:]}" is not in the passages' in line for line in error_lines(result)), result.err
