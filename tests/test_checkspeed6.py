"""The remaining costly sentence checks made cheaper: each shortcut is compared with the pattern or the plain code it
stands for, on texts made of the words it reads, in cases re folds alike (benchmarks/check_replay.py measures them)."""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from explainer import numbers, outcomes, speakers
from explainer.first_chars import first_chars
from batches import batches, batches_for

# Letters re matches in any case with an ASCII one (a Kelvin sign, a long s, a dotted and a dotless I), and letters
# whose lowercase is longer than they are.
LOOSE = ["\u212a", "\u017f", "\u0130", "\u0131", "ẞ", "ß", "É", "Ω"]
SEPARATORS = [" ", "  ", "\n", "-", "", ".", ", ", "'", "’", "_", "3", " 2024 ", "é"]
BETWEEN = st.sampled_from(SEPARATORS)


def _plain_may_give_outcome(text: str, language: str) -> bool:
    """The code _may_give_outcome ran before: each word of the lowered text, looked up by its start."""
    table = outcomes._TABLES[language]
    return any(word.startswith(table.stems) for word in table.letters.findall(text.lower()))


OUTCOME_WORDS = sorted({word for table in outcomes._TABLES.values() for form in table.outcome_of
                        for word in form.split()} | {stem for table in outcomes._TABLES.values() for stem in table.stems}
                       | {"Upheld", "OVERTURNED", "the", "court", "appeal", "Alpha", "l'a", "l’ont", "s'est", "reupheld",
                          "set-aside", "x", "ſcrapped", "\u212aept", "dısmissed", *LOOSE})


@settings(max_examples=batches_for(500), deadline=None)
@given(batches(st.lists(st.sampled_from(OUTCOME_WORDS), max_size=6), BETWEEN, st.sampled_from(sorted(outcomes._TABLES))))
def test_a_text_may_give_an_outcome_where_a_word_of_it_starts_with_a_stem_as_before(cases):
    for words, between, language in cases:
        text = between.join(words)
        assert outcomes._may_give_outcome(text, language) == _plain_may_give_outcome(text, language), (text, language)


def test_a_french_stem_holding_an_apostrophe_is_left_out_as_no_word_of_letters_starts_with_it():
    """"l'a" of "l'a annulé" starts no word of letters: the pattern must not find it where the words did not."""
    assert "l'a" in outcomes._TABLES["fr"].stems
    assert not outcomes._may_give_outcome("l'l'o", "fr") and not _plain_may_give_outcome("l'l'o", "fr")


ACCORDING_WORDS = ["according", "According", "ACCORDING", "to", "To", "selon", "Selon", "SELON", "ſelon", "d'après",
                   "D’APRÈS", "d’Après", "accordıng", "accordİng", "the", "ministry", "cord", "x", *LOOSE]


@settings(max_examples=batches_for(500), deadline=None)
@given(batches(st.lists(st.sampled_from(ACCORDING_WORDS), max_size=6), BETWEEN))
def test_a_text_the_according_pattern_finds_anything_in_holds_a_piece_looked_for(cases):
    for words, between in cases:
        text = between.join(words) + " Okafor"
        if speakers._ACCORDING.search(text):
            assert any(piece in text.lower() for piece in speakers._ACCORDING_HOLDS), text


def test_a_speaker_named_after_according_to_is_found_in_any_case_the_pattern_reads():
    for text in ("ACCORDING TO Okafor, the town fell", "Selon Jean Dupont, la ville est tombée",
                 "D’APRÈS Jean Dupont, la ville", "accordıng to Okafor, the town fell", "ſelon Jean Dupont, la ville"):
        assert [names for _, _, names in speakers.speakers_in(text)], text
    assert not speakers.speakers_in("the ministry's record of the town")


# Pieces of what find_mentions reads: digits in several scripts, signs, currencies, number words, months, times.
MENTION_WORDS = ["3", "12", "2,400", "1.5", "٣", "١٢", "−4", "-4", "$3", "€", "£2", "¥", "%", "per", "cent", "one",
                 "One", "ONE", "two", "dozen", "a", "hundred", "half", "twice", "Once", "third", "quarter", "March",
                 "mar", "Sept.", "ſeptember", "2024-03-05", "12.03.2026", "3/12/2026", "noon", "pm", "9:30", "deux",
                 "vingt", "cent", "mille", "un", "zwei", "zwölf", "dreißig", "tausend", "tres", "doce", "mil",
                 "veinte", "million", "m", "bn", "th", "the", "killed", "people", "ثلاثة", "مليون", "ألف", "x",
                 "Okafor", "\u212a", "\u0130", "\u0131", "ß", "K", "s", "z"]
READINGS = ["", "en", "fr", "de", "es"]


def _mentions_found_as_without(text: str, language: str) -> None:
    pattern = numbers._reading(language).pattern
    plain = _without_look_ahead(pattern)
    assert pattern.pattern.startswith("(?=[")
    assert ([(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            == [(m.span(), m.groupdict()) for m in plain.finditer(text)]), (text, language)


@functools.cache
def _without_look_ahead(pattern: re.Pattern) -> re.Pattern:
    return re.compile(pattern.pattern.split("])", 1)[1], re.IGNORECASE)


# Every word is also tried alone between each two separators (a first character left out of the look-ahead is found
# there at once), so hypothesis's longer texts need 300 examples, not 600.
@settings(max_examples=batches_for(300), deadline=None)
@given(batches(st.lists(st.sampled_from(MENTION_WORDS), max_size=8), BETWEEN, st.sampled_from(READINGS)))
def test_the_mention_pattern_looking_for_a_first_character_finds_what_it_found_without(cases):
    for words, between, language in cases:
        _mentions_found_as_without(between.join(words), language)


def test_the_mention_pattern_looking_for_a_first_character_finds_what_it_found_without_in_every_word():
    for language in READINGS:
        for word in MENTION_WORDS:
            for between in SEPARATORS:
                _mentions_found_as_without(f"x{between}{word}{between}x", language)


def test_the_english_mention_pattern_s_first_characters_written_out_are_those_found_in_it():
    """Written out to spare the start 11 ms: an alternative added to the pattern must add what it starts with."""
    body = numbers._MENTION.pattern.removeprefix(f"(?=[{numbers._MENTION_FIRST}])")
    assert body != numbers._MENTION.pattern
    assert first_chars(body, re.IGNORECASE) == numbers._MENTION_FIRST


def test_a_locale_s_month_names_start_a_mention_whatever_letter_they_start_with():
    writing = numbers.Writing(",", ("ocak", "Şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
                                    "ekim", "kasım", "İyun"))
    numbers.read_as_locales({"tr": writing})
    try:
        found = numbers.find_mentions("3 Şubat 2026 ve İyun 2025, kasım 2024", "tr")
    finally:
        numbers.read_as_locales({})
    assert [m.kind for m in found] == ["date", "date", "date"], found


def test_first_chars_says_nothing_of_a_pattern_that_may_start_with_any_character_or_match_nothing():
    for pattern in (r"[^a]b", r".x", r"\wx", r"(a|)\1x", r"a?", r"(?:x|)", r"(?=a)"):
        assert first_chars(pattern) is None, pattern
    assert first_chars(r"(?<!\w)(?:ab|[c-e]|\d+)x?") == r"\dacde"
    assert first_chars(r"(?i:k)") is None  # its letter folds case where a class outside it would not
