"""A forty-seventh fact-check: a party's word about its own deed, told as fact.

"Northland captured the city" citing only "Northland said it had captured the city" built: the check that refuses a
party's word told as fact (explainer/party_word.py) asks the sentence to restate two long words of what the party
said, and a short claim about the party itself shares one ("captured"), its subject being the speaker, who is no
word of what it said. A fact-checker reads the sentence as the briefing's own finding of a side's claim, the slip
party_word.py exists for. Now, where what the party says is of itself ("said it had ...", "denied using ..."), a
sentence naming that party counts the party as a word it restates. A sentence that says whose word it is, or cites a
passage stating the deed outside any party's word, still builds; a party named only as a demonym of what others
say ("Pakistani strikes hit camps" of "officials said the strikes killed 40") is not counted.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"),
           Party(id="union", name="Dockworkers' Union", short_name="The union", aliases=("Dockworkers",), role="side"))
CAPTURED = "Northland's army said it had captured the city, a claim Southland denied."
WEAPONS = "Northland denied using such weapons."
NOT_USED = "Northland said it did not use such weapons."
BALLOT = "The Dockworkers' Union said it had prevailed in the ballot on Friday."
WORD = "this sentence states as fact what its cited passages give only as the word of"

MISSTATED = {
    "captured": ("Northland's army captured the city.", CAPTURED, "Northland's army"),
    "captured-bare-name": ("Northland captured the city.", "Northland said it had captured the city.", "Northland"),
    "denied-told-as-never": ("Northland has never used such weapons.", WEAPONS, "Northland"),
    "denied-told-as-not": ("Northland did not use such weapons.", WEAPONS, "Northland"),
    "said-not-told-as-not": ("Northland did not use such weapons.", NOT_USED, "Northland"),
    "union-prevailed": ("The Dockworkers' Union prevailed.", BALLOT, "the Dockworkers' Union"),
}


@pytest.mark.parametrize("sentence, passage, whose", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_partys_word_about_itself_told_as_fact_is_refused(sentence: str, passage: str, whose: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"{WORD} {whose}:") for message in found), found


HONEST = {
    "says-it-captured": ("Northland says it captured the city.", CAPTURED),
    "claims-to-have": ("Northland claims to have captured the city.", CAPTURED),
    "by-its-own-account": ("Northland captured the city, by its own account.", CAPTURED),
    "reported-by-a-wire": ("Northland captured the city on Monday.",
                           "Northland captured the city on Monday, Reuters reported."),
    "stated-then-said": ("Northland's army captured the city.",
                         "Northland's army captured the city on Monday. It said it had taken 200 prisoners."),
    "denies": ("Northland denies using such weapons.", WEAPONS),
    "insists": ("Northland insists it did not use such weapons.", WEAPONS),
    "denied-the-accusation": ("Southland denied the accusation.",
                              "Southland denied the accusation, saying it had not fired first."),
    "union-says": ("The union says it prevailed in the ballot.", BALLOT),
    "a-demonym-of-others-words": ("Northland's strikes hit camps.",
                                  "Northland's officials said the strikes killed 40 militants."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_a_partys_word_kept_as_theirs_or_stated_by_others_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
