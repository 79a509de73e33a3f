"""A fact-checker's read of the real briefing (content/pakistan-afghanistan-war) against its one source, and the
"party swapped" mutations (benchmarks/mutations.py) that still built, each with a twin on another topic and honest
sentences near it that must build:

1. The timeline said the Taliban's reported attack came "hours before Pakistan's airstrikes and heavier clashes",
   citing "Hours prior to the commencement of airstrikes and heavier clashes, ...", which does not say whose the
   airstrikes were: it now says "the airstrikes" (content fix, logged as a clarification).
2. A party's word stacked on another's: "Afghan Pakistani forces" citing "Afghan Taliban forces", "Pakistani
   Pakistani militants" citing "Pakistani Taliban militants", "the Afghan Pakistani" citing "the Afghan Taliban" built,
   as swapped.py read the stack as a mention of both parties, one of them the passage's. Two words naming parties
   stacked as one name are held to the parties a passage stacking the same first word names
   (explainer/stacked_party_names.py).
3. "the Pakistani fighters Kabul acknowledged were killed" citing "Kabul have acknowledged Taliban fighters killed"
   built: a reporting word soon after "fighters" took away its place, though it was Kabul's. A reporting word past
   another name is that name's (explainer/swapped.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import sentence_findings
from explainer.model import Party

REPO = Path(__file__).resolve().parents[1]
PARTIES = (Party(id="pakistan", name="Pakistan"), Party(id="taliban", name="Afghanistan (Taliban)"))
RETALIATION = ("Hours prior to the commencement of airstrikes and heavier clashes, Afghan Taliban forces reportedly "
               "attacked Pakistani border troops Thursday night in retaliation for Pakistani airstrikes earlier in the "
               "week")
TARAR = ("Pakistan’s Information Minister Attaullah Tarar said Pakistani Taliban militants attempted to deploy drones "
         "against targets within Pakistan, but air defense systems intercepted them and no casualties were reported")
HAKIM = ("Pakistan spent decades backing and sheltering the Afghan Taliban - its defense minister acknowledged that to "
         "me on camera")
KABUL = "Kabul have acknowledged Taliban fighters killed, 11 wounded"
# a twin on another topic: a side and a rebel group named by its country's word
TWIN = (Party(id="norland", name="Norland"), Party(id="sudria", name="Sudria (Red Brigades)"))
SHELLING = ("Norland's interior minister said Sudrian Brigades fighters shelled three border posts near Velka on Monday, "
            "killing nine guards.")
CAPTURED = "Sudria said 40 Sudrian soldiers were captured near Velka on Monday."
CAPTURED_BY = "Norland's army said it captured 40 Sudrian soldiers near Velka on Monday."
HARLOW = (Party(id="council", name="Harlow Borough Council"), Party(id="club", name="Harlow City Football Club"))
STACKED = "where its cited passages say"
NAMES = "where its cited passages name"


def found(sentence: str, passage: str, parties=PARTIES) -> list[str]:
    return sentence_findings(sentence, (passage,), "en", parties, published="2026-02-27")


def test_the_timeline_no_longer_says_whose_airstrikes_the_attack_came_before():
    timeline = (REPO / "content" / "pakistan-afghanistan-war" / "timeline.yaml").read_text(encoding="utf-8")
    assert "before Pakistan's airstrikes" not in timeline
    assert "hours\n      before the airstrikes and heavier clashes." in timeline


@pytest.mark.parametrize("sentence, passage, parties, told", [
    # 2. the real briefing's mutations
    ("Hours before the airstrikes, Afghan Pakistani forces had reportedly attacked Pakistani border troops, in "
     "retaliation for Pakistani airstrikes earlier in the week.", RETALIATION, PARTIES, "'Afghan Pakistani'"),
    ("Afghan Pakistani forces reportedly attack Pakistani border troops in retaliation, hours before the airstrikes "
     "and heavier clashes.", RETALIATION, PARTIES, "'Afghan Pakistani'"),
    ("Pakistan's Information Minister says drones that Pakistani Pakistani militants attempted to deploy were "
     "intercepted.", TARAR, PARTIES, "'Pakistani Pakistani'"),
    ("Pakistan spent decades backing and sheltering the Afghan Pakistani.", HAKIM, PARTIES, "'Afghan Pakistani'"),
    # its twin: another war, other parties
    ("Norland's interior minister says Sudrian Norland fighters shelled three border posts near Velka.", SHELLING,
     TWIN, "'Sudrian Norland'"),
    ("Norland's interior minister says Sudrian Sudrian fighters shelled three border posts near Velka.", SHELLING,
     TWIN, "'Sudrian Sudrian'"),
])
def test_a_party_word_stacked_on_another_partys_is_refused(sentence, passage, parties, told):
    findings = found(sentence, passage, parties)
    assert any(told in finding and STACKED in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage, parties", [
    ("Hours before the airstrikes, Afghan Taliban forces had reportedly attacked Pakistani border troops, in "
     "retaliation for Pakistani airstrikes earlier in the week.", RETALIATION, PARTIES),
    ("Afghan Taliban forces reportedly attack Pakistani border troops in retaliation, hours before the airstrikes "
     "and heavier clashes.", RETALIATION, PARTIES),
    ("Pakistan's Information Minister says drones that Pakistani Taliban militants attempted to deploy were "
     "intercepted.", TARAR, PARTIES),
    ("Pakistan spent decades backing and sheltering the Afghan Taliban.", HAKIM, PARTIES),
    ("Pakistan spent decades backing and sheltering the Taliban.", HAKIM, PARTIES),
    ("Norland's interior minister says Sudrian Brigades fighters shelled three border posts near Velka.", SHELLING,
     TWIN),
    ("Norland's interior minister says Brigades fighters shelled three border posts near Velka.", SHELLING, TWIN),
    ("Norland's interior minister says Sudrian fighters shelled three border posts near Velka.", SHELLING, TWIN),
    # two words of one party's name are its name, not a stack: "Harlow City" of "Harlow City Football Club"
    ("Harlow Borough Council voted to double the rent Harlow City pays for Eastgate Park.",
     "Harlow Borough Council voted to double the rent paid by the club, Harlow City, for Eastgate Park.", HARLOW),
])
def test_a_stack_the_passages_give_builds(sentence, passage, parties):
    assert found(sentence, passage, parties) == []


@pytest.mark.parametrize("sentence, passage, parties", [
    # 3. the real briefing's mutation, and its twin
    ("The report gives no number for the Pakistani fighters Kabul acknowledged were killed.", KABUL, PARTIES),
    ("The report gives no names for the Norland soldiers Sudria said were captured near Velka.", CAPTURED, TWIN),
])
def test_a_party_swapped_before_another_speakers_reporting_word_is_refused(sentence, passage, parties):
    findings = found(sentence, passage, parties)
    assert any(NAMES in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage, parties", [
    ("The report gives no number for the Taliban fighters Kabul acknowledged were killed.", KABUL, PARTIES),
    ("Kabul acknowledged Taliban fighters killed and 11 wounded.", KABUL, PARTIES),
    ("The report gives no names for the Sudrian soldiers Sudria said were captured near Velka.", CAPTURED, TWIN),
    ("The report gives no names for the Sudrian soldiers Norland's army said it captured near Velka.", CAPTURED_BY,
     TWIN),
])
def test_the_party_the_passage_names_before_another_speaker_builds(sentence, passage, parties):
    assert found(sentence, passage, parties) == []
