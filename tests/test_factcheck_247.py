"""A new user's border-clash briefing (tests/fixtures/clash_desk): misstatements that built, now refused.

1. A verb of naming after an appositive closed by a comma: "Valdoria's president, Anton Reyes, called those figures
   "pure invention"" citing "Kestrel's army spokesman, Colonel Ines Marr, said those figures were "pure invention""
   built, speakers.py reading ", called" as a thing's name; the sentence is now read with that comma as a space
   (explainer/apposed_callers.py). Twin: "Northland's mayor, Dev Okafor, described the plan as "reckless"".
2. A blame each side lays told as one side's deed: "Kestrel started it" citing "Each government blames the other for
   starting it" (explainer/mutual_blames.py). Twin: "Harbor delayed the deal" of "Each union blames the other for
   delaying the deal".
3. A table's bound a plain figure does not give: `{value: 46, bound: more than}` citing "killed 46 Kestrel soldiers"
   (prose "more than 46" was refused already; explainer/comparisons.py, _misbounded). Twin: `{value: 12, bound: fewer
   than}` of "lost 12 soldiers"; "at least", "about", "up to" and "exact" still build.
4. A party's claim told as fact with its denial kept: "Kestrel troops crossed the river first, near the village of
   Tern; Kestrel denies this" citing "Valdoria says Kestrel troops crossed the river first ... Kestrel denies this"
   (explainer/denials_kept.py). Twin: "Harbor polluted the river last spring, but Harbor denies it" of "Northland says
   Harbor polluted the river last spring. Harbor denies it".

Each with honest twins that must build.
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
TOWN = (Party(id="northland", name="Northland"), Party(id="harbor", name="Harbor"))

MARR = "Kestrel's army spokesman, Colonel Ines Marr, said those figures were \"pure invention\"."
DORR = "The union's leader, Lina Dorr, said the plan was \"reckless\"."
BLAME = ("Fighting broke out on Tuesday along the disputed stretch of the Saren river that divides Valdoria and "
         "Kestrel. Each government blames the other for starting it.")
UNIONS = "Talks stalled again on Friday. Each union blames the other for delaying the deal."
FIRST = "Valdoria says Kestrel troops crossed the river first, near the village of Tern. Kestrel denies this"
SPILL = "Northland says Harbor polluted the river last spring. Harbor denies it."


def findings(sentence: str, passage: str, parties=SIDES) -> list[str]:
    return sentence_findings(sentence, (passage,), "en", parties)


def refused(root: Path, file: str, old: str, new: str, words: str) -> None:
    edit(root / BRIEFING / file, old, new)
    result = run_build(root, "check")
    assert result.code == 1 and any(file in line and words in line for line in error_lines(result)), result.err


# the four misstatements of the fixture, each refused in its file
@pytest.mark.parametrize("file, old, new, words", [
    ("background.yaml", "Kestrel's army spokesman, Colonel Ines Marr, called",
     "Valdoria's president, Anton Reyes, called", "gives the words to Anton Reyes"),
    ("briefing.yaml", "each government blames the other", "Kestrel started it", "blame each side lays"),
    ("comparisons.yaml", "valdoria: {value: 46, cite", "valdoria: {value: 46, bound: more than, cite",
     "give 46 plainly"),
    ("comparisons.yaml", "kestrel: {value: 12, cite", "kestrel: {value: 12, bound: fewer than, cite",
     "give 12 plainly"),
    ("background.yaml", "Valdoria says Kestrel troops crossed the river first",
     "Kestrel troops crossed the river first", "only as the word of Valdoria"),
])
def test_the_fixtures_misstatements_are_refused(tmp_path, file, old, new, words):
    refused(checked_fixture_project(FIXTURE, tmp_path / "desk"), file, old, new, words)


@pytest.mark.parametrize("bound", ["at least", "about", "up to", "exact"])
def test_a_plain_figure_may_be_bounded_on_its_own_side(tmp_path, bound):
    root = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(root / BRIEFING / "comparisons.yaml", "valdoria: {value: 46, cite",
         f"valdoria: {{value: 46, bound: {bound}, cite")
    result = run_build(root, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("sentence, passage, parties, words", [
    # 1. the appositive's speaker
    ("Valdoria's president, Anton Reyes, called those figures \"pure invention\".", MARR, SIDES, "Anton Reyes"),
    ("Anton Reyes, Valdoria's president, called those figures \"pure invention\".", MARR, SIDES,
     "Valdoria's president"),
    ("The president, Anton Reyes, described those figures as \"pure invention\".", MARR, SIDES, "Anton Reyes"),
    ("Northland's mayor, Dev Okafor, described the plan as \"reckless\".", DORR, TOWN, "Dev Okafor"),
    # 2. a mutual blame told as a deed
    ("Kestrel started it.", BLAME, SIDES, "blame each side lays"),
    ("Valdorian troops started the fighting on Tuesday.", BLAME, SIDES, "blame each side lays"),
    ("Harbor delayed the deal.", UNIONS, TOWN, "blame each side lays"),
    ("Northland has been delaying the deal.", UNIONS, TOWN, "blame each side lays"),
    # 4. a claim told as fact, its denial kept
    ("Kestrel troops crossed the river first, near the village of Tern; Kestrel denies this.", FIRST, SIDES,
     "only as the word of Valdoria"),
    ("Kestrel troops crossed the river first, which Kestrel denies.", FIRST, SIDES, "only as the word of Valdoria"),
    ("Kestrel troops crossed the river first, but Kestrel denies it.", FIRST, SIDES, "only as the word of Valdoria"),
    ("Harbor polluted the river last spring, but Harbor denies it.", SPILL, TOWN, "only as the word of Northland"),
])
def test_misstatements_are_refused(sentence, passage, parties, words):
    assert any(words in found for found in findings(sentence, passage, parties)), findings(sentence, passage, parties)


@pytest.mark.parametrize("sentence, passage, parties", [
    # 1. honest appositives
    ("Kestrel's army spokesman, Colonel Ines Marr, called those figures \"pure invention\".", MARR, SIDES),
    ("Colonel Ines Marr, Kestrel's army spokesman, called those figures \"pure invention\".", MARR, SIDES),
    ("Kestrel's spokesman, Colonel Marr, called those figures \"pure invention\".", MARR, SIDES),
    ("The army spokesman, Ines Marr, described those figures as \"pure invention\".", MARR, SIDES),
    ("Kestrel's army spokesman, Colonel Ines Marr, has called those figures \"pure invention\".", MARR, SIDES),
    ("In Kestrel, the army spokesman, Colonel Ines Marr, called those figures \"pure invention\".", MARR, SIDES),
    ("Marr, a colonel, called those figures \"pure invention\".", MARR, SIDES),
    ("The union's leader, Lina Dorr, described the plan as \"reckless\".", DORR, TOWN),
    # 2. honest blames
    ("Each side blames the other for starting it.", BLAME, SIDES),
    ("Kestrel blames Valdoria for starting it.", BLAME, SIDES),
    ("Valdoria and Kestrel accuse each other of starting the fighting.", BLAME, SIDES),
    ("Kestrel says Valdoria started it.", BLAME, SIDES),
    ("According to Valdoria, Kestrel started it.", BLAME, SIDES),
    ("Valdoria insists Kestrel started it.", BLAME, SIDES),
    ("Kestrel and Valdoria each say the other started it.", BLAME, SIDES),
    ("It is unclear whether Kestrel started it.", BLAME, SIDES),
    ("Fighting between Valdoria and Kestrel started on Tuesday.", BLAME, SIDES),
    ("Valdoria did not start the fighting.", BLAME, SIDES),
    ("Kestrel may have started it.", BLAME, SIDES),
    ("Harbor says Northland is delaying the deal.", UNIONS, TOWN),
    # 4. honest denials
    ("Valdoria says Kestrel troops crossed the river first, near the village of Tern; Kestrel denies this.", FIRST,
     SIDES),
    ("Kestrel troops crossed the river first, Valdoria says; Kestrel denies this.", FIRST, SIDES),
    ("According to Valdoria, Kestrel troops crossed the river first; Kestrel denies it.", FIRST, SIDES),
    ("Valdoria claims Kestrel troops crossed the river first, which Kestrel denies.", FIRST, SIDES),
    ("Kestrel troops crossed the river first, Valdoria alleges, but Kestrel denies it.", FIRST, SIDES),
    ("Valdoria said Kestrel troops had crossed the river first; Kestrel rejected that.", FIRST, SIDES),
    ("In Valdoria's account, Kestrel troops crossed the river first; Kestrel disputes it.", FIRST, SIDES),
    ("Northland says Harbor polluted the river last spring, but Harbor denies it.", SPILL, TOWN),
    ("Harbor, Northland says, polluted the river last spring; Harbor denies it.", SPILL, TOWN),
])
def test_honest_sentences_build(sentence, passage, parties):
    assert findings(sentence, passage, parties) == []
