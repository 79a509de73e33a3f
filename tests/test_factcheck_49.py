"""A forty-ninth fact-check: dates and spans a fact-checker found by probing.

"The ceasefire began in early March" citing "The ceasefire began on 28 March 2026" built: no check read a part of a
month ("early", "mid-", "late"; "the start of", "the end of"; "the first week of") against the day a passage gives.
Now a part of a month whose days hold none of the days its passages give of that month is refused
(explainer/month_parts.py); a passage giving the month alone, or a part that meets the sentence's, leaves it standing.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

CEASEFIRE = "The ceasefire began on 28 March 2026."
VOTE = "The vote was held on 2 June 2025."

MONTH_PARTS = {
    "early-for-the-28th": ("The ceasefire began in early March.", CEASEFIRE, "'early March'", "28 March"),
    "mid-for-the-28th": ("The ceasefire began in mid-March.", CEASEFIRE, "'mid-March'", "28 March"),
    "start-of-for-the-28th": ("The ceasefire began at the start of March.", CEASEFIRE, "'the start of March'",
                              "28 March"),
    "first-week-for-the-28th": ("The ceasefire began in the first week of March.", CEASEFIRE,
                                "'the first week of March'", "28 March"),
    "late-for-the-3rd": ("The ceasefire began in late March 2026.", "The ceasefire began on 3 March 2026.",
                         "'late March 2026'", "3 March"),
    "mid-for-the-2nd": ("The vote was held in mid-June.", VOTE, "'mid-June'", "2 June"),
    "late-for-early": ("The vote was held in late June.", "The vote was held in early June 2025.", "'late June'",
                       "1-10 June"),
}


@pytest.mark.parametrize("sentence, passage, said, given", MONTH_PARTS.values(), ids=MONTH_PARTS.keys())
def test_a_part_of_a_month_missing_the_day_given_is_refused(sentence: str, passage: str, said: str, given: str):
    found = sentence_findings(sentence, (passage,), "en", ())
    assert any(message.startswith(f"this sentence says {said} where its cited passages give {given}:")
               for message in found), found


MONTH_PARTS_KEPT = {
    "late": ("The ceasefire began in late March.", CEASEFIRE),
    "end-of": ("The ceasefire began at the end of March.", CEASEFIRE),
    "the-month": ("The ceasefire began in March.", CEASEFIRE),
    "last-week": ("The ceasefire began in the last week of March.", CEASEFIRE),
    "early-for-the-2nd": ("The vote was held in early June.", VOTE),
    "the-passages-part": ("The vote was held in early June.", "The vote was held in early June 2025."),
    "one-of-two-days": ("The vote was held in early June.", "The vote was held on 2 June and counted on 28 June."),
}


@pytest.mark.parametrize("sentence, passage", MONTH_PARTS_KEPT.values(), ids=MONTH_PARTS_KEPT.keys())
def test_a_part_of_a_month_holding_the_day_given_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", ()) == []
