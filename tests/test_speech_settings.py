"""A verb of saying followed by where or when it was said, with "outside", "inside", "near" or "after": the setting
alone, no words of the speaker's (speech_setting.py). newuser_122's quote `context` "Mr Pryce spoke outside his
campaign office." citing "Mr Pryce said outside his campaign office" was refused as stating Pryce's word as fact
(party_word.py read "outside his campaign office" as his words); "Mr Pryce said outside his campaign office that the
count was flawed" still gives words of his.
"""

from __future__ import annotations

import pytest

from conftest import REPO, run_build
from explainer.speech_setting import says_nothing
from support import checked_fixture_project, edit

FIXTURE = REPO / "tests" / "fixtures" / "newuser_122"
QUOTES = "content/harrowfield-recount/quotes.yaml"


@pytest.mark.parametrize("text", [
    "Mr Pryce spoke outside his campaign office.",
    "Mr Pryce said outside his campaign office.",
    "The minister spoke inside the parliament building.",
    "Ms Marsh spoke near the town hall.",
    "The mayor spoke after the hearing.",
])
def test_a_place_or_time_after_the_verb_is_the_setting_alone(text: str):
    verb = text.index(" s") + 1
    assert says_nothing(text, verb, len(text))


@pytest.mark.parametrize("text", [
    "Mr Pryce said outside his campaign office that the count was flawed.",
    "The mayor said after the hearing, the count was flawed.",
    "Mr Pryce said the count was flawed.",
])
def test_words_after_the_setting_are_still_the_speakers(text: str):
    verb = text.index(" said") + 1
    assert not says_nothing(text, verb, len(text))


def test_the_recount_quotes_context_told_with_spoke_outside_builds(tmp_path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / QUOTES, "context: Mr Pryce said this outside his campaign office.",
         "context: Mr Pryce spoke outside his campaign office.")
    result = run_build(desk, "check")
    assert result.code == 0, result.err
