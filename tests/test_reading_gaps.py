"""Words and marks the checks used to pass over: a project locale's own qualifiers ("mindestens 40") and
attribution words ("laut dem Ministerium"), German single quotation marks (‚…‘, ›…‹), a dotted numeric date in
English text ("03.05.2026") and German ordinal dots in the sentences `check` counts in a source."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, run_build
from support import edit, error_lines, locale_from_english, project_in_language, refused_with

from explainer import numbers

GERMAN_MONTHS = "[Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]"
QUALIFIERS = ("approximately: [etwa, rund, ungefähr]\n"
              "at_least: [mindestens, wenigstens]\n"
              "more_than: [mehr als, über]\n"
              "fewer_than: [weniger als, unter]\n"
              "up_to: [höchstens, bis zu]\n"
              "nearly: [fast, knapp]\n")


@pytest.fixture(autouse=True)
def _reading_reset():
    yield
    numbers.read_as_locales({})  # the in-process builds left the project's reading set


def briefing_yaml(title: str, language: str, summary: str, quote: str) -> str:
    quote = quote.replace("'", "''")
    return (f"title: {title}\nlanguage: {language}\nsummary: |\n  {summary}\nupdates:\n  - date: 2026-03-12\n"
            "    kind: update\n    text: First published.\nparties:\n  - id: a\n    name: Norland\n"
            "  - id: b\n    name: Südmark\ncitations:\n  q:\n    source: q\n"
            f"    quote: '{quote}'\n")


def german_project(root: Path, source_sentence: str, summary: str, words: str = QUALIFIERS) -> Path:
    """A minimal project with a German locale holding `words`, one German source whose second paragraph is
    `source_sentence` (cited whole as [^q]) and a German briefing whose summary is `summary`."""
    source = f"Bericht\n\n{source_sentence}\n"
    return project_in_language(root, "de", locale_from_english(GERMAN_MONTHS, day_dot=True, words=words), "q",
                               source, briefing_yaml("Der Bericht", "de", summary, source_sentence))


def english_project(root: Path, source_sentence: str, summary: str) -> Path:
    """The same in English, with the built-in English locale copied as the project's."""
    source = f"Report\n\n{source_sentence}\n"
    english = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    return project_in_language(root, "en", english, "q", source,
                               briefing_yaml("The report", "en", summary, source_sentence))


def outcome(root: Path) -> str:
    """Return "ok", or how the qualifier check refused the build ("leaves out the qualifier of", ...)."""
    result = run_build(root, "check")
    if result.code == 0:
        return "ok"
    lines = error_lines(result)
    for how in ("leaves out the qualifier of", "contradicts", "is qualified otherwise than", "is not in the passages"):
        if any(how in line for line in lines):
            return how
    raise AssertionError(result.err)


# --- 1. a locale's own qualifiers -------------------------------------------------------------------------

# (the source's figure, the sentence's figure), in German and in English: the German must fare as the English.
QUALIFIED = [
    (("40", "mindestens 40"), ("40", "at least 40"), "ok"),
    (("mindestens 40", "40"), ("at least 40", "40"), "leaves out the qualifier of"),
    (("mindestens 40", "wenigstens 40"), ("at least 40", "no fewer than 40"), "ok"),
    (("mindestens 40", "höchstens 40"), ("at least 40", "at most 40"), "contradicts"),
    (("mindestens 40", "etwa 40"), ("at least 40", "about 40"), "is qualified otherwise than"),
    (("mehr als 40", "mindestens 40"), ("more than 40", "at least 40"), "ok"),
    (("mehr als 40", "40"), ("more than 40", "40"), "leaves out the qualifier of"),
    (("weniger als 40", "mehr als 40"), ("fewer than 40", "more than 40"), "contradicts"),
    (("weniger als 40", "höchstens 40"), ("fewer than 40", "up to 40"), "ok"),
    (("bis zu 40", "40"), ("up to 40", "40"), "leaves out the qualifier of"),
    (("fast 40", "etwa 40"), ("nearly 40", "about 40"), "ok"),
    (("rund 40", "40"), ("about 40", "40"), "leaves out the qualifier of"),
    # A hedged figure may round the source's in the direction its hedge says.
    (("40,3", "mehr als 40"), ("40.3", "more than 40"), "ok"),
    (("40,3", "weniger als 40"), ("40.3", "fewer than 40"), "is not in the passages"),
]


@pytest.mark.parametrize("german, english, expected", QUALIFIED, ids=[f"{g[0]}->{g[1]}" for g, _, _ in QUALIFIED])
def test_a_german_qualifier_named_in_the_locale_is_read_as_its_english_one(tmp_path: Path, german, english, expected):
    fares_as_english(tmp_path, german, english, expected)


def fares_as_english(tmp_path: Path, german: tuple[str, str], english: tuple[str, str], expected: str) -> None:
    """Check that a German (source figure, sentence figure) pair fares as its English one does: `expected`."""
    de = german_project(tmp_path / "de", f"Bei dem Unglück starben {german[0]} Menschen.",
                        f"Bei dem Unglück starben {german[1]} Menschen.[^q]")
    en = english_project(tmp_path / "en", f"In the accident {english[0]} people died.",
                         f"In the accident {english[1]} people died.[^q]")
    assert outcome(en) == expected  # the English reading the German one must match
    assert outcome(de) == expected


def test_the_error_quotes_the_german_qualifier_of_the_source(tmp_path: Path):
    root = german_project(tmp_path / "p", "Bei dem Unglück starben mindestens 40 Menschen.",
                          "Bei dem Unglück starben 40 Menschen.[^q]")
    refused_with(root, 'figure "40" leaves out the qualifier of "mindestens 40"')


def test_without_the_keys_a_dropped_mindestens_passes_the_documented_limit(tmp_path: Path):
    root = german_project(tmp_path / "p", "Bei dem Unglück starben mindestens 40 Menschen.",
                          "Bei dem Unglück starben 40 Menschen.[^q]", words="")
    assert outcome(root) == "ok"


def test_a_comparison_bound_must_keep_a_german_sources_mindestens(tmp_path: Path):
    # Structured figures read the source's qualifier the same way: `bound: at least` for "mindestens 40".
    root = german_project(tmp_path / "p", "Bei dem Unglück starben mindestens 40 Menschen.",
                          "Bei dem Unglück starben mindestens 40 Menschen.[^q]")
    table = ("comparisons:\n  - id: t\n    title: Tote\n    rows:\n      - measure: Tote\n        unit: Menschen\n"
             "        values:\n          a: {value: 40, cite: [q]}\n")
    (root / "content" / "q" / "comparisons.yaml").write_text(table, encoding="utf-8")
    assert run_build(root, "check").code == 1
    (root / "content" / "q" / "comparisons.yaml").write_text(table.replace("value: 40,", "value: 40, bound: at least,"),
                                                             encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("words, message", [
    ("at_least: mindestens\n", "key 'at_least' must be a list of words"),
    ("more_than: []\n", "key 'more_than' must list at least one word"),
    ("up_to: [höchstens, '']\n", "key 'up_to' must not hold an empty word"),
])
def test_a_malformed_qualifier_list_is_refused_naming_file_and_line(tmp_path: Path, words: str, message: str):
    root = german_project(tmp_path / "p", "Bei dem Unglück starben 40 Menschen.",
                          "Bei dem Unglück starben 40 Menschen.[^q]", words=words)
    number = locale_from_english(GERMAN_MONTHS, day_dot=True, words=words).splitlines().index(words.rstrip("\n")) + 1
    refused_with(root, f"locales/de.yaml:{number}: {message}")


def test_adding_a_qualifier_list_checks_a_cached_build_again(tmp_path: Path):
    root = german_project(tmp_path / "p", "Bei dem Unglück starben mindestens 40 Menschen.",
                          "Bei dem Unglück starben 40 Menschen.[^q]", words="")
    assert run_build(root).code == 0  # builds (and caches its plan): "mindestens" is not read yet
    with (root / "locales" / "de.yaml").open("a", encoding="utf-8") as locale:
        locale.write("at_least: [mindestens]\n")
    refused_with(root, 'figure "40" leaves out the qualifier of "mindestens 40"')


# --- 2. a locale's attribution words ----------------------------------------------------------------------

ATTRIBUTION = "hedges: [angeblich]\naccording_to: [laut, zufolge, nach Angaben]\n"
HEDGED = "Norland hat angeblich Zölle von 25 Prozent angekündigt."


@pytest.mark.parametrize("summary", [
    "Laut dem Ministerium hat Norland Zölle von 25 Prozent angekündigt.[^q]",
    "Dem Ministerium zufolge hat Norland Zölle von 25 Prozent angekündigt.[^q]",
    "Nach Angaben des Ministeriums hat Norland Zölle von 25 Prozent angekündigt.[^q]",
])
def test_a_locale_attribution_word_keeps_the_sources_hedge_as_according_to_does(tmp_path: Path, summary: str):
    root = german_project(tmp_path / "p", HEDGED, summary, words=ATTRIBUTION)
    result = run_build(root, "check")
    assert result.code == 0, result.err


def test_english_according_to_keeps_the_hedge_too(tmp_path: Path):
    # What the German words are read as: "according to" attributes the sentence, which keeps the hedge.
    root = english_project(tmp_path / "p", "Norland reportedly announced tariffs of 25 per cent.",
                           "According to the ministry, Norland announced tariffs of 25 per cent.[^q]")
    result = run_build(root, "check")
    assert result.code == 0, result.err
    edit(root / "content" / "q" / "briefing.yaml", "According to the ministry, Norland", "Norland")
    refused_with(root, "the source gives this only as 'reportedly', but it is worded as fact")


@pytest.mark.parametrize("words, summary", [
    ("hedges: [angeblich]\n", "Laut dem Ministerium hat Norland Zölle von 25 Prozent angekündigt.[^q]"),  # no key
    (ATTRIBUTION, "Norland hat lautstark Zölle von 25 Prozent angekündigt.[^q]"),  # whole words only
])
def test_a_dropped_hedge_without_a_listed_attribution_word_is_still_refused(tmp_path: Path, words: str, summary: str):
    root = german_project(tmp_path / "p", HEDGED, summary, words=words)
    refused_with(root, "the source gives this only as 'angeblich', but it is worded as fact")


def test_a_locale_attribution_word_attributes_a_word_asserting_fact_as_according_to_does():
    # An English project locale may list its own ("per the ministry"); "confirmed" is then attributed.
    from explainer.attribution import hedging_words
    sentence = "Per the ministry, the toll is confirmed."
    assert hedging_words(sentence, "en") == ["confirmed"]
    numbers.read_as_locales({"en": numbers.Writing(".", tuple("abcdefghijkl"), according_to=("per",))})
    assert hedging_words(sentence, "en") == []
    assert hedging_words("The toll is confirmed.", "en") == ["confirmed"]


def test_a_malformed_attribution_list_is_refused(tmp_path: Path):
    words = "according_to: laut\n"
    root = german_project(tmp_path / "p", HEDGED, HEDGED + "[^q]", words=words)
    number = locale_from_english(GERMAN_MONTHS, day_dot=True, words=words).splitlines().index(words.rstrip("\n")) + 1
    refused_with(root, f"locales/de.yaml:{number}: key 'according_to' must be a list of words")


# --- 3. German single quotation marks ---------------------------------------------------------------------

QUOTED_SOURCE = "Der Minister nannte die Zölle eine ernsthafte Gefahr für den Handel."


@pytest.mark.parametrize("marks", ["„“", "‚‘", "›‹", "‹›", "«»", "»«"])
def test_words_quoted_in_german_marks_that_are_not_in_the_source_are_refused(tmp_path: Path, marks: str):
    opening, closing = marks
    root = german_project(tmp_path / "p", QUOTED_SOURCE,
                          f"Der Minister nannte die Zölle {opening}eine tödliche Gefahr{closing}.[^q]")
    refused_with(root, 'quoted words "eine tödliche Gefahr" are not in the passages this sentence cites')


@pytest.mark.parametrize("marks", ["„“", "‚‘", "›‹", "‹›", "«»", "»«"])
def test_words_quoted_in_german_marks_that_are_in_the_source_build(tmp_path: Path, marks: str):
    opening, closing = marks
    root = german_project(tmp_path / "p", QUOTED_SOURCE,
                          f"Der Minister nannte die Zölle {opening}eine ernsthafte Gefahr{closing}.[^q]")
    result = run_build(root, "check")
    assert result.code == 0, result.err


def test_a_quote_in_single_low_marks_inside_a_double_one_is_checked(tmp_path: Path):
    source = "Der Minister sagte, die Zölle seien eine „ernsthafte Gefahr“ für den Handel."
    summary = "Der Minister sagte: „Die Zölle seien eine ‚{}‘ für den Handel.“[^q]"
    root = german_project(tmp_path / "p", source, summary.format("ernsthafte Gefahr"))
    assert run_build(root, "check").code == 0
    edit(root / "content" / "q" / "briefing.yaml", "‚ernsthafte Gefahr‘", "‚tödliche Gefahr‘")
    refused_with(root, 'quoted words "tödliche Gefahr" are not in the passages')


@pytest.mark.parametrize("opening", ["‚", "›", "‹"])
def test_a_german_single_mark_never_closed_is_refused(tmp_path: Path, opening: str):
    root = german_project(tmp_path / "p", QUOTED_SOURCE,
                          f"Der Minister nannte die Zölle {opening}eine tödliche Gefahr.[^q]")
    refused_with(root, "a quotation mark opened here is never closed in its paragraph")


# --- 4. a dotted numeric date in English text -------------------------------------------------------------

@pytest.mark.parametrize("source, summary", [
    ("The vote was held on 3 May 2026.", "The vote was held on 03.05.2026.[^q]"),
    ("The vote was held on 03.05.2026.", "The vote was held on 3 May 2026.[^q]"),
    ("The vote was held on 03.05.2026.", "The vote was held on 3.5.2026.[^q]"),
])
def test_a_dotted_numeric_date_in_english_is_read_as_a_date_day_first(tmp_path: Path, source: str, summary: str):
    root = english_project(tmp_path / "p", source, summary)
    result = run_build(root, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("source, summary, named", [
    ("The vote was held on 3 May 2026.", "The vote was held on 04.05.2026.[^q]", 'date "04.05.2026"'),
    ("The vote was held on 3 May 2026.", "The vote was held on 03.05.2027.[^q]", 'date "03.05.2027"'),  # the year too
    ("The index rose 3.05 points in 2026.", "The index rose on 03.05.2026.[^q]", 'date "03.05.2026"'),
])
def test_a_dotted_numeric_date_in_english_is_refused_when_its_day_month_or_year_is_not_the_sources(
        tmp_path: Path, source: str, summary: str, named: str):
    root = english_project(tmp_path / "p", source, summary)
    refused_with(root, named, "is not in the passages")


def test_a_decimal_in_english_is_still_a_decimal():
    mentions = numbers.find_mentions("The index rose 3.05 points; the vote was on 03.05.2026.", "en")
    assert [(m.text, m.kind) for m in mentions] == [("3.05", "figure"), ("03.05.2026", "date")]
    assert numbers.find_mentions("on 03/05/2026", "en")[0].kind == "figure"  # a slashed one's order is not guessed


# --- 5. ordinal dots in the sentences `check` counts in a source -----------------------------------------

ORDINAL_SOURCE = "Am 3. März 2026 kündigte Norland zum 2. Mal Zölle an, unter König Anselm II. erstmals. Der Handel sank."


def test_check_counts_a_german_sentence_with_ordinal_dots_as_one(tmp_path: Path):
    cited = ORDINAL_SOURCE.split(" Der Handel")[0]
    root = german_project(tmp_path / "p", ORDINAL_SOURCE, f"{cited}[^q]", words="")
    edit(root / "content" / "q" / "briefing.yaml", f"quote: '{ORDINAL_SOURCE}'", f"quote: '{cited}'")
    result = run_build(root, "check", "--uncited")
    assert result.code == 0, result.err
    assert "source q: 1 passage cited across all briefings, 1 of 3 sentences (33%)" in result.out, result.out
    uncited = [line.split(": ", 1)[1] for line in result.out.splitlines() if line.startswith("  seeds/q.txt:")]
    assert uncited == ["Bericht", "Der Handel sank."], result.out


def test_a_sentence_of_an_english_source_still_ends_at_a_number_and_a_dot(tmp_path: Path):
    # English writes no ordinal dot: "rose to 31. March was calm." is two sentences.
    root = english_project(tmp_path / "p", "The toll rose to 31. March was calm.", "The toll rose to 31.[^q]")
    edit(root / "content" / "q" / "briefing.yaml", "quote: 'The toll rose to 31. March was calm.'",
         "quote: 'The toll rose to 31.'")
    result = run_build(root, "check")
    assert result.code == 0, result.err
    assert "1 of 3 sentences (33%)" in result.out, result.out
