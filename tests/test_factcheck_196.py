"""A drug-safety briefing's misses (tests/fixtures/newuser_119, the LEFTOVER list of tests/test_newuser_119.py):

1. A figure a side only reports, told as fact: "The vaccine is 82% effective." citing "The company reported an efficacy
   of 82% against RSV disease confirmed in hospital ..." built, sharing no long word with it but the figure
   (explainer/reported_figures.py). "The company reports that ...", "According to the company, ...", "..., the
   company reported." build.
2. A group's count told as fact: "At least 14 people have reported nerve damage after vaccination with Corvexa."
   citing "The group says at least 14 people have reported nerve damage ..." built ("have reported" read as saying
   whose word it is; reported_figures.py reads the people counted reporting as no one's word). "The Alliance has 6,500
   members" and "..., the news report said" citing "The Alliance, which says it has 6,500 members, plans ..." built:
   relative_words.py ended the clause at the thousands comma of "6,500", and read the outlet's own "the news report
   said" as someone's word.
3. A reason turned: "Dr Ingrid Sovik said the licence was suspended as a punishment." citing her "We have suspended
   this licence as a precaution" built (explainer/measure_reasons.py); a passage's "This is not a punishment" is no
   backing either. "..., not as a punishment" builds.
4. A speaker's judgement turned: "Dr Berg said the relative risk was small." citing "Dr Berg said the relative risk of
   4.5 was striking but that the absolute risk was small" built: risk_sizes.py reads no figure between the risk and
   its size, nor "striking" as a size (explainer/risk_judgements.py).
5. One arm's number told as the whole trial's: "The trial enrolled 7,100 adults, half of whom received the vaccine."
   citing "The trial enrolled 14,200 adults aged 60 and over: 7,100 received the vaccine and 7,100 received a placebo"
   built (explainer/trial_totals.py); "The Agency's analysis, which excludes 23 late cases, gives an efficacy of 68%."
   citing "The Agency's own analysis, which counts 23 cases that the company excluded as late reports, gives ..."
   built (explainer/exclusion_owners.py).

Each with honest twins that must build: other verbs of reporting, word orders, "according to", "said", "estimates".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from explainer.model import Party
from support import checked_fixture_project, error_lines, found_in_language
from test_newuser_119 import (EFF, FIXTURE, N2, N6, N7, N8, N9, N11, N12, RECALL, S5, SOV, TRIAL, found)

PARTIES = (Party(id="maker", name="Velora Pharma", short_name="Velora", role="drug maker", aliases=("the company",)),
           Party(id="union", name="Nurses United", short_name="the union", role="trade union", aliases=("the union",)),
           Party(id="regulator", name="Drug Safety Board", short_name="the Board", role="regulator",
                 aliases=("the Board",)))

MISSTATED = {
    # 1. a side's reported figure
    "reported-82": ("The vaccine is 82% effective.", EFF, "give only as the word of the company"),
    # 2. a group's count, told as fact
    "group-14": ("At least 14 people have reported nerve damage after vaccination with Corvexa.", N2,
                 "give only as the word of the group"),
    "members": ("The Alliance has 6,500 members.", N11, "give only as the word of the Alliance"),
    "members-news-said": ("The Alliance has 6,500 members, the news report said.", N11,
                          "give only as the word of the Alliance"),
    # 3. a reason turned
    "punishment": ("Dr Ingrid Sovik said the licence was suspended as a punishment.", SOV,
                   "gives as a punishment ('as a punishment')"),
    "punishment-closing": ("The suspension was a punishment, Dr Sovik said.", SOV, "gives as a punishment"),
    # 4. a speaker's judgement turned
    "relative-small": ("Dr Berg said the relative risk was small.", N7, "where its cited passages judge it large"),
    "relative-low": ("Dr Berg said the relative risk of 4.5 was low.", N7, "where its cited passages judge it large"),
    "called-small": ("Dr Berg called the relative risk small.", N7, "where its cited passages judge it large"),
    # 5. an arm's number as the whole trial's; the excluding given to the party that counts
    "arm-as-trial": ("The trial enrolled 7,100 adults, half of whom received the vaccine.", TRIAL,
                     "gives 7,100 as the whole trial's, but its cited passages give the trial 14,200"),
    "arm-as-trial-recruited": ("The trial recruited 7,100 adults aged 60 and over.", TRIAL, "as the whole trial's"),
    "excludes": ("The Agency's analysis, which excludes 23 late cases, gives an efficacy of 68%.", EFF,
                 "gives 'excludes 23' to the party that its cited passages say counts them"),
}

HONEST = {
    # 1.
    "reports-that": ("The company reports that the vaccine is 82% effective.", EFF),
    "according-to-company": ("According to the company, the vaccine is 82% effective.", EFF),
    "company-reported-closing": ("The vaccine is 82% effective, the company reported.", EFF),
    "company-puts": ("The company puts the vaccine's efficacy at 82%.", EFF),
    "by-its-count": ("The vaccine is 82% effective by the company's count.", EFF),
    "company-claims": ("The company claims an efficacy of 82%.", EFF),
    "reported-by": ("An efficacy of 82% was reported by the company.", EFF),
    "company-figure": ("The company's figure is 82%; the Agency's is 68%.", EFF),
    "experts-say": ("The gap between the company's 82% and the Agency's 68% turns mostly on 23 late cases, "
                    "experts say.", N6),
    # 2.
    "alliance-says": ("The Alliance says at least 14 people have reported nerve damage.", N2),
    "alliance-said-had": ("The Alliance said at least 14 people had reported nerve damage.", N2),
    "according-to-alliance": ("At least 14 people have reported nerve damage, according to the Patients First "
                              "Alliance.", N2),
    "group-says-closing": ("At least 14 people have reported nerve damage after vaccination, the group says.", N2),
    "alliance-reports": ("The Alliance reports at least 14 cases of nerve damage after vaccination.", N2),
    "alliance-says-members": ("The Alliance says it has 6,500 members.", N11),
    "alliance-claims-members": ("The Alliance, which claims 6,500 members, plans a protest on 2 April.", N11),
    "says-members-news-said": ("The Alliance says it has 6,500 members, the news report said.", N11),
    "regulator-data": ("Pharmacies have returned about 41,000 doses from the recalled batches.", N8),
    "returned-agency-said": ("About 41,000 doses have been returned from the recalled batches, the Agency said.", N8),
    "shares": ("Halden's shares fell 11% on the day the suspension was announced.", N9),
    "clinics": ("Clinics have cancelled about 2,000 appointments a week since the suspension.", N12),
    "doses": ("About 310,000 doses have been given since September 2026.", RECALL),
    # 3.
    "precaution": ("Dr Ingrid Sovik said the licence was suspended as a precaution.", SOV),
    "not-punishment": ("Dr Sovik said the licence was suspended as a precaution, not as a punishment.", SOV),
    "rather-than-penalty": ("The suspension is a precaution rather than a penalty, Dr Sovik said.", SOV),
    "recall-precaution": ("Halden says the recall is a precaution.", S5),
    # 4.
    "relative-striking": ("Dr Berg said the relative risk of 4.5 was striking.", N7),
    "relative-high": ("Dr Berg said the relative risk was high.", N7),
    "absolute-low": ("Dr Berg said the absolute risk was low.", N7),
    "both": ("Dr Berg said the relative risk was large but the absolute risk was small.", N7),
    "called-striking": ("Dr Berg called the relative risk of 4.5 striking.", N7),
    "described-small": ("Dr Berg described the absolute risk as small.", N7),
    "striking-closing": ("The relative risk was striking, Dr Berg said, though the absolute risk was small.", N7),
    # 5.
    "whole": ("The trial enrolled 14,200 adults.", TRIAL),
    "each-arm": ("The trial enrolled 7,100 adults in each arm.", TRIAL),
    "per-arm": ("The trial enrolled 7,100 adults per arm.", TRIAL),
    "of-whom": ("The trial enrolled 14,200 adults, 7,100 of whom received the vaccine.", TRIAL),
    "included-half": ("The CORA-3 trial included 14,200 adults, half given the vaccine.", TRIAL),
    "counts-excluded": ("The Agency counts 23 cases that the company excluded.", EFF),
    "company-which-excludes": ("Unlike the company's analysis, which excludes 23 late cases, the Agency's gives 68%.",
                               EFF),
    "figure-excludes": ("The company's figure of 82% excludes 23 cases the Agency counts.", EFF),
    "rather-than": ("The Agency found an efficacy of 68% rather than 82%.", EFF),
    "below": ("The Agency's analysis puts efficacy at 68%, below 82%.", EFF),
}


@pytest.mark.parametrize("sentence, cited, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, cited: tuple[str, str], message: str):
    findings = found(sentence, cited)
    assert any(message in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, cited", HONEST.values(), ids=HONEST.keys())
def test_an_honest_paraphrase_builds(sentence: str, cited: tuple[str, str]):
    assert found(sentence, cited) == []


# 1, 3, 5 beyond the fixture: another briefing's sides, a regulator's data, other words
@pytest.mark.parametrize("sentence, passage, words", [
    ("The drug cuts hospital stays by 30%.", "The company says the drug cuts hospital stays by 30%.",
     "word of the company"),
    ("Some 1,200 staff have left the wards this year.", "The union said 1,200 staff had left the wards this year.",
     "word of the union"),
    ("The ward was closed as a punishment.", "The Board closed the ward as a precaution.", "gives as a punishment"),
    ("The study enrolled 400 patients.", "The study enrolled 800 patients: 400 took the drug and 400 a placebo.",
     "as the whole trial's"),
    ("The drug cuts hospital stays by 30%, the company says.", "The company says the drug cuts hospital stays by 30%.",
     ""),
    ("Velora estimates that the drug cuts hospital stays by 30%.",
     "The company says the drug cuts hospital stays by 30%.", ""),
    ("Hospital stays fell by 30%.", "In the trial, the Board said, hospital stays fell by 30%.", ""),
    ("The ward was closed as a precaution, not a punishment.", "The Board closed the ward as a precaution.", ""),
    ("The study enrolled 400 patients in each group.", "The study enrolled 800 patients: 400 took the drug and 400 a "
     "placebo.", ""),
])
def test_beyond_the_fixture(sentence: str, passage: str, words: str):
    findings = found_in_language("en", sentence, passage, PARTIES)
    if words:
        assert any(words in finding for finding in findings), findings
    else:
        assert findings == [], findings


def test_the_build_names_a_reported_figure_told_as_fact(tmp_path: Path):
    """The fixture's summary, telling the company's reported efficacy as fact, is refused by file and line."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    briefing = desk / "content" / "vaccine-licence" / "briefing.yaml"
    text = briefing.read_text(encoding="utf-8")
    honest = "Its own analysis of the trial gives an efficacy of 68%, against the company's 82%."
    assert honest in text, text
    briefing.write_text(text.replace(honest, "The vaccine is 82% effective.", 1), encoding="utf-8")
    result = run_build(desk, "check")
    assert result.code == 1, result.err
    assert any(line.startswith("content/vaccine-licence/briefing.yaml:") and "a figure (82%)" in line
               and "the word of the company" in line for line in error_lines(result)), result.err
