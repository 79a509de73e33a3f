"""A fifty-third fact-check: events told further or sooner than the source says.

An ending told for what the source says goes on: "The talks collapsed." citing "The talks will resume next week."
built (ended_states.py read a state ended, not talks told as failed against a round to come). Now "collapsed", "broke
down", "failed", "were abandoned" (and the like) are refused where the passage gives the same talks a next round
("will resume", "are set to continue", "were adjourned until Monday").

A stage reached that the source gives as the next one: "The bill passed the Senate." citing "The bill passed the House
and now goes to the Senate." built. Now a body or court a passage gives after "goes to", "heads to", "will be voted on
by", "is expected to reach" or "will be appealed to" may not be told reached (next_stages.py).

A relative date the source does not give: "The ceasefire began last week." citing "The ceasefire began on 3 March
2026." built: the reader cannot check "last week" against the passage, and it goes stale. Now "last week", "recently",
"earlier this year", "this month", "in recent weeks" are refused where a cited passage gives a calendar date and none
says the relative date itself; the hint says to give the passage's date (relative_dates.py).

An inserted clause with a deed the source lacks: "Northland's leader, who resigned in May, said talks would resume."
citing "Northland's leader said talks would resume." built. A month named alone ("in May") was refused only where the
passages named another month; now it is refused wherever no cited passage names it, as a date. And a "who/which"
clause, or an appositive participle before a date or its agent ("elected in 2020", "led by Northland"), whose verb no
cited passage holds in any form is refused (inserted_clauses.py).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.attribution import Cited, unbacked_time_words
from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))
OVER = "this sentence tells as over"
REACHED = "this sentence tells as reached"
INSERTS = "this sentence inserts a clause telling a deed"

MISSTATED = {
    "talks-collapsed": ("The talks collapsed.", "The talks will resume next week.",
                        f"{OVER} ('collapsed') what its cited passages give as going on: 'will resume'"),
    "talks-broke-down": ("The talks broke down.", "The talks are set to continue on Monday.",
                         f"{OVER} ('broke down') what its cited passages give as going on: 'set to continue'"),
    "talks-failed": ("The talks failed.", "The talks were adjourned until Monday.",
                     f"{OVER} ('failed') what its cited passages give as going on: 'were adjourned until'"),
    "talks-abandoned": ("The talks were abandoned.", "The talks will resume next week.",
                        f"{OVER} ('were abandoned') what its cited passages give as going on: 'will resume'"),
    "process-fell-apart": ("The peace process fell apart.", "The peace process will continue, mediators said.",
                           f"{OVER} ('fell apart') what its cited passages give as going on: 'will continue'"),
    "bill-passed-the-next-chamber": ("The bill passed the Senate.",
                                     "The bill passed the House and now goes to the Senate.",
                                     f"{REACHED} ('passed the Senate') a stage its cited passages give as the next "
                                     "one ('now goes to the Senate')"),
    "heads-to": ("The bill passed the Senate.", "The bill passed the House and heads to the Senate.",
                 f"{REACHED} ('passed the Senate') a stage its cited passages give as the next one ('heads to the "
                 "Senate')"),
    "will-be-voted-on-by": ("The bill passed the Senate.",
                            "The bill passed the House and will be voted on by the Senate.",
                            f"{REACHED} ('passed the Senate') a stage its cited passages give as the next one ('will "
                            "be voted on by the Senate')"),
    "case-reached-the-court": ("The case reached the Supreme Court.", "The case will be appealed to the Supreme Court.",
                               f"{REACHED} ('reached the Supreme Court') a stage its cited passages give as the next "
                               "one ('will be appealed to the Supreme Court')"),
    "treaty-ratified": ("The treaty was ratified by Parliament.",
                        "The treaty was signed on Monday and now goes to Parliament for ratification.",
                        f"{REACHED} ('was ratified by Parliament') a stage its cited passages give as the next one"),
    "last-week-for-a-date": ("The ceasefire began last week.", "The ceasefire began on 3 March 2026.",
                             'time "last week" is not in the passages it cites, which give the date "3 March 2026"'),
    "recently-for-a-date": ("The ceasefire began recently.", "The ceasefire began on 3 March 2026.",
                            'time "recently" is not in the passages it cites, which give the date "3 March 2026"'),
    "earlier-this-year": ("Prices rose earlier this year.", "Prices rose 4% in March 2026.",
                          'time "earlier this year" is not in the passages it cites, which give the date "March 2026"'),
    "in-recent-weeks": ("The army withdrew in recent weeks.", "The army withdrew on 2026-02-14.",
                        'time "in recent weeks" is not in the passages it cites, which give the date "2026-02-14"'),
    "who-resigned": ("Northland's leader, who resigned, said talks would resume.",
                     "Northland's leader said talks would resume.",
                     f"{INSERTS} ('who resigned') that no passage it cites gives ('resigned')"),
    "which-had-collapsed": ("The dam, which had collapsed, was rebuilt.", "The dam was rebuilt with 4,000 workers.",
                            f"{INSERTS} ('which had collapsed') that no passage it cites gives ('collapsed')"),
    "led-by-an-agent": ("The coalition, led by Northland, said talks would resume.",
                        "The coalition said talks would resume.",
                        f"{INSERTS} ('led by Northland') that no passage it cites gives ('led')"),
    "month-no-passage-names": ("Northland's leader, who resigned in May, said talks would resume.",
                               "Northland's leader said talks would resume.",
                               'month "May" is not in the passages it cites'),
    "month-of-an-event": ("Southland closed the border in June.", "Southland closed the border, officials said.",
                          'month "June" is not in the passages it cites'),
}


@pytest.mark.parametrize("sentence, passage, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_an_event_told_further_or_sooner_than_the_source_is_refused(sentence: str, passage: str, message: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(each.startswith(message) for each in found), found


def test_a_clause_with_a_deed_and_a_month_the_source_lacks_names_both():
    found = sentence_findings("Northland's leader, who resigned in May, said talks would resume.",
                              ("Northland's leader said talks would resume.",), "en", PARTIES)
    assert [each.split(":")[0] for each in found] == [
        f"{INSERTS} ('who resigned in May') that no passage it cites gives ('resigned')",
        'month "May" is not in the passages it cites'], found


HONEST = {
    "adjourned": ("Talks were adjourned.", "The talks were adjourned until Monday."),
    "will-resume": ("The talks will resume next week.", "The talks will resume next week."),
    "failed-to-take": ("Northland's army failed to take the city.", "Northland's army will resume its offensive."),
    "collapsed-then-resume": ("The talks collapsed in May and will resume next week.",
                              "The talks collapsed in May and will resume next week."),
    "passed-the-first-chamber": ("The bill passed the House.", "The bill passed the House and now goes to the Senate."),
    "keeps-the-next-stage": ("The bill passed the House and now goes to the Senate.",
                             "The bill passed the House and now goes to the Senate."),
    "not-yet-reached": ("The bill has not yet reached the Senate.",
                        "The bill passed the House and now goes to the Senate."),
    "will-vote": ("The Senate will vote on the bill.", "The bill passed the House and will be voted on by the Senate."),
    "reached-in-another-passage": ("The bill passed the Senate.",
                                   "The bill passed the House and now goes to the Senate. The Senate passed it on "
                                   "Friday."),
    "the-passages-date": ("The ceasefire began on 3 March 2026.", "The ceasefire began on 3 March 2026."),
    "last-week-as-the-source": ("The ceasefire began last week.", "The ceasefire began last week."),
    "recently-as-the-source": ("The ceasefire began recently.",
                               "The ceasefire began recently, officials said on 3 March 2026."),
    "no-date-to-give": ("The ceasefire began last week.", "The ceasefire began."),
    "the-last-week-of-a-month": ("The ceasefire began in the last week of March.",
                                 "The ceasefire began on 28 March 2026."),
    "counted-from-its-own-date": ("Announced on 12 February, the duties began next month, on 1 March.",
                                  "The duties, announced on 12 February 2026, took effect on 1 March 2026."),
    "no-clause": ("Northland's leader said talks would resume.", "Northland's leader said talks would resume."),
    "clause-as-the-source": ("Northland's leader, who resigned in May, said talks would resume.",
                             "Northland's leader, who resigned in May, said talks would resume."),
    "clause-of-a-noun": ("Northland's leader, who resigned in May, said talks would resume.",
                         "Northland's leader, whose resignation took effect in May, said talks would resume."),
    "a-state-not-a-deed": ("Northland's leader, who is a former general, said talks would resume.",
                           "Northland's leader, a former general, said talks would resume."),
    "shown-where": ("Figures as laid out by Northland, quoted in the report without a date.",
                    "Figures as laid out by Northland: 4,000 troops."),
    "month-the-passage-names": ("Southland closed the border in June.",
                                "Southland closed the border on 3 June 2026, officials said."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_event_told_as_far_and_as_soon_as_the_source_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


def test_a_day_counted_from_today_for_a_dated_passage_is_told_to_give_the_date():
    (found,) = unbacked_time_words("The ceasefire began yesterday.", [Cited("The ceasefire began on 3 March 2026.")])
    assert found.hint == ('give the date the passage gives ("3 March 2026"): a day counted from today cannot be '
                          "checked against it")
