"""A seventy-first fact-check: misstatements other helpers found still building, and honest sentences still refused.

Built, misstating their passage: a lead told as a win by "was elected" (leads.py); a recount only requested told as
under way or agreed to (requests_done.py); talks to form a government told as governing (government_talks.py); a
release on bail named far after it told as freedom (custody.py); a period fronted before its figure ("In 2025, the
economy grew 5%" of a quarter's 5%; figure_periods.py); a capital's rise told "in the country" (scope.py); a majority
joined to a plurality (elections.py); a deed two parties did together given to one (joint_acts.py). Refused, though honest: two parties
compared in the other order, each keeping its own figure (swapped.py); "the first three months" of a "first quarter"
(year_parts.py); the time to serve of "5 years, 3 of them suspended" (remainders.py).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="labour", name="Labour Party", short_name="Labour", role="party"),
           Party(id="national", name="National Party", short_name="National", role="party"),
           Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"),
           Party(id="qatar", name="Qatar", short_name="Qatar", role="mediator"),
           Party(id="turkey", name="Turkey", short_name="Turkey", role="mediator"))

BAIL_FAR = ("Okafor, who was released from custody on Friday after a two-hour hearing at the district court, on bail, "
            "must wear an electronic tag.")
QUARTER = "The economy grew 5% in the first quarter of 2025."
SUSPENDED = "Okafor was sentenced to 5 years, 3 of them suspended."

MISSTATED = {
    "lead-as-elected": ("Labour's candidate was elected.", "Labour's candidate led in early counts.",
                        "the source gives this only as a lead ('led in'), but it is told as a win ('was elected')"),
    "recount-under-way": ("The recount is under way.", "National requested a recount.",
                          "this sentence tells the recount as under way ('recount is under way') where its cited "
                          "passages give it only as requested ('requested a recount')"),
    "recount-agreed": ("The commission agreed to a recount.", "National requested a recount.",
                       "this sentence tells the recount as granted ('agreed to a recount') where its cited passages "
                       "give it only as requested ('requested a recount')"),
    "inquiry-ordered": ("The minister ordered an inquiry.", "The opposition called for an inquiry.",
                        "this sentence tells the inquiry as granted ('ordered an inquiry')"),
    "talks-as-governing": ("Labour is the governing party.", "Labour is in talks to form a government.",
                           "this sentence tells a government as formed ('is the governing party') where its cited "
                           "passages give only talks to form one ('in talks to form')"),
    "talks-as-formed": ("Labour formed a coalition government.", "Labour is seeking to form a coalition government.",
                        "this sentence tells a government as formed ('formed a coalition government')"),
    "bail-named-far": ("Okafor was released from custody.", BAIL_FAR,
                       "this sentence tells as freed ('released') one its cited passages give as released on "
                       "conditions ('on bail')"),
    "year-fronted": ("In 2025, the economy grew 5%.", QUARTER,
                     'figure "5%" is given in 2025, but the passages this sentence cites give it for another period '
                     '("5% in the first quarter")'),
    "since-fronted": ("Since 2019, prices have risen 40%.", "Prices rose 40% in 2019.",
                      'figure "40%" is given since 2019, but the passages this sentence cites give it for another '
                      'period ("40% in 2019")'),
    "capital-as-country": ("House prices rose 6% in the country.", "House prices rose 6% in the capital.",
                           "this sentence widens to 'in the country' what its cited passages limit to 'in the "
                           "capital'"),
    "plurality-and-majority": ("Labour won a plurality of seats and a majority.", "Labour won a plurality of seats.",
                               "this sentence says 'won a plurality of seats and a majority' where its cited passages "
                               "give no majority ('a plurality')"),
    "plurality-as-majority": ("Labour won a majority.", "Labour won a plurality of seats.",
                              "this sentence says 'won a majority' where its cited passages give no majority"),
    "joint-deed-to-one": ("Qatar brokered the ceasefire.", "Qatar and Turkey brokered the ceasefire.",
                          "this sentence gives 'brokered' to Qatar alone where its cited passages give it to several "
                          "together ('Qatar and Turkey brokered')"),
    "joint-build-to-one": ("Southland built the bridge.", "Northland and Southland built the bridge in 2019.",
                           "this sentence gives 'built' to Southland alone"),
    # neighbours of the honest sentences below: the figures or the part changed
    "comparison-figures-swapped": ("Southland's 5.4% compared with Northland's 5.2%.",
                                   "Southland's 5.2% compared with Northland's 5.4%.", "this sentence names Southland"),
    "first-months-of-third-quarter": ("In the first three months of 2025 the economy grew 5%.",
                                      "The economy grew 5% in the third quarter of 2025.", 'figure "three"'),
    "last-months-of-third-quarter": ("In the last three months of 2025 the economy grew 5%.",
                                     "The economy grew 5% in the third quarter of 2025.", 'figure "three"'),
    "year-for-fronted-quarter": ("The economy grew 5% in 2025 as a whole.",
                                 "In the first quarter of 2025, the economy grew 5%.",
                                 'figure "5%" is given in 2025, but the passages this sentence cites give it for '
                                 'another period ("5% (in the first quarter)")'),
    "rest-miscounted": ("Okafor will serve 4 years in prison.", SUSPENDED, 'figure "4" is not in the passages'),
    "suspended-part-served": ("Okafor will serve 3 years in prison.", SUSPENDED, 'figure "3" is given in years'),
}


@pytest.mark.parametrize("sentence, passage, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_of_its_passage_is_refused(sentence: str, passage: str, message: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(finding.startswith(message) for finding in found), found


HONEST = {
    # the leads' neighbours
    "lead-kept": ("Labour's candidate led in early counts.", "Labour's candidate led in early counts."),
    "lead-paraphrased": ("Labour's candidate was ahead in early counts.", "Labour's candidate led in early counts."),
    "elected-given": ("Labour's candidate was elected.",
                      "Labour's candidate led in early counts and was elected on Sunday."),
    # the recount's
    "request-kept": ("National requested a recount.", "National requested a recount."),
    "request-paraphrased": ("National asked for a recount.", "National requested a recount."),
    "under-way-given": ("The recount is under way.", "A recount is under way after National requested one."),
    "agreed-given": ("The commission agreed to a recount.",
                     "The commission agreed to National's request for a recount."),
    # the government's
    "talks-kept": ("Labour is in talks to form a government.", "Labour is in talks to form a government."),
    "talks-paraphrased": ("Labour is negotiating to form a government.", "Labour is in talks to form a government."),
    "formed-given": ("Labour leads the government.", "Labour formed a government after weeks of coalition talks."),
    "would-govern": ("Labour would be the governing party if the talks succeed.",
                     "Labour is in talks to form a government, and would be the governing party if they succeed."),
    # the release's
    "bail-kept": ("Okafor was released from custody on bail.", BAIL_FAR),
    "tag-kept": ("Okafor was released and must wear an electronic tag.", BAIL_FAR),
    "bail-of-another": ("Okafor was released from custody.",
                        "Okafor was released from custody on Friday after a two-hour hearing at the district court, "
                        "and Lund remains on bail."),
    # the periods'
    "quarter-fronted": ("In the first quarter of 2025, the economy grew 5%.", QUARTER),
    "quarter-kept": ("The economy grew 5% in the first quarter of 2025.", QUARTER),
    "year-fronted-kept": ("In 2025, the economy grew 5%.", "The economy grew 5% in 2025."),
    "since-fronted-kept": ("Since 2019, prices have risen 40%.", "Prices have risen 40% since 2019."),
    "fronted-unperiodised-figure": ("In 2025, Acme said it has 12,000 staff.", "Acme said in 2025 that it has 12,000 staff."),
    # the scope's
    "capital-kept": ("House prices rose 6% in the capital.", "House prices rose 6% in the capital."),
    "country-given": ("House prices rose 6% in the country.", "House prices rose 6% across the country."),
    # the comparison's, the months' and the term's
    "compared-other-order": ("Northland's 5.4% compared with Southland's 5.2%.",
                             "Southland's 5.2% compared with Northland's 5.4%."),
    "compared-same-order": ("Southland's 5.2% compared with Northland's 5.4%.",
                            "Southland's 5.2% compared with Northland's 5.4%."),
    "first-three-months": ("In the first three months of 2025 the economy grew 5%.", QUARTER),
    "first-six-months": ("The economy grew 5% in the first six months of 2025.",
                         "The economy grew 5% in the first half of 2025."),
    "last-months-of-fourth-quarter": ("In the last three months of 2025 the economy grew 5%.",
                                      "The economy grew 5% in the fourth quarter of 2025."),
    "latest-three-months": ("The economy grew 5% in the last three months.",
                            "The economy grew 5% in the latest quarter."),
    "rest-to-serve": ("Okafor will serve 2 years in prison.", SUSPENDED),
    "rest-in-words": ("Okafor will serve the remaining two years.", SUSPENDED),
    "suspension-kept": ("Okafor was sentenced to 5 years, 3 of them suspended.", SUSPENDED),
    # the majority's
    "plurality-kept": ("Labour won a plurality of seats.", "Labour won a plurality of seats."),
    "plurality-no-majority": ("Labour won a plurality of seats but no majority.", "Labour won a plurality of seats."),
    "seats-and-majority": ("Labour won 52 of the 100 seats and a majority.", "Labour won 52 of the 100 seats."),
    # the joint deed's
    "joint-kept": ("Qatar and Turkey brokered the ceasefire.", "Qatar and Turkey brokered the ceasefire."),
    "helped": ("Qatar helped broker the ceasefire.", "Qatar and Turkey brokered the ceasefire."),
    "with-the-other": ("Qatar, with Turkey, brokered the ceasefire.", "Qatar and Turkey brokered the ceasefire."),
    "own-deed-beside": ("Qatar brokered the prisoner exchange.",
                        "Qatar and Turkey brokered the ceasefire, and Qatar brokered the prisoner exchange."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_rewording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
