"""A sixty-ninth fact-check: two figures of a comparison turned round, and a start given after "to ... from".

"Unemployment was 5.4% in March, compared with 5.2% a year earlier." citing "Unemployment was 5.2% in March, compared
with 5.4% a year earlier." built: both figures stand in the passage, each on the other's side. Now a sentence setting
a passage's two figures against each other the other way round, its first figure keeping the words the passage gives
its first one, is refused (explainer/comparison_sides.py). And "Inflation rose to 5.4% from 5.2%" citing "Inflation
fell to 5.2% from 5.4%" built: a start given after "to Y from X" was not read as one (explainer/start_levels.py).

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
