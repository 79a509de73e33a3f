"""Misstatements a mutation audit of the real briefing found the build letting through: one edit each,
checked in-process (load, as `check` does), and each refused with a problem naming what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import line_of, problems_after

BRIEFING = "content/pakistan-afghanistan-war"


def line_in_briefing(text: str) -> int:
    """Return the line of the real briefing.yaml that holds `text`: its labels move down as updates are logged."""
    return line_of(Path(__file__).parents[1] / BRIEFING / "briefing.yaml", text)


@pytest.mark.parametrize(("file", "old", "new", "expected"), [
    ("timeline.yaml", "when: Earlier in the week", "when: Earlier in the worst week",
     'timeline.yaml:18: `when`: superlative "worst": no passage it cites uses it'),
    ("timeline.yaml", "date_basis: the report's date, a Friday.", "date_basis: the report's date, its bloodiest Friday.",
     'timeline.yaml:33: `date_basis`: superlative "bloodiest": no passage it cites uses it'),
    ("claims.yaml", "channel: statements from the defense ministry", "channel: statements from the largest defense ministry",
     'claims.yaml:63: `channel`: superlative "largest": no passage it cites uses it'),
    ("comparisons.yaml", "title: Military strength, as the source gives it", "title: The region's strongest military",
     'comparisons.yaml:4: `title`: superlative "strongest": no passage it cites uses it'),
    ("briefing.yaml", 'title: "Pakistan and Afghanistan at war: what we know"',
     'title: "Pakistan and Afghanistan in their worst war"',
     'briefing.yaml:2: `title`: superlative "worst": no passage it cites uses it'),
    ("comparisons.yaml", "topic: recruitment and suppliers", "topic: recruitment and suppliers since 2019",
     'comparisons.yaml:47: `topic`: figure "2019" is not in the passages this briefing cites'),
    ("briefing.yaml", "comparisons: Forces compared", "comparisons: Forces compared since 2019",
     f"briefing.yaml:{line_in_briefing('comparisons: Forces compared')}: `labels` 'comparisons': figure \"2019\" is not in the passages this briefing cites"),
    ("briefing.yaml", "claims: What each side claims", "claims: The biggest claims",
     f"briefing.yaml:{line_in_briefing('claims: What each side claims')}: `labels` 'claims': superlative \"biggest\": no passage it cites uses it"),
    ("comparisons.yaml", "measure: Air force", "measure: Air force since 2019",
     "comparisons.yaml:24: `measure`: figure \"2019\" is not in the passages this briefing cites"),
    ("claims.yaml", "measure: Taliban posts destroyed", "measure: Taliban posts destroyed since 2019",
     "claims.yaml:17: `measure`: figure \"2019\" is not in the passages this item cites"),
])
def test_short_fields_and_headings_are_held_to_the_passages(file, old, new, expected, project: Path):
    # A heading or a short field shows on the page as prose does: "deadliest" or "since 2019" there is a
    # statement of the briefing's, which a passage must back (a heading is checked against all it cites).
    problems = problems_after(project, file, old, new)
    assert any(p.startswith(f"{BRIEFING}/{expected}") for p in problems), problems


@pytest.mark.parametrize("bound", ["planned", "and counting"])
def test_a_bound_that_is_no_qualifier_does_not_replace_the_sources(bound: str, project: Path):
    # "more than 400" given as "400 planned" or "400 and counting" loses its "more than" as "exact" would.
    problems = problems_after(project, "claims.yaml", "            bound: more than\n", f"            bound: {bound}\n")
    assert problems == [f"{BRIEFING}/claims.yaml:16: figure 400 (Taliban fighters wounded) is given as '{bound}', but "
                        "the passages cited for it say \"more than 400\" (write `bound: more than`, as the source "
                        "qualifies it)"]


@pytest.mark.parametrize(("unit", "named"), [("km", "kilometres"), ("USD", "dollars"), ("miles", "miles")])
def test_a_structured_figure_in_a_unit_its_passage_does_not_give_is_refused(unit: str, named: str, project: Path):
    # "660,000 active personnel" is no distance nor sum: a table's unit is stated as prose's "1,600 km" is.
    problems = problems_after(project, "comparisons.yaml", "        unit: personnel\n", f"        unit: {unit}\n")
    assert f"{BRIEFING}/comparisons.yaml:13: figure 660000 (Active personnel) is given in {named}, which the passages " \
           "cited for it do not give it in (write the source's unit, or cite a passage that gives the figure in yours; " \
           "a conversion is a figure the " \
           "source does not state)" in problems


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("an example it reprints its own report", "an example it reprints its most serious report",
     '`body`: superlative "most serious": no passage it cites uses it'),
    ("a suicide bomber struck a Shia mosque", "a suicide bomber struck the most important Shia mosque",
     '`body`: superlative "most important": no passage it cites uses it'),
])
def test_a_superlative_in_two_words_is_held_to_the_passages(old: str, new: str, expected: str, project: Path):
    # "The most serious" ranks as "the worst" does; "most analysts", "at most" and "the most recent" do not.
    problems = problems_after(project, "background.yaml", old, new)
    assert len(problems) == 1 and expected in problems[0], problems


def test_most_that_ranks_nothing_builds(project: Path):
    assert problems_after(project, "background.yaml", "Many analysts, not named, point to",
                          "Many analysts, not named, point at most to") == []


def test_most_for_many_is_a_proportion_widened_not_a_superlative(project: Path):
    # "Most analysts" for "Many analysts" ranks nothing, but says more than half of them: the proportion is refused
    problems = problems_after(project, "background.yaml", "Many analysts, not named, point to",
                              "Most analysts, not named, point to")
    assert len(problems) == 1 and "'Most analysts'" in problems[0] and "superlative" not in problems[0], problems


@pytest.mark.parametrize(("file", "old", "new", "expected"), [
    ("timeline.yaml", "  - when: Thursday night", "  - when: Thursday morning",
     'timeline.yaml:21: `when`: time "Thursday morning" is not in the passages it cites'),
    ("briefing.yaml", "by Friday morning its Defense Minister", "by Friday evening its Defense Minister",
     'briefing.yaml:5: `summary`: time "Friday evening" is not in the passages it cites'),
    ("timeline.yaml", "  - when: Decades ago", "  - when: Centuries ago",
     'timeline.yaml:3: `when`: time "Centuries" is not in the passages it cites'),
    ("briefing.yaml", "Hours before the airstrikes, Afghan Taliban", "Days earlier, Afghan Taliban",
     'briefing.yaml:6: `summary`: time "Days" is not in the passages it cites'),
    ("comparisons.yaml", "withdrew in summer 2021.", "withdrew in spring 2021.",
     'comparisons.yaml:56: `text`: time "spring" is not in the passages it cites'),
])
def test_a_time_word_dating_something_is_held_to_the_passages(file, old, new, expected, project: Path):
    # "Thursday night" made "Thursday morning", "decades ago" made "centuries ago": no figure changed, but the
    # time did, as surely as a changed date.
    problems = problems_after(project, file, old, new)
    assert len(problems) == 1 and problems[0].startswith(f"{BRIEFING}/{expected}"), problems


@pytest.mark.parametrize(("file", "old", "new"), [
    ("timeline.yaml", "  - when: Decades ago", "  - when: Two decades ago"),  # a figure: checked as one
    ("comparisons.yaml", "withdrew in summer 2021.", "withdrew in the summer of 2021."),
    ("briefing.yaml", "Hours before the airstrikes, Afghan Taliban", "Hours earlier, Afghan Taliban"),
])
def test_a_time_word_the_passage_backs_builds(file, old, new, project: Path):
    problems = problems_after(project, file, old, new)
    assert not any("time \"" in p for p in problems), problems
