"""A new user's English briefing of an athlete's doping case before a sports court (tests/fixtures/newuser_139: the
sprinter Dana Orell tested positive for ostarine "at a concentration of 3.2 nanograms per millilitre" in an
out-of-competition test on 14 June; the anti-doping agency "sought a four-year ban"; a tribunal "imposed a ban of two
years", finding she "bore no significant fault or negligence", and "did not find that she bore no fault at all"; the
agency "has appealed" to the sports arbitration court, which "will hear the case in March and has not ruled"; Orell
says the substance came from "a contaminated supplement", which a laboratory "could not confirm"; her results "since
14 June" annulled; a figure corrected at the report's end), written from the README alone, from a report they wrote,
as a project of its own made with `new --source`. Every content file is used: background, timeline, comparisons,
claims, quotes, caveats and a log with an update and a correction.

Read as a fact-checker, the misstatements below were tried against one paragraph each (`found`); those still built
are the LEFTOVER list. Fixed (both asked by one call of cite.py, english_told_otherwise.py):

1. "No significant fault" told as "no fault": "The panel found that she bore no fault" citing "the panel found that
   she bore no significant fault or negligence ... The panel did not find that she bore no fault at all"
   (unfound_denials.py: widened_denials.py took the "no fault" the panel did *not* find as a plain denial backing it).
2. A rate's second unit changed: "3.2 nanograms per litre" citing "at a concentration of 3.2 nanograms per
   millilitre" (per_unit_denominators.py: the unit after "per" was not read).

LEFTOVER (each still builds, or is still refused though honest):
- Refused though honest: "The tribunal found that she bore no significant fault or negligence" citing "The tribunal,
  a three-member panel ... In its written decision the panel found that she bore no significant fault", also with
  both "the tribunal" and "the panel" among one party's aliases: "gives the words to The tribunal, but its cited
  passages give them to In its written decision the panel" (speakers.py `_given_to_the_court`, not ours, which takes a
  prepositional opener for the speaker) and "gives the decision to 'The tribunal' where its cited passages give it to
  'The panel'" (deciding_bodies.py, not ours: the source's own apposition makes them one body).
- Refused though honest: "Orell's lawyer says the tribunal was right" citing "Her lawyer, Tomas Reid, said the
  tribunal had been right" (speakers.py: an owner's name for a "her" is not read).
- Refused though honest: "The laboratory found traces of ostarine in the tub" citing the paragraph "found traces of
  ostarine in it, but could not confirm that the tub was from the same batch" (attribution.py's dropped_hedge: a
  "could not confirm" covers the whole passage; citing only the words before "but" builds).
- Refused though honest: "It was 3.2 nanograms per millilitre, not 2.3 nanograms per millilitre" citing the
  correction "An earlier version of this report said the concentration was 2.3 nanograms per millilitre. It was 3.2
  ...": "adds a negation" (polarity.py, not ours; "..., not 2.3 as first reported" builds).
- Refused with a misleading message: "In 2023 the court reduced a cyclist's ban ..." citing "In 2023 it reduced ..."
  names "'In 2023 the court'" as a cause (swapped_causes.py, not ours; citing the sentence naming the court builds).
- Still build: "Orell was banned for four years" of "sought a four-year ban" (a passive "banned" is not read as
  imposed); "The tribunal cleared Orell of any fault" and "she was not at fault" of "no significant fault"; "The court
  heard the case in March" of "will hear" (future_as_past.py, not ours, lists no "hear": "heard"); "The
  concentration was higher than contamination usually explains" (the agency's lawyers' words as fact, quotation marks
  dropped); "The agency said the tribunal had been right" (Orell's lawyer's words given to the agency); "In 2024 the
  court reduced a swimmer's ban" of
  "restored a four-year ban".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, error_lines, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_139"
BRIEFING = "orell-doping"
SOURCE = (FIXTURE / "seeds" / "orell.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="orell", name="Dana Orell", short_name="Orell", aliases=("the sprinter",)),
           Party(id="agency", name="National anti-doping agency", short_name="The agency", aliases=("the agency",)),
           Party(id="tribunal", name="Tribunal of the national sports federation", short_name="The tribunal",
                 aliases=("the tribunal", "the panel")),
           Party(id="court", name="Sports arbitration court", short_name="The court", aliases=("the court",)))
# the report's paragraphs, by words each holds
PASSAGES = {key: paragraph(SOURCE, words) for key, words in {
    "TEST": "3.2 nanograms per millilitre in", "SOUGHT": "sought a four-year ban", "TRIB": "imposed a ban of two years",
    "APPEAL": "will hear the case in March", "ANNUL": "have been annulled", "LAB": "could not confirm that the tub",
    "AGLAW": "chain of custody", "SALLOW": "wrong message", "VANCE": "never cheated", "EARLY": "18 months",
    "NEXT": "June 2030", "RULES": "only if the athlete", "REID": "Tomas Reid", "CORR": "Correction:"}.items()}


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a sentence citing one paragraph of the report."""
    return sentence_findings(sentence, (PASSAGES[key],), "en", PARTIES, published="2026-11-18")


def test_the_briefing_builds_with_its_footnotes_and_correction(tmp_path: Path):
    """The briefing builds: the reader sees the figures as the report gives them, the ruling's own words, the appeal
    still to be heard, the correction's wrong figure, and notes leading to the highlighted passages."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / BRIEFING / "index.html").read_text(encoding="utf-8").split())
    for words in ("3.2 nanograms per millilitre", "no significant fault or negligence", "will hear the case in March",
                  "has not ruled", "could not confirm", "Updates and corrections", "What was wrong",
                  "2.3 nanograms per millilitre", "Dana has never cheated and never will.", "Background", "Timeline",
                  'href="../sources/orell.html#passage-'):
        assert words in page, words
    assert 'id="passage-' in (desk / "site" / "sources" / "orell.html").read_text(encoding="utf-8")


def test_no_significant_fault_told_as_no_fault_in_the_background_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the background's sentence on what the panel did not find, told as found."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / "background.yaml",
         "The panel did not find that she bore no fault at all, which would\n"
         "      have cleared her of any ban.[^not-no-fault]",
         "The panel found that she bore no fault at all.[^imposed][^not-no-fault]")
    result = run_build(desk, "check")
    assert result.code == 1, result.err
    assert any(line.startswith(f"content/{BRIEFING}/background.yaml:12: ") and "'no significant fault'" in line
               for line in error_lines(result)), result.err


def test_the_concentration_per_litre_in_the_summary_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the summary's "per millilitre" made "per litre", a thousand times smaller."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / BRIEFING / "briefing.yaml", "3.2 nanograms per millilitre in an",
         "3.2 nanograms per litre in an")
    result = run_build(desk, "check")
    assert result.code == 1, result.err
    assert any(line.startswith(f"content/{BRIEFING}/briefing.yaml:4: ") and "per millilitre" in line
               for line in error_lines(result)), result.err


# each refused; those marked NEW built before this work
MISSTATEMENTS = [
    ("TRIB", "The panel found that she bore no fault or negligence."),  # NEW: "no significant fault" told as "no fault"
    ("TRIB", "The panel found that she bore no fault."),  # NEW
    ("TRIB", "The tribunal ruled that Orell bore no fault."),  # refused before, as the decision given to another body
    ("TRIB", "Orell bore no fault, the panel found."),  # NEW
    ("TRIB", "No fault was found."),  # NEW
    ("TEST", "Orell tested positive at a concentration of 3.2 nanograms per litre."),  # NEW: the rate's unit changed
    ("TEST", "The sample held 3.2 nanograms per liter of ostarine."),  # NEW
    ("TEST", "Ostarine was found at 3.2 nanograms per gram."),  # NEW
    ("SOUGHT", "The agency imposed a four-year ban on Orell."),
    ("SOUGHT", "Orell received a four-year ban."),
    ("TRIB", "The tribunal imposed a ban of four years on 20 October."),
    ("TRIB", "The tribunal imposed a four-year ban."),
    ("SOUGHT", "The agency sought a two-year ban."),
    ("TRIB", "The tribunal imposed a ban of two years on 20 September."),
    ("APPEAL", "The court has upheld the agency's appeal."),
    ("APPEAL", "The court restored the four-year ban."),
    ("APPEAL", "The court ruled in March."),
    ("APPEAL", "The court has ruled."),
    ("APPEAL", "The agency's appeal was rejected."),
    ("APPEAL", "Orell has appealed to the sports arbitration court."),
    ("LAB", "The laboratory confirmed that the tub was from the same batch she had used before the test."),
    ("LAB", "A laboratory confirmed the source of the substance in her sample."),
    ("LAB", "The laboratory found that the supplement was contaminated."),
    ("LAB", "The substance came from a contaminated supplement."),
    ("LAB", "The supplement was contaminated."),
    ("TEST", "Orell tested positive on 14 July."),
    ("ANNUL", "Orell's results since 14 July have been annulled."),
    ("TEST", "Orell tested positive at a concentration of 3.2 milligrams per millilitre."),
    ("TEST", "Orell tested positive at a concentration of 2.3 nanograms per millilitre."),
    ("SALLOW", 'Orell\'s coach said: "A ban of two years sends the wrong message to every athlete who takes '
               'supplements without checking them."'),
    ("VANCE", 'Miriam Sallow said: "Dana has never cheated and never will."'),
    ("SALLOW", "Miriam Sallow, Orell's lawyer, said a ban of two years sends the wrong message."),
    ("AGLAW", "Orell's lawyers told the tribunal that the concentration was \"higher than contamination usually "
              "explains\"."),
    ("EARLY", "In 2023 the court reduced a cyclist's ban from four years to 18 months after finding contamination "
              "unproven."),
    ("NEXT", "Orell will be unable to compete until June 2030."),
    ("RULES", "A ban for ostarine can be reduced below four years."),
    ("CORR", "The concentration was 2.3 nanograms per millilitre."),
]


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


# honest restatements, each built before this work and after it
HONEST = [
    ("TRIB", "The panel found that she bore no significant fault or negligence."),
    ("TRIB", "The panel did not find that she bore no fault at all."),
    ("TRIB", "The tribunal stopped short of finding no fault."),
    ("TRIB", "The panel did not conclude that Orell bore no fault."),
    ("TRIB", "A finding of no fault would have cleared her of any ban."),
    ("TRIB", "The panel found no significant fault, not no fault at all."),
    ("TRIB", "She was found to bear no significant fault or negligence."),
    ("TRIB", "The panel did not find no fault, which would have cleared her."),
    ("TRIB", "Orell bore no significant fault, the panel found."),
    ("TRIB", "The panel stopped short of a finding of no fault."),
    ("TRIB", "The tribunal has not said she bore no fault."),
    ("TRIB", "On 20 October the tribunal banned Orell for two years."),
    ("TEST", "Orell tested positive at a concentration of 3.2 nanograms per millilitre."),
    ("TEST", "The concentration was 3.2 nanograms per milliliter."),
    ("TEST", "The sample held 3.2 nanograms per millilitre of ostarine."),
    ("TEST", "A concentration of 3.2 ng/mL was found."),
    ("TEST", "Her sample held 3.2 nanograms of ostarine per millilitre."),
    ("TEST", "The concentration was 3.2 nanograms per millilitres."),
    ("TEST", "3.2 nanograms in each millilitre were found."),
    ("CORR", "The concentration was 3.2 nanograms per millilitre, not 2.3 as first reported."),
    ("SOUGHT", "The agency asked for a ban of four years."),
    ("SOUGHT", "Orell says the substance came from a contaminated supplement."),
    ("APPEAL", "The court will hear the case in March."),
    ("APPEAL", "The sports arbitration court has yet to rule."),
    ("APPEAL", "No date for a decision has been set."),
    ("LAB", "A laboratory could not confirm that the tub was from the same batch."),
    ("LAB", "The laboratory said the traces were consistent with contamination."),
    ("ANNUL", "The annulment stands whatever the court decides."),
    ("NEXT", "If the court upholds the two-year ban, Orell could return in June 2028."),
    ("EARLY", "In 2023 the court reduced a cyclist's ban from four years to 18 months."),
]


@pytest.mark.parametrize("key, sentence", HONEST)
def test_each_honest_restatement_builds(key: str, sentence: str):
    assert not found(key, sentence), found(key, sentence)


# a rate's second unit, in other reports' words: (sentence, passage, refused)
RATES = [
    ("Prices reached 3 pounds per kilo.", "Prices reached 3 pounds per kilogram at the market.", False),
    ("Wind gusts reached 120 kilometres per hour.", "Wind gusts reached 120 kilometres an hour.", False),
    ("Rain fell at 40 millimetres per hour.", "Rain fell at 40 millimeters per hour in the hills.", False),
    ("Farms may spread 170 kilograms per hectare each year.", "a limit of 170 kilograms per hectare per year", False),
    ("Ships emit 5 tons per day.", "Ships emit 5 tonnes per day.", False),
    ("The dose is 5 grams per week.", "5 grams per day for adults and 5 grams per week for children", False),
    ("Water flowed at 1.5 metres per second.", "Water flowed at 1.5 meters per second.", False),
    ("Output was 2,000 tonnes per month.", "Output was 2000 tonnes per month.", False),
    ("Speeds of 30 miles per hour are allowed.", "30 miles per hour (48 kilometres per hour)", False),
    ("Rain fell at 40 millimetres per minute.", "Rain fell at 40 millimeters per hour in the hills.", True),
    ("Output was 2,000 tonnes per week.", "Output was 2000 tonnes per month.", True),
]


@pytest.mark.parametrize("sentence, passage, refused", RATES)
def test_a_rates_second_unit_is_kept_in_any_spelling(sentence: str, passage: str, refused: bool):
    assert bool(sentence_findings(sentence, (passage,), "en", ())) is refused, sentence
