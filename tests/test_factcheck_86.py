"""An eighty-sixth fact-check: things told as done, confirmed or settled that the source gives only as asked, at
risk, to come, possible or close.

Misstatements built: "The court dismissed the lawsuit." citing "Acme asked the court to dismiss the lawsuit." (a
request of another told as its act); "The judge ruled that Acme broke the law." citing "Bolt argued that ..." (an
argument told as a ruling); "The ceasefire has collapsed." citing "is at risk of collapse", "signed a peace deal" for
"close to signing"; "The tariffs are now in force." citing "will come into force", "is back at" for "will return to"
(a state to come told as reached), "passed the bill" for "will vote on the bill" (a vote to come told as its
outcome); "agreed a ceasefire" for "agreed a ceasefire in principle"; "Northland is the only country" for "one of
three countries" (explainer/unsettled.py). "The merger was blocked." for "may block the merger" and "The strike has
ended." for "could end" shared one word with their passages and added none (possible_done.py, future_as_past.py);
"confirmed" for "declined to comment" (stances.py); "New York" for "New Jersey" (places.py: a first word shared
opens another place). Honest wordings refused: "are expected to approve" for "are likely to approve" (likelihood.py:
a forecast keeps the doubt); "The port is due to reopen." (causes.py read its "due to" as a cause).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="acme", name="Acme Corp", short_name="Acme", role="buyer"),
           Party(id="bolt", name="Bolt Industries", short_name="Bolt", role="target"),
           Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))

ASKED = "what its cited passages give only as asked of another"
SOUGHT = "what its cited passages give only as sought or awaited"
NEAR = "what its cited passages give only as near or at risk"
TO_COME = "what its cited passages give only as to come"

MISSTATED = {
    "asked-the-court": ("The court dismissed the lawsuit.", ("Acme asked the court to dismiss the lawsuit.",),
                        f"this sentence tells as done ('dismissed') {ASKED} ('asked the court to dismiss')"),
    "urged-another": ("The embargo was lifted.", ("Northland urged Southland to lift the embargo.",),
                      f"this sentence tells as done ('lifted') {ASKED} ('urged Southland to lift')"),
    "called-for-passive": ("The embargo was lifted.", ("Northland called for the embargo to be lifted.",),
                           f"this sentence tells as done ('lifted') {ASKED} ('called for the embargo to be lifted')"),
    "called-on-to-resign": ("The minister resigned.", ("The opposition called on the minister to resign.",),
                            f"this sentence tells as done ('resigned') {ASKED} ('called on the minister to resign')"),
    "demanded-that": ("The blockade was lifted.", ("Southland demanded that the blockade be lifted.",),
                      f"this sentence tells as done ('lifted') {ASKED} ('demanded that the blockade be lifted')"),
    "recommended-approval": ("Regulators approved the merger.", ("Regulators recommended approval of the merger.",),
                             "this sentence tells as done ('approved') what its cited passages give only as sought or awaited "
                             "('recommended approval')"),
    "release-sought": ("The hostages were freed.", ("Negotiators are seeking the release of the hostages.",),
                       f"this sentence tells as done ('freed') {SOUGHT} ('seeking the release')"),
    "submitted-for-approval": ("The vaccine was approved.", ("The vaccine was submitted for approval.",),
                               f"this sentence tells as done ('approved') {SOUGHT} ('submitted for approval')"),
    "awaits-ratification": ("The treaty was ratified.", ("The treaty awaits ratification.",),
                            f"this sentence tells as done ('ratified') {SOUGHT} ('awaits ratification')"),
    "up-for-sale": ("The company was sold.", ("The company was put up for sale.",),
                    f"this sentence tells as done ('sold') {SOUGHT} ('put up for sale')"),
    "weighing-recognition": ("Northland recognised Southland.", ("Northland is weighing recognition of Southland.",),
                             f"this sentence tells as done ('recognised') {SOUGHT} ('weighing recognition')"),
    "asked-the-judge-order": ("The judge ordered Acme to pay damages.",
                              ("Bolt asked the judge to order Acme to pay damages.",),
                              f"this sentence tells as done ('ordered') {ASKED} ('asked the judge to order')"),
    "argued-as-ruled": ("The judge ruled that Acme broke the law.", ("Bolt argued that Acme broke the law.",),
                        "this sentence tells as ruled ('judge ruled that') what its cited passages give only as a "
                        "party's argument ('argued that')"),
    "claimed-as-found": ("The court found Acme liable.", ("Bolt claimed that Acme was liable.",),
                         "this sentence tells as ruled ('court found') what its cited passages give only as a party's "
                         "argument ('claimed that')"),
    "alleged-as-found": ("The jury found that Acme had lied.", ("Bolt alleged that Acme had lied.",),
                         "this sentence tells as ruled ('jury found that') what its cited passages give only as a "
                         "party's argument ('alleged that')"),
    "at-risk-of-collapse": ("The ceasefire has collapsed.", ("The ceasefire is at risk of collapse.",),
                            f"this sentence tells as done ('collapsed') {NEAR} ('at risk of collapse')"),
    "could-collapse": ("The ceasefire has collapsed.", ("The ceasefire could collapse.",),
                       "this sentence tells as done ('collapsed') what its cited passages give only as possible "
                       "('could collapse')"),
    "close-to-collapse": ("The ceasefire has collapsed.", ("The ceasefire is close to collapse.",),
                          "this sentence tells a deed ('collapsed') that no passage it cites gives"),
    "close-to-signing": ("Northland and Southland signed a peace deal.",
                         ("The two sides are close to signing a peace deal.",),
                         f"this sentence tells as done ('signed') {NEAR} ('close to signing')"),
    "close-to-a-deal": ("Northland and Southland reached a deal.", ("Northland and Southland are close to a deal.",),
                        f"this sentence tells as done ('reached') {NEAR} ('close to a deal')"),
    "at-risk-of-defaulting": ("Acme defaulted on its debt.", ("Acme is at risk of defaulting on its debt.",),
                              f"this sentence tells as done ('defaulted') {NEAR} ('at risk of defaulting')"),
    "brink-of-bankruptcy": ("Acme went bankrupt.", ("Acme is on the brink of bankruptcy.",),
                            f"this sentence tells as done ('went bankrupt') {NEAR} ('on the brink of bankruptcy')"),
    "under-pressure": ("The minister resigned.", ("The minister is under pressure to resign.",),
                       f"this sentence tells as done ('resigned') {NEAR} ('under pressure to resign')"),
    "considering": ("The sanctions were lifted.", ("Officials are considering lifting the sanctions.",),
                    f"this sentence tells as done ('lifted') {NEAR} ('are considering lifting')"),
    "in-force": ("The tariffs are now in force.", ("The tariffs will come into force next month.",),
                 f"this sentence tells as settled ('are now in force') {TO_COME} ('will come into force')"),
    "in-effect": ("The law is now in effect.", ("The law will take effect in January.",),
                  f"this sentence tells as settled ('is now in effect') {TO_COME} ('will take effect')"),
    "came-into-force": ("The tariffs came into force.", ("The tariffs will come into force next month.",),
                        "this sentence tells as done ('came') what its cited passages give as still to come "
                        "('will come'"),
    "back-at-target": ("Inflation is back at its 2% target.", ("Inflation will return to its 2% target by mid-2027.",),
                       f"this sentence tells as settled ('is back') {TO_COME} ('will return')"),
    "reopened": ("The port has reopened.", ("The port will reopen on Monday.",),
                 "this sentence tells as done ('reopened') what its cited passages give as still to come ('will "
                 "reopen'"),
    "vote-to-come-as-passed": ("Parliament passed the bill.", ("Parliament will vote on the bill next week.",),
                               "this sentence tells as settled ('passed') what its cited passages give only as to come "
                               "('will vote on')"),
    "confidence-vote-as-fallen": ("The government fell.", ("The government faces a confidence vote.",),
                                  "this sentence tells as settled ('fell') what its cited passages give only as to come "
                                  "('faces a confidence vote')"),
    "in-principle-dropped": ("Northland and Southland agreed a ceasefire.",
                             ("Northland and Southland agreed a ceasefire in principle.",),
                             "this sentence tells as agreed outright ('agreed') what its cited passages give only as "
                             "not yet final ('agreed a ceasefire in principle')"),
    "tentative-dropped": ("Acme and Bolt reached a deal.", ("Acme and Bolt reached a tentative deal.",),
                          "this sentence tells as agreed outright ('reached') what its cited passages give only as not "
                          "yet final ('reached a tentative deal')"),
    "strike-could-end": ("The strike has ended.", ("Union leaders said the strike could end next week.",),
                         "this sentence tells as done ('ended') what its cited passages give only as possible ('could "
                         "end')"),
    "may-block": ("The merger was blocked.", ("Regulators may block the merger.",),
                  "this sentence tells as done ('blocked') what its cited passages give only as possible ('may block')"),
    "could-close": ("The factory has closed.", ("The factory could close next year.",),
                    "this sentence tells as done ('closed') what its cited passages give only as possible ('could "
                    "close')"),
    "confirmed-for-no-comment": ("Acme confirmed the talks.", ("Acme declined to comment on the talks.",),
                                 "this sentence says 'confirmed' where its cited passages give no response ('declined "
                                 "to comment')"),
    "denied-for-no-comment": ("Acme denied the talks.", ("Acme declined to comment on the talks.",),
                              "this sentence says 'denied' where its cited passages give no response ('declined to "
                              "comment')"),
    "confirmed-for-silence": ("Acme confirmed the deal.", ("Acme has not commented on the deal.",),
                              "this sentence says 'confirmed' where its cited passages give no response ('has not "
                              "commented')"),
    "only-for-one-of-three": ("Northland is the only country to back the plan.",
                              ("Northland is one of three countries that back the plan.",),
                              "this sentence tells as the only one ('the only country') what its cited passages give "
                              "only as one of several ('one of three countries')"),
    "sole-for-one-of-several": ("Northland is the sole supplier of the parts.",
                                ("Northland is one of several suppliers of the parts.",),
                                "this sentence tells as the only one ('the sole supplier') what its cited passages "
                                "give only as one of several ('one of several suppliers')"),
    "new-york-for-new-jersey": ("The talks were held in New York.", ("The talks were held in New Jersey.",),
                                "this sentence names 'New York' where its cited passages name 'New Jersey'"),
    "south-korea-for-south-africa": ("The talks were held in South Korea.", ("The talks were held in South Africa.",),
                                     "this sentence names 'South Korea' where its cited passages name 'South Africa'"),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    found = sentence_findings(sentence, passages, "en", PARTIES)
    assert any(finding.startswith(message) for finding in found), found


HONEST = {
    "asked-kept": ("Acme asked the court to dismiss the lawsuit.", ("Acme asked the court to dismiss the lawsuit.",)),
    "wants-kept": ("Acme wants the court to dismiss the lawsuit.", ("Acme asked the court to dismiss the lawsuit.",)),
    "asked-then-done": ("The court dismissed the lawsuit.",
                        ("Acme asked the court to dismiss the lawsuit, and the court dismissed it in May.",)),
    "done-plainly": ("The court dismissed the lawsuit.", ("The court dismissed the lawsuit on Friday.",)),
    "urged-kept": ("Northland urged Southland to lift the embargo.",
                   ("Northland urged Southland to lift the embargo.",)),
    "urged-then-lifted": ("The embargo was lifted.",
                          ("Northland urged Southland to lift the embargo, and Southland lifted it in May.",)),
    "called-on-as-wants": ("The opposition wants the minister to resign.",
                           ("The opposition called on the minister to resign.",)),
    "recommended-kept": ("Regulators recommended approval of the merger.",
                         ("Regulators recommended approval of the merger.",)),
    "argued-kept": ("Bolt argued that Acme broke the law.", ("Bolt argued that Acme broke the law.",)),
    "argued-as-says": ("Bolt says Acme broke the law.", ("Bolt argued that Acme broke the law.",)),
    "claimed-kept": ("Bolt claimed Acme was liable.", ("Bolt claimed that Acme was liable.",)),
    "argued-then-ruled": ("The judge ruled that Acme broke the law.",
                          ("Bolt argued that Acme broke the law, and the judge ruled that it had.",)),
    "at-risk-kept": ("The ceasefire is at risk of collapse.", ("The ceasefire is at risk of collapse.",)),
    "could-as-may": ("The ceasefire may collapse.", ("The ceasefire could collapse.",)),
    "close-as-near": ("The ceasefire is near collapse.", ("The ceasefire is close to collapse.",)),
    "collapsed-told": ("The ceasefire has collapsed.",
                       ("The ceasefire collapsed on Sunday after weeks at risk of collapse.",)),
    "close-to-signing-kept": ("Northland and Southland are close to signing a peace deal.",
                              ("The two sides are close to signing a peace deal.",)),
    "close-to-a-deal-kept": ("Northland and Southland are near a deal.",
                             ("Northland and Southland are close to a deal.",)),
    "considering-kept": ("Officials are considering lifting the sanctions.",
                         ("Officials are considering lifting the sanctions.",)),
    "pressure-kept": ("The minister is under pressure to resign.",
                      ("The opposition has put the minister under pressure to resign.",)),
    "in-force-to-come": ("The tariffs come into force next month.", ("The tariffs will come into force next month.",)),
    "take-effect-to-come": ("The law takes effect in January.", ("The law will take effect in January.",)),
    "will-return-kept": ("Inflation will return to its 2% target by mid-2027.",
                         ("Inflation will return to its 2% target by mid-2027.",)),
    "set-to-return": ("Inflation is set to return to its 2% target by mid-2027.",
                      ("Inflation will return to its 2% target by mid-2027.",)),
    "submitted-kept": ("The vaccine awaits approval.", ("The vaccine was submitted for approval.",)),
    "up-for-sale-kept": ("The company is up for sale.", ("The company was put up for sale.",)),
    "ratified-told": ("The treaty was ratified.",
                      ("The treaty awaited ratification for a year; Northland ratified it in May.",)),
    "due-to-reopen": ("The port is due to reopen.", ("The port will reopen on Monday.",)),
    "vote-kept": ("Parliament is due to vote on the bill.", ("Parliament will vote on the bill next week.",)),
    "passed-told": ("Parliament passed the bill.",
                    ("Parliament will vote on the bill next week. Parliament passed a similar bill last year.",)),
    "in-principle-kept": ("Acme and Bolt reached a deal in principle.", ("Acme and Bolt agreed in principle on a deal.",)),
    "tentative-kept": ("Acme and Bolt reached a tentative deal.", ("Acme and Bolt reached a tentative deal.",)),
    "reopens-on-its-day": ("The port reopens on Monday.", ("The port will reopen on Monday.",)),
    "could-end-kept": ("Union leaders said the strike could end next week.",
                       ("Union leaders said the strike could end next week.",)),
    "may-as-could-block": ("Regulators could block the merger.", ("Regulators may block the merger.",)),
    "due-to-be-kept": ("The dam is due to be completed in 2025.",
                       ("Work on the dam began in 2019 and is due to be completed in 2025.",)),
    "declined-kept": ("Acme declined to comment on the talks.", ("Acme declined to comment on the talks.",)),
    "would-not-comment": ("Acme would not comment on the talks.", ("Acme declined to comment on the talks.",)),
    "confirmed-told": ("Acme confirmed the talks.", ("Acme confirmed the talks on Friday.",)),
    "one-of-three-kept": ("Northland is one of three countries to back the plan.",
                          ("Northland is one of three countries that back the plan.",)),
    "among-three": ("Northland is among three countries backing the plan.",
                    ("Northland is one of three countries that back the plan.",)),
    "only-told": ("Northland is the only country to back the plan.",
                  ("Northland is the only country that backs the plan.",)),
    "new-jersey-kept": ("The talks were held in New Jersey.", ("The talks were held in New Jersey.",)),
    "new-york-city": ("The talks were held in New York City.", ("The talks were held in New York.",)),
    "south-korea-kept": ("The talks were held in South Korea.", ("The talks were held in South Korea.",)),
    "expected-for-likely": ("Regulators are expected to approve the merger.",
                            ("Regulators are likely to approve the merger.",)),
    "said-would-appeal": ("Acme said it would appeal.", ("Acme said it will appeal the ruling.",)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []
