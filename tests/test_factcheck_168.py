"""Honest deeds and findings refused (English), each fixed where its reading lives:

1. An appeal a court considers is filed: "The union has appealed the ruling." citing "The tribunal will consider an
   appeal by the union against the ruling." was refused as decided of an act undecided (open_decisions.py), and "The
   union appealed against the ruling." citing "The Supreme Court is considering an appeal against the ruling." as
   filed of an appeal only announced (legal_status.py) and as done of an act only near (unsettled.py). A court
   weighing an appeal ("the tribunal will consider an appeal", "the Supreme Court is considering an appeal"), or
   anyone weighing one another made ("an appeal by the union"), hears one filed (explainer/weighed_acts.py,
   `appeal_heard`); "The tribunal upheld the appeal" stays refused, and so does "appealed" of "The union said it
   would consider an appeal".
2. A wish's participle: "The council wanted the vote held in May." citing "The council wants to hold a vote in May."
   was refused as done ("held", possible_done.py); a participle after a wish and its object ("wanted the vote held",
   "hoped to have the vote held") tells nothing done (explainer/possible_done.py). "The council held the vote in
   May." and "The council wanted a vote and held it in May." stay refused.
3. An offer approved is an offer taken: "The union approved the board's offer of 4%." citing "The union's members
   backed the board's offer of 4%." was refused as an authorisation no passage gives (decisions.py); a passage telling
   the same offer taken ("backed", "endorsed", "voted for", "accepted") by a side the sentence names gives it
   (explainer/offers_accepted.py, `approval_of_an_offer_taken`). "The board approved the union's offer", "The union
   approved the board's plan" and an offer only discussed stay refused.
4. A finding of none told by a shorter or longer name of its finder: "The European Commission found no evidence that
   the company sold user data." citing "The Commission said it had found no evidence that the company sold user
   data." (the European Commission a party) was refused as the Commission's word told as fact, its name matched
   exactly (own_findings.py); and "No evidence was found by the Commission that ..." citing the same was refused by
   passive_deeds.py, though it names the finder (explainer/own_findings.py, explainer/passive_deeds.py). "No evidence
   was found that ..." and "... by the regulator" stay refused.

Each with honest twins that must build, and its misstatement twins kept refused.
"""

from __future__ import annotations

import pytest

from support import TWO_PARTIES, Sentence, SentencesChecked, assert_summary_outcome, minimal_project

COMMISSION = ("  - id: commission\n    name: European Commission\n    short_name: the Commission\n"
              "  - id: datacorp\n    name: Datacorp\n")
UNION = ("  - id: union\n    name: Norland Rail Workers' Union\n    short_name: the union\n"
         "  - id: board\n    name: Norland Rail\n")

# 1. An appeal a court considers is filed
BY_THE_UNION = "The tribunal will consider an appeal by the union against the ruling."
AT_THE_COURT = "The Supreme Court is considering an appeal against the ruling."
WEIGHED_BY_IT = "The union said it would consider an appeal against the ruling."
APPEALS = [
    (BY_THE_UNION, "The union has appealed the ruling.", "ok"),
    (BY_THE_UNION, "The union appealed the ruling.", "ok"),
    (BY_THE_UNION, "The union has lodged an appeal against the ruling.", "ok"),
    (BY_THE_UNION, "The union is appealing the ruling.", "ok"),
    (BY_THE_UNION, "The union filed an appeal against the ruling.", "ok"),
    (BY_THE_UNION, "The ruling has been appealed by the union.", "ok"),
    (AT_THE_COURT, "The union appealed against the ruling.", "ok"),
    (AT_THE_COURT, "The ruling has been appealed to the Supreme Court.", "ok"),
    (AT_THE_COURT, "An appeal against the ruling has been lodged.", "ok"),
    ("The Court of Appeal will next month consider an appeal by the union against the ruling.",
     "The union has appealed the ruling.", "ok"),
    ("Judges are weighing an appeal against the ruling.", "The ruling has been appealed.", "ok"),
    ("The panel will next week consider an appeal against the ruling.", "The ruling was appealed.", "ok"),
    ("The union said the tribunal would consider an appeal against the ruling.", "The union has appealed the ruling.",
     "ok"),
    # misstatements: an outcome, or an appeal only weighed by its maker, or one it would ask a court to hear
    ("The union said it would ask the court to consider an appeal against the ruling.",
     "The union has appealed the ruling.", "as undecided"),
    (BY_THE_UNION, "The tribunal upheld the appeal.", "as an outcome"),
    (BY_THE_UNION, "The union lost its appeal against the ruling.", "as an outcome"),
    (AT_THE_COURT, "The Supreme Court upheld the appeal against the ruling.", "as decided"),
    (AT_THE_COURT, "The Supreme Court rejected the appeal against the ruling.", "as decided"),
    (WEIGHED_BY_IT, "The union has appealed the ruling.", "as undecided"),
    (WEIGHED_BY_IT, "The union appealed against the ruling.", "only as weighed"),
    ("The union is considering an appeal against the ruling.", "The union appealed against the ruling.",
     "only as announced"),
    ("The union, which lost in court, is considering an appeal against the ruling.",
     "The union appealed against the ruling.", "as undecided"),
    ("After the court ruling, the union said it would consider an appeal against the ruling.",
     "The union appealed against the ruling.", "as undecided"),
]

# 2. A wish's participle
WANTS = "The council wants to hold a vote in May."
WISHES = [
    (WANTS, "The council wanted the vote held in May.", "ok"),
    (WANTS, "The council wants the vote held in May.", "ok"),
    (WANTS, "The council wanted a vote held in May.", "ok"),
    (WANTS, "The council wanted the vote on the budget held in May.", "ok"),
    (WANTS, "The council hoped to have the vote held in May.", "ok"),
    (WANTS, "The council sought to get the vote held in May.", "ok"),
    (WANTS, "The council would prefer the vote held in May.", "ok"),
    (WANTS, "The council has said it wants the vote held in May.", "ok"),
    (WANTS, "The council wanted the May vote held.", "ok"),
    (WANTS, "The council pushed for the vote to be held in May.", "ok"),
    (WANTS, "The council held the vote in May.", "only as possible"),
    (WANTS, "The council wanted a vote and held it in May.", "only as possible"),
    (WANTS, "The council wanted the vote in May and held it.", "only as possible"),
    (WANTS, "The vote the council wanted was held in May.", "only as possible"),
    (WANTS, "The vote was held in May, as the council wanted.", "only as possible"),
]

# 3. An offer approved is an offer taken
BACKED = "The union's members backed the board's offer of 4%."
AUTHORISATION = "gives an authorisation"
OFFERS = [
    (BACKED, "The union approved the board's offer of 4%.", TWO_PARTIES, "ok"),
    (BACKED, "The union approved the board's offer of 4%.", UNION, "ok"),
    (BACKED, "Union members approved the board's offer of 4%.", TWO_PARTIES, "ok"),
    (BACKED, "The union has approved the board's 4% offer.", TWO_PARTIES, "ok"),
    (BACKED, "The union's members approved the offer of 4%.", TWO_PARTIES, "ok"),
    ("The union's members endorsed the board's offer of 4%.", "The union approved the board's offer of 4%.",
     TWO_PARTIES, "ok"),
    ("The union's members voted in favour of the board's offer of 4%.", "The union approved the board's offer of 4%.",
     TWO_PARTIES, "ok"),
    ("Members of the union voted for the board's offer of 4%.", "The union approved the board's offer of 4%.",
     TWO_PARTIES, "ok"),
    ("In a ballot, the union's members backed the board's offer of 4%.", "The union approved the board's offer of 4%.",
     TWO_PARTIES, "ok"),
    ("The union's members backed the deal.", "The union approved the deal.", TWO_PARTIES, "ok"),
    # misstatements: another side, another thing, an offer only discussed, an authorisation of another kind
    (BACKED, "The board approved the union's offer of 4%.", TWO_PARTIES, AUTHORISATION),
    (BACKED, "The council approved the board's offer of 4%.", TWO_PARTIES, AUTHORISATION),
    (BACKED, "The union approved the board's plan.", TWO_PARTIES, AUTHORISATION),
    (BACKED, "The union authorised the board's offer of 4%.", TWO_PARTIES, AUTHORISATION),
    ("The union's members discussed the board's offer of 4%.", "The union approved the board's offer of 4%.",
     TWO_PARTIES, AUTHORISATION),
    ("The union's members did not back the board's offer of 4%.", "The union approved the board's offer of 4%.",
     TWO_PARTIES, AUTHORISATION),
]

# 4. A finding of none told by a shorter or longer name of its finder
SAID_NONE = "The Commission said it had found no evidence that the company sold user data."
SAID_NONE_IN_FULL = "The European Commission said it had found no evidence that the company sold user data."
FINDINGS = [
    (SAID_NONE, "The European Commission found no evidence that the company sold user data.", COMMISSION, "ok"),
    (SAID_NONE, "The European Commission has found no evidence that the company sold user data.", COMMISSION, "ok"),
    (SAID_NONE_IN_FULL, "The Commission found no evidence that the company sold user data.", COMMISSION, "ok"),
    (SAID_NONE_IN_FULL, "The Commission found no evidence that the company sold user data.", TWO_PARTIES, "ok"),
    (SAID_NONE, "No evidence was found by the Commission that the company sold user data.", TWO_PARTIES, "ok"),
    (SAID_NONE, "No evidence was found by the Commission that the company sold user data.", COMMISSION, "ok"),
    (SAID_NONE, "No evidence has been found by the Commission that the company sold user data.", TWO_PARTIES, "ok"),
    (SAID_NONE, "No evidence was found by the European Commission that the company sold user data.", COMMISSION,
     "ok"),
    (SAID_NONE_IN_FULL, "No evidence was found by the Commission that the company sold user data.", COMMISSION, "ok"),
    ("The Commission said it had found no evidence of wrongdoing by the company.",
     "No evidence of wrongdoing by the company was found by the Commission.", TWO_PARTIES, "ok"),
    (SAID_NONE, "The EU Commission found no evidence that the company sold user data.", COMMISSION, "ok"),
    # misstatements: no finder, another finder, another finding
    (SAID_NONE_IN_FULL, "The Competition Commission found no evidence that the company sold user data.", COMMISSION,
     "word of the European Commission"),
    (SAID_NONE, "No evidence was found that the company sold user data.", COMMISSION, "word of the Commission"),
    (SAID_NONE, "No evidence was found by the regulator that the company sold user data.", COMMISSION,
     "word of the Commission"),
    (SAID_NONE, "No evidence was found by the regulator that the company sold user data.", TWO_PARTIES,
     "word of the Commission"),
    (SAID_NONE, "No evidence was found by the Commission that the company sold location data.", TWO_PARTIES,
     "word of the Commission"),
    (SAID_NONE, "The European Commission found no evidence that the company sold location data.", COMMISSION,
     "word of the Commission"),
    (SAID_NONE, "The Competition Authority found no evidence that the company sold user data.", COMMISSION,
     "word of the Commission"),
]

CASES = ([Sentence(passage, sentence) for passage, sentence, _ in APPEALS + WISHES]
         + [Sentence(passage, sentence, parties) for passage, sentence, parties, _ in OFFERS + FINDINGS])


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    """This module's one-sentence checks, many in one load."""
    return SentencesChecked(minimal_project(tmp_path_factory.mktemp("factcheck168") / "project"), CASES)


@pytest.mark.parametrize("passage, sentence, outcome", APPEALS)
def test_an_appeal_a_court_considers_is_filed(checked, passage, sentence, outcome):
    assert_summary_outcome(checked(passage, sentence), outcome)


@pytest.mark.parametrize("passage, sentence, outcome", WISHES)
def test_a_wishs_participle_tells_nothing_done(checked, passage, sentence, outcome):
    assert_summary_outcome(checked(passage, sentence), outcome)


@pytest.mark.parametrize("passage, sentence, parties, outcome", OFFERS)
def test_an_offer_approved_is_an_offer_taken(checked, passage, sentence, parties, outcome):
    assert_summary_outcome(checked(passage, sentence, parties), outcome)


@pytest.mark.parametrize("passage, sentence, parties, outcome", FINDINGS)
def test_a_finding_of_none_told_by_another_form_of_its_finders_name(checked, passage, sentence, parties, outcome):
    assert_summary_outcome(checked(passage, sentence, parties), outcome)
