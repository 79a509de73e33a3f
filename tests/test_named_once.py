"""One fault, one finding: a party swapped is named once by the sentence checks (explainer/cite.py's chains), not
again by each check that reads a party's figures or deeds given to the other (it was named three times, and only the
build's report of a field, which drops equal findings, kept an editor from reading it three times)."""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import item_findings, sentence_findings

PARTIES = [Party(id="nordia", name="Nordia"), Party(id="sudia", name="Sudia")]


@pytest.mark.parametrize("language, passage, sentence", [
    ("en", "Nordia attacked Sudia on Monday.", "Sudia attacked Nordia on Monday."),
    ("es", "Nordia atacó a Sudia el lunes.", "Sudia atacó a Nordia el lunes."),
    ("it", "La Nordia ha attaccato la Sudia lunedì.", "La Sudia ha attaccato la Nordia lunedì."),
])
def test_a_party_swapped_is_named_once(language, passage, sentence):
    (found,) = sentence_findings(sentence, [passage], language, PARTIES)
    assert "names Sudia where its cited passages name Nordia" in found
    (whole,) = item_findings(sentence, [passage], language, PARTIES)
    assert "names Sudia where its cited passages name Nordia" in whole


def test_figures_traded_between_the_parties_are_still_named_where_no_party_is_swapped():
    (found,) = sentence_findings("Nordia lost 12 soldiers and Sudia lost 40.",
                                 ["Nordia lost 40 soldiers, and Sudia lost 12."], "en", PARTIES)
    assert "gives Nordia 12 where its cited passages give Nordia 40 and Sudia 12" in found


def test_a_figure_read_in_two_units_turned_is_named_once():
    passage = "The Bank of Aldermere raised its main policy rate by 50 basis points to 5.25% on Thursday."
    found = sentence_findings("The Bank of Aldermere cut its policy rate by 50 basis points to 5.25%.", [passage], "en",
                              PARTIES)
    assert len(found) == len(set(found)) and any('figure "50" is given as a fall' in message for message in found)
