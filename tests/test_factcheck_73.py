"""A seventy-third fact-check: a deal, a collapse, a verdict, a unanimous vote, a shutdown or a lasting state the
source never tells, and a deed the source tells only as near, tried or offered.

"Northland and Southland agreed a ceasefire on Monday." citing "On Monday Northland proposed a ceasefire." built, as
did "The talks collapsed" citing "The talks were postponed", "The court convicted the minister" citing "the court
charged the minister", "The vote was unanimous" citing "passed by 12 votes to 3", "The refinery was shut down"
citing "The refinery cut output", "The border crossing was closed permanently" citing "closed for two days", and
"Northland forces captured the capital" citing "were close to capturing the capital". unbacked_deeds.py now reads
these deeds too, and a passage's word for a deed backs none where the passage tells it only as come near to
("close to", "on the verge of", "all but"), tried or offered ("offered to acquire" backs no "agreed to buy"). A
sentence that itself tells the deed as near, possible or to come ("nearly captured", "could be convicted", "will
permanently close") is left to the hedge and forecast checks.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from support import sentence_findings, sides_and_firms

PARTIES = sides_and_firms()

UNBACKED = {
    "agreed-for-proposed": ("Northland and Southland agreed a ceasefire on Monday.",
                            "On Monday Northland proposed a ceasefire.", "agreed"),
    "agreed-for-offered-to-acquire": ("Acme agreed to buy Bolt on Monday.", "On Monday Acme offered to acquire Bolt.",
                                      "agreed"),
    "collapsed-for-postponed": ("The talks collapsed on Monday.", "The talks were postponed on Monday.", "collapsed"),
    "collapsed-for-close-to-collapse": ("The talks collapsed.", "Officials said the talks were close to collapse.",
                                        "collapsed"),
    "convicted-for-charged": ("The court convicted the minister on Monday.",
                              "On Monday the court charged the minister.", "convicted"),
    "acquitted-for-adjourned": ("The court acquitted the minister.", "The court adjourned the minister's trial.",
                                "acquitted"),
    "unanimous-for-a-split-vote": ("The vote was unanimous.", "The vote passed by 12 votes to 3.", "unanimous"),
    "shut-for-cut-output": ("The refinery was shut down on Monday.", "The refinery cut output on Monday.", "shut"),
    "permanently-for-two-days": ("The border crossing was closed permanently.",
                                 "The border crossing was closed for two days.", "permanently"),
    "captured-for-close-to-capturing": ("Northland forces captured the capital.",
                                        "Northland forces were close to capturing the capital.", "captured"),
    "captured-for-nearly-captured": ("Northland captured the capital.", "Northland nearly captured the capital.",
                                     "captured"),
}


@pytest.mark.parametrize("sentence, passage, deed", UNBACKED.values(), ids=UNBACKED.keys())
def test_a_deed_no_cited_passage_tells_as_done_is_refused(sentence: str, passage: str, deed: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(f"this sentence tells a deed ('{deed}') that no passage it cites gives")
               for message in found), found


BACKED = {
    "signed-for-agreed": ("Northland and Southland agreed a ceasefire on Monday.",
                          "On Monday Northland and Southland signed a ceasefire."),
    "agreement-for-agreed": ("Northland and Southland agreed a ceasefire on Monday.",
                             "On Monday Northland and Southland reached a ceasefire agreement."),
    "accepted-for-agreed-to": ("The union agreed to the offer.", "The union accepted the offer."),
    "will-acquire-for-agreed-to-buy": ("Acme has agreed to buy Bolt for £3bn.",
                                       "Acme will acquire the whole of Bolt for £3bn."),
    "broke-down-for-collapsed": ("The talks collapsed on Monday.", "The talks broke down on Monday."),
    "bankruptcy-for-collapsed": ("Acme collapsed into bankruptcy in May.", "Acme filed for bankruptcy in May."),
    "guilty-for-convicted": ("The court convicted the minister on Monday.",
                             "On Monday the court found the minister guilty of fraud."),
    "not-guilty-for-acquitted": ("The court acquitted the minister.", "The minister was found not guilty."),
    "all-members-for-unanimously": ("The council voted unanimously for the plan.",
                                    "All members of the council voted for the plan."),
    "closed-for-shut": ("The plant was shut down on Monday.", "The plant was closed on Monday."),
    "until-further-notice-for-indefinitely": ("The crossing was closed indefinitely.",
                                              "The crossing was closed until further notice."),
    "nearly-elsewhere-in-the-passage": ("Northland captured the town.",
                                        "Northland captured the town after nearly a week of fighting."),
    "near-told-as-near": ("Northland nearly captured the capital.", "Northland came close to capturing the capital."),
    "possible-told-as-possible": ("The minister could be convicted of fraud.", "The minister was charged with fraud."),
}


@pytest.mark.parametrize("sentence, passage", BACKED.values(), ids=BACKED.keys())
def test_a_deed_its_passage_tells_as_done_or_a_deed_told_as_near_builds(sentence: str, passage: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert not any(message.startswith("this sentence tells a deed") for message in found), found
