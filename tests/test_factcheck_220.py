"""What the mutation harness (benchmarks/mutations.py, "party swapped") still let through in the real briefing:

1. A claim figure's measure naming the party its passages count on the other side: `measure: Afghan soldiers killed,
   value: 55` citing "55 Pakistani soldiers were killed", `Pakistani posts destroyed` (74) citing "74 Taliban posts
   were destroyed" built; a measure was read for its figures, acts and kinds of people, never for whose they are. It
   is now read as a sentence is (swapped.py), its figure before it: "55 Afghan soldiers killed"
   (explainer/measure_parties.py, called by topics.py). Twin: "Southland troops killed" for 58 citing "58 Northland
   troops were killed".
2. A town named before a site's noun: "The Kabul mosque bombing is dated only ..." citing "a suicide bomber struck a
   Shia mosque on the outskirts of Islamabad" built, places.py reading a place only after a preposition. It is now
   refused where the passages put that site in a place they name and never name the sentence's
   (explainer/attributive_places.py, called by places.py). Twin: "The Harwick market fire" citing "the covered market
   in Dorvik".

3. A figure a passage gives with its people left out: `measure: Taliban civilians wounded, value: 11` citing "Kabul have
   acknowledged Taliban fighters killed, 11 wounded, and 13 civilians injured" built, counted.py reading "11 wounded"
   as counting anyone. "11 wounded" and "more than 400 injured" now count the people of the last kind their clause
   names before them, no "were" between (explainer/elided_counts.py, read by measure_acts.py). Twin: "Civilians
   injured" for 30 citing "The army said 8 soldiers died and 30 injured".

Each with honest twins that must build (the right party or town, a people's adjective, a weekday, the site's own
name, a measure naming no party). The harness also listed "Afghanistan's Information Minister Attaullah Tarar" (a
claim's `claimant`) as built: the build refuses it (claimant_party.py), a call the harness does not replay; tested
here on the real briefing so it stays refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.attribution import Cited
from explainer.measure_parties import measure_party_swapped
from explainer.model import Party
from explainer.owners import party_words
from support import found_in_language, problems_after

REAL = (Party(id="pakistan", name="Pakistan"), Party(id="taliban", name="Afghanistan (Taliban)"))
TWIN = (Party(id="north", name="Northland"), Party(id="south", name="Southland"))
SWAPPED = "this measure names"
MOVED = "puts the"


def _words(parties) -> tuple:
    return tuple((party.id, party_words(party, "en")) for party in parties)


def _cited(text: str) -> list[Cited]:
    return [Cited(text, "en", text, "", "", "")]


PAKISTAN_TOLL = ("A Pakistani military spokesman has said that 274 Taliban fighters have been killed and more than 400 "
                 "injured by Pakistani strikes, adding that 74 Taliban posts were destroyed and 18 captured - and "
                 "counting")
TALIBAN_TOLL = "The Taliban for its part has said that 55 Pakistani soldiers were killed and 19 posts seized"
KABUL = ("Kabul have acknowledged Taliban fighters killed, 11 wounded, and 13 civilians injured in the mountainous "
         "northwest border region where the line of fighting is concentrated")
NORTH_TOLL = "Southland's army said 58 Northland troops were killed and 12 Northland outposts were overrun on Monday"


# 1. A claim figure's measure naming the other party
@pytest.mark.parametrize("parties, measure, value, passage, outcome", [
    (REAL, "Afghan soldiers killed", 55, TALIBAN_TOLL, "refused"),
    (REAL, "Taliban soldiers killed", 55, TALIBAN_TOLL, "refused"),
    (REAL, "Pakistani posts destroyed", 74, PAKISTAN_TOLL, "refused"),
    (REAL, "Pakistani posts captured", 18, PAKISTAN_TOLL, "refused"),
    (REAL, "Pakistani fighters killed", 274, PAKISTAN_TOLL, "refused"),
    (REAL, "Pakistani fighters killed", None, KABUL, "refused"),
    (TWIN, "Southland troops killed", 58, NORTH_TOLL, "refused"),
    (TWIN, "Southland outposts overrun", 12, NORTH_TOLL, "refused"),
    # honest twins: the passage's party, another word for it, no party at all, another noun's order
    (REAL, "Pakistani soldiers killed", 55, TALIBAN_TOLL, "ok"),
    (REAL, "Soldiers of Pakistan killed", 55, TALIBAN_TOLL, "ok"),
    (REAL, "Posts seized", 19, TALIBAN_TOLL, "ok"),
    (REAL, "Taliban posts destroyed", 74, PAKISTAN_TOLL, "ok"),
    (REAL, "Taliban fighters killed", 274, PAKISTAN_TOLL, "ok"),
    (REAL, "Taliban fighters wounded", 400, PAKISTAN_TOLL, "ok"),
    (REAL, "Taliban fighters killed", None, KABUL, "ok"),
    (REAL, "Taliban fighters wounded", 11, KABUL, "ok"),
    (REAL, "Civilians injured", 13, KABUL, "ok"),
    (REAL, "Killed by Pakistani strikes", 274, PAKISTAN_TOLL, "ok"),
    (TWIN, "Northland troops killed", 58, NORTH_TOLL, "ok"),
    (TWIN, "Northland soldiers killed", 58, NORTH_TOLL, "ok"),
    (TWIN, "Troops killed", 58, NORTH_TOLL, "ok"),
    (TWIN, "Outposts overrun by Southland", 12, NORTH_TOLL, "ok"),
])
def test_a_measure_naming_the_other_party(parties, measure, value, passage, outcome):
    found = [finding.message for finding in measure_party_swapped(measure, value, _cited(passage), "en",
                                                                  _words(parties))]
    assert ("refused" if any(SWAPPED in message for message in found) else "ok") == outcome, found


@pytest.mark.parametrize("old, new, words", [
    ("measure: Pakistani soldiers killed", "measure: Afghan soldiers killed",
     "names Afghan where its cited passages name Pakistani ('55 Pakistani soldiers')"),
    ("measure: Taliban posts destroyed", "measure: Pakistani posts destroyed",
     "names Pakistani where its cited passages name Taliban ('74 Taliban posts')"),
])
def test_a_measure_naming_the_other_party_in_the_real_briefing(project: Path, old, new, words):
    problems = problems_after(project, "claims.yaml", old, new)
    assert any("claims.yaml" in line and "`measure`" in line and words in line for line in problems), problems


def test_a_claimant_of_the_other_partys_office_in_the_real_briefing(project: Path):
    # the harness replays sentence checks only: this one is refused by the build (claimant_party.py)
    problems = problems_after(project, "claims.yaml", "claimant: Pakistan's Information Minister Attaullah Tarar",
                              "claimant: Afghanistan's Information Minister Attaullah Tarar")
    assert any("`claimant`: names Afghanistan's Information Minister" in line for line in problems), problems


# 2. A town named before a site's noun
MOSQUE = ("At least 31 people were killed and 169 others injured on Friday when a suicide bomber struck a Shia mosque "
          "on the outskirts of Islamabad during Friday prayers, Pakistani officials said")
MARKET = "A fire at the covered market in Dorvik destroyed 40 stalls on Sunday, the fire service said"


@pytest.mark.parametrize("sentence, passage, outcome", [
    ("The Kabul mosque bombing killed at least 31 people.", MOSQUE, "refused"),
    ("At least 31 people died in a Kabul mosque bombing on Friday.", MOSQUE, "refused"),
    ("The Harwick market fire destroyed 40 stalls.", MARKET, "refused"),
    ("A Harwick market burned on Sunday, destroying 40 stalls.", MARKET, "refused"),
    # honest twins: the town the passage names, a people's adjective, a weekday, a kind, the town after a preposition
    ("The Islamabad mosque bombing killed at least 31 people.", MOSQUE, "ok"),
    ("The Shia mosque bombing killed at least 31 people.", MOSQUE, "ok"),
    ("The Pakistani mosque bombing killed at least 31 people.", MOSQUE, "ok"),
    ("The Friday mosque bombing killed at least 31 people.", MOSQUE, "ok"),
    ("A Shiite mosque was bombed; at least 31 people were killed.", MOSQUE, "ok"),
    ("The mosque bombing on the outskirts of Islamabad killed at least 31 people.", MOSQUE, "ok"),
    ("At least 31 people were killed in the mosque bombing near Islamabad.", MOSQUE, "ok"),
    ("The Dorvik market fire destroyed 40 stalls.", MARKET, "ok"),
    ("A Dorvik market fire destroyed 40 stalls, the fire service said.", MARKET, "ok"),
    ("The Sunday market fire destroyed 40 stalls.", MARKET, "ok"),
    ("The Christian market fire destroyed 40 stalls.", MARKET, "ok"),
    ("The Central market fire destroyed 40 stalls.", MARKET, "ok"),
    ("The covered market in Dorvik lost 40 stalls.", MARKET, "ok"),
])
def test_a_town_named_before_a_sites_noun(sentence, passage, outcome):
    found = found_in_language("en", sentence, passage)
    assert ("refused" if any(MOVED in message for message in found) else "ok") == outcome, found


def test_a_town_named_before_a_sites_noun_in_the_real_briefing(project: Path):
    problems = problems_after(project, "caveats.yaml", "The Islamabad mosque bombing is dated only",
                              "The Kabul mosque bombing is dated only")
    assert any("caveats.yaml" in line and "puts the mosque in 'Kabul'" in line for line in problems), problems


# 3. A figure given with its people left out
ARMY = "The army said 8 soldiers died and 30 injured in the ambush near the pass"


@pytest.mark.parametrize("measure, value, passage, outcome", [
    ("Taliban civilians wounded", 11, KABUL, "refused"),
    ("Civilians injured", 400, PAKISTAN_TOLL, "refused"),
    ("Civilians injured", 30, ARMY, "refused"),
    ("Journalists injured", 30, ARMY, "refused"),
    # honest twins: the same kind, another word for it, no kind, people at large, two kinds, a figure named so
    ("Taliban fighters wounded", 11, KABUL, "ok"),
    ("Militants wounded", 11, KABUL, "ok"),
    ("Wounded", 11, KABUL, "ok"),
    ("Taliban fighters wounded", 400, PAKISTAN_TOLL, "ok"),
    ("People injured", 400, PAKISTAN_TOLL, "ok"),
    ("Taliban casualties", 400, PAKISTAN_TOLL, "ok"),
    ("Civilians injured", 13, KABUL, "ok"),
    ("Troops injured", 30, ARMY, "ok"),
    ("Soldiers and civilians injured", 30, ARMY, "ok"),
    # another clause, or a verb of being between: the people left out are not read
    ("Civilians injured", 30, "Police said 12 officers were killed and 30 injured in the attack", "ok"),
    ("Civilians injured", 25, "The army said 40 soldiers died. 25 injured were taken to hospital", "ok"),
])
def test_a_figure_given_with_its_people_left_out(measure, value, passage, outcome):
    from explainer.measure_acts import measure_counted_otherwise

    found = measure_counted_otherwise(measure, value, _cited(passage), "en")
    assert ("refused" if found else "ok") == outcome, found


def test_a_figure_given_with_its_people_left_out_in_the_real_briefing(project: Path):
    problems = problems_after(project, "claims.yaml", "- measure: Taliban fighters wounded\n            value: 11",
                              "- measure: Taliban civilians wounded\n            value: 11")
    assert any("claims.yaml" in line and "gives 11 as 'civilians'" in line for line in problems), problems
