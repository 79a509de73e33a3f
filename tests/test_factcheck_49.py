"""A forty-ninth fact-check: dates and spans a fact-checker found by probing.

"The ceasefire began in early March" citing "The ceasefire began on 28 March 2026" built: no check read a part of a
month ("early", "mid-", "late"; "the start of", "the end of"; "the first week of") against the day a passage gives.
Now a part of a month whose days hold none of the days its passages give of that month is refused
(explainer/month_parts.py); a passage giving the month alone, or a part that meets the sentence's, leaves it standing.

"The fighting lasted more than a month" citing "The fighting lasted 26 days" built too: a single span in words ("a
month", "a year") is no figure, and none was read. Now a bounded or hedged one ("more than", "over", "nearly", "less
than", "about") is held to the lengths its passages give in figures (explainer/spans.py), and a hedged figure of weeks
(decades, days, hours) is read against a near length in the smaller unit (explainer/decades.py): "about three weeks"
for 20 days builds, "nearly two weeks" for 9 days does not.

"The trial lasted 19 days" citing "The case was tried over 19 days" was refused since round 35: "over" was read as
"more than" where it means "during". Now "over" a span after a verb of what went on in it ("tried", "held", "spread")
is no bound (explainer/qualifiers.py); after "lasted" it still is, and a figure the passage does not give is still
refused.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

CEASEFIRE = "The ceasefire began on 28 March 2026."
VOTE = "The vote was held on 2 June 2025."

MONTH_PARTS = {
    "early-for-the-28th": ("The ceasefire began in early March.", CEASEFIRE, "'early March'", "28 March"),
    "mid-for-the-28th": ("The ceasefire began in mid-March.", CEASEFIRE, "'mid-March'", "28 March"),
    "start-of-for-the-28th": ("The ceasefire began at the start of March.", CEASEFIRE, "'the start of March'",
                              "28 March"),
    "first-week-for-the-28th": ("The ceasefire began in the first week of March.", CEASEFIRE,
                                "'the first week of March'", "28 March"),
    "late-for-the-3rd": ("The ceasefire began in late March 2026.", "The ceasefire began on 3 March 2026.",
                         "'late March 2026'", "3 March"),
    "mid-for-the-2nd": ("The vote was held in mid-June.", VOTE, "'mid-June'", "2 June"),
    "late-for-early": ("The vote was held in late June.", "The vote was held in early June 2025.", "'late June'",
                       "1-10 June"),
    "early-for-a-run": ("The shelling peaked in early March.", "The shelling peaked from 18 to 25 March.",
                        "'early March'", "18-25 March"),
}


@pytest.mark.parametrize("sentence, passage, said, given", MONTH_PARTS.values(), ids=MONTH_PARTS.keys())
def test_a_part_of_a_month_missing_the_day_given_is_refused(sentence: str, passage: str, said: str, given: str):
    found = sentence_findings(sentence, (passage,), "en", ())
    assert any(message.startswith(f"this sentence says {said} where its cited passages give {given}:")
               for message in found), found


MONTH_PARTS_KEPT = {
    "late": ("The ceasefire began in late March.", CEASEFIRE),
    "end-of": ("The ceasefire began at the end of March.", CEASEFIRE),
    "the-month": ("The ceasefire began in March.", CEASEFIRE),
    "last-week": ("The ceasefire began in the last week of March.", CEASEFIRE),
    "early-for-the-2nd": ("The vote was held in early June.", VOTE),
    "the-passages-part": ("The vote was held in early June.", "The vote was held in early June 2025."),
    "a-run-of-days": ("The shelling peaked in mid-March.", "The shelling peaked between 10 and 25 March."),
    "one-of-two-days": ("The vote was held in early June.", "The vote was held on 2 June and counted on 28 June."),
}


@pytest.mark.parametrize("sentence, passage", MONTH_PARTS_KEPT.values(), ids=MONTH_PARTS_KEPT.keys())
def test_a_part_of_a_month_holding_the_day_given_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


SPANS = {
    "more-than-a-month-for-26-days": ("The fighting lasted more than a month.", "The fighting lasted 26 days.",
                                      "this sentence says 'more than a month' where its cited passages give 26 days:"),
    "over-a-year-for-10-months": ("The strike lasted over a year.", "The strike lasted 10 months.",
                                  "this sentence says 'over a year' where its cited passages give 10 months:"),
    "almost-a-year-for-4-months": ("The talks took almost a year.", "The talks took 4 months.",
                                   "this sentence says 'almost a year' where its cited passages give 4 months:"),
    "less-than-a-week-for-7-days": ("The inquiry took less than a week.", "The inquiry took 7 days.",
                                    "this sentence says 'less than a week' where its cited passages give 7 days:"),
    "nearly-two-weeks-for-9-days": ("The fighting lasted nearly two weeks.", "The fighting lasted 9 days.",
                                    'figure "two" is not in the passages this sentence cites:'),
    "about-two-weeks-for-30-days": ("The talks took about two weeks.", "The talks took 30 days.",
                                    'figure "two" is not in the passages this sentence cites:'),
}


@pytest.mark.parametrize("sentence, passage, start", SPANS.values(), ids=SPANS.keys())
def test_a_span_in_words_beyond_the_length_given_is_refused(sentence: str, passage: str, start: str):
    found = sentence_findings(sentence, (passage,), "en", ())
    assert any(message.startswith(start) for message in found), found


SPANS_KEPT = {
    "nearly-a-month": ("The fighting lasted nearly a month.", "The fighting lasted 26 days."),
    "less-than-a-month": ("The fighting lasted less than a month.", "The fighting lasted 26 days."),
    "about-three-weeks": ("The fighting lasted about three weeks.", "The fighting lasted 20 days."),
    "nearly-two-weeks-for-12-days": ("The talks took nearly two weeks.", "The talks took 12 days."),
    "more-than-a-year-for-14-months": ("The strike lasted more than a year.", "The strike lasted 14 months."),
    "at-least-a-week": ("The talks took at least a week.", "The talks took 7 days."),
    "reckoned-from-a-date": ("The blockade has lasted more than a year.",
                             "The blockade, in place since January 2025, was extended by 30 days."),
}


@pytest.mark.parametrize("sentence, passage", SPANS_KEPT.values(), ids=SPANS_KEPT.keys())
def test_a_span_in_words_near_the_length_given_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


OVER_REFUSED = {
    "over-19-days-for-12": ("The trial lasted over 19 days.", "The trial lasted 12 days.",
                            'figure "19" is not in the passages this sentence cites:'),
    "held-over-five-for-three": ("The talks were held over five days.", "The talks lasted three days.",
                                 'figure "five" is not in the passages this sentence cites:'),
    "lasted-over-is-more-than": ("The strike lasted 19 days.", "The strike lasted over 19 days.",
                                 'figure "19" leaves out the qualifier of "over 19" in the passages this sentence'),
}


@pytest.mark.parametrize("sentence, passage, start", OVER_REFUSED.values(), ids=OVER_REFUSED.keys())
def test_over_a_span_as_more_than_or_another_figure_is_refused(sentence: str, passage: str, start: str):
    found = sentence_findings(sentence, (passage,), "en", ())
    assert any(message.startswith(start) for message in found), found


OVER_AS_DURING = {
    "tried-over-19-days": ("The trial lasted 19 days.", "The case was tried over 19 days."),
    "held-over-three-days": ("The talks lasted three days.", "The talks were held over three days."),
    "spread-over-40-days": ("The hearings took 40 days.", "The hearings were spread over 40 days."),
    "the-sentence-says-tried-over": ("The case was tried over 19 days.", "The trial lasted 19 days."),
}


@pytest.mark.parametrize("sentence, passage", OVER_AS_DURING.values(), ids=OVER_AS_DURING.keys())
def test_over_a_span_as_during_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", ()) == []
