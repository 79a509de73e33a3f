"""A business's word told as fact where its passage names it by a common noun after an opening phrase
(explainer/company_noun_speakers.py, now read by party_word.py as by speakers.py).

newuser_127 (a city's licensing dispute with a ride-hailing operator) found "Fewer than 0.01% of trips taken in
Harwick led to a complaint." building as fact, citing the paragraph "Rydo said the decision was ... In a statement,
the company said that fewer than 0.01% of trips ... had led to a complaint of any kind": "the company" after "In a
statement," was read as no one, and party_word.py did not read the company's noun at all (only speakers.py did, for
words given to another speaker). Honest sentences saying whose word it is still build.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="rydo", name="Rydo"), Party(id="council", name="Harwick City Council"))
PARAGRAPH = ('Rydo said the decision was "disproportionate" and would put thousands of jobs at risk. In a statement, '
             "the company said that fewer than 0.01% of trips taken in Harwick had led to a complaint of any kind, and "
             "that it had introduced new identity checks for drivers in January.")
OPENING = ("Alder Terminals reported a profit of £212 million last year. The company said profits would fall this year "
           "because of lower trade volumes.")
DOCK_PARTIES = (Party(id="alder", name="Alder Terminals"), Party(id="union", name="Dockworkers' Union"))


@pytest.mark.parametrize("sentence", [
    "Fewer than 0.01% of trips taken in Harwick led to a complaint.",
    "Only a tiny share of trips in Harwick, fewer than 0.01%, led to a complaint.",
])
def test_the_companys_figure_told_as_fact_is_refused(sentence):
    found = sentence_findings(sentence, (PARAGRAPH,), "en", PARTIES)
    assert any("only as the word of Rydo" in finding for finding in found), found


@pytest.mark.parametrize("sentence", [
    "Profits will fall this year because of lower trade volumes.",
])
def test_the_companys_forecast_told_as_fact_is_refused(sentence):
    found = sentence_findings(sentence, (OPENING,), "en", DOCK_PARTIES)
    assert found, "a business's forecast told as fact"


@pytest.mark.parametrize("sentence", [
    "Rydo says fewer than 0.01% of trips taken in Harwick led to a complaint.",
    "The company says fewer than 0.01% of trips taken in Harwick led to a complaint.",
    "According to Rydo, fewer than 0.01% of trips taken in Harwick led to a complaint.",
    "In its statement, Rydo put complaints at fewer than 0.01% of trips taken in Harwick.",
    "Rydo introduced new identity checks for drivers in January, it said.",
    "Rydo called the decision disproportionate.",
])
def test_sentences_saying_whose_word_it_is_build(sentence):
    assert sentence_findings(sentence, (PARAGRAPH,), "en", PARTIES) == []


def test_the_word_given_to_the_other_side_is_still_refused():
    found = sentence_findings("The council says fewer than 0.01% of trips taken in Harwick led to a complaint.",
                              (PARAGRAPH,), "en", PARTIES)
    assert any("give them to Rydo" in finding for finding in found), found
