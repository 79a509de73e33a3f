""""Should" keeps a possibility, as French "devrait" and Spanish "debería" do: it tells nothing as done.

A new user's teachers'-strike briefing wrote "The state labour department says mediators should join the talks on
Wednesday." citing "State mediators are expected to join the talks on Wednesday, a spokesperson for the state labour
department said.": the build refused it as telling 'join' as done.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

MEDIATORS = ("State mediators are expected to join the talks on Wednesday, a spokesperson for the state labour "
             "department said.")
DAMAGES = "The court may award damages to the families."


@pytest.mark.parametrize("sentence, passage", [
    ("The state labour department says mediators should join the talks on Wednesday.", MEDIATORS),
    ("Mediators should join the talks on Wednesday, the state labour department said.", MEDIATORS),
    ("Mediators ought to join the talks on Wednesday, the department said.", MEDIATORS),
    ("The court should award damages to the families.", DAMAGES),
])
def test_should_keeps_the_passages_possibility(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


@pytest.mark.parametrize("sentence, passage", [
    ("Mediators joined the talks on Wednesday.", MEDIATORS),
    ("The court awarded damages to the families.", DAMAGES),
])
def test_the_possibility_told_as_done_is_still_refused(sentence, passage):
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert any("tells as done" in finding for finding in findings), findings
