"""The checks read a sentence's side first and their passages only where the sentence could be at fault: each
shortcut is compared with the full check it bypasses, on texts made of the words it reads."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support import pairs

from batches import batches, batches_for
from explainer import rates, speakers
from explainer.attribution import Cited

# Names, titles, a court, reporting words, "according to", quotation marks and clause breaks, in cases re folds alike.
SPEAKER_WORDS = ["Zabihullah", "Mujahid", "Khawaja", "Asif", "Pakistan", "Pakistan's", "Taliban", "Okafor", "Reyes",
                 "Daniel", "spokesman", "Minister", "officials", "the", "court", "Court", "JUDGE", "juſtices", "panel",
                 "ruling", "said", "says", "told", "claimed", "according to", "selon", "a déclaré", "found that",
                 "and", "both", ",", ".", '"', "“war”", "«", "»", "it", "Its chief executive", "der", "Behörde"]
PARTIES = [(), (("pakistan", frozenset({"pakistan", "pakistani"})), ("taliban", frozenset({"taliban", "afghan"}))),
           (("okafor", frozenset({"okafor"})),)]


def _text(words: list[str]) -> str:
    return " ".join(words)


@settings(max_examples=batches_for(400), deadline=None)
@given(batches(st.lists(st.sampled_from(SPEAKER_WORDS), max_size=10),
               st.lists(st.tuples(st.lists(st.sampled_from(SPEAKER_WORDS), max_size=10),
                                  st.lists(st.sampled_from(SPEAKER_WORDS), max_size=10)), min_size=1, max_size=3),
               st.sampled_from(PARTIES)))
def test_a_sentence_naming_no_speaker_nor_court_is_misattributed_by_no_passage(cases):
    for sentence, cited, parties in cases:
        text = _text(sentence)
        passages = [Cited(_text(words), "", _text(holding)) for words, holding in cited]
        full = speakers._misattributed(text, passages, 0, parties)
        if not speakers.may_misattribute(text, parties):
            assert full == [], text
        if speakers.reports(text):
            # the quick path reads only the passages holding the sentence's quotation, where some do and others not
            held = speakers._holding_its_quotes(text, passages, parties)
            assert speakers.misattributed(text, passages, 0, parties) == speakers._misattributed(text, held, 0, parties)


# The words of every period, their pieces and neighbours, in cases re folds alike (a Kelvin sign, a long s, a dotted I).
PERIOD_WORDS = ["a", "an", "per", "each", "every", "single", "year", "YEAR", "Years", "annual", "Annually", "yearly",
                "annum", "yr", "p.a.", "P.A.", "par", "an", "chaque", "année", "annuel", "annuelles", "pro", "Jahr",
                "im", "jährlich", "jährlichen", "al", "año", "por", "anual", "anuales", "month", "MONTHLY", "mois",
                "mensuel", "mensuelles", "Monat", "monatlich", "mes", "mensual", "week", "Weekly", "semaine",
                "hebdomadaire", "Woche", "wöchentlich", "la", "semana", "semanal", "day", "Daily", "jour", "quotidien",
                "Tag", "täglich", "día", "diario", "diarias", "hour", "Hourly", "heure", "Stunde", "hora", "£1.2bn",
                "20", "millions", "savings", "in", "wee\u212a", "\u212aey", "ſemaine", "d\u0130ario", "\u0130", "ı", "-", "."]


PERIOD_BETWEEN = [" ", "  ", "\n", "\t", "", "-"]


def _period_looked_for(text: str) -> None:
    if rates._PERIOD.search(text):
        assert rates.may_give_a_period(text), text


# Every word and two words joined each way are tried below; these longer texts need no more (at 1,000 examples a
# period word left out of the lookup went unfound in some seeds: test_checkspeed4.py's docstring).
@settings(max_examples=batches_for(300), deadline=None)
@given(batches(st.lists(st.sampled_from(PERIOD_WORDS), max_size=8), st.sampled_from(PERIOD_BETWEEN)))
def test_a_period_is_looked_for_wherever_the_pattern_could_find_one(cases):
    for words, between in cases:
        _period_looked_for(between.join(words))


def test_a_period_is_looked_for_in_every_word_and_pair_of_words_the_pattern_finds_one_in():
    for text in pairs(PERIOD_WORDS, PERIOD_BETWEEN):
        _period_looked_for(text)
