"""Honest "no one" sentences built, and two misses refused (what factcheck_194 left).

1. "Nobody was reported killed" citing "No casualties were reported" was refused as a deed no passage tells
   (unbacked_deeds.py read "killed" as a killing told): a killing or a wounding told of a subject naming no one is
   backed by a passage denying that harm or a wider one (explainer/no_one_harmed.py). "Nobody was killed" citing "The
   bomb exploded in the market" stays refused, and so does "Nobody was killed" citing "Three people were killed".
2. "No one was hurt" citing "No injuries were reported" stays refused, as unreported.py means it to: the passage gives
   only no report of injuries, the sentence the fact; "No one was reported hurt" builds.
3. "The union has no plans to strike or ballot its members" citing "The union had no plans to strike or to ballot its
   members" (the passage's own words too) was refused as a refusal told agreed: unestablished.py read no refusal of
   the sentence's own longer than "no" and one word; "has no plans to", "is not planning to", "has no intention of",
   and a second act after "or" are the sentence's own refusal. "The union will strike" stays refused.
4. "No one voted against the motion" citing "The motion passed unanimously" was refused as a split vote told
   (vote_margins.py): a "voted against" or "dissented" a subject naming no one denies tells no split
   (no_one_subjects.verb_of_no_one). "The panel did not vote unanimously" citing "voted two to one" was refused too:
   "did not vote unanimously" negates the unanimity as "was not unanimous" does. "Two members voted against" stays
   refused, and "No one voted against the motion" (or "Nobody dissented") citing "passed by 9 votes to 3", which
   built, is refused; "None of the ministers voted against" of a split builds.
5. Miss: "The hearing will not be held before March" citing "The hearing will not be held in March" built, the
   passage's date read as plain, which any bound restates (datebounds.py). A bound its sentence's negation turns ("not
   before", "not until", "not after") put on a date every cited passage denies with "in", "on" or "during" and no bound
   is refused; "The hearing will not be held before March" citing "will be held in March" builds.
6. Miss: "The fund no longer exists" citing "The fund still exists" built: the clauses share one long word and a short
   subject. A passage's "still" before the same verb, the subject's words before it, restates what "no longer"
   denies (ended_no_longer.still_so_of_no_longer); "The fund still existed in 2019" does not, and "wound up",
   "closed", "dissolved" tell a thing ended.
7. Honest paraphrases with "no one", "nobody", "none", "no ... were reported", "no plans", "unanimously", "no longer"
   over the real briefing and newuser_110, 113, 115, 118 and 119 keep building.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from support import paragraph, read_as_project_locale, sentence_findings

import test_newuser_110 as fishing
import test_newuser_113 as charge
import test_newuser_115 as merger
import test_newuser_119 as vaccine

from explainer.ended_no_longer import still_so_of_no_longer

NEGATION_ADDED = "adds a negation"
UNBACKED_DEED = "tells a deed"
NOT_REPORTED = "give only as not reported"
REFUSED_AS_AGREED = "tells as agreed or done"
SPLIT_TOLD = "tells a split vote"
DENIED_DATE = "deny the date itself"
TARAR = ("Pakistan’s Information Minister Attaullah Tarar said Pakistani Taliban militants attempted to deploy drones "
         "against targets within Pakistan, but air defense systems intercepted them and no casualties were reported")
UNION = "The union had no plans to strike or to ballot its members."
HEARING = "The hearing will not be held in March."


@pytest.fixture(autouse=True)
def english_locale(reading_without_project_locales):
    """Read English as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "en")


def _plain(sentence: str, passage: str) -> list[str]:
    return sentence_findings(sentence, (passage,), "en", ())


def _refused_by(words: str, sentence: str, passage: str) -> bool:
    return any(words in finding for finding in _plain(sentence, passage))


# 1. Nobody was reported killed
@pytest.mark.parametrize("sentence, passage", [
    ("Nobody was reported killed.", "No casualties were reported."),
    ("No one was reported killed in the strike.", "No casualties were reported."),
    ("No one was reported killed or injured.", "No casualties were reported."),
    ("Nobody was killed.", "The attack caused no casualties."),
    ("No one was killed in the attack.", "The attack caused no casualties."),
    ("No one was reported killed.", "The attack caused no deaths, officials said."),
    ("None of the crew were reported injured.", "There were no reports of injuries among the crew."),
    ("According to Tarar, nobody was reported killed.", TARAR),
    ("Tarar said no one was reported killed or injured in the drone attempt.", TARAR),
])
def test_a_harm_denied_of_everyone_backed_by_a_denial_builds(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], sentence


@pytest.mark.parametrize("sentence, passage, words", [
    ("Nobody was killed.", "The bomb exploded in the market.", UNBACKED_DEED),
    ("Nobody was reported killed.", "The attack was carried out at night.", UNBACKED_DEED),
    ("Nobody was killed.", "Three people were killed in the attack.", NEGATION_ADDED),
    ("Nobody was killed.", "No injuries were reported.", UNBACKED_DEED),
])
def test_a_harm_denied_of_everyone_unbacked_stays_refused(sentence: str, passage: str, words: str):
    assert _refused_by(words, sentence, passage), passage


# 2. No one was hurt, of no injuries reported
def test_no_one_hurt_of_no_injuries_reported_stays_refused():
    assert _refused_by(NOT_REPORTED, "No one was hurt.", "No injuries were reported.")


@pytest.mark.parametrize("sentence", ["No one was reported hurt.", "Nobody was reported injured.",
                                      "No injuries were reported."])
def test_no_one_reported_hurt_builds(sentence: str):
    assert _plain(sentence, "No injuries were reported.") == [], sentence


# 3. No plans to strike or ballot
@pytest.mark.parametrize("sentence", [
    "The union has no plans to strike or ballot its members.",
    "The union had no plans to strike or to ballot its members.",
    "The union has no plans to strike.",
    "The union does not plan to strike or to ballot its members.",
    "The union is not planning to strike or ballot its members.",
    "The union has no plan to strike or ballot its members.",
    "The union said it had no plans to strike or ballot its members.",
    "The union has no plans for a strike or a ballot of its members.",
])
def test_no_plans_to_strike_builds(sentence: str):
    assert _plain(sentence, UNION) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The board is not planning to sell the unit or close the plant.",
     "The board said it had no plans to sell the unit or to close the plant."),
    ("The board has no plans to sell the unit.", "The board has no plans to sell the unit."),
])
def test_other_plans_denied_build(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], sentence


@pytest.mark.parametrize("sentence", ["The union will strike.", "The union has agreed to strike."])
def test_a_strike_told_agreed_stays_refused(sentence: str):
    assert _refused_by(REFUSED_AS_AGREED, sentence, UNION), sentence


# 4. No one voted against
@pytest.mark.parametrize("sentence, passage", [
    ("No one voted against the motion.", "The motion passed unanimously."),
    ("Nobody voted against the motion.", "The motion passed unanimously."),
    ("No member voted against the motion.", "The motion passed unanimously."),
    ("None of the councillors voted against the motion.", "The council passed the motion unanimously."),
    ("No councillor dissented.", "The council passed the motion unanimously."),
    ("The motion passed, and nobody voted against it.", "The motion passed unanimously."),
    ("No councillor voted against the scheme.", "The council approved the scheme unanimously."),
    ("The panel did not vote unanimously on the quota cut.", "The panel voted two to one not to suspend the quota cut."),
    ("The panel didn't vote unanimously.", "The panel voted two to one not to suspend the quota cut."),
])
def test_no_one_voting_against_a_unanimous_vote_builds(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], sentence


@pytest.mark.parametrize("sentence", ["Several councillors voted against the motion.", "The vote was split."])
def test_a_split_told_of_a_unanimous_vote_stays_refused(sentence: str):
    assert _refused_by(SPLIT_TOLD, sentence, "The motion passed unanimously."), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("No one voted against the motion.", "The motion passed by 9 votes to 3."),
    ("Nobody dissented.", "The panel decided by two votes to one."),
    ("The committee said no one had voted against the plan.", "The committee approved the plan by 9 votes to 3."),
])
def test_no_one_against_a_split_vote_is_refused(sentence: str, passage: str):
    assert _refused_by("says no one voted against", sentence, passage), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("No one voted against the motion.", "The motion passed by 12 votes to 0."),
    ("None of the ministers voted against the bill.", "The bill passed by 300 votes to 12."),
    ("No Labour member voted against the motion.",
     "The motion passed by 9 votes to 3; no Labour member voted against it."),
    ("Nobody voted against the first motion.", "The first motion passed 12-0 and the second 9-3."),
    ("He asked why no one voted against it.", "The motion passed by 9 votes to 3."),
])
def test_no_one_against_beside_a_split_builds(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], sentence


def test_not_voting_unanimously_of_a_unanimous_vote_stays_refused():
    assert _refused_by("not unanimous", "The panel did not vote unanimously.",
                       "The panel voted unanimously not to suspend the quota cut.")


# 5. Not before March, of not in March
@pytest.mark.parametrize("sentence, passage", [
    ("The hearing will not be held before March.", HEARING),
    ("The hearing will not be held until March.", HEARING),
    ("The hearing will not be held after March.", HEARING),
    ("The vote will not be held before 3 March 2026.", "The vote will not be held on 3 March 2026."),
])
def test_a_bound_put_on_a_denied_date_is_refused(sentence: str, passage: str):
    assert _refused_by(DENIED_DATE, sentence, passage), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The hearing will not take place in March.", HEARING),
    ("The hearing won't be held in March.", HEARING),
    ("There will be no hearing in March.", HEARING),
    ("The hearing will not be held before March.", "The hearing will be held in March."),
    ("The hearing will not be held before April.", "The hearing will not be held in March but in April."),
    ("The hearing will not take place before March.", "The hearing will not be held before March."),
    ("The vote will not happen on 3 March 2026.", "The vote will not be held on 3 March 2026."),
])
def test_a_denied_date_kept_builds(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], sentence


# 6. No longer, of still
@pytest.mark.parametrize("sentence, passage", [
    ("The fund no longer exists.", "The fund still exists."),
    ("The fund no longer operates.", "The fund still operates."),
    ("The fund no longer pays out.", "The fund still pays out."),
    ("The Tern no longer sails.", "The Tern still sails."),
])
def test_no_longer_of_still_is_refused(sentence: str, passage: str):
    assert _refused_by(NEGATION_ADDED, sentence, passage), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The fund no longer exists.", "The fund was wound up in 2024."),
    ("The fund no longer exists.", "The fund was dissolved in 2024."),
    ("The fund no longer exists.", "The trust still exists, but the fund was closed."),
    ("The fund no longer exists.", "The fund still existed in 2019 but was wound up in 2024."),
    ("The fund no longer exists.", "The fund was still running in 2020 but was dissolved in 2024."),
    ("The fund no longer operates.", "The fund still operated in 2020."),
    ("The fund still exists.", "The fund still exists."),
])
def test_no_longer_of_what_ended_builds(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], sentence


@pytest.mark.parametrize("negative, positive, restated", [
    ("The fund no longer exists", "The fund still exists", True),
    ("The fund no longer exists", "The trust still exists", False),
    ("The fund no longer exists", "The fund still existed in 2019", False),
    ("The fund no longer exists", "The fund was still existing", False),
])
def test_still_so_of_no_longer(negative: str, positive: str, restated: bool):
    assert still_so_of_no_longer(negative, positive) is restated


# 7. Honest paraphrases over the real briefing and the fixtures
@pytest.mark.parametrize("sentence, passage", [
    ("According to Tarar, air defences intercepted the drones and no casualties were reported.", TARAR),
    ("Tarar said none of the drones reached their targets and no one was reported hurt.", TARAR),
    ("Tarar said there were no reported casualties.", TARAR),
    ("No one expects a final ruling before early 2027.", paragraph(fishing.AGENCY, "250,000 euros")),
    ("Nobody expects the panel to give its final ruling before early 2027.",
     paragraph(fishing.AGENCY, "250,000 euros")),
    ("No one has discussed the compensation fund in the talks.",
     "Norland's proposed compensation fund of 12 million euros has not been discussed in the talks."),
    ("Nobody has bought the stores so far.", paragraph(merger.FINDINGS, "On 20 October")),
    ("The petition had still not been lodged on Saturday.", paragraph(charge.NEWS, "petition had not yet been lodged")),
    ("No one has carried out a recount.", paragraph(charge.NEWS, "No recount has taken place")),
    ("Nobody has established a link.", paragraph(vaccine.REVIEW, "A link has not been established")),
    ("No link has been established.", paragraph(vaccine.REVIEW, "A link has not been established")),
    ("None of the other batches is affected by the recall.", paragraph(vaccine.REVIEW, "Other batches are not")),
    ("The Agency has not found that anyone altered the data.", paragraph(vaccine.REVIEW, "altered any data")),
    ("The panel refused to suspend the quota cut, but ordered Norland to release the Silver Tern.",
     "An arbitration panel ruled on Wednesday 11 March that Norland must release the Estmark trawler Silver Tern, but "
     "declined to suspend Norland's cut in the Greyhaven Bay cod quota, in an interim ruling that both governments "
     "claimed as a victory."),
    ("The company has ruled out selling the unit or closing the plant.",
     "The company ruled out selling the unit or closing the plant."),
    ("The council voted unanimously, with no one voting against the scheme.",
     "The council voted unanimously to approve the scheme."),
    ("No one was killed.", "The attack caused no deaths."),
    ("Nobody was injured in the blast.", "The blast caused no injuries."),
    ("The fund no longer accepts applications.", "The fund closed to new applications in May."),
])
def test_honest_paraphrases_build(sentence: str, passage: str):
    assert _plain(sentence, passage) == [], sentence
