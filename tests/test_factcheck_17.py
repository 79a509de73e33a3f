"""A thirteenth fact-check: misstatements the README's limits listed as let through.

An outcome whose two sides are swapped rather than turned ("Beta beat Alpha" citing "Alpha beat Beta"). Each is
checked both ways: the misstatement is refused on its line with what is wrong, and honest wordings build."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import assert_summary_outcome, minimal_project, one_sentence_checked


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck17") / "project")


def _ids(cases):
    return [f"{written[:45]} ({given[:25]})" for given, written, *_ in cases]


# --- 1. an outcome's two sides swapped -----------------------------------------------------------------------------

CROSSED = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ("Alpha beat Beta in the final.", "Beta beat Alpha in the final.",
     "this sentence gives 'beat' the other way round: its cited passages say 'Alpha beat Beta in the final': "
     "\"Beta beat Alpha in the final.\" (give the outcome to the side the source gives it to"),
    ("Alpha won against Beta in the final.", "Beta won against Alpha in the final.",
     "gives 'won' the other way round"),
    ("Alpha lost to Beta in the final.", "Beta lost to Alpha in the final.", "gives 'lost' the other way round"),
    ("Alpha was beaten by Beta in the final.", "Beta was beaten by Alpha in the final.",
     "gives 'beaten' the other way round"),
    ("In the final Beta defeated Alpha.", "In the final Alpha defeated Beta.", "gives 'defeated' the other way round"),
    # honest: the same outcome, or its other side, told of the same winner
    ("Alpha defeated Beta in the final.", "Beta was defeated by Alpha in the final.", "ok"),
    ("Alpha defeated Beta in the final.", "Beta lost to Alpha in the final.", "ok"),
    ("Alpha defeated Beta in the final.", "Alpha won against Beta in the final.", "ok"),
    ("Beta lost to Alpha in the final.", "Alpha beat Beta in the final.", "ok"),
    ("Alpha was beaten by Beta in the final.", "Beta beat Alpha in the final.", "ok"),
    ("In the final Alpha beat Beta.", "Alpha beat Beta in the final.", "ok"),
    ("Alpha beat Beta in the final, and Beta beat Gamma in the semi-final.", "Beta beat Gamma in the semi-final.",
     "ok"),
    ("Alpha beat Beta in the first round and Beta beat Alpha in the second round.",
     "Beta beat Alpha in the second round.", "ok"),
    ("Alpha won the seat from Beta.", "Alpha won the seat.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", CROSSED, ids=_ids(CROSSED))
def test_an_outcome_with_its_two_sides_swapped_is_refused(fixture_root, given, written, outcome):
    assert_summary_outcome(one_sentence_checked(fixture_root, given, written), outcome)
