"""The press a statement is made to is no one the story is of: "told reporters" names no reporters to swap.

A new user's teachers'-strike briefing wrote "Okafor, the union's president, said the board had left teachers no
choice." citing '"We did not want to strike, but the board left us no choice," union president Maria Okafor told
reporters outside City Hall.': the build refused it as saying 'teachers' where the passage says 'reporters' (two
groups of people, kinds.py). Reporters and journalists right after "told", "briefed", "to" and the like are the
audience; a count or deed of them is still read.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

OKAFOR = ('"We did not want to strike, but the board left us no choice," union president Maria Okafor told reporters '
          "outside City Hall.")
DETAINED = "Police detained 12 journalists outside the ministry, the union said."
QUOTED = '"The board left teachers no choice," Okafor said.'


@pytest.mark.parametrize("sentence, passage", [
    ("Okafor, the union's president, said the board had left teachers no choice.", OKAFOR),
    ("Okafor told journalists the board had left members no choice.", OKAFOR),
    ("Speaking to reporters, Okafor said the board had left teachers no choice.", OKAFOR),
    ("Police detained 12 reporters outside the ministry, the union said.", DETAINED),
])
def test_a_statement_made_to_the_press_may_be_told_of_its_speakers_group(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("sentence, passage, said", [
    ("Police detained 12 teachers outside the ministry, the union said.", DETAINED, "'teachers'"),
    ("Okafor said the board had left reporters no choice.", QUOTED, "'reporters'"),
])
def test_reporters_the_story_is_of_are_still_not_swapped(sentence, passage, said):
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert any(said in finding for finding in findings), findings
