"""The sentence checks' sixteenth speed round: each shortcut compared with the plain way it stands for.

- A date's month names are looked up among a sentence's words, found once for every check (wordset.ascii_words),
  before its words are listed again (numbers.may_state_a_date): most sentences name no month.
- An item of one sentence runs each sentence check on that sentence directly (cite._reworded_item).

The month lookup is compared with the way it was on every word and pair of words that could trip it
(tests/support.pairs), in the cases re reads alike (a Kelvin sign, a long s, a dotted and a dotless I), and in a
locale's own months; items of one sentence are still held to their passages by the sentence checks.
"""

from __future__ import annotations

import re

import pytest
from support import pairs

from explainer import numbers
from explainer.attribution import Cited
from explainer.checked import Passages
from explainer.cite import _reworded_item
from explainer.sentences import split_sentences

LOOSE = ["\u212a", "\u017f", "\u0130", "\u0131"]
SEPARATORS = [" ", "\n", "-", "", ".", ", ", "'s ", "_", "3"]

MONTH_WORDS = ["March", "march", "MARCH", "May", "may", "Mayor", "Marchers", "June", "Jun", "Sept", "September",
               "avril", "Avril", "mars", "Mars", "März", "Mai", "m3", "M3", "Enero", "enero", "the", "in", "2026",
               "12026", "[^c000102]", "March3", "_May", "月", "월", "ſeptember", "\u212aey", "Jİne", *LOOSE]
# A locale's own months: a word that is no run of letters ("m3") and one beyond ASCII ("März").
LOCALES = {"de": numbers.Writing(",", ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                                       "September", "Oktober", "November", "Dezember"), day_dot=True),
           "xx": numbers.Writing(".", tuple(f"m{n}" for n in range(12)))}
LANGUAGES = ["", "en", "fr", "de", "es", "xx"]


@pytest.fixture(autouse=True)
def locale_months():
    """Read German and a made-up language with their locales' months, as a project's locales would make them."""
    numbers.read_as_locales(LOCALES)
    yield
    numbers.read_as_locales({})


def _states_a_date_as_before(text: str, language: str) -> bool:
    """Return may_state_a_date as it was: the text's words all listed, every time."""
    names = numbers._month_words(language)
    return (numbers._YEAR_DIGITS.search(text) is not None or names is None
            or not names.isdisjoint(numbers._WORD.findall(text)) or "月" in text or "월" in text)


def test_a_date_is_looked_for_in_every_word_and_pair_of_words_as_before():
    for language in LANGUAGES:
        for text in pairs(MONTH_WORDS, SEPARATORS):
            assert numbers.may_state_a_date(text, language) == _states_a_date_as_before(text, language), (text,
                                                                                                          language)


class _Listed:
    """A stand-in for numbers._WORD that notes each text whose words are listed."""

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.texts = pattern, []

    def findall(self, text: str) -> list[str]:
        self.texts.append(text)
        return self.pattern.findall(text)

    def search(self, text: str):
        return self.pattern.search(text)


@pytest.mark.parametrize("sentence", ["The committee said that the main village was quiet overnight.",
                                      "Officials stated that the border post reopened[^c000102].",
                                      "not given"])
def test_a_sentence_naming_no_month_has_its_words_left_unlisted(sentence, monkeypatch):
    listed = _Listed(numbers._WORD)
    monkeypatch.setattr(numbers, "_WORD", listed)
    assert not numbers.may_state_a_date(sentence, "en")
    assert listed.texts == []


def test_a_sentence_naming_a_month_still_has_its_words_listed_and_its_date_read(monkeypatch):
    listed = _Listed(numbers._WORD)
    monkeypatch.setattr(numbers, "_WORD", listed)
    assert numbers.may_state_a_date("The talks resume in March.", "en")
    assert not numbers.may_state_a_date("The marchers may return.", "en")  # lowercase: no month's name as written
    assert listed.texts == ["The talks resume in March.", "The marchers may return."]


# Items of one sentence, as every item of the synthetic microsite, each with what it words otherwise than its passage.
ITEMS = [
    ("The army withdrew from the village.", "The army did not withdraw from the village, the ministry said.",
     "drops the negation"),
    ("Unemployment rose to 4.2% in April.", "Unemployment fell to 4.2% in April, the lowest level since 2019.",
     "given as a rise"),
    ("The harvest was the smallest in a decade.", "The harvest was the largest in a decade.", "'smallest'"),
    ("The ceasefire will hold until June.", "The ceasefire is expected to hold until June, the envoy said.",
     "expected"),
]


@pytest.mark.parametrize("text, passage, named", ITEMS)
def test_an_item_of_one_sentence_is_still_held_to_its_passage_by_every_sentence_check(text, passage, named):
    passages = Passages([Cited(passage, "en", passage)])
    parties = (("alpha", frozenset({"alpha"})), ("beta", frozenset({"beta"})))
    (only,) = split_sentences(text, "en")
    found = _reworded_item(text, passages, "en", parties)
    assert any(named in finding.message for finding in found), found
    assert all(0 <= finding.offset <= only.end for finding in found)
