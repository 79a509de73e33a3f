"""A sixty-fifth fact-check: an election briefing read against its sources.

Probed with 124 sentences (73 honest) about the Labour Party, the National Party, the Greens and an electoral
commission, 41 came out wrong. These built: a majority claimed where the source gives the largest party, 48 of the
100 seats or "falling short of a majority"; a win where the source gives a lead in "early counts" or one that "led
until March"; "leads" where that lead ended; a recount "held", or an inquiry that "found", where one was only
requested; a turnout given as a party's share of the vote, and a share as the turnout; the most seats given to the
party the source gives the most votes; a coalition "formed" where parties "are negotiating" one; results "certified"
where the source gives preliminary ones; seats gained told as seats won, and a total as seats gained. And "did not
win a majority" citing "fell short of a majority" was refused as a negation added. Now elections.py, seat_changes.py
and requests_done.py read those shapes, leads.py reads a past lead, commitments.py reads "formed" as talks done, and
polarity.py reads "short of" as a negation; the honest rewordings beside each still build.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="labour", name="Labour Party", short_name="Labour", role="party"),
           Party(id="national", name="National Party", short_name="National", role="party"),
           Party(id="greens", name="Green Party", short_name="Greens", role="party"),
           Party(id="commission", name="Electoral Commission", short_name="the commission", role="authority"))

NO_MAJORITY = "where its cited passages give no majority"
LEAD = "the source gives this only as a lead"
LEAD_ENDED = "this sentence gives a lead as going on"
REQUESTED = "where its cited passages give it only as requested"
TURNOUT = "where its cited passages give it as the turnout"
SHARE = "where its cited passages give it as a share of the vote"
TALKS = "what its cited passages give only as still being negotiated"
PRELIMINARY = "where its cited passages give them as preliminary"
CHANGE = "where its cited passages give them as a change"
TOTAL = "where its cited passages give them as a total"

MISSTATED = {
    "majority-of-48-seats": ("Labour won a majority.",
                             "Labour won 48 of the 100 seats, falling short of a majority.", NO_MAJORITY),
    "majority-of-largest-party": ("Labour won a majority.",
                                  "Labour became the largest party, with 48 of the 100 seats.", NO_MAJORITY),
    "majority-of-largest-party-alone": ("Labour won a majority.", "Labour emerged as the largest party in parliament.",
                                        NO_MAJORITY),
    "majority-of-hung-parliament": ("Labour holds a majority in the assembly.",
                                    "The election produced a hung parliament, with Labour the largest party.",
                                    NO_MAJORITY),
    "absolute-majority-short": ("The National Party secured an absolute majority.",
                                "The National Party won 40 of the 120 seats, short of an absolute majority.",
                                "drops the negation"),
    "outright-majority-fell-short": ("Labour won an outright majority.",
                                     "Labour fell short of a majority, winning 48 seats.", "drops the negation"),
    "won-for-early-counts": ("Labour won the election.", "Labour led in early counts.", LEAD),
    "won-for-led-until": ("Labour won.", "Labour led until March, when National overtook it.", LEAD),
    "leads-for-overtaken": ("Labour leads the count.", "Labour led in early counts before National overtook it.",
                            LEAD_ENDED),
    "leads-for-led-until": ("Labour leads in the polls.", "Labour led in the polls until March.", LEAD_ENDED),
    "ahead-for-ahead-until": ("Labour is ahead in the count.",
                              "Labour was ahead until National overtook it late on Sunday.", LEAD_ENDED),
    "recount-held": ("A recount was held.", "A recount was requested by National.", REQUESTED),
    "recount-held-by-commission": ("The commission held a recount.",
                                   "National has requested a recount, which the commission is considering.",
                                   REQUESTED),
    "recount-confirmed": ("A recount confirmed the result.", "A recount was requested.", REQUESTED),
    "inquiry-found": ("The inquiry found no fraud.", "The opposition called for an inquiry into the count.",
                      REQUESTED),
    "audit-carried-out": ("An audit of the ballots was carried out.", "National demanded an audit of the ballots.",
                          REQUESTED),
    "turnout-as-won-share": ("Labour won 61% of the vote.", "Turnout was 61%, and Labour won 38% of the vote.",
                             TURNOUT),
    "turnout-as-took-share": ("Labour took 61% of the vote.", "Labour won 38% of the vote on a turnout of 61%.",
                              TURNOUT),
    "turnout-as-share-of-the-vote": ("Labour's share of the vote was 61%.",
                                     "Turnout was 61%; Labour won 38% of the vote.", TURNOUT),
    "turnout-as-voted-for": ("61% voted for Labour.", "Turnout was 61%; Labour won 38% of the vote.", TURNOUT),
    "turnout-as-polled": ("Labour polled 72%.", "Turnout reached 72%, the highest since 1994.", TURNOUT),
    "share-as-turnout": ("Turnout was 41%.", "Labour won 41% of the vote.", SHARE),
    "most-seats-of-another": ("Labour won the most seats.",
                              "Labour won the most votes but National won the most seats.",
                              "where its cited passages give them to National"),
    "popular-vote-for-seats": ("Labour won the popular vote.", "Labour won the most seats.",
                               "where its cited passages give it the most seats"),
    "most-votes-of-another": ("The Greens won the most votes.",
                              "Labour won the most votes; the Greens won the most seats.",
                              "where its cited passages give them to Labour"),
    "coalition-formed-for-negotiating": ("Labour and the Greens formed a coalition.",
                                         "Labour and the Greens are negotiating a coalition.", TALKS),
    "government-formed-for-negotiating": ("The Greens and Labour have formed a government.",
                                          "The Greens and Labour are negotiating a government.", TALKS),
    "certified-for-preliminary": ("The results were certified.", "Preliminary results show Labour ahead.",
                                  PRELIMINARY),
    "commission-certified": ("The commission certified the results.",
                             "The commission published preliminary results.", PRELIMINARY),
    "certified-results-for-preliminary": ("Labour won 48 seats, according to the certified results.",
                                          "Labour won 48 seats, according to preliminary results.", PRELIMINARY),
    "official-for-partial": ("Official results show Labour won.", "Labour won, according to partial results.",
                             PRELIMINARY),
    "won-for-gained": ("Labour won 12 seats.", "Labour gained 12 seats, taking its total to 48.", CHANGE),
    "won-for-gained-alone": ("Labour won 12 seats.", "Labour gained 12 seats.", CHANGE),
    "has-for-gained": ("Labour has 12 seats.", "Labour gained 12 seats.", CHANGE),
    "took-for-picked-up": ("Labour took 12 seats.", "Labour picked up 12 seats, for a total of 48.", CHANGE),
    "gained-for-total": ("Labour gained 48 seats.", "Labour gained 12 seats, taking its total to 48.", TOTAL),
    "left-with-for-lost": ("National lost 9 seats, leaving it with 9 seats.",
                           "National lost 9 seats, leaving it with 30.", CHANGE),
}


@pytest.mark.parametrize("sentence, passage, expected", MISSTATED.values(), ids=MISSTATED.keys())
def test_an_election_result_told_otherwise_than_its_source_is_refused(sentence: str, passage: str, expected: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(expected in message for message in found), found


HONEST = {
    "short-of-majority-kept": ("Labour fell short of a majority, winning 48 seats.",
                               "Labour won 48 of the 100 seats, falling short of a majority."),
    "seats-kept": ("Labour won 48 of the 100 seats.", "Labour won 48 of the 100 seats, falling short of a majority."),
    "did-not-win-for-fell-short": ("Labour did not win a majority.",
                                   "Labour fell short of a majority, winning 48 seats."),
    "was-short-for-fell-short": ("Labour was short of a majority.", "Labour fell short of a majority in parliament."),
    "majority-by-count": ("Labour won a majority.", "Labour won 52 of the 100 seats, a majority."),
    "majority-kept": ("Labour won a majority.", "Labour won an outright majority."),
    "majority-of-twelve": ("Labour won a majority of 12.", "Labour won 56 of the 100 seats, a majority of 12."),
    "majority-of-the-other-house": ("National has a majority in the upper house.",
                                    "Labour fell short of a majority, while National has a majority in the upper "
                                    "house."),
    "needs-for-majority": ("Labour needs 3 more seats for a majority.",
                           "Labour won 48 of the 100 seats and needs 3 more seats for a majority."),
    "largest-party-kept": ("Labour became the largest party.", "Labour emerged as the largest party in parliament."),
    "hung-parliament-kept": ("Labour is the largest party in a hung parliament.",
                             "The election produced a hung parliament, with Labour the largest party."),
    "early-lead-kept": ("Labour led in early counts.", "Labour led in early counts."),
    "ahead-early": ("Labour was ahead in early counts.", "Labour led in early counts."),
    "lead-until-kept": ("Labour led in the polls until March.", "Labour led in the polls until March."),
    "lead-going-on": ("Labour leads the count.", "Labour leads the count with 60% of ballots counted."),
    "overtaken-kept": ("Labour led until National overtook it.",
                       "Labour led until National overtook it late on Sunday."),
    "new-leader-leads": ("National now leads the count.",
                         "Labour led until National overtook it; National now leads the count."),
    "recount-requested-kept": ("National requested a recount.", "A recount was requested by National."),
    "asked-for-recount": ("National asked for a recount.", "National requested a recount."),
    "recount-ordered-given": ("The commission ordered a recount.",
                              "The commission ordered a recount after National's request."),
    "recount-held-given": ("A recount was held.", "A recount was held on 3 March."),
    "recount-confirmed-given": ("The recount confirmed Labour's win.",
                                "National requested a recount, and the recount confirmed Labour's win."),
    "held-at-request": ("The commission held a recount at National's request.",
                        "At National's request, the commission held a recount."),
    "requested-not-held": ("A recount was requested but not held.", "A recount was requested but was not held."),
    "audit-demanded-kept": ("National demanded an audit of the ballots.",
                            "National demanded an audit of the ballots."),
    "turnout-kept": ("Turnout was 61%.", "Labour won 38% of the vote on a turnout of 61%."),
    "share-kept": ("Labour won 38% of the vote.", "Labour won 38% of the vote on a turnout of 61%."),
    "share-and-turnout": ("Labour won 38% of the vote, on a turnout of 61%.",
                          "Turnout was 61%; Labour won 38% of the vote."),
    "voters-turned-out": ("61% of voters turned out.", "Turnout was 61%."),
    "about-turnout": ("About 61% of voters turned out.", "Turnout was about 61%."),
    "vote-counted": ("With 72% of the vote counted, Labour leads.", "With 72% of the vote counted, Labour leads."),
    "share-as-turnout-elsewhere": ("Labour won 41% of the vote, up from 35%.",
                                   "Labour won 41% of the vote, up from 35%; turnout was 35%."),
    "most-seats-kept": ("Labour won the most seats.", "Labour won the most seats, though National won more votes."),
    "took-most-seats": ("Labour took the most seats.", "Labour won the most seats."),
    "more-votes-kept": ("National won more votes.", "Labour won the most seats, though National won more votes."),
    "most-of-both": ("Labour won the most votes.", "Labour won the most votes and the most seats."),
    "other-most-seats-kept": ("The Greens won the most seats.",
                              "Labour won the most votes; the Greens won the most seats."),
    "more-than-ever": ("Labour has won more seats than ever.", "Labour has won more seats than ever."),
    "talks-kept": ("Labour is in talks to form a coalition with the Greens.",
                   "Labour is in talks to form a coalition with the Greens."),
    "negotiating-kept": ("Labour is negotiating a coalition with the Greens.",
                         "Labour is in talks to form a coalition with the Greens."),
    "coalition-formed-given": ("Labour formed a coalition with the Greens.",
                               "Labour formed a coalition with the Greens on 4 March."),
    "government-formed-given": ("The Greens and Labour formed a government in 2020.",
                                "The Greens and Labour formed a government in 2020."),
    "preliminary-kept": ("Preliminary results give Labour 48 seats.", "Preliminary results give Labour 48 seats."),
    "provisional-for-preliminary": ("Labour won 48 seats, according to provisional results.",
                                    "Labour won 48 seats, according to preliminary results."),
    "certified-given": ("The results were certified.", "The commission certified the results on 10 March."),
    "not-yet-certified": ("The results have not been certified.", "Preliminary results give Labour 48 seats."),
    "certified-to-come": ("Results will be certified next week.", "Preliminary results will be certified next week."),
    "final-expected": ("Final results are expected on Friday.",
                       "Preliminary results give Labour 48 seats; final results are expected on Friday."),
    "gained-kept": ("Labour gained 12 seats.", "Labour gained 12 seats, taking its total to 48."),
    "total-kept": ("Labour won 48 seats.", "Labour gained 12 seats, taking its total to 48."),
    "picked-up-for-gained": ("Labour picked up 12 seats.", "Labour gained 12 seats."),
    "more-seats-for-gained": ("Labour won 12 more seats.", "Labour gained 12 seats."),
    "won-kept": ("Labour won 12 seats.", "Labour won 12 seats."),
    "seats-more-than-kept": ("National won 12 seats more than Labour.", "National won 12 seats more than Labour."),
    "holds-after-gaining": ("The Greens now hold 24 seats after gaining 12 seats.",
                            "The Greens gained 12 seats to reach 24 seats."),
    "lost-kept": ("The Greens lost 3 seats.", "The Greens lost 3 seats, down to 9."),
    "with-seats-largest": ("Labour, with 48 seats, is the largest party.",
                           "Labour won 48 seats and is the largest party."),
    "fell-short-for-did-not-meet": ("The deal fell short of expectations.", "The deal did not meet expectations."),
    "did-not-meet-for-fell-short": ("The deal did not meet expectations.", "The deal fell short of expectations."),
    "stopped-short-for-did-not": ("The report stopped short of blaming the commission.",
                                  "The report did not blame the commission."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_election_result_told_as_its_source_gives_it_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
