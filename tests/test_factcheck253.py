"""A fact-checker's read of the real briefing (content/pakistan-afghanistan-war) against its source: mutations that
still built (benchmarks/mutations.py --built), each fixed as a class with a twin on another topic (Norland and
Sudria) and honest sentences near it that must build:

1. A possessive giving a figure to the wrong party: "the Pakistani's 172,000" citing "The strength of the Afghan
   Taliban's military is thinner, with only 172,000 active personnel", and "Islamabad's "11 wounded"" citing "Kabul
   have acknowledged Taliban fighters killed, 11 wounded" (explainer/possessed_figures.py).
2. A side's deed put in the other side's land: "The Taliban return to power in Pakistan" citing "Since the Taliban
   returned to power in 2021, relations between Afghanistan and Pakistan ..." (explainer/placed_in_other_side.py).
3. "Word swapped", the largest class left: "the report does not deny which came first" of "does not say", where
   no passage tells a denial or any stance (explainer/unbacked_non_denials.py), and "the Taliban civilians Kabul
   acknowledged were killed" of "fighters" (explainer/civilians_for_combatants.py).
4. "Negation added", next: "The report gives no number for the Taliban fighters Kabul acknowledged were not killed"
   built, the clause being negative already by its "no number" (explainer/negated_beside_negation.py).
"""

from __future__ import annotations

import pytest

from support import sentence_findings
from explainer.model import Party

PARTIES = (Party(id="pakistan", name="Pakistan"), Party(id="taliban", name="Afghanistan (Taliban)"))
TWIN = (Party(id="norland", name="Norland"), Party(id="sudria", name="Sudria"))
BREAKDOWN = ("Pakistan has 660,000 active personnel in its defense forces, of whom 560,000 are in the army, 70,000 "
             "are in the air force, and 30,000 are in the navy")
TALIBAN_ACTIVE = "The strength of the Afghan Taliban's military is thinner, with only 172,000 active personnel"
KABUL = "Kabul have acknowledged Taliban fighters killed, 11 wounded"
SINCE_2021 = ("Since the Taliban returned to power in 2021, relations between Afghanistan and Pakistan, which share "
              "the disputed 1,600-mile Durand Line, have shifted from cautious engagement to open hostility")
WITHDRAWAL = ("The Taliban relies on equipment left behind and confiscated after US and NATO forces rapidly withdrew "
              "from the country in the summer of 2021")
ALL_OUT_WAR = ('Pakistan\'s Defense Minister Khawaja Asif by Friday morning declared an "all-out war" between the two '
               'countries')
DRONES = ("Taliban authorities said their forces carried out drone strikes against military targets inside Pakistan "
          "as clashes between the two countries continued, according to statements from the defense ministry and a "
          "government spokesperson on Friday")
AIRSTRIKES = "Overnight, Pakistan launched airstrikes across Afghanistan, including targets in the capital of Kabul"
# the twins' passages: a made-up conflict between Norland and Sudria
NORLAND_ARMY = "Norland has 48,000 troops, most of them conscripts"
SUDRIA_CLAIM = "Velka have acknowledged Sudrian soldiers killed, 7 injured and 2 missing"
REBELS = "Since Sudrian rebels took control in 2019, trade between Norland and Sudria has collapsed"
BORDER = "Norlandic troops shelled Sudrian positions across the border in Sudria on Monday, the army said"
AIRPORT = "Sudrian forces seized the airport on Tuesday, a Norland army spokesman said"
TALKS = "Norland and Sudria held a second round of talks on Monday; the date of a third round was not set"
SHELLING = "Norlandic artillery shelled a Sudrian border post on Monday, killing four soldiers"
CAPTURED = "Velka admits Sudrian soldiers captured near the river, and gives no count of the missing"
POSSESSED = "where its cited passages holding it name"
PLACED = "in no place of that side"
NOT_DENIED = "where its cited passages tell of no denial"
CIVILIANS = "and no civilians"
DONE = "where its cited passage tells it done"


def found(sentence: str, passages: tuple[str, ...], parties=PARTIES) -> list[str]:
    return sentence_findings(sentence, passages, "en", parties, published="2026-02-27")


@pytest.mark.parametrize("sentence, passages, parties, told", [
    # 1: the real briefing's mutations, then the twins
    ("Pakistan's 660,000 active personnel are broken down into army, air force and navy; the Pakistani's 172,000 "
     "are not.", (BREAKDOWN, TALIBAN_ACTIVE), PARTIES, POSSESSED),
    ("Afghanistan's 660,000 active personnel are broken down into army, air force and navy.", (BREAKDOWN,), PARTIES,
     POSSESSED),
    ('Islamabad\'s "11 wounded" follows "Taliban fighters killed" in the report.', (KABUL,), PARTIES, POSSESSED),
    ("Sudria's 48,000 troops are mostly conscripts.", (NORLAND_ARMY,), TWIN, POSSESSED),
    ("Norland's own 7 injured were not counted.", (SUDRIA_CLAIM,), TWIN, POSSESSED),
    ('Halden\'s "7 injured" come after the soldiers killed.', (SUDRIA_CLAIM,), TWIN, POSSESSED),
    # 2
    ("The Taliban return to power in Pakistan, and US and NATO forces rapidly withdraw from the country in the "
     "summer.", (SINCE_2021, WITHDRAWAL), PARTIES, PLACED),
    ("Sudrian rebels took control in Norland in 2019.", (REBELS,), TWIN, PLACED),
    ("Sudrian forces seized the airport in Norland on Tuesday.", (AIRPORT,), TWIN, PLACED),
    # 3
    ("The Taliban return to power in Afghanistan, and US and NATO forces rapidly withdraw from the country in the "
     "summer; the report does not deny which came first.", (SINCE_2021, WITHDRAWAL), PARTIES, NOT_DENIED),
    ('By Friday morning, Defense Minister Khawaja Asif declares an "all-out war"; on Friday, Taliban authorities say '
     "their forces carried out drone strikes inside Pakistan. The report does not deny which came first.",
     (ALL_OUT_WAR, DRONES), PARTIES, NOT_DENIED),
    ("Norland has never denied that a third round was planned.", (TALKS,), TWIN, NOT_DENIED),
    ("Sudria didn't deny that the talks were held.", (TALKS,), TWIN, NOT_DENIED),
    ("The report gives no number for the Taliban civilians Kabul acknowledged were killed.", (KABUL,), PARTIES,
     CIVILIANS),
    ("Norlandic shelling killed four civilians at a Sudrian border post on Monday.", (SHELLING,), TWIN, CIVILIANS),
    ("Velka acknowledged Sudrian civilians killed.", (SUDRIA_CLAIM,), TWIN, CIVILIANS),
    # 4
    ("The report gives no number for the Taliban fighters Kabul acknowledged were not killed.", (KABUL,), PARTIES,
     DONE),
    ("Velka gives no count of the Sudrian soldiers it admits were not captured.", (CAPTURED,), TWIN, DONE),
    ("Neither side names the Sudrian soldiers Velka says were never captured.", (CAPTURED,), TWIN, DONE),
])
def test_the_misstatement_is_refused(sentence: str, passages: tuple[str, ...], parties, told: str):
    findings = found(sentence, passages, parties)
    assert any(told in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passages, parties", [
    # 1: the figure given to the party the passages give it, or to a name they hold
    ("Pakistan's 660,000 active personnel are broken down into army, air force and navy; the Taliban's 172,000 are "
     "not.", (BREAKDOWN, TALIBAN_ACTIVE), PARTIES),
    ('Kabul\'s "11 wounded" follows "Taliban fighters killed" in the report.', (KABUL,), PARTIES),
    ("The Afghan Taliban's 172,000 active personnel are fewer than Pakistan's 660,000.", (BREAKDOWN, TALIBAN_ACTIVE),
     PARTIES),
    ("Norland's 48,000 troops are mostly conscripts.", (NORLAND_ARMY,), TWIN),
    ("Velka's 7 injured are Sudrian soldiers.", (SUDRIA_CLAIM,), TWIN),
    ("Monday's 4 dead were soldiers at a Sudrian border post.", (SHELLING,), TWIN),
    ("Norland's 2019 collapse in trade with Sudria followed the rebels' takeover.", (REBELS,), TWIN),
    # 2: a deed kept in its doer's land, in no place, or in the place the passage names
    ("The Taliban return to power in Afghanistan, and US and NATO forces rapidly withdraw from the country in the "
     "summer; the report does not say which came first.", (SINCE_2021, WITHDRAWAL), PARTIES),
    ("The Taliban returned to power in 2021.", (SINCE_2021,), PARTIES),
    ("Pakistan launched airstrikes across Afghanistan, including on Kabul.", (AIRSTRIKES,), PARTIES),
    ("Pakistani airstrikes hit targets in Afghanistan overnight.", (AIRSTRIKES,), PARTIES),
    ("Relations between Afghanistan and Pakistan have turned hostile since the Taliban returned to power.",
     (SINCE_2021,), PARTIES),
    ("Sudrian rebels took control in 2019, and trade between Norland and Sudria has collapsed.", (REBELS,), TWIN),
    ("Sudrian rebels took control in Sudria in 2019.", (REBELS,), TWIN),
    ("Norlandic troops shelled Sudrian positions in Sudria on Monday.", (BORDER,), TWIN),
    ("Sudrian forces seized the airport on Tuesday, a Norland army spokesman said.", (AIRPORT,), TWIN),
    # 3: what the source does not say, said so; a denial or stance it tells; civilians it may name
    ("The report does not say which came first.", (ALL_OUT_WAR, DRONES), PARTIES),
    ("Kabul did not deny that Taliban fighters were killed.", (KABUL,), PARTIES),
    ("Norland has not denied that the talks were held.", ("Norland has not denied that the talks were held",), TWIN),
    ("Sudria did not dispute that a second round was held.", (TALKS,), TWIN),
    ("Kabul acknowledged Taliban fighters killed and 13 civilians injured.",
     ("Kabul have acknowledged Taliban fighters killed, 11 wounded, and 13 civilians injured",), PARTIES),
    ("Civilians were among the at least 31 people killed.", ("At least 31 people were killed and 169 others injured",),
     PARTIES),
    ("The shelling killed four soldiers, not civilians, at a Sudrian border post.", (SHELLING,), TWIN),
    # 4: the deed kept as told, or negated where a passage negates it
    ("The report gives no number for the Taliban fighters Kabul acknowledged were killed.", (KABUL,), PARTIES),
    ("Velka gives no count of the Sudrian soldiers it admits were captured.", (CAPTURED,), TWIN),
    ("Velka does not say how many Sudrian soldiers were captured.", (CAPTURED,), TWIN),
    ("Velka gives no count of the soldiers it says were not captured.",
     ("Velka says 12 soldiers were not captured but gives no count of the missing",), TWIN),
])
def test_the_honest_sentence_builds(sentence: str, passages: tuple[str, ...], parties):
    assert not found(sentence, passages, parties), sentence
