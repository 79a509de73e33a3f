"""A hundred-and-twelfth fact-check: causes, states and counts, read against their sources.

Misstatements that built, now refused:
- "The drought cut yields by 12%" (or "caused", "led to", "were cut by the drought") citing "Yields fell 12% after
  the floods", and "Yields fell 12% because of the drought" (or "due to", "as a result of", "blamed ... on") citing
  "... because of the floods": a cause the passages never name, where they give the effect after or because of
  another (swapped_causes.py);
- "The plant shut down on Friday." citing "The plant is due to shut down on Friday.": a past that is the plain verb
  ("shut", "quit", "set", "hit", "put") read as no past; after a singular or an auxiliary it is one, after a plural
  it is the present a plan fixed may be told in (possible_done.py);
- "The count is complete." (or "over", "finished", "done") citing "About 48,000 postal ballots have still to be
  counted.", or "The inquiry is finished" citing "The inquiry is still in progress": a state of completion told of a
  process the source gives as still to come or under way (unfinished_states.py);
- "The Civic Alliance is projected to win the 46 seats needed" citing "... 41 of the 90 seats, five short of the 46
  needed": a shortfall by a count alone is now read as said of the clause before it (polarity.py).
Honest sentences that were refused, now built:
- "The Civic Alliance is short of the 46 seats it needs." citing "The projection gives the Civic Alliance 41 of the
  90 seats, five short of the 46 needed." (read as a negation added to "gives ... 41 of the 90 seats"; polarity.py);
- "The budget would grow by 2.1%, or $6.4 million." (or "a 2.1% increase, or $6.4 million") citing a plan that
  "would increase spending by 2.1% compared with this year's budget of $305.6 million" (of $312 million): a change's
  size given again after its percentage (change_sizes.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="civic", name="Civic Alliance", short_name="Civic Alliance", role="side"),)

FLOODS = "Yields fell 12% after the floods."
BECAUSE_FLOODS = "Yields fell 12% because of the floods."
BECAUSE_DROUGHT = "Yields fell because of the drought."
AFTER_DROUGHT = "Yields fell by a third after the drought."
PLANT = "The plant is due to shut down on Friday."
COUNT = "About 48,000 postal ballots have still to be counted."
PROJECTION = "The projection gives the Civic Alliance 41 of the 90 seats, five short of the 46 needed."
PLAN = ("The $312 million spending plan would increase spending by 2.1% compared with this year's budget of $305.6 "
        "million.")

NOT_NAMED = "which its cited passages do not name"
TOLD_DONE = "this sentence tells as done"
COMPLETE = "this sentence tells as complete"

MISSTATED = {
    # 1. a cause the passage never names
    "cause-by-verb-of-effect": ("The drought cut yields by 12%.", FLOODS, "gives as the cause 'The drought'"),
    "cause-by-caused": ("The drought caused yields to fall 12%.", FLOODS, NOT_NAMED),
    "cause-by-led-to": ("The drought led to a 12% fall in yields.", FLOODS, NOT_NAMED),
    "cause-by-passive": ("Yields were cut by 12% by the drought.", FLOODS, NOT_NAMED),
    "cause-added-beside": ("The floods and the drought cut yields by 12%.", FLOODS, "'the drought'"),
    "cause-swapped-because": ("Yields fell 12% because of the drought.", BECAUSE_FLOODS, NOT_NAMED),
    "cause-swapped-due-to": ("Yields fell 12% due to the drought.", "Yields fell 12% due to the floods.", NOT_NAMED),
    "cause-swapped-result": ("Prices rose 4% as a result of the tariff.", "Prices rose 4% as a result of the strike.",
                             NOT_NAMED),
    "cause-swapped-blamed": ("Farmers blamed the fall in yields on the drought.",
                             "Farmers blamed the fall in yields on the floods.", NOT_NAMED),
    "cause-led-to-after-another": ("The strike led to higher prices.", "Prices rose after the storm.", NOT_NAMED),
    "cause-swapped-of-led-to": ("The drought cut yields by 12%.", "The floods led to a 12% fall in yields.",
                                NOT_NAMED),
    "cause-none-given": ("Yields fell 12% because of the drought.", FLOODS, "where its cited passages give none"),
    # 2. a past that is the plain verb
    "shut-told-done": ("The plant shut down on Friday.", PLANT, "tells as done ('shut')"),
    "shut-perfect": ("The plant has shut down.", PLANT, TOLD_DONE),
    "shut-passive": ("The plant was shut on Friday.", PLANT, TOLD_DONE),
    "shut-possessive": ("The company's plant shut down.", PLANT, TOLD_DONE),
    "quit-told-done": ("Marsh quit on Friday.", "Marsh is due to quit on Friday.", "tells as done ('quit')"),
    "quit-expected": ("The boss quit.", "The boss is expected to quit.", TOLD_DONE),
    "set-told-done": ("The board set a date for the vote.", "The board is expected to set a date for the vote.",
                      "tells as done ('set')"),
    "hit-told-done": ("The storm hit the coast on Friday.", "The storm is expected to hit the coast on Friday.",
                      "tells as done ('hit')"),
    "put-told-done": ("The ministry put the cost at $20 million.", "The ministry could put the cost at $20 million.",
                      "tells as done ('put')"),
    "put-passive": ("The motion was put to a vote.", "The motion may be put to a vote.", TOLD_DONE),
    "quit-plural-possible": ("They quit the talks.", "They may quit the talks.", TOLD_DONE),
    # 3. a state of completion told of a process still to come or under way
    "count-complete": ("The count is complete.", COUNT, "('is complete') what its cited passages give as still to "
                                                        "come ('still to be counted')"),
    "count-over": ("The count is over.", COUNT, COMPLETE),
    "count-done": ("The count is done.", COUNT, COMPLETE),
    "counting-finished": ("Counting is finished.", COUNT, COMPLETE),
    "count-complete-said": ("The count is complete, officials said.", COUNT, COMPLETE),
    "count-complete-yet-to-be": ("The count is complete.", "About 48,000 postal ballots have yet to be counted.",
                                 COMPLETE),
    "count-complete-being": ("The count is complete.", "About 48,000 postal ballots are still being counted.",
                             COMPLETE),
    "count-over-under-way": ("The count is over.", "The count is under way.", COMPLETE),
    "count-complete-going-on": ("The count is complete.", "The count is still going on.", COMPLETE),
    "inquiry-finished-in-progress": ("The inquiry is finished.", "The inquiry is still in progress.", COMPLETE),
    "inquiry-finished-ongoing": ("The inquiry is finished.", "The inquiry is ongoing.", COMPLETE),
    "repairs-done-remain": ("The repairs are done.", "The repairs remain to be done.", COMPLETE),
    "repairs-complete-being": ("The repairs are complete.", "The repairs are still being carried out.", COMPLETE),
    "audit-completed-under-way": ("The audit has been completed.", "The audit is still under way.", COMPLETE),
    # 4. a shortfall's twins
    "short-told-won": ("The Civic Alliance is projected to win the 46 seats needed.", PROJECTION,
                       "drops the negation of its cited passage ('five short of the 46 needed')"),
    "short-told-result": ("The Civic Alliance wins the 46 seats it needs.", PROJECTION, "states it as a result"),
    "short-of-another-count": ("The Civic Alliance is short of the 46 seats it needs.",
                               "The projection gives the Civic Alliance 41 of the 90 seats.", "adds a negation"),
    "short-where-more": ("The Civic Alliance is short of the 46 seats it needs.",
                         PROJECTION.replace("five short of", "five more than"), "adds a negation"),
    # 5. a change's size after its percentage
    "or-figure-wrong": ("The budget would grow by 2.1%, or $7.4 million.", PLAN, 'figure "$7.4 million" is not in'),
    "or-figure-other-way": ("The budget would shrink by 2.1%, or $6.4 million.", PLAN,
                            'figure "$6.4 million" is not in'),
    "or-figure-wrong-noun": ("The plan is a 2.1% increase, or $7.4 million.", PLAN, 'figure "$7.4 million" is not in'),
    "or-figure-cut-noun": ("The plan is a 2.1% cut, or $6.4 million.", PLAN, 'figure "$6.4 million" is not in'),
    "or-wrong-percentage": ("The budget would grow by 3%, or $6.4 million.", PLAN, 'figure "3%" is not in'),
}

HONEST = {
    # 1.
    "cause-named-by-verb": ("The floods cut yields by 12%.", FLOODS),
    "order-kept": ("Yields fell 12% after the floods.", FLOODS),
    "verb-of-effect-of-because": ("The drought cut yields.", BECAUSE_DROUGHT),
    "verb-of-effect-of-order": ("The drought cut yields.", AFTER_DROUGHT),
    "because-of-verb-of-effect": ("Yields fell because of the drought.", "The drought cut yields by a third."),
    "because-kept": ("Yields fell 12% because of the floods.", BECAUSE_FLOODS),
    "cause-in-two-words": ("Heavy rain cut yields by 12%.", "Yields fell 12% after heavy rain."),
    "actor-of-no-cause": ("The government cut taxes by 2%.", "Taxes were cut by 2% in the budget."),
    "cause-inside-order": ("Yields fell after the drought cut water supplies.",
                           "Yields fell after the drought cut water supplies."),
    "cause-of-led-to": ("The floods cut yields by 12%.", "The floods led to a 12% fall in yields."),
    "actor-of-another-rise": ("The bank raises its rate by 25 basis points.",
                              "It was the second rise this year, after an increase of 25 basis points in January."),
    "noun-of-effect": ("This year's cut is 12%.", "Quotas fell 12% this year after the survey."),
    "hedged-cause": ("It is unclear whether the drought caused the fall in yields.", FLOODS),
    "blamed-kept": ("Farmers blamed the fall in yields on the floods.",
                    "Farmers blamed the fall in yields on the floods."),
    # 2.
    "shut-plan-kept": ("The plant is due to shut down on Friday.", PLANT),
    "shut-will": ("The plant will shut down on Friday.", PLANT),
    "shut-present-singular": ("The plant shuts down on Friday.", PLANT),
    "shut-present-plural": ("The plants shut down on Friday.", "The plants are due to shut down on Friday."),
    "shut-past-of-past": ("The plant shut down on Friday.", "The plant shut down on Friday."),
    "quit-present": ("Marsh quits on Friday.", "Marsh is due to quit on Friday."),
    "quit-past-of-past": ("The talks collapsed after the union quit.", "The talks collapsed after the union quit."),
    "set-kept-modal": ("The board is set to name a date.", "The board is expected to set a date for the vote."),
    # 3.
    "count-not-yet-complete": ("The count is not yet complete.", COUNT),
    "count-incomplete": ("The count is incomplete.", COUNT),
    "count-complete-of-complete": ("The count is complete.", "The count is complete."),
    "count-no-longer-under-way": ("The count is complete.", "The count is no longer under way."),
    "over-a-figure": ("Turnout is over 60%.", "Turnout is still being counted, but it is over 60%."),
    # 4.
    "short-of-seats-needed": ("The Civic Alliance is short of the 46 seats it needs.", PROJECTION),
    "falls-short": ("The Civic Alliance falls short of the 46 seats it needs.", PROJECTION),
    "short-by-count": ("The Civic Alliance is five seats short of the 46 it needs.", PROJECTION),
    "short-of-a-majority": ("The Civic Alliance is short of a majority.", PROJECTION),
    "short-of-votes": ("The union is short of the 200 votes it needs.",
                       "The count gives the union 180 votes, 20 short of the 200 needed."),
    # 5.
    "or-figure": ("The budget would grow by 2.1%, or $6.4 million.", PLAN),
    "or-about-figure": ("The budget would grow by 2.1%, or about $6.4 million.", PLAN),
    "or-figure-per-cent": ("Spending would rise 2.1 per cent, or $6.4 million.", PLAN),
    "or-figure-noun": ("The plan is a 2.1% increase, or $6.4 million.", PLAN),
    "or-figure-alone": ("The budget would grow by $6.4 million.", PLAN),
    "or-figure-cut": ("Spending was cut by 2.1%, or $6.4 million.",
                      "The $305.6 million spending plan would cut spending by 2.1% compared with this year's budget "
                      "of $312 million."),
}


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage, in English, of an election's party."""
    return sentence_findings(sentence, (passage,), "en", PARTIES)


@pytest.mark.parametrize("sentence, passage, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, said: str):
    findings = found(sentence, passage)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []
