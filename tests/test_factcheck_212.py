"""Places and parties swapped in the real briefing (content/pakistan-afghanistan-war/, seeds/000_bd91349fafd64fe6.txt),
deeds given to the other side, each read against the place or party the cited passage gives for the deed:

1. A deed in another tense: "Afghanistan launches airstrikes across Afghanistan, including on Kabul" (a timeline's
   present) citing "Overnight, Pakistan launched airstrikes across Afghanistan" built, as swapped.py looked a place
   up only as written; now "launches", "launched" and "launching" hold one place where no passage holds the written
   form, and a deed two sides do together ("Chirpline settles the commission's investigation" of "The commission
   settled its own investigation of Chirpline") stays apart (explainer/swapped.py).
2. "Including on": "Pakistan launches airstrikes across Afghanistan, including on Islamabad" citing "... including
   targets in the capital of Kabul" built; after a comma and a strike, "including on" names a place
   (explainer/places.py).
3. A deed in a clause of time with no subject of its own: "blowback for Afghanistan after it sponsored the Taliban's
   rise", "Afghanistan sponsors the Taliban's rise" and "For Afghanistan, after sponsoring the Taliban's rise" citing
   "'blowback' for Pakistan after sponsoring the Taliban's rise" built; the party before "after sponsoring" is its
   doer (explainer/swapped.py).
4. One side paired with itself: "relations between Pakistan and Pakistan" citing "relations between Afghanistan and
   Pakistan" built (explainer/one_party_paired.py); and the honest "relations between Pakistan and Afghanistan have
   shifted" citing "relations between Afghanistan and Pakistan, which share the disputed 1,600-mile Durand Line, have
   shifted" was refused, "Afghanistan" read as the doer of "shifted" (explainer/deeds_given_to_another.py).
5. A deed inside another land: "Taliban authorities say their forces carried out drone strikes inside Afghanistan"
   citing "drone strikes against military targets inside Pakistan" built; "inside", "into" and "within" a party are
   read by the preposition where no passage holds the word before it (explainer/swapped.py).
6. The deed of the one accused: the claim "Pakistan shelters Tehrik-i-Taliban Pakistan (TTP) militants" citing
   "Islamabad accuses Afghanistan of sheltering ..." built; the one "accuses ... of" or "blames ... for" names does
   the deed after it (explainer/swapped.py).

Each on the real briefing's sentence and on a twin of another topic, with honest twins that must build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import item_findings, sentence_findings, sides_and_firms

REPO = Path(__file__).resolve().parent.parent
SOURCE = (REPO / "seeds" / "000_bd91349fafd64fe6.txt").read_text(encoding="utf-8")
SWAPPED = "where its cited passages name"
PAIRED = "with itself"


def real_parties() -> tuple:
    """Return the real briefing's parties, as its briefing.yaml gives them."""
    from explainer.model import Party
    return (Party(id="pakistan", name="Pakistan"), Party(id="taliban", name="Afghanistan (Taliban)"))


def source_paragraph(opening: str) -> str:
    """Return the real source's paragraph holding `opening`."""
    return next(paragraph for paragraph in SOURCE.split("\n\n") if opening in paragraph)


def real_findings(sentence: str, opening: str) -> list[str]:
    return sentence_findings(sentence, (source_paragraph(opening),), "en", real_parties())


def fixture_findings(sentence: str, passage: str) -> list[str]:
    return sentence_findings(sentence, (passage,), "en", sides_and_firms())


def assert_outcome(found: list[str], words: str) -> None:
    """Refused with `words` in a finding, or built (no finding at all) where `words` is empty."""
    if words:
        assert any(words in finding for finding in found), found
    else:
        assert not found, found


AIRSTRIKES = "Overnight, Pakistan launched airstrikes"
BLOWBACK = "Many analysts are pointing"
RELATIONS = "Since the Taliban returned to power"
DRONES = "Taliban authorities said their forces"
TTP = "Islamabad accuses Afghanistan"


# 1-5, the real briefing's sentences
@pytest.mark.parametrize("sentence, opening, words", [
    ("Afghanistan launches airstrikes across Afghanistan, including on Kabul.", AIRSTRIKES, SWAPPED),
    ("Pakistan launches airstrikes across Afghanistan, including on Kabul.", AIRSTRIKES, ""),
    ("Pakistan is launching airstrikes across Afghanistan.", AIRSTRIKES, ""),
    ("Pakistan launches airstrikes across Afghanistan, including on Islamabad.", AIRSTRIKES, "'Islamabad'"),
    ("Pakistan launches airstrikes across Afghanistan, including on the capital, Kabul.", AIRSTRIKES, ""),
    ('Many analysts, not named, point to "blowback" for Afghanistan after it sponsored the Taliban\'s rise decades '
     "ago.", BLOWBACK, SWAPPED),
    ('Many analysts, not named, point to "blowback" for Pakistan after it sponsored the Taliban\'s rise decades ago.',
     BLOWBACK, ""),
    ("Afghanistan sponsors the Taliban's rise, as many analysts put it.", BLOWBACK, SWAPPED),
    ("Pakistan sponsors the Taliban's rise, as many analysts put it.", BLOWBACK, ""),
    ("For Afghanistan, after sponsoring the Taliban's rise decades ago.", BLOWBACK, SWAPPED),
    ("For Pakistan, after sponsoring the Taliban's rise decades ago.", BLOWBACK, ""),
    ("Pakistan sponsored the Taliban's rise decades ago and now faces blowback, analysts say.", BLOWBACK, ""),
    ("Since the Taliban returned to power in 2021, relations between Pakistan and Pakistan have shifted from cautious "
     "engagement to open hostility.", RELATIONS, PAIRED),
    ("Since the Taliban returned to power in 2021, relations between Afghanistan and Afghanistan have shifted from "
     "cautious engagement to open hostility.", RELATIONS, PAIRED),
    ("Since the Taliban returned to power in 2021, relations between Pakistan and Afghanistan have shifted from "
     "cautious engagement to open hostility.", RELATIONS, ""),
    ("On Friday, Taliban authorities say their forces carried out drone strikes inside Afghanistan.", DRONES, SWAPPED),
    ("On Friday, Taliban authorities say their forces carried out drone strikes inside Pakistan.", DRONES, ""),
    ("Taliban forces carried out drone strikes on military targets inside Pakistan, Taliban authorities said on "
     "Friday.", DRONES, ""),
])
def test_the_real_briefings_places_and_parties_are_kept(sentence, opening, words):
    assert_outcome(real_findings(sentence, opening), words)


# 6, the real briefing's claim, read as its claimant's words
@pytest.mark.parametrize("says, words", [
    ("Pakistan shelters Tehrik-i-Taliban Pakistan (TTP) militants who carry out cross-border attacks.", SWAPPED),
    ("Afghanistan shelters Tehrik-i-Taliban Pakistan (TTP) militants who carry out cross-border attacks.", ""),
])
def test_the_real_claim_keeps_the_one_accused(says, words):
    found = item_findings(says, (source_paragraph(TTP),), "en", real_parties(), by_claimant=True)
    assert_outcome(found, words)


OFFENSIVE = "Northland launched a ground offensive across the border on Monday."
CEASEFIRE = "Northland proposed a ceasefire, which Southland rejected."
RAIDS = "Northland raided towns across Southland, among them Eastport and Westbay."
INVADED = "Northland invaded Southland's border provinces in March."
RELATIONS_TWIN = "Relations between Southland and Northland have soured since 2021."
DRONES_TWIN = "Southland said its drones struck military targets deep inside Northland."
TROOPS = "Northland sent troops across the border into Southland on Monday."
SHELTERS = "Northland accuses Southland of sheltering rebels who raid border towns."
BLAMED = "Bolt accused Acme of concealing losses from shareholders."


# 1-6, twins of another topic
@pytest.mark.parametrize("sentence, passage, words", [
    ("Southland launches a ground offensive across the border.", OFFENSIVE, SWAPPED),
    ("Northland launches a ground offensive across the border.", OFFENSIVE, ""),
    ("Northland is launching a ground offensive across the border.", OFFENSIVE, ""),
    ("Southland proposes a ceasefire.", CEASEFIRE, SWAPPED),
    ("Northland proposes a ceasefire; Southland rejects it.", CEASEFIRE, ""),
    ("Southland rejects the ceasefire proposed by Northland.", CEASEFIRE, ""),
    ("Acme settles the commission's investigation, paying a fine.",
     "The commission settled its investigation of Acme; Acme paid a fine.", ""),
    ("Northland attacks Southland's border posts.", "Northland attacked Southland's border posts overnight.", ""),
    ("Southland accuses Northland of shelling villages.", "Southland accused Northland of shelling villages.", ""),
    ("Northland's raids hit towns across Southland, including on Harbor City.", RAIDS, "'Harbor City'"),
    ("Northland's raids hit towns across Southland, including on Eastport and Westbay.", RAIDS, ""),
    ("Northland shelled towns across Southland, including on Eastport.", RAIDS, ""),
    ("Northland's shelling continued, including on Christmas Day.",
     "Northland's shelling of Southland's border towns continued through Christmas Day.", ""),
    ("Northland shelled border towns, including on Sunday.",
     "Northland shelled Southland's border towns on Friday, Saturday and Sunday.", ""),
    ("Acme's chief posted the offer widely, including on Telegram.", "Acme raised its offer for Bolt to $5bn.", ""),
    ("Sanctions hit Southland after it invaded Northland's border provinces.", INVADED, SWAPPED),
    ("Sanctions hit Northland after it invaded Southland's border provinces.", INVADED, ""),
    ("Aid poured into Southland after it was invaded by Northland.", INVADED, ""),
    ("Aid poured into Southland after Northland invaded its border provinces.", INVADED, ""),
    ("Investors sold Acme after it raised its offer for Bolt.",
     "Acme raised its offer for Bolt, and investors sold its shares.", ""),
    ("Pressure grew on Acme after announcing the Bolt deal.",
     "Acme announced its deal for Bolt, and pressure grew on its board.", ""),
    ("Relations between Northland and Northland have soured since 2021.", RELATIONS_TWIN, PAIRED),
    ("Relations between Northland and Southland have soured since 2021.", RELATIONS_TWIN, ""),
    ("Relations between Southland and its neighbour, Northland, have soured since 2021.", RELATIONS_TWIN, ""),
    ("Talks between Northland and Southland have stalled since March.",
     "Talks between Southland and Northland, which a mediator from Westria chaired, have stalled since March.", ""),
    ("Trade between East Northland and West Northland fell.",
     "Trade between East Northland and West Northland fell by a third.", ""),
    ("The gap between Acme and Acme's rivals has grown.", "Acme's lead over its rivals has grown.", ""),
    ("Southland says its drones hit targets inside Southland.", DRONES_TWIN, SWAPPED),
    ("Southland says its drones hit targets inside Northland.", DRONES_TWIN, ""),
    ("Northland's troops pushed into Northland.", TROOPS, SWAPPED),
    ("Northland's troops pushed into Southland.", TROOPS, ""),
    ("Southland's drones struck deep within Northland's border provinces.",
     "Southland's drones hit targets inside Northland.", ""),
    ("Acme moved its factories into Bolt's home market.",
     "Acme moved production into Bolt's home market of Westria.", ""),
])
def test_a_twin_of_another_topic_keeps_its_places_and_parties(sentence, passage, words):
    assert_outcome(fixture_findings(sentence, passage), words)


@pytest.mark.parametrize("says, passage, words", [
    ("Northland shelters rebels who raid border towns.", SHELTERS, SWAPPED),
    ("Southland shelters rebels who raid border towns.", SHELTERS, ""),
    ("Southland is sheltering the rebels who raid border towns.", SHELTERS, ""),
    ("Bolt concealed losses from shareholders.", BLAMED, SWAPPED),
    ("Acme concealed losses from shareholders.", BLAMED, ""),
    ("Acme is concealing losses from its shareholders.", BLAMED, ""),
])
def test_a_claim_of_another_topic_keeps_the_one_accused(says, passage, words):
    assert_outcome(item_findings(says, (passage,), "en", sides_and_firms(), by_claimant=True), words)
