"""A ninety-ninth fact-check: a vote's split and margin, a count of the things a passage gives, a negation added to a
passage's clause of time.

"The vote was not unanimous." citing "The board approved the merger by seven votes to two" was refused as a deed no
passage tells, while "not unanimous" of "approved unanimously" built, and so did "split", "divided" and "narrowly"
of it, "overwhelmingly" of 51 votes to 49 and "narrowly" of 300 to 12 (explainer/vote_margins.py). "The two
proposals are far apart." citing "The union wants a 12% rise; the ministry offers 3%." was refused as 'figure "two"
is not in the passages' (explainer/counted_things.py). "Results will not be counted." citing "Final results are due
on Thursday, after postal ballots are counted." built (explainer/negated_when.py, read by polarity.py). "A majority
of the vote" of "Ibarra won 48% of the vote" built (majorities.py now reads the share's whole clause).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="union", name="the Teachers' Union", short_name="the union", role="side"),
           Party(id="ministry", name="the Education Ministry", short_name="the ministry", role="side"))

SPLIT = "The board approved the merger by seven votes to two on Tuesday."
UNANIMOUS = "The board approved the merger unanimously on Tuesday."
CLOSE = "The Senate rejected the bill by 51 votes to 49."
WIDE = "The Senate rejected the bill by 300 votes to 12."
ABSTAINED = "The motion passed by 40 votes to 2, with three abstentions."
OFFERS = "The union wants a 12% rise; the ministry offers 3%."
RESULTS = "Final results are due on Thursday, after postal ballots are counted."
SHARES = "Ibarra won 48% of the vote, ahead of Garrido with 41%."


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage, in English, of a briefing of the union and ministry."""
    return sentence_findings(sentence, (passage,), "en", PARTIES)


HONEST = {
    "not-unanimous-of-split": ("The vote was not unanimous.", SPLIT),
    "wasnt-unanimous-of-split": ("The board's vote wasn't unanimous.", SPLIT),
    "not-unanimous-of-dash": ("The vote was not unanimous.", "The board approved the merger 7-2 on Tuesday."),
    "not-unanimous-of-by-to": ("The vote was not unanimous.", "The House passed the bill by 212 to 198."),
    "not-unanimous-of-voted-against": ("The vote was not unanimous.",
                                       "The board approved the merger; two members voted against."),
    "split-of-split": ("The vote was split.", SPLIT),
    "divided-of-split": ("The board was divided.", SPLIT),
    "unanimous-of-unanimously": ("The vote was unanimous.", UNANIMOUS),
    "unanimously-of-forty-to-nil": ("The motion passed unanimously.", "The motion passed by 40 votes to 0."),
    "same-words-split": (SPLIT, SPLIT),
    "without-dissent-of-unanimously": ("The board approved the merger without dissent.", UNANIMOUS),
    "narrowly-of-close": ("The Senate narrowly rejected the bill.", CLOSE),
    "overwhelmingly-of-wide": ("The Senate overwhelmingly rejected the bill.", WIDE),
    "narrow-reading-the-passages-say": ("The court took a narrow reading of the law.",
                                        "The court ruled 9-0 for a narrow reading of the law."),
    "three-abstentions": ("The motion passed with three abstentions.", ABSTAINED),
    "two-proposals": ("The two proposals are far apart.", OFFERS),
    "two-pay-offers": ("The two pay offers are far apart.", "The union wants a 12% rise, while the ministry offers 3%."),
    "two-sides": ("The two sides are far apart.", OFFERS),
    "both-offers": ("Both offers are far apart.", OFFERS),
    "three-proposals-of-three": ("The three proposals are far apart.",
                                 "The union wants a 12% rise; the ministry offers 3%; the mediator proposes 7%."),
    "two-estimates": ("The two estimates are far apart.", "Police put the crowd at 10,000; organisers say 50,000."),
    "three-candidates": ("The three candidates are standing for governor.",
                         "Ibarra, Garrido and Soto are standing for governor."),
    "not-final-until": ("Results are not final until postal ballots are counted on Thursday.", RESULTS),
    "wont-be-known-before": ("Results will not be known before postal ballots are counted.", RESULTS),
    "results-same-words": (RESULTS, RESULTS),
    "not-until-once": ("The deal will not take effect until both parliaments ratify it.",
                       "The deal takes effect once both parliaments ratify it."),
    "nearly-half": ("Ibarra won nearly half of the vote.", SHARES),
    "majority-of-52": ("Ibarra won a majority of the vote.", "Ibarra won 52% of the vote, ahead of Garrido with 41%."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_rewording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


MISSTATED = {
    "unanimous-of-split": ("The vote was unanimous.", SPLIT,
                           "this sentence tells a deed ('unanimous') that no passage it cites gives: they give a "
                           "split vote ('seven votes to two')"),
    "unanimously-of-forty-to-two": ("The motion passed unanimously.", ABSTAINED,
                                    "this sentence tells a deed ('unanimously') that no passage it cites gives: they "
                                    "give a split vote ('40 votes to 2')"),
    "not-unanimous-of-unanimously": ("The vote was not unanimous.", UNANIMOUS,
                                     "this sentence says the vote was not unanimous where its cited passages say it "
                                     "was ('unanimously')"),
    "split-of-unanimously": ("The vote was split.", UNANIMOUS,
                             "this sentence tells a split vote ('was split') where its cited passages say the vote was "
                             "unanimous ('unanimously')"),
    "divided-of-unanimously": ("The board was divided over the merger.", UNANIMOUS,
                               "this sentence tells a split vote ('was divided')"),
    "narrowly-of-unanimously": ("The board narrowly approved the merger.", UNANIMOUS,
                                "this sentence tells a split vote ('narrowly')"),
    "narrowly-of-seven-to-two": ("The board narrowly approved the merger.", SPLIT,
                                 "this sentence calls the vote narrow ('narrowly') where its cited passages give a "
                                 "wide one ('seven votes to two')"),
    "narrowly-of-300-to-12": ("The Senate narrowly rejected the bill.", WIDE,
                              "this sentence calls the vote narrow ('narrowly')"),
    "slim-margin-of-300-to-12": ("The Senate rejected the bill by a slim margin.", WIDE,
                                 "this sentence calls the vote narrow ('slim')"),
    "overwhelmingly-of-51-to-49": ("The Senate overwhelmingly rejected the bill.", CLOSE,
                                   "this sentence calls the vote wide ('overwhelmingly') where its cited passages give "
                                   "a close one ('51 votes to 49')"),
    "landslide-of-51-to-49": ("The Senate rejected the bill in a landslide.", CLOSE,
                              "this sentence calls the vote wide ('landslide')"),
    "wide-margin-of-212-to-198": ("The House passed the bill by a wide margin.",
                                  "The House passed the bill by 212 to 198.",
                                  "this sentence calls the vote wide ('wide margin')"),
    "two-abstentions-of-three": ("The motion passed with two abstentions.", ABSTAINED,
                                 "this sentence gives two abstentions where its cited passages give three abstentions"),
    "three-proposals-of-two": ("The three proposals are far apart.", OFFERS, 'figure "three" is not in the passages'),
    "two-proposals-of-three": ("The two proposals are far apart.",
                               "The union wants a 12% rise; the ministry offers 3%; the mediator proposes 7%.",
                               'figure "two" is not in the passages'),
    "four-candidates-of-three": ("The four candidates are standing for governor.",
                                 "Ibarra, Garrido and Soto are standing for governor.",
                                 'figure "four" is not in the passages'),
    "union-made-two-proposals": ("The union made two proposals.", OFFERS, 'figure "two" is not in the passages'),
    "results-not-counted": ("Results will not be counted.", RESULTS,
                            "this sentence adds a negation to its cited passage ('after postal ballots are counted')"),
    "ballots-not-counted": ("The ballots will not be counted.", RESULTS,
                            "this sentence adds a negation to its cited passage"),
    "postal-ballots-not-counted": ("Postal ballots are not counted.", RESULTS,
                                   "this sentence adds a negation to its cited passage"),
    "polls-did-not-close": ("The polls did not close.", "Results were announced after the polls closed.",
                            "this sentence adds a negation to its cited passage"),
    "majority-of-48": ("Ibarra won a majority of the vote.", SHARES,
                       "this sentence says 'a majority' where its cited passages give '48% of the vote', no more than "
                       "half"),
    "more-than-half-of-48": ("Ibarra won more than half of the vote.", SHARES,
                             "this sentence says 'more than half' where its cited passages give '48% of the vote'"),
}


@pytest.mark.parametrize("sentence, passage, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, message: str):
    findings = found(sentence, passage)
    assert any(finding.startswith(message) for finding in findings), findings


def test_abstentions_alone_split_no_vote():
    findings = found("The vote was not unanimous.", "The board approved the merger with three abstentions.")
    assert any("('unanimous')" in finding for finding in findings), findings
