"""Misstatements of deeds and doers that still built, over a new user's dock strike briefing (tests/fixtures/factcheck_203:
Port Alder's 48-hour strike, the union's 9% demand, Alder Terminals' 4.5% offer, a government mediator's invitation
to talks). Each replaced a summary sentence and built:

1. A refusal invented where the passage gives the deed done: "the operator has refused to offer anything" citing
   "Alder Terminals has offered 4.5%" (polarity.py compares words of five letters or more, and "the operator" is not
   "Alder Terminals"). A sentence refusing or negating a deed ("refused to offer", "has not offered", "has made no
   offer", "has offered nothing") is refused where a cited passage tells it done by the same verb
   (explainer/refusals_of_deeds_done.py, read by opposite_deeds.py); "has not offered more", another party's refusal
   and an object the passage never names ("has not invited the press") build.
2. A verdict invented and given to a party: "the operator has offered 4.5%, which the union called fair" citing a
   passage that judges nothing. A verdict ("called ... fair", "described as reasonable", "said the offer was
   acceptable") is refused where no cited passage holds its word and none judges anything
   (explainer/invented_verdicts.py, read by stances.py).
3. An invitation told as the meeting held: "A government mediator brought both sides together for talks on Thursday"
   citing "has invited both sides to talks on Thursday" (explainer/invited_talks_held.py, read by talk_stages.py).
4. The deed given to another doer: "The union has invited the operator to talks on Thursday" citing "A government
   mediator, Paul Hennessy, has invited both sides". A party made the subject of a verb a passage gives to another
   party, a person by name or a third party's role is refused (explainer/deeds_given_to_another.py, read by
   by_doers.py).
5. A person set beside a role the passage gives to someone else: "A government mediator, Ruth Okafor, has invited
   both sides" citing "A government mediator, Paul Hennessy, has invited both sides" (Ruth Okafor is the union's
   leader elsewhere in the report; explainer/apposed_names.py, read by swapped_names.py).

Each with honest paraphrases that must build, over this fixture and the report's other paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, error_lines, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "factcheck_203"
BRIEFING = "port-strike"
REPORT = (FIXTURE / "seeds" / "strike.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="union", name="Dockworkers' Union"), Party(id="operator", name="Alder Terminals"))
PASSAGES = {
    "GAP": "The Dockworkers' Union is demanding a pay rise of 9% this year. Alder Terminals has offered 4.5%",
    "MEDIATOR": "A government mediator, Paul Hennessy, has invited both sides to talks on Thursday.",
    "PAY": paragraph(REPORT, "has offered 4.5%"),
    "SHIPS": paragraph(REPORT, "Paul Hennessy"),
    "WALKOUT": paragraph(REPORT, "About 2,400"),
}
REFUSED = "refuses a deed"
VERDICT = "gives a verdict"
HELD = "tells talks as held"
DOER = "the doer of"
NAMED = "where its cited passages name"


def found(key: str, sentence: str) -> list[str]:
    """Return the build's findings of an English sentence citing the report's passage `key`."""
    read_as_project_locale(REPO, "en")
    return sentence_findings(sentence, (PASSAGES[key],), "en", PARTIES)


def test_the_dock_briefing_builds(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / BRIEFING / "index.html").read_text(encoding="utf-8").split())
    for words in ("48-hour strike", "has offered 4.5%", "invited both sides to talks on Thursday"):
        assert words in page, words


@pytest.mark.parametrize("old, new, words", [
    ("the operator has offered 4.5%.", "the operator has refused to offer anything.", REFUSED),
    ("the operator has offered 4.5%.", "the operator has offered 4.5%, which the union called fair.", VERDICT),
    ("A government mediator has invited both sides to talks on Thursday.",
     "A government mediator brought both sides together for talks on Thursday.", HELD),
    ("A government mediator has invited both sides to talks on Thursday.",
     "The union has invited the operator to talks on Thursday.", DOER),
    ("A government mediator has invited both sides to talks on Thursday.",
     "A government mediator, Ruth Okafor, has invited both sides to talks on Thursday.", NAMED),
])
def test_the_summary_s_misstatements_are_refused_on_their_line(tmp_path: Path, old: str, new: str, words: str):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / "briefing.yaml", old, new)
    result = run_build(desk, "check")
    lines = error_lines(result)
    assert result.code == 1 and any(line.startswith(f"content/{BRIEFING}/briefing.yaml:") and words in line
                                    for line in lines), result.err


MISSTATED = [
    ("GAP", "The union wants a 9% rise this year; the operator has refused to offer anything.", REFUSED),
    ("GAP", "The operator has not offered anything.", REFUSED),
    ("GAP", "The operator has refused to make an offer.", REFUSED),
    ("GAP", "The operator has made no offer.", REFUSED),
    ("PAY", "The operator has offered nothing.", REFUSED),
    ("GAP", "The union wants a 9% rise this year; the operator has offered 4.5%, which the union called fair.", VERDICT),
    ("GAP", "The operator has offered 4.5%, which the union described as reasonable.", VERDICT),
    ("GAP", "The union said the offer was acceptable.", VERDICT),
    ("GAP", "Alder Terminals has offered 4.5%, a figure the union considered fair.", VERDICT),
    ("MEDIATOR", "A government mediator brought both sides together for talks on Thursday.", HELD),
    ("MEDIATOR", "A government mediator held talks with both sides on Thursday.", HELD),
    ("SHIPS", "Both sides met for talks on Thursday.", HELD),
    ("MEDIATOR", "Talks between both sides took place on Thursday.", HELD),
    ("MEDIATOR", "The union has invited the operator to talks on Thursday.", DOER),
    ("SHIPS", "Alder Terminals has invited the union to talks on Thursday.", DOER),
    ("MEDIATOR", "The union invited both sides to talks on Thursday.", DOER),
    ("MEDIATOR", "A government mediator, Ruth Okafor, has invited both sides to talks on Thursday.", NAMED),
    ("SHIPS", "The mediator, Ruth Okafor, has invited both sides to talks on Thursday.", NAMED),
    ("MEDIATOR", "Ruth Okafor, a government mediator, has invited both sides to talks on Thursday.", NAMED),
    ("MEDIATOR", "Government mediator Ruth Okafor has invited both sides to talks on Thursday.", NAMED),
]


@pytest.mark.parametrize("key, sentence, words", MISSTATED)
def test_a_deed_or_doer_misstated_is_refused(key: str, sentence: str, words: str):
    assert any(words in finding for finding in found(key, sentence)), (sentence, found(key, sentence))


HONEST = [
    ("GAP", "The union wants a 9% rise this year; the operator has offered 4.5%."),
    ("GAP", "The operator has offered 4.5%, well short of the 9% the union wants."),
    ("GAP", "The operator has offered 4.5% but has refused to offer more."),
    ("GAP", "The operator has not offered more than 4.5%."),
    ("GAP", "The union has not accepted the 4.5% offer."),
    ("GAP", "The operator has offered half of what the union is demanding."),
    ("GAP", "The union is demanding 9% this year, double the 4.5% Alder Terminals has offered."),
    ("GAP", "Alder Terminals has offered 4.5%; the union wants 9%, a gap of 4.5 points."),
    ("PAY", "The operator has offered 4.5%, which the union called an insult."),
    ("PAY", "The union's leader, Ruth Okafor, called the offer an insult."),
    ("PAY", "Ruth Okafor, the union leader, called the offer \"an insult to people who kept the port open through "
            "the pandemic\"."),
    ("PAY", "Union leader Ruth Okafor said the offer was an insult."),
    ("PAY", "The operator has offered 4.5%, which the union did not accept."),
    ("PAY", "The union said the offer did not go far enough."),
    ("PAY", "The Dockworkers' Union, led by Ruth Okafor, is demanding a pay rise of 9% this year."),
    ("MEDIATOR", "A government mediator has invited both sides to talks on Thursday."),
    ("MEDIATOR", "A government mediator, Paul Hennessy, has invited both sides to talks on Thursday."),
    ("MEDIATOR", "Paul Hennessy, the mediator, has invited both sides to talks on Thursday."),
    ("MEDIATOR", "Paul Hennessy, a government mediator, has invited the union and Alder Terminals to talks on Thursday."),
    ("MEDIATOR", "The government's mediator, Mr Hennessy, has invited both sides to talks on Thursday."),
    ("MEDIATOR", "Mediator Paul Hennessy has invited both sides to talks on Thursday."),
    ("MEDIATOR", "Both sides have been invited to talks on Thursday."),
    ("MEDIATOR", "The union and Alder Terminals have been invited to talks on Thursday by a government mediator."),
    ("MEDIATOR", "Talks are due on Thursday, after an invitation from a government mediator."),
    ("MEDIATOR", "Both sides have been asked to attend talks on Thursday."),
    ("MEDIATOR", "Mediator Paul Hennessy hopes to hold talks with both sides on Thursday."),
    ("MEDIATOR", "The mediator has not invited the press."),
    ("MEDIATOR", "Neither side has yet responded to the mediator's invitation."),
    ("SHIPS", "Alder Terminals reported that 31 ships were waiting to berth on Tuesday morning."),
    ("WALKOUT", "The strike began after talks with the port operator broke down late on Monday."),
    ("WALKOUT", "The union held talks with Alder Terminals until late on Monday."),
    ("WALKOUT", "The union walked out on Tuesday after talks with Alder Terminals broke down."),
]


@pytest.mark.parametrize("key, sentence", HONEST)
def test_an_honest_paraphrase_builds(key: str, sentence: str):
    assert not found(key, sentence), sentence


@pytest.mark.parametrize("sentence, passage", [
    # a refusal the passage tells after its verb (newuser_34's claim)
    ("The estimate is scaremongering, and the chamber has produced no figures to support it.",
     "Ms Okafor called the estimate \"scaremongering\" and said the chamber had produced no figures to support it."),
    # a possessive name is its person's (newuser_32's background)
    ("Prime Minister Tomas Keller's government raised the steel duty in March.",
     "The government of Prime Minister Tomas Keller raised the steel duty in March."),
    ("Khawaja Asif, Pakistan's defense minister, declared an \"all-out war\" between the two countries.",
     "Pakistan's Defense Minister Khawaja Asif by Friday morning declared an \"all-out war\" between the two countries."),
    ("Fiona Calder, Corran's chief executive, said the merger keeps jobs in the regions.",
     "\"This merger keeps two regional airlines flying and keeps their jobs in the regions,\" said Fiona Calder, Chief "
     "Executive of Corran Airways."),
    ("The Authority has not accepted Corran's offer of 14 slot pairs.",
     "On 2 November 2026 Corran Airways offered to give up 14 daily pairs of take-off and landing slots at Eastport "
     "Airport. The Authority has not accepted this offer."),
])
def test_other_briefings_honest_sentences_build(sentence: str, passage: str):
    read_as_project_locale(REPO, "en")
    assert not sentence_findings(sentence, (passage,), "en", PARTIES), sentence
