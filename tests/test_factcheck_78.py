"""A seventy-eighth fact-check: a deed turned into its opposite, "with" for "without", and a clause the source frames
as not meant or not known told as fact.

"Acme accepted the demand." citing "Acme rejected the demand." built: polarity.py reads "rejected" as a negation, but
compares words of five letters or more, and "Acme" is four. So did "approved" for "rejected", "confirmed" for
"denied", "allowed" for "banned", "opened" for "closed", "joined" for "left" and "supported" for "opposed", each way
round (opposite_deeds.py); "The talks ended with an agreement." citing "The talks ended without an agreement."
(with_without.py); and "Acme admitted fault." citing "The settlement does not mean that Acme admitted fault." or "It
is unclear whether Acme admitted fault." (framed_clauses.py). Honest neighbours keep building: the same words, a word
of the same side ("turned down" for "rejected", "agreed to" for "accepted"), both sides named, "without a deal" for
"without an agreement", "with no agreement", and the frame kept.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from support import sentence_findings, sides_and_firms

PARTIES = sides_and_firms()

TURNED = {
    "accepted-for-rejected": ("Acme accepted the demand.", "Acme rejected the demand.", "accepted", "rejected"),
    "rejected-for-accepted": ("Acme rejected the demand.", "Acme accepted the demand.", "rejected", "accepted"),
    "approved-for-rejected": ("Acme approved the plan.", "Acme rejected the plan.", "approved", "rejected"),
    "refused-for-agreed-to": ("Acme refused the terms.", "Acme agreed to the terms.", "refused", "agreed"),
    "ratified-for-rejected": ("Bolt ratified the deal.", "Bolt rejected the deal.", "ratified", "rejected"),
    "denied-for-admitted": ("Acme denied fault.", "Acme admitted fault.", "denied", "admitted"),
    "claims-denied-for-acknowledged": ("The claims were denied by Acme.", "Acme acknowledged the claims.", "denied",
                                       "acknowledged"),
    "confirmed-for-denied": ("Acme confirmed the report.", "Acme denied the report.", "confirmed", "denied"),
    "allowed-for-banned": ("Northland allowed the imports.", "Northland banned the imports.", "allowed", "banned"),
    "banned-for-permitted": ("Northland banned the rallies.", "Northland permitted the rallies.", "banned",
                             "permitted"),
    "opened-for-closed": ("Northland opened the border.", "Northland closed the border.", "opened", "closed"),
    "closed-for-reopened": ("Southland closed the crossing on Monday.", "Southland reopened the crossing on Monday.",
                            "closed", "reopened"),
    "joined-for-left": ("Northland joined the alliance.", "Northland left the alliance.", "joined", "left"),
    "left-for-joined": ("Northland left the alliance.", "Northland joined the alliance.", "left", "joined"),
    "supported-for-opposed": ("Southland supported the resolution.", "Southland opposed the resolution.",
                              "supported", "opposed"),
    "passive-approved-for-rejected": ("The plan was approved by Acme.", "Acme rejected the plan.", "approved",
                                      "rejected"),
}


@pytest.mark.parametrize("sentence, passage, said, theirs", TURNED.values(), ids=TURNED.keys())
def test_a_deed_turned_into_its_opposite_is_refused(sentence: str, passage: str, said: str, theirs: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    # named by the opposites check, or by the stance check that reads a short restating sentence first
    # (turned_stances.py: "tells as denied ('denied') what its cited passages give as admitted ('admitted')")
    assert any(message.startswith(f"this sentence says '{said}' where its cited passages say '{theirs}'")
               or (message.startswith(f"this sentence tells as {said} ('{said}')") and f"('{theirs}')" in message)
               for message in found), found


WITHOUT = {
    "with-an-agreement-for-without": ("The talks ended with an agreement.", "The talks ended without an agreement.",
                                      "with an agreement", "without an agreement"),
    "with-a-deal-for-without-an-agreement": ("The talks ended with a deal.", "The talks ended without an agreement.",
                                             "with a deal", "without an agreement"),
    "without-a-deal-for-with": ("The talks ended without a deal.", "The talks ended with a deal.", "without a deal",
                                "with a deal"),
    "with-casualties-for-without": ("The raid ended with casualties.", "The raid ended without casualties.",
                                    "with casualties", "without casualties"),
    "without-casualties-for-with": ("The raid ended without casualties.", "The raid ended with heavy casualties.",
                                    "without casualties", "with heavy casualties"),
    "with-a-party-for-without": ("Northland signed the accord with Southland.",
                                 "Northland signed the accord without Southland.", "with Southland",
                                 "without Southland"),
}


@pytest.mark.parametrize("sentence, passage, said, theirs", WITHOUT.values(), ids=WITHOUT.keys())
def test_a_thing_had_told_as_lacked_is_refused(sentence: str, passage: str, said: str, theirs: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert f"this sentence says '{said}' where its cited passages say '{theirs}': \"{sentence}\"" in found, found


FRAMED = {
    "does-not-mean-that": ("Acme admitted fault.", "The settlement does not mean that Acme admitted fault.",
                           "does not mean that"),
    "does-not-mean": ("Acme admitted liability.", "The payment doesn't mean Acme admitted liability, its lawyers said.",
                      "doesn't mean"),
    "unclear-whether": ("Acme admitted fault.", "It is unclear whether Acme admitted fault.", "unclear whether"),
    "not-known-if": ("Northland moved troops to the border.",
                     "It is not known if Northland moved troops to the border.", "not known if"),
    "not-an-admission": ("Bolt breached the contract.",
                         "The payment is not an admission that Bolt breached the contract.",
                         "is not an admission that"),
    "undone-under-no-evidence": ("Acme did not admit fault.", "There is no evidence that Acme admitted fault.",
                                 "no evidence that"),
}


@pytest.mark.parametrize("sentence, passage, frame", FRAMED.values(), ids=FRAMED.keys())
def test_a_clause_framed_as_not_meant_or_not_known_told_as_fact_is_refused(sentence: str, passage: str, frame: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence states as fact what its cited passages give only after '{frame}'")
               for message in found), found


HONEST = {
    "same-words": ("Acme rejected the demand.", "Acme rejected the demand."),
    # a thing denied in the passive is one refused, no claim denied (test_factcheck_77's "passive")
    "application-denied-beside-admitted": ("Acme's visa application was denied.",
                                           "Acme admitted that its visa application had errors."),
    "turned-down-for-rejected": ("Acme turned down the demand.", "Acme rejected the demand."),
    "refused-for-rejected": ("Acme refused the demand.", "Acme rejected the demand."),
    "agreed-to-for-accepted": ("Acme agreed to the demand.", "Acme accepted the demand."),
    "both-named": ("Acme accepted one demand and rejected another.",
                   "Acme accepted one demand and rejected another."),
    "one-side-of-both": ("Bolt rejected the plan.", "Acme approved the plan, which Bolt rejected."),
    "another-subject": ("The union rejected the offer.", "The union rejected the offer that the board accepted."),
    "negated-kept": ("Acme did not accept the demand.", "Acme rejected the demand."),
    "market-opened-higher": ("Shares in Acme closed 3% higher.", "Shares in Acme opened 2% lower and closed 3% higher."),
    "left-dead": ("The blast left 12 dead.", "The blast left 12 dead, and rescuers joined the search."),
    "without-a-deal-for-without-an-agreement": ("The talks ended without a deal.",
                                                "The talks ended without an agreement."),
    "with-no-agreement": ("The talks ended with no agreement.", "The talks ended without an agreement."),
    "with-little-progress": ("The talks ended with little progress.", "The talks ended without progress."),
    "met-with": ("Northland met with Southland.", "Northland met with Southland without the mediators."),
    "frame-kept": ("The settlement does not mean Acme admitted fault.",
                   "The settlement does not mean that Acme admitted fault."),
    "unclear-kept": ("Whether Acme admitted fault is unclear.", "It is unclear whether Acme admitted fault."),
    "undone-said": ("Acme did not admit fault.", "Acme did not admit fault."),
    "means-that": ("Acme admitted fault.", "The settlement means that Acme admitted fault."),
    "stated-plainly-too": ("Acme admitted fault.",
                           "Acme admitted fault in 2019. The settlement does not mean that Acme admitted fault again."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_rewording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
