"""An eighty-third fact-check: leftovers across topics.

Misstatements built: police for soldiers where the passage's teller is the police ("Soldiers fired tear gas at the
crowd, police said": opposites.py leaves a thing's word in another sense, kinds.py's OTHER_SENSE, out of what a
passage names); a country swapped through its adjective ("Indian equipment" for "equipment from China") and a place
swapped after "to" or "from" ("flew to Geneva" for "flew to Vienna"): swapped_origins.py. Each has honest
neighbours that build: the same words, the teller kept, the country's adjective for its name, a place the passages
name elsewhere.

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="acme", name="Acme Corp", short_name="Acme", role="buyer"),
           Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))

MISSTATED = {
    "police-teller": ("Police fired tear gas at the crowd.", ("Soldiers fired tear gas at the crowd, police said.",),
                      "this sentence says 'Police' where its cited passages say 'Soldiers'"),
    "police-according": ("Police fired tear gas at the crowd.",
                         ("According to police, soldiers fired tear gas at the crowd.",),
                         "this sentence says 'Police' where its cited passages say 'soldiers'"),
    "police-spokesman": ("Police fired tear gas at the crowd.",
                         ("Troops fired tear gas at the crowd, a police spokesman said.",),
                         "this sentence says 'Police' where its cited passages say 'Troops'"),
    "adjective-for-from": ("Bolstered by Indian equipment, Northland advanced.",
                           ("Bolstered by equipment from China, Northland advanced.",),
                           "this sentence says 'Indian equipment' where its cited passages say 'equipment from China'"),
    "adjective-for-adjective": ("Northland bought Russian tanks.", ("Northland bought Chinese tanks.",),
                                "this sentence says 'Russian tanks' where its cited passages say 'Chinese tanks'"),
    "from-for-adjective": ("Northland bought drones from Iran.", ("Northland bought Turkish drones.",),
                           "this sentence says 'drones from Iran' where its cited passages say 'Turkish drones'"),
    "possessive-for-adjective": ("Northland relies on France's jets.", ("Northland relies on British jets.",),
                                 "this sentence says 'France's jets' where its cited passages say 'British jets'"),
    "plural-for-singular": ("The convoy carried American weapons.", ("The convoy carried a weapon from Germany.",),
                            "this sentence says 'American weapons' where its cited passages say 'weapon from "
                            "Germany'"),
    "flew-to": ("The envoy flew to Geneva.", ("The envoy flew to Vienna on Monday.",),
                "this sentence names 'Geneva' where its cited passages name 'Vienna' ('flew to Vienna')"),
    "returned-from": ("The delegation returned from Cairo.", ("The delegation returned from Doha.",),
                      "this sentence names 'Cairo' where its cited passages name 'Doha' ('returned from Doha')"),
    "moved-to": ("The talks moved to Oslo.", ("The talks moved to Ankara after a week.",),
                 "this sentence names 'Oslo' where its cited passages name 'Ankara' ('moved to Ankara')"),
}

HONEST = {
    "police-teller-kept": ("Police said soldiers fired tear gas at the crowd.",
                           ("Soldiers fired tear gas at the crowd, police said.",)),
    "police-doers": ("Police fired tear gas at the crowd.", ("Police fired tear gas at the crowd, police said.",)),
    "police-witnesses": ("Police fired tear gas at the crowd.",
                         ("Police fired tear gas at the crowd, witnesses said.",)),
    "troops-for-soldiers-told": ("Troops fired tear gas at the crowd.",
                                 ("Soldiers fired tear gas at the crowd, police said.",)),
    "adjective-for-name": ("Bolstered by Chinese equipment, Northland advanced.",
                           ("Bolstered by equipment from China, Northland advanced.",)),
    "name-for-adjective": ("Northland bought equipment from China.", ("Northland bought Chinese equipment.",)),
    "same-words": ("Northland bought Russian tanks.", ("Northland bought Russian tanks.",)),
    "both-named": ("Northland bought Russian tanks.", ("Northland bought tanks from China and radars from Russia.",)),
    "other-thing": ("Northland bought Indian rice.", ("Northland bought tanks from China.",)),
    "us-name": ("Northland bought American jets.", ("Northland bought jets from the US.",)),
    "flew-same": ("The envoy flew to Vienna.", ("The envoy flew to Vienna on Monday.",)),
    "place-named-elsewhere": ("The envoy flew to Geneva.", ("The envoy flew to Vienna, then on to Geneva.",)),
    "weekday-after-to": ("The talks moved to Monday.", ("The talks moved to Ankara on Monday.",)),
    "name-before-s": ("The talks moved to Sunday's session.", ("The talks moved to Ankara on Sunday.",)),
    "route-reworded": ("The envoy flew to Vienna from Geneva.", ("The envoy flew from Geneva to Vienna.",)),
    "source-after-to": ("The talks moved to Geneva, according to Reuters.", ("The talks moved to Geneva.",)),
}


@pytest.mark.parametrize("key", sorted(MISSTATED))
def test_misstatement_is_refused(key):
    sentence, passages, expected = MISSTATED[key]
    found = sentence_findings(sentence, passages, "en", PARTIES)
    assert any(message.startswith(expected) for message in found), found


@pytest.mark.parametrize("key", sorted(HONEST))
def test_honest_sentence_builds(key):
    sentence, passages = HONEST[key]
    assert sentence_findings(sentence, passages, "en", PARTIES) == []
