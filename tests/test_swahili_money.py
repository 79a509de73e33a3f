"""A qualifier before a Swahili currency's noun: "takriban shilingi milioni 300" is about 300 million shillings, as
"takriban milioni 300" is about 300 million (explainer/swahili_numbers.py, qualifiers.py); the figure stood after
the noun, out of the qualifier's reach, and a sentence that dropped "takriban" built (newuser59's leftover)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.model import Party
from support import read_as_project_locale, sentence_findings

FIXTURE = Path(__file__).parent / "fixtures" / "newuser_54"
PARTIES = [Party(id="mamlaka", name="Mamlaka ya Bandari", short_name="Mamlaka"),
           Party(id="chama", name="Chama cha Wafanyakazi", short_name="Chama")]
PASSAGE = "Kwa mujibu wa Mamlaka, bandari inapoteza takriban shilingi milioni 300 kila siku."


def findings(sentence: str, passage: str = PASSAGE) -> list[str]:
    read_as_project_locale(FIXTURE, "sw")
    return sentence_findings(sentence, [passage], "sw", PARTIES)


def test_a_qualifier_before_a_currencys_noun_dropped_is_refused():
    (found,) = findings("Kwa mujibu wa Mamlaka, bandari inapoteza shilingi milioni 300 kila siku.")
    assert 'leaves out the qualifier of "takriban shilingi milioni 300"' in found


@pytest.mark.parametrize("sentence", [
    "Kwa mujibu wa Mamlaka, bandari inapoteza takriban shilingi milioni 300 kila siku.",
    "Kwa mujibu wa Mamlaka, bandari inapoteza takriban milioni 300 kila siku.",
])
def test_the_qualifier_kept_builds(sentence):
    assert findings(sentence) == []


def test_a_figure_with_its_noun_and_no_qualifier_in_either_builds():
    passage = "Kwa mujibu wa Mamlaka, bandari inapoteza shilingi milioni 300 kila siku."
    assert findings("Kwa mujibu wa Mamlaka, bandari inapoteza shilingi milioni 300 kila siku.", passage) == []
