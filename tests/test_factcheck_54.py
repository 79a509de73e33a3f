"""A fifty-fourth fact-check: who did or said it, when the actor is not a party of the briefing.

Each of these built:
1. A speaker's word about its own deed told as done, the speaker no party: "The army captured the city." citing "The
   army said it had captured the city." (party_word.py read this of the parties alone). Now any speaker's "said
   it had ..." is its own word (explainer/own_deeds.py).
2. A seeming and its speaker both dropped: "The vaccine is safe." citing "Officials said the vaccine appeared safe in
   early trials." (likelihood.py read "appeared to", not "appeared safe"). Now explainer/appearances.py reads
   "appeared", "seemed", "looked", "was thought to be" and "in early trials", and names the speaker dropped too.
3. A deed moved between a party and a mediator: "The UN has called for a ceasefire." citing "Northland has called
   for a ceasefire." ("called" was read as a reporting word, which holds no doer's place in swapped.py), and "Northland
   and the UN agreed on a plan." citing "Northland rejected the UN's plan." (the UN named only as the plan's owner).
4. A rank swapped: "Northland is the larger of the two." citing "Southland is the larger of the two." (a form of
   "be" held no place); now "is the larger", "the largest", "the most populous" are a place in swapped.py.
5. A passage's two speakers' words swapped: "The information minister said the army would respond." citing the
   defense minister's words beside the information minister's (explainer/speaker_turns.py).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"),
           Party(id="un", name="United Nations", short_name="The UN", role="mediator"))
ARMY = "The army said it had captured the city."
VACCINE = "Officials said the vaccine appeared safe in early trials."
MINISTERS = ("Pakistan's Defense Minister Khawaja Asif said the army would respond, and the Information Minister, "
             "Attaullah Tarar, said talks were over.")
BOARD = ("The chief executive, Dana Ruiz, said profits had doubled, and the finance director, Omar Lee, said costs "
         "had risen sharply.")
OWN = "this sentence states as done what its cited passages give only as the word of"
SEEMED = "this sentence states as fact what its cited passages give only as it appeared"
NAMES = "this sentence names"
GIVES = "this sentence gives the words to"

MISSTATED = {
    # 1. a speaker's word about its own deed
    "army-captured": ("The army captured the city.", ARMY,
                      f"{OWN} the army about itself ('had captured the city')"),
    "police-arrested": ("Police arrested the leader.", "Police said they had arrested the leader.",
                        f"{OWN} Police about itself ('had arrested the leader')"),
    "company-repaid": ("The company repaid the loan.", "The company said it had repaid the loan.",
                       f"{OWN} the company about itself ('had repaid the loan')"),
    # 2. a seeming and its speaker dropped
    "vaccine-safe": ("The vaccine is safe.", VACCINE,
                     f"{SEEMED} ('appeared safe in early trials': '{VACCINE[:-1]}'), in the word of Officials"),
    "bridge-stable": ("The bridge is stable.", "Engineers said the bridge seemed stable after the quake.",
                      f"{SEEMED} ('seemed stable': 'Engineers said the bridge seemed stable after the quake'), in the "
                      "word of Engineers"),
    "suspect-thought": ("The suspect is dangerous.", "The suspect is thought to be dangerous, police said.",
                        f"{SEEMED} ('is thought to be dangerous': 'The suspect is thought to be dangerous'), in the "
                        "word of police"),
    "limited-test-dropped": ("The drug cut deaths by 30 percent.", "The drug cut deaths by 30 percent in early trials.",
                             "this sentence states as fact what its cited passages give only as it was seen in a "
                             "limited test ('in early trials'"),
    # 3. a deed moved between a party and a mediator
    "mediator-called-for": ("The UN has called for a ceasefire.", "Northland has called for a ceasefire.",
                            f"{NAMES} UN where its cited passages name Northland ('Northland has called')"),
    "side-called-off": ("Southland called off the talks.", "Northland called off the talks.",
                        f"{NAMES} Southland where its cited passages name Northland ('Northland called')"),
    "owner-joined-as-doer": ("Northland and the UN agreed on a plan.", "Northland rejected the UN's plan.",
                             "this sentence says Northland and UN agreed where its cited passages name UN only as the "
                             "owner of the plan ('Northland rejected the UN's plan')"),
    # 4. a rank swapped
    "larger-of-the-two": ("Northland is the larger of the two.", "Southland is the larger of the two.",
                          f"{NAMES} Northland where its cited passages name Southland ('Southland is the larger')"),
    "largest-party": ("Northland is the largest party.", "Southland is the largest party.",
                      f"{NAMES} Northland where its cited passages name Southland ('Southland is the largest')"),
    "most-populous": ("Northland is the most populous of the two.", "Southland is the most populous of the two.",
                      f"{NAMES} Northland where its cited passages name Southland ('Southland is the most populous')"),
    # 5. a speaker of a passage given another's words
    "office-given-anothers-words": ("The information minister said the army would respond.", MINISTERS,
                                    f"{GIVES} the information minister, but its cited passage gives them to "
                                    "Pakistan's Defense Minister Khawaja Asif, and other words to Attaullah Tarar"),
    "office-closing": ("The army would respond, the information minister said.", MINISTERS,
                       f"{GIVES} the information minister, but its cited passage gives them to Pakistan's Defense "
                       "Minister Khawaja Asif"),
    "name-given-anothers-words": ("Tarar said the army would respond.", MINISTERS,
                                  f"{GIVES} Tarar, but its cited passage gives them to Pakistan's Defense Minister "
                                  "Khawaja Asif"),
    "board-member": ("Lee said profits had doubled.", BOARD,
                     f"{GIVES} Lee, but its cited passage gives them to Dana Ruiz, and other words to Omar Lee"),
    "name-given-another-office": ("Asif, the information minister, said the army would respond.", MINISTERS,
                                  "this sentence calls Asif 'the information minister' where its cited passages call "
                                  "them 'Defense Minister'"),
}


@pytest.mark.parametrize("sentence, passage, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_whose_deed_or_word_misstated_is_refused(sentence: str, passage: str, message: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(each.startswith(message) for each in found), found
    assert all("\n" not in each for each in found)


HONEST = {
    "army-said": ("The army said it had captured the city.", ARMY),
    "army-says": ("The army says it captured the city.", ARMY),
    "by-its-own-account": ("The army captured the city, by its own account.", ARMY),
    "stated-then-said": ("The army captured the city on Monday.",
                         "The army captured the city on Monday. It said it had taken 200 prisoners."),
    "a-promise": ("The company plans to cut 5,000 jobs.", "The company said it would cut 5,000 jobs."),
    "vaccine-said-appeared": ("Officials said the vaccine appeared safe in early trials.", VACCINE),
    "vaccine-seemed-in-trials": ("In early trials the vaccine seemed safe, officials said.", VACCINE),
    "so-far-a-time": ("40 people have died.", "So far, 40 people have died."),
    "appeared-in-court": ("The minister appeared in court on Monday.", "The minister appeared in court on Monday."),
    "party-called-for": ("Northland has called for a ceasefire.", "Northland has called for a ceasefire."),
    "both-called-for": ("Northland and the UN called for a ceasefire.", "Northland and the UN called for a ceasefire."),
    "owner-kept": ("Northland rejected the UN's plan.", "Northland rejected the UN's plan."),
    "agreed-with": ("Northland and the UN agreed on a plan.", "Northland agreed with the UN on a plan."),
    "called-a-name": ("Southland called the strikes a violation.", "Southland called the strikes a violation."),
    "larger-kept": ("Southland is the larger of the two.", "Southland is the larger of the two."),
    "smaller-of-the-two": ("Northland is the smaller of the two.", "Southland is the larger of the two."),
    "office-kept": ("The defense minister said the army would respond.", MINISTERS),
    "name-kept": ("Tarar said talks were over.", MINISTERS),
    "closing-kept": ("Talks were over, the information minister said.", MINISTERS),
    "board-kept": ("Ruiz said profits had doubled.", BOARD),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_whose_deed_or_word_kept_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
