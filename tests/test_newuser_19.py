"""A public-health dispute added as a second briefing, as the README tells a new editor to: a medicines regulator
against a drug maker over a recall.

Sources (tests/fixtures/newuser_19/seeds/): the regulator's recall notice (six batch numbers, "up to 3.4 times the
acceptable daily intake", "About 1 in 20 tablets", "twice as likely", "14 cases per 100,000 patients, against 7 per
100,000"), the company's statement (its own tests, "97% of tablets", a phase 3 trial's arms "2.1% of patients on
Corvalin and 1.9% on placebo", a cost "between EUR 18 million and EUR 25 million") and a follow-up report correcting
the figure ("a 40% higher risk", "a relative risk of 1.4, with a 95% confidence interval of 1.2 to 1.9", "9.8 cases
per 100,000", "fell from 12% to 9% ..., a drop of 3 percentage points"). What the new editor met: a rate's base
changed built where the new base is a word ("9.8 cases per million" for "per 100,000": a bare "million" is no
figure) or the thing counted changed ("per 100,000 tablets" for "patients"); a trial's arms swapped built ("1.9% of
patients on Corvalin and 2.1% on placebo"), every figure standing in the passage; "half as likely" built citing
"twice as likely"; and "twice as likely" was read as a doubt ("likely"), so "had double the risk" was refused as
stating as fact what the source gave only as probable.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import edit, fixture_project, refused_with

FIXTURE = REPO / "tests" / "fixtures" / "newuser_19"
BACKGROUND = "content/corvalin-recall/background.yaml"
CLAIMS = "content/corvalin-recall/claims.yaml"
TWICE = "were twice as likely to report"
OBSERVATIONAL = "says: The dizziness figures come from an observational review, not a trial."


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the recall project, with the real templates and assets; returns its root."""
    return fixture_project(FIXTURE, tmp_path / "desk")


def test_the_recall_briefing_builds(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "corvalin-recall" / "index.html").read_text(encoding="utf-8")
    assert "CV24-1187" in page and "9.8 cases per 100,000" in page and "The figures disagree" in page


@pytest.mark.parametrize("old, new, shown, theirs", [
    ("9.8 cases per 100,000", "9.8 cases per million", "9.8 cases per million", "9.8 cases per 100,000 patients"),
    ("14 cases per 100,000 patients", "14 cases per 100,000 tablets", "14 cases per 100,000 tablets",
     "14 cases per 100,000 patients"),
    ("14 cases per 100,000 patients", "14 cases per 100,000 people", "14 cases per 100,000 people",
     "14 cases per 100,000 patients"),
])
def test_a_rate_given_per_another_base_is_refused(desk: Path, old: str, new: str, shown: str, theirs: str):
    edit(desk / BACKGROUND, old, new)
    line = 13 if old.startswith("9.8") else 12
    refused_with(desk, f'{BACKGROUND}:{line}: `body`: figure "{shown.split()[0]}" is given as a rate, "{shown}", but '
                       f'the passages this sentence cites give it "{theirs}"')


@pytest.mark.parametrize("new", ["14 cases for every 100,000 patients", "14 cases per 100k patients",
                                 "14 cases per 100,000"])
def test_a_rate_given_per_the_sources_base_builds(desk: Path, new: str):
    edit(desk / BACKGROUND, "14 cases per 100,000 patients", new)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("says, line, mine, theirs", [
    ("says: Severe dizziness was reported by 1.9% of patients on Corvalin and 2.1% on placebo.", 26, "Corvalin",
     "placebo"),
    ("says: In its phase 3 trial, 2.1% of patients on placebo reported severe dizziness.", 26, "placebo", "Corvalin"),
])
def test_a_trials_arms_swapped_are_refused(desk: Path, says: str, line: int, mine: str, theirs: str):
    edit(desk / CLAIMS, OBSERVATIONAL, says)
    refused_with(desk, f"{CLAIMS}:{line}: `says`: this sentence gives '{mine}' a figure its cited passage gives "
                       f"'{theirs}'")


def test_a_trials_arms_kept_build(desk: Path):
    edit(desk / CLAIMS, OBSERVATIONAL, "says: In its phase 3 trial, 2.1% of patients on Corvalin reported severe "
                                       "dizziness, against 1.9% on placebo.")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_half_as_likely_citing_twice_as_likely_is_refused(desk: Path):
    edit(desk / CLAIMS, TWICE, "were half as likely to report")
    refused_with(desk, f'{CLAIMS}:9: `says`: "half as likely" is not in the passages this sentence cites')


def test_double_the_risk_citing_twice_as_likely_builds(desk: Path):
    edit(desk / CLAIMS, TWICE, "had double the risk of reporting")
    result = run_build(desk, "check")
    assert result.code == 0, result.err
