"""A twenty-second fact-check: a correction note's wrong figure given a speaker ("The army said 40" citing "14, rather
than 40 as initially reported"); a report's absence told as a fact ("killed no one" for "no casualties were
reported", the real briefing's Tarar passage); a span of time changed ("in the month after" for "in the week
after"); a finding "disputed" told as "accepted", a recall that "stands" told as "withdrawn"; "Before the airstrikes"
citing "airstrikes ..., soon after which" (the real briefing's all-out-war passage); an estimate told as paid ("cost"
for "will cost", "is estimated to cost"); "unchanged" told as "rose", "raised" or "extended"; a mediator said to side
with one party; "Halden's tests" for "tests by the agency"; a starting level told as the level reached ("fell to
12%" for "fell from 12% to 9%"). Each is checked both ways: the misstatement is refused on its line with what is
wrong, and honest wordings build, among them two that were refused: "Not all of the refugees returned" citing "Most
of the refugees returned" (as adding a negation), and "Pakistan launched airstrikes ... before its Defense Minister
declared" citing "airstrikes ..., soon after which Pakistan's Defense Minister ... declared" (read as putting the
minister after himself)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import Sentence, SentencesChecked, assert_summary_outcome, minimal_project


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck22") / "project")


@pytest.fixture(scope="module")
def checked(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root, [Sentence(given, written) for given, written, _ in CASES + WORDS])


def _ids(cases):
    return [f"{written[:45]} ({given[:25]})" for given, written, *_ in cases]


RATHER_THAN = "Officials said 14 soldiers died, rather than 40 as initially reported."
TARAR = ("Pakistan’s Information Minister Attaullah Tarar said Pakistani Taliban militants attempted to deploy drones "
         "against targets within Pakistan, but air defense systems intercepted them and no casualties were reported.")

ALL_OUT_WAR = ("Overnight, Pakistan launched airstrikes across Afghanistan, including targets in the capital of Kabul, "
               "soon after which Pakistan's Defense Minister Khawaja Asif by Friday morning declared an \"all-out war\" "
               "between the two countries.")
DIZZINESS = ("The share of patients reporting dizziness fell from 12% to 9% after the label change, a drop of 3 "
             "percentage points.")
AGENCY = "Tests by the agency found the impurity in six batches, Halden said."
QATAR = "Qatar, which mediated the talks, called on both sides to show restraint."
LIMIT = "The acceptable daily limit was unchanged after the review in March."
COST = "Halden said the recall will cost between EUR 18 million and EUR 25 million."

CASES = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    # named once, by set_aside_figures.py, since factcheck_149 (revised.py named a cited passage's too)
    (RATHER_THAN, "The army said 40 soldiers died.",
     "figure \"40\" is one the passages this sentence cites set aside (\"14 soldiers died, rather than 40\"), not "
     "one they give: \"The army said 40 soldiers died.\" (give the figure the source stands by, or say this one was "
     "set aside)"),
    (RATHER_THAN, "Officials reported that 40 soldiers died.", 'figure "40" is one the passages'),
    # honest: the earlier figure said to be earlier; a speaker the source names for the wrong figure
    (RATHER_THAN, "It was initially reported that 40 soldiers died.", "ok"),
    (RATHER_THAN, "Officials said 14 soldiers died, not the 40 first reported.", "ok"),
    ("Harbor said 2,970 stores. The correct figure is 2,790.", "Harbor said it had 2,970 stores.", "ok"),

    (TARAR, "Tarar said air defense systems intercepted the drones, which killed no one.",
     "this sentence tells as fact ('killed no one') what its cited passages give only as not reported ('no casualties "
     "were reported'): \"Tarar said air defense systems intercepted the drones, which killed no one.\" (say that none "
     "were reported, as the source does, or cite a passage that says there were none)"),
    (TARAR, "Air defense systems intercepted the drones, and no one was hurt.",
     "tells as fact ('no one was hurt') what its cited passages give only as not reported"),
    ("There were no reports of casualties after the blast at the market.", "The blast at the market caused no casualties.",
     "tells as fact ('caused no casualties') what its cited passages give only as not reported ('There were no "
     "reports of casualties')"),
    # honest: the report kept; an absence a passage says as fact
    (TARAR, "Air defense systems intercepted the drones, and no casualties were reported.", "ok"),
    (TARAR, "Air defense systems intercepted the drones without reported casualties.", "ok"),
    ("The drones were intercepted and no one was hurt; no damage was reported.",
     "The drones were intercepted and no one was hurt.", "ok"),

    ("Complaints doubled in the week after the recall.", "Complaints doubled in the month after the recall.",
     "this sentence says 'in the month after the recall' where its cited passages say 'in the week after the recall': "
     "\"Complaints doubled in the month after the recall.\" (keep the span of time the source gives, or cite a passage "
     "that gives this one)"),
    ("Protests grew in the days before the vote.", "Protests grew in the weeks before the vote.",
     "says 'in the weeks before the vote' where its cited passages say 'in the days before the vote'"),
    # honest: the span kept in other words; a span of another event
    ("Complaints doubled in the week after the recall.", "Complaints doubled in the week following the recall.", "ok"),
    ("Complaints doubled in the weeks after the recall.", "Complaints doubled in the first week after the recall.", "ok"),
    ("Complaints doubled in the week after the recall and fell in the month after the vote.",
     "Complaints fell in the month after the vote.", "ok"),

    ("The company disputes the agency's findings on the impurity.",
     "The company accepts the agency's findings on the impurity.",
     "this sentence says 'accepts' where its cited passages say 'disputes' ('The company disputes the agency's "
     "findings on the impurity')"),
    ("The recall of six batches stands, the agency said on Monday.",
     "The agency said the recall of six batches was withdrawn on Monday.",
     "this sentence says 'withdrawn' where its cited passages say 'stands' ('The recall of six batches stands')"),
    # honest: the same status in other words; "stands at" is no measure standing
    ("The company disputes the agency's findings on the impurity.",
     "The company contests the agency's findings on the impurity.", "ok"),
    ("The company disputes the agency's method but accepts the findings on the impurity.",
     "The company accepts the agency's findings on the impurity.", "ok"),
    ("The recall of six batches stands, the agency said on Monday.",
     "The agency said on Monday that the recall of six batches remains in place.", "ok"),
    ("Turnout stands at 40 per cent after the recall was withdrawn.", "The recall was withdrawn; turnout stands at 40 per cent.",
     "ok"),

    (ALL_OUT_WAR, "Before the airstrikes, Khawaja Asif declared an all-out war between the two countries.",
     "this sentence says 'Before the airstrikes' where its cited passages say 'the capital of Kabul, soon after "
     "which': \"Before the airstrikes, Khawaja Asif declared an all-out war between the two countries.\" (keep the "
     "order the source gives, or cite a passage that gives this one)"),
    ("The army shelled the border post, after which the talks in Doha collapsed.",
     "The talks in Doha collapsed before the army shelled the border post.",
     "where its cited passages say 'shelled the border post, after which'"),
    # honest: the order kept; what follows "after which" is not what it follows (refused before)
    (ALL_OUT_WAR, "Soon after the airstrikes, Khawaja Asif declared an all-out war between the two countries.", "ok"),
    (ALL_OUT_WAR, "Pakistan launched airstrikes across Afghanistan before its Defense Minister declared an all-out war.",
     "ok"),

    (COST, "Halden said the recall cost between EUR 18 million and EUR 25 million.",
     "this sentence tells as done ('cost') what its cited passages give only as to come ('will cost'): \"Halden said "
     "the recall cost between EUR 18 million and EUR 25 million.\" (keep the source's 'will', or cite a passage that "
     "says it happened)"),
    ("The recall is estimated to cost Halden EUR 25 million.", "The recall cost Halden EUR 25 million.",
     "tells as done ('cost') what its cited passages give only as possible ('is estimated to cost')"),
    # honest: the estimate kept; a cost a passage tells as paid; "will appeal for calm" is no estimate
    (COST, "Halden said the recall would cost between EUR 18 million and EUR 25 million.", "ok"),
    (COST, "Halden expects the recall to cost between EUR 18 million and EUR 25 million.", "ok"),
    (COST, "The recall will cost Halden up to EUR 25 million.", "ok"),
    ("The recall cost Halden EUR 25 million last year and will cost more this year.",
     "The recall cost Halden EUR 25 million last year.", "ok"),

    (LIMIT, "The acceptable daily limit was raised after the review in March.",
     "this sentence says 'raised' where its cited passages say 'unchanged' ('The acceptable daily limit was unchanged "
     "after the review in March'): \"The acceptable daily limit was raised after the review in March.\" (keep it "
     "unchanged, as the source does, or cite a passage that gives the change)"),
    (LIMIT, "The acceptable daily limit rose after the review in March.", "says 'rose' where its cited passages say"),
    ("The deadline for the recall was left unchanged after the review in March.",
     "The deadline for the recall was extended after the review in March.", "says 'extended'"),
    ("Interest rates held steady at 4% in March, the central bank said.", "The central bank cut interest rates in March.",
     "says 'cut' where its cited passages say 'held steady'"),
    # honest: no change in other words, or a change denied; a change of another thing, or one a passage tells
    (LIMIT, "The acceptable daily limit stayed the same after the review in March.", "ok"),
    (LIMIT, "The acceptable daily limit was not raised after the review in March.", "ok"),
    (LIMIT, "Complaints rose after the review in March.", "ok"),
    ("The acceptable daily limit was unchanged, but the deadline for the recall was extended in March.",
     "The deadline for the recall was extended in March.", "ok"),

    (QATAR, "Qatar, the mediator, sided with Afghanistan.",
     "this sentence has Qatar take a side ('sided with') where its cited passages give it as mediating ('mediated'): "
     "\"Qatar, the mediator, sided with Afghanistan.\" (keep the mediator neutral, as the source does, or cite a "
     "passage that says it took a side)"),
    (QATAR, "Qatar backed Afghanistan in the talks.", "has Qatar take a side ('backed')"),
    (QATAR, "Pakistan, backed by Qatar, called for restraint.", "has Qatar take a side ('backed')"),
    # honest: the mediator kept neutral; a side a passage says it took; another body's side
    (QATAR, "Qatar, which mediated the talks, called for restraint.", "ok"),
    ("Qatar, which mediated the talks, backed Pakistan's call for a ceasefire.",
     "Qatar backed Pakistan's call for a ceasefire.", "ok"),
    ("The talks were mediated by Qatar, and the United States backed Pakistan.", "The United States backed Pakistan.",
     "ok"),

    (AGENCY, "Halden's tests found the impurity in six batches.",
     "this sentence says 'Halden's tests' where its cited passages say 'Tests by the agency': \"Halden's tests found the "
     "impurity in six batches.\" (give the work to whom the source gives it, or cite a passage that gives it this way)"),
    ("Tests carried out by the agency found the impurity in six batches; Halden disputes them.",
     "Halden's own tests found the impurity in six batches.",
     "says 'Halden's own tests' where its cited passages say 'Tests carried out by the agency'"),
    # honest: the maker kept; a name the source does not give; the name's own tests; a maker of the name's
    (AGENCY, "The agency's tests found the impurity in six batches, Halden said.", "ok"),
    ("Tests by the agency found the impurity in six batches.", "Halden's tests found the impurity in six batches.",
     "ok"),
    ("Tests by the agency found the impurity in six batches; Halden's tests found it in two.",
     "Halden's tests found the impurity in two batches.", "ok"),
    ("Tests by the Halden laboratory found the impurity in six batches.",
     "Halden's tests found the impurity in six batches.", "ok"),

    (DIZZINESS, "The share of patients reporting dizziness fell to 12% after the label change.",
     "this sentence gives 12% as a level reached ('fell to 12%') where its cited passages give it as the starting level "
     "('from 12% to 9%'): \"The share of patients reporting dizziness fell to 12% after the label change.\" (give the "
     "level it reached, or say it started there (\"from ...\"), as the source does)"),
    (DIZZINESS, "The share of patients reporting dizziness rose to 12% after the label change.",
     "gives 12% as a level reached ('rose to 12%')"),
    ("Sales rose from $4 billion to $5 billion in 2025.", "Sales reached $4 billion in 2025.",
     "gives $4 billion as a level reached ('reached $4 billion')"),
    # honest: the level reached; the start said as a start; a level a passage also gives as reached
    (DIZZINESS, "The share of patients reporting dizziness fell to 9% after the label change.", "ok"),
    (DIZZINESS, "After the label change, the share of patients reporting dizziness dropped to 9% from 12%.", "ok"),
    ("Sales rose from $4 billion to $5 billion in 2025, after falling to $4 billion in 2024.",
     "Sales fell to $4 billion in 2024.", "ok"),

    # honest: a part said as less than all
    ("Most of the refugees returned to Kabul in March.", "Not all of the refugees returned to Kabul in March.", "ok"),
    ("Nearly all of the refugees returned to Kabul in March.", "Not every refugee returned to Kabul in March.", "ok"),
    # still refused: "not all" where the source says all
    ("All of the refugees returned to Kabul in March.", "Not all of the refugees returned to Kabul in March.",
     "this sentence adds a negation to its cited passage"),
]


@pytest.mark.parametrize("given,written,outcome", CASES, ids=_ids(CASES))
def test_a_misstatement_is_refused_and_an_honest_wording_builds(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


WORDS = [
    # every word the README lists for these checks
    ("The company contests the agency's findings on the impurity.",
     "The company accepts the agency's findings on the impurity.", "says 'accepts' where its cited passages say"),
    ("The recall of six batches remains in place, the agency said.", "The agency said the recall of six batches was revoked.",
     "says 'revoked' where its cited passages say 'remains in place'"),
    ("The recall of six batches stands, the agency said.", "The agency said the recall of six batches was rescinded.",
     "says 'rescinded'"),
    ("The recall of six batches stands, the agency said.", "The agency said the recall of six batches was called off.",
     "says 'called off'"),
    ("Halden said the drones were intercepted; no deaths have been reported.",
     "Halden said the drones were intercepted without casualties.", "tells as fact ('without casualties')"),
    ("Sales fell by half in the hours after the recall.", "Sales fell by half in the days after the recall.",
     "says 'in the days after the recall'"),
    ("Sales fell by half in the years following the recall.", "Sales fell by half in the months following the recall.",
     "says 'in the months following the recall'"),
    ("The acceptable daily limit remained unaltered after the review in March.",
     "The acceptable daily limit fell after the review in March.", "says 'fell' where its cited passages say 'unaltered'"),
    ("The acceptable daily limit stayed the same after the review in March.",
     "The acceptable daily limit was lowered after the review in March.", "says 'lowered'"),
    ("The acceptable daily limit remained the same after the review in March.",
     "The acceptable daily limit was reduced after the review in March.", "says 'reduced'"),
    (LIMIT, "The acceptable daily limit increased after the review in March.", "says 'increased'"),
    (LIMIT, "The acceptable daily limit decreased after the review in March.", "says 'decreased'"),
    (LIMIT, "The acceptable daily limit grew after the review in March.", "says 'grew'"),
    (LIMIT, "The acceptable daily limit dropped after the review in March.", "says 'dropped'"),
    ("The deadline for the recall was left unchanged after the review in March.",
     "The deadline for the recall was shortened after the review in March.", "says 'shortened'"),
    ("A study conducted by the agency found the impurity in six batches, Halden said.",
     "Halden's study found the impurity in six batches.", "says 'Halden's study'"),
    ("An analysis run by the agency found the impurity in six batches, Halden said.",
     "Halden's analysis found the impurity in six batches.", "says 'Halden's analysis'"),
    ("A review commissioned by the agency found the impurity in six batches, Halden said.",
     "Halden's review found the impurity in six batches.", "says 'Halden's review'"),
    ("A survey by the agency found the impurity in six batches, Halden said.",
     "Halden's survey found the impurity in six batches.", "says 'Halden's survey'"),
    ("An audit by the agency found the impurity in six batches, Halden said.",
     "Halden's audit found the impurity in six batches.", "says 'Halden's audit'"),
    ("A report by the agency found the impurity in six batches, Halden said.",
     "Halden's report found the impurity in six batches.", "says 'Halden's report'"),
    ("Findings by the agency found the impurity in six batches, Halden said.",
     "Halden's findings found the impurity in six batches.", "says 'Halden's findings'"),
    ("An investigation by the agency found the impurity in six batches, Halden said.",
     "Halden's investigation found the impurity in six batches.", "says 'Halden's investigation'"),
    ("An assessment by the agency found the impurity in six batches, Halden said.",
     "Halden's assessment found the impurity in six batches.", "says 'Halden's assessment'"),
    ("An inquiry by the agency found the impurity in six batches, Halden said.",
     "Halden's inquiry found the impurity in six batches.", "says 'Halden's inquiry'"),
    ("A trial by the agency found the impurity in six batches, Halden said.",
     "Halden's trial found the impurity in six batches.", "says 'Halden's trial'"),
    ("Research by the agency found the impurity in six batches, Halden said.",
     "Halden's research found the impurity in six batches.", "says 'Halden's research'"),
    ("Sales rose from $4 billion to $5 billion in 2025.", "Sales dropped sharply to $4 billion in 2025.",
     "('dropped sharply to $4 billion')"),
    ("Qatar is mediating between the two sides.", "Qatar took the side of Afghanistan.", "('took the side of')"),
    ("Qatar offered mediation between the two sides.", "Qatar took sides with Afghanistan.", "('took sides with')"),
    ("Qatar, the mediator, called for restraint.", "Qatar favoured Afghanistan.", "('favoured')"),
    ("Qatar, one of the mediators, called for restraint.", "Qatar favored Afghanistan.", "('favored')"),
    ("Many of the refugees returned to Kabul in March.", "Not all of the refugees returned to Kabul in March.", "ok"),
    ("Some of the refugees returned to Kabul in March.", "Not all of the refugees returned to Kabul in March.", "ok"),
    ("A majority of the refugees returned to Kabul in March.", "Not all of the refugees returned to Kabul in March.",
     "ok"),
    # a verb whose past is its plain form, read since a present told as a fact is (tests/test_factcheck_69.py)
    ("The recall could set Halden back EUR 25 million.", "The recall set Halden back EUR 25 million.",
     "tells as done ('set')"),
]


@pytest.mark.parametrize("given,written,outcome", WORDS, ids=_ids(WORDS))
def test_each_word_the_readme_lists(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)
