"""A referendum briefing's false refusals and misses (tests/fixtures/newuser_113's LEFTOVER list):

1. How rarely a thing happens, told by a negation of the same sense, was refused as a negation added: "Such petitions
   almost never succeed." citing "Such petitions rarely succeed.", and "Courts usually refuse to hear such petitions."
   citing "Courts rarely agree to hear such petitions." now build (polarity.py: "almost/nearly/virtually never", and
   "usually/generally/typically refuse, decline, reject, do not" of a passage's "rarely/seldom/hardly ever"). "Such
   petitions never succeed" and "Such petitions usually succeed" of "rarely succeed" stay refused.
2. A negation dropped in a long passage: "The check changed the number of rejected ballot papers." citing "The check
   did not change the number of rejected ballot papers." built, "rejected" before its noun counted as a second
   negation (polarity.py now reads "the/612/of/the union's rejected NOUN" as a kind of thing); "The agents identified
   a specific error in the count." citing "the agents did not identify any specific error in the count" built, "not
   identify" read as the briefing's own words on what a source leaves unsaid (now "not identify any error, fault,
   flaw, irregularity, problem, ..." is a search's finding, whose negation is read).
3. A span of days widened: "The charge applies every day between 7am and 7pm." citing "... between 7am and 7pm on
   weekdays" (explainer/weekday_spans.py); a discount told as an exemption: "Residents living inside the zone will be
   exempt." citing "Residents living inside the zone will receive a 90% discount, and blue badge holders and buses
   will be exempt" (explainer/discount_exemptions.py).

Each with honest twins that must build, and each rule's misstatement twin kept refused.
"""

from __future__ import annotations

import pytest

from support import Sentence, SentencesChecked, TWO_PARTIES, assert_summary_outcome, found_in_language, minimal_project
from test_newuser_113 import D, RECOUNT, PRICE, found

RARELY = "Such petitions rarely succeed."
AGREE = "Courts rarely agree to hear such petitions."
ADDED = "adds a negation"
DROPPED = "drops the negation"


def assert_outcome(findings: list[str], outcome: str) -> None:
    """Assert the sentence builds ("ok"), or is refused with `outcome` in a finding."""
    assert (findings == []) if outcome == "ok" else any(outcome in finding for finding in findings), findings


# 1. Rarity told by a negation of the same sense
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("Such petitions almost never succeed.", RARELY, "ok"),
    ("Such petitions nearly never succeed.", RARELY, "ok"),
    ("Such petitions virtually never succeed.", RARELY, "ok"),
    ("Petitions of this kind have almost never succeeded.", RARELY, "ok"),
    ("Legal experts said such petitions almost never succeed.", "Legal experts said such petitions rarely succeed.",
     "ok"),
    ("Such petitions rarely succeed.", "Such petitions almost never succeed.", "ok"),
    ("Such petitions seldom succeed.", RARELY, "ok"),
    ("Such petitions hardly ever succeed.", RARELY, "ok"),
    ("Courts usually refuse to hear such petitions.", AGREE, "ok"),
    ("Courts generally decline to hear such petitions.", AGREE, "ok"),
    ("Courts typically do not hear such petitions.", AGREE, "ok"),
    ("Courts usually won't hear such petitions.", AGREE, "ok"),
    ("Courts rarely agree to hear such petitions.", "Courts usually refuse to hear such petitions.", "ok"),
    # a bare "never" of "rarely", a rarity turned round, and "almost never" of "often" stay refused
    ("Such petitions never succeed.", RARELY, ADDED),
    ("Such petitions usually succeed.", RARELY, "'usually succeed'"),
    ("Such petitions almost never succeed.", "Such petitions often succeed.", ADDED),
    ("Courts usually refuse to hear such petitions.", "Courts usually agree to hear such petitions.", ADDED),
])
def test_rarity_told_by_a_negation_of_the_same_sense(sentence, passage, outcome):
    assert_outcome(found_in_language("en", sentence, passage), outcome)


# 2. A negation dropped: "rejected" before its noun, and "did not identify any error"
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("The check changed the number of rejected ballot papers.",
     "The check did not change the number of rejected ballot papers.", DROPPED),
    ("The recount changed the result.", "The recount did not change the result.", DROPPED),
    ("The agents identified a specific error.", "The agents did not identify any specific error.", DROPPED),
    ("The audit identified an error.", "The audit did not identify any error, the council said.", DROPPED),
    # honest twins
    ("The check did not change the number of rejected ballot papers.",
     "The check did not change the number of rejected ballot papers.", "ok"),
    ("The count found 612 rejected ballot papers.", "The count found 612 rejected ballot papers.", "ok"),
    ("Of the 612 rejected ballot papers, most were blank.", "612 ballot papers were rejected, most of them blank.",
     "ok"),
    ("The number of rejected applications rose.", "More applications were rejected this year.", "ok"),
    ("The rejected bid was revived.", "The board rejected the bid.", "ok"),
    ("The union's rejected proposal sought a 5% rise.", "The union's proposal, which sought a 5% rise, was rejected.",
     "ok"),
    ("The agents found no specific error.", "The agents did not identify any specific error.", "ok"),
    ("No specific error was identified.", "The agents did not identify any specific error.", "ok"),
    ("The auditors did not find any errors.", "The auditors did not identify any errors.", "ok"),
    # "rejected" as a verb still negates: "the union's rejected the offer" has rejected it
    ("The union's rejected the offer.", "The union accepted the offer.", ADDED),
    ("The council accepted 30 applications.", "The council refused 30 applications.", DROPPED),
])
def test_a_negation_dropped_in_a_clause_of_rejected_things_or_of_errors_found(sentence, passage, outcome):
    assert_outcome(found_in_language("en", sentence, passage), outcome)


@pytest.mark.parametrize("sentence", ["The check changed the number of rejected ballot papers.",
                                      "The agents identified a specific error in the count."])
def test_the_referendum_declarations_negations_are_kept(sentence):
    assert_outcome(found(sentence, RECOUNT), DROPPED)


WEEKDAYS = "The charge applies between 7am and 7pm on weekdays."
DISCOUNT = ("Residents living inside the zone will receive a 90% discount, and blue badge holders and buses will be "
            "exempt.")
EVERY_DAY = "where its cited passages say"
EXEMPT = "where its cited passages give"


# 3. Weekdays told as every day, a discount as an exemption
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("The charge applies every day.", WEEKDAYS, EVERY_DAY),
    ("The charge applies seven days a week.", WEEKDAYS, EVERY_DAY),
    ("The charge applies every day of the week.", "The charge applies Monday to Friday.", EVERY_DAY),
    ("Residents living inside the zone will be exempt.", DISCOUNT, EXEMPT),
    ("Residents will be exempt from the charge.", DISCOUNT, EXEMPT),
    ("The council will exempt residents from the charge.", DISCOUNT, EXEMPT),
    # honest twins
    ("The charge applies on weekdays between 7am and 7pm.", WEEKDAYS, "ok"),
    ("The charge is £8.50 a day.", "The charge is £8.50 a day on weekdays.", "ok"),
    ("The charge will cost £8.50 each day for private cars.",
     "The charge will be £8.50 a day for private cars on weekdays.", "ok"),
    ("The zone is monitored every day.", "The zone is monitored every day, and the charge applies on weekdays.", "ok"),
    ("Protesters gathered every day of the strike.",
     "Protesters gathered on weekdays during the strike, which lasted a month.", "ok"),
    ("The charge applies every day.", "The charge applies seven days a week, including Saturdays.", "ok"),
    ("Blue badge holders will be exempt.", DISCOUNT, "ok"),
    ("Buses will be exempt from the charge.", DISCOUNT, "ok"),
    ("The council will exempt buses from the charge.", DISCOUNT, "ok"),
    ("Residents will get a 90% discount.", DISCOUNT, "ok"),
    ("Blue badge holders and buses are exempt, and residents get a 90% discount.", DISCOUNT, "ok"),
    ("Residents will be exempt.", "Residents will receive a 100% discount.", "ok"),
    ("Residents will be exempt.", "Residents will be exempt from the charge, and visitors get a 20% discount.", "ok"),
    ("Businesses inside the zone are exempt.",
     "Residents inside the zone get a 90% discount, and businesses are exempt.", "ok"),
])
def test_weekdays_as_every_day_and_a_discount_as_an_exemption(sentence, passage, outcome):
    assert_outcome(found_in_language("en", sentence, passage), outcome)


@pytest.mark.parametrize("sentence, cited, outcome", [
    ("The charge applies every day between 7am and 7pm.", PRICE, EVERY_DAY),
    ("Residents living inside the zone will be exempt.", PRICE, EXEMPT),
    ("The charge applies between 7am and 7pm on weekdays.", PRICE, "ok"),
    ("Blue badge holders and buses will be exempt.", PRICE, "ok"),
])
def test_the_referendum_proposals_days_and_discount(sentence, cited, outcome):
    assert_outcome(found(sentence, cited), outcome)


CASES = [Sentence(source, summary, TWO_PARTIES) for source, summary in (
    (DISCOUNT, "Residents living inside the zone will be exempt."),
    (WEEKDAYS, "The charge applies every day between 7am and 7pm."),
    (RARELY, "Such petitions almost never succeed."),
    (DISCOUNT, "Blue badge holders will be exempt."))]


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    """This module's one-sentence builds, in one load."""
    return SentencesChecked(minimal_project(tmp_path_factory.mktemp("factcheck175") / "project"), CASES)


@pytest.mark.parametrize("case, outcome", [(CASES[0], "'exempt' where its cited passages give '90% discount'"),
                                           (CASES[1], "'every day' where its cited passages say 'on weekdays'"),
                                           (CASES[2], "ok"), (CASES[3], "ok")])
def test_the_build_names_the_line(checked, case, outcome):
    assert_summary_outcome(checked(case.source, case.summary, case.parties), outcome)
