"""A source's "could not be independently verified" or "has not been peer reviewed" kept (explainer/unverified.py,
read by attribution.py's hedges).

"Rebels seized the airport on Tuesday." citing "Rebels seized the airport on Tuesday, though this could not be
independently verified." built, and so did a vaccine's efficacy citing "preliminary data that has not been peer
reviewed": a hedge of several words went unread. Such a hedge is kept by a reporting word, a hedge of the sentence's
own, or words of checking it with a negation; a confirmation is none, and "the date has not been confirmed" hedges
only the date. A claim's words are its claimant's already: a claim citing "The association said 8,000 jobs had been
lost. Its figures could not be independently verified." builds as the association's (status: claim).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from support import item_findings, sentence_findings

AIRPORT = "Rebels seized the airport on Tuesday, though this could not be independently verified."
VACCINE = ("The vaccine was 71% effective at preventing hospitalisation in people over 65, according to preliminary "
           "data that has not been peer reviewed.")
CASUALTIES = "Army officials said 40 fighters were killed; Reuters could not independently verify the figure."
TOLL = "At least 14 people died in the blast, but the toll could not be confirmed."
UNABLE = "The group said it had freed 30 hostages. The BBC was unable to verify the claim."
DATE = "Talks are expected in Geneva next week, though the date has not been confirmed."
CONFIRMED = "The ministry confirmed the death toll at 14, and the figure has been verified by the UN."

REFUSED = [
    ("Rebels seized the airport on Tuesday.", AIRPORT),
    ("On Tuesday the rebels took the airport.", AIRPORT),
    ("The vaccine was 71% effective at preventing hospitalisation in people over 65.", VACCINE),
    ("The vaccine was 71% effective at preventing hospitalisation in people over 65, peer-reviewed data show.",
     VACCINE),
    ("40 fighters were killed.", CASUALTIES),
    ("At least 14 people died in the blast.", TOLL),
    ("Thirty hostages were freed.", UNABLE),
]

BUILT = [
    ("Rebels seized the airport on Tuesday, a claim that could not be verified.", AIRPORT),
    ("Rebels reportedly seized the airport on Tuesday.", AIRPORT),
    ("Preliminary, not yet peer-reviewed data put the vaccine's efficacy against hospitalisation at 71% in people over "
     "65.", VACCINE),
    ("The vaccine was 71% effective at preventing hospitalisation in people over 65, according to preliminary data.",
     VACCINE),
    ("Army officials said 40 fighters were killed.", CASUALTIES),
    ("The army's figure of 40 fighters killed could not be independently verified.", CASUALTIES),
    ("At least 14 people died in the blast, though the toll was not confirmed.", TOLL),
    ("The group said it had freed 30 hostages, which the BBC could not verify.", UNABLE),
    ("Talks are expected in Geneva next week.", DATE),
    ("The death toll was 14, the ministry said.", CONFIRMED),
    ("The death toll has been confirmed at 14.", CONFIRMED),
]


@pytest.mark.parametrize("sentence, passage", REFUSED, ids=[case[0][:50] for case in REFUSED])
def test_words_the_source_could_not_verify_told_as_fact_are_refused(sentence, passage):
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert findings and "the source gives this only as" in findings[0], findings


@pytest.mark.parametrize("sentence, passage", BUILT, ids=[case[0][:50] for case in BUILT])
def test_the_hedge_kept_a_reporting_word_or_a_confirmation_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


ASSOCIATION = ("The association said 8,000 jobs had been lost since March. Its figures could not be independently "
               "verified.")


def test_a_claim_is_its_claimants_word_already_and_the_same_words_as_fact_are_refused():
    claim = "8,000 jobs have been lost since March."
    assert item_findings(claim, (ASSOCIATION,), "en", (), by_claimant=True) == []
    refused = item_findings(claim, (ASSOCIATION,), "en", ())
    assert refused and "could not be independently verified" in refused[0], refused
    assert "locale lists" not in refused[0]  # a rule's hedge: no advice to list a locale's words
