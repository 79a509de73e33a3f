"""Honest sentences still refused, each narrowed so that it builds while the misstatement its check was written for is
still refused (false positives are worse than misses):

1. A rate a deciding body sets is its act: "Osric EV will pay a duty of 35%." citing "Tarsk Motors will pay a duty of
   17%, Velar Automotive a duty of 21% and Osric EV a duty of 35%, the highest rate, because the company did not
   cooperate with the inquiry, the commission said." was refused as the commission's word (party_word.py); a sentence
   that is the levy alone, given by a deciding body, is its rate (explainer/own_acts.py, levy_set_by). "Osric EV did
   not cooperate with the inquiry" (its reason) and a side's word of a levy stay refused. (The gapped list's "will pay"
   is still read as Tarsk Motors' commitment alone by commitment_doers.py: see docs/checks.md.)
2. A department's brief names no party: "The health secretary may accept the plan, reject it or ask for an independent
   review." citing "..., the Department of Health said." was refused as a party's word, "Health" a word of the
   Wendale Valley Health Trust's and the council's health scrutiny committee's names (explainer/department_briefs.py,
   read by speakers.py). Citing "..., the Wendale Valley Health Trust said" it stays refused.
3. A level named by its time is no negated bound: "The company said passenger numbers had not returned to their level
   before the pandemic." citing "The company said ... passenger numbers had not yet recovered to their level before
   the pandemic." was refused as 'not ... before the pandemic' (sequence.py read "not ... before" as "after"); a
   "before" right after a level's noun ("their level", "its peak") tells which level. "... their level after the
   pandemic" stays refused.
4. French "y" is "there", no clause's end: "Aucun plafond ne descend sous 60 jours" citing "aucun plafond n'y descend
   sous 60 jours" (or "aucune commune ne peut y descendre sous 60 jours") was refused as a negation added, the
   passage's clause cut after "n'" at the Spanish "y" (and) (polarity.py). "Un plafond descend sous 60 jours" of it
   stays refused, as "Aucun plafond ne descend ..." of "les plafonds y descendent ..." does.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from support import found_in_language, read_as_project_locale, sentence_findings
from test_newuser_128 import PARTIES as HEALTH_PARTIES, PASSAGES as HEALTH
from test_newuser_135 import PARTIES as DUTY_PARTIES, PASSAGES as DUTIES

WORD_OF = "give only as the word of"


def english(sentence: str, passage: str, parties=(), published: str = "") -> list[str]:
    """Return the findings of an English sentence citing one passage."""
    read_as_project_locale(REPO, "en")
    return sentence_findings(sentence, (passage,), "en", parties, published=published)


def word_of(sentence: str, passage: str, parties, published: str = "") -> bool:
    """Say whether the build refuses a sentence citing one passage as a party's word told as fact."""
    return any(WORD_OF in finding for finding in english(sentence, passage, parties, published))


# 1. A rate a deciding body sets
RATES = DUTIES["RATES"]


@pytest.mark.parametrize("sentence", [
    "Osric EV will pay a duty of 35%.",
    "Osric EV pays a duty of 35%.",
    "Osric EV faces a duty of 35%.",
    "Osric EV will face a duty of 35%.",
    "Osric EV must pay a duty of 35%.",
    "Osric EV will pay the highest duty of 35%.",
    "Velar Automotive will pay a duty of 21%.",
    "Tarsk Motors will pay a duty of 17%.",
    "Osric EV will be charged a duty of 35%.",
    "Osric EV is subject to a duty of 35%.",
    "The commission set a duty of 35% for Osric EV.",
])
def test_a_rate_the_commission_sets_is_no_word_of_its(sentence: str):
    assert not word_of(sentence, RATES, DUTY_PARTIES, "2026-07-14"), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Osric EV did not cooperate with the inquiry.", RATES),
    ("Osric EV will pay a duty of 35% because it did not cooperate with the inquiry.", RATES),
    ("Osric EV will pay a duty of 35%.", "Osric EV will pay a duty of 35%, Tarsk Motors said."),
    ("Osric EV will pay a duty of 35%.", "Osric EV will pay a duty of 35%, Korvathi officials said."),
])
def test_the_reason_and_a_sides_word_of_a_levy_are_still_refused(sentence: str, passage: str):
    assert word_of(sentence, passage, DUTY_PARTIES, "2026-07-14"), sentence


def test_a_rate_given_to_another_carmaker_is_still_refused():
    assert english("Osric EV will pay a duty of 21%.", RATES, DUTY_PARTIES, "2026-07-14")


# 2. A department's brief
REVIEW = HEALTH["DH"]
BY_THE_TRUST = REVIEW.replace("the Department of Health said", "the Wendale Valley Health Trust said")


@pytest.mark.parametrize("sentence", [
    "The health secretary may accept the plan, reject it or ask for an independent review.",
    "The health secretary can accept the plan, reject it or ask for an independent review.",
    "The health secretary may accept or reject the plan.",
    "A decision is likely to take several months.",
    "The health secretary may ask for an independent review of the plan.",
    "The Department of Health says the health secretary may accept the plan, reject it or ask for an independent "
    "review.",
])
def test_the_department_of_health_is_no_party(sentence: str):
    assert not english(sentence, REVIEW, HEALTH_PARTIES, "2026-11-18"), sentence


@pytest.mark.parametrize("sentence", [
    "The health secretary may accept the plan, reject it or ask for an independent review.",
    "The health secretary may ask for an independent review of the plan.",
])
def test_the_trusts_word_is_still_refused(sentence: str):
    assert word_of(sentence, BY_THE_TRUST, HEALTH_PARTIES, "2026-11-18"), sentence


# 3. A level named by its time
FARES = ("The company said the increase was needed because its fuel and wage costs had grown by about 18% over two "
         "years, and that passenger numbers had not yet recovered to their level before the pandemic.")


@pytest.mark.parametrize("sentence", [
    "The company said passenger numbers had not returned to their level before the pandemic.",
    "The company said passenger numbers had not recovered to their level before the pandemic.",
    "The company said passenger numbers had not yet recovered to their level before the pandemic.",
    "The company said passenger numbers were not back to their level before the pandemic.",
    "The company said passenger numbers have not regained their level before the pandemic.",
    "According to the company, passenger numbers had not recovered to the level before the pandemic.",
    "The company said passenger numbers still had not reached their level before the pandemic.",
])
def test_a_level_before_the_pandemic_not_regained_builds(sentence: str):
    assert not english(sentence, FARES), sentence


@pytest.mark.parametrize("sentence", [
    "The company said passenger numbers had not returned to their level after the pandemic.",
    "The company said passenger numbers had recovered to their level after the pandemic.",
])
def test_the_level_after_the_pandemic_is_still_refused(sentence: str):
    assert english(sentence, FARES), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The result will not be final before the postal ballots are counted.",
     "The result will be final before the postal ballots are counted."),
])
def test_a_negated_bound_is_still_read(sentence: str, passage: str):
    assert english(sentence, passage), sentence


# 4. French "y"
@pytest.mark.parametrize("sentence, passage", [
    ("Aucun plafond ne descend sous 60 jours.", "Aucun plafond n'y descend sous 60 jours."),
    ("Aucun plafond ne descend sous 60 jours.", "Aucune commune ne peut y descendre sous 60 jours."),
    ("Aucun plafond ne descend sous 120 jours par an dans les pays voisins.",
     "Selon eux, aucun plafond n'y descend sous 120 jours par an."),
    ("Aucune commune ne peut descendre sous 60 jours.", "Aucune commune ne peut y descendre sous 60 jours."),
    ("Les plafonds ne descendent pas sous 60 jours.", "Aucun plafond n'y descend sous 60 jours."),
    ("Il n'y a pas de plafond sous 60 jours.", "Il n'y a aucun plafond sous 60 jours."),
    ("Les plafonds y descendent sous 60 jours.", "Les plafonds descendent sous 60 jours."),
    ("Les communes ne peuvent pas descendre sous 60 jours.", "Aucune commune ne peut y descendre sous 60 jours."),
])
def test_a_french_y_keeps_its_negation_in_its_clause(sentence: str, passage: str):
    assert not found_in_language("fr", sentence, passage), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Un plafond descend sous 60 jours.", "Aucun plafond n'y descend sous 60 jours."),
    ("Les plafonds descendent sous 60 jours.", "Aucun plafond n'y descend sous 60 jours."),
    ("Les communes peuvent descendre sous 60 jours.", "Aucune commune ne peut y descendre sous 60 jours."),
    ("Aucun plafond ne descend sous 60 jours.", "Les plafonds y descendent sous 60 jours."),
])
def test_a_negation_dropped_or_added_beside_y_is_still_refused(sentence: str, passage: str):
    assert found_in_language("fr", sentence, passage), sentence
