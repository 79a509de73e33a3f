"""English negations read right: "not yet", "no longer", "none of", "no one", "no ... or ...", "nobody".

1. "The Silver Tern had not yet left Port Alda by Wednesday evening" citing "The vessel had not left Port Alda by
   Wednesday evening" (newuser_110) was refused twice: datebounds.py counted "yet" among the three words a negation
   may stand before its bound, and read no bound turned, so polarity.py read a negation added. A "yet" or "ever" is
   not counted; "By Wednesday evening the Silver Tern had not left Port Alda" (the ceiling opening its sentence, the
   negation after the date) is read as the same floor; a negation read as a date's bound is no negation dropped or
   added ("Nobody had lodged the petition by Saturday" citing "its petition had not yet been lodged", newuser_113).
   "The Silver Tern had left Port Alda by Wednesday evening" stays refused.
2. "The Authority no longer has a deadline of 14 December 2026" citing "The statutory deadline ... was 14 December
   2026. The Authority has extended the deadline by eight weeks" (newuser_115), and "The council no longer puts the
   decline at 22 percent" citing "Updated figures ... put the spawning stock's decline at 26 percent ..., more than the
   22 percent the council gave" (newuser_110), were refused as a negation added: a "no longer" is backed where a
   sentence of the passage tells the thing ended or replaced (explainer/ended_no_longer.py). Citing "The Authority has
   a deadline of 14 December 2026", or "could extend" it, or "has not extended" it, stays refused.
3. "According to Tarar, none of the drones reached their targets" citing "Tarar said Pakistani Taliban militants
   attempted to deploy drones against targets ..., but air defense systems intercepted them" (the real briefing) was a
   negation added: an attempt, or a stop "before they reached", tells no outcome (explainer/attempts_short_of.py).
   "The drones reached their targets" stays refused.
4. "No one expects the panel to rule on the merits of the dispute before early 2027" citing "A final ruling is not
   expected before early 2027" (newuser_110): datebounds.py read a no-one subject ten words at most and 60 characters
   before the bound (now twelve, 110), no_one_subjects.py eight words (now eleven), so the bound, the order and the
   negation were all read turned.
5. "Corran says it will make no pilots or cabin crew compulsorily redundant for at least two years" citing "says
   there will be no compulsory redundancies among pilots or cabin crew" (newuser_118) was a negation dropped: the
   clause split at "or" left "cabin crew compulsorily redundant" unnegated. An "or" a few words after "no" joins two
   things it denies (explainer/no_or_lists.py); "Corran will make cabin crew compulsorily redundant" is now refused.
6. "Nobody has paid the fine" citing "Crestmoor paid the fine", and "No one was injured" citing "Three people were
   injured", built: "nobody" negated words too short to be read, and "injured" shared no second word. A clause a
   positive clause tells done what "nobody" or "no one" opening a clause denies drops the negation
   (no_one_subjects.deed_of_no_one), and only such a clause restates it: "Nobody spoke against the plan at the meeting"
   citing "Twelve people spoke at the meeting, all in favour of the plan" was refused, and builds, as does "Nobody has
   paid the fine" citing "Crestmoor has not paid the fine".
7. Honest paraphrases with these words over the real briefing and newuser_110 to newuser_118 keep building.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from support import paragraph, read_as_project_locale, sentence_findings

import test_newuser_110 as fishing
import test_newuser_113 as charge
import test_newuser_115 as merger
import test_newuser_118 as airline

from explainer.no_one_subjects import deed_of_no_one

NEGATION_ADDED = "adds a negation"
NEGATION_DROPPED = "drops the negation"
BOUND_TURNED = "turns the other way the bound"
TARAR = ("Pakistan’s Information Minister Attaullah Tarar said Pakistani Taliban militants attempted to deploy drones "
         "against targets within Pakistan, but air defense systems intercepted them and no casualties were reported")
PETITION = paragraph(charge.NEWS, "petition had not yet been lodged")


@pytest.fixture(autouse=True)
def english_locale(reading_without_project_locales):
    """Read English as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "en")


def _plain(sentence: str, passage: str) -> list[str]:
    return sentence_findings(sentence, (passage,), "en", ())


# 1. Not yet left by Wednesday
@pytest.mark.parametrize("sentence", [
    "The Silver Tern had not yet left Port Alda by Wednesday evening.",
    "The Silver Tern had not left Port Alda by Wednesday evening.",
    "The vessel had still not left Port Alda by Wednesday evening.",
    "By Wednesday evening the Silver Tern had not yet left Port Alda.",
    "By Wednesday evening, the Silver Tern had not left Port Alda.",
    "As of Wednesday evening, the Silver Tern was yet to leave Port Alda.",
])
def test_not_yet_left_by_wednesday_builds(sentence: str):
    assert fishing.found("A_BONDPOST", sentence) == [], sentence


@pytest.mark.parametrize("sentence", [
    "The Silver Tern had left Port Alda by Wednesday evening.",
    "By Wednesday evening the Silver Tern had left Port Alda.",
])
def test_left_by_wednesday_stays_refused(sentence: str):
    assert any(BOUND_TURNED in finding for finding in fishing.found("A_BONDPOST", sentence)), sentence


def test_nobody_had_lodged_it_by_saturday_builds():
    assert _plain("Nobody had lodged the petition by Saturday.", PETITION) == []


# 2. No longer
@pytest.mark.parametrize("sentence, cited", [
    ("The Authority no longer has a deadline of 14 December 2026.", merger.TIME),
    ("The deadline is no longer 14 December 2026 but 8 February 2027.", merger.TIME),
    ("14 December 2026 is no longer the deadline for the final report.", merger.TIME),
])
def test_a_deadline_no_longer_builds(sentence: str, cited):
    assert merger.found(sentence, cited) == [], sentence


@pytest.mark.parametrize("sentence", [
    "The council no longer puts the decline at 22 percent.",
    "The council no longer gives the decline as 22 percent; it now says 26 percent.",
])
def test_a_figure_no_longer_given_builds(sentence: str):
    assert fishing.found("A_STOCK", sentence) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The Authority no longer has a deadline of 14 December 2026.", "The Authority's deadline of 14 December 2026 was "
     "lifted."),
    ("The Authority no longer has a deadline of 14 December 2026.", "The deadline, originally 14 December 2026, was "
     "extended to 30 March 2027."),
])
def test_a_deadline_lifted_or_extended_builds(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], passage


@pytest.mark.parametrize("sentence, passage", [
    ("The Authority no longer has a deadline of 14 December 2026.", "The Authority has a deadline of 14 December 2026."),
    ("The Authority no longer has a deadline of 14 December 2026.",
     "The Authority has a deadline of 14 December 2026, which could be extended."),
    ("The Authority no longer has a deadline of 14 December 2026.",
     "The Authority has a deadline of 14 December 2026. It has not extended the deadline."),
    ("The council no longer puts the decline at 22 percent.", "The council puts the decline at 22 percent."),
])
def test_no_longer_what_is_still_so_stays_refused(sentence: str, passage: str):
    assert any(NEGATION_ADDED in finding for finding in _plain(sentence, passage)), passage


# 3. None of the drones reached their targets
@pytest.mark.parametrize("sentence, passage", [
    ("According to Tarar, none of the drones reached their targets.", TARAR),
    ("According to Tarar, none of the drones hit their targets.", TARAR),
    ("Tarar said none of the drones reached their targets.", TARAR),
    ("Tarar said the militants tried to use drones against targets in Pakistan, but none reached them.", TARAR),
    ("According to Tarar, none of the drones reached their targets.", "Tarar said all the drones were intercepted "
     "before they reached their targets."),
    ("According to Tarar, none of the drones reached their targets.", "Tarar said all of the drones were "
     "intercepted."),
])
def test_none_of_the_drones_reached_them_builds(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], sentence


@pytest.mark.parametrize("passage", [
    "Tarar said the drones reached their targets.",
    "Militants attempted to deploy drones against targets, and the drones reached their targets.",
])
def test_none_reached_what_reached_stays_refused(passage: str):
    found = _plain("According to Tarar, none of the drones reached their targets.", passage)
    assert any(NEGATION_ADDED in finding for finding in found), found


# 4. No one expects a ruling on the merits
@pytest.mark.parametrize("sentence", [
    "No one expects the panel to rule on the merits of the dispute before early 2027.",
    "Nobody expects the panel to rule on the merits of the dispute before early 2027.",
    "No one expects the panel to rule on the merits before early 2027.",
])
def test_no_one_expects_a_ruling_on_the_merits_builds(sentence: str):
    assert fishing.found("A_BOND", sentence) == [], sentence


def test_no_one_expects_it_before_what_is_expected_before_stays_refused():
    found = _plain("No one expects the panel to rule on the merits of the dispute before early 2027.",
                   "A ruling on the merits of the dispute is expected before early 2027.")
    assert any(BOUND_TURNED in finding for finding in found), found


# 5. No pilots or cabin crew
@pytest.mark.parametrize("sentence, cited", [
    ("Corran Airways says it will make no pilots or cabin crew compulsorily redundant for at least two years.",
     airline.N2),
    ("Corran Airways says it will make no pilots compulsorily redundant for at least two years.", airline.N2),
    ("Corran says nobody among pilots or cabin crew will be made compulsorily redundant for at least two years.",
     airline.N2),
])
def test_no_pilots_or_cabin_crew_builds(sentence: str, cited):
    assert airline.found(sentence, cited) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The airline will make no pilots compulsorily redundant.",
     "The airline said no pilots will be made compulsorily redundant."),
    ("The airline says it will make no pilots or cabin crew compulsorily redundant.",
     "No pilots or cabin crew will be made compulsorily redundant, the airline said."),
])
def test_no_pilots_made_redundant_builds(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], sentence


def test_cabin_crew_made_redundant_is_refused():
    found = _plain("Corran will make cabin crew compulsorily redundant.",
                   "Corran says there will be no compulsory redundancies among pilots or cabin crew.")
    assert any(NEGATION_DROPPED in finding for finding in found), found


# 6. Nobody, no one
@pytest.mark.parametrize("sentence, passage", [
    ("Nobody has paid the fine.", "Crestmoor paid the fine."),
    ("No one was injured.", "Three people were injured."),
    ("No one was injured in the blast.", "Three people were injured in the blast."),
    ("None of the stores were sold.", "92 stores were sold."),
])
def test_nobody_denying_a_deed_done_is_refused(sentence: str, passage: str):
    assert any(NEGATION_ADDED in finding for finding in _plain(sentence, passage)), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Nobody has paid the fine.", "Crestmoor has not paid the fine."),
    ("No one was injured.", "No one was injured, police said."),
    ("No one was injured in the second blast.",
     "Three people were injured in the first blast, but no one was injured in the second blast."),
    ("Nobody has paid the fine yet.", "The fine must be paid by Crestmoor within 30 days."),
    ("Nobody has paid the fine this year.",
     "Crestmoor paid the fine last year, but nobody has paid the fine this year."),
    ("Nobody spoke against the plan at the meeting.", "Twelve people spoke at the meeting, all in favour of the plan."),
    ("No one was injured in the second blast.",
     "Three people were injured in the first blast, but no one was hurt in the second blast."),
])
def test_nobody_denying_what_no_passage_tells_done_builds(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], sentence


@pytest.mark.parametrize("clause, deed", [
    ("Nobody has paid the fine", ("paid", "fine")),
    ("No one was injured", ("injured",)),
    ("no-one has yet bought any of the stores", ("bought", "stores")),
    ("The Authority ordered no one to leave", ()),
    ("None of the stores were sold", ()),
])
def test_the_deed_of_no_one(clause: str, deed: tuple[str, ...]):
    assert deed_of_no_one(clause) == deed, clause


# 7. Honest paraphrases over the real briefing and the fixtures
@pytest.mark.parametrize("sentence, passage", [
    ("According to Tarar, no casualties were reported.", TARAR),
    ("Tarar said no one was reported hurt.", TARAR),
    ("According to Tarar, none of the drones got through.", TARAR),
    ("Isolation means the Taliban cannot modernize its military.",
     "The Taliban's international isolation has meant that it cannot modernize its military - but still, there have "
     "been reports of drone usage against Pakistan positions"),
    ("Kabul has not denied that 13 civilians were injured.",
     "Kabul have acknowledged Taliban fighters killed, 11 wounded, and 13 civilians injured in the mountainous "
     "northwest border region where the line of fighting is concentrated"),
    ("A final ruling is not yet expected before early 2027.", paragraph(fishing.AGENCY, "250,000 euros")),
    ("None of the 92 stores has been sold yet.", paragraph(merger.FINDINGS, "On 20 October")),
    ("No buyer has yet been approved for the stores.", paragraph(merger.FINDINGS, "On 20 October")),
    ("Nobody has bought any of the stores yet.", paragraph(merger.FINDINGS, "On 20 October")),
    ("No one has carried out a recount.", paragraph(charge.NEWS, "No recount has taken place")),
    ("There has been no recount, and the Returning Officer has not changed her decision.",
     paragraph(charge.NEWS, "No recount has taken place")),
    ("The campaign has not yet lodged its petition.", PETITION),
    ("The Returning Officer declined the request, as nobody identified a specific error in the count.",
     paragraph(charge.DECLARATION, "declined the request")),
    ("The promise no longer covers engineers or ground staff, the union says.",
     paragraph(airline.NEWS, "The union says the merger")),
    ("The union says the promise does not cover engineers or ground staff.",
     paragraph(airline.NEWS, "The union says the merger")),
])
def test_honest_negations_build(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], sentence


def test_no_one_injured_backed_beside_others_injured_builds():
    passage = ("The police said no one was injured when the building collapsed. Three people were injured in a separate "
               "incident nearby.")
    assert _plain("No one was injured, the police said.", passage) == []
