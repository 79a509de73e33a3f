"""An English briefing written from scratch, as the README tells a new editor to: a city suing a chemical company
over contaminated groundwater, from four sources the editor wrote (tests/fixtures/newuser_27/seeds/): the city's
complaint ("not less than $86 million", "38 to 112 parts per trillion", "for more than 30 years", a "$12 million"
settlement offer rejected "as it would not cover even a quarter of the cost"), the company's statement ("denied
today", "more than four decades"), the state regulator's report ("The Department found that ...", "about 2.6 square
miles") and a local paper's story of the judge's ruling ("Its claims are timely", "raised water rates by 14 per
cent", a class action "alleging that ...").

What the new editor met, writing some 90 sentences the way an editor does: five honest ones refused. "For more than
three decades" citing "for more than 30 years" and "over forty years" citing "more than four decades" ('figure
"three" is not in the passages'), as a span in decades was never the same span in years; "..., the state found."
told as fact, as only "found that" said whose finding it was; "would have covered less than a quarter" citing "would
not cover even a quarter" as a negation dropped; and "ruling that the city's claims were timely" as someone's word
worded as fact, the judge's "Its claims are timely" read as a claimant's "claims". And misstatements built: "112
parts per billion" citing "112 parts per trillion" (a thousand times the figure: no unit of concentration was read),
"Water rates went down 14%" citing "raised water rates by 14 per cent" (a verb that raises something was no rise;
now read where "by" gives the change, as "tax cuts worth £5bn" gives none), and
"The contamination has cut the value of their homes by as much as a fifth" citing "a class action, alleging that
..." (a hedge dropped: "alleging" was nobody's word).

Refused as they should be, with a message that says what to do: a conversion ("roughly two kilometres" for "1.2
miles"), a figure computed from two ("28 times that limit", "two-thirds of the wells"), "September 2024" resting on
the story's dateline until it is cited, and a `when` of "May 2024" for the story's "in May".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with


FIXTURE = REPO / "tests" / "fixtures" / "newuser_27"
BRIEFING = "content/ashford-water/briefing.yaml"
BACKGROUND = "content/ashford-water/background.yaml"
CLAIMS = "content/ashford-water/claims.yaml"
COMPARISONS = "content/ashford-water/comparisons.yaml"
QUOTES = "content/ashford-water/quotes.yaml"
TIMELINE = "content/ashford-water/timeline.yaml"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the groundwater-lawsuit project, checked once, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def test_the_lawsuit_briefing_builds(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "ashford-water" / "index.html").read_text(encoding="utf-8")
    assert "more than three decades" in page and "$86" in page and "parts per trillion" in page
    assert "What was wrong" in (desk / "site" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("sentence", [
    "for more than three decades",
    "for over forty years",
    "matched the samples near the lagoons, the state found",
    "The offer would have covered less than a quarter",
    "ruling that the city's claims were timely",
], ids=["three-decades", "forty-years", "the-state-found", "less-than-not-even", "claims-as-a-noun"])
def test_an_honest_sentence_once_refused_builds(desk: Path, sentence: str):
    result = run_build(desk, "check")
    assert sentence not in result.err
    assert result.code == 0, result.err


# Each misstatement as an edit of the fixture: (file, the honest words, the misstatement, a piece of its refusal).
MISSTATEMENTS = {
    "damages-bound-dropped": (BRIEFING, "at least $86 million in damages", "$86 million in damages",
                              'leaves out the qualifier of "not less than $86 million"'),
    "only-source": (BRIEFING, "the plant was the most likely principal source", "the plant was the only source",
                    "'only source'"),
    "judge-dismissed": (BRIEFING, "a judge let the case go to trial", "a judge dismissed the case", "'dismissed'"),
    "four-decades": (BRIEFING, "more than three decades", "more than four decades", 'figure "four"'),
    "miles": (BACKGROUND, "The plant stands about 1.2 miles", "The plant stands about 2.1 miles", 'figure "2.1"'),
    "residents": (BACKGROUND, "some 61,000 residents", "some 16,000 residents", 'figure "16,000"'),
    "year-stopped": (BACKGROUND, "at Ridge Road in 2012", "at Ridge Road in 2002", 'figure "2002"'),
    "range-end": (BACKGROUND, "held PFAS at 38 to 112 parts", "held PFAS at 38 to 121 parts", 'figure "121"'),
    "parts-per-billion": (BACKGROUND, "held PFAS at 38 to 112 parts per trillion",
                          "held PFAS at 38 to 112 parts per billion", "given in parts per billion"),
    "limit": (BACKGROUND, "The federal limit is 4 parts", "The federal limit is 40 parts", 'figure "40"'),
    "highest": (BACKGROUND, "The highest reading, 1,450 parts", "The highest reading, 14,500 parts",
                'figure "14,500"'),
    "estimate-told-exact": (BACKGROUND, "covers an estimated 2.6 square miles", "covers exactly 2.6 square miles",
                            'leaves out the qualifier of "about 2.6"'),
    "square-kilometres": (BACKGROUND, "covers an estimated 2.6 square miles",
                          "covers an estimated 2.6 square kilometres", "given in square kilometres"),
    "share": (BACKGROUND, "roughly 40% of its drinking water", "roughly 60% of its drinking water", 'figure "60%"'),
    "a-month-for-a-year": (BACKGROUND, "costs it $1.9 million a year", "costs it $1.9 million a month",
                           "given per month"),
    "treatment-plant": (BACKGROUND, "would cost about $48 million", "would cost about $84 million",
                        'figure "$84 million"'),
    "rise-as-fall": (BACKGROUND, "Water rates went up 14% in July", "Water rates went down 14% in July",
                     'figure "14%" is given as a fall'),
    "employees": (BACKGROUND, "employs around 1,100 people", "employs around 11,500 people", 'figure "11,500"'),
    "monitoring-wells": (BACKGROUND, "in just two monitoring wells", "in just twelve monitoring wells",
                         'figure "twelve"'),
    "order-date": (BACKGROUND, "by the end of June 2024", "by the end of July 2024", 'date "July 2024"'),
    "motion-month": (BACKGROUND, "In May, Calder asked", "In March, Calder asked", 'month "March"'),
    "weekday": (BACKGROUND, "On Monday, Judge Helen Marsh", "On Friday, Judge Helen Marsh", 'day "Friday"'),
    "trial-year": (BACKGROUND, "start on 14 April 2025", "start on 14 April 2026", 'date "14 April 2026"'),
    "class-action-as-fact": (BACKGROUND,
                             "Some homeowners say in a separate class action that the contamination has cut",
                             "The contamination has cut", "('alleging')"),
    "misquote": (BACKGROUND, 'said the ruling was "an important step', 'said the ruling was "a decisive step',
                 'quoted words "a decisive step'),
    "bottled-water-year": (BACKGROUND, "Since October 2023, the state", "Since October 2022, the state",
                           'date "October 2022"'),
    "finding-as-fact": (BACKGROUND, "near the lagoons, the state found[^b-match].", "near the lagoons[^b-match].",
                        "only as the word of the Department"),
    "finding-passive": (BACKGROUND, "near the lagoons, the state found[^b-match].",
                        "near the lagoons, it was found[^b-match].", "only as the word of the Department"),
    "decades-unqualified": (BACKGROUND, "for over forty years", "for forty years",
                            'leaves out the qualifier of "more than four"'),
    "decades-no-whole-number": (BACKGROUND, "for over forty years", "for over forty-five years",
                                'figure "forty-five"'),
    "less-than-another-amount": (BACKGROUND, "would have covered less than a quarter",
                                 "would have covered less than a half", "drops the negation"),
    "claim-reported": (CLAIMS, "says: The city alleges that Calder dumped PFAS-laden wastewater into unlined lagoons "
                               "for over 30 years.\n        status: claim",
                       "says: Calder dumped PFAS-laden wastewater into unlined lagoons for over 30 years.\n"
                       "        status: reported", "('alleges')"),
    "claim-figure": (CLAIMS, "{measure: Compensatory damages sought, value: 86,",
                     "{measure: Compensatory damages sought, value: 68,", "figure 68"),
    "claim-bound": (CLAIMS, 'value: 20, unit: "%", bound: up to}', 'value: 20, unit: "%", bound: at least}',
                    "write `bound: up to`"),
    "table-value": (COMPARISONS, "calder: {value: 7.4,", "calder: {value: 4.7,", "figure 4.7"),
    "table-columns-swapped": (COMPARISONS, "ashford: {value: 86, bound: at least, cite: [c-damages]}\n"
                                           "          calder: {value: 12, cite: [c-offer]}",
                              "ashford: {value: 12, cite: [c-offer]}\n"
                              "          calder: {value: 86, bound: at least, cite: [c-damages]}",
                              "is given for City of Ashford"),
    "quote-speaker": (QUOTES, "speaker: Maria Okafor", "speaker: Laura Chen", "not to Laura Chen"),
    "timeline-date": (TIMELINE, "  - when: March 4, 2024\n    date: 2024-03-04",
                      "  - when: March 4, 2024\n    date: 2024-03-05", "`date` 2024-03-05"),
    "timeline-year": (TIMELINE, '  - when: "2012"', '  - when: "2011"', 'figure "2011"'),
}


@pytest.mark.parametrize("file, honest, wrong, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_misstatement_is_refused(desk: Path, file: str, honest: str, wrong: str, named: str):
    edit(desk / file, honest, wrong)
    refused_with(desk, f"{file}:", named)


@pytest.mark.parametrize("passage, sentence", [
    ("It has operated for more than 30 years.", "It has operated for more than three decades."),
    ("It has operated for more than four decades.", "It has operated for over 40 years."),
], ids=["years-as-decades", "decades-as-years"])
def test_a_span_in_decades_is_the_span_in_years(passage: str, sentence: str):
    from explainer.attribution import Cited, check_item_text

    assert not check_item_text(sentence, [Cited(passage, "en")], "en")


@pytest.mark.parametrize("passage, sentence", [
    ("It has operated for more than 35 years.", "It has operated for more than three decades."),
    ("It has 30 wells.", "It has operated for three decades."),
    ("It has operated for more than three decades.", "It has 30 wells."),
], ids=["no-whole-decade", "years-of-nothing", "wells-are-no-years"])
def test_a_span_in_decades_backs_nothing_else(passage: str, sentence: str):
    from explainer.attribution import Cited, check_item_text

    assert check_item_text(sentence, [Cited(passage, "en")], "en")


@pytest.mark.parametrize("text, way", [
    ("The council raised water rates by 14% in July.", "rise"),
    ("The company cut its forecast by about 14%.", "fall"),
    ("Tax cuts worth 14% of revenue.", "none"),
    ("A cost-cutting programme expected to save about 14% a year.", "none"),
    ("A reduced fare of 14% off.", "none"),
], ids=["raised-by", "cut-by", "cuts-noun", "cost-cutting", "reduced-adjective"])
def test_a_verb_making_a_rise_or_fall_gives_one_only_by_a_figure(text: str, way: str):
    from explainer.direction import directions

    assert [found[3] for found in directions(text, "en")] == [way]
