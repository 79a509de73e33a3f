"""Misstatements that built in three new users' briefings (a doctors' strike, tests/fixtures/newuser_138's chemical
spill, tests/fixtures/newuser_134's libel case), now refused:

1. An average told as a floor: "Resident doctors at the trust earn at least £38,000 a year" citing "resident doctors
   at the trust earn on average £38,000 a year"; and a peak told as an average, and back: "Levels at the intake
   averaged 48 micrograms per litre" citing "levels of toluene at its intake peaked at 48 micrograms per litre"
   (explainer/figure_kinds.py).
2. Opposite states: "The judge said Okafor had been careful in his messages" citing 'She said Okafor had been
   "careless" in some messages'; "The Daily Courier said it was pleased by the ruling" citing "The Daily Courier said
   it was disappointed by the ruling"; "..., and the utility agrees" citing "The utility disputes the company's
   account" (explainer/opposite_states.py).
3. A quotation negated with no verb of saying: a claim of Dr Reyes's, 'The trust's offer is generous, not "an insult
   to doctors who kept this hospital running through the winter"', citing 'said the offer was "an insult to doctors
   ..."' (explainer/negated_bare_quotes.py, read by opposite_states.py).
4. A finding made only a condition of, told as made: "The regulator's investigation found Varn at fault" citing "the
   regulator may fine the company up to £2 million if it finds that Varn breached its permit"
   (explainer/conditional_findings.py, read by unanswered.py).
5. An award told as the sum sought: "Okafor was awarded £150,000, the damages he had sought" and "Okafor received all
   the damages he asked for" citing "awarded Okafor £150,000 in damages, less than the £400,000 Okafor had sought"
   (explainer/awards_as_sought.py).
6. An omission kept honest: "Ashcombe General Hospital said it treated 15 people" (its "none seriously" left out)
   builds; "several seriously" stays refused (harm_degrees.py).

Each with a twin on another topic, and honest twins that must build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO
from explainer.model import Party
from support import item_findings, minimal_project, one_sentence_checked, paragraph, read_as_project_locale, \
    sentence_findings

SPILL = (REPO / "tests" / "fixtures" / "newuser_138" / "seeds" / "spill.txt").read_text(encoding="utf-8")
RULING = (REPO / "tests" / "fixtures" / "newuser_134" / "seeds" / "okafor-ruling.txt").read_text(encoding="utf-8")
PAY = ("He said resident doctors at the trust earn on average £38,000 a year, and that one in five had applied for "
       "jobs abroad in the past year.")
PEAK = paragraph(SPILL, "peaked at 48")
REG = paragraph(SPILL, "opened an investigation")
DISPUTE = paragraph(SPILL, "disputes the company")
HOSPITAL = paragraph(SPILL, "15 people")
DAMAGES = paragraph(RULING, "Mrs Justice Harrow awarded")
CARELESS = paragraph(RULING, "The judge did not clear")
APPEAL = paragraph(RULING, "considering an appeal")
REYES = 'said the offer was "an insult to doctors who kept this hospital running through the winter"'
MARSH = '"We have made a fair offer within the budget we are given," said the trust\'s chief executive, Helen Marsh.'
KELLER = "In 2023, the winger Sam Keller sought £90,000 from a newspaper and was awarded £60,000."
PARTIES = (Party(id="okafor", name="Danny Okafor", short_name="Okafor", role="claimant"),
           Party(id="courier", name="Daily Courier", short_name="Courier", role="defendant",
                 aliases=("the paper", "the newspaper")),
           Party(id="varn", name="Varn Chemicals", short_name="Varn", role="plant owner", aliases=("the company",)),
           Party(id="utility", name="Leff Valley Water", short_name="the utility", role="water utility",
                 aliases=("the utility",)))

FLOOR, AVERAGE, PEAKED = "as a floor where", "as an average where", "as a peak where"
STATE = "whose opposite its cited passages tell"
NEGATES = "negates a quotation"
SAID_NOT = "puts 'not' before words"  # negated_quotes.py, where a verb of saying reports the speaker
CONDITION = "a condition of"
SOUGHT = "as the sum sought"
ALL_SOUGHT = "as all that was sought"


@pytest.fixture(autouse=True)
def english_locale(reading_without_project_locales):
    """Read English as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "en")


def found(sentence: str, *passages: str) -> list[str]:
    return sentence_findings(sentence, passages, "en", PARTIES)


REFUSED = [
    # 1. an average told as a floor; a peak as an average, and back
    ("Resident doctors at the trust earn at least £38,000 a year.", (PAY,), FLOOR),
    ("Resident doctors earn no less than £38,000 a year.", (PAY,), FLOOR),
    ("Resident doctors earn a minimum of £38,000 a year.", (PAY,), FLOOR),
    ("Nurses earn at least £29,000.", ("Nurses at the hospital earn an average of £29,000.",), FLOOR),
    ("Levels at the intake averaged 48 micrograms per litre.", (PEAK,), AVERAGE),
    ("Leff Valley Water said levels at its intake averaged 48 micrograms per litre.", (PEAK,), AVERAGE),
    ("Levels at the intake were 48 micrograms per litre on average.", (PEAK,), AVERAGE),
    ("Rainfall averaged 120 millimetres.", ("Rainfall peaked at 120 millimetres on Sunday.",), AVERAGE),
    ("Waiting times peaked at 40 minutes.", ("Waiting times averaged 40 minutes last winter.",), PEAKED),
    # 2. opposite states
    ("The judge said Okafor had been careful in his messages.", (CARELESS,), STATE),
    ("The inspector found the driver had been careful.", ("The inspector found the driver had been reckless.",),
     STATE),
    ("The Daily Courier said it was pleased by the ruling.", (APPEAL,), STATE),
    ("The union said it was happy with the offer.", ("The union said it was disappointed with the offer.",), STATE),
    ("Varn Chemicals says no drinking water was affected, and the utility agrees.", (DISPUTE,), STATE),
    ("The landlord says the repairs are done, and the council agrees.",
     ("The landlord says the repairs are done. The council disputes the landlord's account.",), STATE),
    # 3. a quotation negated, with no verb of saying
    ("The mayor's budget is prudent, not \"a giveaway\".", ("Critics said the budget was \"a giveaway\".",), NEGATES),
    ("The offer is generous rather than \"an insult to doctors\".", (REYES,), NEGATES),
    # 4. a finding made a condition of, told as made
    ("The regulator's investigation found Varn at fault.", (REG,), CONDITION),
    ("Inspectors concluded the crew was at fault.",
     ("The airline will pay compensation if inspectors conclude that its crew broke the rules.",
      "Inspectors will report in March."), CONDITION),
    # 5. an award told as the sum sought
    ("Okafor was awarded £150,000, the damages he had sought.", (DAMAGES,), SOUGHT),
    ("The judge awarded Okafor £150,000, the full amount he had claimed.", (DAMAGES,), SOUGHT),
    ("Okafor received all the damages he asked for.", (DAMAGES,), ALL_SOUGHT),
    ("Keller was awarded £60,000, the sum he had sought.", (KELLER,), SOUGHT),
    ("Keller won all the damages he had sought.", (KELLER,), ALL_SOUGHT),
    # 6. a harm ruled out, still refused
    ("The hospital said it treated 15 people, several seriously.", (HOSPITAL,), "rule out"),
]


@pytest.mark.parametrize("sentence, passages, words", REFUSED)
def test_each_misstatement_is_refused(sentence: str, passages: tuple, words: str):
    findings = found(sentence, *passages)
    assert any(words in finding for finding in findings), findings


HONEST = [
    # 1. the figure's kind kept
    ("Resident doctors at the trust earn on average £38,000 a year.", (PAY,)),
    ("Resident doctors at the trust earn an average of £38,000 a year.", (PAY,)),
    ("Resident doctors earn £38,000 a year on average.", (PAY,)),
    ("Average pay for resident doctors is £38,000 a year.", (PAY,)),
    ("Resident doctors at the trust earn a mean of £38,000 a year.", (PAY,)),
    ("Reyes said resident doctors average £38,000 a year.", (PAY,)),
    ("Leff Valley Water said levels at its intake peaked at 48 micrograms per litre.", (PEAK,)),
    ("Leff Valley Water says toluene reached a peak of 48 micrograms per litre at its intake.", (PEAK,)),
    ("Toluene at the intake peaked at 48 micrograms per litre, Leff Valley Water said.", (PEAK,)),
    ("Leff Valley Water says levels at its intake reached 48 micrograms per litre, above the limit of 10.", (PEAK,)),
    ("Waits averaged 40 minutes, peaking at 90.", ("Waits averaged 40 minutes and peaked at 90.",)),
    ("Waits peaked at 90.", ("Waits averaged 40 minutes and peaked at 90.",)),
    ("Some doctors earn at least £45,000.", ("Pay averaged £38,000 a year; some doctors earn at least £45,000.",)),
    # 2. states kept, or another's
    ("The Daily Courier said it was disappointed by the ruling.", (APPEAL,)),
    ("Okafor said he was happy with the verdict.",
     ("Okafor said he was happy with the verdict, while the Daily Courier said it was disappointed.",)),
    ("The judge said Okafor had been careless in some messages.", (CARELESS,)),
    ("The judge said the paper had been careful with its sources.",
     ("She said the paper had been careful with its sources, but Okafor had been careless.",)),
    ("The utility disputes the company's account.", (DISPUTE,)),
    ("The utility does not agree with the company.", (DISPUTE,)),
    ("The utility agreed to pay for bottled water.",
     ("The utility agreed to pay for bottled water, though it disputes the company's account.",)),
    ("The two sides agreed on a date for talks.",
     ("The two sides agreed on a date for talks. The union disputes the trust's figures.",)),
    ("Both sides agree the talks failed.", ("Both sides agree the talks failed, though the union disputes the reason.",)),
    ("The regulator agreed with the utility's reading.",
     ("The regulator agreed with the utility's reading, which the company disputed.",)),
    ("The council says it is satisfied with the repairs.",
     ("The council says it is satisfied with the repairs, but residents are dissatisfied.",)),
    # 3. quotations kept, or negated as the passage does
    ('The offer is "an insult to doctors who kept this hospital running through the winter".', (REYES,)),
    ('The offer is not generous; it is "an insult to doctors who kept this hospital running through the winter".',
     (REYES,)),
    ('The offer is not only "an insult to doctors" but a threat.', (REYES,)),
    ('The trust rejects the charge that its offer is "an insult to doctors".', (REYES, MARSH)),
    ('The ruling was final, not "provisional".', ("The court said its ruling was final and not provisional.",)),
    ('The deal is fair, not "a surrender".', ('The minister insisted the deal was not "a surrender".',)),
    ('Lal was "concerned" by the strike, not angry.', ('Priya Lal said she was "concerned" by the strike.',)),
    # 4. the condition kept, or the finding made
    ("The regulator may fine Varn if it finds it breached its permit.", (REG,)),
    ("The regulator is investigating whether Varn breached its permit.", (REG,)),
    ("The regulator has not found Varn at fault.", (REG,)),
    ("Varn could be fined up to £2 million if found to have breached its permit.", (REG,)),
    ("The regulator found that Varn breached its permit.",
     (REG, "The regulator found that Varn breached its permit in 2019.")),
    ("Inspectors found the Varn valve had failed.",
     (REG, "The leak began when a storage tank valve failed during a routine transfer at the Varn works.")),
    ("Tests showed levels below the limit.", ("The notice will be lifted once tests show levels below the limit. On "
                                              "Friday, three days of tests showed levels below the limit.",)),
    ("An investigation found the company had cut corners.",
     ("An investigation found the company had cut corners. It will be fined if the regulator finds it broke the law.",)),
    # 5. the award and the sum sought kept apart
    ("Okafor was awarded £150,000.", (DAMAGES,)),
    ("Okafor was awarded £150,000, less than the £400,000 he had sought.", (DAMAGES,)),
    ("Okafor was awarded £150,000 of the £400,000 he had sought.", (DAMAGES,)),
    ("Okafor, who had sought £400,000, was awarded £150,000.", (DAMAGES,)),
    ("Okafor had sought £400,000 but was awarded £150,000.", (DAMAGES,)),
    ("Okafor was not awarded all the damages he sought.", (DAMAGES,)),
    ("The judge awarded Okafor £150,000; he had asked for £400,000.", (DAMAGES,)),
    ("Keller was awarded £90,000, the sum he had sought.", ("Keller was awarded the £90,000 he had sought.",)),
    ("Keller received all the damages he had sought.", ("Keller sought £90,000 and was awarded £90,000.",)),
    # 6. an omission, honest
    ("Ashcombe General Hospital said it treated 15 people.", (HOSPITAL,)),
    ("Ashcombe General Hospital said it treated 15 people for nausea and headaches.", (HOSPITAL,)),
]


@pytest.mark.parametrize("sentence, passages", HONEST)
def test_each_honest_sentence_builds(sentence: str, passages: tuple):
    assert found(sentence, *passages) == []


def test_the_claimants_own_quotation_negated_is_refused_in_a_claim():
    """3: Dr Reyes's claim telling his own words as denied; kept, it builds."""
    negated = ('The trust\'s offer is generous, not "an insult to doctors who kept this hospital running through the '
               'winter".')
    findings = item_findings(negated, (REYES,), "en", (), by_claimant=True)
    assert any(NEGATES in finding for finding in findings), findings
    kept = 'The offer is "an insult to doctors who kept this hospital running through the winter".'
    assert item_findings(kept, (REYES,), "en", (), by_claimant=True) == []


def test_the_speakers_negation_is_named_once():
    """3: a negation a verb of saying reports is negated_quotes.py's to name; negated_bare_quotes.py adds none."""
    findings = found('The mayor called the budget prudent, not "a giveaway".', 'Critics called the budget "a giveaway".')
    assert any(SAID_NOT in finding for finding in findings) and not any(NEGATES in f for f in findings), findings


def test_the_average_told_as_a_floor_is_refused_in_a_briefing(tmp_path: Path):
    """1, through a build: the error names the file, the line and the figure."""
    root = minimal_project(tmp_path / "p")
    lines = one_sentence_checked(root, "Nurses at the hospital earn an average of £29,000 a year.",
                                 "Nurses at the hospital earn at least £29,000 a year.")
    assert any("briefing.yaml" in line and "gives \"£29,000\" as a floor where its cited passages give it as an "
               "average" in line for line in lines), lines
    assert one_sentence_checked(root, "Nurses at the hospital earn an average of £29,000 a year.",
                                "Nurses at the hospital earn an average of £29,000 a year.") == []
