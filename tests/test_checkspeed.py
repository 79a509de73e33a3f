"""The sentence checks' shortcuts never change what they find: a quick look for what a check needs (a date's month
name or year) lets through every text the check would read something in, and the check still fires there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import minimal_project
from test_factcheck_5 import checked
from test_factcheck_7 import assert_outcome
from test_mention_pattern import LANGUAGES, PIECES, REPO

from batches import batches, batches_for
from explainer import datebounds, numbers, sentences
from explainer.attribution import _statements, statements_needing_citation
from explainer.sentences import split_sentences

# Besides the mention pattern's pieces: markers and words with digits glued in ("[^c000102]" holds no year), years
# glued to a currency code or to other digits, Arabic-Indic digits, abbreviated and locale months.
DATE_PIECES = [*PIECES, "[^c000102]", "c2019", "2019", "1999", "12019", "20190", "٢٠٢٦", "20٢٦", "USD2019", "EUR",
               "Jan", "Sep", "May", "mai", "mid-", "by", "in", "until", "marzo", "Marzo", "de", "mes3", "Mes3", "1",
               "03", "2026-", "/", "٣", "Sept.", "mid-", "كانون الثاني", "كانون", "_", "x", "月", "年", "日", "中旬", "約"]
LOCALES = {"es": numbers.Writing(",", ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                       "septiembre", "octubre", "noviembre", "diciembre")),
           "nl": numbers.Writing(",", tuple(f"mes{n}" for n in range(1, 13)))}


@pytest.fixture(autouse=True)
def locale_months():
    """Read Spanish and Dutch with their locales' own month names, as a project's locales would make them read (set
    for each test, after conftest's reset to no project's locales)."""
    numbers.read_as_locales(LOCALES)
    yield
    numbers.read_as_locales({})


def dates_read(text: str, language: str) -> list:
    """Return the dates the date-bound check reads in text, without its shortcut."""
    return datebounds._dates_in(text, numbers.find_mentions(text, language, prose=True))


@settings(max_examples=batches_for(400), deadline=None)
@given(batches(st.lists(st.tuples(st.sampled_from(DATE_PIECES),
                                  st.sampled_from(["", " ", " ", "-", "\n", ". ", ".", "/"])), max_size=12),
               st.sampled_from([*LANGUAGES, "nl"])))
def test_text_said_to_state_no_date_has_none(cases):
    for pieces, language in cases:
        text = "".join(piece + after for piece, after in pieces)
        if not numbers.may_state_a_date(text, language):
            assert dates_read(text, language) == [], text


@pytest.mark.parametrize("text, language", [
    ("by March", "en"), ("3 Sept", "en"), ("in 2019", "en"), ("USD2019", "en"), ("d'ici mars", "fr"),
    ("12.03.2026", "de"), ("2026-03-03", "en"), ("el 3 de marzo", "es"), ("mes3 2026", "nl"),
    ("٢٠٢٦-٠٣-٠٣", "ar"), ("20٢٦", "en"), ("3月18日に", "ja"), ("3月中旬", "zh"), ("2026年に", "ja"),
])
def test_every_way_of_writing_a_date_is_let_through(text: str, language: str):
    assert dates_read(text, language), text  # a date the check reads ...
    assert numbers.may_state_a_date(text, language)  # ... is never skipped


def test_text_with_digits_but_no_year_or_month_is_skipped():
    for text in ("Forces regrouped at dawn[^c000102].", "About 1,200 people fled[^s3].", "It rose 12%."):
        assert not numbers.may_state_a_date(text, "en"), text


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("checkspeed") / "project")


# Dates written without a year's digits, or beside a citation key's digits: the shortcut must read them all.
BOUNDS_LET_THROUGH = [
    ("The vote will be held no later than March.", "The vote will be held in March.",
     'date "March" leaves out the bound of "no later than March"'),
    ("The vote will be held no earlier than 3 Sept.", "The vote will be held on 3 Sept.",
     'date "3 Sept" leaves out the bound of "no earlier than 3 Sept"'),
    ("Le vote aura lieu d'ici mars.", "Le vote aura lieu en mars.", "leaves out the bound of \"d'ici mars\""),
    ("The vote will be held no earlier than 3 Sept.", "The vote will be held no earlier than 3 Sept.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", BOUNDS_LET_THROUGH, ids=[w[:40] for _, w, _ in BOUNDS_LET_THROUGH])
def test_a_date_bound_the_shortcut_lets_through_is_still_kept(fixture_root: Path, given, written, outcome):
    assert_outcome(checked(fixture_root, given, written), outcome)


# --- Sentences split once per text, however many checks read it ---------------------------------------------------

def test_a_text_split_again_after_its_locale_changes_is_split_as_the_locale_now_writes():
    # split_sentences remembers what it split: a locale that now writes ordinals with a dot ("am 3. Mai") must
    # make the same text split otherwise, as a preview's edit of locales/de.yaml does.
    text = "Die Wahl war am 3. Mai in Berlin. Sie dauerte lange."
    try:
        numbers.read_as_locales({})
        assert [s.text for s in split_sentences(text, "de")] == ["Die Wahl war am 3.", "Mai in Berlin.",
                                                                 "Sie dauerte lange."]
        numbers.read_as_locales({"de": numbers.Writing(",", tuple(f"m{n}" for n in range(12)), day_dot=True)})
        assert [s.text for s in split_sentences(text, "de")] == ["Die Wahl war am 3. Mai in Berlin.",
                                                                 "Sie dauerte lange."]
    finally:
        numbers.read_as_locales(LOCALES)


def test_sentences_split_once_are_the_sentences_split_afresh():
    prose = (Path(__file__).resolve().parent.parent / "content" / "pakistan-afghanistan-war" / "background.yaml"
             ).read_text(encoding="utf-8")
    for language in ("en", "fr", "es"):
        paragraph = prose[:sentences._REMEMBERED_LENGTH]
        assert split_sentences(paragraph, language) == sentences._split(paragraph, language)
        assert split_sentences(paragraph, language) is split_sentences(paragraph, language)  # remembered
    long = prose * (1 + sentences._REMEMBERED_LENGTH // len(prose))
    assert split_sentences(long, "en") == sentences._split(long, "en")
    assert split_sentences(long, "en") is not split_sentences(long, "en")  # split afresh, not kept


# --- Mentions looked for among a sentence's words ------------------------------------------------------------------

WORD_PIECES = ["one", "One", "ONE", "twenty", "Twenty-one", "someone", "often", "_one", "one_", "x1", "1", "٣",
               "once", "only", "at least", "never", "twice", "thrice", "dozen", "hundred", "million", "vingt", "Vingt",
               "cent", "mille", "milliards", "soixante", "une", "deux", "é", "Ünion", "ſix", "ıt", "Kelvin",
               "-", ".", ",", "(", ")", "'", "the", "people", "zero", "a"]


@settings(max_examples=batches_for(400), deadline=None)
@given(batches(st.lists(st.tuples(st.sampled_from(WORD_PIECES), st.sampled_from(["", " ", " ", "-", "\n", ". "])),
                        max_size=10),
               st.sampled_from(["en", "fr"])))
def test_words_looked_up_find_every_text_the_pattern_would_read_a_mention_in(cases):
    for pieces, language in cases:
        text = "".join(piece + after for piece, after in pieces)
        maybe = numbers._reading(language).maybe
        if maybe.search(text):
            assert numbers._may_mention(text, maybe), text


@pytest.mark.parametrize("text, language, value", [
    ("They met only once.", "en", 1), ("TWENTY-ONE were hurt.", "en", 21), ("Vingt morts.", "fr", 20),
    ("Twice the size.", "en", 2), ("About a dozen left.", "en", 12),
])
def test_a_figure_in_words_only_is_still_read(text: str, language: str, value: int):
    assert [q.value for m in numbers.find_mentions(text, language, prose=True) for q in m.quantities] == [value]


# --- A sentence's statements read once, however many checks ask ----------------------------------------------------

def test_a_sentence_read_again_after_its_locale_changes_is_read_as_the_locale_now_writes():
    # _statements remembers what it read: a locale that now lists its weekdays makes "Dienstag" a statement.
    [sentence] = split_sentences("Am Dienstag kam er zurück.", "de")
    weekdays = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
    try:
        numbers.read_as_locales({})
        assert statements_needing_citation(sentence, "de") == []
        numbers.read_as_locales({"de": numbers.Writing(",", tuple(f"m{n}" for n in range(12)), weekdays=weekdays)})
        assert [(s.text, s.kind) for s in statements_needing_citation(sentence, "de")] == [("Dienstag", "weekday")]
    finally:
        numbers.read_as_locales(LOCALES)


def test_statements_read_once_are_the_statements_read_afresh():
    prose = (Path(__file__).resolve().parent.parent / "content" / "pakistan-afghanistan-war" / "timeline.yaml"
             ).read_text(encoding="utf-8")
    read = 0
    for sentence in split_sentences(prose, "en"):
        statements = statements_needing_citation(sentence, "en")
        assert statements == list(_statements.__wrapped__(sentence, "en"))
        statements.clear()  # a caller's list is its own
        read += len(statements_needing_citation(sentence, "en"))
    assert read > 20


# --- Findings kept under keys that hold from process to process ----------------------------------------------------

KEY_OF_A_CHECK_GIVEN_PARTIES = """
from explainer.attribution import Cited
from explainer.checked import KeptFindings, Passages
kept = KeptFindings()
parties = (("north", frozenset({"northern", "alliance", "army", "forces", "coalition"})), ("south", frozenset()))
kept.run(lambda *args: [], "The army said so.", Passages([Cited("The army said so.", "en")]), 0, "en", parties)
print(*kept.used)
"""


def test_a_check_given_the_briefings_parties_is_kept_under_the_same_key_in_every_process():
    # A party's naming words are a set, which pickles in an order that changes with the process's string hashes:
    # keyed so, the findings of every check given the parties were never found again by the next build's process.
    keys = {subprocess.run([sys.executable, "-c", KEY_OF_A_CHECK_GIVEN_PARTIES], cwd=REPO, capture_output=True,
                           text=True, check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in range(3)}
    assert len(keys) == 1, keys
