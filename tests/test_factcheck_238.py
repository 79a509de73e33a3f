"""Changes, outcomes and what is still to come, in a new user's English local-election briefing
(tests/fixtures/factcheck_238: the Greens win Eastbury council, 24 of 45 seats, for the first time; Labour wants a
recount in one ward, set for Monday in a report of Friday 8 May 2026; its leader would not say whether it would go to
court). Eight misstatements of /work/tasks/election/mutate.py built; each is refused now, on this fixture and on a twin
of another topic, and honest paraphrases of each still build:

1. A fall told of figures that rise: "Turnout fell slightly, to 38.2% from 36.9% in 2022" citing "Turnout was 38.2%,
   slightly higher than the 36.9% ...": a comma after the change's word and its adverb ("fell slightly, to") hid its
   two levels from explainer/level_directions.py.
2. A slight change told as sharp: "Turnout rose sharply" (or "soared") citing "slightly higher"; and a sharp one as
   slight: "Exports fell slightly" citing "Exports plunged" (explainer/change_degrees.py, one call in cite.py).
3. A majority kept told as lost: "Even if a recount reversed the Riverside result, the Greens would lose their
   majority" citing "would leave them with 23 seats, still a majority of one"; and control won for the first time
   told as kept: "The Greens won 24 of the 45 seats, keeping control" citing "has won control ... for the first time"
   (explainer/kept_or_lost_control.py, one call in cite.py).
4. A future told as past: "The recount took place on Monday; the returning officer does not expect it to change the
   result" citing "The returning officer said a recount would take place on Monday" in a report of Friday 8 May 2026:
   a report can only announce what comes after its date (explainer/future_as_past.py).
5. An open question told as answered: "Labour will go to court" and "He said Labour would go to court" citing "He did
   not say whether the party would challenge the result in court" (explainer/unanswered.py).
6. One told as every one: "Labour ... wants a recount in every ward" citing "Labour has asked for a recount in the
   ward" (explainer/part_as_all.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, found_in_language, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "factcheck_238"
SLUG = "eastbury-vote"
REPORT = (FIXTURE / "seeds" / "vote.txt").read_text(encoding="utf-8")
PUBLISHED = "2026-05-08"
PARTIES = (Party(id="greens", name="Green Party", short_name="Greens"), Party(id="labour", name="Labour"))


def found(sentence: str, passage: str, published: str = PUBLISHED) -> list[str]:
    """Return the findings of an English sentence of the briefing citing one passage of a report of `published`."""
    return sentence_findings(sentence, (passage,), "en", PARTIES, published=published)


TURNOUT = "Turnout was 38.2%, slightly higher than the 36.9% recorded at the last election in 2022."
MAJORITY = ("The Greens' majority of three seats means a recount that reversed the Riverside result would leave them "
            "with 23 seats, still a majority of one.")
WON = ("The Green Party has won control of Eastbury District Council for the first time, taking 24 of the council's 45 "
       "seats in Thursday's election")
MONDAY = ("The returning officer said a recount would take place on Monday but that she did not expect it to change "
          "the result.")
COURT = "He did not say whether the party would challenge the result in court."
RECOUNT = "Labour has asked for a recount in the ward"


def test_the_passages_are_the_reports_words():
    for passage in (TURNOUT, MAJORITY, WON, MONDAY, COURT, RECOUNT):
        assert " ".join(passage.split()) in " ".join(REPORT.split()), passage
    assert "Friday 8 May 2026" in paragraph(REPORT, "Eastbury, Friday")


# Through the front door: each misstatement of the fixture, refused on its file and line
@pytest.mark.parametrize("file, old, new, told", [
    ("background.yaml", "Turnout rose slightly", "Turnout fell slightly", "tells as a fall ('fell')"),
    ("background.yaml", "Turnout rose slightly", "Turnout rose sharply", "tells as sharp ('rose sharply')"),
    ("background.yaml", "the Greens would keep a majority of one, with 23 seats", "the Greens would lose their majority",
     "a majority or control lost ('lose their majority')"),
    ("briefing.yaml", "taking control for the first time", "keeping control",
     "a majority or control kept ('keeping control')"),
    ("background.yaml", "The recount will take place on Monday", "The recount took place on Monday",
     "tells as done on Monday ('took')"),
    ("background.yaml", "He would not say whether Labour would go to court", "Labour will go to court",
     "tells as settled what its cited passages leave open"),
    ("background.yaml", "He would not say whether Labour would go to court", "He said Labour would go to court",
     "tells as settled what its cited passages leave open"),
    ("briefing.yaml", "and wants a recount in one ward", "and wants a recount in every ward",
     "says 'every ward' where its cited passages name only one ('the ward')"),
])
def test_a_misstatement_of_the_fixture_is_refused_on_its_line(tmp_path: Path, file: str, old: str, new: str,
                                                               told: str):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / file, old, new)
    result = run_build(desk, "check")
    assert result.code == 1 and f"content/{SLUG}/{file}:" in result.err and told in result.err, result.err


def test_the_fixture_builds_with_honest_paraphrases(tmp_path: Path):
    """Honest twins written into the fixture at once: every one builds."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    background, briefing = desk / "content" / SLUG / "background.yaml", desk / "content" / SLUG / "briefing.yaml"
    edit(background, "Turnout rose slightly, to 38.2% from 36.9% in 2022",
         "Turnout edged up, to 38.2% from 36.9% in 2022")
    edit(background, "the Greens would keep a majority of one, with 23 seats",
         "the Greens would still have a majority of one, with 23 seats")
    edit(background, "The recount will take place on Monday", "The recount is due to take place on Monday")
    edit(background, "He would not say whether Labour would go to court",
         "He did not say whether Labour would challenge the result in court")
    edit(briefing, "and wants a recount in one ward", "and wants a recount in the ward")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


# 1. A fall told of figures that rise, a comma after its word
@pytest.mark.parametrize("sentence, passage, refused", [
    ("Turnout fell slightly, to 38.2% from 36.9% in 2022.", TURNOUT, True),
    ("Turnout fell, to 38.2% from 36.9% in 2022.", TURNOUT, True),
    ("Membership fell steadily, to 1,200 from 900.", "Membership was 1,200, up from 900.", True),
    ("Unemployment rose sharply, to 4.1% from 5.3%.", "Unemployment was 4.1%, well below the 5.3% of a year earlier.",
     True),
    # honest twins
    ("Turnout rose slightly, to 38.2% from 36.9% in 2022.", TURNOUT, False),
    ("Turnout rose, to 38.2%, from 36.9% in 2022.", TURNOUT, False),
    ("Turnout edged up slightly, to 38.2% from 36.9% in 2022.", TURNOUT, False),
    ("Membership grew steadily, to 1,200 from 900.", "Membership was 1,200, up from 900.", False),
    ("Unemployment fell again last year, to 4.1% from 5.3%.",
     "Unemployment was 4.1%, well below the 5.3% of a year earlier.", False),
])
def test_a_change_told_against_its_own_levels(sentence: str, passage: str, refused: bool):
    findings = found(sentence, passage)
    assert bool([f for f in findings if "its own two levels" in f or "given as a fall" in f
                 or "given as a rise" in f]) == refused, findings
    if not refused:
        assert findings == [], findings


# 2. A change's degree
@pytest.mark.parametrize("sentence, passage", [
    ("Turnout rose sharply, to 38.2% from 36.9% in 2022.", TURNOUT),
    ("Turnout rose sharply.", TURNOUT),
    ("Turnout soared to 38.2%.", TURNOUT),
    ("Exports plunged in May.", "Exports fell slightly in May, the ministry said."),
    ("Exports fell slightly in May.", "Exports plunged in May, the ministry said."),
    ("A small rise in turnout was recorded.", "Turnout rose sharply in the north."),
])
def test_a_changes_degree_turned_is_refused(sentence: str, passage: str):
    findings = found(sentence, passage)
    assert any("a change its cited passages give as" in f for f in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("Turnout rose slightly, to 38.2% from 36.9% in 2022.", TURNOUT),
    ("Turnout edged up to 38.2%.", TURNOUT),
    ("Turnout was a little higher than in 2022.", TURNOUT),
    ("Turnout rose modestly, to 38.2%.", TURNOUT),
    ("Turnout was marginally higher than in 2022.", TURNOUT),
    ("Turnout did not rise sharply.", TURNOUT),
    ("Labour's vote fell sharply.", "Labour's vote fell sharply while turnout rose slightly."),
    ("Exports fell a little in May.", "Exports fell slightly in May, the ministry said."),
    ("Much of the rise came from imports.", "Exports fell slightly in May while imports rose."),
    ("Unemployment fell sharply.", "Unemployment fell from 9% to 4%, while inflation rose slightly."),
    ("Sales rose sharply in the quarter.", "Sales rose 40% in the quarter, and costs rose slightly."),
    ("Turnout was higher, and support for the Greens rose sharply.",
     "Turnout was slightly higher; the Greens' vote rose from 20% to 32%."),
])
def test_a_changes_degree_kept_builds(sentence: str, passage: str):
    findings = found(sentence, passage)
    assert not any("a change its cited passages give as" in f for f in findings), findings


# 3. A majority or control kept, lost, won for the first time
@pytest.mark.parametrize("sentence, passage", [
    ("Even if a recount reversed the Riverside result, the Greens would lose their majority.", MAJORITY),
    ("The Greens won 24 of the 45 seats, keeping control.", WON),
    ("The Greens kept control of the council.", WON),
    ("The ruling coalition would lose its majority if the Liberals walked out.",
     "The coalition's 12-seat majority means the departure of the Liberals would still leave it a majority of two."),
    ("The coalition would lose its majority without the Liberals.",
     "Without the Liberals, the coalition would still have a majority of two."),
    ("The coalition kept its majority in the election.",
     "The coalition lost its majority in the election, winning 140 of 300 seats."),
    ("The mayor's party retained control of the city council.",
     "The mayor's party won control of the city council for the first time in its history."),
])
def test_a_majority_told_otherwise_is_refused(sentence: str, passage: str):
    findings = found(sentence, passage)
    assert any("a majority or control" in f for f in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("Even if a recount reversed the Riverside result, the Greens would keep a majority of one, with 23 seats.",
     MAJORITY),
    ("A reversal in Riverside would leave the Greens with 23 seats, still a majority.", MAJORITY),
    ("The Greens would retain their majority, if only by one seat, if Riverside were reversed.", MAJORITY),
    ("The Greens would hold on to their majority if the Riverside result were reversed.", MAJORITY),
    ("Even without Riverside, the Greens would still have a majority of one.", MAJORITY),
    ("The Greens would still control the council with 23 seats.", MAJORITY),
    ("A reversed Riverside result would cut the Greens' majority to one.", MAJORITY),
    ("The Greens won 24 of the 45 seats, taking control for the first time.", WON),
    ("The Greens took control of the council for the first time.", WON),
    ("For the first time, the Greens control Eastbury council.", WON),
    ("The Greens gained control of the council, with 24 of its 45 seats.", WON),
    ("Voss accepted that Labour had lost control of the council.",
     "Voss said Labour accepted that it had lost control of the council, but that the Riverside result \"must be "
     "checked\"."),
    ("The coalition would keep its majority even without the Liberals.",
     "Without the Liberals, the coalition would still have a majority of two."),
])
def test_a_majority_told_as_the_source_does_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


# 4. An act a dated report announces for a later day, told done on that day
@pytest.mark.parametrize("sentence, passage, published", [
    ("The recount took place on Monday; the returning officer does not expect it to change the result.", MONDAY,
     PUBLISHED),
    ("A recount was held on Monday.", MONDAY, PUBLISHED),
    ("All Doravian electric vehicles paid the full rate on 1 May 2026.",
     "From 1 May 2026, all Doravian electric vehicles will pay the full rate.", "2026-02-12"),
])
def test_an_act_announced_for_a_later_day_told_done_is_refused(sentence: str, passage: str, published: str):
    findings = found(sentence, passage, published)
    assert any("could only announce" in f for f in findings), findings


@pytest.mark.parametrize("sentence, passage, published", [
    ("The recount is due to take place on Monday.", MONDAY, PUBLISHED),
    ("The returning officer said the recount would take place on Monday.", MONDAY, PUBLISHED),
    ("A recount was set for Monday.", MONDAY, PUBLISHED),
    ("The returning officer announced a recount for Monday.", MONDAY, PUBLISHED),
    ("The recount was to take place on Monday.", MONDAY, PUBLISHED),
    ("All Doravian electric vehicles have paid the full rate since 1 May 2026.",
     "From 1 May 2026, all Doravian electric vehicles will pay the full rate.", "2026-02-12"),
    ("The union will sign the deal on 12 May.", "The union said it would sign the deal on 12 May.", PUBLISHED),
    ("The union is expected to sign the deal on 12 May.", "The union said it would sign the deal on 12 May.",
     PUBLISHED),
])
def test_an_act_kept_to_come_builds(sentence: str, passage: str, published: str):
    findings = found(sentence, passage, published)
    assert not any("could only announce" in f for f in findings), findings


# 5. An open question told as answered
@pytest.mark.parametrize("sentence, passage", [
    ("Labour will go to court.", COURT),
    ("He said Labour would go to court.", COURT),
    ("Labour will challenge the result in court.", COURT),
    ("The company will cut jobs.", "The chief executive would not say whether the company would cut jobs."),
    ("The company said it would cut jobs.", "The chief executive would not say whether the company would cut jobs."),
    ("The plant will close.", "The minister refused to confirm whether the plant would close."),
])
def test_an_open_question_told_as_settled_is_refused(sentence: str, passage: str):
    findings = found(sentence, passage)
    assert any("tells as settled what its cited passages leave open" in f for f in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("He would not say whether Labour would go to court.", COURT),
    ("Labour has not said whether it will go to court.", COURT),
    ("It is unclear whether Labour will challenge the result in court.", COURT),
    ("Labour could still challenge the result in court.", COURT),
    ("Labour may go to court.", COURT),
    ("Voss declined to say if Labour would go to court.", COURT),
    ("Labour left open a court challenge.", COURT),
    ("He gave no word on a court challenge.", COURT),
    ("Voss said the result must be checked.",
     "Voss said the Riverside result \"must be checked\". He did not say whether the party would challenge the result "
     "in court."),
    ("The chief executive would not be drawn on job cuts.",
     "The chief executive would not say whether the company would cut jobs."),
    ("Job cuts remain possible.", "The chief executive would not say whether the company would cut jobs."),
    ("The minister refused to confirm whether the plant will close.",
     "The minister refused to confirm whether the plant would close."),
    ("Voss said Labour had lost control and did not say whether it would go to court.",
     "Voss said Labour accepted that it had lost control. He did not say whether the party would challenge the "
     "result in court."),
])
def test_an_open_question_kept_open_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


# 6. One told as every one
@pytest.mark.parametrize("sentence, passage", [
    ("Labour wants a recount in every ward.", RECOUNT),
    ("Labour wants a recount in each ward.", RECOUNT),
    ("The council will consult every school.", "The council will consult the school and its parents."),
])
def test_one_told_as_every_one_is_refused(sentence: str, passage: str):
    findings = found_in_language("en", sentence, passage)
    assert any("name only one" in f for f in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("Labour wants a recount in the ward.", RECOUNT),
    ("Labour wants a recount in one ward.", RECOUNT),
    ("Labour wants a recount in every ward it lost.", "Labour wants recounts in the wards it lost."),
    ("Every candidate in the ward was checked.", "Each candidate in the ward was checked."),
    ("Protesters gathered every day.", "Protesters gathered daily, and on the day of the vote marched to the hall."),
    ("The company inspects each plant.", "The company inspects all its plants, and the plant in Leeds was closed."),
    ("Each member of the board voted for the plan.", "The board voted unanimously for the plan, the chair said."),
    ("Every resident of the street was evacuated.",
     "The street's residents were evacuated, and the street was closed."),
])
def test_one_kept_one_builds(sentence: str, passage: str):
    findings = found_in_language("en", sentence, passage)
    assert not any("name only one" in f for f in findings), findings
