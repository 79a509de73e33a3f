"""A fifty-sixth fact-check: who did it to whom, in a clause of two parties and a verb alone (in English, French,
Spanish, German, Portuguese, Italian), and "both leaders".

"Northland attacked Southland." citing "Southland attacked Northland." built: the check that refuses a party put in
another's place (explainer/swapped.py) compares a sentence's clause with a passage's only where the two share a
content word besides the place itself ("Northland lost 58 soldiers" / "Southland lost 58 soldiers" share
"soldiers"), so that "Grainline's sales rose" is not held against "Harbor's profits rose". A clause of two parties
and one verb has nothing else to share, and the swap that a fact-checker tries first built. Now a clause
holding nothing but its parties, its place's word and short or function words (no figure, no other name, no content
word of its own) is compared with any passage clause holding the same place. A clause with another name ("won in
Riverside") or a figure keeps the old rule, so a gapped list told in another order still builds.

"Both sides agreed" citing one side's deed was refused (explainer/one_side.py); "Both leaders attended" or "Both
armies withdrew" for one side's leader or army built, as the check knew only "sides", "countries", "parties" and a
few more. It now reads leaders, armies, delegations, companies, firms, teams, unions and candidates too.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"),
           Party(id="un", name="United Nations", short_name="The UN", role="mediator"),
           Party(id="ibarra", name="Ana Ibarra", short_name="Ibarra", role="side"),
           Party(id="garrido", name="Luis Garrido", short_name="Garrido", role="side"))

MISSTATED = {
    "attacked": ("Northland attacked Southland.", "Southland attacked Northland.", "Northland"),
    "attacked-on-a-weekday": ("Northland attacked Southland on Monday.", "Southland attacked Northland on Monday.",
                              "Northland"),
    "invaded": ("Northland invaded Southland.", "Southland invaded Northland.", "Northland"),
    "sued": ("Northland sued Southland.", "Southland sued Northland.", "Northland"),
    "passive": ("Southland was attacked by Northland.", "Northland was attacked by Southland.", "Southland"),
    "blamed": ("Northland blamed Southland.", "Southland blamed Northland.", "Northland"),
    "mediator": ("The UN criticised Northland.", "Northland criticised the UN.", "UN"),
    "subject-alone": ("Northland attacked.", "Southland attacked Northland's border posts.", "Northland"),
}


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_two_parties_swapped_around_a_verb_alone_are_refused(sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence names {named} where its cited passages name") for message in found
               ), found


HONEST = {
    "same-way-round": ("Northland attacked Southland.", ("Northland attacked Southland.",)),
    "passive-of-the-same": ("Southland was attacked by Northland.", ("Northland attacked Southland.",)),
    "each-did-it": ("Northland attacked Southland.", ("Southland attacked Northland on Monday.",
                                                      "Northland attacked Southland on Tuesday.")),
    "gapped-list-reordered": ("Ibarra won in Riverside and Garrido in Hillcrest.",
                              ("Garrido won in Hillcrest and Ibarra in Riverside.",)),
    "other-content-kept": ("Northland's sales rose.", ("Southland's profits rose, and Northland's sales rose too.",)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_the_same_deed_told_the_same_way_round_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []


BOTH = {
    "both-leaders": ("Both leaders attended the summit.", "Northland's leader attended the summit; Southland sent a deputy.",
                     "'Both leaders' attended"),
    "both-armies": ("Both armies withdrew from the town.", "Northland's army withdrew from the town.",
                    "'Both armies' withdrew"),
}


@pytest.mark.parametrize("sentence, passage, said", BOTH.values(), ids=BOTH.keys())
def test_both_leaders_or_armies_for_one_sides_are_refused(sentence: str, passage: str, said: str):
    """"Both sides agreed" for one side's deed was refused; "both leaders", "both armies", ... built."""
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence says {said} where its cited passages say it of one side alone")
               for message in found), found


@pytest.mark.parametrize("passage", ["Northland's leader and Southland's leader attended the summit.",
                                     "The leaders of Northland and Southland attended the summit."])
def test_both_leaders_for_both_builds(passage: str):
    assert sentence_findings("Both leaders attended the summit.", (passage,), "en", PARTIES) == []


IN_OTHER_LANGUAGES = {
    "fr": ("Northland a attaqué Southland.", "Southland a attaqué Northland."),
    "es": ("Northland atacó a Southland.", "Southland atacó a Northland."),
    "de": ("Northland griff Southland an.", "Southland griff Northland an."),
    "pt": ("Northland atacou Southland.", "Southland atacou Northland."),
    "it": ("Northland ha attaccato Southland.", "Southland ha attaccato Northland."),
}


@pytest.mark.parametrize("language", IN_OTHER_LANGUAGES)
def test_two_parties_swapped_around_a_verb_alone_are_refused_in_other_languages(language: str):
    sentence, passage = IN_OTHER_LANGUAGES[language]
    found = sentence_findings(sentence, (passage,), language, PARTIES)
    assert any(message.startswith("this sentence names Northland where its cited passages name Southland")
               for message in found), found
    assert sentence_findings(passage, (passage,), language, PARTIES) == []


def test_a_spanish_gapped_list_reordered_builds():
    assert sentence_findings("Ibarra ganó en la Región Sur y Garrido en la Región Norte.",
                             ("Garrido ganó en la Región Norte e Ibarra en la Región Sur.",), "es", PARTIES) == []


def test_words_estimated_by_others_given_to_a_party_are_refused():
    """"Aid groups estimate that ..." gave no speaker (only "estimated" and "estimates" were read as reckoning), so
    "The UN estimates that ..." citing it built."""
    found = sentence_findings("The UN estimates that 40,000 people were displaced.",
                              ("Aid groups estimate that 40,000 people were displaced.",), "en", PARTIES)
    assert any(message.startswith("this sentence gives the words to The UN, but its cited passages give them to Aid "
                                  "groups") for message in found), found
    assert sentence_findings("Aid groups estimate that 40,000 people were displaced.",
                             ("Aid groups estimate that 40,000 people were displaced.",), "en", PARTIES) == []
    assert sentence_findings("An estimate that 40,000 people were displaced was published.",
                             ("An estimate that 40,000 people were displaced was published.",), "en", PARTIES) == []
