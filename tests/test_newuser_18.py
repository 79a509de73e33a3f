"""A labour dispute written in German from scratch, as the README tells a new editor to.

Sources (tests/fixtures/newuser_18/seeds/): an agency report of a union's strike at a logistics firm ("rund 3.200
Beschäftigte", "höchstens 1.800 Streikenden", "8,5 Prozent", "3,2 Prozent ab dem 1. Juli 2026", "etwa 1,4 Millionen
Euro pro Tag", an injunction sought, "nicht vor Mittwoch"), and a follow-up (the court's refusal, a mediator's
"5,1 Prozent ab dem 1. Mai 2026 und eine Einmalzahlung von 1.000 Euro", "bis zum 20. März", a correction of the
offer's date). What the new editor met: a party named by its acronym, as unions are ("GTL", three letters), was no
party's word, so after a German article ("Nach Angaben der GTL") it was read as a noun and named no speaker: the
union's count given to the employer ("Nach Angaben der Hanse Logistik AG", "Laut Hanse Logistik"), or a claim of
the union's with the employer as its claimant, built. And the employer's own count of what the strike costs it ("Der
Streik koste das Unternehmen nach eigenen Angaben etwa 1,4 Millionen Euro pro Tag"), cited by its claim, told as fact
("Der Streik kostet das Unternehmen etwa ...") built: German reporting words (de.yaml's `according_to`) did not mark a
claimed passage as someone's word, and "nach eigenen Angaben" was none of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with

FIXTURE = REPO / "tests" / "fixtures" / "newuser_18"
CLAIMS = "content/hanse-streik/claims.yaml"
UNION_COUNT = "Nach Angaben der GTL beteiligten"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the strike project, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def test_the_german_strike_briefing_builds_with_german_dates(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "hanse-streik" / "index.html").read_text(encoding="utf-8")
    assert '<time datetime="2026-03-13">13. März 2026</time>' in page  # the correction's date, in German
    assert "Die GTL" in page and "Hanse Logistik AG" in page


@pytest.mark.parametrize("new, line, speaker", [
    ("Nach Angaben der Hanse Logistik AG beteiligten", 9, "Hanse Logistik AG"),
    ("Laut Hanse Logistik beteiligten", 9, "Hanse Logistik"),
])
def test_the_unions_count_given_to_the_employer_is_refused(desk: Path, new: str, line: int, speaker: str):
    edit(desk / CLAIMS, UNION_COUNT, new)
    refused_with(desk, f"{CLAIMS}:{line}: `says`: this sentence gives the words to {speaker}",
                 "but its cited passages give them to GTL")


def test_the_unions_claim_under_the_employers_name_is_refused(desk: Path):
    edit(desk / CLAIMS, "claimant: Die GTL", "claimant: Die Hanse Logistik AG")
    refused_with(desk, f"{CLAIMS}:6: `claimant`: the cited passages give these words to GTL",
                 "not to Die Hanse Logistik AG")


def test_the_unions_figure_in_the_employers_column_is_refused(desk: Path):
    edit(desk / "content/hanse-streik/comparisons.yaml", "hanse: {value: 24, cite: [laufzeit-hanse]}",
         "hanse: {value: 3200, cite: [gtl-zahl]}")
    refused_with(desk, "content/hanse-streik/comparisons.yaml:", "is given for Hanse Logistik AG",
                 "name Gewerkschaft Transport und Lager")


COST_FACT = "Der Streik kostet das Unternehmen etwa 1,4 Millionen Euro pro Tag.[^kosten]"
COST_OWN_WORD = "Der Streik kostet das Unternehmen nach eigenen Angaben etwa 1,4 Millionen Euro pro Tag.[^kosten]"
FIVE_DAYS = "Nach fünf Streiktagen einigten sich beide Seiten auf eine Schlichtung.[^fuenf]"


def test_the_employers_own_count_of_its_cost_told_as_fact_is_refused(desk: Path):
    edit(desk / "content/hanse-streik/background.yaml", FIVE_DAYS, f"{FIVE_DAYS} {COST_FACT}")
    refused_with(desk, "content/hanse-streik/background.yaml:7: `body`: the source gives this as someone's word "
                       "('nach eigenen Angaben'), but it is worded as fact")


def test_the_employers_own_count_told_as_its_word_builds(desk: Path):
    edit(desk / "content/hanse-streik/background.yaml", FIVE_DAYS, f"{FIVE_DAYS} {COST_OWN_WORD}")
    result = run_build(desk, "check")
    assert result.code == 0, result.err
