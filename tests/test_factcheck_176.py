"""A fishing-rights briefing's misses, part 1 (tests/fixtures/newuser_110's LEFTOVER items 1-13): the commonest two
patterns among them, fixed where the passage's own words say it.

1. A state told as its opposite (explainer/opposite_states.py): "According to the Association, the coast guard's
   measurements are right" citing "The Association says the coast guard's measurements are wrong"; "Jonas Berg said
   the quota question was closed" citing "... and that the quota question remained open"; "According to Norland, the
   cut went against the advice of the Bay Fisheries Science Council" citing "The cut follows the advice of the Bay
   Fisheries Science Council"; "Norland says the Silver Tern has left Port Alda" citing "The vessel itself remains in
   port while the case is examined" (LEFTOVER 1, 3, 7 and 13).
2. A doer given to a party where the passage has others do it (explainer/by_doers.py): "a bond of 250,000 euros to be
   posted by Norland" citing "to be posted by its owners"; "the fund would be financed by Norland alone" citing "to be
   financed equally by the two governments" (LEFTOVER 6 and 11).
3. One side named where the passage says both, past a party that is the sentence's subject
   (explainer/one_side_past_doer.py): "The panel ordered Norland to convene the joint commission within 30 days" citing
   "The panel also ordered both countries to convene the joint commission within 30 days" built, one_side.py reading
   "The panel" as a second party named (LEFTOVER 12).

Each with honest paraphrases of the same passage that must build, and passages of other stories both ways.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, edit, error_lines, found_in_language, sentence_findings
from test_newuser_110 import FIXTURE, PARTIES, found

OPPOSITE = "whose opposite its cited passages tell"
DOER = "where its cited passages say"
BOTH = "alone where its cited passages say"


def _mine(findings: list[str], words: str) -> bool:
    return any(words in str(finding) for finding in findings)


# 1. A state told as its opposite
@pytest.mark.parametrize("key, sentence", [
    ("R_SEIZED", "According to the Association, the coast guard's measurements are right."),
    ("R_SEIZED", "The Association says the coast guard's measurements were accurate."),
    ("A_REACT", "Jonas Berg said the quota question was closed."),
    ("A_REACT", "Estmark's Foreign Minister Jonas Berg said the quota question was settled."),
    ("S_QUOTA", "According to Norland, the cut went against the advice of the Bay Fisheries Science Council."),
    ("S_QUOTA", "Norland says the cut ignored the advice of the science council."),
    ("S_SEIZE", "Norland says the Silver Tern has left Port Alda."),
])
def test_a_state_told_as_its_opposite_is_refused(key: str, sentence: str):
    assert _mine(found(key, sentence), OPPOSITE), sentence


@pytest.mark.parametrize("key, sentence", [
    ("R_SEIZED", "According to the Association, the coast guard's measurements are wrong."),
    ("R_SEIZED", "The Association says the coast guard's measurements were incorrect."),
    ("R_SEIZED", "The Association disputes the coast guard's measurements."),
    ("R_SEIZED", "According to the Association, the coast guard's measurements are not right."),
    ("A_REACT", "Jonas Berg said the quota question remained open."),
    ("A_REACT", "Jonas Berg said the quota question was still open."),
    ("A_REACT", "Jonas Berg said the question of the quota was unresolved."),
    ("A_REACT", "Jonas Berg said the quota question was not closed."),
    ("A_REACT", "Halvorsen said the quota cut stands; Berg said the question remained open."),
    ("S_QUOTA", "According to Norland, the cut follows the advice of the Bay Fisheries Science Council."),
    ("S_QUOTA", "Norland says the cut followed the council's advice."),
    ("S_QUOTA", "Norland says the cut is in line with the advice of the Bay Fisheries Science Council."),
    ("S_QUOTA", "According to Norland, the cut was based on the advice of the science council."),
    ("S_QUOTA", "Norland says it heeded the advice of the Bay Fisheries Science Council."),
    ("S_SEIZE", "Norland says the Silver Tern remains in Port Alda while the case is examined."),
    ("S_SEIZE", "According to Norland, the vessel is still in port."),
    ("S_SEIZE", "Norland says the trawler stays in Port Alda."),
    ("S_SEIZE", "Norland says it has not confiscated the Silver Tern, which remains in port."),
    ("S_SEIZE", "According to Norland, the Silver Tern has not left Port Alda."),
    ("A_BONDPOST", "The Silver Tern had not left Port Alda by Wednesday evening."),
])
def test_the_same_state_told_honestly_builds(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


ROAD = "The road remains closed to traffic, but the bridge is open."
SHIP = "The ship remains in Rotterdam while inspectors examine it."
ADVICE = "The decision ignored the advice of the council, critics said."
CLAIM = "The ministry says the claim is false."
COURT = "The court said the question of compensation remains open."
PLAN = "The plan follows the guidance of the health agency."
BORDER = "The border was closed on Monday and is open again."


@pytest.mark.parametrize("passage, sentence", [
    (SHIP, "The ship has left Rotterdam."),
    (ADVICE, "Critics said the decision followed the council's advice."),
    (CLAIM, "The ministry says the claim is true."),
    (COURT, "The court said the question of compensation was settled."),
    (PLAN, "The plan defies the health agency's guidance."),
])
def test_other_states_turned_are_refused(passage: str, sentence: str):
    assert _mine(found_in_language("en", sentence, passage), OPPOSITE), sentence


@pytest.mark.parametrize("passage, sentence", [
    (ROAD, "The road is closed."),
    (ROAD, "The bridge is open to traffic."),
    (SHIP, "The ship is still in Rotterdam."),
    (SHIP, "The crew left the ship in Rotterdam."),
    (ADVICE, "Critics said the decision went against the council's advice."),
    (ADVICE, "The decision followed months of talks with the council."),
    (CLAIM, "The ministry says the claim is untrue."),
    (CLAIM, "The ministry says the claim is not true."),
    (COURT, "The court left the question of compensation open."),
    (COURT, "The court has not yet decided on compensation."),
    (PLAN, "The plan is in line with the health agency's guidance."),
    (BORDER, "The border is open."),
    (BORDER, "The border is closed."),
    ("The minister said the figures were wrong. Analysts said they were right.",
     "Analysts said the figures were right."),
    ("The shop was closed on Sunday. The market is open every day.", "The market is open on Sunday."),
    ("Voters were right to be sceptical, the report says.", "The report says voters were right to be sceptical."),
    ("The talks were held in Geneva. The delegates flew home on Friday.", "The delegates left Geneva on Friday."),
    ("The union says the figures are correct; the ministry calls them wrong.",
     "The ministry says the figures are wrong."),
    ("The consultation was open until 5 May.", "The consultation is closed."),
    ("The vessel remains in port until the bond is posted.", "The vessel has left port."),
    ("The figures, first reported wrongly, were later corrected.", "The figures are correct."),
    ("The airport was closed for two days and remains closed to cargo flights.",
     "The airport is open to passenger flights."),
    (BORDER, "The border remains open."),
])
def test_other_states_told_honestly_build(passage: str, sentence: str):
    assert found_in_language("en", sentence, passage) == [], sentence


# 2. A passive verb's doer given to a party
@pytest.mark.parametrize("key, sentence", [
    ("A_BOND", "The panel ordered the vessel's release against a bond of 250,000 euros to be posted by Norland."),
    ("A_BOND", "A bond of 250,000 euros is to be posted by Estmark."),
    ("S_FUND", "According to Norland, the fund would be financed by Norland alone."),
    ("S_FUND", "Norland proposes a compensation fund financed by Estmark alone."),
])
def test_a_doer_given_to_a_party_is_refused(key: str, sentence: str):
    assert _mine(found(key, sentence), DOER), sentence


@pytest.mark.parametrize("key, sentence", [
    ("A_BOND", "The panel ordered the vessel's release against a bond of 250,000 euros to be posted by its owners."),
    ("A_BOND", "The panel ordered the vessel's release against a bond of 250,000 euros to be posted by the Silver "
               "Tern's owners."),
    ("A_BOND", "The panel ordered the vessel released within seven days, once its owners post a bond of 250,000 "
               "euros."),
    ("A_BOND", "The panel ordered the Silver Tern released against a 250,000-euro bond posted by the vessel's owners."),
    ("A_BOND", "The panel, set up by the 1998 Bay Accord, ordered the vessel's release."),
    ("S_FUND", "According to Norland, the fund would be financed equally by the two governments."),
    ("S_FUND", "According to Norland, the fund would be financed jointly by Norland and Estmark."),
    ("S_FUND", "Norland proposes a fund of 12 million euros, financed equally by Norland and Estmark."),
    ("S_FUND", "Norland says the fund would be paid for by both governments in equal shares."),
    ("S_FUND", "Norland proposes a 12 million euro fund to be financed by both sides of the bay."),
])
def test_the_same_doer_told_honestly_builds(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


def _with_parties(passage: str, sentence: str) -> list:
    return sentence_findings(sentence, (passage,), "en", PARTIES)


@pytest.mark.parametrize("passage, sentence", [
    ("The ruling was welcomed by both governments.", "The ruling was welcomed by Norland alone."),
    ("The costs will be covered by the vessel's insurers.", "The costs will be covered by Estmark."),
    ("The boats were inspected by their crews before leaving.", "The boats were inspected by Norland inspectors."),
])
def test_other_doers_given_to_a_party_are_refused(passage: str, sentence: str):
    assert _mine(_with_parties(passage, sentence), DOER), sentence


@pytest.mark.parametrize("passage, sentence", [
    ("The bridge will be built by Estmark's ministry of transport.", "The bridge will be built by Estmark."),
    ("The vessel was boarded by the Norland coast guard.", "The vessel was boarded by Norland."),
    ("The fine will be paid by the ministry.", "The fine will be paid by Norland."),
    ("Talks were hosted by both governments in turn: by Norland in March and by Estmark in April.",
     "Talks were hosted by Norland alone in March."),
    ("The costs will be covered by the vessel's insurers.", "The costs will be covered by the Silver Tern's insurers."),
    ("The quota was cut by 30 percent by Norland.", "The quota was cut by Norland by 30 percent."),
    ("The deal was signed by the owners and by Norland's minister.", "The deal was signed by Norland."),
    ("The plan was drafted by the Association, and approved by Norland.", "The plan was approved by Norland."),
    ("The trawler is owned by a local family.", "The trawler is owned by an Estmark family."),
])
def test_other_doers_told_honestly_build(passage: str, sentence: str):
    assert _with_parties(passage, sentence) == [], sentence


# 3. One side named where both are, past a party subject
@pytest.mark.parametrize("sentence", [
    "The panel ordered Norland to convene the joint commission within 30 days.",
    "The arbitration panel ordered Norland to convene the joint commission within 30 days.",
])
def test_one_side_named_past_a_party_subject_is_refused(sentence: str):
    findings = found("A_COMM", sentence)
    assert _mine(findings, BOTH) and len(findings) == 1, findings


@pytest.mark.parametrize("sentence", [
    "The panel ordered both countries to convene the joint commission within 30 days.",
    "The panel ordered Norland and Estmark to convene the joint commission within 30 days.",
    "The panel also ordered the two countries to convene the joint commission within 30 days.",
    "The panel ordered each side to convene the joint commission within 30 days.",
    "The panel ordered Norland, like Estmark, to convene the joint commission within 30 days.",
    "The panel ordered the joint commission convened within 30 days.",
    "Norland and Estmark were ordered to convene the joint commission within 30 days.",
])
def test_both_sides_told_honestly_build(sentence: str):
    assert found("A_COMM", sentence) == [], sentence


def test_judges_ordering_one_side_is_named_once():
    """A subject of no party's was read by one_side.py already: its finding, once."""
    findings = found("A_COMM", "Judges ordered Norland to convene the joint commission within 30 days.")
    assert len(findings) == 1 and BOTH in str(findings[0]), findings


def test_a_bond_given_to_a_party_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the claim of the panel's bond posted by Norland, not the vessel's owners."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "greyhaven-bay" / "claims.yaml",
         "within seven days against a bond of 250,000 euros.\n",
         "within seven days against a bond of 250,000 euros to be posted by Norland.\n")
    result = run_build(desk, "check")
    assert result.code == 1 and any("claims.yaml:28:" in line and "posted by Norland" in line
                                    for line in error_lines(result)), result.err
