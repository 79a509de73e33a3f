"""A twelfth fact-check: misstatements the README's limits listed as let through.

A condition opened by "in case of", or by an opening "In case ...", dropped (a mid-clause "in case", a precaution,
still builds); an outcome in other words: "routed" a win ("was routed by" its subject's loss), "fell to" a name a
loss ("Alpha fell to Beta"; not "fell to 40 percent"); a quotation starting with a figure cut past the source's
hedge ("up to", "about", "some"; "environ", "etwa"); a speaker's role swapped in a title before the name ("Foreign
Minister Khawaja Asif" for "Defence Minister"). Each is checked both ways: the misstatement is refused on its
line with what is wrong, and honest wordings build. Conditions, outcomes and roles are read in English only."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import Sentence, SentencesChecked, assert_summary_outcome, minimal_project


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck16") / "project")


@pytest.fixture(scope="module")
def checked(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root,
                            [Sentence(given, written) for given, written, _ in CONDITIONS + OUTCOMES]
                            + [Sentence(given, written, language=language) for language, given, written, _ in CUT]
                            + [Sentence(given, written) for given, written, _ in ROLES])


def _ids(cases):
    return [f"{written[:45]} ({given[:25]})" for given, written, _ in cases]


# --- 1. a condition opened by "in case" ---------------------------------------------------------------------------

CONDITIONS = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ("Sanctions will follow in case of a breach of the ceasefire, the ministry said.",
     "Sanctions will follow, the ministry said.",
     "the source gives this only on a condition ('in case of a breach of the ceasefire'), but it is stated as plain "
     "fact: \"Sanctions will follow, the ministry said.\" (keep the condition"),
    ("In case the talks fail, the army will return to the valley.", "The army will return to the valley.",
     "only on a condition ('In case the talks fail')"),
    ("Officials said that in case the talks fail, the army will return to the valley.",
     "Officials said the army will return to the valley.", "only on a condition ('in case the talks fail')"),
    # honest: the condition kept in its words or others; a precaution; "in any case", "in the case of"
    ("In case the talks fail, the army will return to the valley.",
     "The army will return to the valley in case the talks fail.", "ok"),
    ("In case the talks fail, the army will return to the valley.",
     "The army will return to the valley if the talks fail.", "ok"),
    ("Sanctions will follow in case of a breach of the ceasefire, the ministry said.",
     "Sanctions will follow in the event of a breach, the ministry said.", "ok"),
    ("The army will stay in the valley in case the talks fail.", "The army will stay in the valley.", "ok"),
    ("Just in case the talks fail, the army will stay in the valley.", "The army will stay in the valley.", "ok"),
    ("In any case, the army will return to the valley.", "The army will return to the valley.", "ok"),
    ("In the case of Pakistan, the army will return to the valley.", "The army will return to the valley.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", CONDITIONS, ids=_ids(CONDITIONS))
def test_a_condition_opened_by_in_case_dropped_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


# --- 2. outcomes: "routed", "fell to" -----------------------------------------------------------------------------

OUTCOMES = [
    ("Alpha was routed by Beta in the final.", "Alpha defeated Beta in the final.",
     "this sentence says 'defeated' where its cited passages say 'routed' ('Alpha was routed by Beta in the final'): "
     "\"Alpha defeated Beta in the final.\" (give the outcome the source gives"),
    ("Alpha was routed by Beta in the final.", "Alpha routed Beta in the final.",
     "says 'routed' where its cited passages say 'routed'"),
    ("Beta routed Alpha in the final.", "Beta lost to Alpha in the final.",
     "says 'lost' where its cited passages say 'routed'"),
    ("Alpha fell to Beta in the final.", "Alpha beat Beta in the final.",
     "says 'beat' where its cited passages say 'fell to'"),
    ("The town fell to the Taliban in August.", "The town won against the Taliban in August.",
     "says 'won' where its cited passages say 'fell to'"),
    # honest: the winner's win, the loser's loss, a route, a figure falling
    ("Alpha was routed by Beta in the final.", "Beta defeated Alpha in the final.", "ok"),
    ("Beta was routed by Alpha in the final.", "Alpha defeated Beta in the final.", "ok"),
    ("Alpha was routed by Beta in the final.", "Alpha lost to Beta in the final.", "ok"),
    ("Alpha fell to Beta in the final.", "Beta beat Alpha in the final.", "ok"),
    ("Alpha fell to Beta in the final.", "Alpha lost to Beta in the final.", "ok"),
    ("Traffic was routed through Quetta by the army.", "Traffic was routed through Quetta by the army.", "ok"),
    ("Alpha's share fell to 40 percent in the final count.", "Alpha won 40 percent in the final count.", "ok"),
    ("Alpha's vote fell to the lowest level in the final count.", "Alpha won in the final count.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", OUTCOMES, ids=_ids(OUTCOMES))
def test_an_outcome_routed_or_fallen_to_turned_is_refused_and_an_honest_one_builds(checked, given, written,
                                                                                  outcome):
    assert_summary_outcome(checked(given, written), outcome)


# --- 3. a quotation cut past the source's "up to", "about", "some" ------------------------------------------------

CUT = [
    ("en", "The ministry said the toll was \"up to 40 dead and many more missing\".",
     "The ministry said the toll was \"40 dead and many more missing\".",
     "this quotation leaves out the 'up to' its cited passages give before it ('up to 40 dead and many more "
     "missing'): \"The ministry said the toll was \"40 dead and many more missing\".\" (keep the source's 'up to', "
     "inside the quotation marks or just before them)"),
    ("en", "The ministry said the toll was about \"40 dead and many more missing\".",
     "The ministry said the toll was \"40 dead and many more missing\".", "leaves out the 'about'"),
    ("en", "The envoy said some \"forty fighters crossed the border\" on Friday.",
     "The envoy said \"forty fighters crossed the border\" on Friday.", "leaves out the 'some'"),
    ("fr", "Le ministre a parlé d'« environ quarante morts » dans la vallée.",
     "Le ministre a parlé de « quarante morts » dans la vallée.", "leaves out the 'environ'"),
    ("de", "Der Minister sprach von „etwa vierzig Toten“ im Tal.",
     "Der Minister sprach von „vierzig Toten“ im Tal.", "leaves out the 'etwa'"),
    # honest: the hedge kept, or another; "about" before words that are no figure; the words also given unhedged
    ("en", "The ministry said the toll was \"up to 40 dead and many more missing\".",
     "The ministry said the toll was up to \"40 dead and many more missing\".", "ok"),
    ("en", "The ministry said the toll was \"about 40 dead and many more missing\".",
     "The ministry said the toll was roughly \"40 dead and many more missing\".", "ok"),
    ("en", "The envoy spoke about \"the ceasefire that collapsed\" on Friday.",
     "The envoy said \"the ceasefire that collapsed\" on Friday.", "ok"),
    ("en", "The envoy said the talks lasted some \"40 hours\" in all. Officials reported \"40 hours\" of talks.",
     "Officials reported \"40 hours\" of talks.", "ok"),
    ("fr", "Le ministre a parlé d'« environ quarante morts » dans la vallée.",
     "Le ministre a parlé d'environ « quarante morts » dans la vallée.", "ok"),
]


@pytest.mark.parametrize("language,given,written,outcome", CUT, ids=[f"{c[0]}: {c[2][:45]}" for c in CUT])
def test_a_quotation_cut_past_the_sources_hedge_is_refused(checked, language, given, written, outcome):
    assert_summary_outcome(checked(given, written, language=language), outcome)


# --- 4. a speaker's role swapped in a title before the name --------------------------------------------------------

ROLES = [
    ("Defence Minister Khawaja Asif said the talks had failed.",
     "Foreign Minister Khawaja Asif said the talks had failed.",
     "this sentence calls Asif 'Foreign Minister' where its cited passages call them 'Defence Minister': \"Foreign "
     "Minister Khawaja Asif said the talks had failed.\" (give the role the source gives"),
    ("Khawaja Asif, the defence minister, said the talks had failed.",
     "Foreign Minister Khawaja Asif said the talks had failed.",
     "calls Asif 'Foreign Minister' where its cited passages call them 'the defence minister'"),
    ("Defence Minister Khawaja Asif said the talks had failed.",
     "Khawaja Asif, the foreign minister, said the talks had failed.",
     "calls Asif 'the foreign minister' where its cited passages call them 'Defence Minister'"),
    # honest: the same title, less of it, more of it, as an appositive; another person's title
    ("Defence Minister Khawaja Asif said the talks had failed.",
     "Defence Minister Khawaja Asif said the talks had failed.", "ok"),
    ("Defence Minister Khawaja Asif said the talks had failed.", "Minister Khawaja Asif said the talks had failed.",
     "ok"),
    ("Defence Minister Khawaja Asif said the talks had failed.",
     "Pakistani Defence Minister Khawaja Asif said the talks had failed.", "ok"),
    ("Defence Minister Khawaja Asif said the talks had failed.",
     "Khawaja Asif, the defence minister, said the talks had failed.", "ok"),
    ("Foreign Minister Ishaq Dar met Defence Minister Khawaja Asif on Friday.",
     "Foreign Minister Ishaq Dar met Khawaja Asif on Friday.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", ROLES, ids=_ids(ROLES))
def test_a_role_swapped_in_a_title_before_the_name_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)
