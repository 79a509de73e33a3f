"""A fifty-first fact-check: English misstatements a fact-checker found by probing, round 2.

Each built before: a fine only proposed told as imposed or paid ("Northland was fined $3 million" citing "the
regulator proposed a fine of $3 million"; explainer/stages.py read the Portuguese "multou", "foi paga" but no English
word of a penalty decided); a share under half told as most ("Most voters backed the plan" citing "Some 38% of
voters backed the plan"; explainer/proportions.py read "a third" or "nearly half" against "most", but no figure).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))
FINE = "The regulator proposed a fine of $3 million."
FURTHER = "this sentence takes it further ("
VOTERS = "Some 38% of voters backed the plan."
MEMBERS = "Some 38% of members voted for it."
SHARE = "this sentence says '"

MISSTATED = {
    "fine-paid": ("The fine was paid.", FINE, FURTHER),
    "fined": ("Northland was fined $3 million.", FINE, FURTHER),
    "ban-imposed": ("The ban on night flights was imposed.", "The council is considering a ban on night flights.",
                    FURTHER),
    "tariffs-imposed": ("Southland imposed tariffs on steel.", "Southland is weighing tariffs on steel.", FURTHER),
    "most-of-38-percent": ("Most voters backed the plan.", VOTERS, "this sentence says 'Most voters' where its cited "
                                                                   "passages say 'Some 38% of voters'"),
    "a-majority-of-38-percent": ("A majority of members voted for it.", MEMBERS, SHARE),
    "majority-of-41-per-cent": ("The majority of nurses backed the strike.",
                                "About 41 per cent of nurses backed the strike.", SHARE),
}


@pytest.mark.parametrize("sentence, passage, what", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused_in_one_line(sentence: str, passage: str, what: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(what) and "\n" not in message for message in found), found


HONEST = {
    "fine-proposed": ("The regulator proposed a $3 million fine.", FINE),
    "faces-a-proposed-fine": ("Northland faces a proposed fine of $3 million.", FINE),
    "could-be-fined": ("Northland could be fined $3 million.", FINE),
    "paid-for-jets": ("Northland paid $3 million for the jets.",
                      "Northland is considering buying more jets; it paid $3 million for the first two."),
    "fine-paid-as-cited": ("Northland paid the fine.", "Northland paid the $3 million fine the regulator imposed."),
    "a-minority": ("A minority of voters backed the plan.", VOTERS),
    "the-share-kept": ("Some 38% of voters backed the plan.", VOTERS),
    "48-percent-may-round": ("Most voters backed the plan.", "Some 48% of voters backed the plan."),
    "more-than-40-percent": ("Most voters backed the plan.", "More than 40% of voters backed the plan."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
