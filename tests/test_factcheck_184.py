"""Honest sentences refused, found by the last round (false refusals are worse than misses):

1. "The agreement was welcomed by Norland" citing "welcomed by both governments", and "Half of the fund would be
   financed by Norland" citing "financed equally by the two governments", were refused by one_side.py: a passive's
   doer after "by" is one of both, as a subject is (by_doers.py reads "by Norland alone"). And "The panel ordered
   Estmark to convene the joint commission" citing "ordered both countries to" built, "Estmark" naming Estmark and the
   Estmark Fishermen's Association: a word of two parties' names, alone, names the party of fewer name words.
2. "The revised decline of 26 percent is higher than the 22 percent" citing "put the spawning stock's decline at 26
   percent" was refused as "the size of a fall ... the level reached ('at 26 percent')": "decline at" gives the
   change's size (explainer/direction.py `_is_level`).
3. "Estmark may ask for a review of provisional measures if circumstances change" citing "either side may ask for a
   review" was refused by powers_given.py: a power given to either (each, any, both) of a group is each one's, where
   the sentence names one by its name.
4. "Canal Wharf ward had the smallest share of voters turning out" citing "The lowest was in Canal Wharf ward" was
   refused as a superlative no passage uses: of an amount, "smallest", "lowest" and "fewest" (and "largest",
   "biggest", "greatest", "highest") are one sense; and "ahead of the current market leader" backs "the biggest share"
   (explainer/superlative_senses.py).
5. "Selon les syndicats, 12 000 personnes ont manifesté" citing "Les manifestants étaient 12 000 selon la CGT et 8 000
   selon la préfecture" was refused by counts_by_giver.py as a count given as fact: the unions and a union by its name
   are one giver (same_givers.py).
6. "Die Kosten haben sich verdoppelt." citing "Die Kosten betragen das Doppelte." was refused as a change no passage
   gives: a German multiple said in words ("das Doppelte", "doppelt so hoch wie im Vorjahr", "die Hälfte") backs the
   verb, unless it compares another thing ("doppelt so hoch wie in Berlin"; multiples_german.py).
7. Found by probing: "Harlow Foods is the second-largest grocer" citing "The two companies are the second and fourth
   largest grocery retailers" was refused by ranks.py, which read only "fourth largest".

Each with honest twins that must build and misstatements kept refused.
"""

from __future__ import annotations

import pytest

from support import found_in_language
from test_newuser_110 import PARTIES, found

BOTH = "alone where its cited passages say"
DOER = "where its cited passages say"
LEVEL = "given as the size of a"
POWER = "gives the power to"
SUPERLATIVE = "superlative"
AS_FACT = "as fact"
TO_ANOTHER = "where its cited passages give it to"
CHANGE = "is not in the passages it cites"
RANK = "where its cited passages say"


def _mine(findings: list[str], words: str) -> bool:
    return any(words in finding for finding in findings)


# 1. Both sides, one of them named
@pytest.mark.parametrize("passage, sentence", [
    ("The agreement was welcomed by both governments.", "The agreement was welcomed by Norland."),
    ("The agreement was welcomed by both governments.", "The agreement was also welcomed by Estmark."),
    ("The talks were attended by both delegations.", "The talks were attended by Norland."),
    ("The ceasefire was broken by both sides within a day.", "The ceasefire was broken by Estmark within a day."),
    ("The offer was rejected by both governments.", "Norland's offer was rejected by Estmark."),
    ("The accord was signed by both countries in 1998.", "The accord was signed by Norland in 1998."),
])
def test_a_passive_doer_one_of_both_builds(passage: str, sentence: str):
    assert found_in_language("en", sentence, passage, PARTIES) == [], sentence


@pytest.mark.parametrize("sentence", [
    "According to Norland, half of the fund would be financed by Norland.",
    "Norland proposes a fund of 12 million euros, half of it financed by Norland.",
])
def test_half_of_a_fund_financed_by_one_of_two_builds(sentence: str):
    assert found("S_FUND", sentence) == [], sentence


@pytest.mark.parametrize("sentence", [
    "The panel ordered Estmark to convene the joint commission within 30 days.",
    "The panel ordered Norland to convene the joint commission within 30 days.",
])
def test_one_country_ordered_where_both_were_is_refused(sentence: str):
    findings = found("A_COMM", sentence)
    assert _mine(findings, BOTH) and len(findings) == 1, findings


@pytest.mark.parametrize("sentence", [
    "The panel ordered Norland and Estmark to convene the joint commission within 30 days.",
    "The panel ordered both countries to convene the joint commission within 30 days.",
    "The Estmark Fishermen's Association was not party to the order to convene the joint commission.",
])
def test_both_countries_ordered_builds(sentence: str):
    assert not _mine(found("A_COMM", sentence), BOTH), sentence


def test_a_passive_doer_alone_stays_refused():
    findings = found_in_language("en", "The ruling was welcomed by Norland alone.",
                                 "The ruling was welcomed by both governments.", PARTIES)
    assert _mine(findings, DOER), findings


# 2. A decline's size put "at" a figure
STOCK = ("Updated figures released on 10 March by the Bay Fisheries Science Council put the spawning stock's decline "
         "at 26 percent over three years, more than the 22 percent the council gave in its December advice.")


@pytest.mark.parametrize("sentence", [
    "The revised decline of 26 percent is higher than the 22 percent the council gave in December.",
    "The spawning stock fell by 26 percent over three years, the council's updated figures show.",
    "The council's updated figures show a decline of 26 percent over three years.",
    "The council now puts the decline at 26 percent, more than the 22 percent it gave in December.",
])
def test_a_decline_put_at_a_figure_builds(sentence: str):
    assert found_in_language("en", sentence, STOCK) == [], sentence


@pytest.mark.parametrize("sentence, passage, words", [
    ("Unemployment fell 5.1% last year.", "Unemployment fell to 5.1% last year.", LEVEL),
    ("Exports fell 26 percent in three years.", "Exports fell to 26 percent of their 2020 level.", LEVEL),
])
def test_a_level_and_a_size_kept_apart(sentence: str, passage: str, words: str):
    assert _mine(found_in_language("en", sentence, passage), words), sentence


# 3. A power given to either side
@pytest.mark.parametrize("sentence", [
    "Estmark may ask for a review of provisional measures if circumstances change.",
    "Norland can ask for a review of provisional measures if circumstances change.",
    "Under the panel's rules, Estmark may ask for a review of provisional measures if circumstances change.",
])
def test_a_power_of_either_side_given_to_one_builds(sentence: str):
    assert found("A_REVIEW", sentence) == [], sentence


@pytest.mark.parametrize("passage, sentence", [
    ("Either party may appeal to the Court of Appeals within 30 days.", "Brightwell may appeal within 30 days."),
    ("Each member state can veto the proposal.", "Norland can veto the proposal."),
])
def test_a_power_of_any_of_a_group_builds(passage: str, sentence: str):
    assert not _mine(found_in_language("en", sentence, passage), POWER), sentence


@pytest.mark.parametrize("passage, sentence", [
    ("Under the panel's rules, either side may ask for a review of provisional measures.",
     "The panel may ask for a review of provisional measures."),
    ("The commission can block or clear a merger, but the companies may challenge its decision before the tribunal.",
     "The tribunal can block or clear a merger."),
])
def test_a_power_given_to_another_body_stays_refused(passage: str, sentence: str):
    assert _mine(found_in_language("en", sentence, passage), POWER), sentence


# 4. Superlatives of one sense
TURNOUT = "The highest turnout was in Abbeyfield ward, at 53.8%. The lowest was in Canal Wharf ward, at 29.5%."
SHARES = ("Together the merged business would have a 35.2% share of grocery sales, ahead of the current market leader, "
          "Dunmore Stores, with 27.9%.")


@pytest.mark.parametrize("passage, sentence", [
    ("The lowest was in Canal Wharf ward.", "Canal Wharf ward had the smallest share of voters turning out."),
    (TURNOUT, "Canal Wharf ward had the smallest share of voters turning out."),
    (TURNOUT, "Canal Wharf ward had the smallest turnout, 29.5%."),
    (TURNOUT, "Abbeyfield ward had the largest share of voters turning out, at 53.8%."),
    (TURNOUT, "Abbeyfield ward had the biggest turnout, 53.8%."),
    (SHARES, "The merged business would have the biggest share of grocery sales, 35.2%, ahead of Dunmore Stores."),
    (SHARES, "Together the two companies would be the largest grocer, with a 35.2% share of grocery sales."),
    ("Brightmart recorded the fewest complaints, 12, of any grocer.",
     "Brightmart had the lowest number of complaints of any grocer."),
    ("The lowest was in Canal Wharf ward, at 29.5%.", "Turnout was smallest in Canal Wharf ward."),
    ("The lowest was in Canal Wharf ward, at 29.5%.",
     "Canal Wharf ward recorded the lowest proportion of voters casting a ballot, 29.5%."),
])
def test_a_superlative_of_one_sense_builds(passage: str, sentence: str):
    assert found_in_language("en", sentence, passage) == [], sentence


@pytest.mark.parametrize("passage, sentence", [
    ("Canal Street has the lowest bridge in the city.", "Canal Street has the smallest bridge in the city."),
    ("The lowest prices were in Abbeyfield.", "Canal Wharf ward had the smallest share of voters turning out."),
    (TURNOUT, "Canal Wharf ward had the largest share of voters turning out."),
    ("The highest turnout was in Abbeyfield ward, at 53.8%.", "Abbeyfield ward had the smallest turnout."),
    ("The merged business would have a 35.2% share, behind the current market leader.",
     "The merged business would have the biggest share of grocery sales."),
])
def test_a_superlative_no_passage_gives_stays_refused(passage: str, sentence: str):
    assert _mine(found_in_language("en", sentence, passage), SUPERLATIVE), sentence


# 5. The unions and a union by its name
MARCH = "Les manifestants étaient 12 000 selon la CGT et 8 000 selon la préfecture."


@pytest.mark.parametrize("sentence", [
    "Selon les syndicats, 12 000 personnes ont manifesté.",
    "Selon le syndicat, 12 000 personnes ont manifesté.",
    "12 000 personnes ont manifesté selon la CGT, 8 000 selon la préfecture.",
    "Selon la préfecture, 8 000 personnes ont manifesté.",
    "Selon l'intersyndicale, 12 000 personnes ont manifesté.",
    "D'après les syndicats, ils étaient 12 000 à manifester.",
])
def test_the_unions_count_given_to_them_builds(sentence: str):
    assert found_in_language("fr", sentence, MARCH) == [], sentence


@pytest.mark.parametrize("sentence, words", [
    ("12 000 personnes ont manifesté.", AS_FACT),
    ("Selon les syndicats, 8 000 personnes ont manifesté.", TO_ANOTHER),
    ("Selon la préfecture, 12 000 personnes ont manifesté.", TO_ANOTHER),
])
def test_a_count_moved_between_givers_stays_refused(sentence: str, words: str):
    assert _mine(found_in_language("fr", sentence, MARCH), words), sentence


# 6. A German multiple said in words
@pytest.mark.parametrize("sentence, passage", [
    ("Die Kosten haben sich verdoppelt.", "Die Kosten betragen das Doppelte."),
    ("Die Kosten haben sich verdoppelt.", "Die Kosten sind heute doppelt so hoch wie im Vorjahr."),
    ("Die Kosten haben sich seit 2020 verdoppelt.", "Die Kosten betragen heute das Doppelte von 2020."),
    ("Die Kosten haben sich halbiert.", "Die Kosten betragen nur noch die Hälfte."),
    ("Die Kosten haben sich verdreifacht.", "Die Kosten betragen das Dreifache."),
    ("Die Zahl der Anträge hat sich verdoppelt.", "Die Zahl der Anträge ist doppelt so hoch wie vor einem Jahr."),
    ("Die Mieten haben sich seit 2015 verdoppelt.", "Die Mieten sind heute doppelt so hoch wie 2015."),
])
def test_a_german_multiple_in_words_backs_its_verb(sentence: str, passage: str):
    assert found_in_language("de", sentence, passage) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Die Kosten haben sich verdoppelt.", "Die Kosten in Bayern sind doppelt so hoch wie in Berlin."),
    ("Die Kosten haben sich verdoppelt.", "Die Kosten betragen das Doppelte der Kosten in Berlin."),
    ("Die Kosten haben sich verdreifacht.", "Die Kosten betragen das Doppelte."),
    ("Die Kosten haben sich verdoppelt.", "Die Kosten stiegen um 80 Prozent."),
])
def test_a_german_multiple_not_given_stays_refused(sentence: str, passage: str):
    assert _mine(found_in_language("de", sentence, passage), CHANGE), sentence


# 7. Ordinals joined before what they rank
RETAILERS = "The two companies are the second and fourth largest grocery retailers in the country."


@pytest.mark.parametrize("sentence", [
    "Harlow Foods is the second-largest grocer in the country.",
    "Brightmart is the country's fourth-biggest grocery retailer.",
    "Harlow Foods is the country's second largest grocery retailer.",
])
def test_joined_ordinals_rank_both(sentence: str):
    assert found_in_language("en", sentence, RETAILERS) == [], sentence


def test_an_ordinal_neither_gives_stays_refused():
    findings = found_in_language("en", "Harlow Foods is the third-largest grocer in the country.", RETAILERS)
    assert _mine(findings, RANK), findings
