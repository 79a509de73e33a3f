"""A sixty-third fact-check: a figure two parties hold together, given to one.

"Acme owns 60% of the market." citing "Acme and Bolt together own 60% of the market." built: every figure and word
stands, and the merger's whole share is given to the buyer alone. explainer/total_shares.py held a total award to one
plaintiff; a share, a head count or any other figure the source gives to parties together was read nowhere. Now a
figure a passage gives to two or more parties with "together", "combined", "between them", "jointly" or
"collectively" may not be given to one of them alone; a sentence saying they hold it together, or a passage giving it
to the one party, builds.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="acme", name="Acme Corp", short_name="Acme", role="buyer"),
           Party(id="bolt", name="Bolt Industries", short_name="Bolt", role="target"),
           Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))

MISSTATED = {
    "market-share": ("Acme owns 60% of the market.", "Acme and Bolt together own 60% of the market.", "60%", "Acme"),
    "head-count": ("Bolt has 12,000 employees.", "Acme and Bolt have 12,000 employees between them.", "12,000",
                   "Bolt"),
    "troops": ("Northland has deployed 40,000 troops to the border.",
               "Northland and Southland have deployed a combined 40,000 troops to the border.", "40,000", "Northland"),
}


@pytest.mark.parametrize("sentence, passage, figure, party", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_figure_held_together_given_to_one_party_is_refused(sentence: str, passage: str, figure: str, party: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence gives {figure} to {party} alone where its cited passages give it to "
                                  "several together") for message in found), found


HONEST = {
    "together-kept": ("Acme and Bolt together own 60% of the market.",
                      ("Acme and Bolt together own 60% of the market.",)),
    "combined-said": ("Combined, Acme and Bolt own 60% of the market.",
                      ("Acme and Bolt together own 60% of the market.",)),
    "one-partys-own": ("Acme owns 35% of the market.",
                       ("Acme owns 35% of the market, and Acme and Bolt together own 60% of it.",)),
    "given-to-one-elsewhere": ("Acme has 12,000 employees.", ("Acme and Bolt have 12,000 employees between them.",
                                                              "Acme has 12,000 employees of its own.")),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_a_figure_kept_to_whom_the_source_gives_it_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []
