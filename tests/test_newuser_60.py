"""An English briefing written from scratch by a new editor, as the README's "A project of your own" tells it: a
professional cyclist's doping case before a sports tribunal, from a wire agency's report of ~1,700 words
(tests/fixtures/newuser_60/seeds/: "4.2 nanograms per millilitre", a ban of "four years" cut "to two", "CHF 20,000",
dates, quotations of the agency, the rider, his lawyer and his team, and a correction of the ban's start date).

The editor paraphrased: "4 years", "20,000 Swiss francs", "said", "told", "according to", pronouns, passives, two
passages in one sentence. Five honest sentences were refused, now built: "The tribunal cuts the ban to 2 years"
citing "reduced the ban ... from four years to two" (the second figure of a change is in the first's unit:
explainer/carried_units.py); the agency's CHF 50,000 in its column citing "the CHF 50,000 that the agency had sought",
"the agency" being one of its aliases (explainer/alias_names.py); "a ban of 12 months at most" citing "no more than 12
months" (qualifiers.py reads "at most" after a figure); "saying the violation was intentional" citing "arguing that
the violation was intentional" (open_qualifiers.py reads "saying", "stating", "insisting" as someone's word); "the
decision is to be published" citing "would publish" (possible_done.py and future_as_past.py read a participle after
"be" as still to come).

Then misstatements of the same source, each citing one passage, checked in-process (support.sentence_findings). On
the code before this work these built besides: "cleared" for a ban cut (explainer/cleared_penalties.py), a positive
test told of the rider's team (explainer/positive_tests.py), nanograms told as micrograms (measures.py's units) and a
short clause's negation dropped, "He has raced since" citing "He has not raced since" (polarity.py: the same words
but the negation). Not read (see the branch's report): "the agency told the panel that ..." told as fact (a party
named by its lowercase noun is read as a neutral body's word), "had intended to cheat" citing "the rider had not
intended to cheat" of Ferrandi, "our doctors never gave it to him" told as given ("gave" is read as giving
information), "roughly one in three" told without "roughly".
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.attribution import Cited
from explainer.model import Party
from explainer.numbers import Quantity, units_given
from explainer.owners import misplaced_figure
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_60"

RIDER = Party(id="rider", name="Matteo Ferrandi", short_name="Ferrandi", role="rider",
              aliases=("Paolo Rinaldi", "the rider"))
AGENCY = Party(id="agency", name="Alpine Anti-Doping Agency", short_name="AADA", role="anti-doping agency",
               aliases=("Sabine Kroll", "the agency"))
TEAM = Party(id="team", name="Team Corvex-Halden", short_name="Corvex-Halden", role="the rider's team",
             aliases=("Jonas Eberhardt", "the team"))
TRIBUNAL = Party(id="tribunal", name="International Sports Tribunal", short_name="The tribunal", role="tribunal",
                 aliases=("the panel",))
PARTIES = (RIDER, AGENCY, TEAM, TRIBUNAL)

P_CUT = ("The International Sports Tribunal on Tuesday reduced the doping ban of Italian cyclist Matteo Ferrandi from "
         "four years to two, finding that the rider had not intended to cheat but had been negligent in checking a "
         "supplement he took during the Tour of the Dolomites last June.")
P_SAMPLE = ("His urine sample contained trimetazidine, a heart medication banned at all times under the World "
            "Anti-Doping Code, at a concentration of 4.2 nanograms per millilitre (ng/mL).")
P_NOTIFIED = ("The AADA notified Ferrandi of the positive test on August 8, 2025, and provisionally suspended him from "
              "that day. He has not raced since.")
P_ASKED = "Rinaldi said the rider had asked for a ban of no more than 12 months, arguing that he bore no significant fault."
P_SOUGHT = "The agency had asked the tribunal for the maximum sanction of four years, arguing that the violation was intentional."
P_PUBLISH = "The agency said it would publish the full decision, with the rider's medical details removed, within 30 days."
P_FINE = ("The panel said the fine of CHF 20,000 was below the CHF 50,000 that the agency had sought, taking into "
          "account the rider's income of about CHF 180,000 a year.")
P_UPHELD = "The panel upheld the two-year ban and the fine."
P_LIFTED = "The appeals division lifted the ban, and the rider was cleared of any fault."

HONEST = {
    "cut-to-two-years": ("The tribunal cut the ban to 2 years.", P_CUT),
    "cut-from-4-to-2": ("The tribunal cut Ferrandi's doping ban from 4 years to 2.", P_CUT),
    "cut-in-words": ("The tribunal reduced his ban from four years to two.", P_CUT),
    "twelve-months-at-most": ("Rinaldi said the rider had asked for a ban of 12 months at most.", P_ASKED),
    "no-more-than": ("Rinaldi said the rider asked for no more than 12 months.", P_ASKED),
    "saying-intentional": ("The agency wanted the maximum sanction of 4 years, saying the violation was intentional.",
                           P_SOUGHT),
    "arguing-intentional": ("The agency sought 4 years, arguing that the violation was intentional.", P_SOUGHT),
    "to-be-published": ("The decision is to be published in full within 30 days.", P_PUBLISH),
    "will-be-published": ("The agency says the decision will be published within 30 days.", P_PUBLISH),
    "nanograms": ("His sample held 4.2 nanograms of the drug per millilitre.", P_SAMPLE),
    "ng-per-ml": ("His sample held 4.2 ng/mL of trimetazidine.", P_SAMPLE),
    "rider-tested-positive": ("Ferrandi tested positive for trimetazidine.", P_SAMPLE + " " + P_NOTIFIED),
    "the-rider-tested-positive": ("The rider tested positive for trimetazidine.", P_SAMPLE + " " + P_NOTIFIED),
    "he-tested-positive": ("He tested positive for trimetazidine.", P_SAMPLE + " " + P_NOTIFIED),
    "not-raced": ("He has not raced since.", P_NOTIFIED),
    "ban-reduced-not-cleared": ("The tribunal reduced the ban but did not clear him.", P_CUT),
    "cleared-where-lifted": ("The rider was cleared.", P_LIFTED),
    "hopes-to-be-cleared": ("Ferrandi hopes to be cleared on appeal.", P_CUT),
    "cleared-the-way": ("The ruling cleared the way for his return after 2 years.", P_CUT),
}

MISSTATED = {
    "cleared": ("The tribunal cleared Ferrandi of doping.", P_CUT,
                "this sentence says 'cleared' where its cited passages give a penalty that stands, 'reduced'"),
    "was-cleared": ("Ferrandi was cleared by the tribunal.", P_CUT, "says 'cleared' where"),
    "exonerated": ("The panel exonerated the rider.", P_UPHELD, "says 'exonerated' where"),
    "team-tested-positive": ("Team Corvex-Halden tested positive for trimetazidine.", P_SAMPLE + " " + P_NOTIFIED,
                             "this sentence tells a positive test of Team Corvex-Halden, whom its cited passages "
                             "never name"),
    "the-team-tested-positive": ("The team tested positive for trimetazidine.", P_SAMPLE + " " + P_NOTIFIED,
                                 "tells a positive test of The team"),
    "team-failed-a-test": ("Corvex-Halden failed a doping test.", P_SAMPLE + " " + P_NOTIFIED,
                           "tells a positive test of Corvex-Halden"),
    "micrograms": ("His sample held 4.2 micrograms per millilitre of the drug.", P_SAMPLE,
                   'figure "4.2" is given in micrograms'),
    "raced-since": ("He has raced since.", P_NOTIFIED, "drops the negation of its cited passage"),
    "two-months": ("The tribunal cut the ban to 2 months.", P_CUT, 'figure "2" is given in months'),
    "three-years": ("The tribunal cut the ban to 3 years.", P_CUT, 'figure "3" is not in'),
    "at-most-dropped": ("Rinaldi said the rider had asked for a ban of 12 months.", P_ASKED,
                        'figure "12" leaves out the qualifier of "no more than 12"'),
    "intentional-as-fact": ("The violation was intentional.", P_SOUGHT,
                            "this sentence gives 'intentional' as fact where its cited passages leave it open"),
    "published-as-done": ("The decision was published in full.", P_PUBLISH,
                          "this sentence tells as done ('published')"),
}


def test_the_briefing_builds(tmp_path: Path):
    """The briefing an editor wrote from the README alone builds: background, timeline, comparisons, claims, quotes,
    caveats and a log with a correction of the ban's start date."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "ferrandi-ban" / "index.html").read_text(encoding="utf-8")
    for words in ("20,000 Swiss francs", "4.2 nanograms per millilitre", "Correction", "What was wrong:",
                  "We said the ban ran from March 3, 2026", "Two years is still a very heavy price for a mistake"):
        assert words in page, words


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("text, language, given", [
    ("reduced the ban from four years to two, finding", "en", (2, "year")),
    ("cut from 48 months to 24.", "en", (24, "month")),
    ("réduit la suspension de quatre ans à deux.", "fr", (2, "year")),
    ("from 4.2 ng/mL to 3.9 in the B sample", "en", (Decimal("3.9"), "nanogram")),
])
def test_a_changes_second_figure_is_in_the_first_ones_unit(text: str, language: str, given: tuple):
    assert (Quantity(Decimal(given[0])), given[1]) in units_given(text, language)


@pytest.mark.parametrize("text, figure", [
    ("rose from 4 years in 2024 to 5", 5), ("from four riders to two teams", 2), ("from 4 years to 2 months", 2)])
def test_a_figure_after_another_word_takes_no_carried_unit(text: str, figure: int):
    assert (Quantity(Decimal(figure)), "year") not in units_given(text, "en")


@pytest.mark.parametrize("passage, party, named", [
    (P_FINE, AGENCY, ""),  # "the agency", an alias of its own: its column
    ("The panel said the fine was below the CHF 50,000 that the rider had sought.", AGENCY, "International Sports Tribunal"),
    ("The panel said the rider offered the agency CHF 50,000.", AGENCY, "International Sports Tribunal"),  # its object
])
def test_a_partys_lowercase_alias_names_it_in_a_table(passage: str, party: Party, named: str):
    """An alias written as the subject of a verb names its party; one a verb acts on names no one giving a figure."""
    assert misplaced_figure(party, (AGENCY, RIDER, TRIBUNAL), [Cited(passage, "en")]) == named
