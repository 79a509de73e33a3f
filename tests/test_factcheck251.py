"""A fact-checker's pass over the English LEFTOVER of tests/test_newuser_139.py (a doping case), each misstatement
refused now with a twin on another topic, and honest sentences near it that must build:

1. A subject's second deed given to another party: "The tribunal sought a four-year ban" citing "The agency charged
   her in August and sought a four-year ban" built, as swapped.py read the agency's place as "charged" alone. A past
   tense joined by "and" to its subject's first ("and sought a", "and rejected the"), no party named between, is
   that subject's place too (explainer/coordinated_deeds.py, read by swapped.py). Twins: a union's rejection given to
   the trust, one side's killing given to the other.
2. A compound's first word turned: "an in-competition test" citing "an out-of-competition test" built, as
   opposites.py reads whole words and "in", "out" are no pair of its own (explainer/turned_compounds.py, asked by
   opposites.turned_opposites). Twins: "off-duty" of "on-duty", "part-time" of "full-time", "out-of-state" of
   "in-state", "post-war" of "pre-war", "long-term" of "short-term".
3. An act the source says holds whatever another decides, told as hanging on it: "The annulment will be lifted if the
   court shortens the ban" citing "The annulment stands whatever the court decides on the length of the ban" built
   (explainer/regardless_told_conditional.py, asked by inverted_conditions.condition_turned, which read the other way
   round only). Twins: a fine paid "whatever the outcome of the appeal", a timetable "regardless of the union's
   ballot".
4. A peak told as an average by a noun phrase: "Leff Valley Water said the average level at its intake was 48
   micrograms per litre" citing "levels of toluene at its intake peaked at 48 micrograms per litre" (newuser_138)
   built, as figure_kinds.py read "the average ... was" across three words at most: nine now, none of them joining
   another clause (explainer/figure_kinds.py). Twin: diesel's peak price told as its average, and its average as a
   peak or a floor.
5. A claim marked `acknowledged` (a party admits it) citing "The utility disputes the company's account." built
   (newuser_138): claim_status.py read only hedges. A cited passage disputing or denying it, where none admits it,
   is refused on the `status` line (explainer/disputed_acknowledgements.py, asked by topics.py). Twins: a ministry
   that "denies", a club that "rejected"; a passage that also admits, or says "did not dispute", builds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from explainer.disputed_acknowledgements import disputed_in_passages
from support import (_cited_and_named, checked_fixture_project, edit, error_lines, paragraph, read_as_project_locale,
                     sentence_findings)
from test_newuser_139 import BRIEFING, FIXTURE, PARTIES as DOPING, SOURCE

NAMES = "where its cited passages name"
TURNED = "where its cited passages say"
SOUGHT = paragraph(SOURCE, "sought a four-year ban")
TEST = paragraph(SOURCE, "out-of-competition test")
STRIKE = (Party(id="guild", name="Medical Practitioners' Guild", aliases=("the Guild",)),
          Party(id="trust", name="Calderbury Health Trust", aliases=("the trust",)))
SIDES = (Party(id="valdoria", name="Valdoria"), Party(id="kestrel", name="Kestrel"))
BALLOT = "The Guild balloted its members in May and rejected the offer of 4%, which it called an insult."
SHELLING = "Kestrel shelled three border posts near Velka on Monday and killed nine guards."
MEETING = "The Guild met the trust on Friday and agreed a deal on pay."
ANNUL = paragraph(SOURCE, "have been annulled")
NEXT = paragraph(SOURCE, "June 2030")
FINE = "The regulator said the fine must be paid whatever the outcome of the appeal."
TIMETABLE = "The new timetable takes effect in May regardless of the union's ballot, the trust said."
TWINS = (Party(id="velar", name="Velar Motors", aliases=("Velar",)), Party(id="harbour", name="Harbour Foods"))


@pytest.fixture(autouse=True)
def english_locale(reading_without_project_locales):
    """Read English as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "en")


def found(sentence: str, passage: str, parties: tuple[Party, ...] = DOPING) -> list[str]:
    """Return the findings of an English sentence citing one passage."""
    return sentence_findings(sentence, (passage,), "en", parties, published="2026-11-18")


# 1. a subject's second deed, given to another party
@pytest.mark.parametrize("sentence, passage, parties", [
    ("The tribunal sought a four-year ban.", SOUGHT, DOPING),  # the fixture's (newuser_139 LEFTOVER)
    ("The court sought a four-year ban for Orell.", SOUGHT, DOPING),
    ("Orell sought a four-year ban.", SOUGHT, DOPING),
    ("The trust rejected the offer of 4%.", BALLOT, STRIKE),  # twin: a strike
    ("Valdoria killed nine guards near Velka.", SHELLING, SIDES),  # twin: a border clash
])
def test_a_second_deed_given_to_another_party_is_refused(sentence: str, passage: str, parties: tuple[Party, ...]):
    findings = found(sentence, passage, parties)
    assert any(NAMES in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage, parties", [
    ("The agency sought a four-year ban.", SOUGHT, DOPING),
    ("The agency charged Orell in August and sought a four-year ban.", SOUGHT, DOPING),
    ("A four-year ban was sought by the agency.", SOUGHT, DOPING),
    ("The Guild rejected the offer of 4%.", BALLOT, STRIKE),
    ("The Guild's members voted in May, and the Guild rejected the offer of 4%.", BALLOT, STRIKE),
    ("Kestrel killed nine guards near Velka.", SHELLING, SIDES),
    ("Nine guards were killed by Kestrel on Monday.", SHELLING, SIDES),
    # a party named between the two verbs: whose the second deed is, no word says (not read)
    ("The trust agreed a deal on pay on Friday.", MEETING, STRIKE),
    ("The Guild and the trust agreed a deal on pay.", MEETING, STRIKE),
])
def test_a_second_deed_told_of_its_own_subject_builds(sentence: str, passage: str, parties: tuple[Party, ...]):
    assert not found(sentence, passage, parties), sentence


# 2. a compound's first word turned into its opposite
@pytest.mark.parametrize("sentence, passage", [
    ("Orell tested positive in an in-competition test.", TEST),  # the fixture's (newuser_139 LEFTOVER)
    ("The off-duty officer fired twice at the car.", "The on-duty officer fired twice at the car, police said."),
    ("Velar hired 200 part-time staff at its Kenton plant.", "Velar hired 200 full-time staff at its Kenton plant."),
    ("Out-of-state students pay $12,000 a year.", "In-state students pay $12,000 a year."),
    ("The post-war economy grew by 5% a year.", "The pre-war economy grew by 5% a year."),
    ("Harbour Foods signed a long-term supply deal.", "Harbour Foods signed a short-term supply deal."),
    ("The plant treats 300 in-network patients a week.", "The plant treats 300 out-of-network patients a week."),
])
def test_a_compound_turned_is_refused(sentence: str, passage: str):
    findings = found(sentence, passage, TWINS)
    assert any(TURNED in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("Orell tested positive in an out-of-competition test.", TEST),
    ("Orell tested positive out of competition on 14 June.", TEST),
    ("It was not an in-competition test.", TEST),
    ("The agency tested about 1,100 athletes out-of-competition last year.",
     "The agency said about 1,100 athletes were tested out of competition last year, and 14 tested positive."),
    ("In-state students pay $12,000 a year and out-of-state students $30,000.",
     "In-state students pay $12,000 a year; out-of-state students pay $30,000."),
    ("Harbour Foods signed a long-term supply deal.",
     "Harbour Foods signed a ten-year supply deal, though in the short term prices will rise."),
    ("Harbour Foods signed a long-term supply deal.", "Harbour Foods signed a long term supply deal."),
    ("The on-duty officer fired twice at the car.", "The on-duty officer fired twice, and an off-duty officer ran."),
    ("Velar's chief executive stepped down after a check-in with the board.",
     "Velar's chief executive stepped down after a check-in with the board, the company said."),
])
def test_a_compound_kept_builds(sentence: str, passage: str):
    assert not found(sentence, passage, TWINS), sentence


# 3. an act that holds regardless, told as hanging on a condition
CONDITIONED = "sets a condition"


@pytest.mark.parametrize("sentence, passage, parties", [
    ("The annulment will be lifted if the court shortens the ban.", ANNUL, DOPING),  # newuser_139 LEFTOVER
    ("If the court shortens the ban, the annulment will be lifted.", ANNUL, DOPING),
    ("The annulment depends on the court's decision on the length of the ban.", ANNUL, DOPING),
    ("The fine will be waived if the appeal succeeds.", FINE, STRIKE),  # twin: a fine
    ("The fine must be paid unless the appeal succeeds.", FINE, STRIKE),
    ("The new timetable takes effect in May unless the union votes against it.", TIMETABLE, STRIKE),  # a timetable
    ("The new timetable depends on the union's ballot.", TIMETABLE, STRIKE),
])
def test_a_condition_set_on_what_holds_regardless_is_refused(sentence: str, passage: str,
                                                              parties: tuple[Party, ...]):
    findings = found(sentence, passage, parties)
    assert any(CONDITIONED in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passages", [
    ("The annulment stands whatever the court decides on the length of the ban.", (ANNUL,)),
    ("Whatever the court decides, the annulment stands.", (ANNUL,)),
    ("The annulment will stand even if the court shortens the ban.", (ANNUL,)),
    ("The annulment stands regardless of the court's decision.", (ANNUL,)),
    # a condition the source sets on another act, cited beside it
    ("If the court restores the four-year ban, Orell would be unable to compete until June 2030.", (ANNUL, NEXT)),
    ("If it upholds the two-year ban, she could return in June 2028.", (ANNUL, NEXT)),
])
def test_what_holds_regardless_kept_builds(sentence: str, passages: tuple[str, ...]):
    assert not sentence_findings(sentence, passages, "en", DOPING, published="2026-11-18"), sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The fine must be paid whatever the appeal's outcome.", FINE),
    ("The fine must be paid even if the appeal succeeds.", FINE),
    ("The new timetable takes effect in May regardless of the union's ballot.", TIMETABLE),
])
def test_a_twin_kept_regardless_builds(sentence: str, passage: str):
    assert not found(sentence, passage, STRIKE), sentence


# 4. a peak told as an average by "the average ... was"
SPILL = paragraph((REPO / "tests" / "fixtures" / "newuser_138" / "seeds" / "spill.txt").read_text(encoding="utf-8"),
                  "peaked at 48")
DIESEL_PEAK = "Diesel prices in the region peaked at 1.82 euros a litre in March, the motoring group said."
DIESEL_AVERAGE = "The average price of a litre of diesel in the region was 1.82 euros in March."


@pytest.mark.parametrize("sentence, passage, told", [
    ("Leff Valley Water said the average level at its intake was 48 micrograms per litre.", SPILL, "as an average"),
    ("The average price of a litre of diesel in the region was 1.82 euros in March.", DIESEL_PEAK, "as an average"),
    ("The average price of diesel in the region was 1.82 euros a litre in March.", DIESEL_PEAK, "as an average"),
    ("Diesel prices in the region peaked at 1.82 euros a litre in March.", DIESEL_AVERAGE, "as a peak"),
    ("Diesel cost at least 1.82 euros a litre in March.", DIESEL_AVERAGE, "as a floor"),
])
def test_a_figure_told_as_another_kind_is_refused(sentence: str, passage: str, told: str):
    findings = found(sentence, passage, TWINS)
    assert any(told in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", [
    ("Leff Valley Water said levels at its intake peaked at 48 micrograms per litre.", SPILL),
    ("Diesel prices in the region peaked at 1.82 euros a litre in March.", DIESEL_PEAK),
    ("Diesel in the region cost 1.82 euros a litre at its March peak.", DIESEL_PEAK),
    ("The average price of diesel in the region was 1.82 euros a litre in March.", DIESEL_AVERAGE),
    ("Diesel cost 1.82 euros a litre on average in March.", DIESEL_AVERAGE),
    # "the average" of another figure, a clause apart, gives this one no kind
    ("The average age of the fleet is 12 years and the oldest bus was 48 years old.",
     "The average age of the fleet is 12 years, and the oldest bus in service was 48 years old."),
])
def test_a_figure_of_its_kind_builds(sentence: str, passage: str):
    assert not found(sentence, passage, TWINS), sentence


# through the front door: the fixture's summary, each misstatement refused on its line
@pytest.mark.parametrize("old, new, told", [
    ("The anti-doping agency sought a four-year ban", "The tribunal sought a four-year ban", NAMES),
    ("out-of-competition test on 14 June.[^positive]", "in-competition test on 14 June.[^positive]",
     "'in-competition'"),
])
def test_the_summary_misstatement_is_refused_on_its_line(tmp_path: Path, old: str, new: str, told: str):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / "briefing.yaml", old, new)
    result = run_build(desk, "check")
    assert result.code == 1, result.err
    assert any(line.startswith(f"content/{BRIEFING}/briefing.yaml:") and told in line
               for line in error_lines(result)), result.err


def test_a_compound_turned_in_a_timeline_item_is_refused_on_its_line(tmp_path: Path):
    """An item cited as a whole (a timeline's `what`) is read for a turned compound too."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / "timeline.yaml", "in an out-of-competition test;", "in an in-competition test;")
    result = run_build(desk, "check")
    assert result.code == 1, result.err
    assert any(line.startswith(f"content/{BRIEFING}/timeline.yaml:6: ") and "'in-competition'" in line
               for line in error_lines(result)), result.err


# 5. a claim marked `acknowledged` whose passage disputes it
def test_an_acknowledged_claim_the_source_gives_as_disputed_is_refused_on_its_status_line(tmp_path: Path):
    desk = checked_fixture_project(REPO / "tests" / "fixtures" / "newuser_138", tmp_path / "desk")
    edit(desk / "content" / "river-leff-spill" / "claims.yaml", "status: denied", "status: acknowledged")
    result = run_build(desk, "check")
    assert result.code == 1, result.err
    assert any(line.startswith("content/river-leff-spill/claims.yaml:18: ") and "as disputed ('disputes')" in line
               for line in error_lines(result)), result.err


@pytest.mark.parametrize("passages, word", [
    (("The ministry denies that the records were destroyed.",), "denies"),
    (("The club rejected the league's findings on Tuesday.", "Its chairman said the club would appeal."), "rejected"),
    (("The hospital contests the inspectors' account of the night.",), "contests"),
])
def test_a_twin_acknowledged_claim_disputed_is_refused(passages: tuple[str, ...], word: str):
    cited, _ = _cited_and_named(passages, "en", STRIKE)
    assert disputed_in_passages("acknowledged", list(cited)) == word


@pytest.mark.parametrize("status, passages", [
    ("acknowledged", ("The company admits the leak but disputes the figure of 12,000 litres.",)),
    ("acknowledged", ("The club did not dispute the league's findings.",)),
    ("acknowledged", ("The ministry accepted that the records were destroyed.",)),
    ("denied", ("The ministry denies that the records were destroyed.",)),
    ("claim", ("The hospital contests the inspectors' account of the night.",)),
])
def test_a_claim_whose_status_its_passages_back_builds(status: str, passages: tuple[str, ...]):
    cited, _ = _cited_and_named(passages, "en", STRIKE)
    assert disputed_in_passages(status, list(cited)) == ""
