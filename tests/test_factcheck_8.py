"""Misstatements a fifth fact-check found the build letting through, each a gap the README listed: a speaker named
after its reporting verb, the most common form in news ('"We will respond," said Dev Okafor'; French "« ... », a
déclaré Jean Dupont"), given to another; a spelled ordinal changed ("fourth consecutive quarter" for "third"); and a
date's bound in the words "as early as" and "until", or on a month alone ("by March"), dropped or turned. Each is
checked both ways: the misstatement is refused with its file, line and what is wrong; the source's wording and
honest paraphrases build."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import run_build
from support import Sentence, SentencesChecked, error_lines, minimal_project, refused_with
from test_factcheck_5 import ALPHA_BETA
from test_factcheck_7 import assert_outcome, fixture_root  # noqa: F401 (a fixture)
from test_newuser_6 import election_project


@pytest.fixture(scope="module")
def sentences(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked), as `checked`
    checks them alone."""
    return SentencesChecked(fixture_root, [Sentence(given, written, ALPHA_BETA)
                                           for given, written, _ in AFTER_VERB + ORDINALS + DATE_BOUNDS])


def checked_in_french(root: Path, source_sentence: str, summary: str) -> list[str]:
    """As `checked`, with the source and the briefing in French."""
    source = source_sentence + "\n"
    (root / "seeds" / "flood.txt").write_text(source, encoding="utf-8")
    (root / "content" / "sources.yaml").write_text(
        "sources:\n  - id: flood\n    file: flood.txt\n    title: Crue\n    publisher: unknown\n    date: unknown\n"
        f"    language: fr\n    sha256: {hashlib.sha256(source.encode()).hexdigest()}\n", encoding="utf-8")
    for name in ("claims.yaml", "comparisons.yaml"):
        (root / "content" / "flood" / name).unlink(missing_ok=True)
    (root / "content" / "flood" / "briefing.yaml").write_text(
        f"title: La crue\nsummary: |\n  {summary}[^q]\nlanguage: fr\nupdates:\n  - date: 2026-03-03\n"
        "    kind: update\n    text: Publié.\nparties:\n  - id: alpha\n    name: Alpha\n  - id: beta\n    name: Beta\n"
        f"citations:\n  q:\n    source: flood\n    quote: {json.dumps(source_sentence)}\n", encoding="utf-8")
    result = run_build(root, "check")
    assert "Traceback" not in result.err
    return error_lines(result) if result.code else []


# --- 1. a speaker named after its reporting verb ------------------------------------------------------------------

AFTER_VERB = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ('"We will respond to the harbour closure," said Dev Okafor.',
     '"We will respond to the harbour closure," said Lina Dorr.',
     "this sentence gives the words to Lina Dorr, but its cited passages give them to Dev Okafor"),
    ('"We will respond to the harbour closure," said Dev Okafor.',
     'Lina Dorr said: "We will respond to the harbour closure."', "gives the words to Lina Dorr"),
    ("The harbour strike will continue, said Okafor, the union's leader.",
     "The harbour strike will continue, said Dorr, the union's leader.", "gives the words to Dorr"),
    ("The harbour strike will continue, Okafor said.",
     "The harbour strike will continue, said Lina Dorr.", "gives the words to Lina Dorr"),
    ('"We will respond to the harbour closure," said Marlow analyst Dev Okafor.',
     "Beta's government said it would respond to the harbour closure.",
     "gives the words to Beta's government, but its cited passages give them to Marlow analyst Dev Okafor"),
    ("The harbour strike will continue, said the union's leader, Dev Okafor.",
     "The harbour strike will continue, said the union's leader, Lina Dorr.", "gives the words to"),
    # honest: the speaker the source names, before or after the verb
    ('"We will respond to the harbour closure," said Dev Okafor.',
     'Dev Okafor said: "We will respond to the harbour closure."', "ok"),
    ("The harbour strike will continue, said Dev Okafor, the union's leader.",
     "The union's leader, Dev Okafor, said the harbour strike will continue.", "ok"),
    ("The harbour strike will continue, Okafor said.", "The harbour strike will continue, said Okafor.", "ok"),
    ('"We will respond to the harbour closure," said Marlow analyst Dev Okafor.',
     '"We will respond to the harbour closure," said Okafor, an analyst at Marlow.', "ok"),
    # words after "saying", "told" or "denied" name what is said, or to whom: no speaker
    ("Dev Okafor said the harbour strike would continue after Lina Dorr's offer.",
     "The union rejected the offer, saying Lina Dorr had misled the harbour workers.", "ok"),
    ("Dev Okafor told Reuters the harbour strike would continue.",
     "The harbour strike would continue, Okafor told Reuters.", "ok"),
    # a clause after a comma that is no speaker
    ("Dev Okafor said on Friday the harbour strike would continue.",
     "The harbour strike, Okafor said on Friday, would continue.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", AFTER_VERB, ids=[w[:50] for _, w, _ in AFTER_VERB])
def test_a_speaker_named_after_its_verb_is_read(sentences, given, written, outcome):
    assert_outcome(sentences(given, written, ALPHA_BETA), outcome)


FRENCH_AFTER_VERB = [
    ("« Nous ne céderons rien sur le port », a déclaré Jean Dupont.",
     "« Nous ne céderons rien sur le port », a déclaré Marie Lenoir.",
     "gives the words to Marie Lenoir, but its cited passages give them to Jean Dupont"),
    ("« Nous ne céderons rien sur le port », a déclaré Jean Dupont.",
     "Marie Lenoir a déclaré : « Nous ne céderons rien sur le port ».", "gives the words to Marie Lenoir"),
    ("« Nous ne céderons rien sur le port », a déclaré Jean Dupont.",
     "Selon Marie Lenoir, le syndicat ne cédera rien sur le port.", "gives the words to Marie Lenoir"),
    # honest
    ("« Nous ne céderons rien sur le port », a déclaré Jean Dupont.",
     "Jean Dupont a déclaré : « Nous ne céderons rien sur le port ».", "ok"),
    ("« Nous ne céderons rien sur le port », a déclaré Jean Dupont.",
     "Selon Jean Dupont, le syndicat ne cédera rien sur le port.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", FRENCH_AFTER_VERB, ids=[w[:50] for _, w, _ in FRENCH_AFTER_VERB])
def test_a_french_speaker_named_after_its_verb_is_read(fixture_root: Path, given, written, outcome):
    assert_outcome(checked_in_french(fixture_root, given, written), outcome)


SPANISH_QUOTE = "«No tenemos prisa», afirmó Quiroga, la líder de Alternativa Norte."
SPANISH_WORDS = ("weekdays: [lunes, martes, miércoles, jueves, viernes, sábado, domingo]\n"
                 "according_to: [según, afirmó]\n")


@pytest.mark.parametrize("summary, outcome", [
    ("«No tenemos prisa», afirmó Salinas.", "gives the words to Salinas"),
    ("«No tenemos prisa», afirmó Quiroga.", "ok"),
])
def test_a_spanish_speaker_after_a_verb_its_locale_lists_is_read(tmp_path: Path, monkeypatch, summary, outcome):
    monkeypatch.setattr("test_newuser_6.WORDS", SPANISH_WORDS)
    monkeypatch.setattr("test_newuser_6.SOURCE", f"Elecciones en Valdoria\n\n{SPANISH_QUOTE}\n")
    root = election_project(tmp_path, summary, SPANISH_QUOTE)
    if outcome == "ok":
        result = run_build(root, "check")
        assert result.code == 0, result.err
    else:
        refused_with(root, "content/valdoria/briefing.yaml:3:", outcome, "give them to Quiroga")


# --- 2. a spelled ordinal read as the rank a digit one states -------------------------------------------------------

ORDINALS = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ("Harbor's sales fell for the third consecutive quarter.",
     "Harbor's sales fell for the fourth consecutive quarter.",
     '"fourth" is not in the passages this sentence cites'),
    ("Harbor's sales fell for a third straight year.", "Harbor's sales fell for a second straight year.",
     '"second" is not in the passages'),
    ("It was the first time the harbour bridge had closed.", "It was the second time the harbour bridge had closed.",
     '"second" is not in the passages'),
    ("It was the second time the harbour bridge had closed.", "It was the first time the harbour bridge had closed.",
     '"first" is not in the passages'),
    ("Harbor's sales fell for the third year in a row.", "Harbor's sales fell for the fifth year in a row.",
     '"fifth" is not in the passages'),
    ("Harbor's sales fell for the third consecutive quarter.", "Harbor's sales fell for the 4th consecutive quarter.",
     '"4th" is not in the passages'),
    # honest: the same rank, spelled, in digits, or counted
    ("Harbor's sales fell for the third consecutive quarter.",
     "Harbor's sales fell for a third straight quarter.", "ok"),
    ("Harbor's sales fell for the third consecutive quarter.", "Harbor's sales fell for the 3rd consecutive quarter.",
     "ok"),
    ("Harbor's sales fell in the 3rd quarter, the third such fall.",
     "Harbor's sales fell for the third consecutive quarter.", "ok"),
    ("The harbour bridge has closed twice, both times in March.",
     "It was the second time the harbour bridge had closed.", "ok"),
    ("It was the first time the harbour bridge had closed.",
     "It was the first time the harbour bridge had closed.", "ok"),
    # a spelled ordinal that ranks no occasion is not read: "a second opinion", "second only to"
    ("The harbour bridge closed after engineers gave their opinion.",
     "The harbour bridge closed after engineers sought a second opinion.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", ORDINALS, ids=[w[:50] for _, w, _ in ORDINALS])
def test_a_spelled_ordinal_is_the_rank_its_passage_gives(sentences, given, written, outcome):
    assert_outcome(sentences(given, written, ALPHA_BETA), outcome)


FRENCH_ORDINALS = [
    ("Les ventes ont reculé pour le troisième trimestre consécutif.",
     "Les ventes ont reculé pour le quatrième trimestre consécutif.", '"quatrième" is not in the passages'),
    ("Le pont du port a fermé pour la première fois.", "Le pont du port a fermé pour la deuxième fois.",
     '"deuxième" is not in the passages'),
    ("Les ventes ont reculé pour le troisième trimestre consécutif.",
     "Les ventes ont reculé pour le troisième trimestre d'affilée.", "ok"),
    ("Le pont du port a fermé pour la deuxième fois.", "Le pont du port a fermé pour la seconde fois.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", FRENCH_ORDINALS, ids=[w[:50] for _, w, _ in FRENCH_ORDINALS])
def test_a_french_spelled_ordinal_is_the_rank_its_passage_gives(fixture_root: Path, given, written, outcome):
    assert_outcome(checked_in_french(fixture_root, given, written), outcome)


@pytest.mark.parametrize("text, language, rank", [
    ("por segunda vez", "es", 2), ("el tercer trimestre consecutivo", "es", 3), ("zum zweiten Mal", "de", 2),
    ("das dritte Quartal in Folge", "de", 3), ("the twenty-first consecutive day", "en", 21),
    ("la première fois", "fr", 1)])
def test_spelled_ordinals_that_rank_an_occasion_state_their_rank(text, language, rank):
    from decimal import Decimal

    from explainer.numbers import LABEL, OCCASION, Quantity, quantities_in
    # a rank of an occasion ("vez", "Mal", "fois") is one only a rank or a count of times backs (test_newuser_13)
    unit = OCCASION if text.split()[-1] in ("vez", "Mal", "fois") else LABEL
    assert quantities_in(text, language) == {Quantity(Decimal(rank), unit)}


# --- 3. "as early as", "until", and a bound on a month alone ------------------------------------------------------

DATE_BOUNDS = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ("The vote could be held as early as 3 March 2026.", "The vote could be held on 3 March 2026.",
     'date "3 March 2026" leaves out the bound of "as early as 3 March 2026" in the passages this sentence cites'),
    ("The vote could be held as early as 3 March 2026.", "The vote could be held by 3 March 2026.",
     'date "3 March 2026" turns the other way the bound of "as early as 3 March 2026"'),
    ("The ceasefire will hold until 3 March 2026.", "The ceasefire will begin on 3 March 2026.",
     'date "3 March 2026" leaves out the bound of "until 3 March 2026"'),
    ("The ceasefire will hold until 2027.", "The ceasefire will hold after 2027.",
     'date "2027" turns the other way the bound of "until 2027"'),
    ("The vote will be held by March.", "The vote will be held in March.",
     'date "March" leaves out the bound of "by March"'),
    ("The vote will be held by 3 March 2026.", "The vote will be held in March.",
     'date "March" leaves out the bound of "by 3 March 2026"'),
    ("The new plant will not open before April.", "The new plant will open in April.",
     'date "April" leaves out the bound of "before April"'),
    ("The new plant will open by mid-May.", "The new plant will open in May.", 'date "May" leaves out the bound'),
    ("The vote will be held no later than March.", "The vote will be held no earlier than March.",
     'date "March" turns the other way the bound of "no later than March"'),
    # honest: the bound kept in other words, the date of the past, a plain date bounded
    ("The vote could be held as early as 3 March 2026.", "The vote could be held no earlier than 3 March 2026.", "ok"),
    ("The vote will be held no earlier than 3 March 2026.", "The vote could come as early as 3 March 2026.", "ok"),
    ("The company warned of the flood risk as early as 2019.", "The company warned of the flood risk in 2019.", "ok"),
    # "until" of the past says when something ended, which an honest sentence may say in its own words
    ("Asif served as defence minister until 2019.", "Asif left the defence ministry in 2019.", "ok"),
    ("The ceasefire held until March.", "The ceasefire broke down in March.", "ok"),
    ("The ceasefire will hold until 3 March 2026.", "The ceasefire expires on 3 March 2026.", "ok"),
    ("The ceasefire will hold until 2027.", "The ceasefire will last through 2027.", "ok"),
    ("The ceasefire will hold until 2027.", "The ceasefire will not hold after 2027.", "ok"),
    ("The vote will not be held until 2027.", "The vote will not be held before 2027.", "ok"),
    ("The vote will be held by March.", "The vote will be held before March ends.", "ok"),
    ("The vote will be held in March.", "The vote will be held by March.", "ok"),
    ("The vote will be held by 3 May 2026.", "The vote may be delayed, officials said.", "ok"),  # "may" no month
    ("Prices rose in March, and the vote will be held by March.", "The vote will be held in March.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", DATE_BOUNDS, ids=[w[:50] for _, w, _ in DATE_BOUNDS])
def test_as_early_as_until_and_a_bound_on_a_month_are_kept(sentences, given, written, outcome):
    assert_outcome(sentences(given, written, ALPHA_BETA), outcome)


FRENCH_DATE_BOUNDS = [
    ("Le vote aura lieu d'ici mars.", "Le vote aura lieu en mars.",
     "date \"mars\" leaves out the bound of \"d'ici mars\""),
    ("Le cessez-le-feu tiendra jusqu'au 3 mars 2026.", "Le cessez-le-feu commencera le 3 mars 2026.",
     "leaves out the bound of \"jusqu'au 3 mars 2026\""),
    ("Le vote aura lieu d'ici mars.", "Le vote aura lieu avant mars.", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", FRENCH_DATE_BOUNDS, ids=[w[:50] for _, w, _ in FRENCH_DATE_BOUNDS])
def test_french_bounds_on_a_month_and_until_are_kept(fixture_root: Path, given, written, outcome):
    assert_outcome(checked_in_french(fixture_root, given, written), outcome)


def test_a_quotes_speaker_is_held_to_one_the_source_names_after_its_verb():
    # A quote's words with "said Dev Okafor" after them: the `speaker` the source names there, no other.
    from explainer.attribution import Cited
    from explainer.speakers import unnamed_speaker, words_around

    text = 'Harbour news.\n\n"We will respond to the closure," said Dev Okafor, the union\'s leader. Talks stalled.\n'
    start = text.index("We will")
    holding, _ = words_around(text, start, start + len("We will respond to the closure,"), "en")
    assert (unnamed_speaker("Lina Dorr", Cited(holding), [], ())
            == "the source gives these words to Dev Okafor, not to Lina Dorr")
    assert unnamed_speaker("Dev Okafor", Cited(holding), [], ()) == ""
    assert unnamed_speaker("Okafor", Cited(holding), [], ()) == ""
