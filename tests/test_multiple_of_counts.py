"""A multiple said of two counts of one noun the cited passages give is their ratio, named or not.

A fact-checker's paraphrase of the real briefing's source, "Pakistan has almost four times as many active personnel
as the Taliban." citing "Pakistan has 660,000 active personnel ..." and "... with only 172,000 active personnel.",
was refused as 'figure "four" is not in the passages': a whole multiple was read only where the sentence names both
figures, as any two of a passage's figures make some ratio. Two counts of one noun, and only two, are the pair such a
multiple compares (computed.py); its bound says on which side ("more than four times" of 3.84 is refused). A
ratio to one says a multiple too: "outnumber the Taliban's by almost four to one", "4-to-1".
"""

from __future__ import annotations

import pytest

from support import sentence_findings

PAKISTAN = ("Pakistan has 660,000 active personnel in its defense forces, of whom 560,000 are in the army, 70,000 are "
            "in the air force, and 30,000 are in the navy.")
TALIBAN = "The strength of the Afghan Taliban's military is thinner, with only 172,000 active personnel."
PLANS = "The group has, however, announced plans to expand its armed forces to 200,000 active personnel."
TWO_COUNTS = (PAKISTAN, TALIBAN)


@pytest.mark.parametrize("sentence", [
    "Pakistan has almost four times as many active personnel as the Taliban.",
    "Pakistan's forces are nearly four times the size of the Taliban's.",
    "Pakistan has four times as many active personnel as the Taliban.",
    "Pakistan has 488,000 more active personnel than the Taliban.",  # a difference, as before
    # a multiple as a ratio to one
    "Pakistan's forces outnumber the Taliban's by almost four to one.",
    "Pakistan's forces outnumber the Taliban's nearly 4 to 1.",
    "Pakistan's forces outnumber the Taliban's by almost 4-to-1.",
])
def test_a_multiple_of_the_two_counts_of_one_noun_builds(sentence):
    assert sentence_findings(sentence, TWO_COUNTS, "en", ()) == []


@pytest.mark.parametrize("sentence, passages, figure", [
    ("Pakistan has five times as many active personnel as the Taliban.", TWO_COUNTS, '"five"'),
    ("Pakistan has more than four times as many active personnel as the Taliban.", TWO_COUNTS, '"four"'),
    ("Pakistan has almost three times as many active personnel as the Taliban.", TWO_COUNTS, '"three"'),
    ("Pakistan's forces outnumber the Taliban's by almost five to one.", TWO_COUNTS, '"five"'),
    ("Pakistan's forces outnumber the Taliban's 6 to 1.", TWO_COUNTS, '"6"'),
    # three counts of the noun say no pair apart: the multiple must name its figures
    ("Pakistan has almost four times as many active personnel as the Taliban.", (*TWO_COUNTS, PLANS), '"four"'),
    # a count of another noun is no operand
    ("Pakistan has almost four times as many active personnel as the Taliban.",
     (PAKISTAN, "The Taliban has 172,000 fighters."), '"four"'),
])
def test_a_multiple_no_pair_of_counts_gives_is_refused(sentence, passages, figure):
    findings = sentence_findings(sentence, passages, "en", ())
    assert any(f"figure {figure} is not in the passages" in finding for finding in findings), findings
