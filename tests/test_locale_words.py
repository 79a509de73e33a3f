"""A project locale's optional words: `weekdays`, `approximately` and `hedges` (locales/de.yaml).

A language with built-in rules (English, French, Arabic) has its weekdays, rounding hedges and reporting
hedges read by the checks; a language that has only a project locale has them read only where its locale
lists them. Without the keys, a wrong German weekday passes (the documented limit); with them it is refused,
in prose and in a timeline's `when`; "etwa 48" is a hedged rounding; a source's "rund 1.200" must keep its
qualifier; a source's "angeblich" must keep a hedge. A malformed list is named with its file and line, and
adding the keys to a locale re-checks what was built before (the caches' keys change).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, run_build
from support import edit, locale_from_english, minimal_project, project_in_language, refused_with
from test_incremental import built, clean_build

from explainer import numbers
from explainer.locale import load_locales, read_as_written

GERMAN_MONTHS = "[Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]"
WORDS = ("weekdays: [Montag, Dienstag, Mittwoch, Donnerstag, Freitag, Samstag, Sonntag]\n"
         "approximately: [etwa, rund, ungefähr, circa]\n"
         "hedges: [angeblich, mutmaßlich, Berichten zufolge]\n")
SOURCE = ("Zollstreit\n\nAm Dienstag, dem 10. März 2026, kündigte Norland Zölle von 25 Prozent an. "
          "Der Handel betrug 48,3 Mrd. Euro im Jahr.\n")
SUMMARY = "Am Dienstag, dem 10. März 2026, kündigte Norland Zölle von 25 Prozent an.[^zoll]"


def german_locale(words: str = "") -> str:
    """Return en.yaml made German where the checks read it, with the optional `words` appended."""
    return locale_from_english(GERMAN_MONTHS, day_dot=True, words=words)


def german_project(root: Path, words: str = WORDS, source: str = SOURCE, summary: str = SUMMARY) -> Path:
    """Make a minimal project with a German locale (with `words`), one German source and one briefing."""
    quote = source.split("\n")[2].replace("'", "''")
    return project_in_language(
        root, "de", german_locale(words), "zoll", source,
        f"title: Der Zollstreit\nlanguage: de\nsummary: |\n  {summary}\nupdates:\n  - date: 2026-03-12\n"
        "    kind: update\n    text: Erstmals veröffentlicht.\nparties:\n  - id: a\n    name: Norland\n"
        "  - id: b\n    name: Südmark\ncitations:\n  zoll:\n    source: zoll\n"
        f"    quote: '{quote}'\n")


@pytest.fixture(autouse=True)
def _reading_reset():
    yield
    numbers.read_as_locales({})  # the in-process builds left German's reading set


def check(root: Path):
    return run_build(root, "check")


def test_the_german_project_with_its_words_builds(tmp_path: Path):
    result = check(german_project(tmp_path / "p"))
    assert result.code == 0, result.err


# --- weekdays ---------------------------------------------------------------------------------------------

WRONG_DAY = SUMMARY.replace("Am Dienstag", "Am Montag")


def test_a_wrong_weekday_in_prose_is_refused_with_the_weekdays_key(tmp_path: Path):
    root = german_project(tmp_path / "p", summary=WRONG_DAY)
    refused_with(root, 'day "Montag" is not in the passages')


def test_a_wrong_weekday_in_prose_passes_without_the_key_the_documented_limit(tmp_path: Path):
    root = german_project(tmp_path / "p", words="", summary=WRONG_DAY)
    result = check(root)
    assert result.code == 0, result.err


def test_a_german_weekday_backs_an_english_one_and_the_reverse(tmp_path: Path):
    # Days are compared by number: a German sentence may cite an English source, and the reverse.
    source = "Tariffs\n\nOn Tuesday, 10 March 2026, Norland announced tariffs of 25 per cent.\n"
    root = german_project(tmp_path / "p", source=source,
                          summary="Am Dienstag, dem 10. März 2026, kündigte Norland Zölle von 25 Prozent an.[^zoll]")
    assert check(root).code == 0
    edit(root / "content" / "zoll" / "briefing.yaml", "Am Dienstag", "Am Mittwoch")
    refused_with(root, 'day "Mittwoch" is not in the passages')


def timeline(root: Path, when: str) -> None:
    (root / "content" / "zoll" / "timeline.yaml").write_text(
        f"events:\n  - when: {when}\n    date: 2026-03-10\n    what: Norland kündigt Zölle an.\n"
        "    cite: [zoll]\n", encoding="utf-8")


def test_a_timeline_weekday_that_is_not_the_dates_is_refused_with_the_key(tmp_path: Path):
    root = german_project(tmp_path / "p")
    timeline(root, "Montag, 10. März 2026")
    refused_with(root, "content/zoll/timeline.yaml:", "`date` 2026-03-10 is a Tuesday, but `when` names Monday ('Montag')")


def test_a_timeline_weekday_that_is_the_dates_builds(tmp_path: Path):
    root = german_project(tmp_path / "p")
    timeline(root, "Dienstag, 10. März 2026")
    result = check(root)
    assert result.code == 0, result.err


def test_a_timeline_weekday_passes_unread_without_the_key(tmp_path: Path):
    root = german_project(tmp_path / "p", words="")
    timeline(root, "Montag, 10. März 2026")
    result = check(root)
    assert result.code == 0, result.err


# --- approximately ----------------------------------------------------------------------------------------

ROUNDED = "Der Handel betrug {} Mrd. Euro im Jahr.[^zoll]"


@pytest.mark.parametrize("hedged", ["etwa 48", "rund 48", "ungefähr 48", "circa 48"])
def test_a_rounded_figure_hedged_with_a_locale_word_is_accepted(tmp_path: Path, hedged: str):
    root = german_project(tmp_path / "p", summary=ROUNDED.format(hedged))
    result = check(root)
    assert result.code == 0, result.err


def test_without_the_key_etwa_48_is_refused_as_unhedged_rounding_naming_the_key(tmp_path: Path):
    root = german_project(tmp_path / "p", words="", summary=ROUNDED.format("etwa 48"))
    refused_with(root, 'the passages give "48,3 Mrd": a rounded figure says so', "`approximately`")


def test_an_unhedged_rounding_is_still_refused_with_the_key_and_told_the_locales_word(tmp_path: Path):
    root = german_project(tmp_path / "p", summary=ROUNDED.format("48"))
    refused_with(root, 'figure "48 Mrd" is not in the passages', 'a rounded figure says so, as in "etwa 48 Mrd"')


def test_etwa_48_may_round_a_passages_47_8(tmp_path: Path):
    source = SOURCE.replace("48,3 Mrd.", "47,8 Mrd.")
    root = german_project(tmp_path / "p", source=source, summary=ROUNDED.format("etwa 48"))
    result = check(root)
    assert result.code == 0, result.err
    edit(root / "content" / "zoll" / "briefing.yaml", "etwa 48", "etwa 46")  # beyond half its last digit
    refused_with(root, 'figure "46 Mrd" is not in the passages')


ROUND_SOURCE = "Zollstreit\n\nVon den Zöllen sind rund 1.200 Betriebe betroffen.\n"


def test_a_dropped_rund_of_the_source_is_refused_with_the_key(tmp_path: Path):
    root = german_project(tmp_path / "p", source=ROUND_SOURCE,
                          summary="Von den Zöllen sind 1.200 Betriebe betroffen.[^zoll]")
    refused_with(root, 'figure "1.200" leaves out the qualifier of "rund 1.200"')


@pytest.mark.parametrize("kept", ["rund 1.200", "etwa 1.200"])
def test_the_sources_rund_kept_or_reworded_builds(tmp_path: Path, kept: str):
    root = german_project(tmp_path / "p", source=ROUND_SOURCE,
                          summary=f"Von den Zöllen sind {kept} Betriebe betroffen.[^zoll]")
    result = check(root)
    assert result.code == 0, result.err


# --- hedges -----------------------------------------------------------------------------------------------

HEDGED_SOURCE = "Zollstreit\n\nNorland hat angeblich Zölle von 25 Prozent angekündigt.\n"


def test_a_dropped_locale_hedge_is_refused_with_the_key(tmp_path: Path):
    root = german_project(tmp_path / "p", source=HEDGED_SOURCE,
                          summary="Norland hat Zölle von 25 Prozent angekündigt.[^zoll]")
    refused_with(root, "the source gives this only as 'angeblich', but it is worded as fact")


@pytest.mark.parametrize("summary", ["Norland hat angeblich Zölle von 25 Prozent angekündigt.[^zoll]",
                                     "Berichten zufolge hat Norland Zölle von 25 Prozent angekündigt.[^zoll]"])
def test_a_kept_locale_hedge_builds(tmp_path: Path, summary: str):
    root = german_project(tmp_path / "p", source=HEDGED_SOURCE, summary=summary)
    result = check(root)
    assert result.code == 0, result.err


def test_a_dropped_german_hedge_passes_without_the_key(tmp_path: Path):
    root = german_project(tmp_path / "p", words="", source=HEDGED_SOURCE,
                          summary="Norland hat Zölle von 25 Prozent angekündigt.[^zoll]")
    assert check(root).code == 0


# --- validation -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("words, message", [
    ("weekdays: [Montag, Dienstag, Mittwoch, Donnerstag, Freitag, Samstag]\n", "key 'weekdays' must have 7 names, not 6"),
    ("weekdays: Montag\n", "key 'weekdays' must be a list of words"),
    ("weekdays: [Montag, Montag, Mittwoch, Donnerstag, Freitag, Samstag, Sonntag]\n",
     "key 'weekdays' must name seven different days"),
    ("approximately: []\n", "key 'approximately' must list at least one word"),
    ("approximately: [etwa, 3]\n", "key 'approximately' must be a list of words"),
    ("hedges: [angeblich, '  ']\n", "key 'hedges' must not hold an empty word"),
    ("weekday: [Montag]\n", "unknown label 'weekday'"),
])
def test_a_malformed_word_list_is_refused_naming_file_and_line(tmp_path: Path, words: str, message: str):
    root = german_project(tmp_path / "p", words=words)
    number = german_locale(words).splitlines().index(words.rstrip("\n")) + 1
    lines = refused_with(root, f"locales/de.yaml:{number}: {message}")
    assert all("Traceback" not in line for line in lines)


def test_a_briefing_may_not_override_the_word_lists_in_its_labels(tmp_path: Path):
    root = german_project(tmp_path / "p")
    edit(root / "content" / "zoll" / "briefing.yaml", "language: de\n", "language: de\nlabels:\n  weekdays: Montag\n")
    refused_with(root, "`labels`: unknown label 'weekdays'")


def test_a_copied_built_in_locale_still_takes_later_keys_and_may_add_the_words(tmp_path: Path):
    # A project's fr.yaml lacking a key the built-in fr.yaml has takes it from there; the optional words are
    # accepted beside it, and the built-in locales themselves need none.
    root = minimal_project(tmp_path / "p")
    french = (REPO / "explainer" / "locales" / "fr.yaml").read_text(encoding="utf-8")
    dropped = next(line for line in french.splitlines() if line.startswith("notes:"))
    (root / "locales").mkdir()
    (root / "locales" / "fr.yaml").write_text(french.replace(dropped + "\n", "") + "approximately: [grosso modo]\n",
                                              encoding="utf-8")
    locales, problems = load_locales(root)
    assert problems == []
    assert locales["fr"]["notes"] == dropped.split(": ", 1)[1]
    assert list(locales["fr"]["approximately"]) == ["grosso modo"]
    assert "weekdays" not in locales["en"] and "weekdays" not in locales["ar"]


# --- caches -----------------------------------------------------------------------------------------------

def test_adding_or_changing_the_words_changes_the_reading_key(tmp_path: Path):
    # The plans' keys hold `numbers.reading_key()`: a change of the words must change it, or a plan checked
    # without them would be reused.
    keys = set()
    for number, words in enumerate(("", WORDS, WORDS.replace("circa", "zirka"))):
        root = german_project(tmp_path / f"p{number}", words=words)
        read_as_written(load_locales(root)[0])
        keys.add(numbers.reading_key())
    assert len(keys) == 3


def test_a_build_checked_without_the_weekdays_is_checked_again_once_they_are_added(tmp_path: Path):
    root = german_project(tmp_path / "p", words="", summary=WRONG_DAY)
    built(root)  # builds: the wrong weekday is not read yet, and its plan is cached
    (root / "locales" / "de.yaml").write_text(german_locale(WORDS), encoding="utf-8")
    refused_with(root, 'day "Montag" is not in the passages')


def test_an_incremental_build_after_adding_the_words_equals_a_clean_build(tmp_path: Path):
    root = german_project(tmp_path / "p", words="", summary=SUMMARY)
    built(root)
    (root / "locales" / "de.yaml").write_text(german_locale(WORDS), encoding="utf-8")
    assert built(root) == clean_build(root)


def test_a_second_build_parses_no_locale_and_an_edited_one_is_parsed_again(tmp_path: Path, monkeypatch):
    # Locale files are kept parsed in .cache/, under their bytes, as content files are: a preview rebuild
    # after a content edit parsed the three built-in locales again, a sixth of its time.
    from explainer import beside_code, locale

    parsed: list[str] = []
    real_parse = locale.parse_yaml
    monkeypatch.setattr(locale, "parse_yaml", lambda text, shown: parsed.append(shown) or real_parse(text, shown))
    # What this process parsed for another test, or what is kept beside our code for every project (see
    # tests/test_realspeed2.py): this one is about .cache/.
    locale.forget_in_process()
    monkeypatch.setattr(beside_code, "folder", lambda: None)
    root = german_project(tmp_path / "p")
    first = built(root)
    assert "locales/de.yaml" in parsed and any(shown.endswith("en.yaml") for shown in parsed)
    parsed.clear()
    assert built(root) == first and parsed == []
    (root / "locales" / "de.yaml").write_text(german_locale(WORDS + "nearly: [fast]\n"), encoding="utf-8")
    incremental = built(root)
    assert parsed == ["locales/de.yaml"]
    assert incremental == clean_build(root)


def test_a_process_building_another_project_parses_no_built_in_locale_again(tmp_path: Path, monkeypatch):
    # Kept in the process too, by their bytes: the tests build hundreds of projects in one process.
    from explainer import locale

    parsed: list[str] = []
    real_parse = locale.parse_yaml
    monkeypatch.setattr(locale, "parse_yaml", lambda text, shown: parsed.append(shown) or real_parse(text, shown))
    built(german_project(tmp_path / "first"))
    parsed.clear()
    second = german_project(tmp_path / "second")
    (second / "locales" / "de.yaml").write_text(german_locale(WORDS + "nearly: [beinahe]\n"), encoding="utf-8")
    assert built(second) == clean_build(second)
    assert parsed == ["locales/de.yaml"], "its own locale, new bytes, is parsed; the built-in ones are not"


def test_a_broken_locale_is_named_again_by_the_next_build(tmp_path: Path):
    root = german_project(tmp_path / "p")
    locale_file = root / "locales" / "de.yaml"
    locale_file.write_text(locale_file.read_text(encoding="utf-8") + "weekdays: [Montag\n", encoding="utf-8")
    for _ in range(2):  # the second from what the first kept
        refused_with(root, "locales/de.yaml")
    locale_file.write_text(german_locale(WORDS), encoding="utf-8")
    assert run_build(root).code == 0
