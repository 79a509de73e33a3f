"""A seventy-second fact-check: one thing of a kind swapped for another.

"Northland's drones hit a school." citing "Northland's drones hit a warehouse." built: every name stands, and the
place struck is another. Now two things of one kind (places struck, groups of people, arms, goods, offices:
explainer/kinds.py) are read as opposites.py reads a pair of opposites: a sentence naming one is refused where no
cited passage names it and a passage's sentence restating it names another of the kind.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.kinds import KINDS
from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"),
           Party(id="acme", name="Acme Corp", short_name="Acme", role="company"))

SWAPPED = {
    "school-for-warehouse": ("Northland's drones hit a school.", "Northland's drones hit a warehouse.", "school",
                             "warehouse"),
    "mosque-for-hospital": ("The strike damaged a mosque in the capital.",
                            "The strike damaged a hospital in the capital.", "mosque", "hospital"),
    "children-for-soldiers": ("Twelve children were killed in the shelling of the border town.",
                              "Twelve soldiers were killed in the shelling of the border town.", "children",
                              "soldiers"),
    "buses-for-cars": ("Acme makes electric buses in its northern plant.",
                       "Acme makes electric cars in its northern plant.", "buses", "cars"),
    "wheat-for-rice": ("The export ban covers wheat shipments.", "The export ban covers rice shipments.", "wheat",
                       "rice"),
    "missiles-for-drones": ("Southland intercepted missiles over the capital.",
                            "Southland intercepted drones over the capital.", "missiles", "drones"),
    "governor-for-mayor": ("The governor of the province condemned the attack.",
                           "The mayor of the province condemned the attack.", "governor", "mayor"),
}


@pytest.mark.parametrize("sentence, passage, said, theirs", SWAPPED.values(), ids=SWAPPED.keys())
def test_one_thing_of_a_kind_told_for_another_is_refused(sentence: str, passage: str, said: str, theirs: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence says '{said}' where its cited passages say '{theirs}'")
               for message in found), found


KEPT = {
    "same": ("Northland's drones hit a warehouse.", ("Northland's drones hit a warehouse.",)),
    "synonym": ("Twelve troops were killed in the shelling.", ("Twelve soldiers were killed in the shelling.",)),
    "plural": ("Northland's drones hit schools.", ("Northland's drones hit a school on Monday.",)),
    "both-named": ("The strike hit a school and a hospital.", ("The strike hit a school and a hospital nearby.",)),
    "named-elsewhere": ("Northland's drones hit a school.", ("Northland's drones hit a warehouse.",
                                                           "A school nearby was also hit by Northland's drones.")),
    "not-restating": ("Acme also sells cars.", ("Rice prices rose 4% in March.",)),
    "other-sense-kept": ("The refinery was destroyed.", ("The refinery was destroyed overnight.",)),
}


@pytest.mark.parametrize("sentence, passages", KEPT.values(), ids=KEPT.keys())
def test_a_thing_kept_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []


def test_no_word_names_two_things_of_a_kind():
    for kind in KINDS:
        words = [word for thing in kind for word in thing.split()]
        assert len(words) == len(set(words)), kind
