"""Words the checks used to pass over: counts in words ("once" against a source's "twice", "for the third time"
against its "second"), a future stated as certain ("will save") where the source only expects it, Arabic
superlatives written without hamza ("الاكبر"), and, outside the checks, the letters of an Arabic footnote's
backlinks and the placeholders `new` writes into a briefing of a site in another language. Each check is made both
ways: the source's own wording builds, the reworded sentence is refused with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import refused_with
from test_reading_gaps import english_project

from explainer import numbers


@pytest.fixture(autouse=True)
def _reading_reset():
    yield
    numbers.read_as_locales({})  # the in-process builds left the project's reading set


def builds(root: Path) -> None:
    result = run_build(root, "check")
    assert result.code == 0, result.err


# --- 1. counts in words -----------------------------------------------------------------------------------

COUNTS = [
    # (the source's count, the sentence's count, the figure the error names, or "ok")
    ("twice", "once", 'figure "once"'),
    ("once", "twice", 'figure "twice"'),
    ("twice", "three times", 'figure "three"'),
    ("three times", "twice", 'figure "twice"'),
    ("thrice", "twice", 'figure "twice"'),
    ("for the second time", "for the third time", 'figure "third"'),
    ("for the third time", "for the second time", 'figure "second"'),
    ("once", "once", "ok"),
    ("only once", "once", "ok"),
    ("twice", "twice", "ok"),
    ("thrice", "three times", "ok"),
    ("for the second time", "for the second time", "ok"),
    ("for the second time", "for the 2nd time", "ok"),
    ("twice", "for the second time", "ok"),
]


@pytest.mark.parametrize("given, written, outcome", COUNTS, ids=[f"{g}->{w}" for g, w, _ in COUNTS])
def test_a_count_in_words_must_be_the_sources(tmp_path: Path, given: str, written: str, outcome: str):
    root = english_project(tmp_path / "p", f"The central bank raised its rate {given}, in March.",
                           f"The central bank raised its rate {written}, in March.[^q]")
    if outcome == "ok":
        builds(root)
    else:
        refused_with(root, "content/q/briefing.yaml:4:", outcome, "is not in the passages")


@pytest.mark.parametrize("text", [
    "Once the deal closes, prices rise.", "It was once the largest port.", "They left at once.",
    "It happened more than once.", "It happened at least once.", "Once again, prices rose.",
    "The once-mighty port.", "It was the second time in a row.",
])
def test_once_and_ordinals_that_count_no_occasion_state_nothing(text: str):
    assert numbers.find_mentions(text, "en", prose=True) == []


@pytest.mark.parametrize("text, value", [
    ("The rate rose once.", 1), ("It rose only once in May.", 1), ("It rose once a year.", 1),
    ("It rose once in 2025.", 1), ("It rose for the first time since May.", 1),
])
def test_once_that_counts_states_one(text: str, value: int):
    [mention] = [m for m in numbers.find_mentions(text, "en", prose=True) if m.quantities[0].value < 1000]
    assert mention.quantities[0].value == value
