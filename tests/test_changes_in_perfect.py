"""A change's way turned in a perfect or a progressive, with no figure beside it (explainer/opposites.py's pairs).

newuser_128 (a maternity unit's closure) found "Births at Elmsford have risen in each of the past five years,
according to the trust." building, citing "Births at Elmsford have fallen in each of the past five years, according
to the trust.": opposites.py read "rose" against "fell" only, in the simple past and present. "have risen", "are
rising" and "have been falling" are read now, each against the other way's forms; the same way, and a word of
another sense ("the fallen soldiers"), build.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

BIRTHS = ("Births at Elmsford have fallen in each of the past five years, according to the trust. The campaign says "
          "the fall is partly because the trust has already steered women towards Castleton.")
PRICES = "Food prices have been rising since January, the statistics office said."


@pytest.mark.parametrize("sentence, passage, told", [
    ("Births at Elmsford have risen in each of the past five years, according to the trust.", BIRTHS, "risen"),
    ("Births at Elmsford have risen in each of the past five years.", BIRTHS, "risen"),
    ("Births at Elmsford are rising, according to the trust.", BIRTHS, "rising"),
    ("Births at Elmsford rose in each of the past five years, the trust says.", BIRTHS, "rose"),
    ("Food prices have been falling since January, the statistics office said.", PRICES, "falling"),
    ("Food prices have fallen since January, the statistics office said.", PRICES, "fallen"),
])
def test_a_change_turned_in_a_perfect_or_progressive_is_refused(sentence, passage, told):
    found = sentence_findings(sentence, (passage,), "en", ())
    assert any(f"says '{told}' where its cited passages say" in finding for finding in found), found


@pytest.mark.parametrize("sentence, passage", [
    ("Births at Elmsford have fallen in each of the past five years, according to the trust.", BIRTHS),
    ("Births at Elmsford have been falling for five years, the trust says.", BIRTHS),
    ("The trust says births at Elmsford fell in each of the past five years.", BIRTHS),
    ("Food prices have risen since January, the statistics office said.", PRICES),
    ("Wages have fallen while prices have risen sharply.", "Prices have risen sharply and wages have fallen."),
    ("The fallen soldiers were honoured on Sunday.", "The fallen soldiers were honoured on Sunday."),
])
def test_the_same_way_and_another_sense_build(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []
