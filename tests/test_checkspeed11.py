"""The sentence checks' eleventh round of speed-ups, each compared with the plain way it stands for: no cache keyed on
a compiled pattern (whose hash is its whole program's, 5-7 µs a call), a project locale's words looked up among an
ASCII sentence's words before their pattern runs (attribution.may_hold_locale_word, against the pattern's search),
and swapped.py's elided articles put apart without a template (against the template's substitution).
benchmarks/check_replay.py measures them; its digest of all findings stays the same on benchmarks/synth.py's microsite
and on benchmarks/plant.py's copy of it planted with misstatements."""

from __future__ import annotations

import ast
import gc
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from batches import batches, batches_for
from explainer import (attribution, numbers, opposites, places, roles, scheduled, sequence, speakers, swapped,
                       unestablished)
from explainer.attribution import Cited

EXPLAINER = Path(__file__).resolve().parent.parent / "explainer"

# --- No cache keyed on a compiled pattern -----------------------------------------------------------------------------


def _holds_a_pattern(key, depth: int = 0) -> bool:
    """Say whether hashing `key` hashes a compiled pattern: the pattern itself, or a tuple (a NamedTuple too) of one."""
    if isinstance(key, re.Pattern):
        return True
    return depth < 3 and isinstance(key, tuple) and any(_holds_a_pattern(part, depth + 1) for part in key)


def _pattern_keyed_dicts() -> list[str]:
    """Return the dicts alive (lru_cache's too) whose keys hash a compiled pattern."""
    return [repr(key)[:120] for thing in gc.get_objects() if isinstance(thing, dict)
            for key in list(thing)[:20] if _holds_a_pattern(key)]


def test_no_check_caches_what_it_reads_by_a_compiled_pattern():
    """Each check below once cached a passage's reading keyed on a compiled pattern, or on a tuple of them, and paid
    the pattern's hash on every call; re cached a "\\1 " template keyed on its pattern the same way."""
    re.purge()  # re's template cache holds other code's entries too (hypothesis's own): only ours are asked about
    passages = [Cited("The hearing is scheduled for 3 March in Kabul. The hearing was held on 3 March."),
                Cited("Pakistan is accused of shelling the post. Kabul refused to join the talks."),
                Cited("Defence minister Khawaja Asif, the spokesman, said the talks failed.")]
    scheduled.told_as_held("The hearing was held in Kabul on 3 March.", passages)
    unestablished.unestablished_acts("Pakistan shelled the post and Kabul joined the talks.", passages)
    unestablished.named_accusation_as_fact("Islamabad accuses Kabul of sheltering fighters.", passages)
    roles.swapped_roles("Interior minister Khawaja Asif said the talks failed.", passages)
    swapped._mentions("l'Afghanistan et le Pakistan ont dit", (("afghanistan", frozenset({"afghanistan"})),),
                      swapped.lexicon("fr"))
    assert _pattern_keyed_dicts() == []


def _annotation_names(function: ast.FunctionDef) -> list[str]:
    arguments = function.args.args + function.args.kwonlyargs
    return [ast.unparse(argument.annotation) for argument in arguments if argument.annotation is not None]


CACHE_DECORATOR = re.compile(r"(?m)^[ \t]*@[^\n]*cache")  # @functools.cache, @lru_cache(...), @cached_property


def test_no_cached_function_takes_a_pattern_or_a_tuple_of_them():
    """Read every module: a function cached by lru_cache takes no re.Pattern, nor its module's NamedTuple holding one
    (a tuple hashes each of its fields). Only a module with a decorator line naming a cache is parsed: parsing all
    200 modules was 1.2 s of CPU, and one with no cached function has nothing to report."""
    taking = []
    for path in sorted(EXPLAINER.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not CACHE_DECORATOR.search(text):
            continue
        tree = ast.parse(text)
        holding = {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                   and any(ast.unparse(base) == "NamedTuple" for base in node.bases)
                   and any("Pattern" in ast.unparse(field.annotation) for field in node.body
                           if isinstance(field, ast.AnnAssign))}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and any("cache" in ast.unparse(d) for d in node.decorator_list):
                taking += [f"{path.name}:{node.name}" for annotation in _annotation_names(node)
                           if "Pattern" in annotation or annotation in holding]
    assert taking == []


def test_a_scheduled_event_told_as_held_is_still_found():
    passage = Cited("The hearing is scheduled for 3 March, officials said.")
    (finding,) = scheduled.told_as_held("The hearing was held on 3 March, officials said.", [passage])
    assert "tells as held" in finding.message


@pytest.mark.parametrize("text, passage, words", [
    ("Pakistan shelled the border post on Monday.", "Pakistan is accused of shelling the border post on Monday.",
     "tells as fact"),
    ("Kabul agreed to join the border talks.", "Kabul refused to join the border talks on Monday.", "tells as agreed"),
])
def test_an_accusation_or_a_refusal_is_still_found(text: str, passage: str, words: str):
    (finding,) = unestablished.unestablished_acts(text, [Cited(passage)])
    assert words in finding.message


def test_an_accusation_by_name_is_still_found():
    passage = Cited("Islamabad accuses Afghanistan of sheltering militants near the border.")
    (finding,) = unestablished.named_accusation_as_fact("Afghanistan sheltered militants near the border.", [passage])
    assert "'sheltered'" in finding.message


def test_an_order_turned_round_is_still_found_with_its_sentence_read_once():
    passage = Cited("Hours before the airstrikes, Taliban forces attacked Pakistani border troops.")
    (finding,) = sequence.turned_order("Hours after the airstrikes, Taliban forces attacked Pakistani border troops.",
                                       [passage])
    assert "'after the airstrikes'" in finding.message
    (order,) = sequence._orders("Prices fell from 12% after the change; later they rose.")
    assert order.starts == frozenset({"12%"}) and "prices" in order.words and "later" not in order.words


# --- A locale's words looked up before their pattern runs ------------------------------------------------------------

LOCALES = {"de": numbers.Writing(",", tuple(f"m{n}" for n in range(12)), hedges=("angeblich", "Berichten zufolge"),
                                 according_to=("laut", "zufolge", "nach Angaben", "nach eigenen Angaben", "sagte")),
           "es": numbers.Writing(",", tuple(f"m{n}" for n in range(12)), hedges=("presuntamente",),
                                 according_to=("según", "dijo", "afirmó", "declaró")),
           "tr": numbers.Writing(",", tuple(f"m{n}" for n in range(12)), hedges=("iddia",),
                                 according_to=("dedi", "açıkladı", "göre")),
           "ru": numbers.Writing(",", tuple(f"m{n}" for n in range(12)), hedges=("по неподтверждённым данным",),
                                 according_to=("заявил",))}
# Words around a locale's: its words cut, glued and cased otherwise, ASCII letters a pattern read in any case matches
# beyond ASCII, English reporting words and the characters a word may be glued to.
AROUND = ["laut", "LAUT", "Laut", "lauter", "la", "ut", "zufolge", "Zufolge", "nach", "Angaben", "eigenen", "nach-",
          "sagte", "sagten", "sagtest", "Sagte", "dijo", "Dijo", "dijeron", "según", "segun", "SEGÚN", "afirmó", "afirmo",
          "declaró", "dedi", "dedikleri", "dediğini", "Dedi", "açıkladı", "acikladi", "göre", "gore", "iddia",
          "iddiası", "iddiaya", "angeblich", "ANGEBLICH", "Berichten", "presuntamente", "заявил", "заявила", "данным",
          "неподтвержденным", "неподтверждённым", "по", "ſagte", "\u212aey", "İddia", "ıddia", "said", "the", "Khan",
          "3", "x1", "_laut", "laut_", "é"]
JOINS = st.sampled_from([" ", "  ", "\n", "-", "", ", ", "'", "’", "_", ". ", "«", "\u00a0"])


@pytest.fixture()
def locales():
    numbers.read_as_locales(LOCALES)
    yield
    numbers.read_as_locales({})


def _locale_texts():
    return st.builds(lambda chosen, join: join.join(chosen), st.lists(st.sampled_from(AROUND), max_size=7), JOINS)


def _looked_for(text: str, key: str, language: str | None) -> None:
    if attribution.locale_word_pattern(key, language).search(text):
        assert attribution.may_hold_locale_word(text, key, language), (text, key, language)


@pytest.mark.parametrize("text", [
    "Laut Polizei kamen 40 Menschen ums Leben.", "Die Armee sagte am Montag, sie habe", "Nach eigenen Angaben 40",
    "El ministro dijo que 40 murieron.", "Bakan, 40 kişinin öldüğünü dedikleri", "DIJO el ministro", "la ut ſagte",
    "Berichten zufolge", "по неподтверждённым данным", "He said 40 died.",
])
@pytest.mark.parametrize("key", ["according_to", "hedges"])
def test_a_locale_word_is_looked_for_wherever_its_pattern_finds_one(locales, text: str, key: str):
    for language in (None, "de", "es", "tr", "ru", "en"):
        _looked_for(text, key, language)


def test_english_text_is_read_without_the_locales_patterns(locales):
    """The point of the lookup: English prose holds none of the locales' words, and is found so without a search."""
    assert not attribution.may_hold_locale_word("The minister said 40 people were killed.", "according_to")
    assert not attribution.may_hold_locale_word("The minister said 40 people were killed.", "hedges")
    assert attribution.may_hold_locale_word("Laut Polizei kamen 40 Menschen ums Leben.", "according_to")


@settings(max_examples=batches_for(1600), deadline=None)
@given(batches(_locale_texts(), st.sampled_from([None, "de", "es", "tr", "ru"]), st.sampled_from(["according_to",
                                                                                                 "hedges"])))
def test_a_locale_word_is_looked_for_on_any_text_of_its_words(cases):
    numbers.read_as_locales(LOCALES)
    try:
        for text, language, key in cases:
            _looked_for(text, key, language)
    finally:
        numbers.read_as_locales({})


def test_the_lookup_follows_the_locales_read(locales):
    """A locale's words are read again when the locales change, as its pattern is."""
    assert attribution.may_hold_locale_word("Laut Polizei", "according_to")
    numbers.read_as_locales({"es": LOCALES["es"]})
    assert not attribution.may_hold_locale_word("Laut Polizei", "according_to")
    assert attribution.may_hold_locale_word("Dijo la policía", "according_to")


def test_a_locale_speaker_is_still_named(locales):
    """speakers_in reads a locale's "dijo X" after its lookup as before it."""
    found = speakers.speakers_in("Todo está bien, dijo Ahmed Khan.", ())
    assert [words for _, words, _ in found] == ["Ahmed Khan"] and speakers.reports("Laut Polizei")
    assert attribution.says_who_reports("Laut Polizei kamen 40 Menschen ums Leben.")
    assert attribution.says_who_reports("Angeblich kamen 40 Menschen ums Leben.")


# --- An elided article put apart without a template -------------------------------------------------------------------

_TEMPLATED = re.compile(r"(?<!\w)([LlDd])['’](?=[^\W\d_])")
ELIDED_AROUND = ["l'", "L’", "d'", "D'", "l", "d", "'", "’", "Afghanistan", "Inde", "a", "1", "_", "x", "é", "qu'",
                 "l'l'", "ld'", "é'", "aujourd'hui", "3'a", " "]


@settings(max_examples=batches_for(800), deadline=None)
@given(batches(st.lists(st.sampled_from(ELIDED_AROUND), max_size=8).map("".join)))
def test_an_elided_article_is_put_apart_as_the_template_put_it(texts):
    for text in texts:
        assert swapped._ELIDED.sub(" ", text) == _TEMPLATED.sub(r"\1 ", text), text


# --- Opposites' words tried where a run of letters starts as one does --------------------------------------------------

OPPOSITE_WORDS = sorted(opposites._ENGLISH.opposites)
OPPOSITES_AROUND = ["the", "North", "NORTH", "north-east", "east-west", "3east", "_east", "eastern", "Easterner", "x",
                    "el este", "este", "norte", "sud", "ſouth", "\u212aey", "é", "non", "not", "rapid", "slow", "ly",
                    "-", "un", "disputed", "undisputed", "Undisputed"]


def _opposite_texts():
    words = st.sampled_from(OPPOSITE_WORDS + [word.upper() for word in OPPOSITE_WORDS[:15]]
                            + [word.capitalize() for word in OPPOSITE_WORDS] + OPPOSITES_AROUND)
    return st.builds(lambda chosen, join: join.join(chosen), st.lists(words, max_size=8), JOINS)


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group()) for match in matches]


@pytest.mark.parametrize("language", ["en", "es", "fr", "de"])
def test_every_opposite_starts_with_a_run_of_letters(language: str):
    """The pattern is tried where a run of letters starts: each table's words start with a letter (or none is read
    so), and the English table's are all read so."""
    table = opposites._table_of(language)
    if table.starts is not None:
        for word in table.opposites:
            loose = word.lower()
            assert not loose.isascii() or loose[:1].isalpha(), word
    assert language != "en" or table.starts is not None


@settings(max_examples=batches_for(1600), deadline=None)
@given(batches(_opposite_texts(), st.sampled_from(["en", "es", "fr", "de"])))
def test_opposites_matches_are_the_patterns_own_on_any_text_of_its_words(cases):
    for text, language in cases:
        table = opposites._table_of(language)
        assert _spans(opposites._word_matches(text, table)) == _spans(table.word.finditer(text)), (text, language)


def test_a_turned_opposite_is_still_found():
    passage = Cited("The civilian convoy was stopped near the eastern market on Monday.")
    (finding,) = opposites.turned_opposites("The military convoy was stopped near the eastern market.", [passage])
    assert "'military'" in finding.message and "'civilian'" in finding.message


# --- A place named by a plain search --------------------------------------------------------------------------------

PLACE_AROUND = ["Kabul", "kabul", "KABUL", "Kabuli", "xKabul", "Kabul_", "Kabul-", "-Kabul", "Kabul's", "3Kabul",
                "Kabul3", "in", "the", "Kandahar", "ſ", "é", "Kab", "ul"]


@settings(max_examples=batches_for(800), deadline=None)
@given(batches(st.lists(st.sampled_from(PLACE_AROUND), max_size=6), JOINS,
               st.sampled_from(["Kabul", "Kandahar", "Kab", "Ul"])))
def test_a_place_is_named_as_the_pattern_finds_it(cases):
    for chosen, join, place in cases:
        text = join.join(chosen)
        expected = re.search(rf"(?<!\w){re.escape(place)}(?!\w)", text, re.IGNORECASE) is not None
        assert places._names(text, place) is expected, (text, place)


def test_a_moved_place_is_still_found():
    passage = Cited("Fighting broke out in Kandahar on Monday, officials said.")
    (finding,) = places.moved_places("Fighting broke out in Kabul on Monday, officials said.", [passage])
    assert "'Kabul'" in finding.message


# --- A hedge kept found in a sentence folded once --------------------------------------------------------------------

HEDGE_AROUND = ["reportedly", "Reportedly", "REPORTED", "said", "Said", "allegedly", "claims", "according", "to",
                "the", "army", "rapporté", "aurait", "Straße", "İstanbul", "ſaid", "\u212aey", "don't", "don’t", "x1", "_"]


@settings(max_examples=batches_for(800), deadline=None)
@given(batches(st.lists(st.sampled_from(HEDGE_AROUND + sorted(attribution._HEDGE_KEPT)[:40]), max_size=7), JOINS))
def test_a_hedge_kept_is_found_as_word_by_word_folding_found_it(cases):
    for chosen, join in cases:
        text = join.join(chosen)
        expected = bool(attribution._HEDGE_KEPT & {attribution.folded_word(w) for w in attribution._WORD.findall(text)})
        assert attribution._holds_a_hedge_kept(text) is expected, text


def test_reports_kept_by_sentence_follows_the_locales_read():
    """reports is kept for each sentence asked, and asked again once the locales read change: a locale's "laut"
    reports only while its locale is read."""
    numbers.read_as_locales(LOCALES)
    try:
        assert speakers.reports("Laut Polizei kamen 40 Menschen ums Leben.")
        assert speakers.reports.cache_info().currsize > 0  # kept: one of the checks of a sentence asks, the rest look up
        numbers.read_as_locales({})
        assert not speakers.reports("Laut Polizei kamen 40 Menschen ums Leben.")
    finally:
        numbers.read_as_locales({})


def test_a_condition_dropped_is_still_found():
    from explainer import conditions
    passage = Cited("If talks fail, the ministry will close the border at Torkham.")
    assert conditions.dropped_conditions("The ministry will close the border at Torkham.", [passage])
    assert conditions._states_condition(passage.text) and conditions._states_condition.cache_info().currsize > 0
