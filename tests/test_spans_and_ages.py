"""A health briefing's honest paraphrases of a trial: "over three years" after a noun is the span the trial ran, an
age "older than 75" is "over 75", and "did not include anyone over 75" bounds no one's age at 75.

"The trial enrolled 3,200 adults and ran for three years." citing "the drug cut the risk of heart attack by 18%
compared with a placebo over three years" was refused as leaving out the qualifier "over three"; "The trial left out
people older than 75" citing "excluded people over 75" as leaving out "over 75"; "the study did not include anyone
over 75" as contradicting it (explainer/qualifiers.py).
"""

from __future__ import annotations

import pytest

from support import sentence_findings

TRIAL = ("In the trial of 3,200 adults, the drug cut the risk of heart attack by 18% compared with a placebo over three "
         "years, the company said.")
EXCLUDED = ("Independent experts cautioned that the trial excluded people over 75, who make up a large share of heart "
            "patients.")


@pytest.mark.parametrize("sentence, passage", [
    ("The trial enrolled 3,200 adults and ran for three years, the company said.", TRIAL),
    ("Prices rose 5% in two years.", "Prices rose 5% over two years."),
    ("The trial left out people older than 75, experts noted.", EXCLUDED),
    ("Outside experts warned that the study did not include anyone over 75.", EXCLUDED),
])
def test_a_span_or_an_age_told_as_the_source_means_it_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("sentence, passage, said", [
    # "over" a span after a verb of length, "for", or before "ago", is still "more than"
    ("The strike lasted three years.", "The strike lasted over three years.", "leaves out the qualifier"),
    ("He has lived there for three years.", "He has lived there for over three years.", "leaves out the qualifier"),
    ("The dispute began three years ago.", "The dispute began over three years ago.", "leaves out the qualifier"),
    ("The project took three years.", "The project took over three years.", "leaves out the qualifier"),
    # an age bound turned, or moved
    ("The trial left out people younger than 75.", EXCLUDED, "contradicts"),
    ("The trial left out people older than 65, experts noted.", EXCLUDED, 'figure "65" is not in the passages'),
    # a negation right before the bound still turns it
    ("Officials said no more than 40 people died.", "Officials said more than 40 people died.", "contradicts"),
    ("The fund should not earn more than 9%.", "The fund should earn more than 9%.", "contradicts"),
])
def test_a_bound_dropped_or_turned_is_still_refused(sentence, passage, said):
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert any(said in finding for finding in findings), findings
