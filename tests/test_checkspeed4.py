"""The checks look a sentence's words up before running a pattern over it (explainer/wordset.py): each lookup is
compared with the pattern it bypasses, on texts made of the words it reads, in cases re folds alike.

Every word alone and every two of them joined each way are tried in turn (`pairs`), and hypothesis tries longer
texts: a weekday lookup that lacked one word ("Thu", "Fri", "Thurs") was found by 1,500 random examples in only 1, 4
and 6 of 20 seeds, by the pairs always, at a fifth of the CPU."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import pairs

from batches import batches, batches_for
from explainer import numbers, rates, ranks, speakers
from explainer.attribution import may_name_a_weekday, weekday_pattern
from explainer.checked import KeptFindings, Passages
from explainer.attribution import Cited
from explainer.wordset import ascii_words, first_runs, may_hold

# Letters re matches in any case with an ASCII one: a Kelvin sign, a long s, a dotted and a dotless I.
LOOSE = ["\u212a", "\u017f", "\u0130", "\u0131"]
SEPARATORS = [" ", "  ", "\n", "-", "", ".", ", ", "'s ", "_", "3"]
BETWEEN = st.sampled_from(SEPARATORS)
LANGUAGES = ["", "en", "fr", "ar", "de", "es", "tr"]


DAY_WORDS = ["Monday", "MONDAY", "monday", "Mon", "Mon.", "Tues", "Tue", "Weds", "Wed", "Thu", "Thur", "Thurs", "Fri",
             "Sat", "Sun", "Sunday's", "mid", "week", "The", "12", "March", "Mar", "lundi", "Jeudi", "vendredi",
             "samedi", "Dienstag", "dienstag", "Mittwoch", "martes", "miércoles", "miercoles", "sábado", "الخميس",
             "الجمعة", "Diens", "tag", "Thursdays", "x", "Frid", "ay", "ſunday", "\u212aey", "Frİday", "Frıday",
             "dıenstag", *LOOSE]
LOCALES = {"de": numbers.Writing(",", tuple(f"m{n}" for n in range(12)), day_dot=True,
                                 weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                                           "Sonntag")),
           "es": numbers.Writing(",", tuple(f"m{n}" for n in range(12)),
                                 weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")),
           "tr": numbers.Writing(",", tuple(f"m{n}" for n in range(12)),
                                 weekdays=("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"))}


@pytest.fixture(autouse=True)
def locale_weekdays():
    """Read German, Spanish and Turkish with their locales' own weekdays, as a project's locales would make them."""
    numbers.read_as_locales(LOCALES)
    yield
    numbers.read_as_locales({})


def _weekday_looked_for(text: str, language: str) -> None:
    if weekday_pattern(language).search(text):
        assert may_name_a_weekday(text, language), (text, language)


@settings(max_examples=batches_for(300), deadline=None)
@given(batches(st.lists(st.sampled_from(DAY_WORDS), max_size=6), BETWEEN, st.sampled_from(LANGUAGES)))
def test_a_weekday_is_looked_for_wherever_the_pattern_could_find_one(cases):
    for words, between, language in cases:
        _weekday_looked_for(between.join(words), language)


def test_a_weekday_is_looked_for_in_every_word_and_pair_of_words_the_pattern_finds_one_in():
    for language in LANGUAGES:
        for text in pairs(DAY_WORDS, SEPARATORS):
            _weekday_looked_for(text, language)


def test_a_turkish_weekday_without_its_dotless_i_is_still_looked_for():
    """"Sali" is found by the pattern of "Salı" read in any case, so its words must not rule it out."""
    assert weekday_pattern("tr").search("on Sali 3")
    assert may_name_a_weekday("on Sali 3", "tr")
    assert not may_name_a_weekday("on the first day", "tr")


ORDINAL_WORDS = ["first", "First", "FIRST", "second", "third", "twenty", "twenty-first", "thirtieth", "eleventh",
                 "nineteenth", "round", "time", "day", "the", "1st", "21st", "firsts", "firstly", "second-", "ſecond",
                 "\u212aey", "fırst", "fİrst", "-", "and", *LOOSE]


def _rank_looked_for(text: str) -> None:
    if ranks._SPELLED["en"].search(text):
        assert may_hold(text, ranks._ENGLISH_ORDINALS), text


@settings(max_examples=batches_for(300), deadline=None)
@given(batches(st.lists(st.sampled_from(ORDINAL_WORDS), max_size=6), BETWEEN))
def test_a_spelled_rank_is_looked_for_wherever_the_pattern_could_find_one(cases):
    for words, between in cases:
        _rank_looked_for(between.join(words))


def test_a_spelled_rank_is_looked_for_in_every_word_and_pair_of_words_the_pattern_finds_one_in():
    for text in pairs(ORDINAL_WORDS, SEPARATORS):
        _rank_looked_for(text)


def test_the_rank_check_finds_what_it_found_before_and_reads_no_passage_where_no_ordinal_stands():
    passages = [Cited("the third round of talks began")]
    assert ranks.changed_ranks("the fourth round of talks began", passages)
    assert ranks.changed_ranks("the talks began again", passages) == []


COURT_WORDS = ["the", "Court", "COURT", "courts", "courthouse", "Seacourt", "judge", "Judgment", "judgement",
               "judging", "ruling", "Ruling's", "tribunal", "justices", "panel", "panels", "said", "officials",
               "ſaid", "\u212aourt", "ruİing", "panel’s", "'s", *LOOSE]


def _court_looked_for(text: str) -> None:
    if speakers._COURT.search(text):
        assert speakers._may_name_a_court(text), text


@settings(max_examples=batches_for(300), deadline=None)
@given(batches(st.lists(st.sampled_from(COURT_WORDS), max_size=6), BETWEEN))
def test_a_court_is_looked_for_wherever_the_pattern_could_find_one(cases):
    for words, between in cases:
        _court_looked_for(between.join(words))


def test_a_court_is_looked_for_in_every_word_and_pair_of_words_the_pattern_finds_one_in():
    for text in pairs(COURT_WORDS, SEPARATORS):
        _court_looked_for(text)


# The period pattern as it was: each period's words bounded on their own.
_PERIOD_BEFORE = re.compile("|".join(f"(?P<{name}>(?<!\\w)(?:{words})(?!\\w))"
                                     for name, words in rates._PERIOD_WORDS.items()), re.IGNORECASE)
PERIOD_WORDS = ["a", "an", "per", "each", "every", "single", "year", "years", "yearly", "annual", "annually", "annum",
                "yr", "p.a.", "par", "chaque", "année", "annuel", "annuelles", "pro", "im", "Jahr", "jährlich",
                "jährlichen", "al", "año", "por", "anual", "anuales", "month", "monthly", "mois", "mensuel", "Monat",
                "monatlich", "monatlichen", "mes", "mensual", "week", "weekly", "semaine", "hebdomadaire", "Woche",
                "wöchentlich", "la", "semana", "semanal", "day", "daily", "jour", "quotidien", "Tag", "täglich", "día",
                "diario", "hour", "hourly", "heure", "Stunde", "hora", "£1.2bn", "20", "x", "_", *LOOSE]


def _period_found_as_before(text: str) -> None:
    before = [(m.span(), m.lastgroup) for m in _PERIOD_BEFORE.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in rates._PERIOD.finditer(text)] == before, text
    for start in range(len(text)):
        old, new = _PERIOD_BEFORE.match(text, start), rates._PERIOD.match(text, start)
        assert (old and (old.span(), old.lastgroup)) == (new and (new.span(), new.lastgroup)), (text, start)


@settings(max_examples=batches_for(300), deadline=None)
@given(batches(st.lists(st.sampled_from(PERIOD_WORDS), max_size=8), BETWEEN))
def test_the_period_pattern_bounded_once_finds_what_it_found_bounded_per_period(cases):
    for words, between in cases:
        _period_found_as_before(between.join(words))


def test_the_period_pattern_bounded_once_finds_what_it_found_in_every_word_and_pair_of_words():
    for text in pairs(PERIOD_WORDS, [" ", "", "-", "'s ", "_"]):
        _period_found_as_before(text)


def test_a_sentence_s_words_are_its_lowercase_runs_of_letters_and_none_beyond_ascii():
    assert ascii_words("Thursday's 3rd-round_vote, p.a.") == {"thursday", "s", "rd", "round", "vote", "p", "a"}
    assert ascii_words("ſunday") is None
    assert may_hold("ſunday", frozenset({"sunday"}))
    assert not may_hold("On Monday", frozenset({"sunday"}))


def test_names_are_looked_up_by_their_first_run_of_letters_and_a_name_without_letters_by_none():
    assert first_runs(["Thursday", "mid-week", "Salı", "الخميس", "ſonntag"]) == {"thursday", "mid", "sali", "sonntag"}
    assert first_runs(["Monday", "7"]) is None
    assert may_hold("anything at all", None)


def test_kept_findings_key_equal_parties_alike_and_a_changing_one_anew():
    """The parties' sets are put in order once per plan (by the object given); equal parties made anew find the
    findings kept, and a tuple holding a list that changed between checks is keyed by what it holds now."""
    ran = []

    def check(text, parties):
        ran.append(parties)
        return [len(ran)]

    findings = KeptFindings()
    parties = (("north", frozenset({"north", "northern", "alliance"})), ("south", frozenset({"south"})))
    again = tuple((name, frozenset(sorted(words))) for name, words in parties)
    assert findings.run(check, "A sentence.", parties) == findings.run(check, "A sentence.", again) == [1]
    kept = KeptFindings(findings.used)
    assert kept.run(check, "A sentence.", again) == [1] and len(ran) == 1
    changing = ("x", [1])
    findings.run(check, "A sentence.", changing)
    changing[1].append(2)
    findings.run(check, "A sentence.", changing)
    assert len(ran) == 3
    assert findings.run(check, "A sentence.", Passages((Cited("a"),))) == [4]
