"""The sentence checks' bodies made cheaper: each shortcut is compared with the pattern or the plain code it stands
for, on texts made of the words it reads, in cases re folds alike (benchmarks/check_replay.py measures them)."""

from __future__ import annotations

import importlib.util
import pickle
import re
import shutil

from hypothesis import given, settings
from hypothesis import strategies as st
from support import pairs

from batches import batches, batches_for
from explainer import attribution, direction, numbers, rates, roles, speakers
from explainer.attribution import Cited, may_name_a_time, quoted_parts
from explainer.sentences import split_sentences
from regenerate_golden import FIXTURE, REPO


def _check_replay():
    """Return benchmarks/check_replay.py as a module (benchmarks/ is no package, nor on the path)."""
    spec = importlib.util.spec_from_file_location("benchmarks_check_replay", REPO / "benchmarks" / "check_replay.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

# Letters re matches in any case with an ASCII one: a Kelvin sign, a long s, a dotted and a dotless I.
LOOSE = ["\u212a", "\u017f", "\u0130", "\u0131"]
SEPARATORS = [" ", "  ", "\n", "-", "", ".", ", ", "'s ", "_", "3", " 2024 "]
BETWEEN = st.sampled_from(SEPARATORS)
# The lookups below are also tried on every word and every two words joined each way (support.pairs), which find a
# word left out of a lookup that hundreds of random lists missed in some seeds: hypothesis's longer texts need 300.

TIME_WORDS = ["Thursday", "THURSDAY", "jeudi", "Friday's", "Fri", "night", "Nights", "morning", "mornings",
              "overnight", "midnight", "dawn", "dusk", "soir", "soirée", "matinée", "après-midi", "aube", "ليلة",
              "الجمعة", "spring", "Summer", "winter", "of", "2024", "days", "decades", "hours", "ago", "earlier",
              "prior", "later", "yesterday", "Today", "tonight", "tomorrow", "last", "this", "next", "week",
              "weekend", "month", "year", "years", "late", "at", "the", "first", "day", "ſpring", "thurſday",
              "\u212aeek", "tonıght", "yesterdİy", *LOOSE]


def _time_word_looked_for(text: str) -> None:
    if attribution._TIME_WORD.search(text) and any(word in text.lower() for word in attribution._TIME_WORD_HOLDS):
        assert may_name_a_time(text), text


@settings(max_examples=batches_for(300), deadline=None)
@given(batches(st.lists(st.sampled_from(TIME_WORDS), max_size=6), BETWEEN))
def test_a_time_word_is_looked_for_wherever_the_pattern_could_find_one(cases):
    """Wherever the pattern finds one and the substring lookup before it let it: the words looked up since rule out
    nothing more ("tonıght" with a dotless i, which the pattern finds, the substrings ruled out before)."""
    for words, between in cases:
        _time_word_looked_for(between.join(words))


def test_a_time_word_is_looked_for_in_every_word_and_pair_of_words_the_pattern_finds_one_in():
    for text in pairs(TIME_WORDS, SEPARATORS):
        _time_word_looked_for(text)


def test_a_part_of_the_day_or_a_span_alone_is_no_time_word_and_is_not_looked_for():
    for text in ("convoys moved late at night", "two days later", "on the first day", "a year of talks"):
        assert not attribution._TIME_WORD.search(text) and not may_name_a_time(text), text
    for text in ("on Thursday night", "three days ago", "in spring 2024", "last week", "thurſday night"):
        assert attribution._TIME_WORD.search(text) and may_name_a_time(text), text


# Every word of the reporting patterns (English and French), and pieces around them.
REPORTING_WORDS = sorted(set(re.findall(r"[a-zéèàçêâû]+", speakers._REPORTING.pattern + speakers._REPORTING_FR))
                         | {"The", "ministry", "Said", "SAID", "Claims", "$3", "million", "3%", "'s", "Okafor's", "a",
                            "the", "that", "by", "for", "as", "4", "X", "Twitter", "online", "évoque", "Évoque",
                            "a-t-il", "ont-elles", "1", "_", "’s"})
_PLAIN_REPORTING = re.compile(f"{speakers._REPORTING.pattern}|{speakers._REPORTING_FR}")


@settings(max_examples=batches_for(400), deadline=None)
@given(batches(st.lists(st.sampled_from(REPORTING_WORDS), max_size=8), BETWEEN))
def test_the_reporting_pattern_looking_for_a_first_letter_finds_what_it_found_without(cases):
    for words, between in cases:
        text = between.join(words)
        found = [(m.span(), m.group()) for m in _PLAIN_REPORTING.finditer(text)]
        assert [(m.span(), m.group()) for m in speakers._REPORTING_ANY.finditer(text)] == found, text
        for start in range(len(text)):
            old, new = _PLAIN_REPORTING.match(text, start), speakers._REPORTING_ANY.match(text, start)
            assert (old and old.span()) == (new and new.span()), (text, start)


def test_every_reporting_word_starts_with_a_letter_looked_for():
    for word in REPORTING_WORDS:
        for match in _PLAIN_REPORTING.finditer(f"x {word} that y"):
            assert match.group()[0] in speakers._REPORTING_FIRST, word


DIRECTION_WORDS = ["rose", "ROSE", "fell", "Fell", "up", "UP", "down", "Down", "augmenté", "gestiegen", "FIELEN",
                   "stieß", "grew", "set", "offices", "3%", "the", "upside", "downs", "ſlid", "\u212a", *LOOSE]


@settings(max_examples=batches_for(200), deadline=None)
@given(batches(st.lists(st.sampled_from(DIRECTION_WORDS), max_size=6), BETWEEN))
def test_a_sentence_giving_no_direction_is_found_by_one_set_lookup_as_by_two_functions_a_word(cases):
    for words, between in cases:
        text = between.join(words)
        plain = any(direction._direction_of(word) or word.casefold() in direction._RIGHT_BEFORE
                    for word in direction._WORD.findall(text))
        assert (not direction._TURNING_WORDS.isdisjoint(w.casefold() for w in direction._WORD.findall(text))) == plain


QUOTE_PIECES = ['"', "“", "”", "'", "‘", "’", "«", "»", "‚", "the", "war", "said", "\n\n", " ", "it's", "a"]


@settings(max_examples=batches_for(200), deadline=None)
@given(batches(st.lists(st.sampled_from(QUOTE_PIECES), max_size=12)))
def test_quoted_parts_remembered_are_those_found_afresh(cases):
    for pieces in cases:
        text = " ".join(pieces)
        assert quoted_parts(text) == attribution._union(attribution._quoted_spans(text))


def test_a_caller_changing_the_quoted_parts_it_was_given_changes_no_later_answer():
    text = 'the minister called it "a total war" on Friday'
    spans = quoted_parts(text)
    spans.append((0, 3))
    assert quoted_parts(text) == [(24, 35)]


def test_a_speaker_s_naming_words_follow_the_locale_read_since_they_were_remembered():
    """A German locale's articles make "der Behörde" a noun, no name: naming_words remembered before must not say
    otherwise after the locale is read."""
    assert speakers.naming_words("Sprecher der Behörde") == {"sprecher", "behörde"}
    numbers.read_as_locales({"de": numbers.Writing(",", tuple(f"m{n}" for n in range(12)), articles=("der",))})
    try:
        assert speakers.naming_words("Sprecher der Behörde") == {"sprecher"}
    finally:
        numbers.read_as_locales({})
    assert speakers.naming_words("Sprecher der Behörde") == {"sprecher", "behörde"}


PERIOD_WORDS = ["a", "an", "per", "each", "every", "single", "year", "years", "yearly", "annual", "annually", "annum",
                "yr", "p.a.", "p", "par", "chaque", "année", "annuel", "annuelles", "pro", "im", "Jahr", "jährlich",
                "al", "año", "por", "anual", "anuales", "month", "monthly", "mois", "mensuel", "Monat", "monatlich",
                "monatlichen", "mes", "mensual", "week", "weekly", "semaine", "hebdomadaire", "Woche", "la", "semana",
                "semanal", "day", "days", "daily", "jour", "quotidien", "quotidiennes", "Tag", "día", "diario",
                "diarias", "hour", "hourly", "heure", "Stunde", "hora", "first", "the", "£1.2bn", "20", *LOOSE]


def _period_looked_for(text: str) -> None:
    if rates._PERIOD.search(text):
        assert rates.may_give_a_period(text), text


@settings(max_examples=batches_for(300), deadline=None)
@given(batches(st.lists(st.sampled_from(PERIOD_WORDS), max_size=6), BETWEEN))
def test_a_period_is_looked_for_wherever_the_pattern_could_find_one(cases):
    for words, between in cases:
        _period_looked_for(between.join(words))


def test_a_period_is_looked_for_in_every_word_and_pair_of_words_the_pattern_finds_one_in():
    for text in pairs(PERIOD_WORDS, SEPARATORS):
        _period_looked_for(text)


def test_a_period_s_letters_without_its_words_are_not_searched():
    for text in ("on the first day", "two days later", "the annuity was paid"):
        assert not rates.may_give_a_period(text), text
    for text in ("£1.2bn a year", "20 million per day", "3% p.a.", "par an", "monatlichen 20"):
        assert rates._PERIOD.search(text) and rates.may_give_a_period(text), text


def _dropped_hedge_in_item_plainly(text, passages, language=""):
    """dropped_hedge_in_item as it was: every passage's words read again for each sentence."""
    sentences = split_sentences(text, language)
    if len(sentences) < 2:
        return attribution.dropped_hedge(text, passages)
    findings = []
    for sentence in sentences:
        resting = [passage for passage in passages
                   if len(attribution._long_words(sentence.text) & attribution._long_words(passage.text)) >= 2]
        findings += attribution.dropped_hedge(sentence.text, resting, sentence.start) if resting else []
    return findings


HEDGE_WORDS = ["Brightwater", "allegedly", "reportedly", "approached", "investors", "before", "Tuesday", "said",
               "according", "to", "police", "the", "seized", "weapons", ".", ". The", "; ", "purportedly"]


@settings(max_examples=batches_for(250), deadline=None)
@given(batches(st.lists(st.sampled_from(HEDGE_WORDS), max_size=14),
               st.lists(st.lists(st.sampled_from(HEDGE_WORDS), max_size=8), max_size=3)))
def test_an_item_s_dropped_hedges_are_found_as_when_each_sentence_read_every_passage_again(cases):
    for item, cited in cases:
        text = " ".join(item)
        passages = [Cited(" ".join(words)) for words in cited]
        assert attribution.dropped_hedge_in_item(text, passages) == _dropped_hedge_in_item_plainly(text, passages)


ROLE_WORDS = ["the", "The", "THE", "a", "Pakistan's", "Harbor’s", "defence", "foreign", "minister", "Minister",
              "MINISTER", "spokesman", "chief", "Chief", "mischief", "general", "General", "head", "headed", "aide",
              "said", "says", "Said", "told", "added", "warned", "declared", "stated", "claimed", "claims", "Khawaja",
              "Asif", "Zabihullah", ",", ", the", ".", ";", "of", "’s", "'s", *LOOSE]


def _role_looked_for(text: str) -> None:
    if roles._ROLE_SPEAKER.search(text):
        assert roles._may_name_by_role(text, roles._ENGLISH), text
    if roles._MAY_GIVE.search(text):
        assert roles._may_give_a_role(text, roles._ENGLISH), text


@settings(max_examples=batches_for(300), deadline=None)
@given(batches(st.lists(st.sampled_from(ROLE_WORDS), max_size=7), BETWEEN))
def test_a_role_is_looked_for_wherever_the_patterns_could_find_one(cases):
    for words, between in cases:
        _role_looked_for(between.join(words))


def test_a_role_is_looked_for_in_every_word_and_pair_of_words_the_patterns_find_one_in():
    for text in pairs(ROLE_WORDS, SEPARATORS):
        _role_looked_for(text)


def test_a_sentence_naming_no_role_is_not_searched_for_one():
    assert not roles._may_name_by_role("the ministry said the convoy left", roles._ENGLISH)
    assert not roles._may_give_a_role("the ministry said the convoy left", roles._ENGLISH)
    assert roles._may_name_by_role("the defence minister said", roles._ENGLISH)


def test_the_checks_a_check_runs_are_recorded_and_replay_to_what_they_found(tmp_path, capsys):
    """benchmarks/check_replay.py, as the README shows it: every check call of a cold `check` of the fixture microsite
    kept, and run again alone, finds what it found (what its digest of all findings rests on)."""
    check_replay = _check_replay()
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project)
    for folder in ("templates", "static"):
        shutil.copytree(REPO / folder, project / folder)
    check_replay.record(project, tmp_path / "calls.pkl")
    with open(tmp_path / "calls.pkl", "rb") as kept:
        calls = pickle.load(kept)
    assert len(calls) > 20 and {call[1].__name__ for call in calls} >= {"_reworded", "_stated"}
    assert check_replay._replay(calls) == [call[3] for call in calls]
