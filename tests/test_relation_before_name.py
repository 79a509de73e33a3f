"""A buyer and what it buys kept apart, through a relation named before the name (explainer/swapped.py), and a
purchase "to be" made kept undone (explainer/commitments.py).

A new user's merger briefing found "Fresco Markets has agreed to buy Harbour Foods for £2.1bn." built, citing "has
agreed to buy its smaller rival Fresco Markets for £2.1bn": the swapped-parties check read Fresco's place as the word
before its name, "rival", not "buy". A relation owned before a name ("its smaller rival", "their neighbour", "the
parent") is now passed over, so Fresco holds the place of "buy", which the sentence gives Harbour. And "Fresco
Markets is to be bought for £2.1bn" was refused as telling the purchase done: "is to be", as "will", keeps it to come.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="harbour", name="Harbour Foods", aliases=("Harbour",)),
           Party(id="fresco", name="Fresco Markets", aliases=("Fresco",)))
DEAL = "has agreed to buy its smaller rival Fresco Markets for £2.1bn, the two companies said on Wednesday"
WHOLE = ("Harbour Foods, Britain's fifth-largest grocer, has agreed to buy its smaller rival Fresco Markets for £2.1bn, "
         "the two companies said on Wednesday.")
TWINS = (Party(id="north", name="Northland"), Party(id="south", name="Southland"))
JETS = "has agreed to sell its larger neighbour Southland 40 fighter jets, officials said"


@pytest.mark.parametrize("passage, sentence, parties", [
    (DEAL, "Fresco Markets has agreed to buy Harbour Foods for £2.1bn.", PARTIES),
    (WHOLE, "Fresco Markets has agreed to buy Harbour Foods for £2.1bn.", PARTIES),
    (JETS, "Southland has agreed to sell Northland 40 fighter jets.", TWINS),
])
def test_a_party_swapped_past_a_relation_is_named(passage, sentence, parties):
    found = sentence_findings(sentence, (passage,), "en", parties)
    assert any("this sentence names" in finding for finding in found), found


@pytest.mark.parametrize("passage, sentence, parties", [
    (DEAL, "Harbour Foods has agreed to buy Fresco Markets for £2.1bn.", PARTIES),
    (WHOLE, "Harbour Foods has agreed to buy its rival Fresco Markets for £2.1bn.", PARTIES),
    (WHOLE, "Harbour Foods plans to buy Fresco Markets, its smaller rival, for £2.1bn.", PARTIES),
    (DEAL, "Fresco Markets is to be bought for £2.1bn.", PARTIES),
    (WHOLE, "Fresco Markets is due to be bought by Harbour Foods for £2.1bn.", PARTIES),
    (JETS, "Northland has agreed to sell Southland 40 fighter jets.", TWINS),
])
def test_the_parties_kept_build(passage, sentence, parties):
    assert sentence_findings(sentence, (passage,), "en", parties) == []


def test_a_purchase_told_done_is_still_refused():
    found = sentence_findings("Harbour Foods bought Fresco Markets for £2.1bn.", (WHOLE,), "en", PARTIES)
    assert any("tells as done" in finding for finding in found), found
