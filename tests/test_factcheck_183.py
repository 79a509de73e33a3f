"""A merger review's misses (tests/fixtures/newuser_115, a supermarket merger before the Grocery Markets Authority): its
LEFTOVER misstatements that built, each now refused, with honest twins that build.

1. A side turned: "Shoppers' Voice supports the merger." citing "A consumer group and a rival supermarket chain have
   called on the Grocery Markets Authority to block the merger", and "Dunmore Stores favours the merger." of "also
   opposes the merger" (opposites.py: "supports", "favours" against "block", "opposes" of the same thing).
2. A judgement turned: "Raj Mehta said the offer to sell 92 stores was generous." citing "said the companies' offer to
   sell 92 stores was 'far too small'" (opposites.py: "generous" against "too small"; "far from generous" negates).
3. A role given to another company: "Clare Whitcombe, chief executive of Brightmart, said ..." citing "said Clare
   Whitcombe, chief executive of Harlow Foods." (roles.py: a role without an article, read by its owner).
4. A thing none of has been done told as done: "... they have agreed the sale of 92 stores." citing "no sale has been
   agreed", "A buyer has been approved for the stores." citing "no buyer has been approved" (none_yet_done.py).
5. An act its maker's own told as asked of it: "... they made the pledge at the Authority's request." citing "This
   pledge is our own. We made it voluntarily" (imposed_offers.py).
6. A confidence told as a certainty: "... the merger is certain to be cleared." citing "We remain confident that the
   merger will be cleared" (certainty_raised.py).
7. The market leader changed: "Harlow Foods is the market leader." citing "ahead of the current market leader,
   Dunmore Stores, with 27.9%" (market_leaders.py).
8. An outcome not expected told as coming: "... the merger will lead to compulsory redundancies in their stores."
   citing "We do not expect the merger to lead to compulsory redundancies in our stores" (unexpected_told_coming.py).
9. What a source sets aside told as what it keeps: "The Authority measures market power by the share of stores." citing
   "its measure of market power is the share of sales, not the share of stores" (set_against.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, edit, error_lines, sentence_findings
from test_newuser_115 import FIXTURE, J3, J4, J5, J7, J8, N1, N4, PLEDGE, REM, SH, ST, found


def refused(findings: list[str], words: str) -> bool:
    return any(words in finding for finding in findings)


# 1. A side turned
@pytest.mark.parametrize("sentence, cited, words", [
    ("Shoppers' Voice supports the merger.", N1, "says 'supports' where its cited passages say 'block'"),
    ("Dunmore Stores supports the merger.", N1, "says 'supports' where its cited passages say 'block'"),
    ("Dunmore Stores favours the merger.", N4, "says 'favours' where its cited passages say 'opposes'"),
    ("Dunmore Stores supports the merger.", N4, "'supports' where its cited passages say 'opposes'"),
])
def test_a_side_turned_is_refused(sentence, cited, words):
    assert refused(found(sentence, cited), words), found(sentence, cited)


HAS_BACKED = "Harlow Foods has backed the merger, which Dunmore Stores opposes."


@pytest.mark.parametrize("sentence, passage", [
    ("A consumer group and a rival chain want the merger blocked.", N1[1]),
    ("Dunmore Stores opposes the merger.", N4[1]),
    ("Dunmore Stores, which opposes the merger, would consider buying some stores if it went ahead.", N4[1]),
    ("Harlow Foods supports the merger, which Dunmore Stores opposes.", HAS_BACKED),
    ("Harlow Foods supports the merger.", HAS_BACKED),  # "backed" backs "supports"
    ("The mayor supports the housing plan.", "The council voted to block the road plan. The mayor supports the "
                                             "housing plan."),
    ("Dunmore Stores is not supporting the merger.", N4[1]),
    ("The group has not supported the merger.", N1[1]),
])
def test_a_side_kept_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


# 2. A judgement turned
@pytest.mark.parametrize("sentence, outcome", [
    ("Raj Mehta said the offer to sell 92 stores was generous.", "refused"),
    ("Raj Mehta said the offer was generous.", "refused"),
    ("Raj Mehta called the offer far too small.", "ok"),
    ("Raj Mehta said the offer was too small.", "ok"),
    ("Raj Mehta said the offer was not generous.", "ok"),
    ("Raj Mehta said the offer was far from generous.", "ok"),
    ("Dunmore, the market leader, opposes the merger and says the offer was far too small.", "ok"),
])
def test_too_small_told_as_generous(sentence, outcome):
    findings = found(sentence, N4)
    assert ("refused" if refused(findings, "says 'generous' where its cited passages say 'too small'") else
            "ok" if findings == [] else findings) == outcome, findings


# 3. A role given to another company
WHITCOMBE = J5[1]
ASHDOWN = ('Tom Ashdown, chief executive of Brightmart, said: "Brightmart\'s customers will keep every store they rely '
           'on."')


@pytest.mark.parametrize("sentence, passage", [
    ("Clare Whitcombe, chief executive of Brightmart, said the offer was substantial.", WHITCOMBE),
    ("The offer is substantial, said Clare Whitcombe, chief executive of Brightmart.", WHITCOMBE),
    ("Clare Whitcombe, Brightmart's chief executive, said the offer was substantial.", WHITCOMBE),
    ("Tom Ashdown, chief executive of Harlow Foods, said customers would keep every store.", ASHDOWN),
])
def test_a_role_given_to_another_company_is_refused(sentence, passage):
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert refused(findings, "where its cited passages call them 'chief executive of"), findings


@pytest.mark.parametrize("sentence, passage", [
    ("Clare Whitcombe, chief executive of Harlow Foods, said the offer was substantial.", WHITCOMBE),
    ("Clare Whitcombe, Harlow Foods' chief executive, said the offer was substantial.", WHITCOMBE),
    ("Clare Whitcombe, the Harlow Foods chief executive, said the offer was substantial.", WHITCOMBE),
    ("Clare Whitcombe, head of Harlow Foods, said the offer was substantial.", WHITCOMBE),
    ("Clare Whitcombe, boss of Harlow Foods, called the offer substantial.", WHITCOMBE),
    ("Harlow Foods' chief executive, Clare Whitcombe, said the offer was substantial.", WHITCOMBE),
    ("Clare Whitcombe, chief executive of the company, said the offer was substantial.", WHITCOMBE),
    ("Tom Ashdown, Brightmart's boss, said its customers would keep every store.", ASHDOWN),
    ("Lena Strauss, competition lawyer at Fairlie & Co, said the Authority rarely blocks mergers.",
     "Lena Strauss, a competition lawyer at Fairlie & Co, said the Authority rarely blocks a merger outright."),
])
def test_a_role_kept_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


# 4. A thing none of has been done told as done
@pytest.mark.parametrize("sentence, cited, words", [
    ("The companies say they have agreed the sale of 92 stores.", J4, "('agreed the sale')"),
    ("A buyer has been approved for the stores.", REM, "('buyer has been approved')"),
    ("The Authority has approved a buyer for the stores.", REM, "('approved a buyer')"),
])
def test_none_done_told_done_is_refused(sentence, cited, words):
    findings = found(sentence, cited)
    assert refused(findings, "this sentence tells as done " + words), findings


@pytest.mark.parametrize("sentence, cited", [
    ("The companies say no sale has been agreed.", J4),
    ("Any sale would have to be approved by the Authority.", J4),
    ("The companies say several buyers have shown interest in the stores.", J4),
    ("The companies say a sale still needs to be agreed.", J4),
    ("No buyer has been approved yet.", REM),
    ("A buyer must be approved by the Authority.", REM),
    ("The stores would be sold to a buyer approved by the Authority.", REM),
    ("The Authority has not approved a buyer.", REM),
    ("The Authority is still to approve a buyer for the stores.", REM),
    ("None of the stores has been sold, and no buyer has been approved.", REM),
])
def test_none_done_kept_builds(sentence, cited):
    assert found(sentence, cited) == []


# 5. An act its maker's own told as asked of it
@pytest.mark.parametrize("sentence, cited", [
    ("The companies say they made the pledge at the Authority's request.", J3),
    ("The companies say they made the pledge at the request of the Authority.", J3),
    ("The companies pledged to freeze prices under pressure from the Authority.", PLEDGE),
    ("The pledge was made at the regulator's behest.", PLEDGE),
])
def test_own_act_told_asked_is_refused(sentence, cited):
    findings = found(sentence, cited)
    assert refused(findings, "this sentence tells as asked of its maker"), findings


@pytest.mark.parametrize("sentence, cited", [
    ("The companies say they made the pledge voluntarily.", J3),
    ("The companies say the pledge is their own and was not made at the Authority's request.", J3),
    ("The companies say nobody asked them to make the pledge.", J3),
    ("The companies say they made the pledge of their own accord.", J3),
    ("The companies say they made the pledge unprompted, to show their commitment.", J3),
    ("The companies say they will publish the list of products on request.", J3),
    ("The companies say they will report on their orders every six months.", J3),
    ("The pledge was the companies' own, not a condition set by the Authority.", PLEDGE),
    ("The companies made the pledge themselves.", PLEDGE),
])
def test_own_act_kept_builds(sentence, cited):
    assert found(sentence, cited) == []


# 6. A confidence told as a certainty
@pytest.mark.parametrize("sentence", [
    "The companies say the merger is certain to be cleared.",
    "The companies say the merger will certainly be cleared.",
    "The companies say the merger is sure to be cleared by the Authority.",
])
def test_confidence_told_certain_is_refused(sentence):
    findings = found(sentence, J8)
    assert refused(findings, "this sentence tells as certain"), findings


@pytest.mark.parametrize("sentence", [
    "The companies say they are confident the merger will be cleared.",
    "The companies expect the merger to be cleared and to complete in spring 2027.",
    "The companies say the merger is not certain to be cleared, but they are confident.",
    "The companies believe the merger will be cleared.",
])
def test_confidence_kept_builds(sentence):
    assert found(sentence, J8) == []


def test_a_certainty_its_passage_gives_builds():
    passage = "Analysts said the bill is certain to pass, and the minister said she was confident it would pass."
    assert sentence_findings("The bill is certain to pass, analysts said.", (passage,), "en", ()) == []


# 7. The market leader changed
@pytest.mark.parametrize("sentence, cited", [
    ("Harlow Foods is the market leader.", SH),
    ("Harlow Foods, the market leader, has a 21.4% share of grocery sales.", SH),
    ("The market leader, Harlow Foods, had a 21.4% share of grocery sales.", SH),
    ("Brightmart is the market leader.", N4),
])
def test_another_market_leader_is_refused(sentence, cited):
    findings = found(sentence, cited)
    assert refused(findings, "as the market leader, but its cited passages name Dunmore Stores"), findings


@pytest.mark.parametrize("sentence, cited", [
    ("Dunmore Stores is the market leader.", SH),
    ("Dunmore is the market leader with 27.9% of grocery sales.", N4),
    ("The merged business would overtake Dunmore Stores as market leader.", SH),
    ("Together Harlow Foods and Brightmart would become the market leader, with 35.2%.", SH),
    ("Dunmore Stores, the market leader, has 27.9% of grocery sales.", SH),
    ("The current market leader, Dunmore Stores, has a 27.9% share.", SH),
    ("Market leader Dunmore Stores has 27.9% of grocery sales.", N4),
    ("The merged business would be ahead of the market leader, Dunmore Stores.", SH),
    ("It is the market leader, with 27.9% of sales.", N4),
])
def test_the_market_leader_kept_builds(sentence, cited):
    assert found(sentence, cited) == []


# 8. An outcome not expected told as coming
@pytest.mark.parametrize("sentence", [
    "The companies say the merger will lead to compulsory redundancies in their stores.",
    "The companies say the merger would lead to compulsory redundancies.",
])
def test_unexpected_told_coming_is_refused(sentence):
    findings = found(sentence, J7)
    assert refused(findings, "this sentence tells as coming"), findings


@pytest.mark.parametrize("sentence", [
    "The companies say they do not expect compulsory redundancies in their stores.",
    "The companies say the merger will not lead to compulsory redundancies in their stores.",
    "The companies say some head office roles are likely to be affected.",
    "The companies expect no compulsory redundancies in their stores.",
    "The companies say store staff will keep their jobs, though some head office roles may go.",
    "The companies say the merger will lead to lower prices.",
])
def test_expectation_kept_builds(sentence):
    assert found(sentence, J7) == []


# 9. What a source sets aside told as what it keeps
@pytest.mark.parametrize("sentence, cited", [
    ("The Authority measures market power by the share of stores.", ST),
    ("The Authority's measure of market power is the share of stores.", ST),
    ("Market power is measured by the share of stores, the Authority says.", ST),
    ("The court ruled on the validity of the merger.", ("", "The court ruled on the validity of the contract, not the "
                                                            "validity of the merger.")),
])
def test_set_aside_told_kept_is_refused(sentence, cited):
    findings = found(sentence, cited) if cited[0] else sentence_findings(sentence, (cited[1],), "en", ())
    assert refused(findings, "where its cited passages say"), findings


@pytest.mark.parametrize("sentence", [
    "The Authority measures market power by the share of sales.",
    "The Authority measures market power by the share of sales, not the share of stores.",
    "The Authority measures market power by sales, not by store numbers.",
    "The companies' stores differ greatly in size, so the share of stores says little about market power.",
    "The Authority measures market power by the share of sales rather than the share of stores.",
    "Because the stores differ in size, the Authority looks at the share of sales.",
    "The Authority's measure of market power is the share of grocery sales.",
])
def test_what_is_kept_builds(sentence):
    assert found(sentence, ST) == []


def test_the_build_names_the_file_and_line(tmp_path: Path):
    """A briefing naming another market leader is refused at its file and line; the honest briefing builds."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    background = desk / "content" / "grocery-merger" / "background.yaml"
    edit(background, "Together\n      they would have 35.2%, ahead of Dunmore Stores with 27.9%.[^combined]",
         "Harlow Foods is\n      the market leader.[^combined]")
    result = run_build(desk, "check")
    assert result.code == 1
    lines = error_lines(result)
    assert any("background.yaml:" in line and "names Harlow Foods as the market leader" in line for line in lines), \
        result.err
