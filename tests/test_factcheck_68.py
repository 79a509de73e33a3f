"""A sixty-eighth fact-check: a deed the source never tells, and a course turned.

"Northland bombed the town." citing "Northland visited the town." built: every name and place stands, and the deed
is one the source does not tell at all. The deed checks compared a sentence's word with a passage's word of the same
kind (a stronger rung, an opposite); a different deed altogether passed them all. Now a sentence telling an attack,
an invasion, a place taken, a killing, people taken, a resignation, a lawsuit, a retreat, people fleeing, a measure
against a party, a veto, an interception, a body dissolved or looting (explainer/unbacked_deeds.py) must cite a
passage that tells that kind of deed in some word: "shelled" or "strikes" back "attacked", "took control of" backs
"captured". And "fighting continued" may not cite "fighting stopped" (opposites.py), nor "reopened" or "resumed" a passage
that only schedules it (scheduled.py).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"),
           Party(id="acme", name="Acme Corp", short_name="Acme", role="plaintiff"),
           Party(id="bolt", name="Bolt Industries", short_name="Bolt", role="defendant"))

UNBACKED = {
    "bombed-for-visited": ("Northland bombed the town.", "Northland visited the town.", "bombed"),
    "invaded-for-traded": ("Northland invaded Southland in March.", "Northland traded with Southland in March.",
                           "invaded"),
    "resigned-for-spoke": ("The president resigned on Monday.", "The president spoke on Monday.", "resigned"),
    "sued-for-praised": ("Acme sued Bolt last year.", "Acme praised Bolt last year.", "sued"),
    "captured-for-advanced": ("Northland captured the town.", "Northland forces advanced towards the town.",
                              "captured"),
    "assassinated-for-met": ("The governor was assassinated in the capital.", "The governor was met in the capital.",
                             "assassinated"),
    "fled-for-counted": ("About 10,000 people fled the district.", "About 10,000 people live in the district.",
                         "fled"),
    "withdrew-for-reinforced": ("Northland withdrew its troops from the border.",
                                "Northland reinforced its troops at the border.", "withdrew"),
    "kidnapped-for-interviewed": ("Two journalists were kidnapped in the city.",
                                  "Two journalists were interviewed in the city.", "kidnapped"),
    "sanctioned-for-criticised": ("Southland sanctioned three Northland banks.",
                                  "Southland criticised three Northland banks.", "sanctioned"),
    "intercepted-for-launched": ("Southland intercepted three drones.", "Southland launched three drones.",
                                 "intercepted"),
    "noun-form": ("The bombardment of the port lasted two days.", "The blockade of the port lasted two days.",
                  "bombardment"),
}


@pytest.mark.parametrize("sentence, passage, deed", UNBACKED.values(), ids=UNBACKED.keys())
def test_a_deed_no_cited_passage_tells_is_refused(sentence: str, passage: str, deed: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence tells a deed ('{deed}') that no passage it cites gives")
               for message in found), found


BACKED = {
    "same-word": ("Northland bombed the town.", ("Northland bombed the town on Friday.",)),
    "shelled-for-attacked": ("Northland attacked the town.", ("Northland forces shelled the town overnight.",)),
    "strikes-for-attacked": ("Northland attacked militant hideouts.",
                             ("Northland launched air strikes on militant hideouts.",)),
    "took-control-for-captured": ("Northland captured the town.", ("Northland took control of the town.",)),
    "fell-to-for-captured": ("Northland seized the town.", ("The town fell to Northland forces.",)),
    "dead-for-assassinated": ("The governor was assassinated.", ("The governor was shot dead by gunmen.",)),
    "stepped-down-for-resigned": ("The president resigned.", ("The president stepped down on Monday.",)),
    "lawsuit-for-sued": ("Acme sued Bolt.", ("Acme filed a lawsuit against Bolt.",)),
    "pulled-out-for-withdrew": ("Northland withdrew its troops.", ("Northland pulled its troops out.",)),
    "displaced-for-fled": ("About 10,000 people fled the fighting.",
                           ("About 10,000 people have been displaced by the fighting.",)),
    "shot-down-for-intercepted": ("Southland intercepted three drones.", ("Southland shot down three drones.",)),
    "quoted": ('Northland said Southland had "invaded our land".', ('Northland said Southland had "invaded our land".',)),
    "other-passage": ("Northland invaded Southland.", ("Northland massed troops at the border.",
                                                        "Northland troops crossed the border into Southland.")),
    # a stronger rung is deed_scales.py's finding, named once
    "wounded-is-another-checks": ("Northland killed 40 soldiers.", ("Northland wounded 40 soldiers.",)),
}


@pytest.mark.parametrize("sentence, passages", BACKED.values(), ids=BACKED.keys())
def test_a_deed_a_cited_passage_tells_in_any_word_for_it_builds(sentence: str, passages: tuple[str, ...]):
    found = sentence_findings(sentence, passages, "en", PARTIES)
    assert not any("that no passage it cites gives, in that word" in message for message in found), found


TURNED = {
    "continued-for-stopped": ("Fighting continued overnight in the border towns.",
                              "Fighting stopped overnight in the border towns.", "continued"),
    "continued-for-halted": ("Shelling continued along the northern border on Sunday.",
                             "Shelling halted along the northern border on Sunday.", "continued"),
}


@pytest.mark.parametrize("sentence, passage, word", TURNED.values(), ids=TURNED.keys())
def test_a_course_turned_into_its_opposite_is_refused(sentence: str, passage: str, word: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(f"'{word}'" in message for message in found), found


@pytest.mark.parametrize("sentence, passage", [
    ("Fighting continued overnight in the border towns.", "Fighting went on overnight in the border towns."),
    ("Fighting stopped overnight in the border towns.", "Fighting halted overnight in the border towns."),
    ("Southland denied sheltering the militants.", "Southland has denied sheltering the militants."),
])
def test_a_course_kept_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


SCHEDULED = {
    "reopened": ("The border crossing reopened on Tuesday.", "The border crossing was due to reopen on Tuesday.",
                 "reopened"),
    "resumed": ("Talks resumed in Doha on 4 March.", "Talks are scheduled to resume in Doha on 4 March.", "resumed"),
    "took-effect": ("The tariffs took effect on 1 April.", "The tariffs will take effect on 1 April.", "took effect"),
}


@pytest.mark.parametrize("sentence, passage, told", SCHEDULED.values(), ids=SCHEDULED.keys())
def test_a_restart_or_a_start_only_scheduled_is_not_told_as_done(sentence: str, passage: str, told: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence tells as held ('{told}')") for message in found), found


@pytest.mark.parametrize("sentence, passage", [
    ("The border crossing reopened on Tuesday.", "The border crossing, due to reopen on Tuesday, reopened on time."),
    ("The border crossing was due to reopen on Tuesday.", "The border crossing is due to reopen on Tuesday."),
    ("Talks resumed in Doha on 4 March.", "Talks resumed in Doha on 4 March after a week's pause."),
])
def test_a_restart_kept_as_the_source_gives_it_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
