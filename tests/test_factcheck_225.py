"""A two-hundred-and-twenty-fifth fact-check: the real briefing's hedges and attributions dropped.

1. A group's view told as the report's own word: '"blowback" for Pakistan after it sponsored the Taliban's rise
   decades ago, which the report says also had the help of the CIA' (the background, its "Many analysts, not named,
   point to" dropped) and "Pakistan sponsors the Taliban's rise, the report adds, ..." (the timeline, its "as many
   analysts put it" dropped) built citing "Many analysts are pointing to 'blowback' for Pakistan after sponsoring the
   Taliban's rise ...": "the report says" was taken as saying whose word it is. So did "The report says the central
   bank's rate rises caused the slowdown" citing "Economists say the central bank's rate rises caused the slowdown"
   (explainer/others_view_as_report.py, read by reported_figures.reported_figure_as_fact for sentences and items).

Honest twins that name the group ("Many analysts point to", "The report says economists blame", "Experts, the report
says, found") or restate the report's own words beside the group's build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import found_in_language, problems_after

OWN_WORD = "as the report's own word"
ANALYSTS = ("Many analysts are pointing to 'blowback' for Pakistan after sponsoring the Taliban's rise in the first "
            "place, decades ago (which also had the help of the CIA in 'Operation Cyclone')")
ECONOMISTS = "Economists say the central bank's rate rises caused the slowdown in housing construction."
STARTS = "Housing starts fell 12% last year. " + ECONOMISTS
CRITICS = "Critics argued that the stadium deal would cost taxpayers far more than promised."
EXPERTS = "Experts say the bridge's cables were corroded long before the collapse."


# 1. A group's view told as the report's own word
@pytest.mark.parametrize("passage, sentence, outcome", [
    (ANALYSTS, '"blowback" for Pakistan after it sponsored the Taliban\'s rise decades ago, which the report says also '
               'had the help of the CIA in "Operation Cyclone".', "refused"),
    (ANALYSTS, "The report says Pakistan sponsored the Taliban's rise decades ago and now faces blowback.", "refused"),
    (ECONOMISTS, "The report says the central bank's rate rises caused the slowdown in housing construction.",
     "refused"),
    (CRITICS, "The article notes that the stadium deal would cost taxpayers far more than promised.", "refused"),
    (EXPERTS, "The report says the bridge's cables were corroded long before the collapse.", "refused"),
    # honest twins: the group named, or the report's own words restated
    (ANALYSTS, 'Many analysts point to "blowback" for Pakistan after it sponsored the Taliban\'s rise decades ago, '
               'which the report says also had the help of the CIA in "Operation Cyclone".', "ok"),
    (ANALYSTS, "Pakistan sponsored the Taliban's rise decades ago, as many analysts put it; the report adds that the "
               "CIA helped.", "ok"),
    (ANALYSTS, "Analysts, the report says, point to blowback for Pakistan after it sponsored the Taliban's rise.", "ok"),
    (ANALYSTS, "The report notes that many analysts see blowback for Pakistan, which sponsored the Taliban's rise "
               "decades ago.", "ok"),
    (ANALYSTS, "The report says the CIA helped too.", "ok"),
    (ECONOMISTS, "The report says economists blame the central bank's rate rises for the slowdown in housing "
                 "construction.", "ok"),
    (ECONOMISTS, "According to economists, the report says, rate rises caused the slowdown in housing construction.",
     "ok"),
    (ECONOMISTS, "In the economists' view, the report says, the central bank's rate rises caused the slowdown in "
                 "housing construction.", "ok"),
    (STARTS, "Housing starts fell 12% last year, the report says.", "ok"),
    (STARTS, "The report says housing starts fell 12% last year, which economists blame on rate rises.", "ok"),
    (CRITICS, "The article notes that critics expect the stadium deal to cost taxpayers more than promised.", "ok"),
    (EXPERTS, "Experts, the report says, found the bridge's cables corroded long before the collapse.", "ok"),
    # the group named in other words
    (ECONOMISTS, "Analysts, the report notes, say the central bank's rate rises caused the slowdown in housing "
                 "construction.", "ok"),
    (EXPERTS, "Engineering experts quoted in the report say the bridge's cables were corroded long before the "
              "collapse.", "ok"),
    (EXPERTS, "Specialists, the report says, believe the bridge's cables were corroded long before the collapse.", "ok"),
])
def test_a_groups_view_told_as_the_reports_own_word(passage, sentence, outcome):
    found = [message for message in found_in_language("en", sentence, passage) if OWN_WORD in message]
    assert bool(found) == (outcome == "refused"), found


@pytest.mark.parametrize("file, old, new", [
    ("background.yaml", "Many analysts, not named, point to \"blowback\"", "\"blowback\""),
    ("timeline.yaml", "Pakistan sponsors the Taliban's rise, as many analysts put it; the report adds",
     "Pakistan sponsors the Taliban's rise, the report adds"),
])
def test_a_groups_view_told_as_the_reports_own_word_in_the_real_briefing(project: Path, file, old, new):
    problems = problems_after(project, file, old, new)
    assert any(OWN_WORD in problem and "analysts" in problem for problem in problems), problems


def test_the_real_briefing_naming_the_analysts_builds(project: Path):
    assert not [problem for problem in problems_after(project, "background.yaml", "Many analysts, not named,",
                                                      "Many analysts, not named,") if OWN_WORD in problem]
