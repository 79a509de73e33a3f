"""Where a suit was filed is the reporter's fact, what it alleges the suit's word: a subject's appositive ("The
lawsuit, filed in Harlan County District Court, alleges that ...") is a plain clause of its own.

A lawsuit briefing's "The case was filed in Harlan County District Court." was refused as "the source gives this as
someone's word ('alleges'), but it is worded as fact" (explainer/plain_clauses.py).
"""

from __future__ import annotations

import pytest

from support import sentence_findings

SUIT = ("The lawsuit, filed in Harlan County District Court, alleges that Aqualine knew of the problem as early as "
        "2019 but failed to replace 4,200 lead service lines.")
COMPLAINT = "The complaint, filed by the union on Monday, alleges that 300 workers were underpaid."


@pytest.mark.parametrize("sentence, passage", [
    ("The case was filed in Harlan County District Court.", SUIT),
    ("The lawsuit alleges Aqualine failed to replace 4,200 lead service lines.", SUIT),
    ("The union filed the complaint on Monday.", COMPLAINT),
])
def test_the_appositives_fact_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("sentence, passage", [
    ("Aqualine knew of the problem as early as 2019.", SUIT),
    ("Aqualine failed to replace 4,200 lead service lines.", SUIT),
    ("300 workers were underpaid.", COMPLAINT),
])
def test_what_the_suit_or_report_says_is_still_its_word(sentence, passage):
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert any("someone's word" in finding for finding in findings), findings


DISMISSED = "The complaint alleges that 300 workers were unlawfully dismissed by the company last year."
ESTIMATE = "The union claims the closure will cost 500 jobs."


@pytest.mark.parametrize("sentence, passage", [
    ("The company unlawfully dismissed 300 workers last year.", DISMISSED),
    ("300 workers were dismissed.", DISMISSED),
])
def test_a_dismissal_told_as_fact_is_no_word_dismissed(sentence, passage):
    """"Dismissed" names whose judgement follows only where something said is dismissed ("dismissed the claims",
    "dismissed ... as scaremongering"): an alleged dismissal of workers told as fact built."""
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert any("someone's word ('alleges')" in finding for finding in findings), findings


@pytest.mark.parametrize("sentence", [
    "Okafor dismissed the union's estimate of 500 jobs as scaremongering.",
    "The minister dismissed the claim that the closure will cost 500 jobs.",
])
def test_a_claim_dismissed_still_says_whose_word_it_is(sentence):
    assert sentence_findings(sentence, (ESTIMATE,), "en", ()) == []
