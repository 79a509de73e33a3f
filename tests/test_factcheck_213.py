"""Negations added to or dropped from the real briefing's sentences (benchmarks/mutations.py), now refused, and an
honest boycott that was refused, now built:

1. A deed denied that the passage tells done, its thing or doer in another clause of its sentence
   (explainer/deeds_told_across_clauses.py): "Pakistan's Information Minister says drones that Pakistani Taliban
   militants attempted to deploy were not intercepted" citing "... attempted to deploy drones against targets within
   Pakistan, but air defense systems intercepted them", and "A suicide bomber does not kill at least 31 people"
   citing "At least 31 people were killed ... when a suicide bomber struck a Shia mosque", built.
2. A saying denied that the passage tells (explainer/denied_sayings.py): "The report does not say it relies on
   equipment left behind ..." citing the report's own "The Taliban relies on equipment left behind ...", "Pakistan's
   Information Minister does not say drones ... were intercepted" citing "Information Minister Attaullah Tarar
   said ...", "Pakistan now does not say Taliban-ruled Afghanistan is providing sanctuary ..." citing "Now it says
   Taliban-ruled Afghanistan is providing sanctuary ...", built.
3. Numbers (or a year) said to be given where no cited passage gives one (explainer/given_without_figures.py): "...;
   numbers are given" citing "its forces have taken out a number of tanks", and "A year is given" citing "decades
   ago", each a "no" dropped, built.
4. "The opposition boycotted parliament" citing "Opposition members stayed away from parliament" was refused as a
   negation dropped: staying away backs a boycott, "in protest" named or not (explainer/refusals_in_other_words.py).
5. A negation put before the source's own words, quoted (explainer/negated_own_words.py, called by
   negated_quotes.py): 'That Pakistan is not "experiencing some serious blowback" is the outlet's own conclusion'
   citing "Overall, Pakistan is experiencing some serious blowback ...", built.
6. The source's own words said not to be its own view (explainer/denied_sayings.py): 'That "Pakistan's army has
   total force domination" while the Taliban "can still inflict pain ..." is not the outlet's own view' citing "It
   remains that Pakistan's army has total force domination; however, ...", in the report's own voice, built.

Each with twins of another topic, and honest twins (real negations the passage gives, "no", "neither", "not named",
"does not say which") that must build.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from support import SentencesChecked, Sentence, found_in_language, minimal_project

SOURCE = (REPO / "seeds" / "000_bd91349fafd64fe6.txt").read_text(encoding="utf-8")


def passage(opening: str, end: str) -> str:
    """Return the real source's words from `opening` through `end`."""
    start = SOURCE.index(opening)
    return SOURCE[start:SOURCE.index(end, start) + len(end)]


TARAR = passage("Pakistan’s Information Minister", "no casualties were reported")
MOSQUE = passage("At least 31 people were killed", "Pakistani officials said")
EQUIPMENT = passage("The Taliban relies on equipment", "summer of 2021")
SANCTUARY = passage("Now it says", "attacking Pakistan")
TANKS = passage("Pakistan has said its forces", "artillery positions")
SPONSORED = passage("Many analysts are pointing", "decades ago")
KABUL = passage("Kabul have acknowledged", "is concentrated")
SPOKESMAN = passage("A Pakistani military spokesman", "by Pakistani strikes")
BLOWBACK = passage("Overall, Pakistan is experiencing", "years-long policies")
TERROR = passage("Acts of terror by Islamist groups", "support through Afghanistan")
DOMINATION = passage("It remains that", "suffered immensely under")

PORT = "The navy said rebels fired missiles at the port, but coastal batteries intercepted them."
MARKET = "12 people were killed on Monday when a gunman opened fire at a market in Lagos."
DREDGING = "The harbour authority dredges the channel in spring, using barges it leases from Rotterdam."
HOSPITAL = "The hospital was struck by shelling on Monday, the minister said, but nobody was hurt."
FLOOD = "The flood damaged a number of houses along the river."
STAYED_AWAY = "Opposition members stayed away from parliament."

REFUSED = [
    # 1
    ("Pakistan's Information Minister says drones that Pakistani Taliban militants attempted to deploy were not "
     "intercepted.", TARAR),
    ("A suicide bomber does not kill at least 31 people and injures 169 at a Shia mosque on the outskirts of Islamabad "
     "during Friday prayers, Pakistani officials said.", MOSQUE),
    ("The navy says missiles that rebels fired at the port were not intercepted.", PORT),
    ("A gunman did not kill 12 people at a market in Lagos.", MARKET),
    # 2
    ("Pakistan's Information Minister does not say drones that Pakistani Taliban militants attempted to deploy were "
     "intercepted.", TARAR),
    ("The report does not say it relies on equipment left behind and confiscated after US and NATO forces withdrew "
     "in summer 2021.", EQUIPMENT),
    ("Pakistan now does not say Taliban-ruled Afghanistan is providing sanctuary to militants attacking Pakistan.",
     SANCTUARY),
    ("The report does not say the harbour authority dredges the channel in spring.", DREDGING),
    ("The minister did not mention that the hospital was struck by shelling.", HOSPITAL),
    # 3
    ("Its forces have taken out a number of tanks and armored vehicles, as well as artillery positions; numbers are "
     "given.", TANKS),
    ("Pakistan sponsored the Taliban's rise, as many analysts put it. A year is given.", SPONSORED),
    ("The flood damaged a number of houses along the river; figures are given.", FLOOD),
    # 5
    ("That Pakistan is not \"experiencing some serious blowback\" is the outlet's own conclusion.", BLOWBACK),
    ("That terror attacks are not \"almost a regular occurrence\", with \"many suspected of having support through "
     "Afghanistan\", is the outlet's own view; it names no one who suspects this.", TERROR),
    ("The strike was not \"a success\", the union said.", "The union said the strike was a success."),
    # 6
    ("That \"Pakistan's army has total force domination\" while the Taliban \"can still inflict pain through acts of "
     "terrorism\" is not the outlet's own view.", DOMINATION),
    ("That terror attacks are \"almost a regular occurrence\", with \"many suspected of having support through "
     "Afghanistan\", is not the outlet's own view; it names no one who suspects this.", TERROR),
    ("That the harbour \"will reopen in May\" is not the newspaper's own view.", "The harbour will reopen in May."),
]

HONEST = [
    # 1
    ("Pakistan's Information Minister says drones that Pakistani Taliban militants attempted to deploy were "
     "intercepted.", TARAR),
    ("Pakistan's Information Minister says the drones did not cause casualties.", TARAR),
    ("Pakistani Taliban militants did not reach their targets with the drones, the minister said.", TARAR),
    ("Militants attempted to deploy drones but did not succeed, as air defense systems intercepted them.", TARAR),
    ("A suicide bomber killed at least 31 people at a Shia mosque, Pakistani officials said.", MOSQUE),
    ("The suicide bomber did not survive the attack that killed at least 31 people.", MOSQUE),
    ("The navy says missiles that rebels fired at the port were intercepted.", PORT),
    ("Troops did not kill the protesters.", "Protesters gathered outside the ministry, where militants killed them."),
    ("Regulators did not collect the fine from the firm; they waived it.",
     "Regulators fined the firm 2 million euros and later waived it."),
    ("The court heard the appeal but did not uphold it.",
     "The firm appealed the ruling; the court heard it in March and dismissed it."),
    ("The bomber did not kill the guards at the gate.",
     "At least 31 people were killed when a suicide bomber struck; the guards at the gate survived."),
    # 2
    ("The report does not say which came first.", EQUIPMENT),
    ("Kabul's \"11 wounded\" follows \"Taliban fighters killed\" in the report, which does not say outright that the "
     "11 are fighters; this briefing reads them as fighters wounded.", KABUL),
    ("The report does not say 274 Taliban fighters were killed; a Pakistani military spokesman does.", SPOKESMAN),
    ("The minister did not say whether air defense systems intercepted the drones.", TARAR),
    ("The minister did not say that air defense systems intercepted every drone.", TARAR),
    ("Tarar did not say the drones caused casualties.", TARAR),
    ("The report does not say the Taliban relies on equipment left behind; Al-Monitor does.",
     "Al-Monitor says the Taliban relies on equipment left behind and confiscated after US and NATO forces withdrew"),
    ("The spokesman did not say the talks had collapsed, only that they had paused.",
     "The spokesman said the talks had collapsed."),
    ("The company never said that profits would fall this year.",
     "The company said profits would rise this year, after falling in 2024."),
    ("The report does not state who carried out the attack on the mosque.", MOSQUE),
    ("The report does not say the harbour authority owns the barges it uses.", DREDGING),
    # 3
    ("Its forces have taken out a number of tanks and armored vehicles, as well as artillery positions; no numbers "
     "are given.", TANKS),
    ("Pakistan sponsored the Taliban's rise, as many analysts put it. No year is given.", SPONSORED),
    ("No toll, count or year is given.", SPONSORED),
    ("Neither a date, a place nor a year is given.", SPONSORED),
    ("The year is not given, only that it was decades ago.", SPONSORED),
    ("Figures are given for both sides' losses.", SPOKESMAN),
    ("The flood damaged a number of houses along the river; no figures are given.", FLOOD),
    ("Many analysts, not named, point to \"blowback\" for Pakistan after it sponsored the Taliban's rise decades ago.",
     SPONSORED),
    # 4
    ("The opposition boycotted parliament.", STAYED_AWAY),
    ("The opposition boycotted parliament.", "Opposition members kept away from parliament on Tuesday."),
    ("The opposition boycotted the vote.", "Opposition lawmakers stayed away from the vote in protest."),
    ("The union boycotted the meeting.", "Union members stayed away from the meeting."),
    # 5
    ("That Pakistan is \"experiencing some serious blowback\" is the outlet's own conclusion.", BLOWBACK),
    ("The war is not \"all-out\" in any sense the report explains.",
     "Khawaja Asif by Friday morning declared an \"all-out war\" between the two countries"),
    ("The Taliban's military is not \"thinner\" in every respect.",
     "The strength of the Afghan Taliban's military is thinner, with only 172,000 active personnel"),
    ("The river is not \"safe to swim\", officials said.", "Officials said the river was not safe to swim in."),
    ("The mayor said the budget is not \"balanced\".", "The mayor said the budget was not balanced."),
    # 6
    ("That \"Pakistan's army has total force domination\" while the Taliban \"can still inflict pain through acts of "
     "terrorism\" is the outlet's own view.", DOMINATION),
    ("That \"274 Taliban fighters have been killed\" is not the outlet's own view.", SPOKESMAN),
    ("That Pakistan is \"experiencing some serious blowback\" is not the outlet's own view alone.", BLOWBACK),
    ("That \"the consequences are unfolding in real time\" is not the outlet's own view; Hakim says it.",
     passage("Sky News' Yalda Hakim", "in real time.\"")),
    ("That Pakistan faces \"all-out war\" is not the report's own word.",
     "Pakistan's Defense Minister Khawaja Asif by Friday morning declared an \"all-out war\" between the two "
     "countries."),
]

REFUSED_STILL = [  # 4: the twins a boycott read from staying away keeps refused
    ("The opposition attended parliament.", STAYED_AWAY),
]


@pytest.mark.parametrize("sentence, cited", REFUSED + REFUSED_STILL)
def test_a_negation_added_or_dropped_is_refused(sentence: str, cited: str):
    assert found_in_language("en", sentence, cited), sentence


@pytest.mark.parametrize("sentence, cited", HONEST)
def test_an_honest_twin_builds(sentence: str, cited: str):
    assert not found_in_language("en", sentence, cited), sentence


BUILD_CASES = [
    Sentence("Officials said air defense systems intercepted the drones that militants attempted to deploy.",
             "Officials say the drones that militants attempted to deploy were not intercepted."),
    Sentence("Officials said air defense systems intercepted the drones that militants attempted to deploy.",
             "Officials say the drones that militants attempted to deploy were intercepted."),
    Sentence("Opposition members stayed away from parliament on Monday.",
             "The opposition boycotted parliament on Monday."),
]


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    """The one-sentence builds of this module, many in one load (support.SentencesChecked)."""
    return SentencesChecked(minimal_project(tmp_path_factory.mktemp("factcheck213") / "project"), BUILD_CASES)


def test_a_deed_denied_is_refused_by_the_build_naming_the_passage(checked):
    lines = checked(*BUILD_CASES[0])
    assert any("adds a negation" in line and "intercepted the drones" in line for line in lines), lines


def test_its_honest_twin_and_the_boycott_build(checked):
    assert checked(*BUILD_CASES[1]) == []
    assert checked(*BUILD_CASES[2]) == []
