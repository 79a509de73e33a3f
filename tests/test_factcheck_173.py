"""A patent case's honest sentence refused, and its misses (tests/fixtures/newuser_112's LEFTOVER list):

1. "Judge Marsh cut the total award." citing "The court reduced the total award from $214 million to $87.5 million"
   was refused as a cause the passage does not name: a judge named as the doer is the court's voice where a cited
   passage's court did the deed ("the court reduced"); "The jury cut the award" stays refused
   (explainer/swapped_causes.py).
2. "Halvorsen says it will appeal." (or "has appealed") citing "we are reviewing all of our options, including an
   appeal" built: an act named among options weighed is weighed (explainer/weighed_acts.py).
3. "The court ordered a new trial on damages." citing "Halvorsen may accept the reduced award or ask for a new trial on
   damages alone" built, the court doing other deeds there: a new trial only asked for is none ordered
   (explainer/court_recourse.py).
4. "The case was tried before a judge alone" citing "The case was tried before a jury" built
   (explainer/absent_actors.py).
5. "Rachel Amundsen said reversing the infringement finding would be likely." citing "Reversing the infringement
   finding itself would be unusual" built, the paragraph's "most likely to move" read as backing it: "likely" is read
   against "unusual" in the clause restating the sentence (explainer/opposites.py).
6. "Brightwell filed its appeal on 14 June." citing the correction "The earlier version also said Brightwell had filed
   its appeal on 14 June; it was filed on 24 June." built: a date an earlier version said, put right after it, is
   taken back (explainer/corrected_dates.py).

Each with honest twins that must build.
"""

from __future__ import annotations

import pytest

from support import found_in_language
from test_newuser_112 import DAMAGES, H_DISAPP, INJ, MOTIONS, N_ACCEPT, N_AMUND, N_CORR, TRIAL, found


def refused(findings: list[str], words: str) -> bool:
    """Say whether a finding holds `words`."""
    return any(words in finding for finding in findings)


# 1. A judge is the court's voice
@pytest.mark.parametrize("sentence", [
    "Judge Marsh cut the total award.",
    "Judge Marsh cut the total award to $87.5 million.",
    "Judge Eleanor Marsh cut the total award from $214 million to $87.5 million.",
    "The judge cut the lost-profits award to $34.5 million.",
    "U.S. District Judge Eleanor Marsh reduced the damages to $87.5 million.",
    "The trial judge cut the award.",
    "Judge Marsh slashed the lost-profits award to $34.5 million.",
])
def test_a_judge_doing_what_the_court_did_builds(sentence: str):
    assert found(sentence, DAMAGES) == []


@pytest.mark.parametrize("sentence, cited", [
    ("The jury cut the award.", DAMAGES),
    ("The jurors cut the award.", DAMAGES),
    ("Judge Marsh of the Federal Circuit cut the award.", DAMAGES),
    # the court only heard: it did no deed of effect a judge could voice
    ("The judge cut yields by 12%.", ("news", "Yields fell 12% after the floods, the court heard.")),
])
def test_another_cause_than_the_court_s_is_still_refused(sentence: str, cited: tuple[str, str]):
    findings = found(sentence, cited)
    assert refused(findings, "which its cited passages do not name"), findings


# 2. An act among options weighed
WEIGHED = "what its cited passages give only as weighed ('reviewing all of our options, including an appeal')"


@pytest.mark.parametrize("sentence", [
    "Halvorsen says it will appeal.",
    "Halvorsen has appealed the ruling, the company says.",
    "Halvorsen says it is appealing the ruling.",
    "Halvorsen plans to appeal the ruling.",
])
def test_an_appeal_among_options_told_decided_is_refused(sentence: str):
    findings = found(sentence, H_DISAPP)
    assert refused(findings, WEIGHED), findings


@pytest.mark.parametrize("sentence", [
    "Halvorsen says it is reviewing all of its options, including an appeal.",
    "Halvorsen says it may appeal.",
    "Halvorsen says an appeal is among the options it is reviewing.",
    "Halvorsen says it could appeal the ruling.",
    "Halvorsen is considering an appeal, the company says.",
    "Halvorsen says it has not yet decided whether to appeal.",
    "Halvorsen says it will not rule out an appeal.",
    "Halvorsen says it might appeal the reduction of the damages.",
    "Halvorsen says it is disappointed that the court reduced the damages.",
])
def test_an_appeal_kept_among_options_builds(sentence: str):
    assert found(sentence, H_DISAPP) == []


UNION = "The union said it was reviewing its options, including a strike. The company has appealed the ruling."


@pytest.mark.parametrize("sentence, outcome", [
    ("The company has appealed the ruling.", "ok"),
    ("The union said a strike was among its options.", "ok"),
    ("The union will strike.", "once"),  # open_decisions.py names it; named once
])
def test_options_of_another_kind_are_named_once(sentence: str, outcome: str):
    findings = found_in_language("en", sentence, UNION)
    assert len(findings) == (0 if outcome == "ok" else 1), findings


# 3. A new trial asked for, told as ordered
ORDERED = "this sentence tells as ordered by a court"


@pytest.mark.parametrize("sentence, cited", [
    ("The court ordered a new trial on damages.", DAMAGES),
    ("Judge Marsh granted Halvorsen a new trial on damages.", DAMAGES),
    ("The court has ordered a retrial on damages.", DAMAGES),
    ("The court granted Brightwell's request for a new trial.", MOTIONS),
    ("The judge ordered a new trial.", N_ACCEPT),
])
def test_a_new_trial_only_asked_for_told_ordered_is_refused(sentence: str, cited: tuple[str, str]):
    findings = found(sentence, cited)
    assert refused(findings, ORDERED), findings


@pytest.mark.parametrize("sentence, cited", [
    ("Halvorsen may accept the reduced award or ask for a new trial on damages.", DAMAGES),
    ("Halvorsen had 21 days to accept the reduced award or ask for a new trial on damages.", DAMAGES),
    ("Brightwell asked the court to order a new trial.", MOTIONS),
    ("Brightwell asked the court to set aside the verdict or order a new trial.", MOTIONS),
    ("The court did not order a new trial.", DAMAGES),
    ("The court could order a new trial on damages if Halvorsen asks for one.", DAMAGES),
    ("The court reduced the award and offered Halvorsen a new trial on damages as the alternative.", DAMAGES),
    ("Halvorsen accepted the reduced award rather than seek a new trial on damages.", N_ACCEPT),
    ("Halvorsen chose not to seek a new trial.", N_ACCEPT),
    ("The court ordered Brightwell to pay an ongoing royalty.", INJ),
])
def test_a_new_trial_kept_asked_for_builds(sentence: str, cited: tuple[str, str]):
    assert found(sentence, cited) == []


RETRIAL = "The defence asked for a new trial. The judge granted the motion and ordered a retrial in May."


@pytest.mark.parametrize("sentence", ["The judge ordered a retrial.", "The judge granted a new trial."])
def test_a_new_trial_a_passage_gives_ordered_builds(sentence: str):
    assert found_in_language("en", sentence, RETRIAL) == []


# 4. A jury trial told as before a judge alone
ALONE = "this sentence tells a trial"


@pytest.mark.parametrize("sentence", [
    "The case was tried before a judge alone from 23 February to 11 March 2026.",
    "The case was heard by a judge sitting alone.",
    "The case was tried without a jury.",
    "A bench trial ran from 23 February to 11 March 2026.",
    "The judge-only trial ran from 23 February to 11 March 2026.",
])
def test_a_jury_trial_told_before_a_judge_alone_is_refused(sentence: str):
    findings = found(sentence, TRIAL)
    assert refused(findings, ALONE), findings


@pytest.mark.parametrize("sentence", [
    "The case was tried before a jury from 23 February to 11 March 2026.",
    "A jury heard the case from 23 February to 11 March 2026.",
    "The jury trial ran from 23 February to 11 March 2026.",
    "The case went to a jury, which found that Brightwell had infringed claims 1 and 4.",
    "The case was tried by a jury, not by a judge alone.",
    "The case was tried before a jury rather than a judge alone.",
    "The case was not tried before a judge alone.",
    "The trial, before a jury, ran from 23 February to 11 March 2026.",
    "Judge Marsh presided over the jury trial.",
])
def test_a_jury_trial_kept_builds(sentence: str):
    assert found(sentence, TRIAL) == []


RETRIED = "The first trial was heard by a jury. The retrial was heard by a judge sitting alone."


@pytest.mark.parametrize("sentence", ["The retrial was heard by a judge sitting alone.",
                                      "The retrial was held without a jury."])
def test_a_trial_a_passage_gives_before_a_judge_alone_builds(sentence: str):
    assert found_in_language("en", sentence, RETRIED) == []


# 5. "likely" for "unusual"
def test_likely_for_unusual_is_refused():
    findings = found("Rachel Amundsen said reversing the infringement finding would be likely.", N_AMUND)
    assert refused(findings, "this sentence says 'likely' where its cited passages say 'unusual'"), findings


RATES = "Analysts said a rate cut in June was likely. A cut in July would be unusual, they said."
EARLY = "A ruling this year is probable; an early ruling would be unusual."


@pytest.mark.parametrize("sentence, passage", [
    ("Analysts said a July cut would be likely.", RATES),
    ("An early ruling would be likely.", EARLY),
])
def test_likely_for_unusual_elsewhere_is_refused(sentence: str, passage: str):
    assert refused(found_in_language("en", sentence, passage), "where its cited passages say 'unusual'")


@pytest.mark.parametrize("sentence", [
    "Rachel Amundsen said reversing the infringement finding would be unusual, though not impossible.",
    "Amundsen said the lost-profits question was the one most likely to move.",
    "The lost-profits question is the most likely to change on appeal, Amundsen said.",
    "Amundsen said a reversal of the infringement finding was unlikely but possible.",
    "Amundsen said the lost-profits question was likely to move but reversing the infringement finding would be "
    "unusual.",
    "A patent lawyer said it would be unusual for the infringement finding to be reversed.",
    "Amundsen thinks the lost-profits question is likeliest to move.",
    "Reversing the infringement finding is not impossible, Amundsen said.",
])
def test_likely_kept_builds(sentence: str):
    assert found(sentence, N_AMUND) == []


@pytest.mark.parametrize("sentence, passage", [
    ("Analysts said a rate cut in June was likely.", RATES),
    ("Analysts say a June cut is likely but a July cut would be unusual.", RATES),
    ("A rate cut in June is likely, analysts said.", RATES),
    ("A ruling this year is likely.", EARLY),  # the opposite's own clause restates no "this year"
])
def test_likely_beside_another_unusual_builds(sentence: str, passage: str):
    assert found_in_language("en", sentence, passage) == []


# 6. A date an earlier version said
SAID_WRONG = "which its cited passages give only as what was said wrongly"


@pytest.mark.parametrize("sentence", [
    "Brightwell filed its appeal on 14 June.",
    "Brightwell appealed on 14 June.",
    "On 14 June Brightwell filed its appeal.",
])
def test_a_date_an_earlier_version_said_is_refused(sentence: str):
    findings = found(sentence, N_CORR)
    assert refused(findings, SAID_WRONG), findings


@pytest.mark.parametrize("sentence", [
    "Brightwell filed its appeal on 24 June.",
    "The report first said Brightwell had filed its appeal on 14 June; it was filed on 24 June.",
    "An earlier version of the report wrongly gave the appeal's date as 14 June.",
    "The appeal was filed on 24 June, not 14 June.",
    "Brightwell filed its appeal on 24 June, not on 14 June as first reported.",
    "An earlier version of the article was published on 30 June.",
    "The reduced award is $87.5 million, not $78.5 million as the report first said.",
])
def test_a_date_put_right_builds(sentence: str):
    assert found(sentence, N_CORR) == []


POSTPONED = "Correction: An earlier version said the hearing on 3 May was postponed. It was cancelled."
MOVED = "An earlier version of this story, published on 2 May, said the hearing was on 3 May; it was on 5 May."


@pytest.mark.parametrize("sentence, passage", [
    ("The hearing on 3 May was cancelled.", POSTPONED),  # no date put right: 3 May is given
    ("The story was published on 2 May.", MOVED),  # the earlier version's own date, before "said"
    ("The hearing was on 5 May.", MOVED),
])
def test_a_date_the_correction_keeps_builds(sentence: str, passage: str):
    assert found_in_language("en", sentence, passage) == []


def test_a_date_said_wrongly_told_is_named_once():
    """revised.py names "3" of "3 May" as current already: one finding."""
    findings = found_in_language("en", "The hearing was on 3 May.", MOVED)
    assert len(findings) == 1, findings
