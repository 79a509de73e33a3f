"""A new user's English briefing from a long document of their own, where every honest sentence must build: a measles
outbreak (1,240 cases, up from 310) and a disputed vaccine study, a preprint not yet peer reviewed
(tests/fixtures/newuser_72/: a health reporter's ~1,500 words, with a ministry, a parents' group, the study's authors,
the WHO, a confidence interval, quotations of each side and a correction of the number of deaths), briefed in every
kind of content following only the README.

What the new editor met, and what now reads it:
- "the number of cases rose by 300%" and "four times as many cases in 2025 as a year earlier" citing "1,240 confirmed
  cases of measles in 2025, up from 310" were refused: a year between a level and its "up from" hid the change's two
  ends (direction.py), and a multiple said of a rise's two ends was read of two figures the sentence names only
  (explainer/change_multiples.py).
- "more than twice as many cases" citing "more than double the 24,000" was refused: "twice" is now a multiple as
  "two times" is, and a passage's "double", "tripled", "fourfold" back the same multiple with the same bound
  (change_multiples.py, computed.py).
- "children younger than ten" citing "children under the age of ten" was refused as moving the figure: "under the age
  of" is a bound (qualifiers.py).
- "The Voss study is posted online as a preprint" citing "posted online in March as a preprint and has not yet been
  peer reviewed" was refused as dropping the hedge: "preprint" keeps it (unverified.py).
- "The parents' group says 600 families ..." citing "Dr Brandt said the ministry could not confirm the parents'
  group's claim that 600 families" was given to Dr Brandt: "X's claim that" gives X the words (speakers.py).
- "The ministry's report gives 3 deaths, not 4" was refused as stating the corrected 4 as current (revised.py).
- "Coverage of 87% falls short of the WHO's target of at least 95%" was refused as stating a recommendation as
  settled: a target leaves the figure open, unless the sentence tells it reached (proposed_figures.py).

And a misstatement that built: a relative risk told as absolute, "cut the absolute risk of a seizure by two-thirds"
citing "cut the relative risk of a seizure by two-thirds", "The vaccine triples the absolute risk" citing "a threefold
rise in risk" (explainer/risk_kinds.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_72"

PARTIES = (Party(id="ministry", name="Ministry of Health of Valdoria", short_name="The ministry", role="government",
                 aliases=("the health ministry", "Rafael Ostrander", "Ostrander", "Lucia Brandt", "Dr Brandt",
                          "Brandt")),
           Party(id="parents", name="Families for Informed Choice", short_name="The parents' group",
                 role="campaign group", aliases=("Martin Keller", "Keller", "Mr Keller", "the parents' group")),
           Party(id="authors", name="The study's authors", short_name="The authors", role="researchers",
                 aliases=("Helena Voss", "Dr Voss", "Voss", "Institute for Paediatric Research")),
           Party(id="who", name="World Health Organization", short_name="The WHO", role="UN agency", aliases=("WHO",)))

CASES = ("Valdoria recorded 1,240 confirmed cases of measles in 2025, up from 310 a year earlier, the country's health "
         "ministry said on Tuesday, the largest outbreak the country has seen in more than two decades.")
FELL = "Valdoria recorded 310 confirmed cases of measles in 2025, down from 1,240 a year earlier, the ministry said."
REGION = ("It said the region as a whole recorded 58,000 cases, more than double the 24,000 reported in 2024.")
TRIPLED = "The ministry said the number of clinics offering the vaccine tripled in the north."
CHILDREN = ("The figures, published in the ministry's annual communicable disease report, show that most of the cases "
            "were in children under the age of ten, and that 212 people were admitted to hospital.")
PREPRINT = "It was posted online in March as a preprint and has not yet been peer reviewed."
UNVERIFIED = "Rebels seized the airport on Tuesday, though this could not be independently verified."
THREEFOLD = ("The parents' group has described this as a threefold rise in risk. But the authors point out that the "
             "absolute risk remains very small.")
DESCRIBED = "The parents' group has described this as a threefold rise in risk."
ABSOLUTE = '"The absolute increase is about two extra seizures for every 10,000 doses," Dr Voss said.'
CLAIM = ("Dr Brandt said the ministry could not confirm the parents' group's claim that 600 families had withdrawn "
         "their children from the school campaign.")
DEATHS = ("Correction: An earlier version of this article said that measles had led to 4 deaths in Valdoria in 2025. "
          "The ministry's report gives the number of deaths as 3.")
COVERAGE = ("According to the ministry, 87% of children had received both doses of the measles vaccine by their second "
            "birthday in 2025. The World Health Organization recommends coverage of at least 95% to stop the virus "
            "from spreading in a community.")
SPACING = ("The authors reported that a change in the dosing schedule introduced in 2022, which spaced the two doses "
           "further apart, cut the relative risk of a seizure by two-thirds.")

HONEST = {
    # a rise's size as a share of its start, a year between the level and its "up from"
    "rose-300": ("The number of cases rose by 300% in a year, according to the health ministry.", (CASES,)),
    "rise-of-300": ("That is a rise of 300% in a year, the ministry says.", (CASES,)),
    "rose-300-to": ("Cases rose by 300%, to 1,240, the ministry said.", (CASES,)),
    "quadrupled": ("Measles cases in Valdoria quadrupled in 2025, to 1,240 from 310 the year before.", (CASES,)),
    # a multiple of a rise's two ends
    "four-times-as-many": ("There were four times as many cases in 2025 as a year earlier, the ministry said.",
                           (CASES,)),
    "four-times-named": ("The ministry counted 1,240 cases last year, four times the 310 of the year before.",
                         (CASES,)),
    # "twice", and a passage's "double"
    "more-than-twice": ("The region recorded more than twice as many cases as in 2024, the WHO said.",
                        (REGION,)),
    "more-than-twice-named": ("The region's 58,000 cases were more than twice the 24,000 of 2024, the WHO said.",
                              (REGION,)),
    "more-than-doubled": ("Cases in the region more than doubled, to 58,000 from 24,000, the WHO said.", (REGION,)),
    "three-times-tripled": ("The ministry said there were three times as many clinics offering the vaccine in the "
                            "north.",
                            (TRIPLED,)),
    # an age's bound
    "younger-than": ("Most of those infected were children younger than ten, and 212 were admitted to hospital.",
                     (CHILDREN,)),
    "under-the-age-of": ("Most of those infected were under the age of ten.", (CHILDREN,)),
    # a preprint is a paper not yet peer reviewed
    "preprint": ("The Voss study was posted online as a preprint in March.", (PREPRINT,)),
    "not-peer-reviewed": ("The study, which has not yet been peer reviewed, was posted online in March.", (PREPRINT,)),
    # whose words
    "voss-said": ("In absolute terms the vaccine adds about two seizures for every 10,000 doses, Dr Voss said.",
                  (ABSOLUTE,)),
    "authors-point-out": ("The authors point out that the absolute risk remains very small.", (THREEFOLD,)),
    "group-calls": ("The parents' group calls it a threefold rise in risk.", (THREEFOLD,)),
    "groups-claim": ("The parents' group says 600 families have pulled their children out of the school campaign.",
                     (CLAIM,)),
    # a corrected figure named wrong
    "not-4": ("The ministry's report gives 3 deaths, not 4.", (DEATHS,)),
    "rather-than-4": ("Measles killed 3 people in 2025 rather than 4, the ministry's report says.", (DEATHS,)),
    "3-deaths": ("Measles killed 3 people in Valdoria in 2025, according to the ministry's report.", (DEATHS,)),
    # a target is a figure to reach
    "short-of-target": ("Coverage of 87% falls short of the WHO's target of at least 95%.", (COVERAGE,)),
    "not-reached-target": ("Valdoria has not reached the WHO's target of at least 95%.", (COVERAGE,)),
    "recommends": ("The WHO recommends coverage of at least 95%; Valdoria's was 87% in 2025.", (COVERAGE,)),
    # the kind of risk kept, or not named
    "relative-kept": ("Spacing the doses further apart cut the relative risk of a seizure by two-thirds.", (SPACING,)),
    "kind-unnamed": ("Spacing the doses further apart cut the risk of a seizure by two-thirds, the authors reported.",
                     (SPACING,)),
    "threefold-relative": ("The relative risk rose threefold, the parents' group says.", (DESCRIBED,)),
    "absolute-no-size": ("The absolute increase is small, about two extra seizures per 10,000 doses, Dr Voss said.",
                         (ABSOLUTE,)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []


MISSTATED = {
    "rose-400": ("The number of cases rose by 400%.", (CASES,), 'figure "400%" is not in the passages'),
    "fell-300": ("The number of cases fell by 300%.", (CASES,), 'figure "300%" is not in the passages'),
    "five-times": ("There were five times as many cases in 2025 as a year earlier.", (CASES,),
                   'figure "five" is not in the passages'),
    "four-times-of-a-fall": ("There were four times as many cases in 2025 as a year earlier.", (FELL,),
                             'figure "four" is not in the passages'),
    "twice-bare": ("The region recorded twice as many cases in 2025 as in 2024.", (REGION,),
                   'figure "twice" is not in the passages'),
    "three-times": ("The region recorded three times as many cases in 2025 as in 2024.", (REGION,),
                    'figure "three" is not in the passages'),
    "twice-of-tripled": ("The ministry said there were twice as many clinics offering the vaccine in the north.",
                         (TRIPLED,), 'figure "twice" is not in the passages'),
    "older-than": ("Most of those infected were children older than ten.", (CHILDREN,),
                   'figure "older than ten" contradicts "under the age of ten"'),
    "peer-reviewed": ("The study has been peer reviewed.", (PREPRINT,), "this sentence drops the negation"),
    "posted-as-fact": ("The study was posted online in March.", (PREPRINT,),
                       "the source gives this only as 'has not yet been peer reviewed'"),
    "unverified-as-fact": ("Rebels seized the airport on Tuesday.", (UNVERIFIED,),
                           "the source gives this only as 'could not be independently verified'"),
    "group-said-absolute": ("The parents' group said the absolute increase is about two extra seizures for every "
                            "10,000 doses.", (ABSOLUTE,), "this sentence gives the words to The parents' group"),
    "authors-described": ("The authors described this as a threefold rise in risk.", (THREEFOLD,),
                          "this sentence gives the words to The authors"),
    "4-deaths": ("Measles killed 4 people in Valdoria in 2025.", (DEATHS,), "this sentence states 4 as current"),
    "4-not-3": ("The ministry's report gives 4 deaths, not 3.", (DEATHS,), "this sentence states 4 as current"),
    "target-reached": ("Valdoria reached the WHO's target of at least 95% in 2025.", (COVERAGE,),
                       "this sentence states 95% as settled"),
    "target-met": ("Valdoria met its goal of at least 95% coverage.", (COVERAGE,),
                   "this sentence states 95% as settled"),
    "absolute-two-thirds": ("Spacing the doses further apart cut the absolute risk of a seizure by two-thirds.",
                            (SPACING,), "this sentence gives a change of the absolute risk ('by two-thirds'), but its "
                                        "cited passages give its size to no absolute risk"),
    "absolute-triples": ("The vaccine triples the absolute risk of a seizure.", (THREEFOLD,),
                         "this sentence gives a change of the absolute risk ('triples')"),
    "absolute-threefold": ("The absolute risk of a seizure rose threefold after vaccination.", (THREEFOLD,),
                           "this sentence gives a change of the absolute risk ('threefold')"),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    found = sentence_findings(sentence, passages, "en", PARTIES)
    assert any(message in finding for finding in found), found


def test_the_briefing_builds(tmp_path: Path):
    """The whole briefing builds: its background, timeline, table, claims, quotes, caveats and a log with a
    correction, the sentences the editor wrote first (300%, four times as many, the preprint, 3 deaths not 4) kept."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "measles-study" / "index.html").read_text(encoding="utf-8")
    for words in ("the number of cases rose by 300%", "four times as many cases in 2025 as a year earlier",
                  "younger than ten", "The Voss study is posted online as a preprint.", "gives 3 deaths, not 4",
                  "falls short of the WHO's target of at least 95%", "more than twice as many cases"):
        assert words in page, words
