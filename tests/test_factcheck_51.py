"""A fifty-first fact-check: English misstatements a fact-checker found by probing, round 2.

Each built before: a fine only proposed told as imposed or paid ("Northland was fined $3 million" citing "the
regulator proposed a fine of $3 million"; explainer/stages.py read the Portuguese "multou", "foi paga" but no English
word of a penalty decided); a share under half told as most ("Most voters backed the plan" citing "Some 38% of
voters backed the plan"; explainer/proportions.py read "a third" or "nearly half" against "most", but no figure); a
stage moved ("The dam was completed in 2019" citing "Work on the dam began in 2019", "The bill became law" citing
"The bill passed the House and now goes to the Senate": stages.py had no ladder of works, nor a law in force); a
period narrowed ("The company cut 1,200 jobs in 2025" citing "... over 2024 and 2025": explainer/spans.py), where
"over" two joined years was read as a bound on the first ("more than 2024": explainer/qualifiers.py); a fraction in
words against a fraction in words ("Exports fell by half" citing "Exports fell by a third": explainer/fractions_said.py
held a fraction only to percentages).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"))
FINE = "The regulator proposed a fine of $3 million."
FURTHER = "this sentence takes it further ("
VOTERS = "Some 38% of voters backed the plan."
MEMBERS = "Some 38% of members voted for it."
SHARE = "this sentence says '"
DAM = "Work on the dam began in 2019 and is due to be completed in 2025."
BILL = "The bill passed the House and now goes to the Senate."
JOBS = "The company cut 1,200 jobs over 2024 and 2025."
REFUGEES = "Southland received 40,000 refugees between 2022 and 2023."
EXPORTS = "Exports fell by a third."
STRIKE = "A third of the workers joined the strike."

MISSTATED = {
    "fine-paid": ("The fine was paid.", FINE, FURTHER),
    "fined": ("Northland was fined $3 million.", FINE, FURTHER),
    "ban-imposed": ("The ban on night flights was imposed.", "The council is considering a ban on night flights.",
                    FURTHER),
    "tariffs-imposed": ("Southland imposed tariffs on steel.", "Southland is weighing tariffs on steel.", FURTHER),
    "most-of-38-percent": ("Most voters backed the plan.", VOTERS, "this sentence says 'Most voters' where its cited "
                                                                   "passages say 'Some 38% of voters'"),
    "a-majority-of-38-percent": ("A majority of members voted for it.", MEMBERS, SHARE),
    "majority-of-41-per-cent": ("The majority of nurses backed the strike.",
                                "About 41 per cent of nurses backed the strike.", SHARE),
    "most-of-a-decimal-share": ("Most voters backed the plan.", "Some 38.5% of voters backed the plan.", SHARE),
    "dam-completed": ("The dam was completed in 2019.", "Work on the dam began in 2019.",
                      "this sentence takes it further ('completed') than its cited passages do ('Work on the dam "
                      "began')"),
    "bridge-finished": ("The bridge was finished in 2021.", "Construction of the bridge started in 2021.", FURTHER),
    "bill-became-law": ("The bill became law.", BILL, "this sentence takes it further ('became law') than its cited "
                                                      "passages do ('passed the House')"),
    "treaty-in-force": ("The treaty entered into force.",
                        "The Senate approved the treaty, which now goes to the president.", FURTHER),
    "jobs-in-one-year": ("The company cut 1,200 jobs in 2025.", JOBS, "this sentence gives its figure to 2025 alone "
                                                                     "where its cited passages give it over '2024 and "
                                                                     "2025'"),
    "refugees-in-one-year": ("Southland received 40,000 refugees in 2023.", REFUGEES, "this sentence gives its figure"),
    "by-half-for-a-third": ("Exports fell by half.", EXPORTS, 'this sentence says "by half" where its cited passages '
                                                             'say "by a third"'),
    "half-of-for-a-third-of": ("Half of the workers joined the strike.", STRIKE,
                               'this sentence says "Half" where its cited passages say "A third"'),
    "jobs-in-a-fiscal-year": ("In 2024, the company cut 1,200 jobs.", "The company cut 1,200 jobs in 2024-25.",
                              "this sentence gives its figure to 2024 alone where its cited passages give it over "
                              "'2024-25'"),
}


@pytest.mark.parametrize("sentence, passage, what", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused_in_one_line(sentence: str, passage: str, what: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(what) and "\n" not in message for message in found), found


HONEST = {
    "fine-proposed": ("The regulator proposed a $3 million fine.", FINE),
    "faces-a-proposed-fine": ("Northland faces a proposed fine of $3 million.", FINE),
    "could-be-fined": ("Northland could be fined $3 million.", FINE),
    "paid-for-jets": ("Northland paid $3 million for the jets.",
                      "Northland is considering buying more jets; it paid $3 million for the first two."),
    "fine-paid-as-cited": ("Northland paid the fine.", "Northland paid the $3 million fine the regulator imposed."),
    "a-minority": ("A minority of voters backed the plan.", VOTERS),
    "the-share-kept": ("Some 38% of voters backed the plan.", VOTERS),
    "48-percent-may-round": ("Most voters backed the plan.", "Some 48% of voters backed the plan."),
    "more-than-40-percent": ("Most voters backed the plan.", "More than 40% of voters backed the plan."),
    "work-began": ("Work on the dam began in 2019.", DAM),
    "due-to-be-completed": ("The dam is due to be completed in 2025.", DAM),
    "not-yet-completed": ("The dam is not yet completed.", "Work on the dam began in 2019."),
    "talks-are-no-works": ("Northland completed the talks in 2019.", "Talks began in 2019."),
    "bill-passed-the-house": ("The bill passed the House.", BILL),
    "goes-to-the-senate": ("The bill now goes to the Senate.", BILL),
    "law-as-cited": ("The bill became law in May.", "The bill passed the Senate and became law in May."),
    "jobs-over-both-years": ("The company cut 1,200 jobs over 2024 and 2025.", JOBS),
    "jobs-in-both-years": ("The company cut 1,200 jobs in 2024 and 2025.", JOBS),
    "refugees-in-both-years": ("Southland took in 40,000 refugees in 2022 and 2023.", REFUGEES),
    "a-part-given-to-its-year": ("In 2025, the company cut 500 jobs.",
                                 "The company cut 1,200 jobs over 2024 and 2025, 500 of them in 2025."),
    "the-year-given-alone-too": ("The company cut 1,200 jobs in 2025.",
                                 "The company cut 1,200 jobs in 2025. It had cut 1,200 jobs over 2023 and 2024."),
    "by-a-third": ("Exports fell by a third.", EXPORTS),
    "by-about-a-third": ("Exports fell by about a third.", EXPORTS),
    "a-third-of-the-workers": ("A third of the workers joined the strike.", STRIKE),
    "by-half-of-a-half-year": ("Exports fell by half in the first half of the year.",
                               "Exports fell by half in the first half of the year."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []
