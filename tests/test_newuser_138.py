"""A new user's English briefing of a chemical spill into a river and a town's water (tests/fixtures/newuser_138: Varn
Chemicals' plant leaked "about 12,000 litres" of solvent into the River Leff "on Tuesday 3 November"; Leff Valley Water
says toluene at its intake "peaked at 48 micrograms per litre, above the limit of 10"; the company says the leak was
"contained within six hours" and that "no drinking water was affected", which the utility "disputes"; the Environment
Regulator "has opened an investigation" and "may fine the company up to £2 million if it finds that Varn breached its
permit"; the residents' "at least 340 households"; a hospital's "15 people, none seriously"; the notice lifted "on
Friday 6 November"; a figure corrected at the end), written from the README alone with `new`, from a report of their
own. Every content file is used: background, timeline, comparisons, claims, quotes, caveats and a log with an update
and a correction.

What it fixes:

1. A day beside its month is no party's figure (date_days.py, read by held_figures.py): the summary's "A chemical
   plant owned by Varn Chemicals leaked about 12,000 litres of solvent into the River Leff on Tuesday 3 November."
   citing the leak's sentence and "The leak began at the company's Leffside works, ... early on Tuesday 3 November"
   was refused as giving 3 to 'Leff' (a word of Leff Valley Water's name) where the source gave it to Varn.
2. A cause the source leaves open, told as known (open_causes.py, called in cite.py): "Ashcombe General Hospital said
   the solvent caused nausea and headaches in 15 people." citing "... treated 15 people, none seriously, for nausea
   and headaches after the leak. A hospital spokesman said it could not say whether the symptoms were caused by the
   solvent." built, as did "The regulator said the leak caused the fish deaths." of "The regulator said it had not yet
   confirmed the cause of the deaths.": causes.py took the passages' "caused" and "cause" for a cause given.
3. Harm the source rules out, told as done (harm_degrees.py, called in cite.py): "Ashcombe General Hospital said it
   treated 15 people, several seriously." (or "15 people seriously", "all seriously") of "treated 15 people, none
   seriously" built.
4. A sentence saying the answer is not given keeps the question open (unanswered.py's _KEPT_OPEN): "The hospital has
   not said what caused the symptoms." and "The hospital did not know if the solvent was to blame for the symptoms."
   citing "it could not say whether the symptoms were caused by the solvent" were refused as telling it settled.
5. A concentration per litre keeps its mass's unit (measures.py): a claim's figure 48 with `unit: milligrams per
   litre` citing "peaked at 48 micrograms per litre" built, the unit read as no unit at all (two families).

Still refused although honest, not this file's modules': "The hospital said no one it treated was seriously ill."
and "The hospital said none of the 15 people it treated was in a serious condition." citing "treated 15 people, none
seriously" ("adds a negation": polarity.py). A timeline `date_basis` naming its anchor in words ("the Tuesday of the
leak, 3 November 2026") is refused as a week from the report's date: only a YYYY-MM-DD in it is read (cite.py's
_weekday_far), though the README says "one date_basis states".

LEFTOVER (misstatements that still build, each citing the paragraph of the report named):
- "At least 340 households were told to boil water." (HOUSE: the association's "says" dropped; the sentence's own
  "were told" is read as its attribution: attribution.py; "boiled water" is refused)
- "Ashcombe General Hospital said it treated 15 people." ("none seriously" dropped: an omission, read as true)
- "Varn Chemicals says no drinking water was affected, and the utility agrees." (VARN+DISPUTE: "disputes"; "accepts"
  is refused, "agrees" is no stance turned_stances.py reads)
- "The regulator's investigation found Varn at fault." (REG: the condition "if it finds" told as found)
- "Leff Valley Water said levels at its intake averaged 48 micrograms per litre." (PEAK: a peak told as an average)
- the regulator's possible fine `status: ruling` (claim_status.py reads only hedges; a claim of the utility's
  `status: acknowledged` where the passage says it "disputes" is refused: disputed_acknowledgements.py)
- a log entry's "Leff Valley Water supplies about 12,000 homes." (a log entry's figure may stand anywhere in a cited
  source: the 12,000 of the litres and of the report's own correction)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import error_lines, fixture_project, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_138"
SLUG = "river-leff-spill"
REPORT = (FIXTURE / "seeds" / "spill.txt").read_text(encoding="utf-8")
PARTIES = (
    Party(id="varn", name="Varn Chemicals", short_name="Varn", role="plant owner", aliases=("the company",)),
    Party(id="utility", name="Leff Valley Water", short_name="the utility", role="water utility",
          aliases=("the utility",)),
    Party(id="regulator", name="Environment Regulator", short_name="Regulator", role="regulator",
          aliases=("the regulator",)),
    Party(id="residents", name="Leff Valley Residents' Association", short_name="Residents",
          aliases=("the association", "the residents' association")),
)
PASSAGES = {key: paragraph(REPORT, words) for key, words in {
    "LEAK": "leaked about 12,000", "BEGAN": "The leak began", "PEAK": "peaked at 48", "VARN": "within six hours",
    "DISPUTE": "disputes the company", "REG": "opened an investigation", "HOUSE": "at least 340", "HOSP": "15 people",
    "LIFT": "lifted its boil", "FISH": "200 dead fish", "Y2019": "In 2019", "QUINN": "breaks down in rivers",
    "STAFF": "about 450", "CORR": "Correction:",
}.items()}


@pytest.fixture(autouse=True)
def english_locale(reading_without_project_locales):
    """Read English as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "en")


def found(keys: str, sentence: str) -> list[str]:
    """Return the findings of a sentence of the briefing citing the paragraphs of the report named ("LEAK+BEGAN")."""
    return sentence_findings(sentence, tuple(PASSAGES[key] for key in keys.split("+")), "en", PARTIES,
                             published="2026-11-14")


def test_the_briefing_builds_and_shows_what_a_reader_reads(tmp_path: Path):
    """The whole briefing builds: its summary, figures, quotes, timeline and correction are on the page."""
    desk = fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / SLUG / "index.html").read_text(encoding="utf-8").split())
    for words in ("leaked about 12,000 litres of solvent into the River Leff on Tuesday 3 November",
                  "peaked at 48 micrograms per litre, above the limit of 10",
                  "contained within six hours and that no drinking water was affected, which the utility disputes",
                  "says it may fine the company up to £2 million if it finds that Varn breached its permit",
                  "At least 340 households", "none seriously", "Updates and corrections", "What was wrong",
                  "We said Leff Valley Water supplied about 12,000 homes", "Leff Valley Water supplies about 21,000 homes",
                  "We cannot rule out that some treated water left our works before the intake was closed",
                  "Timeline", "6 November", 'href="../sources/report.html#passage-'):
        assert words in page, words


HONEST = [
    # 1. a day beside its month names no party's figure
    ("LEAK+BEGAN", "A chemical plant owned by Varn Chemicals leaked about 12,000 litres of solvent into the River Leff "
                   "on Tuesday 3 November."),
    ("LEAK+BEGAN", "Varn Chemicals' plant leaked about 12,000 litres of solvent into the River Leff on Tuesday 3 November."),
    ("LEAK+BEGAN", "A Varn Chemicals plant leaked about 12,000 litres of solvent into the River Leff on November 3."),
    ("LEAK+BEGAN", "A Varn Chemicals plant leaked about 12,000 litres of solvent into the Leff on the 3rd of November."),
    ("LEAK+BEGAN", "On 3 November, a plant owned by Varn Chemicals leaked about 12,000 litres of solvent into the River "
                   "Leff."),
    ("LEAK+BEGAN", "About 12,000 litres of solvent leaked from Varn Chemicals' plant into the River Leff on Tuesday, "
                   "3 November."),
    # 2. a cause left open, said so
    ("HOSP", "A hospital spokesman said it could not say whether the symptoms were caused by the solvent."),
    ("HOSP", "The hospital could not say whether the solvent caused the symptoms."),
    ("HOSP", "It is not known whether the solvent caused the symptoms, the hospital said."),
    ("HOSP", "Whether the solvent caused the nausea and headaches is unclear."),
    ("HOSP", "The hospital treated 15 people after the leak, though it could not say the solvent was the cause."),
    ("FISH", "The regulator said it had not yet confirmed the cause of the fish deaths."),
    ("FISH", "The cause of the fish deaths has not been confirmed, the regulator said."),
    ("FISH", "The regulator has yet to confirm what caused the fish deaths."),
    ("FISH", "The regulator has not yet said whether the leak caused the deaths."),
    ("LEAK+HOSP", "The town warned households to boil water because of the leak."),
    # 3. "none seriously", kept in other words
    ("HOSP", "Ashcombe General Hospital said it treated 15 people, none seriously, for nausea and headaches."),
    ("HOSP", "The hospital said it treated 15 people after the leak, none of them seriously."),
    ("HOSP", "Fifteen people were treated at Ashcombe General Hospital, none seriously, the hospital said."),
    ("HOSP", "Ashcombe General Hospital said 15 people were treated, but not seriously."),
    ("HOSP", "The hospital said it treated 15 people, and nobody was seriously affected."),
    ("HOSP", "Ashcombe General Hospital treated 15 people, none of whom were seriously ill, it said."),
    ("HOSP", "The hospital said it treated 15 people for nausea and headaches, with no serious cases."),
    # 4. the answer said not given
    ("HOSP", "The hospital has not said what caused the symptoms."),
    ("HOSP", "The hospital did not know if the solvent was to blame for the symptoms."),
    # built before, and still
    ("REG", "A spokesperson said the regulator may fine the company up to £2 million if it finds that Varn breached "
            "its permit."),
    ("REG", "If the regulator finds that Varn breached its permit, it may fine the company up to £2 million, a "
            "spokesperson said."),
    ("PEAK", "According to Leff Valley Water, levels at its intake peaked at 48 micrograms per litre, above the limit "
             "of 10."),
    ("VARN+DISPUTE", "The utility disputes Varn Chemicals' claim that no drinking water was affected."),
    ("HOUSE", "At least 340 households were told to boil water, according to the Leff Valley Residents' Association."),
    ("LIFT", "On Friday 6 November the utility lifted its notice, after three days of tests showed levels below the "
             "limit."),
    ("Y2019", "Varn Chemicals paid a £180,000 fine in 2019 without admitting fault."),
]


@pytest.mark.parametrize("keys, sentence", HONEST)
def test_each_honest_sentence_builds(keys: str, sentence: str):
    assert found(keys, sentence) == [], sentence


MISSTATEMENTS = [
    # 2. a cause left open told as known
    ("HOSP", "Ashcombe General Hospital said the solvent caused nausea and headaches in 15 people."),
    ("HOSP", "The hospital said the symptoms were caused by the solvent."),
    ("FISH", "The regulator said the leak caused the fish deaths."),
    # 3. "none seriously" turned
    ("HOSP", "Ashcombe General Hospital said it treated 15 people, several seriously."),
    ("HOSP", "Ashcombe General Hospital said it treated 15 people seriously."),
    ("HOSP", "Ashcombe General Hospital said it treated 15 people, all seriously."),
    # refused before, and still
    ("REG", "The regulator has fined Varn Chemicals £2 million."),
    ("REG", "The regulator will fine Varn Chemicals up to £2 million."),
    ("REG", "The regulator may fine the company £2 million if it finds that Varn breached its permit."),
    ("REG", "The regulator has closed its investigation into the leak."),
    ("REG", "The regulator found that Varn breached its permit."),
    ("REG", "The regulator has not opened an investigation."),
    ("PEAK", "Leff Valley Water said levels at its intake peaked at 10 micrograms per litre, above the limit of 48."),
    ("PEAK", "Leff Valley Water said levels at its intake peaked at 48 milligrams per litre, above the limit of 10."),
    ("PEAK", "Leff Valley Water said levels at its intake peaked at 48 micrograms per litre, below the limit of 10."),
    ("PEAK", "Levels at the intake peaked at 48 micrograms per litre, above the limit of 10."),
    ("PEAK", "Varn Chemicals said levels at the intake peaked at 48 micrograms per litre, above the limit of 10."),
    ("LEAK", "A chemical plant owned by Varn Chemicals leaked 12,000 litres of solvent into the River Leff on Tuesday."),
    ("LEAK", "A chemical plant owned by Varn Chemicals leaked about 12,000 litres of solvent into the River Leff on "
             "Wednesday."),
    ("LEAK", "A chemical plant owned by Leff Valley Water leaked about 12,000 litres of solvent into the River Leff."),
    ("BEGAN", "The leak began early on Tuesday 4 November."),
    ("LEAK+BEGAN", "Varn Chemicals leaked about 12,000 litres of solvent into the River Leff on Tuesday 5 November."),
    ("VARN", "The leak was contained within six hours and no drinking water was affected."),
    ("VARN", "Varn Chemicals says the leak was contained within six days."),
    ("VARN", "Leff Valley Water says the leak was contained within six hours."),
    ("VARN+DISPUTE", "Varn Chemicals says no drinking water was affected, which the utility accepts."),
    ("DISPUTE", "The company disputes the utility's account."),
    ("DISPUTE", "The utility does not dispute the company's account."),
    ("HOUSE", "The residents' association says 340 households were told to boil water."),
    ("HOUSE", "The utility says at least 340 households were told to boil water."),
    ("HOSP", "Ashcombe General Hospital said it treated 50 people, none seriously."),
    ("LIFT", "The utility lifted its boil-water notice on Thursday 6 November."),
    ("LIFT", "The company lifted the boil-water notice on Friday 6 November."),
    ("Y2019", "In 2019, Varn Chemicals admitted fault and paid a fine of £180,000."),
    ("CORR", "The utility supplies about 12,000 homes."),
]


@pytest.mark.parametrize("keys, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(keys: str, sentence: str):
    assert found(keys, sentence), sentence


@pytest.mark.parametrize("passages, sentence", [
    # two sides' figures swapped across their sentences still refused: no month beside the figure
    (("The bondholder committee, which says it represents most creditors, has offered a cut of 20 percent.",
      "The government proposes a cut of 45 percent."),
     "The government proposes a cut of 20 percent; the committee has offered 45 percent."),
    # a cause a passage states backs a cause; one left open elsewhere does not stop a check of another
    (("Police could not say whether the fire was caused by arson.",), "Police said arson caused the fire."),
    (("Doctors said none of the passengers was seriously hurt.",), "Doctors said two passengers were seriously hurt."),
])
def test_the_fixes_stay_narrow(passages: tuple[str, ...], sentence: str):
    parties = (Party(id="government", name="Government of Aldermere", short_name="Government",
                     aliases=("the government",)),
               Party(id="committee", name="Bondholder committee", short_name="Committee", aliases=("the committee",)))
    assert sentence_findings(sentence, passages, "en", parties), sentence


@pytest.mark.parametrize("passages, sentence", [
    (("The fire was caused by a faulty heater, police said. They could not say whether anyone was hurt.",),
     "Police said a faulty heater caused the fire."),
    (("Doctors said two passengers were seriously hurt and none of the crew seriously.",),
     "Doctors said two passengers were seriously hurt."),
    (("The Greens won 28 seats on 3 May; the Liberals won 20.",), "The Greens won 28 seats on 3 May."),
])
def test_honest_twins_elsewhere_build(passages: tuple[str, ...], sentence: str):
    assert sentence_findings(sentence, passages, "en", ()) == [], sentence


def test_a_claims_concentration_keeps_its_unit(tmp_path: Path):
    """48 in milligrams per litre of "48 micrograms per litre" is refused on its line; µg/l and micrograms build."""
    desk = fixture_project(FIXTURE, tmp_path / "desk")
    claims = desk / "content" / SLUG / "claims.yaml"
    written = claims.read_text(encoding="utf-8")
    for unit in ("µg/l", "microgram per liter", "micrograms"):
        claims.write_text(written.replace("unit: micrograms per litre}", f"unit: {unit}}}"), encoding="utf-8")
        assert run_build(desk, "check").code == 0, unit
    claims.write_text(written.replace("unit: micrograms per litre}", "unit: milligrams per litre}"), encoding="utf-8")
    result = run_build(desk, "check")
    assert result.code == 1
    assert any("claims.yaml:25: figure 48 (Peak toluene at the intake) is given in milligrams" in line
               and "they give it in micrograms" in line for line in error_lines(result)), result.err
