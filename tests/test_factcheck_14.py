"""A tenth fact-check: misstatements a new user found let through (newuser12's report).

A comparison turned the other way round ("higher" for "lower", "more reliable" for "less reliable", "rose faster"
for "slower", "above" a figure for "below"); a ruling's scope or answer turned ("granted in full" for "granted in
part", "granted" for "refused" or "denied"); a scheduled event told as held ("the hearing was held on 3 March" citing
"the hearing is scheduled for 3 March"). Each is checked both ways: the misstatement is refused on its line with
what is wrong, and the source's wording and honest paraphrases (the two compared the other way round with the
opposite comparative, "higher than expected" beside an unrelated "lower", a hearing kept as scheduled) build."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import Sentence, SentencesChecked, assert_summary_outcome, minimal_project


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck14") / "project")


@pytest.fixture(scope="module")
def checked(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root,
                            [Sentence(given, written) for given, written, _ in COMPARATIVES + RULINGS + SCHEDULED])


def _ids(cases):
    return [f"{written[:45]} ({given[:25]})" for given, written, _ in cases]


# --- 1. comparisons turned the other way round ------------------------------------------------------------------

COMPARATIVES = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ("Pakistan's casualty figures are higher than Afghanistan's.",
     "Pakistan's casualty figures are lower than Afghanistan's.",
     "this sentence says 'lower' where its cited passages say 'higher' ('Pakistan's casualty figures are higher "
     "than Afghanistan's'): \"Pakistan's casualty figures are lower than Afghanistan's.\" (compare the two the way "
     "the source does, or cite the passage that compares them so)"),
    ("The Pakistani figures are less reliable than the Afghan ones, analysts said.",
     "The Pakistani figures are more reliable than the Afghan ones, analysts said.",
     "says 'more' where its cited passages say 'less'"),
    ("Pakistan reported fewer deaths than Afghanistan on Friday.",
     "Pakistan reported more deaths than Afghanistan on Friday.", "says 'more' where its cited passages say 'fewer'"),
    ("Food prices rose slower than wages in February.", "Food prices rose faster than wages in February.",
     "says 'faster' where its cited passages say 'slower'"),
    ("The displaced population was smaller than in 2024.", "The displaced population was larger than in 2024.",
     "says 'larger' where its cited passages say 'smaller'"),
    ("Casualties remained below 100 on Friday.", "Casualties remained above 100 on Friday.",
     "says 'above' where its cited passages say 'below'"),
    ("Pakistan gives the lower figure of 58 soldiers killed.",
     "Pakistan gives the higher figure of 58 soldiers killed.",
     "says 'higher' where its cited passages say 'lower'"),
    # honest: the source's own words, the two the other way round, an unrelated comparative beside
    ("Pakistan's casualty figures are higher than Afghanistan's.",
     "Pakistan's casualty figures are higher than Afghanistan's.", "ok"),
    ("The army's casualty count is higher than the ministry's.",
     "The ministry's casualty count is lower than the army's.", "ok"),
    ("Food prices rose slower than wages in February.", "Wages rose faster than food prices in February.", "ok"),
    ("The ministry's casualty count is lower.", "The army's casualty count is higher.", "ok"),
    ("The army's figures are less reliable than the ministry's.",
     "The ministry's figures are more reliable than the army's.", "ok"),
    ("Inflation was higher than expected in February, while exports were lower than forecast.",
     "Inflation was higher than expected in February.", "ok"),
    ("The army gives the lower figure and the Red Crescent the higher.", "The Red Crescent gives the higher figure.",
     "ok"),
    ("Pakistan reported fewer deaths than Afghanistan, but more injuries.",
     "Pakistan reported more injuries than Afghanistan.", "ok"),
    ("The village below 2,000 metres was shelled, officials said, with no more than 12 killed.",
     "Officials said no more than 12 were killed in the village.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", COMPARATIVES, ids=_ids(COMPARATIVES))
def test_a_comparison_turned_round_is_refused_and_an_honest_one_builds(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


# --- 2. a ruling's scope or answer turned -----------------------------------------------------------------------

RULINGS = [
    ("The court granted the petition in part on Friday.", "The court granted the petition in full on Friday.",
     "this sentence says 'granted the petition in full' where its cited passages say 'granted the petition in part'"),
    ("The court partly granted the petition on Friday.", "The court granted the petition in full on Friday.",
     "says 'granted the petition in full' where its cited passages say 'partly granted'"),
    ("The court refused bail to Khan but granted it to Malik.", "The court granted bail to Khan.",
     "says 'granted' where its cited passages say 'refused' ('The court refused bail to Khan')"),
    ("The regulator declined the licence application on Friday.",
     "The regulator granted the licence application on Friday.",
     "says 'granted' where its cited passages say 'declined'"),
    ("The regulator granted the licence application on Friday.",
     "The regulator declined the licence application on Friday.",
     "says 'declined' where its cited passages say 'granted'"),
    ("The appeal was allowed in part on Friday.", "The appeal was allowed in full on Friday.",
     "says 'allowed in full' where its cited passages say 'allowed in part'"),
    ("The court granted the petition in full on Friday.", "The court granted the petition in part on Friday.",
     "says 'granted the petition in part' where its cited passages say 'granted the petition in full'"),
    # honest: the source's own words, a grant of part of a petition, a denial of another matter
    ("The court granted the petition in part on Friday.", "The court granted the petition in part on Friday.", "ok"),
    ("The court granted the petition in part on Friday.", "The court partly granted the petition on Friday.", "ok"),
    ("The court granted the petition in full on Friday.", "The court granted the petition on Friday.", "ok"),
    ("The tribunal granted bail but refused the request for a retrial.", "The tribunal granted bail.", "ok"),
    ("The court refused bail to Khan but granted it to Malik.", "The court granted bail to Malik.", "ok"),
    ("Pakistan denied the accusation, and the court granted the petition.",
     "The court granted the petition.", "ok"),
    ("The ministry refused to comment on the licence application.",
     "The regulator granted the licence application.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", RULINGS, ids=_ids(RULINGS))
def test_a_ruling_turned_is_refused_and_an_honest_one_builds(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


# --- 3. a scheduled event told as held --------------------------------------------------------------------------

SCHEDULED = [
    ("The hearing is scheduled for 3 March.", "The hearing was held on 3 March.",
     "this sentence tells as held ('was held') what its cited passages only schedule ('scheduled': 'The hearing is "
     "scheduled for 3 March'): \"The hearing was held on 3 March.\" (keep it as scheduled, or cite a passage that "
     "says it took place)"),
    ("The court set a hearing for 17 March.", "The hearing was held on 17 March.",
     "only schedule ('set a hearing for'"),
    ("The talks will be held on 3 March in Doha.", "The talks were held on 3 March in Doha.",
     "only schedule ('will be held'"),
    ("The vote is due on 3 March.", "The vote took place on 3 March.", "only schedule ('is due'"),
    ("Talks are planned for 3 March in Doha.", "Talks took place on 3 March in Doha.", "only schedule ('planned for'"),
    ("The first hearing was held on 1 March, and a second hearing is scheduled for 17 March.",
     "A second hearing was held on 17 March.", "only schedule ('scheduled'"),
    # honest: kept as scheduled, told as held where the source tells it so, another event held beside
    ("The hearing is scheduled for 3 March.", "The hearing is set for 3 March.", "ok"),
    ("The hearing is scheduled for 3 March.", "The hearing was scheduled for 3 March.", "ok"),
    ("The hearing, scheduled for 3 March, was held in Lahore.", "The hearing was held on 3 March in Lahore.", "ok"),
    ("The first hearing was held on 1 March, and a second hearing is scheduled for 17 March.",
     "The first hearing was held on 1 March.", "ok"),
    ("Fighting began on Friday, and talks are due on Monday.", "Fighting began on Friday.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", SCHEDULED, ids=_ids(SCHEDULED))
def test_a_scheduled_event_told_as_held_is_refused_and_an_honest_one_builds(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)
