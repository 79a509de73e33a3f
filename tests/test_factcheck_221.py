"""A maternity unit's closure briefing's leftovers (tests/fixtures/newuser_128; tests/test_newuser_128.py's LEFTOVER):

1. A way from a place a passage gives through the site standing there: "The trust proposes moving all births from
   Elmsford Community Hospital to Castleton General Hospital" citing "moving all births from the maternity unit at
   Elmsford Community Hospital to Castleton General Hospital" was refused as "give no way from Elmsford Community
   Hospital" (explainer/places.py); the way turned ("from Castleton ... to Elmsford") stays refused.
2. A date's bound gives its superlative: a timeline's "The earliest the trust says the unit would close." citing
   "would close no earlier than April 2027" was refused as a superlative no passage uses (explainer/attribution.py);
   "earliest" of "in April 2027" or "no later than April 2027" stays refused.
3. A refusal denied by its verb restates one denied by its noun: "The plan was referred, not rejected" and "The
   referral does not mean the committee rejected the plan" citing "A referral is not a rejection" were refused as
   dropping its negation (explainer/refusal_denied_as_noun.py, read by polarity.py).
4. A passage's "It says" names the party the sentence before opens on: "The trust says the Elmsford unit delivers
   about 1,400 babies a year" (the campaign's figure given to the trust) and "The Elmsford unit delivered 1,400 babies
   last year" (told as fact) citing "The trust says ... about 1,150 babies a year ... The campaign group Save Elmsford
   Births disputes that figure. It says the unit delivered 1,400 babies last year" built (explainer/pronoun_speakers.py,
   called from cite.py).
5. Who referred to whom swapped: "The health secretary has referred the plan to the committee" citing "The health
   scrutiny committee ... voted by seven votes to two to refer the plan to the health secretary" built
   (explainer/referral_direction.py, called from swapped.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, edit, sentence_findings
from test_newuser_128 import FIXTURE, PARTIES, SLUG, found


# 1. A way from the place a site stands at
@pytest.mark.parametrize("sentence", [
    "The trust proposes moving all births from Elmsford Community Hospital to Castleton General Hospital.",
    "Births would move from Elmsford Community Hospital to Castleton, 34 miles away.",
    "The plan would move births from Elmsford to Castleton.",
    "The trust wants to move all births from the Elmsford unit to Castleton General Hospital, 34 miles away.",
])
def test_a_way_from_the_place_a_site_stands_at_builds(sentence: str):
    assert found("LEAD", sentence) == [], sentence


def test_a_way_turned_stays_refused():
    assert any("give no way from Castleton" in finding for finding in found(
        "LEAD", "The trust proposes moving all births from Castleton General Hospital to Elmsford Community Hospital."))


# 2. "no earlier than" gives "earliest"
@pytest.mark.parametrize("sentence", [
    "The earliest the trust says the unit would close is April 2027.",
    "The trust says the earliest the unit would close is April 2027.",
])
def test_earliest_of_no_earlier_than_is_no_superlative_unbacked(sentence: str):
    assert not any("superlative" in finding for finding in found("NOTFINAL", sentence)), sentence


@pytest.mark.parametrize("passage", ["The trust said the unit would close in April 2027.",
                                     "The trust said the unit would close no later than April 2027."])
def test_earliest_of_no_floor_stays_refused(passage: str):
    assert any('superlative "earliest"' in finding for finding in sentence_findings(
        "The earliest the trust says the unit would close is April 2027.", (passage,), "en", PARTIES))


def test_the_timeline_row_of_the_earliest_closure_builds(tmp_path: Path):
    """Through the front door: the new user's timeline `what` with its bound in `when`."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / "timeline.yaml", "what: The trust says the unit would close no earlier than April "
         "2027.", "what: The earliest the trust says the unit would close.")
    edit(desk / "content" / SLUG / "timeline.yaml", "what: The trust's board votes to recommend moving all births to",
         "what: The trust's board votes to recommend moving all births from Elmsford Community Hospital to")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


# 3. "not rejected" of "not a rejection"
@pytest.mark.parametrize("sentence", [
    "The plan was referred, not rejected.",
    "The referral does not mean the committee rejected the plan.",
    "The committee did not reject the plan.",
    "The committee has not rejected the plan outright.",
    "Councillor Priya Nandra said the referral was not a rejection.",
    "The committee referred the plan rather than rejecting it.",
])
def test_a_refusal_denied_by_its_verb_restates_its_noun_denied(sentence: str):
    assert found("REF", sentence) == [], sentence


def test_a_rejection_told_stays_refused():
    passage = '"A referral is not a rejection," she said.'
    assert any("negation" in finding for finding in sentence_findings(
        "She said the referral was a rejection.", (passage,), "en", PARTIES))


# 4. "It says" names its party
@pytest.mark.parametrize("sentence, told", [
    ("The trust says the Elmsford unit delivers about 1,400 babies a year.", "give it to Save Elmsford Births"),
    ("The trust says the unit delivered 1,400 babies last year.", "give it to Save Elmsford Births"),
    ("The Elmsford unit delivered 1,400 babies last year.", "only as the word of Save Elmsford Births"),
])
def test_the_campaigns_figure_given_to_the_trust_or_told_as_fact_is_refused(sentence: str, told: str):
    assert any(told in finding for finding in found("BIRTHS", sentence)), found("BIRTHS", sentence)


@pytest.mark.parametrize("sentence", [
    "The trust says the unit delivers about 1,150 babies a year.",
    "Campaigners put last year's births at 1,400.",
    "Save Elmsford Births counted 1,400 births at the unit last year.",
    "The campaign disputes the trust's figure of about 1,150 births a year.",
])
def test_each_figure_given_to_its_own_speaker_builds(sentence: str):
    assert found("BIRTHS", sentence) == [], sentence


@pytest.mark.parametrize("passage", [
    # "It" is the trust itself: its own second figure
    "The trust says the unit delivers about 1,150 babies a year. It says the unit delivered 1,400 babies last year.",
    # the sentence before opens on a report, not a party: "It" left unread
    "The trust says the unit delivers about 1,150 babies a year. The report by the campaign disputes this. It says "
    "the unit delivered 1,400 babies last year.",
])
def test_it_says_of_the_same_speaker_or_of_no_party_builds(passage: str):
    assert sentence_findings("The trust says the unit delivered 1,400 babies last year.", (passage,), "en",
                             PARTIES) == []


# 5. Who referred to whom
@pytest.mark.parametrize("sentence", [
    "The health secretary has referred the plan to the committee.",
    "The health secretary referred the plan to the scrutiny committee.",
    "The plan was referred to the committee by the health secretary.",
])
def test_who_referred_to_whom_swapped_is_refused(sentence: str):
    assert any("refer it to 'committee'" in finding for finding in found("REF", sentence)), found("REF", sentence)


@pytest.mark.parametrize("sentence", [
    "The committee has referred the plan to the health secretary.",
    "The plan was referred to the health secretary by the committee.",
    "The health scrutiny committee voted seven to two to refer the plan to the health secretary.",
    "Councillors referred the plan to the health secretary.",
    "The health secretary must now decide on the plan the committee referred to her.",
    "After the committee referred the plan to the health secretary, she has the final say.",
    "The plan has been referred to the health secretary.",
])
def test_a_referral_kept_builds(sentence: str):
    assert found("REF", sentence) == [], sentence


def test_a_referral_sent_back_builds():
    passage = "The committee referred the plan to the health secretary, who referred it back to the committee."
    assert sentence_findings("The health secretary referred the plan back to the committee.", (passage,), "en",
                             PARTIES) == []
