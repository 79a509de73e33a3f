"""A fact-checker's negations and hedges in the real briefing (benchmarks/mutations.py), now refused, with honest twins
that must build:

1. A saying denied of one the source introduces as the speaker of the paragraph it cites
   (explainer/introduced_sayings.py): "Al-Monitor does not say it invests in military nuclear programs ..." citing
   "Islamabad continues to invest in its military nuclear programs ...", and "Al-Monitor does not cite good
   recruitment and retention ..." citing "Pakistan's armed forces benefit from good recruitment and retention ...",
   both in the paragraph after the source's "regional publication Al-Monitor lays out the following:", built.
2. The report's own parenthesis denied (explainer/denied_sayings.py): "..., which the report does not say also had
   the help of the CIA in "Operation Cyclone"" citing "... decades ago (which also had the help of the CIA in
   'Operation Cyclone')" built: its told words are short ("help", "CIA"), and two words quoted in the passage sentence
   made all of it another's.
3. A check undone by a doubled negation (explainer/given_without_figures.py): "neither side's figures are not
   verified in the report" citing "A Pakistani military spokesman has said that 274 Taliban fighters ..." built.
4. A figure or a reply said given that no cited passage gives (explainer/given_without_figures.py): "The report gives
   number for the Taliban fighters Kabul acknowledged were killed" citing "Kabul have acknowledged Taliban fighters
   killed, 11 wounded", and "the report gives reply from Kabul" citing "Islamabad accuses Afghanistan of sheltering
   ... militants", their "no" dropped, built.
5. Which of two events came first said told (explainer/given_without_figures.py): "The Taliban return to power in
   Afghanistan, and US and NATO forces rapidly withdraw ...; the report does say which came first" citing "Since the
   Taliban returned to power in 2021, ..." and "... after US and NATO forces rapidly withdrew ...", a "not" dropped,
   built: no cited passage sentence tells both events with a word of order.

Each with a twin of another topic (a merger, a court case), and honest twins.
"""

from __future__ import annotations

import shutil

import pytest

from conftest import REPO, run_build
from support import error_lines, found_in_language, sentence_findings
from explainer.anchor import Passage
from explainer.introduced_sayings import introduced_passages, introduced_saying_denied

SOURCE = (REPO / "seeds" / "000_bd91349fafd64fe6.txt").read_text(encoding="utf-8")


def passage(opening: str, end: str) -> str:
    """Return the real source's words from `opening` through `end`."""
    start = SOURCE.index(opening)
    return SOURCE[start:SOURCE.index(end, start) + len(end)]


CHINA = passage("Pakistan's armed forces benefit", "partner China")
NUCLEAR = passage("Islamabad continues to invest", "navy and air force")
BLOWBACK = passage("Many analysts are pointing", "Cyclone')")
SPOKESMAN = passage("A Pakistani military spokesman", "and counting")
TALIBAN = passage("The Taliban for its part", "19 posts seized")
KABUL = passage("Kabul have acknowledged", "11 wounded")
TTP = passage("Islamabad accuses Afghanistan", "cross-border attacks")
SINCE_2021 = passage("Since the Taliban returned", "open hostility")
WITHDRAWAL = passage("The Taliban relies on equipment", "summer of 2021")
ASIF = passage("Overnight, Pakistan launched", "two countries")
DRONES = passage("Taliban authorities said", "on Friday")

MERGER = "The board approved the merger on Monday, after shareholders voted in favour at a meeting in Leeds."
MERGER_APART = "The board approved the merger. Shareholders voted in favour."
COURT = ("The judge dismissed the appeal, which had also had the help of the FBI in the original trial. "
         "The court gave no reasons.")
RULING = "The court said 12 defendants were convicted and 3 were acquitted."
CHARGE = "Prosecutors accused the firm of hiding losses from investors."
REJECTED = "The firm rejected the charge as baseless."

REFUSED = [
    # 2
    ("Many analysts, not named, point to \"blowback\" for Pakistan after it sponsored the Taliban's rise decades ago, "
     "which the report does not say also had the help of the CIA in \"Operation Cyclone\".", (BLOWBACK,)),
    ("The judge dismissed the appeal, which the report does not say had the help of the FBI.", (COURT,)),
    # 3
    ("Each side has given figures for the other side's losses, and neither side's figures are not verified in the "
     "report.", (SPOKESMAN, TALIBAN)),
    ("The court gave a count of convictions; neither figure is not confirmed.", (RULING,)),
    ("No independent tally is not checked.", (RULING,)),
    # 4
    ("The report gives number for the Taliban fighters Kabul acknowledged were killed.", (KABUL,)),
    ("The report gives a figure for the fighters killed.", (KABUL,)),
    ("The ruling gives numbers for the jurors dismissed.", (RULING,)),
    ("Islamabad accuses Afghanistan of sheltering Tehrik-i-Taliban Pakistan (TTP) militants who carry out "
     "cross-border attacks; the report gives reply from Kabul.", (TTP,)),
    ("Prosecutors accuse the firm of hiding losses; the report carries a response from the firm's lawyers.",
     (CHARGE,)),
    # 5
    ("The Taliban return to power in Afghanistan, and US and NATO forces rapidly withdraw from the country in the "
     "summer; the report does say which came first.", (SINCE_2021, WITHDRAWAL)),
    ("By Friday morning, Defense Minister Khawaja Asif declares an \"all-out war\"; on Friday, Taliban authorities "
     "say their forces carried out drone strikes inside Pakistan; the report does say which came first.",
     (ASIF, DRONES)),
    ("Shareholders voted in favour, and the board approved the merger; the filing does say which came first.",
     (MERGER_APART,)),
    ("The board approved the merger, and the regulator cleared the deal; the filing says which happened first.",
     (MERGER,)),
]

HONEST = [
    # 2
    ("Many analysts, not named, point to \"blowback\" for Pakistan after it sponsored the Taliban's rise decades ago, "
     "which the report says also had the help of the CIA in \"Operation Cyclone\".", (BLOWBACK,)),
    ("The report does not say how the CIA helped.", (BLOWBACK,)),
    ("The report does not say whether the CIA was paid.", (BLOWBACK,)),
    ("The report does not say the CIA paid for it.", (BLOWBACK,)),
    ("The report does not say the FBI backed the verdict.", (COURT,)),
    ("The judge dismissed the appeal, which the report says had the help of the FBI.", (COURT,)),
    # 3
    ("Each side has given figures for the other side's losses, and neither side's figures are verified in the "
     "report.", (SPOKESMAN, TALIBAN)),
    ("Neither side said the figures were not verified.", (SPOKESMAN, TALIBAN)),
    ("No doubt these figures are not verified.", (RULING,)),
    ("Neither claim is checked, and the toll is not verified.", (SPOKESMAN, TALIBAN)),
    ("Neither figure was confirmed; the count is not verified either.", (RULING,)),
    ("Neither side disputes figures are not verified.", (SPOKESMAN, TALIBAN)),
    # 4
    ("The report gives no number for the Taliban fighters Kabul acknowledged were killed.", (KABUL,)),
    ("The report gives a figure for the wounded.", (KABUL,)),
    ("The Taliban gives a number for the Pakistani soldiers it says were killed.", (TALIBAN,)),
    ("The report gives numbers for both sides.", (SPOKESMAN, TALIBAN)),
    ("The report does not give a number for the fighters killed.", (KABUL,)),
    ("The court gives figures for the defendants convicted and acquitted.", (RULING,)),
    ("The court gives a figure of 12 for the convictions.", (RULING,)),
    ("Islamabad accuses Afghanistan of sheltering Tehrik-i-Taliban Pakistan (TTP) militants who carry out "
     "cross-border attacks; the report gives no reply from Kabul.", (TTP,)),
    ("The report gives a reply from the firm.", (REJECTED,)),
    ("The report carries a response from the firm.", (CHARGE, REJECTED)),
    ("The report gives no response from the firm's lawyers.", (CHARGE,)),
    # 5
    ("The Taliban return to power in Afghanistan, and US and NATO forces rapidly withdraw from the country in the "
     "summer; the report does not say which came first.", (SINCE_2021, WITHDRAWAL)),
    ("Pakistan launched airstrikes overnight, and Defense Minister Khawaja Asif declared an \"all-out war\" by Friday "
     "morning; the report says which came first.", (ASIF,)),
    ("Shareholders voted in favour at a meeting, and the board approved the merger; the filing does say which came "
     "first.", (MERGER,)),
    ("Shareholders voted in favour at a meeting, and the board approved the merger; the filing makes clear which "
     "happened first.", (MERGER,)),
    ("Shareholders voted in favour, and the board approved the merger; the filing never says which came first.",
     (MERGER_APART,)),
    ("The report does say which came first.", (ASIF, DRONES)),
]


def findings(sentence: str, cited: tuple[str, ...]) -> list[str]:
    """Return what the build's sentence checks say of an English sentence citing `cited`."""
    if len(cited) == 1:
        return found_in_language("en", sentence, cited[0])
    return sentence_findings(sentence, cited, "en", ())


@pytest.mark.parametrize("sentence, cited", REFUSED)
def test_a_negation_added_or_dropped_is_refused(sentence: str, cited: tuple[str, ...]):
    assert findings(sentence, cited), sentence


@pytest.mark.parametrize("sentence, cited", HONEST)
def test_an_honest_twin_builds(sentence: str, cited: tuple[str, ...]):
    assert not findings(sentence, cited), sentence


# 1. A saying denied of one the source introduces: read on the source, its paragraphs and the line before them
COMPANY = ("The merger was approved on Monday.\n\nAs for the deal's terms, the trade weekly Metal Review lays out the "
           "following:\n\nThe combined company will close three smelters in Wales. It plans to invest in recycling "
           "plants and is also selling its shipping arm.\n\nThe union said it would fight the closures.")


def introduced_findings(sentence: str, source: str, cited: str) -> list:
    """Return what introduced_sayings.py finds of a sentence citing `cited` of `source`."""
    start = source.index(cited)
    anchored = [Passage("report", start, start + len(cited), cited)]
    return introduced_saying_denied(sentence, introduced_passages(lambda _: source, anchored), "en")


@pytest.mark.parametrize("sentence, source, cited", [
    ("Al-Monitor does not say it invests in military nuclear programs and is modernizing its navy and air force.",
     SOURCE, NUCLEAR),
    ("Al-Monitor does not cite good recruitment and retention, and equipment from China, its main defense partner.",
     SOURCE, CHINA),
    ("Metal Review does not say the combined company will close three smelters in Wales.", COMPANY,
     "The combined company will close three smelters in Wales."),
    ("Metal Review never said it plans to invest in recycling plants.", COMPANY,
     "It plans to invest in recycling plants and is also selling its shipping arm."),
])
def test_a_saying_denied_of_an_introduced_speaker_is_refused(sentence: str, source: str, cited: str):
    assert introduced_findings(sentence, source, cited), sentence


@pytest.mark.parametrize("sentence, source, cited", [
    ("Al-Monitor says it invests in military nuclear programs and is modernizing its navy and air force.",
     SOURCE, NUCLEAR),
    ("Al-Monitor does not say how much it invests in military nuclear programs.", SOURCE, NUCLEAR),
    ("Al-Monitor does not say whether the navy and air force are being modernized.", SOURCE, NUCLEAR),
    ("Al-Monitor does not say Pakistan tests nuclear weapons.", SOURCE, NUCLEAR),
    ("Al-Monitor does not say outright that China is its main defense partner.", SOURCE, CHINA),
    ("Al-Monitor cites good recruitment and retention, and equipment from China, its main defense partner.",
     SOURCE, CHINA),
    ("Metal Review does not say when the combined company will close three smelters in Wales.", COMPANY,
     "The combined company will close three smelters in Wales."),
    ("The union does not say the combined company will close three smelters in Wales.", COMPANY,
     "The combined company will close three smelters in Wales."),
    ("Metal Review does not say the company will sell its smelters.", COMPANY,
     "It plans to invest in recycling plants and is also selling its shipping arm."),
    # a paragraph no line introduces is denied_sayings.py's alone
    ("The weekly does not say the union would fight the closures.", COMPANY, "The union said it would fight the closures."),
])
def test_an_honest_twin_of_an_introduced_speaker_builds(sentence: str, source: str, cited: str):
    assert not introduced_findings(sentence, source, cited), sentence


def real_project(target):
    """Copy the real project (its content, seeds, templates and static files) into `target`."""
    for part in ("content", "seeds", "templates", "static"):
        shutil.copytree(REPO / part, target / part)
    return target


COMPARISONS = "content/pakistan-afghanistan-war/comparisons.yaml"


@pytest.mark.parametrize("old, new", [
    ("Al-Monitor says it invests", "Al-Monitor does not say it invests"),
    ("Al-Monitor cites good", "Al-Monitor does not cite good"),
])
def test_the_real_comparisons_note_denying_al_monitors_words_is_refused(tmp_path, old: str, new: str):
    root = real_project(tmp_path / "project")
    notes = root / COMPARISONS
    notes.write_text(notes.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    lines = error_lines(run_build(root, "check"))
    assert any(COMPARISONS in line and "lays out the following" in line for line in lines), lines
