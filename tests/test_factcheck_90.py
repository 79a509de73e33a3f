"""A ninetieth fact-check: a business story's leftovers, a step told as the end of the road.

What built and is now refused, each beside honest rewordings that build (explainer/business_steps.py):
- a filing for protection told as a collapse: "Corvane went bankrupt" citing "Corvane filed for Chapter 11 bankruptcy
  protection";
- a resignation told as a dismissal: "The board fired the chief executive" citing "The chief executive resigned";
- a deal announced, agreed, planned or explored told as done: "The merger was completed in March" citing "The merger
  was announced in March", "Corvane sold its router unit" citing "Corvane is exploring a sale of its router unit";
- a request told as granted: "The court blocked the merger" citing "The FTC sued to block the merger", "The class
  action was certified" citing "The plaintiffs are seeking to have the class action certified";
- an act qualified by an adverb told plainly: "Regulators cleared the merger" citing "Regulators conditionally cleared
  the merger";
- an option of a report's list told as done: "The cabinet raised the cap to £21m" citing "Option C: the Cabinet raises
  the cap to £21m";
- a passive's agent changed: "Corvane was sued for $2bn by its shareholders" citing "... by Brightwell".
Honest, refused before: "The board backed the deal, and shareholders will vote on it in June." citing the same words
(deals.py read the board's act as the shareholders').

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import item_findings, sentence_findings

PARTIES = (Party(id="corvane", name="Corvane Technologies", short_name="Corvane", role="defendant"),
           Party(id="brightwell", name="Brightwell Software", short_name="Brightwell", role="plaintiff"))

CHAPTER_11 = "Corvane filed for Chapter 11 bankruptcy protection."
RESIGNED = "The chief executive resigned, the board said."
SUED_TO_BLOCK = "The FTC sued to block the merger."
ANNOUNCED = "The merger was announced in March."
EXPLORING = "Corvane is exploring a sale of its router unit."
CERTIFY = "The plaintiffs are seeking to have the class action certified."
SUED_BY = "Corvane was sued for $2bn by Brightwell."
CONDITIONALLY = "Regulators conditionally cleared the merger."
OPTION = "Option C: the Cabinet raises the cap to £21m."
BACKED = "The board backed the deal; shareholders will vote on it in June."

PROTECTION = "what its cited passages give only as a filing for protection from creditors"
RESIGNATION = "what its cited passages give only as a resignation"
ANNOUNCEMENT = "what its cited passages give only as announced, planned or explored"
REQUEST = "what its cited passages give only as a request or a suit"

MISSTATED = {
    "went-bankrupt": ("Corvane went bankrupt.", (CHAPTER_11,),
                      f"this sentence tells as an outcome ('went bankrupt') {PROTECTION} ('filed for Chapter 11 "
                      "bankruptcy protection')"),
    "is-bankrupt": ("Corvane is bankrupt.", (CHAPTER_11,), f"this sentence tells as an outcome ('is bankrupt') "
                                                           f"{PROTECTION}"),
    "went-bust-on-the-brink": ("Corvane went bust.", ("Corvane is on the brink of bankruptcy.",),
                               f"this sentence tells as an outcome ('went bust') {PROTECTION} ('on the brink of "
                               "bankruptcy')"),
    "liquidation-for-protection": ("Corvane went into liquidation.",
                                   ("Corvane filed for bankruptcy protection in Delaware.",),
                                   f"this sentence tells as an outcome ('went into liquidation') {PROTECTION}"),
    "fired-for-resigned": ("The board fired the chief executive.", (RESIGNED,),
                           f"this sentence tells as an outcome ('fired') {RESIGNATION} ('resigned')"),
    "ousted-for-stepped-down": ("The chief executive was ousted.", ("The chief executive stepped down in May.",),
                                f"this sentence tells as an outcome ('ousted') {RESIGNATION} ('stepped down')"),
    "sacked-for-quit": ("The board sacked the finance chief.", ("The finance chief quit, the board said.",),
                        f"this sentence tells as an outcome ('sacked') {RESIGNATION} ('quit')"),
    "completed-for-announced": ("The merger was completed in March.", (ANNOUNCED,),
                                f"this sentence tells as an outcome ('merger was completed') {ANNOUNCEMENT} ('merger "
                                "was announced')"),
    "closed-for-announced": ("The deal closed in March.", ("The deal was announced in March.",),
                             f"this sentence tells as an outcome ('deal closed') {ANNOUNCEMENT}"),
    "sold-for-exploring": ("Corvane sold its router unit.", (EXPLORING,),
                           f"this sentence tells as an outcome ('sold') {ANNOUNCEMENT} ('exploring a sale')"),
    "went-through-for-pending": ("The sale of the router unit went through.",
                                 ("The sale of the router unit is pending.",),
                                 f"this sentence tells as an outcome ('sale of the router unit went through') "
                                 f"{ANNOUNCEMENT} ('sale of the router unit is pending')"),
    "spun-off-for-planned": ("Corvane spun off its chip unit.", ("Corvane announced a planned spin-off of its chip unit.",),
                             f"this sentence tells as an outcome ('spun off') {ANNOUNCEMENT}"),
    "merged-for-announced": ("Corvane merged with Brightwell.", ("Corvane and Brightwell announced a merger in May.",),
                             f"this sentence tells as an outcome ('merged') {ANNOUNCEMENT} ('announced a merger')"),
    "completed-for-agreed": ("Corvane completed the sale of its router unit.",
                             ("Corvane agreed a sale of its router unit.",),
                             f"this sentence tells as an outcome ('completed the sale') {ANNOUNCEMENT}"),
    "blocked-for-sued-to-block": ("The court blocked the merger.", (SUED_TO_BLOCK,),
                                  f"this sentence tells as an outcome ('blocked') {REQUEST} ('sued to block')"),
    "certified-for-seeking": ("The class action was certified.", (CERTIFY,),
                              f"this sentence tells as an outcome ('certified') {REQUEST}"),
    "cleared-for-conditionally": ("Regulators cleared the merger.", (CONDITIONALLY,),
                                  "this sentence tells plainly ('cleared') an act its cited passages qualify "
                                  "('conditionally cleared')"),
    "cleared-for-tentatively": ("Regulators cleared the deal.", ("Regulators tentatively cleared the deal.",),
                                "this sentence tells plainly ('cleared') an act its cited passages qualify "
                                "('tentatively cleared')"),
    "option-as-done": ("The cabinet raised the cap to £21m.", (OPTION,),
                       "this sentence tells as done what its cited passages give only as one option ('Option C')"),
    "scenario-as-done": ("The council closed the library.", ("Scenario 2: the council closes the library.",),
                         "this sentence tells as done what its cited passages give only as one option ('Scenario 2')"),
    "sued-by-shareholders": ("Corvane was sued for $2bn by its shareholders.", (SUED_BY,),
                             "this sentence gives the act ('sued ... by its shareholders') to another than its cited "
                             "passages do ('sued ... by Brightwell')"),
    "fined-by-another-regulator": ("Corvane was fined by the SEC.", ("Corvane was fined by the FCA.",),
                                   "this sentence gives the act ('fined by the SEC') to another than its cited passages "
                                   "do ('fined by the FCA')"),
    "acquired-by-employees": ("Corvane was acquired by its employees.", ("Corvane was acquired by Brightwell in 2024.",),
                              "this sentence gives the act ('acquired by its employees')"),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_step_told_as_the_end_of_the_road_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    found = sentence_findings(sentence, passages, "en", PARTIES)
    assert any(finding.startswith(message) for finding in found), found
    assert len(found) == 1, found  # named once


# Misstatements of the same family that other checks name: named by them, and not again here
NAMED_ELSEWHERE = {
    "bought-for-a-bid": ("Corvane was bought by Brightwell.", "Corvane received a takeover bid from Brightwell.",
                         "tells as an outcome ('bought')"),
    "approved-for-provisionally": ("Regulators approved the merger.", "Regulators provisionally approved the merger.",
                                   "tells as agreed outright ('approved')"),
    "approved-for-partially": ("The EU approved the subsidy.", "The EU partially approved the subsidy.",
                               "'partially'"),
    "sold-for-agreed-to-sell": ("Corvane sold its router unit to Brightwell.",
                                "Corvane agreed to sell its router unit to Brightwell.", "tells as done ('sold')"),
}


@pytest.mark.parametrize("sentence, passage, named", NAMED_ELSEWHERE.values(), ids=NAMED_ELSEWHERE.keys())
def test_a_step_another_check_names_is_named_once(sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(named in finding for finding in found), found
    assert len(found) == 1, found


HONEST = {
    "chapter-11-kept": ("Corvane filed for Chapter 11 bankruptcy protection.", (CHAPTER_11,)),
    "protection-paraphrased": ("Corvane sought bankruptcy protection.", (CHAPTER_11,)),
    "in-chapter-11": ("Corvane is in Chapter 11.", (CHAPTER_11,)),
    "bankrupt-given-later": ("Corvane filed for bankruptcy protection and later went bankrupt.",
                             ("Corvane filed for bankruptcy protection in May and went bankrupt in June.",)),
    "resigned-kept": ("The chief executive resigned, the board said.", (RESIGNED,)),
    "stepped-down-for-resigned": ("The chief executive stepped down.", (RESIGNED,)),
    "fired-given": ("The board fired the chief executive.", ("The chief executive was fired by the board.",)),
    "dismissed-a-claim": ("The judge dismissed the claim.", ("Judge Smith resigned from the case.",)),
    "announced-kept": ("The merger was announced in March.", (ANNOUNCED,)),
    "announced-by-a-party": ("Corvane announced the merger in March.", (ANNOUNCED,)),
    "exploring-kept": ("Corvane is exploring a sale of its router unit.", (EXPLORING,)),
    "may-sell": ("Corvane may sell its router unit.", (EXPLORING,)),
    "sold-something-else": ("Corvane sold 3 million phones last year.",
                            ("Corvane plans to sell its router unit; it sold 3 million phones last year.",)),
    "completed-a-review": ("The company completed the review.", ("The company announced the deal after a review.",)),
    "sold-given": ("Corvane sold its router unit.", ("Corvane announced in May that it had sold its router unit.",)),
    "sold-before": ("Corvane was sold in 2020.", ("Corvane, sold in 2020, is exploring a sale of its router unit.",)),
    "shares-closed": ("Corvane's shares closed 3% higher.",
                      ("Corvane's shares rose 3% after it announced a sale of its router unit.",)),
    "sued-to-block-kept": ("The FTC sued to block the merger.", (SUED_TO_BLOCK,)),
    "trying-to-block": ("The FTC is trying to block the merger in court.", (SUED_TO_BLOCK,)),
    "blocked-given": ("The court blocked the merger.", ("The FTC sued to block the merger, and the court blocked it in "
                                                       "May.",)),
    "approved-something-else": ("Regulators approved the drug.", ("Corvane asked regulators to approve the merger.",)),
    "seeking-certification": ("The plaintiffs are seeking class certification.", (CERTIFY,)),
    "sued-by-kept": ("Corvane was sued for $2bn by Brightwell.", (SUED_BY,)),
    "sued-active": ("Brightwell sued Corvane for $2bn.", (SUED_BY,)),
    "sued-by-its-rival": ("Corvane was sued by its rival.", ("Corvane was sued for $2bn by Brightwell, its rival.",)),
    "approved-by-regulators": ("The merger was approved by regulators in May.",
                               ("The merger was approved by the Competition Commission in May.",)),
    "backed-by-shareholders": ("The deal was backed by shareholders.", ("The deal was backed by Corvane's "
                                                                       "shareholders.",)),
    "conditionally-kept": ("Regulators conditionally cleared the merger.", (CONDITIONALLY,)),
    "with-conditions": ("Regulators cleared the merger with conditions.", (CONDITIONALLY,)),
    "subject-to-conditions": ("Regulators cleared the merger, subject to conditions.", (CONDITIONALLY,)),
    "cleared-given-later": ("Regulators cleared the merger.",
                            ("Regulators conditionally cleared the merger in May and fully cleared it in June.",)),
    "partly-for-partially": ("Corvane partly cleared its debts.", ("Corvane partially cleared its debts.",)),
    "option-kept": ("Option C would raise the cap to £21m.", (OPTION,)),
    "one-option": ("One option is for the Cabinet to raise the cap to £21m.", (OPTION,)),
    "option-weighed": ("The Cabinet is weighing Option C, which raises the cap to £21m.", (OPTION,)),
    "option-chosen": ("The Cabinet raised the cap to £21m.", (OPTION + " The Cabinet chose option C.",)),
    "board-and-shareholders": ("The board backed the deal, and shareholders will vote on it in June.", (BACKED,)),
    "board-backed-kept": ("The board backed the deal.", (BACKED,)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_a_step_kept_where_it_stands_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []


def test_the_board_given_the_shareholders_act_is_still_refused_beside_the_boards_vote():
    found = sentence_findings("Corvane's board backed Brightwell's takeover offer.",
                              ("Corvane's shareholders backed Brightwell's takeover offer; the board will vote on it in "
                               "June.",), "en", PARTIES)
    assert any(finding.startswith("this sentence gives the act to the board ('board backed') where its cited passages "
                                  "give it to the shareholders ('shareholders backed')") for finding in found), found


def test_an_item_cited_as_a_whole_is_read_too():
    found = item_findings("Corvane went bankrupt. Its shares fell.", (CHAPTER_11,), "en", PARTIES)
    assert any(finding.startswith(f"this sentence tells as an outcome ('went bankrupt') {PROTECTION}")
               for finding in found), found
