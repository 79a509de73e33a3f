"""One-sentence fact-check cases checked many in one load (support.SentencesChecked) get the lines each gets alone.

The fact-check modules ask for thousands of one-sentence checks; most of a check's CPU was what any check of a
project costs, so they are checked 32 to a load, each case a briefing of its own citing a source of its own. A
quote its source lacks stops a load before any sentence is checked: that case is checked alone, the others
together again.
"""

from __future__ import annotations

import pytest
from support import THREE_PARTIES, Sentence, SentencesChecked, minimal_project, one_sentence_checked

RIVER = "The river rose by 3 metres on Monday, the mayor said."
CASES = [
    Sentence(RIVER, "The river rose by 3 metres on Monday, the mayor said."),  # builds
    Sentence(RIVER, "The river rose by 4 metres on Monday, the mayor said."),  # a figure changed
    Sentence(RIVER, "The river rose by 3 metres on Monday.", quote="the dam broke on Sunday"),  # a quote not found
    # many problems in one sentence: figures, a day, a speaker, a party and a negation
    Sentence("Pakistan said 12 soldiers and 30 civilians were killed on Monday and 5 posts were captured.",
             "Afghanistan said 13 soldiers and 31 civilians were not killed on Tuesday and 6 posts were captured.",
             THREE_PARTIES),
    Sentence(RIVER, "The river fell by 3 metres on Monday, the mayor said."),  # the same source as the first
    Sentence("Der Fluss stieg am Montag um 3 Meter.", "Der Fluss stieg am Montag um 5 Meter.", language="de"),
]


@pytest.fixture(scope="module")
def alone(tmp_path_factory) -> dict[Sentence, list[str]]:
    """Each case's lines as one_sentence_checked gives them, one check of the project each."""
    root = minimal_project(tmp_path_factory.mktemp("alone") / "project")
    return {case: one_sentence_checked(root, *case) for case in CASES}


def test_the_cases_give_what_the_tests_below_need(alone):
    assert alone[CASES[0]] == []
    assert any("the dam broke on Sunday" in line for line in alone[CASES[2]]), alone[CASES[2]]
    assert len(alone[CASES[3]]) >= 4, alone[CASES[3]]
    assert all(alone[case] for case in CASES[1:])


def test_each_case_checked_with_the_others_gets_the_lines_it_gets_alone(alone, tmp_path):
    checked = SentencesChecked(minimal_project(tmp_path / "project"), CASES)
    assert {case: checked(*case) for case in CASES} == alone
    assert checked.loads == 2  # all six, stopped by the quote not found; then the five others


def test_a_case_checked_first_in_its_batch_or_last_gets_the_same_lines(alone, tmp_path):
    checked = SentencesChecked(minimal_project(tmp_path / "project"), CASES[::-1])
    assert {case: checked(*case) for case in CASES[::-1]} == alone
    assert checked.loads == 2


def test_cases_checked_a_few_at_a_time_get_the_same_lines(alone, tmp_path, monkeypatch):
    monkeypatch.setattr(SentencesChecked, "BATCH", 2)
    checked = SentencesChecked(minimal_project(tmp_path / "project"), CASES)
    assert {case: checked(*case) for case in CASES} == alone
    assert checked.loads == 4  # 0-1, 2-3 (then 3 alone, as 2 stopped the load), 4-5


def test_a_case_the_module_did_not_list_is_checked_alone_in_its_project(alone, tmp_path):
    root = minimal_project(tmp_path / "project")
    checked = SentencesChecked(root, CASES[:1])
    assert checked(*CASES[1]) == alone[CASES[1]]
    assert checked.loads == 0
    assert "4 metres" in (root / "content" / "flood" / "briefing.yaml").read_text(encoding="utf-8")
