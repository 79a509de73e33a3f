"""A public-health dispute added as a second briefing, as the README tells a new editor to: a medicines regulator
against a drug maker over a recall.

Sources (tests/fixtures/newuser_19/seeds/): the regulator's recall notice (six batch numbers, "up to 3.4 times the
acceptable daily intake", "About 1 in 20 tablets", "twice as likely", "14 cases per 100,000 patients, against 7 per
100,000"), the company's statement (its own tests, "97% of tablets", a phase 3 trial's arms "2.1% of patients on
Corvalin and 1.9% on placebo", a cost "between EUR 18 million and EUR 25 million") and a follow-up report correcting
the figure ("a 40% higher risk", "a relative risk of 1.4, with a 95% confidence interval of 1.2 to 1.9", "9.8 cases
per 100,000", "fell from 12% to 9% ..., a drop of 3 percentage points"). What the new editor met: a rate's base
changed built where the new base is a word ("9.8 cases per million" for "per 100,000": a bare "million" is no
figure) or the thing counted changed ("per 100,000 tablets" for "patients", "1 in 20 patients" for "1 in 20
tablets"); a trial's arms swapped built ("1.9% of
patients on Corvalin and 2.1% on placebo"), every figure standing in the passage; "half as likely" (or "half the
risk") built citing "twice as likely", as only "half as many" and "half as much" were read as multiples; an end of a
range in a currency's code ("EUR 25 million" citing "between EUR 18 million and EUR 25 million") built, as the code
before the high end hid the range, while "between EUR 18 and 25 million" was refused; a batch number changed before
its hyphen ("CV25-1187" for "CV24-1187") built; "The dizziness figures come from a trial" built citing "... come from
an observational review, not a trial", the comma parting "not a trial" from what it denies; the company's "We believe
the agency's method overstates the impurity" told as fact built, a belief being read as no one's word. And honest wordings
refused: "twice as likely" was read as a doubt ("likely"), so "had double the risk" was refused as stating as fact
what the source gave only as probable; "per 100 000 patients" was refused as two errors, for figures "100" and
"000", neither saying that English text reads a plain space between digits as two figures; and "corrected its
dizziness figure from twice the risk to a 40% higher risk" was refused as dropping the negation of "... a 40% higher
risk, not twice the risk it reported".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with

FIXTURE = REPO / "tests" / "fixtures" / "newuser_19"
BACKGROUND = "content/corvalin-recall/background.yaml"
CLAIMS = "content/corvalin-recall/claims.yaml"
TWICE = "were twice as likely to report"
OBSERVATIONAL = "says: The dizziness figures come from an observational review, not a trial."


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the recall project, checked once, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def test_the_recall_briefing_builds(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "corvalin-recall" / "index.html").read_text(encoding="utf-8")
    assert "CV24-1187" in page and "9.8 cases per 100,000" in page and "The figures disagree" in page


@pytest.mark.parametrize("old, new, shown, theirs", [
    ("9.8 cases per 100,000", "9.8 cases per million", "9.8 cases per million", "9.8 cases per 100,000 patients"),
    ("14 cases per 100,000 patients", "14 cases per 100,000 tablets", "14 cases per 100,000 tablets",
     "14 cases per 100,000 patients"),
    ("14 cases per 100,000 patients", "14 cases per 100,000 people", "14 cases per 100,000 people",
     "14 cases per 100,000 patients"),
])
def test_a_rate_given_per_another_base_is_refused(desk: Path, old: str, new: str, shown: str, theirs: str):
    edit(desk / BACKGROUND, old, new)
    line = 13 if old.startswith("9.8") else 12
    refused_with(desk, f'{BACKGROUND}:{line}: `body`: figure "{shown.split()[0]}" is given as a rate, "{shown}", but '
                       f'the passages this sentence cites give it "{theirs}"')


def test_one_in_twenty_tablets_told_of_patients_is_refused(desk: Path):
    edit(desk / BACKGROUND, "About 1 in 20 tablets", "About 1 in 20 patients")
    refused_with(desk, f'{BACKGROUND}:7: `body`: figure "1" is given as a rate, "1 in 20 patients", but the passages '
                       'this sentence cites give it "1 in 20 tablets"')


def test_a_rate_base_changed_in_digits_is_named_once(desk: Path):
    edit(desk / BACKGROUND, "14 cases per 100,000 patients", "14 cases per 10,000 patients")
    lines = refused_with(desk, f'{BACKGROUND}:12: `body`: figure "10,000" is not in the passages this sentence cites')
    assert len(lines) == 1, lines


@pytest.mark.parametrize("new", ["14 cases for every 100,000 patients", "14 cases per 100k patients",
                                 "14 cases per 100,000"])
def test_a_rate_given_per_the_sources_base_builds(desk: Path, new: str):
    edit(desk / BACKGROUND, "14 cases per 100,000 patients", new)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("says, line, mine, theirs", [
    ("says: Severe dizziness was reported by 1.9% of patients on Corvalin and 2.1% on placebo.", 26, "Corvalin",
     "placebo"),
    ("says: In its phase 3 trial, 2.1% of patients on placebo reported severe dizziness.", 26, "placebo", "Corvalin"),
])
def test_a_trials_arms_swapped_are_refused(desk: Path, says: str, line: int, mine: str, theirs: str):
    edit(desk / CLAIMS, OBSERVATIONAL, says)
    refused_with(desk, f"{CLAIMS}:{line}: `says`: this sentence gives '{mine}' a figure its cited passage gives "
                       f"'{theirs}'")


def test_a_trials_arms_kept_build(desk: Path):
    edit(desk / CLAIMS, OBSERVATIONAL, "says: In its phase 3 trial, 2.1% of patients on Corvalin reported severe "
                                       "dizziness, against 1.9% on placebo.")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("new, said", [("were half as likely to report", "half as likely"),
                                       ("had half the risk of reporting", "half the risk")])
def test_half_as_likely_citing_twice_as_likely_is_refused(desk: Path, new: str, said: str):
    edit(desk / CLAIMS, TWICE, new)
    refused_with(desk, f"{CLAIMS}:9: `says`: this sentence says '{said}' where its cited passages say 'twice as "
                       "likely'")


def test_the_other_batches_half_as_likely_builds(desk: Path):
    edit(desk / CLAIMS, "Patients taking tablets from the affected batches were twice as likely to report severe "
                        "dizziness.", "Patients taking other batches were half as likely to report severe dizziness as "
                                      "patients taking tablets from the affected batches.")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_double_the_risk_citing_twice_as_likely_builds(desk: Path):
    edit(desk / CLAIMS, TWICE, "had double the risk of reporting")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


COST = "says: The recall will cost between EUR 18 million and EUR 25 million."


@pytest.mark.parametrize("says, figure", [("The recall will cost EUR 25 million.", "25 million"),
                                          ("The recall will cost EUR 18 million.", "18 million")])
def test_an_end_of_a_range_in_a_currency_code_alone_is_refused(desk: Path, says: str, figure: str):
    edit(desk / CLAIMS, COST, f"says: {says}")
    refused_with(desk, f'{CLAIMS}:36: `says`: figure "{figure}" leaves out the qualifier of "between EUR 18 million '
                       f'and EUR 25 million"')


@pytest.mark.parametrize("says", ["The recall will cost between EUR 18 and 25 million.",
                                  "The recall will cost up to EUR 25 million.",
                                  "The recall will cost at least EUR 18 million."])
def test_a_range_in_a_currency_code_kept_or_bounded_on_its_side_builds(desk: Path, says: str):
    edit(desk / CLAIMS, COST, f"says: {says}")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


BATCHES = "CV24-1187, CV24-1188"


def test_a_batch_number_changed_before_its_hyphen_is_refused(desk: Path):
    edit(desk / BACKGROUND, BATCHES, "CV25-1187, CV24-1188")
    refused_with(desk, f'{BACKGROUND}:8: `body`: code "CV25-1187" is not in the passages this sentence cites')


def test_a_batch_number_in_other_letter_case_builds(desk: Path):
    edit(desk / BACKGROUND, BATCHES, "cv24-1187, Cv24-1188")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_denial_of_one_word_dropped_is_refused(desk: Path):
    # "an observational review, not a trial": the comma parted "not a trial" from what it is said of
    edit(desk / CLAIMS, OBSERVATIONAL, "says: The dizziness figures come from a trial.")
    refused_with(desk, f"{CLAIMS}:26: `says`: this sentence drops the negation of its cited passage ('not a trial')")


@pytest.mark.parametrize("says", ["The dizziness figures come from an observational review.",
                                  "The dizziness figures do not come from a trial."])
def test_a_denial_kept_or_left_out_builds(desk: Path, says: str):
    edit(desk / CLAIMS, OBSERVATIONAL, f"says: {says}")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_rate_base_grouped_by_a_plain_space_is_named_whole_with_what_to_write(desk: Path):
    edit(desk / BACKGROUND, "14 cases per 100,000 patients", "14 cases per 100 000 patients")
    lines = refused_with(desk, f'{BACKGROUND}:12: `body`: figure "100 000" is not in the passages this sentence cites '
                               "(English text reads digits grouped by a plain space as two figures)",
                         "(write 100,000, or group its digits with a no-break space)")
    assert len(lines) == 1, lines  # not "100" and "000" apart


SUMMARY_UPDATE = "On 18 March the agency said the risk was 40% higher, not twice as high as it first reported."


def test_a_correction_told_from_the_old_figure_to_the_new_builds(desk: Path):
    edit(desk / "content/corvalin-recall/briefing.yaml", SUMMARY_UPDATE,
         "On 18 March the agency corrected its dizziness figure from twice the risk to a 40% higher risk.")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_correction_told_to_the_old_figure_is_refused(desk: Path):
    edit(desk / "content/corvalin-recall/briefing.yaml", SUMMARY_UPDATE,
         "On 18 March the agency corrected its dizziness figure to twice the risk.")
    refused_with(desk, "content/corvalin-recall/briefing.yaml:6: `summary`: this sentence drops the negation of its "
                       "cited passage ('not twice the risk it reported on 9 March')")


BELIEF = "Halden believes the agency's method overstates the impurity."


def test_a_companys_belief_told_as_fact_is_refused(desk: Path):
    edit(desk / BACKGROUND, BELIEF, "The agency's method overstates the impurity.")
    refused_with(desk, f"{BACKGROUND}:18: `body`: the source gives this as someone's belief ('believe': 'the "
                       "agency's method overstates the impurity'), but it is worded as fact")


@pytest.mark.parametrize("said", ["Halden says the agency's method overstates the impurity.",
                                  "According to Halden, the agency's method overstates the impurity."])
def test_a_companys_belief_told_as_its_word_builds(desk: Path, said: str):
    edit(desk / BACKGROUND, BELIEF, said)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_places_figure_given_another_place_is_refused_and_the_peoples_kinds_are_one():
    # the README's other examples, read by the checks themselves: no project needed
    from explainer.attribution import Cited
    from explainer.group_figures import swapped_group_figures
    from explainer.rate_bases import changed_rate_bases
    killed = [Cited("Officials said 58 people were killed in Kabul and 20 in Kandahar.", "en")]
    assert swapped_group_figures("20 people were killed in Kabul.", killed)
    assert not swapped_group_figures("58 people were killed in Kabul.", killed)
    rate = [Cited("The rate was 14 cases per 100,000 population.", "en")]
    assert not changed_rate_bases("The rate was 14 cases per 100,000 people.", rate)
    assert changed_rate_bases("The rate was 14 cases per 100,000 women.", rate)
