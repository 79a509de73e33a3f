""""Part of" its subject keeps a passage's "partially": "Part of the Lera dam collapsed" and "the Lera dam, part of
which collapsed" may cite "the Lera dam, which partially collapsed on Monday night".

A flood briefing's paraphrase was refused as dropping "partially" (explainer/dropped_limits.py) and as telling a
qualified act plainly (explainer/business_steps.py).
"""

from __future__ import annotations

import pytest

from support import sentence_findings

DAM = ("Opposition leaders accused the government of ignoring warnings about the condition of the Lera dam, which "
       "partially collapsed on Monday night.")


@pytest.mark.parametrize("sentence", [
    "The opposition says the government ignored warnings about the Lera dam, part of which collapsed on Monday night.",
    "Part of the Lera dam collapsed on Monday night.",
    "The Lera dam partly collapsed on Monday night.",
])
def test_part_of_the_subject_keeps_the_limit(sentence):
    assert sentence_findings(sentence, (DAM,), "en", ()) == []


@pytest.mark.parametrize("sentence, said", [
    ("The Lera dam collapsed on Monday night.", "drops its cited passages' 'partially'"),
    ("The Lera dam fully collapsed on Monday night.", "'fully collapsed'"),
    # "part of" in an appositive is no part of the dam that collapsed
    ("The Lera dam, part of the city's flood defences, collapsed on Monday night.", "drops its cited passages'"),
])
def test_the_limit_dropped_is_still_refused(sentence, said):
    findings = sentence_findings(sentence, (DAM,), "en", ())
    assert any(said in finding for finding in findings), findings
