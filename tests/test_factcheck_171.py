"""English stances and places, German multiples, and counts kept to their day:

1. A rejection told as a stance against (explainer/polarity.py): "The unions rejected the reform." citing "The unions
   are opposed to the reform." (or "are against the reform") was refused as a negation added, and "The unions are
   opposed to the reform." citing "The unions rejected the reform." as a negation dropped: a clause negated only by a
   verb of rejecting and one telling the same subject's stance against the same thing restate each other, as French
   "rejettent" and "sont opposés à" do (tests/test_factcheck_166.py). "The unions do not oppose the reform", "are not
   opposed to it" citing it, and another's stance ("The council rejected the plan" of "Residents are opposed to the
   plan"), stay refused.
2. A speaker is no place (explainer/moved_figures.py): "Police said 5,000 people marched in Leeds." citing "Police
   said 3,000 people marched in York and 5,000 in Leeds." was refused, "Police" (a capitalised word) read as the
   nearest place of the passage's 3,000. A capitalised word before a verb of saying is a figure's name only where
   its clause names no other: "Police said 5,000" citing "Police said 3,000, but Unite said 5,000" stays refused.
3. A German multiple in words (explainer/multiples_german.py, explainer/german_multiple_words.py): "Die Kosten sind
   dreimal so hoch." citing "Die Kosten betragen das Doppelte." built, "dreimal" read as no figure. "zweimal so",
   "dreimal so", "doppelt so", "halb so" are refused where no passage gives the multiple in words ("das Doppelte",
   "verdreifacht", "die Hälfte"), as a rise in per cent ("um 100 Prozent") or as two figures' ratio; and "zwei Mal
   so hoch" citing "das Doppelte", refused as "zwei" in no passage, builds.
4. A count kept to its day (explainer/day_counts.py): "Tuesday's tally was 40." citing "Rescuers found 40 bodies on
   Monday and 12 on Tuesday." built, a clause naming two days unread; a clause giving each figure its day right after
   it ("40 ... on Monday and 12 on Tuesday") is read figure by figure. A day before its figure ("On Monday rescuers
   found 12 bodies and on Tuesday 40") is still not read.

Each with honest paraphrases that must build, and the misstatements kept refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import found_in_language, minimal_project, one_sentence_checked


def outcome(findings: list[str], words: str = "") -> str:
    """Return "refused" where a finding holds `words`, "ok" where there is none, else the findings."""
    if not findings:
        return "ok"
    return "refused" if any(words in finding for finding in findings) else f"other: {findings}"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each build test."""
    return minimal_project(tmp_path_factory.mktemp("factcheck171") / "project")


NEGATION = "negation"
OPPOSED = "The unions are opposed to the reform."


# 1. A rejection told as a stance against
@pytest.mark.parametrize("sentence, passage, expected", [
    ("The unions rejected the reform.", OPPOSED, "ok"),
    ("The unions rejected the reform.", "The unions are against the reform.", "ok"),
    ("The unions reject the reform.", OPPOSED, "ok"),
    ("The unions have rejected the reform.", OPPOSED, "ok"),
    ("The unions refused the offer.", "The unions are opposed to the offer.", "ok"),
    ("The unions rejected the reform.", "The unions remain firmly opposed to the reform.", "ok"),
    ("The unions rejected the reform.", "The unions said they were opposed to the reform.", "ok"),
    ("The unions rejected the reform.", "The unions objected to the reform.", "ok"),
    ("The unions rejected the reform.", "The unions are hostile to the reform.", "ok"),
    ("Ministers rejected the bill.", "Ministers were opposed to the bill.", "ok"),
    ("The board refused the takeover bid.", "The board is against the takeover bid.", "ok"),
    ("The unions are opposed to the reform.", "The unions rejected the reform.", "ok"),
    ("The unions oppose the reform.", OPPOSED, "ok"),
    ("The unions oppose the reform.", "The unions are against the reform.", "ok"),
    # the misstatements: the stance denied, turned, or another's
    ("The unions do not oppose the reform.", OPPOSED, "refused"),
    ("The unions are not opposed to the reform.", OPPOSED, "refused"),
    ("The unions rejected the reform.", "The unions support the reform.", "refused"),
    ("The council rejected the plan to close the library.",
     "Residents are opposed to the plan to close the library, but the council approved it.", "refused"),
])
def test_a_rejection_restates_a_stance_against(sentence: str, passage: str, expected: str):
    assert outcome(found_in_language("en", sentence, passage), NEGATION) == expected


def test_a_rejection_of_a_stance_against_builds(project: Path):
    assert one_sentence_checked(project, OPPOSED, "The unions rejected the reform.") == []


# 2. A speaker is no place
MARCHES = "Police said 3,000 people marched in York and 5,000 in Leeds."
MOVED = "a figure its cited passage gives"


@pytest.mark.parametrize("sentence, passage, expected", [
    ("Police said 5,000 people marched in Leeds.", MARCHES, "ok"),
    ("Police said 3,000 people marched in York.", MARCHES, "ok"),
    ("Police say 5,000 people marched in Leeds.", MARCHES, "ok"),
    ("Police estimated that 5,000 people marched in Leeds.", MARCHES, "ok"),
    ("Police have said 5,000 people marched in Leeds.", MARCHES, "ok"),
    ("In Leeds, 5,000 people marched, police said.", MARCHES, "ok"),
    ("Some 5,000 people marched in Leeds, according to police.", MARCHES, "ok"),
    # the misstatements: a place given the other's figure, a speaker the other's
    ("Police said 5,000 people marched in York.", MARCHES, "refused"),
    ("Police said 3,000 people marched in Leeds.", MARCHES, "refused"),
    ("Police said 5,000 people marched.", "Police said 3,000 people marched, but Unite said 5,000.", "refused"),
])
def test_a_speaker_is_no_place(sentence: str, passage: str, expected: str):
    assert outcome(found_in_language("en", sentence, passage), MOVED) == expected


def test_a_speakers_figure_at_its_place_builds(project: Path):
    assert one_sentence_checked(project, MARCHES, "Police said 5,000 people marched in Leeds.") == []


# 3. A German multiple in words
MULTIPLE = "multiple"
DOUBLE = "Die Kosten betragen das Doppelte."


@pytest.mark.parametrize("sentence, passage, expected", [
    ("Die Kosten sind doppelt so hoch.", DOUBLE, "ok"),
    ("Die Kosten sind zweimal so hoch.", DOUBLE, "ok"),
    ("Die Kosten sind zwei Mal so hoch.", DOUBLE, "ok"),
    ("Die Kosten sind dreimal so hoch.", "Die Kosten haben sich verdreifacht.", "ok"),
    ("Die Kosten sind 3-mal so hoch.", "Die Kosten betragen das Dreifache des Vorjahres.", "ok"),
    ("Die Kosten sind halb so hoch.", "Die Kosten haben sich halbiert.", "ok"),
    ("Die Gewerkschaft fordert doppelt so viel Urlaub.", "Die Gewerkschaft fordert eine Verdopplung des Urlaubs.",
     "ok"),
    ("Die Zahl der Anträge ist doppelt so hoch wie im Vorjahr.", "Die Zahl der Anträge stieg um 100 Prozent.", "ok"),
    ("Die Kosten sind dreimal so hoch wie 2019.",
     "Die Kosten lagen 2019 bei 10 Millionen Euro und 2024 bei 30 Millionen Euro.", "ok"),
    ("Die Zahl der Anträge ist fast doppelt so hoch wie im Vorjahr.",
     "Die Zahl der Anträge stieg von 1.200 auf 2.300.", "ok"),
    ("Die Strafe ist mehr als dreimal so hoch wie zuvor.", "Die Strafe stieg von 2 Millionen auf 7 Millionen Euro.",
     "ok"),
    ("Im Norden gibt es doppelt so viele Kliniken wie im Süden.", "Im Norden gibt es 40 Kliniken, im Süden 20.", "ok"),
    ("Sie verdient etwa halb so viel wie ihr Kollege.", "Sie verdient 2.900 Euro, ihr Kollege 6.000 Euro.", "ok"),
    ("Der Rat tagte zweimal.", "Der Rat tagte am Montag und am Freitag.", "ok"),
    # the misstatements: another multiple
    ("Die Kosten sind dreimal so hoch.", DOUBLE, "refused"),
    ("Die Kosten sind halb so hoch.", "Die Kosten haben sich verdoppelt.", "refused"),
    ("Die Kosten sind dreimal so hoch wie 2019.",
     "Die Kosten lagen 2019 bei 10 Millionen Euro und 2024 bei 20 Millionen Euro.", "refused"),
    ("Im Norden gibt es doppelt so viele Kliniken wie im Süden.", "Im Norden gibt es 40 Kliniken, im Süden 30.",
     "refused"),
])
def test_a_german_multiple_in_words_is_its_figure(sentence: str, passage: str, expected: str):
    assert outcome(found_in_language("de", sentence, passage), MULTIPLE) == expected


def test_drei_mal_of_das_doppelte_stays_refused():
    assert outcome(found_in_language("de", "Die Kosten sind drei Mal so hoch.", DOUBLE), "not in the passages") == \
        "refused"


# 4. A count kept to its day
RESCUE = "Rescuers found 40 bodies on Monday and 12 on Tuesday."
DAY = "as the figure of"


@pytest.mark.parametrize("sentence, passage, expected", [
    ("Monday's tally was 40.", RESCUE, "ok"),
    ("Tuesday's tally was 12.", RESCUE, "ok"),
    ("On Tuesday, the tally stood at 12.", RESCUE, "ok"),
    ("Tuesday's toll was 40.", "The toll was 12 on Monday, 40 on Tuesday and 55 on Wednesday.", "ok"),
    ("Tuesday's toll was 40.", "The toll rose from 12 on Monday to 40 on Tuesday.", "ok"),
    # each figure's day not plain: not read
    ("Tuesday's tally was 40.", "On Monday rescuers found 12 bodies and on Tuesday 40.", "ok"),
    ("Tuesday's tally was 40.", "Rescuers found 40 bodies by Monday and 12 more on Tuesday.", "ok"),
    # the misstatements: one day's figure given the other
    ("Tuesday's tally was 40.", RESCUE, "refused"),
    ("The count on Tuesday was 40.", RESCUE, "refused"),
    ("Monday's tally was 12.", RESCUE, "refused"),
    ("Tuesday's toll was 12.", "The toll was 12 on Monday, 40 on Tuesday and 55 on Wednesday.", "refused"),
])
def test_a_count_is_kept_to_its_day(sentence: str, passage: str, expected: str):
    assert outcome(found_in_language("en", sentence, passage), DAY) == expected
