"""A new user's briefing of a border clash between two countries (tests/fixtures/clash_desk), from a report of my own.

Honest, refused before:
1. A comparison row "Own soldiers dead" of 12 citing "Kestrel had lost 12 soldiers": a count of the dead told by
   "lost" is no level fallen (explainer/direction.py); a row "Own soldiers: 12" of it is still refused.
2. "Earlier in the week, Pakistan had carried out airstrikes; the Taliban reportedly retaliated on Thursday night.":
   weekdays and times of day say nothing of whose a deed is (explainer/party_in_same_words.py); nor a gapped figure
   ("Castellane holds 27% ... and Norwave 14%" backs "Norwave holds 14%"), nor a ruling told from the other side
   ("ruled against Brightwell" of "ruled in Corvane's favour").

Misstatements that built, now refused:
3. "Valdoria will sign the deal." citing "The president said Valdoria will not sign the deal." (or "his country
   will not"): a negated clause of short words ("sign the deal") after a verb of saying (explainer/polarity.py,
   _same_words_said).
4. "Valdoria will give up its land." citing "Valdoria will not give up its land.": "not give up" was read as the
   editors' words on what a source does not give (polarity._ABOUT_SAYING).
6. "... its troops had killed more than 30 Valdorian civilians" citing 'its troops had killed "more than 30" Valdorian
   fighters': a figure quoted without the people after it counts them still (explainer/counted.py).
7. Honest, refused: "Kestrel denies that its troops crossed the river first" citing "... Kestrel troops crossed the
   river first, near the village of Tern. Kestrel denies this" (the passage cut right after the denial: its spelled-out
   denial ran on in the same sentence, explainer/pointed_denials.py); and "Kestrel's army spokesman, Ines Marr,
   branded those figures 'pure invention'" as worded as fact: "branded", "dubbed" say whose word, and whose
   (explainer/attribution.py, speakers.py), so "Valdoria's president branded ..." is refused.
5. "Kestrel lost 12 soldiers" citing "She said Kestrel had lost 12 soldiers", the sentence before naming "Kestrel's
   army spokesman, Colonel Ines Marr": a post of a body named alone, with no article (explainer/officials.py), read for
   the pronoun.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, edit, error_lines, sentence_findings

from explainer.model import Party

FIXTURE = Path(__file__).parent / "fixtures" / "clash_desk"
BRIEFING = Path("content") / "saren-clash"
SIDES = (Party(id="valdoria", name="Valdoria"), Party(id="kestrel", name="Kestrel"))
DEAL = "The president said Valdoria will not sign the deal."
HIS = "Valdoria's president said his country will not sign the deal."
LAND = "Valdoria will not give up its land."


def findings(sentence: str, *passages: str) -> list[str]:
    return sentence_findings(sentence, passages, "en", SIDES)


def test_the_briefing_builds_with_its_dead_counted(tmp_path):
    root = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(root)
    assert result.code == 0, result.err
    page = (root / "site" / "saren-clash" / "index.html").read_text(encoding="utf-8")
    assert "Own soldiers dead" in page


def test_a_row_of_soldiers_lost_told_as_a_plain_count_is_refused(tmp_path):
    root = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(root / BRIEFING / "comparisons.yaml", "measure: Own soldiers dead", "measure: Own soldiers")
    result = run_build(root, "check")
    assert result.code == 1 and any("only as a fall" in line for line in error_lines(result)), result.err


@pytest.mark.parametrize("sentence, passage", [
    ("Valdoria will sign the deal.", DEAL),
    ("Valdoria will sign the deal.", HIS),
    ("Valdoria will sign the deal.", "The president said it will not sign the deal."),
    ("Valdoria will give up its land.", LAND),
    ("Kestrel gave way.", "Kestrel did not give way."),
])
def test_a_negation_dropped_is_refused(sentence, passage):
    assert findings(sentence, passage) != []


@pytest.mark.parametrize("sentence, passage", [
    ("The president said Valdoria will not sign the deal.", DEAL),
    ("Valdoria will not sign the deal, its president said.", HIS),
    ("Valdoria's president ruled out signing the deal.", HIS),
    ("Valdoria says it will never give up its land.", LAND),
    ("The report does not give a figure.", "Kestrel lost 12 soldiers."),
    ("Kestrel will sign the deal.", "The president said Valdoria will not sign the deal, but Kestrel will sign the deal."),
])
def test_honest_sentences_build(sentence, passage):
    assert findings(sentence, passage) == []


def test_a_party_word_after_a_pronoun_is_the_spokesmans_party(tmp_path):
    root = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(root / BRIEFING / "background.yaml", "She said Kestrel had lost 12 soldiers", "Kestrel lost 12 soldiers")
    result = run_build(root, "check")
    assert result.code == 1
    assert any("background.yaml" in line and "only as the word of" in line for line in error_lines(result)), result.err


KILLED = "She said Kestrel had lost 12 soldiers and that its troops had killed \"more than 30\" Valdorian fighters."


@pytest.mark.parametrize("sentence, refused", [
    ("She said Kestrel had lost 12 soldiers and that its troops had killed more than 30 Valdorian civilians.", True),
    ("Kestrel says its troops killed more than 30 Valdorian civilians.", True),
    ("She said Kestrel had lost 12 soldiers and that its troops had killed more than 30 Valdorian fighters.", False),
    ("Kestrel says its troops killed \"more than 30\" Valdorian fighters.", False),
])
def test_a_quoted_figure_counts_the_people_after_it(sentence, refused):
    assert (findings(sentence, KILLED) != []) == refused


FIRST = "Valdoria says Kestrel troops crossed the river first, near the village of Tern. Kestrel denies this"
MARR = "Kestrel's army spokesman, Colonel Ines Marr, said those figures were \"pure invention\"."


@pytest.mark.parametrize("sentence, passage, refused", [
    ("Kestrel denies that its troops crossed the river first.", FIRST, False),
    ("Kestrel denies crossing the river first.", FIRST, False),
    ("Valdoria denies that Kestrel troops crossed the river first.", FIRST, True),
    ("Kestrel troops did not cross the river first.", FIRST, True),
    ("Kestrel's army spokesman, Ines Marr, branded those figures \"pure invention\".", MARR, False),
    ("Colonel Marr branded those figures \"pure invention\".", MARR, False),
    ("Valdoria's president branded those figures \"pure invention\".", MARR, True),
    ("Those figures are \"pure invention\".", MARR, True),
])
def test_a_denial_and_a_name_given_keep_their_speaker(sentence, passage, refused):
    assert (findings(sentence, passage) != []) == refused
