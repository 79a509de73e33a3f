"""Honest English sentences that were refused, each now built, its misstatement twin kept refused:

1. "Alder Terminals said profits would fall this year" citing "Alder Terminals reported a profit of £212 million last
   year, up from £180 million in 2024. The company said profits would fall this year ..." was read as a fall against
   "up from": a clause of the subject giving the sentence's way in words alone ("profits would fall") backs it too
   (explainer/bare_directions.py).
2. "The union boycotted the meeting" citing "The union stayed away from the meeting in protest" was refused as an
   event no passage tells: absence ("stayed away", "did not attend", "shunned", "sat out") backs a boycott
   (explainer/labour_events.py).
3. "Islamabad blames Afghanistan for sheltering TTP militants" citing "Islamabad accuses Afghanistan of sheltering
   ..." was refused as someone's word told as fact: "blames" says whose word it is (explainer/attribution.py).
4. "Levels at three stations exceeded the EU limit of 40 micrograms" citing "The EU limit of 40 micrograms was
   exceeded at three stations" was read as the two compared the other way round: an agentless passive ("was
   exceeded") has its subject as the second term and its first untold (explainer/comparatives.py).
"""

from __future__ import annotations

import pytest

from conftest import REPO
from explainer.model import Party
from support import paragraph, read_as_project_locale, sentence_findings

REPORT = (REPO / "tests" / "fixtures" / "factcheck_203" / "seeds" / "strike.txt").read_text(encoding="utf-8")
PROFIT = paragraph(REPORT, "profit of")
STRIKE = (Party(id="union", name="Dockworkers' Union"), Party(id="operator", name="Alder Terminals"))
ACCUSES = ("Islamabad accuses Afghanistan of sheltering Tehrik-i-Taliban Pakistan (TTP) militants who carry out "
           "cross-border attacks")
STAYED_AWAY = "The union stayed away from the meeting in protest."
EXCEEDED = "The EU limit of 40 micrograms was exceeded at three stations, where levels reached 52 micrograms."


def found(sentence: str, passage: str, parties=()) -> list[str]:
    """Return the build's findings of an English sentence citing one passage."""
    read_as_project_locale(REPO, "en")
    return sentence_findings(sentence, (passage,), "en", parties)


HONEST = [
    # 1
    ("Alder Terminals said profits would fall this year.", PROFIT, STRIKE),
    ("Alder Terminals expects profits to fall this year.", PROFIT, STRIKE),
    ("The operator said profits would fall this year because of lower trade volumes.", PROFIT, STRIKE),
    ("Alder Terminals said its profits would decline this year.", PROFIT, STRIKE),
    ("Profits are expected to fall this year, the company said.", PROFIT, STRIKE),
    ("Alder Terminals said profits rose last year.", PROFIT, STRIKE),
    # 2
    ("The union boycotted the meeting.", STAYED_AWAY, ()),
    ("The union boycotted the meeting in protest.", STAYED_AWAY, ()),
    ("The union boycotted Thursday's talks.", "The union did not attend Thursday's talks, calling them a sham.", ()),
    ("The opposition boycotted the talks.", "Opposition leaders shunned the talks.", ()),
    ("Workers boycotted the meeting.", "Workers sat out the meeting in protest at the offer.", ()),
    ("The union refused the talks.", "The union refused to attend the talks.", ()),
    # 3
    ("Islamabad blames Afghanistan for sheltering TTP militants.", ACCUSES, ()),
    ("Islamabad blames Kabul for sheltering TTP militants who carry out cross-border attacks.", ACCUSES, ()),
    ("Pakistan has blamed Afghanistan for sheltering TTP militants.", ACCUSES, ()),
    ("Islamabad accuses Afghanistan of sheltering TTP militants.", ACCUSES, ()),
    # 4
    ("Levels at three stations exceeded the EU limit of 40 micrograms per cubic metre.", EXCEEDED, ()),
    ("Levels exceeded the EU limit of 40 micrograms at three stations.", EXCEEDED, ()),
    ("Readings at three stations surpassed the EU limit of 40 micrograms.",
     "The EU limit of 40 micrograms was surpassed at three stations.", ()),
    ("Levels at three stations topped the EU limit of 40 micrograms.",
     "At three stations the EU limit of 40 micrograms has been exceeded.", ()),
    ("Levels at three stations exceeded the EU limit of 40 micrograms.",
     "The EU limit of 40 micrograms was exceeded by levels at three stations.", ()),
]

REFUSED = [
    # 1: a rise in figures, no fall in words: still a fall told against the source's rise
    ("Alder Terminals' profit fell last year.", "Alder Terminals reported a profit of £212 million last year, up from "
     "£180 million in 2024.", STRIKE, "tells a fall"),
    # 2: a boycott no passage tells, in any form
    ("The union boycotted the meeting.", "The union attended the meeting.", (), "tells an event of the dispute"),
    ("The union boycotted the talks.", "A government mediator, Paul Hennessy, has invited both sides to talks on "
     "Thursday.", (), "tells an event of the dispute"),
    # 3: the accusation still told as fact
    ("Afghanistan shelters TTP militants who carry out cross-border attacks.", ACCUSES, (), "worded as fact"),
    # 4: a passive of the other way ("was missed"), and a crossed active, stay refused
    ("The emissions at three plants exceeded the EU target of 40 tonnes.",
     "The EU target of 40 tonnes was missed at three plants.", (), "this sentence says 'exceeded'"),
    ("The EU limit exceeded levels at three stations.",
     "Levels at three stations exceeded the EU limit.", (), "other way round"),
]


@pytest.mark.parametrize("sentence, passage, parties", HONEST)
def test_an_honest_sentence_builds(sentence, passage, parties):
    assert found(sentence, passage, parties) == []


@pytest.mark.parametrize("sentence, passage, parties, words", REFUSED)
def test_its_misstatement_stays_refused(sentence, passage, parties, words):
    findings = found(sentence, passage, parties)
    assert any(words in finding for finding in findings), (sentence, findings)


def test_a_passive_blame_names_no_one():
    findings = found("Afghanistan shelters TTP militants blamed for cross-border attacks.", ACCUSES)
    assert any("worded as fact" in finding for finding in findings), findings
