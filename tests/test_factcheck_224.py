"""A data-breach briefing's leftovers (tests/test_newuser_130.py, fixture tests/fixtures/newuser_130):

1. Refused though honest: "As far as Brambletons knows, no payment card data was taken." citing "Brambletons said that
   no payment card data was taken, as far as it knows." was refused as the company's word told as fact: "as far as X
   knows" (or "is aware", "to X's knowledge") now names whose word it states (explainer/attribution.py).
2. Refused though honest: "No class action has yet been filed in court." citing "Two law firms ... say they are
   preparing a class action ... No claim has yet been filed in court." was read as a negation added to "preparing a
   class action": a case said not yet filed restates the same case being prepared or planned
   (explainer/legal_action_to_come.py, read by explainer/polarity.py).
3. Built: "No card details were stolen in the attack." citing the same passage as 1 dropped the company's word and its
   "as far as it knows": "details", "information" are read as "data", "stolen", "took", "copied" as "taken" when
   knowledge_hedges.py finds the sentence restated (explainer/knowledge_hedges.py).
4. Built: "Brambletons faces a fine of £18m." (or "an £18m fine") citing "faces a provisional fine of £18m": a fine's
   figure named without the "provisional" or "proposed" that every cited mention of that figure's fine carries, and
   no word keeping it open ("may be reduced", "if confirmed", "could"), is refused (explainer/provisional_fines.py).
5. Built: "The regulator said Grey Lantern's claim was true." citing "the regulator said it had seen no evidence to
   support it": a speaker called to find a claim true, accurate or correct where its own clause in the passage has
   no evidence for it (or calls it "not credible") is refused (explainer/knowledge_hedges.py).

Each with honest twins that build. Left: "If the fine is confirmed, ..." is refused by vouching_verbs.py (not owned).
"""

from __future__ import annotations

import pytest

from support import findings_in_language
from test_newuser_130 import found


@pytest.mark.parametrize("key, sentence", [
    ("CARDS", "As far as Brambletons knows, no payment card data was taken."),
    ("CARDS", "As far as Brambletons is aware, no card data was stolen."),
    ("CARDS", "So far as the company knows, no payment card data was taken."),
    ("CARDS", "To Brambletons' knowledge, no payment card data was taken."),
    ("CARDS", "No card details were stolen, as far as the company knows."),
    ("CARDS", "Brambletons believes no card details were stolen."),
    ("CARDS", "The company said card details were not stored on the affected server."),
    ("CARDS", "It is not yet known how many records were copied by the attackers."),
    ("CLASS", "No class action has yet been filed in court."),
    ("CLASS", "No class action has been filed yet."),
    ("CLASS", "The law firms have not yet filed a class action."),
    ("CLASS", "Carrick Lowe and Penhale Partners have yet to file a class action."),
    ("CLASS", "Two law firms are preparing a class action, though none has yet been filed in court."),
    ("LEAD", "Brambletons faces a provisional fine of £18m."),
    ("LEAD", "The ISO has proposed an £18m fine."),
    ("LEAD", "Brambletons could be fined £18m."),
    ("LEAD", "The regulator intends to fine Brambletons £18m."),
    ("LEAD", "The provisional £18m fine follows a cyber-attack last year."),
    ("LEAD", "Brambletons faces an £18m provisional fine over a breach that exposed up to 2.4 million customers' records."),
    ("LANTERN", "The regulator said it had seen no evidence that Grey Lantern's claim was true."),
    ("LANTERN", "The regulator said it had seen no evidence to support Grey Lantern's claim."),
    ("LANTERN", "Brambletons called Grey Lantern's figure not credible."),
    ("LANTERN", "Grey Lantern says its claim is true."),
    ("LANTERN", "Neither Brambletons nor the regulator accepted the hacking group's claim."),
])
def test_honest_sentences_build(key: str, sentence: str):
    """Fixes 1 and 2, and the honest twins of fixes 3 to 5."""
    assert found(key, sentence) == [], sentence


@pytest.mark.parametrize("sentence", [
    "No card details were stolen in the attack.",
    "No card details were stolen.",
    "No payment card information was stolen.",
])
def test_card_details_stolen_without_the_hedge_is_refused(sentence: str):
    """Fix 3."""
    assert any("drops the limit" in finding for finding in found("CARDS", sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Brambletons faces a fine of £18m.",
    "Brambletons faces an £18m fine.",
    "Brambletons faces an £18 million fine from the Information Standards Office.",
    "The £18m fine follows a cyber-attack last year.",
])
def test_a_provisional_fines_word_dropped_is_refused(sentence: str):
    """Fix 4."""
    assert any("drops the word its cited passages give the fine" in finding for finding in found("LEAD", sentence))


@pytest.mark.parametrize("sentence", [
    "The regulator said Grey Lantern's claim was true.",
    "The regulator says the hackers' claim is accurate.",
])
def test_no_evidence_told_as_a_claim_found_true_is_refused(sentence: str):
    """Fix 5."""
    assert any("call a claim" in finding for finding in found("LANTERN", sentence)), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The council faces a £5m fine.", "The council faces a potential fine of £5m."),
    ("The bank paid a £5m fine.", "The bank paid a £5m fine. The regulator set out a proposed fine of £5m for its "
     "rival."),
    ("Acme faces a fine of up to £3m.", "Acme faces a provisional fine of £3m."),
    ("The watchdog set a fine of £3m in its draft decision.", "The watchdog set a provisional fine of £3m in its draft "
     "decision."),
    ("Grey Lantern says its claim is true.", "Grey Lantern claimed 9 million records, and Brambletons called that "
     "figure not credible."),
    ("The police said the claim was true.", "The police said the claim was true. The company said it had seen no "
     "evidence for it."),
    ("The police said the account was accurate.", "The police said they had found no evidence of foul play; they "
     "said the account was accurate."),
    ("No class action has been filed.", "No class action has been filed."),
])
def test_the_rules_read_only_what_they_name(sentence: str, passage: str):
    assert findings_in_language("en", sentence, passage) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Two law firms are not preparing a class action.", "Two law firms say they are preparing a class action."),
    ("The minister said the report's figures were correct.", "The minister said he had seen no evidence to support "
     "the figures."),
])
def test_misstatements_nearby_stay_refused(sentence: str, passage: str):
    assert findings_in_language("en", sentence, passage), sentence
