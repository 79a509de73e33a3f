"""Honest English sentences saying "nobody", "no one", "none of", "neither ... nor", or "put the figure at", no longer
refused; a misstatement refused by two checks named once:

1. "Nobody expects a final ruling before early 2027" citing "A final ruling is not expected before early 2027"
   (newuser_110) was refused as turning the order round ("says 'before early 2027' where its cited passages say
   'before early 2027'"): a "before" in a clause a subject naming no one opens is negated, as after "not"
   (sequence.py, by explainer/no_one_subjects.py); citing "A final ruling is expected before early 2027" it stays
   refused.
2. "Nobody ordered the companies to freeze prices" citing "The companies have also pledged to freeze the prices ...
   This pledge was made by the companies themselves" (newuser_115) was refused as an order no passage gives: a verb
   whose subject names no one gives no order (decisions.py). "The Authority ordered the companies to freeze prices"
   stays refused, and is now named once, as imposed_offers.py's offer told imposed (it was named twice).
3. "Nobody has bought any of the stores yet" citing "the companies offered to sell 92 stores ... No store has yet been
   sold, and no buyer has been approved" (newuser_115) was refused as telling an outcome of an offer
   (process_outcomes.py); "A buyer has bought 92 of the stores" stays refused.
4. "Police put the figure at 5,000" citing "Police estimated that 5,000 people took part" was refused as leaving out
   the qualifier of "estimated that 5,000" (the figure named twice in one finding): a figure someone "put at" is told
   as their estimate (estimated_figures.py); "5,000 people marched" and "put the figure at 5,000" of "about 5,000" stay
   refused. Citing "Organisers said 5,000 people marched, while police put the figure at 3,000" it was refused by two
   checks at once (figure_actors.py and figure_speakers.py): it is now named once, as whose word the figure is.
5. Probing further paraphrases over newuser_110, newuser_112 and newuser_113: "Nobody reached agreement in the talks
   in Port Alda" citing "... ended after one day without agreement" (unreached_agreements.py), "Nobody has paid the
   judgment yet" citing "The company has not paid the judgment" (penalties_paid.py) and "Nobody has carried out a
   recount" citing "It has asked the Returning Officer for a full recount ... No recount has taken place"
   (requests_done.py) were refused; each builds, and its twin telling the deed done stays refused.
6. "Nobody expects the panel to rule on the merits before early 2027" and "The panel has yet to rule on the merits of
   the dispute" citing "The panel said its ruling on provisional measures did not decide the merits ..." were refused
   as a ruling on the merits told (court_steps.py: a subject naming no one, and "yet to", negate it); "No ruling on
   the merits of the dispute is expected before early 2027" was refused as turning its bound (datebounds.py read "no"
   eight words before the bound at most, now ten). "The panel ruled on the merits of the dispute" and "No ruling on the
   merits of the dispute is expected after early 2027" stay refused.
7. What no_one_subjects.py does not read as a subject naming no one: an object ("ordered no one to leave"), a verb of
   another clause ("Nobody doubts that the Authority ordered it"), "No doubt the Authority ordered it".
"""

from __future__ import annotations

import pytest

from conftest import REPO
from support import read_as_project_locale, sentence_findings

import test_newuser_110 as fishing
import test_newuser_112 as patent
import test_newuser_113 as charge
import test_newuser_115 as merger

from explainer.no_one_subjects import in_clause_of_no_one, verb_of_no_one

ORDER_TURNED = "where its cited passages say"
NEGATION_ADDED = "adds a negation"
ORDER = "gives an order"
IMPOSED = "tells as imposed"
OUTCOME = "tells as an outcome"
LEFT_OUT = "leaves out the qualifier"


@pytest.fixture(autouse=True)
def english_locale(reading_without_project_locales):
    """Read English as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "en")


def _plain(sentence: str, passage: str) -> list[str]:
    return sentence_findings(sentence, (passage,), "en", ())


# 1. A "before" in a clause that nobody opens
@pytest.mark.parametrize("sentence", [
    "Nobody expects a final ruling before early 2027.",
    "No one expects a final ruling before early 2027.",
    "None of the parties expects a final ruling before early 2027.",
    "The panel said its ruling did not decide the merits, and nobody expects a final ruling before early 2027.",
])
def test_nobody_expects_it_before(sentence: str):
    assert fishing.found("A_BOND", sentence) == [], sentence


def test_nobody_expects_it_before_what_the_passage_expects_before_stays_refused():
    found = _plain("Nobody expects a final ruling before early 2027.",
                   "A final ruling is expected before early 2027.")
    assert found, "refused as turning the bound (datebounds.py) and now the order (sequence.py)"
    assert any("'not ... before early 2027'" in finding for finding in found), found


# 2. Nobody ordered it
@pytest.mark.parametrize("sentence", [
    "Nobody ordered the companies to freeze prices.",
    "No one ordered the companies to freeze prices.",
    "No regulator has ordered the companies to freeze prices.",
    "None of the regulators ordered the price freeze.",
    "Neither the Authority nor anyone else ordered the price freeze.",
    "The pledge is the companies' own: nobody ordered it.",
])
def test_nobody_ordered_the_pledge(sentence: str):
    assert merger.found(sentence, merger.PLEDGE) == [], sentence


def test_an_order_told_of_a_pledge_is_named_once():
    found = merger.found("The Authority ordered the companies to freeze prices.", merger.PLEDGE)
    assert len(found) == 1 and IMPOSED in found[0], found


def test_nobody_ordered_what_was_ordered_stays_refused():
    found = _plain("Nobody ordered the companies to sell stores.",
                   "The Authority ordered the companies to sell 92 stores.")
    assert any(NEGATION_ADDED in finding for finding in found), found


def test_an_order_no_passage_gives_stays_refused():
    found = _plain("Khawaja Asif ordered an all-out war.", "Khawaja Asif declared an all-out war.")
    assert any(ORDER in finding for finding in found), found


# 3. Nobody has bought them
@pytest.mark.parametrize("sentence", [
    "Nobody has bought any of the stores yet.",
    "No one has bought any of the stores yet.",
    "Nobody has bought the 92 stores offered.",
    "So far, nobody has bought any of the stores.",
])
def test_nobody_has_bought_the_stores(sentence: str):
    assert merger.found(sentence, merger.REM) == [], sentence


def test_a_buyer_told_to_have_bought_stays_refused():
    found = merger.found("A buyer has bought 92 of the stores.", merger.REM)
    assert any(OUTCOME in finding for finding in found), found


# 4. Police put the figure at
@pytest.mark.parametrize("sentence, passage", [
    ("Police put the figure at 5,000.", "Police estimated that 5,000 people took part."),
    ("Police put the crowd at 5,000.", "Police estimate that 5,000 people marched."),
    ("The police put it at 5,000.", "An estimated 5,000 people marched, according to police."),
    ("Police put the number of marchers at 5,000.", "Police said an estimated 5,000 people marched."),
    ("Police put the figure at 5,000, while organisers said 8,000.",
     "Organisers said 8,000 people marched, but police estimated that 5,000 took part."),
])
def test_a_figure_put_at_keeps_the_estimate(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("5,000 people marched.", "Police estimated that 5,000 people took part."),
    ("Police put the figure at 5,000.", "Police estimated the crowd at about 5,000."),
    ("Prices put jobs at risk, and 5,000 people marched.", "Police estimated that 5,000 people took part."),
])
def test_an_estimate_told_plainly_stays_refused(sentence: str, passage: str):
    assert any(LEFT_OUT in finding for finding in _plain(sentence, passage)), sentence


def test_a_figure_given_to_another_speaker_is_named_once():
    found = _plain("Police put the figure at 5,000.",
                   "Organisers said 5,000 people marched, while police put the figure at 3,000.")
    assert len(found) == 1 and "as the word of 'Police'" in found[0], found


def test_a_figure_given_to_another_actor_is_still_refused():
    found = _plain("The scientific committee advised a 15% cut.",
                   "The scientific committee advised a 20% cut; ministers agreed 15%.")
    assert any("to the actor of" in finding for finding in found), found


# 5. Nobody reached, paid, carried out
@pytest.mark.parametrize("found, sentence, cited", [
    (fishing.found, "Nobody reached agreement in the talks in Port Alda.", "A_TALKS"),
    (patent.found, "Nobody has paid the judgment yet.", patent.N_OKAFOR),
    (charge.found, "Nobody has carried out a recount.", charge.W_RECOUNT),
    (charge.found, "No one has carried out a recount.", charge.W_RECOUNT),
])
def test_a_deed_nobody_did_builds(found, sentence: str, cited):
    result = found(cited, sentence) if found is fishing.found else found(sentence, cited)
    assert result == [], sentence


@pytest.mark.parametrize("found, sentence, cited, message", [
    (fishing.found, "The two governments reached agreement in the talks in Port Alda.", "A_TALKS",
     "tells an agreement reached"),
    (patent.found, "Brightwell has paid the judgment.", patent.N_OKAFOR, "tells as paid"),
    (charge.found, "The council has carried out a recount.", charge.W_RECOUNT, "tells the recount as done"),
])
def test_a_deed_told_done_stays_refused(found, sentence: str, cited, message: str):
    result = found(cited, sentence) if found is fishing.found else found(sentence, cited)
    assert any(message in finding for finding in result), result


# 6. A ruling on the merits nobody expects yet
@pytest.mark.parametrize("sentence", [
    "Nobody expects the panel to rule on the merits before early 2027.",
    "No one expects a ruling on the merits before early 2027.",
    "The panel has yet to rule on the merits of the dispute.",
    "No ruling on the merits of the dispute is expected before early 2027.",
])
def test_a_ruling_on_the_merits_not_yet_made_builds(sentence: str):
    assert fishing.found("A_BOND", sentence) == [], sentence


@pytest.mark.parametrize("sentence, message", [
    ("The panel ruled on the merits of the dispute.", "tells as a ruling on the merits"),
    ("No ruling on the merits of the dispute is expected after early 2027.", "turns the other way the bound"),
])
def test_a_ruling_on_the_merits_told_stays_refused(sentence: str, message: str):
    assert any(message in finding for finding in fishing.found("A_BOND", sentence)), sentence


# 7. What names no one, and what does not
@pytest.mark.parametrize("text, word, expected", [
    ("Nobody ordered the companies to sell.", "ordered", True),
    ("No one has yet ordered it.", "ordered", True),
    ("Neither the Authority nor the government ordered it.", "ordered", True),
    ("He said nobody ordered it.", "ordered", True),
    ("The Authority ordered no one to leave.", "ordered", False),
    ("Nobody doubts that the Authority ordered it.", "ordered", False),
    ("No doubt the Authority ordered it.", "ordered", False),
    ("No longer did the Authority order it.", "order", False),
])
def test_a_verb_of_no_one(text: str, word: str, expected: bool):
    assert verb_of_no_one(text, text.index(word)) is expected, text


def test_a_clause_of_no_one_ends_at_that():
    text = "Nobody doubts that the ruling came before 2027."
    assert not in_clause_of_no_one(text, text.index("before"))
    text = "Nobody expects a final ruling before early 2027."
    assert in_clause_of_no_one(text, text.index("before"))
