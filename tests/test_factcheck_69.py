"""A sixty-ninth fact-check: a comparison turned round, a start after "to ... from", a possibility told in the present,
and a length of time in words.

"Unemployment was 5.4% in March, compared with 5.2% a year earlier." citing "Unemployment was 5.2% in March, compared
with 5.4% a year earlier." built: both figures stand in the passage, each on the other's side. Now a sentence setting
a passage's two figures against each other the other way round, its first figure keeping the words the passage gives
its first one, is refused (explainer/comparison_sides.py). And "Inflation rose to 5.4% from 5.2%" citing "Inflation
fell to 5.2% from 5.4%" built: a start given after "to Y from X" was not read as one (explainer/start_levels.py).
"A strike lowers growth" citing "A strike could lower growth" built: a possibility told as a fact in the present
(explainer/possible_done.py). "The airport was closed for a week" citing "for a day" built: a length of time in
words with its article, or with no word after it, was not read (explainer/spans.py).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))

TURNED = {
    "compared-with": ("Unemployment was 5.4% in March, compared with 5.2% a year earlier.",
                      "Unemployment was 5.2% in March, compared with 5.4% a year earlier.", "5.4%", "5.2%"),
    "versus": ("Unemployment was 5.4% in March, versus 5.2% a year earlier.",
               "Unemployment was 5.2% in March, versus 5.4% a year earlier.", "5.4%", "5.2%"),
    "from-years": ("Exports reached $12bn in 2025, from $10bn in 2024.",
                   "Exports reached $10bn in 2025, from $12bn in 2024.", "$12bn", "$10bn"),
    "against": ("Turnout was 61% this time, against 58% in 2021.", "Turnout was 58% this time, against 61% in 2021.",
                "61%", "58%"),
    "per-cent": ("Inflation was 3 per cent in June against 4 per cent in May.",
                 "Inflation was 4 per cent in June against 3 per cent in May.", "3%", "4%"),
}


@pytest.mark.parametrize("sentence, passage, first, second", TURNED.values(), ids=TURNED.keys())
def test_a_comparisons_figures_turned_round_are_refused(sentence: str, passage: str, first: str, second: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence sets {first} against {second} where its cited passages set "
                                  f"{second} against {first}") for message in found), found


KEPT = {
    "same": ("Unemployment was 5.2% in March, compared with 5.4% a year earlier.",
             "Unemployment was 5.2% in March, compared with 5.4% a year earlier."),
    "told-as-a-fall": ("Unemployment fell to 5.2% in March from 5.4% a year earlier.",
                       "Unemployment was 5.2% in March, compared with 5.4% a year earlier."),
    "other-order-own-words": ("A year earlier it was 5.4%, against 5.2% in March.",
                              "Unemployment was 5.2% in March, compared with 5.4% a year earlier."),
    "from-to": ("Exports rose from $10bn in 2024 to $12bn in 2025.",
                "Exports reached $12bn in 2025, from $10bn in 2024."),
    "each-with-its-year": ("Exports were $10bn in 2024 against $12bn in 2025.",
                           "Exports reached $12bn in 2025, from $10bn in 2024."),
}


@pytest.mark.parametrize("sentence, passage", KEPT.values(), ids=KEPT.keys())
def test_a_comparison_kept_on_its_sides_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


STARTS = {
    "rose-to-the-start": ("Inflation rose to 5.4% from 5.2%.", "Inflation fell to 5.2% from 5.4%.", "5.4%"),
    "cut-to-the-start": ("The bank cut its rate to 4%.", "The bank cut its rate to 3.5% from 4%.", "4%"),
}


@pytest.mark.parametrize("sentence, passage, level", STARTS.values(), ids=STARTS.keys())
def test_a_start_given_after_to_and_from_is_not_told_as_reached(sentence: str, passage: str, level: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence gives {level} as a level reached") for message in found), found


@pytest.mark.parametrize("sentence", ["The bank cut its rate to 3.5% from 4%.", "The bank cut its rate from 4% to 3.5%.",
                                      "The bank cut its rate to 3.5%."])
def test_a_level_reached_after_to_and_from_builds(sentence: str):
    assert sentence_findings(sentence, ("The bank cut its rate to 3.5% from 4%.",), "en", PARTIES) == []


PRESENT = {
    "lowers": ("A strike lowers growth by 0.3 percentage points.",
               "A strike could lower growth by 0.3 percentage points.", "lowers"),
    "raise-plural": ("The tariffs raise prices by 4%.", "The tariffs may raise prices by 4%.", "raise"),
    "raise-reported": ("The employers raise pay by 4%, the union says.",
                       "The employers could raise pay by 4%, the union says.", "raise"),
}


@pytest.mark.parametrize("sentence, passage, told", PRESENT.values(), ids=PRESENT.keys())
def test_a_possibility_told_as_a_fact_in_the_present_is_refused(sentence: str, passage: str, told: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence tells as done ('{told}') what its cited passages give only as "
                                  "possible") for message in found), found


@pytest.mark.parametrize("sentence, passage", [
    ("The strike may cause cuts to growth.", "A strike could cut growth by 0.3 percentage points."),
    ("Economists warn of cuts to growth of 0.3 points from the strike.",
     "A strike could cut growth by 0.3 percentage points."),
    ("Pay raises of 4% could follow, the union says.", "The employers could raise pay by 4%, the union says."),
    ("A raise of 4% for the employers' staff is possible, the union says.",
     "The employers could raise pay by 4%, the union says."),
    ("The tariffs could raise prices by 4%.", "The tariffs may raise prices by 4%."),
])
def test_a_possibility_kept_or_a_noun_of_its_verb_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


SPANS = {
    "a-week-for-a-day": ("The airport was closed for a week.", "The airport was closed for a day.", "for a week",
                         "for a day"),
    "a-month-for-a-week": ("The ceasefire lasted a month.", "The ceasefire lasted a week.", "lasted a month",
                           "lasted a week"),
    "months-for-weeks": ("The siege lasted months.", "The siege lasted weeks.", "lasted months", "lasted weeks"),
    "years-for-months": ("Fighting has gone on for years.", "Fighting has gone on for months.", "for years",
                         "for months"),
}


@pytest.mark.parametrize("sentence, passage, said, theirs", SPANS.values(), ids=SPANS.keys())
def test_a_length_of_time_in_words_changed_is_refused(sentence: str, passage: str, said: str, theirs: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence says '{said}' where its cited passages say '{theirs}'")
               for message in found), found


@pytest.mark.parametrize("sentence, passage", [
    ("The airport was closed for a day.", "The airport was closed for a day, and flights were suspended for days."),
    ("Flights were suspended for days.", "The airport was closed for a day, and flights were suspended for days."),
    ("The talks lasted a week.", "The talks, which lasted a week, ended without an agreement."),
    ("He was jailed for a year for fraud.", "He was jailed for a year for fraud."),
])
def test_a_length_of_time_kept_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


@pytest.mark.parametrize("sentence, passage", [
    ("More than 8,000 workers are on strike.", "About 8,400 workers are on strike."),
    ("Over 8,000 workers are on strike.", "Some 8,400 workers are on strike."),
    ("Fewer than 9,000 workers are on strike.", "Around 8,400 workers are on strike."),
    ("At least 30 people were hurt.", "About 31 people were hurt."),
])
def test_a_bound_every_figure_about_the_sources_would_hold_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


@pytest.mark.parametrize("sentence, passage, figure", [
    ("More than 9,000 workers are on strike.", "About 8,400 workers are on strike.", "9,000"),
    ("Fewer than 8,000 workers are on strike.", "About 8,400 workers are on strike.", "8,000"),
    ("More than 31 people were hurt.", "About 31 people were hurt.", "31"),
])
def test_a_bound_a_figure_about_the_sources_may_break_is_refused(sentence: str, passage: str, figure: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith("figure ") and figure in message for message in found), found


@pytest.mark.parametrize("sentence, passage, found_words", [
    ("The duty will rise to 10%.", "Northland will raise the duty from 10% to 25%.", "as a level reached"),
    ("The duty will increase to 10%.", "The duty will increase from 10% to 25%.", "as a level reached"),
    ("The report on the tariffs is public.", "The report on the tariffs is confidential.", "'public'"),
])
def test_a_start_to_come_or_a_document_made_public_is_refused(sentence: str, passage: str, found_words: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(found_words in message for message in found), found


@pytest.mark.parametrize("sentence, passage", [
    ("The duty will rise to 25%.", "Northland will raise the duty from 10% to 25%."),
    ("The report on the tariffs is confidential.", "The report on the tariffs is confidential."),
])
def test_a_level_to_come_or_a_documents_standing_kept_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
