"""A fifty-second fact-check: a party named by a two-letter acronym.

With parties "United States" (short name "The US") and "European Union" ("The EU"), "The EU said the tariffs were
illegal." citing "The US said the tariffs were illegal." built, and so did "The US imposed tariffs on steel." citing
"The EU imposed tariffs on steel.", while the names spelled out were refused: the party readings skipped a word
under four letters unless it was three capitals. Now a word of two capitals that a party's name, short name or alias
writes so ("US", "EU", "UN") names that party, in the swapped-party check and as a speaker; the lowercase word ("told
us", French "un", Portuguese "eu") names no one.

A party added: "Northland and Southland both claim the island." citing "Northland claims the island." built (the
"both sides" check did not read a sentence naming both parties by name). Now a sentence opening on two parties named
together is refused where its passages give the verb to one of them alone and never name the other; a passage that
says "both", names the other doing it, or names it anywhere ("..., as does Southland") builds.

An "only" added: "Only Northland has nuclear weapons." citing "Northland has nuclear weapons." built (exclusives.py
read "the main" made "the only" alone). Now an "only" before a name or a figure that no cited passage says in any
form ("alone", "just", "no more than", ...) is refused; "not only Northland" and "only after" are not read.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="us", name="United States", short_name="The US", role="side"),
           Party(id="eu", name="European Union", short_name="The EU", role="side"),
           Party(id="un", name="United Nations", short_name="The UN", role="mediator"),
           Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))
GIVES = "this sentence gives the words to"
NAMES = "this sentence names"

ACRONYM_MISSTATED = {
    "words-given-to-the-other": ("The EU said the tariffs were illegal.", "The US said the tariffs were illegal.",
                                 f"{GIVES} The EU, but its cited passages give them to The US"),
    "deed-given-to-the-other": ("The US imposed tariffs on steel.", "The EU imposed tariffs on steel.",
                                f"{NAMES} US where its cited passages name EU ('EU imposed')"),
    "mediator-for-a-side": ("The UN said the ceasefire held.", "Northland said the ceasefire held.",
                            f"{GIVES} The UN, but its cited passages give them to Northland"),
    "possessive": ("The EU's negotiators said talks had stalled.", "The US's negotiators said talks had stalled.",
                   f"{GIVES} The EU's negotiators, but its cited passages give them to The US's negotiators"),
}


@pytest.mark.parametrize("sentence, passage, message", ACRONYM_MISSTATED.values(), ids=ACRONYM_MISSTATED.keys())
def test_a_party_named_by_two_capitals_given_anothers_words_or_deed_is_refused(sentence: str, passage: str,
                                                                                message: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(each.startswith(message) for each in found), found


ACRONYM_HONEST = {
    "acronym-for-the-name": ("The US imposed tariffs on steel.", "The United States imposed tariffs on steel."),
    "name-for-the-acronym": ("The United States imposed tariffs on steel.", "The US imposed tariffs on steel."),
    "acronym-speaks-for-the-name": ("The US said the tariffs were illegal.",
                                    "The United States said the tariffs were illegal."),
    "told-us-in-a-passage": ("Northland said the tariffs were illegal.",
                             "\"They told us nothing,\" Northland said, adding that the tariffs were illegal."),
    "told-us-in-a-sentence": ("Northland told us the tariffs were illegal.",
                              "Northland told us the tariffs were illegal."),
}


@pytest.mark.parametrize("sentence, passage", ACRONYM_HONEST.values(), ids=ACRONYM_HONEST.keys())
def test_a_party_named_by_two_capitals_as_its_source_names_it_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


def test_lowercase_un_in_french_names_no_party():
    sentence = "Northland a imposé des droits de douane, a dit un porte-parole."
    passage = "Un porte-parole a dit que Northland a imposé des droits de douane."
    assert sentence_findings(sentence, (passage,), "fr", PARTIES) == []


ADDED = "this sentence says"
PARTY_ADDED = {
    "claim-the-island": ("Northland and Southland both claim the island.", "Northland claims the island.",
                         f"{ADDED} Northland and Southland claim where its cited passages say it of Northland alone "
                         "('Northland claims the island') and never name Southland:"),
    "agreed-to-a-ceasefire": ("Northland and Southland agreed to the ceasefire.",
                              "Northland agreed to the ceasefire on Monday.",
                              f"{ADDED} Northland and Southland agreed where its cited passages say it of Northland "
                              "alone"),
    "acronyms-imposed-tariffs": ("The US and the EU both imposed tariffs on steel.",
                                 "The US imposed tariffs on steel.",
                                 f"{ADDED} US and EU imposed where its cited passages say it of US alone"),
}


@pytest.mark.parametrize("sentence, passage, message", PARTY_ADDED.values(), ids=PARTY_ADDED.keys())
def test_a_party_added_to_what_the_source_gives_one_party_is_refused(sentence: str, passage: str, message: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(each.startswith(message) for each in found), found


PARTY_NOT_ADDED = {
    "passage-says-both": ("Northland and Southland both claim the island.",
                          "Both Northland and Southland claim the island."),
    "passage-names-both": ("Northland and Southland claim the island.", "Northland and Southland claim the island."),
    "as-does-the-other": ("Northland and Southland both claim the island.",
                          "Northland claims the island, as does Southland."),
    "each-in-its-clause": ("Northland and Southland both claim the island.",
                           "Northland claims the island; Southland also claims it."),
    "the-other-as-object": ("Northland and Southland signed the accord.",
                            "Northland signed the accord with Southland on Monday."),
}


@pytest.mark.parametrize("sentence, passage", PARTY_NOT_ADDED.values(), ids=PARTY_NOT_ADDED.keys())
def test_parties_named_together_as_the_source_names_them_build(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


ONLY = "this sentence says 'only"
ONLY_ADDED = {
    "only-one-party-armed": ("Only Northland has nuclear weapons.", "Northland has nuclear weapons.",
                             f"{ONLY} Northland' where its cited passages give Northland with no 'only'"),
    "only-one-party-voted": ("Only Southland voted against the resolution.",
                             "Southland voted against the resolution on Tuesday.",
                             f"{ONLY} Southland' where its cited passages give Southland with no 'only'"),
    "only-a-figure": ("Northland lost only 40 soldiers in the offensive.",
                      "Northland lost 40 soldiers in the offensive.",
                      f"{ONLY} 40' where its cited passages give 40 with no 'only'"),
}


@pytest.mark.parametrize("sentence, passage, message", ONLY_ADDED.values(), ids=ONLY_ADDED.keys())
def test_an_only_the_source_does_not_say_is_refused(sentence: str, passage: str, message: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(each.startswith(message) for each in found), found


ONLY_SAID = {
    "alone": ("Only Northland has nuclear weapons.", "Northland alone has nuclear weapons."),
    "the-only-one": ("Only Northland has nuclear weapons.",
                     "Northland is the only one of the two with nuclear weapons."),
    "just-a-figure": ("Northland lost only 40 soldiers in the offensive.",
                      "Northland lost just 40 soldiers in the offensive."),
    "not-only": ("Not only Northland but also Southland has nuclear weapons.",
                 "Northland and Southland have nuclear weapons."),
    "only-after": ("Northland signed only after talks with Southland.",
                   "Northland signed after talks with Southland."),
}


@pytest.mark.parametrize("sentence, passage", ONLY_SAID.values(), ids=ONLY_SAID.keys())
def test_an_only_the_source_says_or_no_exclusive_only_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
