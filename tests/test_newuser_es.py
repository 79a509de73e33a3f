"""A Spanish briefing, as a Spanish newsroom's editor writes it with a project locale (`locales/es.yaml`).

Spanish puts an article between a qualifier and a percentage ("casi el 35 %", "al menos el 20 %", "más de un
20 %"): the locale's qualifiers are read across it, so dropping "casi" is refused as dropping "fast" is in German.
Spanish unit words ("20 días", "300 dólares") are read as English and French ones are: "20 semanas" is refused.
A dot that groups no thousands ("38.7 %") is the decimal it shows, not a number cut short at it ("a las 10.30" is a time).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from conftest import run_build
from support import edit, error_lines, locale_from_english, project_in_language, refused_with

from explainer import numbers

SPANISH_MONTHS = ("[enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, "
                  "diciembre]")
WORDS = ("weekdays: [lunes, martes, miércoles, jueves, viernes, sábado, domingo]\n"
         "approximately: [unos, unas, alrededor de]\n"
         "hedges: [presuntamente, supuestamente]\n"
         "at_least: [al menos]\n"
         "more_than: [más de]\n"
         "fewer_than: [menos de]\n"
         "up_to: [hasta]\n"
         "nearly: [casi]\n"
         "according_to: [según]\n")
SOURCE = ("Regantes contra la Confederación\n\n"
          "El martes 3 de marzo de 2026 la Confederación redujo la dotación de 6.500 a 4.200 metros cúbicos, un recorte "
          "de casi el 35 %, y al menos el 20 % de las fincas perderá la cosecha.\n")
SUMMARY = ("El martes 3 de marzo de 2026 la Confederación redujo la dotación de 6.500 a 4.200 metros cúbicos, un "
           "recorte de casi el 35 %, y al menos el 20 % de las fincas perderá la cosecha.[^recorte]")

def spanish_project(tmp_path: Path, slug: str, source: str, title: str, summary: str, quote: str = "") -> Path:
    """Return a minimal project with the Spanish locale, `source` as seeds/SLUG.txt and one briefing whose summary,
    on line 4 of its briefing.yaml, cites the source's first paragraph (or `quote`) with its one marker."""
    key = re.search(r"\[\^([^\]]+)\]$", summary).group(1)
    return project_in_language(
        tmp_path / "project", "es", locale_from_english(SPANISH_MONTHS, words=WORDS), slug, source,
        f"title: {title}\nlanguage: es\nsummary: |\n  {summary}\nupdates:\n  - date: 2026-03-05\n"
        "    kind: update\n    text: Publicado.\nparties:\n  - id: a\n    name: Regantes\n  - id: b\n"
        f"    name: Confederación\ncitations:\n  {key}:\n    source: {slug}\n"
        f"    quote: {quote or source.splitlines()[2]}\n")


def builds_or_is_refused(root: Path, slug: str, outcome: str) -> None:
    """Check the project: it passes where `outcome` is "ok", else the summary is refused for `outcome`."""
    if outcome == "ok":
        result = run_build(root, "check")
        assert result.code == 0, result.err
    else:
        refused_with(root, f"content/{slug}/briefing.yaml:4:", outcome, "is not in the passages")


@pytest.fixture(autouse=True)
def english_reading_after():
    """Leave the reading of figures as English has it: the in-process builds set Spanish's."""
    yield
    numbers.read_as_locales({})



@pytest.fixture
def spanish(tmp_path: Path) -> Path:
    """A minimal project with a Spanish locale, source and briefing; returns its root."""
    return spanish_project(tmp_path, "recorte", SOURCE, "El recorte del agua", SUMMARY)


def summary_reads(root: Path, old: str, new: str) -> None:
    edit(root / "content" / "recorte" / "briefing.yaml", old, new)


def with_source(root: Path, text: str) -> None:
    """Replace the fixture's source text, its recorded SHA-256 and its citation's quote (its whole sentence)."""
    edit(root / "seeds" / "recorte.txt", SOURCE, text)
    edit(root / "content" / "sources.yaml", hashlib.sha256(SOURCE.encode()).hexdigest(),
         hashlib.sha256(text.encode()).hexdigest())
    edit(root / "content" / "recorte" / "briefing.yaml", f"quote: {SOURCE.splitlines()[2]}", f"quote: {text.splitlines()[2]}")


def test_a_spanish_briefing_written_as_its_source_builds(spanish: Path):
    result = run_build(spanish, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("old, new, named", [
    ("de casi el 35 %", "del 35 %", 'leaves out the qualifier of "casi el 35 %"'),
    ("y al menos el 20 %", "y el 20 %", 'leaves out the qualifier of "al menos el 20 %"'),
    ("y al menos el 20 %", "y hasta el 20 %", 'contradicts "al menos el 20 %"'),
])
def test_a_qualifier_dropped_or_turned_before_an_article_and_a_percentage_is_refused(spanish: Path, old: str,
                                                                                   new: str, named: str):
    summary_reads(spanish, old, new)
    refused_with(spanish, "content/recorte/briefing.yaml:4:", named)


@pytest.mark.parametrize("old, new", [
    ("de casi el 35 %", "de casi un 35 %"),      # another article
    ("de casi el 35 %", "de casi 35 %"),         # none
    ("y al menos el 20 %", "y al menos un 20 %"),
])
def test_a_qualifier_kept_with_or_without_an_article_builds(spanish: Path, old: str, new: str):
    summary_reads(spanish, old, new)
    result = run_build(spanish, "check")
    assert result.code == 0, result.err


def test_a_capitalised_word_between_a_qualifier_and_a_figure_is_no_article(spanish: Path):
    # "hasta El 20 %" is no Spanish; a capital starts a name ("über Die 3 Brücken" is no bound either).
    summary_reads(spanish, "y al menos el 20 %", "y el 20 %")
    with_source(spanish, SOURCE.replace("al menos el 20 %", "hasta El 20 %"))
    result = run_build(spanish, "check")
    assert not any("qualifier" in line for line in error_lines(result)), result.err


def test_a_qualifier_joined_to_its_article_is_read_when_the_locale_lists_it_so(spanish: Path):
    # "más del 80 %" joins "de" and "el": the locale lists "más del" as written (README, Languages).
    edit(spanish / "locales" / "es.yaml", "more_than: [más de]", "more_than: [más de, más del]")
    with_source(spanish, SOURCE.replace("al menos el 20 %", "más del 20 %"))
    summary_reads(spanish, "al menos el 20 %", "el 20 %")
    refused_with(spanish, 'leaves out the qualifier of "más del 20 %"')


UNIT_SOURCE = "Plazos\n\nEl tribunal tiene 20 días para decidir y la obra costará 300 euros por hectárea.\n"


@pytest.mark.parametrize("written, unit", [
    ("20 semanas", "weeks"),
    ("20 meses", "months"),
    ("300 dólares", "dollars"),
])
def test_a_figure_moved_to_another_unit_in_spanish_is_refused(tmp_path: Path, written: str, unit: str):
    # "20 días" is not "20 semanas": Spanish unit words are read as the English and French ones are.
    summary = "El tribunal tiene 20 días para decidir y la obra costará 300 euros por hectárea.[^plazo]"
    summary = summary.replace("20 días" if "20" in written else "300 euros", written)
    root = spanish_project(tmp_path, "plazo", UNIT_SOURCE, "Plazos", summary)
    refused_with(root, "content/plazo/briefing.yaml:4:", f"given in {unit}")
    edit(root / "content" / "plazo" / "briefing.yaml", written, "20 días" if "20" in written else "300 euros")
    result = run_build(root, "check")
    assert result.code == 0, result.err


def test_a_spanish_compound_unit_names_no_single_unit(tmp_path: Path):
    # "m³ por hectárea" is a dotation, not hectares: the figure stands in "4.200 metros cúbicos por hectárea".
    source = "Dotación\n\nLa dotación bajó a 4.200 metros cúbicos por hectárea.\n"
    root = spanish_project(tmp_path, "dotacion", source, "Dotación",
                           "La dotación bajó a 4.200 metros cúbicos por hectárea.[^d]")
    (root / "content" / "dotacion" / "comparisons.yaml").write_text(
        "comparisons:\n  - id: dotacion\n    title: Dotación\n    rows:\n      - measure: Dotación\n"
        "        unit: m³ por hectárea\n        values:\n          a: {value: 4200, cite: [d]}\n", encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 0, result.err


DOT_SOURCE = "Embalse\n\nA las 10.30 horas el embalse estaba al 38,7 % y el recorte era del 20 %.\n"


@pytest.mark.parametrize("written, outcome", [
    ("A las 10.45 horas el embalse estaba al 38,7 % y el recorte era del 20 %.", 'figure "10.45"'),
    ("A las 10.30 horas el embalse estaba al 38,7 % y el recorte era del 20.5555 %.", 'figure "20.5555 %"'),
    ("A las 10.30 horas el embalse estaba al 38.9 % y el recorte era del 20 %.", 'figure "38.9 %"'),
    ("A las 10.30 horas el embalse estaba al 38.7 % y el recorte era del 20 %.", "ok"),  # the same 38.7
])
def test_a_dot_that_groups_no_thousands_in_spanish_is_read_as_the_decimal_the_reader_sees(tmp_path: Path,
                                                                                        written: str, outcome: str):
    # "10.45" was read as 10, "38.9 %" as 38 and "20.5555 %" not at all: a changed time or decimal passed.
    root = spanish_project(tmp_path, "embalse", DOT_SOURCE, "El embalse", f"{written}[^e]")
    builds_or_is_refused(root, "embalse", outcome)


HEDGE_SOURCE = "Concesión\n\nLa Confederación presuntamente autorizó una concesión de 2,3 hectómetros cúbicos.\n"


def test_a_spanish_reporting_verb_keeps_a_hedge_once_the_locale_lists_it_and_the_refusal_says_so(tmp_path: Path):
    # "Los regantes sostienen que ..." says who reports it, but Spanish verbs are not read: the error must say
    # where to list them, not leave the editor rewording a sentence that already names its source.
    root = spanish_project(tmp_path, "concesion", HEDGE_SOURCE, "La concesión",
                           "Los regantes sostienen que la Confederación autorizó una concesión de 2,3 hectómetros "
                           "cúbicos.[^c]")
    refused_with(root, "content/concesion/briefing.yaml:4:", "keep a hedge ('presuntamente') or say who reports "
                 "it (in 'es' text, with a word its locale lists under `according_to`, such as 'según': list the "
                 "verbs that say who reports it there too)")
    edit(root / "locales" / "es.yaml", "according_to: [según]", "according_to: [según, sostienen]")
    result = run_build(root, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("typed", ["«la Confederación redujo la dotación»", "“la Confederación redujo la dotación”",
                                   '"la Confederación redujo la dotación"', "« la Confederación redujo la dotación »"])
def test_cite_takes_words_typed_inside_quotation_marks_the_source_does_not_have(spanish: Path, typed: str):
    # A journalist pastes a quote with its marks; the source has the words without them.
    result = run_build(spanish, "cite", "recorte", typed)
    assert result.code == 0, result.err
    assert 'quote: "la Confederación redujo la dotación"' in result.out, result.out


def test_cite_keeps_quotation_marks_the_source_has(tmp_path: Path):
    source = "Declaraciones\n\nMassana dijo: «Nos han quitado el agua», y se fue.\n"
    root = spanish_project(tmp_path, "dichos", source, "Dichos", "Massana habló.[^d]", quote="Massana dijo")
    result = run_build(root, "cite", "dichos", "«Nos han quitado el agua»")
    assert result.code == 0, result.err
    assert "«Nos han quitado el agua»" in result.out, result.out


ORDINAL_SOURCE = "Sesiones\n\nEl 1.º de marzo de 2026 el consejo se reunió por 2.ª vez y aprobó 3 mociones.\n"


@pytest.mark.parametrize("written, outcome", [
    ("El 1.º de marzo de 2026 el consejo se reunió por 2.ª vez y aprobó 3 mociones.", "ok"),
    ("El 1º de marzo de 2026 el consejo se reunió por 2ª vez y aprobó 3 mociones.", "ok"),
    ("El 2.º de marzo de 2026 el consejo se reunió por 2.ª vez y aprobó 3 mociones.", 'date "2.º de marzo de 2026"'),
    ("El 1.º de marzo de 2026 el consejo se reunió por 2.ª vez y aprobó 2 mociones.", 'figure "2"'),
])
def test_spanish_ordinal_indicators_are_written_and_read_as_ordinals(tmp_path: Path, written: str, outcome: str):
    # "1.º", "2.ª" (RAE) were refused as disguised letters; they state an ordinal, and "1.º de marzo" is a day.
    root = spanish_project(tmp_path, "sesiones", ORDINAL_SOURCE, "Sesiones", f"{written}[^s]")
    builds_or_is_refused(root, "sesiones", outcome)


@pytest.mark.parametrize("written", [
    "El martes 3 de marzo de 2026, como en EE. UU., la Confederación redujo la dotación de 6.500 a 4.200 metros",
    "El martes 3 de marzo de 2026, por el decreto núm. 7, la Confederación redujo la dotación de 6.500 a 4.200 metros",
    "El martes 3 de marzo de 2026 la Sra. Sáez y la Confederación redujo la dotación de 6.500 a 4.200 metros",
])
def test_a_spanish_abbreviation_does_not_end_the_sentence_before_its_citation(spanish: Path, written: str):
    # "EE. UU." and "núm." cut the sentence: its first part stated "2026" and cited nothing.
    summary_reads(spanish, "El martes 3 de marzo de 2026 la Confederación redujo la dotación de 6.500 a 4.200 metros",
                  written)
    result = run_build(spanish, "check")
    assert "cites nothing" not in result.err, result.err


@pytest.mark.parametrize("written, told", [
    ("1.250", "YAML reads 1.250 as 1.25, with a decimal point, in any language: write 1250, digits only"),
    ("'38,7'", "e.g. 660000 or 38.7 (a decimal point in any language)"),
])
def test_a_figure_value_written_the_spanish_way_is_told_how_yaml_reads_it(spanish: Path, written: str, told: str):
    # A Spanish editor writes `value: 1.250` as the source does: YAML reads 1.25, and "figure 1.25 is not in the
    # passages" left them puzzled.
    source = SOURCE.replace("6.500 a 4.200", "6.500 a 1.250")
    with_source(spanish, source)
    summary_reads(spanish, "6.500 a 4.200", "6.500 a 1.250")
    (spanish / "content" / "recorte" / "comparisons.yaml").write_text(
        "comparisons:\n  - id: dotacion\n    title: Dotación\n    rows:\n      - measure: Dotación\n"
        f"        unit: m³ por hectárea\n        values:\n          a: {{value: {written}, cite: [recorte]}}\n", encoding="utf-8")
    refused_with(spanish, "content/recorte/comparisons.yaml:8:", told)


def test_a_decimal_comma_in_a_flow_mapping_is_told_it_split_the_figure(spanish: Path):
    # `{value: 38,7, cite: [...]}` makes a field named 7: say why, not only "unknown field".
    (spanish / "content" / "recorte" / "comparisons.yaml").write_text(
        "comparisons:\n  - id: dotacion\n    title: Dotación\n    rows:\n      - measure: Recorte\n"
        "        unit: '%'\n        values:\n          a: {value: 34,5, cite: [recorte]}\n", encoding="utf-8")
    refused_with(spanish, "content/recorte/comparisons.yaml:8:", "unknown field",
                 "a comma inside { } ends a field, so a decimal is written with a point: 38.7")
