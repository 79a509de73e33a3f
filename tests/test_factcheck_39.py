"""A thirty-ninth fact-check: three misstatements the new user's transit-strike briefing of round 34 still built
(tests/test_newuser_34.py), each with one more of the same shape on another topic, and honest wordings of each that
must still build.

- A reported future told as done: "Talks resumed on Friday morning" citing "Ms Ferrante said on Wednesday that talks
  would resume on Friday morning" (explainer/possible_done.py reads "would" as a modal, as it reads "may" and "will
  cost").
- A whole told as one of it: "one of its tram lines" citing "both of its tram lines" (explainer/proportions.py: "one
  of" what a passage gives "both", "all", "every" or "each" of).
- A pause told as an end: "would end the strike" citing "would suspend the strike" (explainer/outcomes.py reads a
  bare "end" after a modal or "to" as an ending, as it read "ended").

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from test_factcheck_38 import MEDIATOR, ROUTES, other_findings
from test_newuser_34 import SUSPEND, findings as strike_findings

HARBOUR = "The mayor said on Tuesday that the council would approve the harbour scheme next month."
LIBRARIES = "The council closed all of its branch libraries on Friday to save money."
CURFEW = "The government said on Monday it would suspend the curfew in the capital for the festival."

MISSTATED = {
    # a reported future told as done
    "talks-resumed": (strike_findings, "Talks resumed on Friday morning.", MEDIATOR,
                      "this sentence tells as done ('resumed') what its cited passages give only as to come ('would "
                      "resume')"),
    "talks-resumed-wednesday": (strike_findings, "Talks resumed on Wednesday.", MEDIATOR,
                                "give only as to come ('would resume')"),
    "council-approved": (other_findings, "The council approved the harbour scheme.", HARBOUR,
                         "this sentence tells as done ('approved') what its cited passages give only as to come "
                         "('would approve')"),
    # a whole told as one of it
    "one-tram-line": (strike_findings, "The authority suspended one of its tram lines on Monday.", ROUTES,
                      "this sentence says 'one of its tram lines' where its cited passages say 'both of its tram "
                      "lines'"),
    "one-library": (other_findings, "The council closed one of its branch libraries on Friday.", LIBRARIES,
                    "this sentence says 'one of its branch libraries' where its cited passages say 'all of its "
                    "branch libraries'"),
    # a pause told as an end
    "would-end-strike": (strike_findings, "The union said it would end the strike on Friday.", SUSPEND,
                         "this sentence says 'end' where its cited passages say 'suspend'"),
    "would-end-curfew": (other_findings, "The government said it would end the curfew in the capital.", CURFEW,
                         "this sentence says 'end' where its cited passages say 'suspend'"),
}


@pytest.mark.parametrize("check, sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(check, sentence: str, passage: str, named: str):
    found = check(sentence, passage)
    assert any(named in message for message in found), found


HONEST = {
    "would-resume-kept": (strike_findings, "Ms Ferrante said talks would resume on Friday morning.", MEDIATOR),
    "resumed-told": (strike_findings, "Talks resumed on Friday morning.",
                     MEDIATOR + " Talks resumed on Friday morning under her chairmanship."),
    "would-approve-kept": (other_findings, "The mayor said the council would approve the harbour scheme next month.",
                           HARBOUR),
    "expected-to-approve": (other_findings, "The council is expected to approve the harbour scheme next month, the "
                            "mayor said.", HARBOUR),
    "both-tram-lines": (strike_findings, "The authority suspended both of its tram lines on Monday.", ROUTES),
    "one-told-by-its-passage": (strike_findings, "One of the tram lines reopened on Thursday.",
                                ROUTES + " One of the tram lines reopened on Thursday."),
    "at-least-one": (strike_findings, "The authority suspended at least one of its tram lines on Monday.", ROUTES),
    "every-library": (other_findings, "The council closed every branch library on Friday.", LIBRARIES),
    "end-as-a-noun": (strike_findings, "The union said it would suspend the strike until the end of the week.",
                      SUSPEND),
    "would-end-told": (strike_findings, "The union said it would end the strike.",
                       "On Thursday the union said it would end the strike on Friday."),
    "curfew-suspended": (other_findings, "The government said it would suspend the curfew in the capital until the "
                         "end of the festival.", CURFEW),
}


@pytest.mark.parametrize("check, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(check, sentence: str, passage: str):
    assert check(sentence, passage) == []
