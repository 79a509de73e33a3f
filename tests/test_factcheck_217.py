"""A ride-hailing licence briefing's leftovers (tests/test_newuser_127.py, fixture tests/fixtures/newuser_127):

1. The company's figure given to the council: "The council says Rydo has around 140,000 regular riders in the city."
   citing "About 3,800 drivers work through Rydo's app in Harwick, and the company says it has around 140,000 regular
   riders" built. A figure the passages give only in sentences whose one speaker is "the company" (or "the firm"),
   given as a public body's word ("the council", "police", "the court", ...), is refused
   (explainer/figure_speakers.py).
2. A span back changed beside its figure: "... over 31 complaints made in the past year" citing "31 safety complaints
   made against its drivers over the past two years" built. A span "the past / last / previous N units" of another
   length than the passage's span beside the same figure is refused (explainer/past_spans.py, read from
   span_units.py).
3. A role's area changed: "Tom Ashcroft, Rydo's general manager for Scotland, said" citing "Tom Ashcroft, Rydo's
   general manager for the north of England, said" built. A title "for" an area none of whose capitalised words the
   passages hold, where they give that title for an area, is refused (explainer/role_areas.py, read from offices.py).
4. A confidence told as done: "Tom Ashcroft said the court had seen that Rydo fixed the problems" citing "we are
   confident the court will see that we have fixed the problems" built. The deed of a subject a speaker is confident
   "will" do, told in a past form after that subject, is refused (explainer/confidence_told_done.py, read from
   hopes_kept.py).
5. Honest but refused: "Many of the union's members backed the council's stand on safety" citing "many members backed
   the council's stand on safety but feared for their income if the licence was lost" was refused as the condition
   dropped. A condition after a second verb opened by "but", its subject left out, conditions that verb alone where
   the first has no modal (explainer/conditions.py).

Each with its honest twins that build, and the front door (a copy of the fixture, edited and checked).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, edit, found_in_language, paragraph, sentence_findings
from test_newuser_127 import FIXTURE, PARTIES, PASSAGES, REPORT, SLUG

PASSAGES = {**PASSAGES, "ASH": paragraph(REPORT, "Tom Ashcroft"), "DIVIDED": paragraph(REPORT, "is split on the decision")}


def findings(key: str, sentence: str) -> list[str]:
    """Return the findings of a sentence citing one paragraph of the report, read with the briefing's parties."""
    return sentence_findings(sentence, (PASSAGES[key],), "en", PARTIES, published="2026-05-12")


COMPANY = "only as the word of 'the company'"
PERIOD = "gives its figure over"
AREA = "where its cited passages give the manager for"
CONFIDENT = "confidence that it will be"
CONDITION = "only on a condition"


# 1. The company's figure given to a public body
@pytest.mark.parametrize("sentence", [
    "The council says Rydo has around 140,000 regular riders in the city.",
    "According to the council, Rydo has around 140,000 regular riders.",
    "The police say Rydo has around 140,000 regular riders in the city.",
])
def test_a_company_s_figure_given_to_a_public_body_is_refused(sentence: str):
    assert any(COMPANY in finding for finding in findings("SCALE", sentence)), findings("SCALE", sentence)


@pytest.mark.parametrize("sentence", [
    "The company says it has around 140,000 regular riders in the city.",
    "Rydo says it has around 140,000 regular riders in Harwick.",
    "According to the company, about 140,000 people ride with Rydo regularly.",
    "Rydo claims around 140,000 regular riders, a figure the council did not give.",
    "The council put the number of active Rydo drivers at 3,800.",
    "The council says about 3,800 drivers work through Rydo's app.",
])
def test_the_company_s_figure_kept_as_its_own_builds(sentence: str):
    assert findings("SCALE", sentence) == []


# 2. A span back changed beside its figure
@pytest.mark.parametrize("key, sentence, passage", [
    ("REFUSED", "Harwick City Council refused to renew Rydo's licence over 31 complaints made in the past year.", ""),
    ("REFUSED", "The committee heard of 31 safety complaints over the last three years.", ""),
    ("REFUSED", "The committee heard of 31 safety complaints over the past six months.", ""),
    ("", "Police recorded 40 burglaries in the past year.", "Police recorded 40 burglaries over the past three years."),
])
def test_a_span_back_changed_beside_its_figure_is_refused(key: str, sentence: str, passage: str):
    found_here = findings(key, sentence) if key else found_in_language("en", sentence, passage)
    assert any(PERIOD in finding for finding in found_here), found_here


@pytest.mark.parametrize("key, sentence, passage", [
    ("REFUSED", "The council refused to renew Rydo's licence over 31 complaints made in the past two years.", ""),
    ("REFUSED", "The committee heard of 31 safety complaints over the last two years.", ""),
    ("REFUSED", "Rydo's drivers drew 31 safety complaints in the previous 24 months.", ""),
    ("REFUSED", "Over the past two years, 31 complaints were made against Rydo drivers.", ""),
    ("REFUSED", "Rydo's licence was not renewed after 31 complaints over the past 2 years.", ""),
    ("", "Police recorded 40 burglaries in the past 12 months.", "Police recorded 40 burglaries over the past year, "
     "up from 31 the year before."),
    ("", "Unemployment fell to 4% over the last year.", "Unemployment fell to 4% in the past year, and wages rose 3% "
     "over the past two years."),
    ("", "The firm hired 200 staff in the past two years.", "The firm has hired 200 staff over the past two years, "
     "and 50 in the past year."),
    ("", "Prices rose 5% in the past week.", "Prices rose 5% over the past seven days."),
])
def test_the_span_kept_builds(key: str, sentence: str, passage: str):
    assert (findings(key, sentence) if key else found_in_language("en", sentence, passage)) == []


# 3. A role's area changed
@pytest.mark.parametrize("sentence", [
    "Tom Ashcroft, Rydo's general manager for Scotland, said the company was confident.",
    "Rydo's general manager for Wales, Tom Ashcroft, said the company was confident.",
])
def test_a_role_s_area_changed_is_refused(sentence: str):
    assert any(AREA in finding for finding in findings("ASH", sentence)), findings("ASH", sentence)


def test_another_title_s_area_changed_is_refused():
    found_here = found_in_language("en", "Anna Berg, the company's director for Asia, said sales rose.",
                                   "Anna Berg, the company's director for Europe, said sales rose.")
    assert any("the director for 'Asia'" in finding for finding in found_here), found_here


@pytest.mark.parametrize("sentence", [
    "Tom Ashcroft, Rydo's general manager for the north of England, said the company was confident.",
    "Tom Ashcroft, Rydo's manager for northern England, said the company would keep working with the council.",
    "Tom Ashcroft, the company's general manager for the North of England, said Rydo was confident.",
])
def test_the_area_said_another_way_builds(sentence: str):
    assert findings("ASH", sentence) == []


@pytest.mark.parametrize("sentence, passage", [
    ("Anna Berg, the company's director for Europe, said sales rose.",
     "Anna Berg, the company's director for Europe and Africa, said sales rose."),
    ("Anna Berg, director for Northern Europe, said sales rose.",
     "Anna Berg, the company's director for northern Europe, said sales rose."),
    ("Mr Lee, the minister for Europe, said talks would resume.",
     "Mr Lee, who is minister for Europe, said talks would resume; the minister for Africa disagreed."),
])
def test_an_area_the_passages_give_builds(sentence: str, passage: str):
    assert found_in_language("en", sentence, passage) == []


# 4. A confidence told as done
@pytest.mark.parametrize("key, sentence", [
    ("ASH", "Tom Ashcroft said the court had seen that Rydo fixed the problems the council raised."),
    ("ASH", "Tom Ashcroft said the court saw that Rydo had fixed the problems."),
    ("ASH", "According to Tom Ashcroft, the court has seen that Rydo fixed the problems."),
])
def test_a_confidence_told_as_done_is_refused(key: str, sentence: str):
    assert any(CONFIDENT in finding for finding in findings(key, sentence)), findings(key, sentence)


@pytest.mark.parametrize("sentence", [
    "Tom Ashcroft said Rydo was confident the court would see that it had fixed the problems.",
    "Tom Ashcroft said he was confident the court will see that Rydo has fixed the problems the council raised.",
    "Tom Ashcroft said Rydo had fixed the problems the council raised.",
    "Rydo says it has fixed the problems the council raised and expects the court to see that.",
    "Ashcroft expressed confidence that the court would see the problems had been fixed.",
    "Mr Ashcroft said the company was confident the court would see it had fixed the problems.",
])
def test_the_confidence_kept_builds(sentence: str):
    assert findings("ASH", sentence) == []


def test_a_deed_the_passage_tells_done_too_builds():
    assert found_in_language("en", "The board approved the plan on Tuesday.", "The club said it was confident the "
                             "board would approve the plan. On Tuesday the board approved the plan.") == []


# 5. A condition of a second verb after "but"
@pytest.mark.parametrize("sentence", [
    "Many of the union's members backed the council's stand on safety.",
    "Many union members supported the council's stand on safety.",
    "Dev Sharma said many members backed the council's stand on safety.",
    "Many members backed the council's stand on safety but feared for their income if the licence was lost.",
    "Many members feared for their income if the licence was lost.",
])
def test_the_first_verb_before_but_builds(sentence: str):
    assert findings("DIVIDED", sentence) == []


def test_the_second_verb_without_its_condition_stays_refused():
    assert any(CONDITION in finding for finding in findings("DIVIDED", "Many members feared for their income.")), \
        findings("DIVIDED", "Many members feared for their income.")


@pytest.mark.parametrize("sentence, passage", [
    ("Residents worried about traffic.", "Residents welcomed the plan but worried about traffic if the road was closed."),
    ("The ceasefire will hold.", "The ceasefire will hold but may collapse if talks fail."),
    ("The truce held and troops withdrew.", "The truce will hold and troops will withdraw if both sides agree."),
])
def test_a_condition_of_the_verb_restated_stays_refused(sentence: str, passage: str):
    assert any(CONDITION in finding for finding in found_in_language("en", sentence, passage))


def test_the_first_verb_of_another_passage_builds():
    assert found_in_language("en", "Residents welcomed the plan.",
                             "Residents welcomed the plan but worried about traffic if the road was closed.") == []


# Through the front door
@pytest.mark.parametrize("name, old, new, told", [
    ("background.yaml", "The council's report did not give a figure for riders.[^riders]",
     "The council says Rydo has around 140,000 regular riders in the city.[^scale]", COMPANY),
    ("briefing.yaml", "of 31 safety complaints against its drivers.[^refused]",
     "of 31 safety complaints made in the past year.[^refused]", PERIOD),
])
def test_a_misstatement_in_the_fixture_is_refused_on_its_line(tmp_path: Path, name: str, old: str, new: str, told: str):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / name, old, new)
    result = run_build(desk, "check")
    assert result.code == 1 and f"content/{SLUG}/{name}:" in result.err and told in result.err, result.err
