"""A sixty-fourth fact-check: a merger or acquisition briefing read against its sources.

"The Competition Authority blocked Acme's purchase of Bolt." citing "The Competition Authority is reviewing Acme's
purchase of Bolt." built, and so did the board's approval given to Bolt's shareholders, "in cash and shares" told as
"in cash", "one of the market leaders" as "the market leader", "a stake of 30%" as "a controlling stake", "cleared"
for "blocked", "paid" for "offered" and "completed the purchase" for "agreed to buy". explainer/deals.py reads a review
told as decided, who acted swapped between a board and its shareholders, a mixed payment told as one kind, one of the
leaders told as the leader and a stake told as control (or a majority as a minority); outcomes.py pairs "cleared" with
"blocked" or "prohibited" and "paid" with "offered"; commitments.py tells a purchase done by "completed" or "closed".

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="acme", name="Acme Corp", short_name="Acme", role="buyer"),
           Party(id="bolt", name="Bolt Industries", short_name="Bolt", role="target"),
           Party(id="authority", name="the Competition Authority", short_name="the Competition Authority",
                 role="regulator"))

REVIEWING = "The Competition Authority is reviewing Acme's purchase of Bolt."
BOARD = "Bolt's board approved the takeover by Acme."
SHAREHOLDERS = "Bolt's shareholders approved the takeover by Acme."
REJECTED = "Bolt's board rejected Acme's bid."
MIXED = "Acme will pay for Bolt in cash and shares."
ONE_OF = "Acme is one of the market leaders in industrial robots."
SECOND = "Acme is the second-largest maker of industrial robots."
STAKE = "Acme has a stake of 30% in Bolt."
AGREED = "Acme agreed to buy Bolt for $2 billion."
OFFERED = "Acme offered $40 a share for Bolt."

MISSTATED = {
    "reviewing-as-blocked": ("The Competition Authority blocked Acme's purchase of Bolt.", REVIEWING,
                             "this sentence tells as decided ('blocked') what its cited passages give only as under "
                             "review ('is reviewing')"),
    "reviewing-as-cleared": ("The Competition Authority cleared Acme's purchase of Bolt.", REVIEWING,
                             "this sentence tells as decided ('cleared') what its cited passages give only as under "
                             "review ('is reviewing')"),
    "investigation-as-prohibited": (
        "The Competition Authority prohibited the takeover of Bolt.",
        "The Competition Authority has opened an in-depth investigation into the takeover of Bolt.",
        "this sentence tells as decided ('prohibited') what its cited passages give only as under review ('opened an "
        "in-depth investigation')"),
    "under-review-as-cleared-passive": (
        "The takeover of Bolt was cleared by the Competition Authority.",
        "The takeover of Bolt is under review by the Competition Authority.",
        "this sentence tells as decided ('cleared') what its cited passages give only as under review ('under "
        "review')"),
    "reviewing-as-waved-through": ("The Competition Authority waved through Acme's purchase of Bolt.", REVIEWING,
                                   "this sentence tells as decided ('waved through')"),
    "reviewing-as-go-ahead": ("The Competition Authority gave the go-ahead to Acme's purchase of Bolt.", REVIEWING,
                              "this sentence tells as decided ('gave the go-ahead')"),
    "blocked-as-cleared": ("The Competition Authority cleared Acme's purchase of Bolt.",
                           "The Competition Authority blocked Acme's purchase of Bolt.",
                           "this sentence says 'cleared' where its cited passages say 'blocked'"),
    "cleared-as-blocked": ("The Competition Authority blocked Acme's purchase of Bolt.",
                           "The Competition Authority cleared Acme's purchase of Bolt.",
                           "this sentence says 'blocked' where its cited passages say 'cleared'"),
    "board-as-shareholders": ("Bolt's shareholders approved the takeover by Acme.", BOARD,
                              "this sentence gives the act to the shareholders ('shareholders approved') where its "
                              "cited passages give it to the board ('board approved')"),
    "board-as-investors": ("Bolt's investors approved the takeover by Acme.", BOARD,
                           "this sentence gives the act to the shareholders ('investors approved') where its cited "
                           "passages give it to the board ('board approved')"),
    "shareholders-as-board": ("Bolt's board approved the takeover by Acme.", SHAREHOLDERS,
                              "this sentence gives the act to the board ('board approved') where its cited passages "
                              "give it to the shareholders ('shareholders approved')"),
    "board-rejection-as-shareholders": ("Bolt's shareholders rejected Acme's bid.", REJECTED,
                                        "this sentence gives the act to the shareholders ('shareholders rejected') "
                                        "where its cited passages give it to the board ('board rejected')"),
    "passive-board-as-shareholders": ("The takeover was approved by Bolt's shareholders.",
                                      "The takeover was approved by Bolt's board of directors.",
                                      "this sentence gives the act to the shareholders"),
    "mixed-as-cash": ("Acme will pay for Bolt in cash.", MIXED,
                      "this sentence tells the payment as one kind ('in cash') where its cited passages give it in "
                      "both ('cash and shares')"),
    "mixed-as-all-cash": ("Acme will pay for Bolt in an all-cash deal.", MIXED,
                          "this sentence tells the payment as one kind ('all-cash')"),
    "mixed-as-shares": ("Acme will pay for Bolt in shares.", MIXED,
                        "this sentence tells the payment as one kind ('in shares')"),
    "mixed-as-all-stock": ("Acme's offer for Bolt is all-stock.", "Acme's offer for Bolt is in stock and cash.",
                           "this sentence tells the payment as one kind ('all-stock') where its cited passages give "
                           "it in both ('stock and cash')"),
    "one-of-as-the-leader": ("Acme is the market leader in industrial robots.", ONE_OF,
                             "this sentence makes it the leader ('the market leader') where its cited passages say "
                             "'one of the market leaders'"),
    "one-of-as-leads": ("Acme leads the market in industrial robots.", ONE_OF,
                        "this sentence makes it the leader ('leads the market')"),
    "second-as-the-leader": ("Acme is the market leader in industrial robots.", SECOND,
                             "this sentence makes it the leader ('the market leader') where its cited passages say "
                             "'second-largest'"),
    "number-two-as-leads": ("Acme leads the market for industrial robots.",
                            "Acme is the No. 2 maker of industrial robots, behind Bolt.",
                            "this sentence makes it the leader ('leads the market') where its cited passages say "
                            "'No. 2'"),
    "stake-as-controls": ("Acme controls Bolt.", STAKE,
                          "this sentence gives control or a majority ('controls') where its cited passages give a "
                          "stake of half or less ('stake of 30%')"),
    "stake-as-majority": ("Acme has a majority stake of 30% in Bolt.", STAKE,
                          "this sentence gives control or a majority ('majority stake')"),
    "stake-as-controlling": ("Acme holds a 30% controlling stake in Bolt.", STAKE,
                             "this sentence gives control or a majority ('controlling stake')"),
    "largest-as-majority-shareholder": ("Acme is Bolt's majority shareholder.",
                                        "Acme is Bolt's largest shareholder with 30% of the shares.",
                                        "this sentence gives control or a majority ('majority shareholder') where its "
                                        "cited passages give a stake of half or less ('30% of the shares')"),
    "majority-as-minority": ("Acme has a minority stake in Bolt.", "Acme owns 60% of Bolt.",
                             "this sentence gives a minority ('minority stake') where its cited passages give a stake "
                             "of over half ('owns 60% of')"),
    "agreed-as-completed": ("Acme completed the purchase of Bolt for $2 billion.", AGREED,
                            "this sentence tells as done ('completed the purchase') what its cited passages give "
                            "only as agreed ('agreed to buy')"),
    "offered-as-paid": ("Acme paid $40 a share for Bolt.", OFFERED,
                        "this sentence tells as paid ('paid $40') what its cited passages give only as offered "
                        "('offered $40')"),
    "offered-pence-as-paid": ("Acme paid 412p a share for Bolt.", "Acme offered Bolt's shareholders 412p a share.",
                              "this sentence tells as paid ('paid 412p') what its cited passages give only as offered "
                              "('offered Bolt's shareholders 412p')"),
}


@pytest.mark.parametrize("sentence, passage, expected", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_deal_told_otherwise_than_its_source_is_refused(sentence: str, passage: str, expected: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(expected) for message in found), found


HONEST = {
    "review-kept": ("The Competition Authority is examining Acme's purchase of Bolt.", (REVIEWING,)),
    "review-passive": ("Acme's purchase of Bolt is under review by the Competition Authority.", (REVIEWING,)),
    "review-could-block": ("The Competition Authority could still block the takeover of Bolt.",
                           ("The Competition Authority is reviewing the takeover of Bolt and could block it.",)),
    "review-not-yet-cleared": ("The Competition Authority has not yet cleared the takeover of Bolt.",
                               ("The Competition Authority is reviewing the takeover of Bolt.",)),
    "decision-after-review": ("The Competition Authority blocked the takeover of Bolt.",
                              ("The Competition Authority, which spent a year reviewing the deal, blocked the "
                               "takeover of Bolt.",)),
    "go-ahead-after-review": ("The Competition Authority gave the go-ahead to Acme's purchase of Bolt.",
                              ("After a six-month review, the Competition Authority approved Acme's purchase of "
                               "Bolt.",)),
    "road-blocked": ("Protesters blocked the road to the plant.",
                     ("Police are investigating the protest at the plant, which closed the road to the plant.",)),
    "cleared-as-approved": ("The Competition Authority approved Acme's purchase of Bolt.",
                            ("The Competition Authority cleared Acme's purchase of Bolt.",)),
    "directors-for-board": ("Bolt's directors approved the takeover by Acme.", (BOARD,)),
    "board-backed": ("Bolt's board backed the takeover by Acme.", (BOARD,)),
    "directors-turned-down": ("Bolt's directors turned down Acme's bid.", (REJECTED,)),
    "board-recommended-shareholders-accept": ("Bolt's board recommended that shareholders accept Acme's offer.",
                                              ("Bolt's board recommended that shareholders accept Acme's offer.",)),
    "shareholders-vote-to-come": ("Bolt's shareholders will vote on Acme's offer in May.",
                                  ("Bolt's board backed Acme's offer; shareholders will vote on the offer in May.",)),
    "shareholders-passive": ("The takeover was approved by Bolt's shareholders.",
                             ("Bolt's shareholders approved the takeover at a meeting on Friday.",)),
    "both-approved": ("Bolt's board approved the takeover, and its shareholders approved it a month later.",
                      ("Bolt's board approved the takeover in March, and shareholders approved it in April.",)),
    "mixed-kept": ("Acme will pay for Bolt in a mix of cash and stock.", (MIXED,)),
    "partly-in-cash": ("Acme will pay for Bolt partly in cash.", (MIXED,)),
    "cash-part-given": ("Acme will pay $20 in cash for each Bolt share.",
                        ("Acme will pay $20 in cash and $15 in shares for each Bolt share.",)),
    "all-cash-said": ("Acme will pay for Bolt in cash.",
                      ("Acme will pay for Bolt in cash, its chief executive said.",)),
    "one-of-kept": ("Acme is among the market leaders in industrial robots.", (ONE_OF,)),
    "a-leading-maker": ("Acme is a leading maker of industrial robots.",
                        ("Acme is one of the leading makers of industrial robots.",)),
    "one-of-the-leading-kept": ("Acme is one of the leading makers of industrial robots.",
                                ("Acme is one of the leading makers of industrial robots.",)),
    "leader-said": ("Acme is the market leader in industrial robots.",
                    ("Acme is the market leader in industrial robots, and one of the leaders in drones.",)),
    "second-kept": ("Acme is the second largest maker of industrial robots.", (SECOND,)),
    "stake-kept": ("Acme has a 30% stake in Bolt.", (STAKE,)),
    "owns-share": ("Acme owns 30% of Bolt.", (STAKE,)),
    "minority-said": ("Acme holds a minority stake of 30% in Bolt.", (STAKE,)),
    "controls-a-share-of-a-market": ("Acme controls 30% of the market for industrial robots.",
                                     ("Acme holds 30% of the market for industrial robots.",)),
    "control-said": ("Acme holds a controlling stake in Bolt.",
                     ("Acme holds a 30% stake in Bolt, which gives it control of the board.",)),
    "majority-of-51": ("Acme has a majority stake in Bolt.", ("Acme owns 51% of Bolt.",)),
    "more-than-45-may-be-majority": ("Acme has a majority stake in Bolt.",
                                     ("Acme has a stake of more than 45% in Bolt.",)),
    "agreed-kept": ("Acme has agreed to buy Bolt for $2 billion.", (AGREED,)),
    "deal-struck": ("Acme struck a deal to buy Bolt for $2 billion.", (AGREED,)),
    "offer-kept": ("Acme made an offer of $40 a share for Bolt.", (OFFERED,)),
    "bid-for-offered": ("Acme bid $40 a share for Bolt.", (OFFERED,)),
    "paid-said": ("Acme paid $40 a share for Bolt.", ("Acme offered $40 a share for Bolt and paid it in June.",)),
    "would-have-paid": ("Bolt says Acme's $40 offer would have paid for a new plant.",
                        ("Bolt said Acme offered $40 a share, enough for a new plant.",)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_a_deal_told_as_its_source_tells_it_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []
