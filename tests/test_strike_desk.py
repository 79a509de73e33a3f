"""A new user's briefing of a doctors' strike (tests/fixtures/strike_desk), written from a report of my own.

Honest sentences it refused, now built:
1. "the trust says fewer than 900 are" citing "The trust puts the figure lower, at \"fewer than 900\"": a figure
   "put at" is its giver's word (explainer/speakers.py); before, the passage named no speaker of it but the union of
   the sentence before, and "The Guild says fewer than 900" built.
2. "Reyes also says one in five has applied for jobs abroad ..., a figure the trust says it does not recognise" citing
   "and that one in five had applied for jobs abroad" (its "He said" not quoted) and "The trust said it did not
   recognise the figure": a speaker whose words are those of the passage naming no one, the other passage's speaker
   named too (speakers._left_to_an_unnamed_passage); the two turned round is still refused.

Misstatements that built, now refused:
3. "Resident doctors at the trust earn £38,000 a year on average." citing "He said resident doctors at the trust earn
   on average £38,000 a year", the sentence before naming "The Guild's chair at Calderbury, Dr Tomas Reyes": the
   pronoun is read as him, and his post as a party's (explainer/officials.py), so the union's figure told as fact is
   refused.
4. "Dr Tomas Reyes says every extra percentage point costs ..." citing '"Every extra percentage point costs us about
   £2.3 million a year."', a quotation going on from the trust's chief executive's: the speaker of the sentence before
   is the passage's (speakers.py, continued_quotes.py).
5. "The trust has said no patient was harmed." citing "The trust has not said whether any patient was harmed"
   (explainer/unanswered.py read "did not say whether", not "has not said whether").
6. "Its emergency departments have closed." citing "says its emergency departments remain open"
   (explainer/opposite_states.py read "are closed", not "have closed").
7. A caveat "the report checks both" citing passages that check nothing (explainer/confirmed_caveats.py read
   "checked", "verified", not the verbs "checks", "verifies"); "the report verifies none of them" and "Neither side's
   estimate ... has been independently checked" still build.
8. Honest, refused: "A police chief commented that ..." citing "insisted that ...", as worded as fact: "commented" and
   "remarked" say whose word it is (explainer/attribution.py; the synthetic benchmark's prose was refused).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, edit, error_lines, sentence_findings

from explainer.model import Party

FIXTURE = Path(__file__).parent / "fixtures" / "strike_desk"
BRIEFING = Path("content") / "doctors-strike"
PARTIES = (Party(id="guild", name="Medical Practitioners' Guild", aliases=("the Guild",)),
           Party(id="trust", name="Calderbury Health Trust", aliases=("the trust",)))
COUNTS = ("The doctors' union, the Medical Practitioners' Guild, says about 1,100 of the trust's 1,400 resident doctors "
          "are taking part. The trust puts the figure lower, at \"fewer than 900\"")
ABROAD = "and that one in five had applied for jobs abroad in the past year."
RECOGNISE = "The trust said it did not recognise the figure of one in five"
HARMED = "The trust has not said whether any patient was harmed, and said it would publish a full assessment."
OPEN = "The trust says its emergency departments remain open."
INSISTED = "The ministry insisted that the crowded crossing after Zepumagu held 79,000 people."


def findings(sentence: str, *passages: str) -> list[str]:
    return sentence_findings(sentence, passages, "en", PARTIES)


def test_the_briefing_builds_and_shows_its_notes(tmp_path):
    root = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(root)
    assert result.code == 0, result.err
    page = (root / "site" / "doctors-strike" / "index.html").read_text(encoding="utf-8")
    assert "fewer than 900" in page and "a figure the trust says it does not recognise" in page


@pytest.mark.parametrize("sentence, passages", [
    ("The Guild says about 1,100 of the trust's 1,400 resident doctors are on strike; the trust says fewer than 900 "
     "are.", (COUNTS,)),
    ("The trust says fewer than 900 doctors are on strike.", (COUNTS,)),
    ("Police put the crowd at 8,000.", ("Police put the crowd at 8,000, organisers at 20,000.",)),
    ("The Guild put the plan to a vote.", ("The Guild put the plan to a vote of members.",)),
    ("Reyes also says one in five has applied for jobs abroad in the past year, a figure the trust says it does not "
     "recognise.", (ABROAD, RECOGNISE)),
    ("Reyes says one in five doctors have applied for jobs abroad; the trust says it does not recognise that figure.",
     (ABROAD, RECOGNISE)),
    ("The trust has not said if anyone was harmed.", (HARMED,)),
    ("It is not known whether any patient was harmed.", (HARMED,)),
    ("The trust says it will publish a full assessment.", (HARMED,)),
    ("The trust says its emergency departments have stayed open.", (OPEN,)),
    ("Its emergency departments have not closed.", (OPEN,)),
    ("A police chief commented that the crossing was crowded.", (INSISTED,)),
    ("The envoy remarked that the crossing was crowded.", (INSISTED,)),
])
def test_honest_sentences_build(sentence, passages):
    assert findings(sentence, *passages) == []


@pytest.mark.parametrize("sentence, passages", [
    ("The Guild says fewer than 900 doctors are on strike.", (COUNTS,)),
    ("The trust says about 1,100 doctors are on strike.", (COUNTS,)),
    ("The trust says one in five has applied for jobs abroad in the past year, a figure Reyes says he does not "
     "recognise.", (ABROAD, RECOGNISE)),
    ("Reyes says one in five has applied for jobs abroad.", (RECOGNISE,)),
    ("The trust has said no patient was harmed.", (HARMED,)),
    ("No patient was harmed.", (HARMED,)),
    ("Its emergency departments have closed.", (OPEN,)),
    ("Schools have closed.", ("Schools remain open, the council said.",)),
    ("The crossing was crowded.", (INSISTED,)),
])
def test_misstatements_are_refused(sentence, passages):
    assert findings(sentence, *passages) != []


@pytest.mark.parametrize("file, old, new, told", [
    ("background.yaml", "According to the Guild's Dr Tomas Reyes, resident", "Resident",
     "states as fact what its cited passages give only as the word of"),
    ("background.yaml", "Its chief executive, Helen Marsh, says", "Dr Tomas Reyes says",
     "this sentence gives the words to"),
])
def test_a_speaker_the_paragraph_names_is_read(tmp_path, file, old, new, told):
    root = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(root / BRIEFING / file, old, new)
    result = run_build(root, "check")
    assert result.code == 1
    assert any(told in line and f"{file}:" in line for line in error_lines(result)), result.err


@pytest.mark.parametrize("text, refused", [
    ("The two sides' counts differ, and the report checks both.", True),
    ("The two sides' counts differ; the report verifies them.", True),
    ("The two sides' counts differ, and the report does not check either.", False),
    ("The counts are each side's own word; the report verifies none of them.", False),
    ("Neither side's estimate of the doctors on strike has been independently checked.", False),
])
def test_a_caveat_telling_the_report_checks_is_held_to_its_passages(tmp_path, text, refused):
    root = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(root / BRIEFING / "caveats.yaml",
         "text: The two sides' counts of doctors on strike differ, and the report does not check either.",
         f"text: {text}")
    result = run_build(root, "check")
    assert (result.code == 1) == refused, result.err
    if refused:
        assert "caveats.yaml" in result.err and "where no cited passage confirms them" in result.err
