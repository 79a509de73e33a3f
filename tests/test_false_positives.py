"""Correct, ordinary news writing the checks must not refuse, each beside the wrong wording they still refuse."""

from __future__ import annotations

import pytest

from explainer.attribution import Cited, dropped_hedge


@pytest.mark.parametrize("text, passage, language", [
    ("He is accused of stealing 12 paintings.", "The man allegedly stole 12 paintings.", "en"),
    ("Prosecutors allege he defrauded investors.", "He is alleged to have defrauded investors.", "en"),
    ("The minister faces allegations that he took bribes.", "The minister allegedly took bribes.", "en"),
    ("Militants are suspected of killing 12 soldiers.", "Militants allegedly killed 12 soldiers.", "en"),
    ("The drone is believed to have come from across the border.", "The drone reportedly came from across the border.",
     "en"),
    ("Le suspect serait l'auteur des tirs.", "Le suspect a prétendument tiré.", "fr"),
    ("Il est soupçonné d'avoir tiré.", "Le suspect a prétendument tiré.", "fr"),
])
def test_a_hedge_kept_as_an_accusation_or_a_belief_passes(text, passage, language):
    assert dropped_hedge(text, [Cited(passage, language)]) == []


@pytest.mark.parametrize("text, passage", [
    ("He stole 12 paintings.", "The man allegedly stole 12 paintings."),
    ("Militants killed 12 soldiers.", "Militants allegedly killed 12 soldiers."),
])
def test_a_hedge_dropped_is_still_named(text, passage):
    [finding] = dropped_hedge(text, [Cited(passage)])
    assert "it is worded as fact" in finding.message
