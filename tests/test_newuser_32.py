"""An English briefing written from scratch, as the README tells a new editor to: a tariff dispute between Calvania
and Doravia over steel and electric cars, from four sources the editor wrote (tests/fixtures/newuser_32/seeds/):
Calvania's statement announcing the duties ("a 25% duty, up from 7.5%", "from 1 March 2026", "worth $18.4bn of
imports in 2025", a quota of "1,500,000 tonnes"), Doravia's notice of countermeasures (lists, "2,000,000 tonnes a
year", "no later than", "unless"), a trade body's hedged interim report ("appears to exceed", "may be inconsistent
with") and a newspaper's report quoting all sides.

What the new editor met, writing 142 honest sentences the way a trade reporter paraphrases: 15 refused, 8 wrongly
(and two items of the other files: "hit back" citing "countermeasures", a note citing "Calvania announces duties"),
and of 66 misstatements 19 built. Fixed here, each where its reading lives:
- a change by a multiple read from the two levels a passage gives (explainer/level_ratios.py): "quadrupled" citing
  "a 40% duty, up from 10%" and "more than tripled" citing "25%, up from 7.5%" were refused; "tripled" for the
  second is still refused, and "quintupled", which built, is read now;
- "from 4% in 2023 to 11%": a year after "in" is no range's low end (explainer/numbers.py read 2023%), nor a party's
  figure ("from Doravia in 2025", explainer/party_figures.py);
- "the duties are due to run until 2029" is a schedule, no cause (explainer/causes.py), and "countermeasures" back
  "hit back" (explainer/decisions.py);
- "half the full rate" citing "20% rather than 40%": a part of a rate, no share of 50% (explainer/fractions_said.py);
- "appears to exceed" told as "exceeds" (explainer/likelihood.py), "second-largest" for "third-largest"
  (explainer/ranks.py), and "fell from 40% to 10%" citing "a 40% duty, up from 10%" (explainer/start_levels.py),
  which built, are refused; so are "2m tonnes" misstated (a bare number's "m" before tonnes, barrels, litres or
  acres is millions: explainer/numbers.py read none), "up from 3.5m" for "down from 3,500,000" (start_levels.py) and
  "will lower" for "..., and may lower them if ..." (explainer/conditions.py: the clause shares its subject);
- "Calvania announces duties on ..." is an act, no word of Calvania's (explainer/speakers.py), and "Calvania's
  electric-car market" holds no place of "Doravian electric vehicles" (explainer/swapped.py), while "at Calvania's
  request" holds the place of "the request of Doravia" and is refused, as is "5% instead of 15%" citing "15%, up
  from 5%" (start_levels.py).
Now 8 of 142 honest sentences are refused (computed figures and spans, a dropped "according to", "duty-free" for "not
to"), and 11 of 66 misstatements build (figures swapped between list items, "all" for "half", "surplus" for
"deficit", a period six words off its figure, "lost 12,000 jobs" for "12,000 at risk"). factcheck36
(tests/test_factcheck_36.py) made "duty-free" for "not to" build and refused four of those kinds: figures swapped
across a gapped list (explainer/gapped.py), "all of the revenue" for "half of that revenue" (proportions.py),
"surplus" for "deficit" (opposites.py) and "lost 12,000 jobs" for "a further 12,000 were at risk" (figure_acts.py);
they stand below. Still wrong: computed figures and spans, a dropped "according to" refused; a period six words off
its figure built.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_32"
BACKGROUND = FIXTURE / "content" / "steel-dispute" / "background.yaml"
STEEL = "From 1 March 2026, steel products from Doravia will pay a 25% duty, up from 7.5%."
CARS = "Electric vehicles assembled in Doravia will pay a 40% duty, up from 10%."
BATTERIES = "Batteries for electric vehicles will pay a 15% duty, up from 5%."
SHARE = "Doravian electric vehicles held 11% of the Calvanian market for new electric cars in 2025, up from 4% in 2023."
COIL = "Hot-rolled coil is the largest of these, with imports of 1,400,000 tonnes from Doravia in 2025."
PHASING = ("For electric vehicles ordered before 12 February 2026 and delivered by 30 April 2026, the duty will be 20% "
           "rather than 40%.")
PANEL = ("On the evidence before it, the duty of 25% on steel products appears to exceed the bound rate of 10% that "
         "Calvania agreed for these products.")
JURISDICTION = ("The panel appears to lack jurisdiction over Doravia's countermeasures, which Calvania has not "
                "challenged.")
PARTNER = "Doravia is Calvania's third-largest trading partner, after the Northern Union and the Republic of Essen."
COUNTER = ("The countermeasures will take effect on 18 March 2026, unless Calvania withdraws its duties before that "
           "date.")
DURATION = "The duties will remain in force for three years, until 28 February 2029."
REVIEW = ("The Trade Remedies Authority will review the duties no later than 31 December 2026, and may lower them if "
          "Doravia ends the subsidies identified in its report.")
WHEAT = ("In addition, imports of Calvanian wheat will be subject to a quota of 2,000,000 tonnes a year, down from "
         "3,500,000 tonnes imported in 2025.")
ANNOUNCED = "12 February: Calvania announces duties on Doravian steel, electric vehicles and batteries."
REQUEST = "The panel was established on 28 April 2026 at the request of Doravia."
CELLS = ("The battery duty applies to lithium-ion battery packs and modules, but not to the cells used by Calvanian "
         "battery makers, which will remain free of duty.")
TRADE = ("Trade in goods between Calvania and Doravia was worth $96bn in 2025, and Calvania recorded a deficit of "
         "$22bn.")
REVENUE = ("The Government estimates that the duties will raise $3.1bn a year in customs revenue. Half of that revenue "
           "will be paid into a Steel Transition Fund, which will retrain workers and help mills cut their emissions.")
JOBS = ("The Doravian Steel Exporters' Association said that 8,000 jobs had been lost at Doravian steel mills since "
        "March, and that a further 12,000 were at risk.")


def findings(sentence: str, *passages: str) -> list[str]:
    """Return what the build's sentence checks say of one sentence of the briefing citing `passages`."""
    from explainer.model import Party

    return sentence_findings(sentence, passages, "en", (
        Party(id="calvania", name="Calvania", aliases=("Portmere",)),
        Party(id="doravia", name="Doravia", aliases=("Lintz",))))


def test_the_trade_briefing_passes_its_checks(tmp_path: Path):
    result = run_build(fixture_project(FIXTURE, tmp_path / "desk"), "check")
    assert result.code == 0, result.err
    assert "steel-dispute: 97 citations anchored to 97 passages" in result.out


HONEST = {
    "more-than-tripled": ("Calvania more than tripled its duty on Doravian steel, to 25%.", STEEL),
    "quadrupled": ("Calvania quadrupled the duty on Doravian electric cars, to 40%.", CARS),
    "tripled": ("Calvania tripled the duty on Doravian batteries, to 15%.", BATTERIES),
    "nearly-tripled": ("Their market share nearly tripled.", SHARE),
    "year-after-in": ("Doravian electric vehicles' share rose from 4% in 2023 to 11% in 2025.", SHARE),
    "year-no-partys-figure": ("Doravia shipped 1.4m tonnes of hot-rolled coil to Calvania in 2025.", COIL),
    "half-the-rate": ("Cars ordered before the announcement and delivered by the end of April paid half the full rate.",
                      PHASING),
    "due-to-run": ("The duties are due to run until February 2029.", DURATION),
    "countermeasures-hit-back": ("Doravia hit back with duties on Calvanian soybeans.", COUNTER),
    "plain-clause-beside-a-doubt": ("Calvania has not challenged Doravia's countermeasures.", JURISDICTION),
    "appears-kept": ("The panel found that the 25% steel duty appears to exceed Calvania's bound rate of 10%.", PANEL),
    "third-largest": ("Doravia is Calvania's third-biggest trading partner.", PARTNER),
    "compound-holds-its-place": ("Doravian electric cars' share of Calvania's electric-car market rose from 4% in 2023 "
                                 "to 11% in 2025.", SHARE),
    "measures-announced-are-enacted": ("Calvania imposed duties on steel, electric vehicles and batteries.", ANNOUNCED),
    "millions-of-tonnes": ("Doravia capped Calvanian wheat imports at 2m tonnes a year, down from 3.5m tonnes.", WHEAT),
    "possessive-as-of": ("The GTO set up the panel on 28 April at Doravia's request.", REQUEST),
    "instead-of-kept": ("Batteries for electric vehicles pay 15% instead of 5%.", BATTERIES),
    "the-unconditioned-clause": ("The Trade Remedies Authority must review the duties by 31 December 2026.", REVIEW),
    "duty-free-for-not-to": ("Cells used by Calvanian battery makers remain duty-free.", CELLS),
    "a-deficit-kept": ("Calvania ran a $22bn trade deficit with Doravia in 2025.", TRADE),
    "half-kept": ("Half of the revenue from the duties will go to a Steel Transition Fund.", REVENUE),
    "lost-and-at-risk": ("The association says 8,000 jobs have been lost at Doravian mills and 12,000 more are at "
                         "risk.", JOBS),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_sentence_once_refused_builds(sentence: str, passage: str):
    assert findings(sentence, passage) == []


def test_the_honest_sentences_stand_in_the_briefing():
    background = BACKGROUND.read_text(encoding="utf-8")
    assert all(sentence.replace("Doravian electric vehicles' share", "Doravian electric cars' share") in background
               for sentence, _ in list(HONEST.values())[:3])


MISSTATEMENTS = {
    "tripled-for-3.3-times": ("Calvania tripled its duty on Doravian steel, to 25%.", STEEL, 'change "tripled"'),
    "quadrupled-for-3.3-times": ("Calvania quadrupled its duty on Doravian steel, to 25%.", STEEL,
                                 'change "quadrupled"'),
    "quintupled": ("Calvania quintupled the duty on batteries, to 15%.", BATTERIES, 'change "quintupled"'),
    "a-quarter-of-the-rate": ("Cars ordered early paid a quarter of the full rate.", PHASING, 'says "a quarter"'),
    "appears-dropped": ("The panel found that the 25% steel duty exceeds Calvania's bound rate of 10%.", PANEL,
                        "only as probable or possible ('appears to'"),
    "doubt-told-beside-a-plain-clause": (
        "The panel lacks jurisdiction over Doravia's countermeasures, which Calvania has not challenged.",
        JURISDICTION, "('appears to'"),
    "hyphenated-rank": ("Doravia is Calvania's second-largest trading partner.", PARTNER,
                        "says 'second-largest' where its cited passages say 'third-largest'"),
    "start-as-level-reached": ("The duty on Doravian electric vehicles fell from 40% to 10%.", CARS,
                               "gives 10% as a level reached ('from 40% to 10%') where its cited passages give it as "
                               "the starting level ('up from 10%')"),
    "condition-after-and": ("The authority will lower the duties.", REVIEW,
                            "only on a condition ('if Doravia ends the subsidies identified in its report')"),
    "millions-of-tonnes": ("Doravia capped Calvanian wheat imports at 9m tonnes a year.", WHEAT, 'figure "9m"'),
    "up-from-for-down-from": ("Doravia capped wheat imports at 2m tonnes a year, up from 3.5m tonnes.", WHEAT,
                              "gives 3.5m as where a rise started ('up from 3.5m') where its cited passages give it "
                              "as where a fall started ('down from 3,500,000')"),
    "compound-swapped": ("Calvania's electric-car makers lost 9% of the market.",
                         "Doravia's electric-car makers lost 9% of the market.", "names Calvania where"),
    "announced-that": ("The strikes killed 40 militants.", "Calvania announced that the strikes killed 40 militants.",
                       "only as the word of Calvania"),
    "possessive-swapped": ("The GTO set up the panel on 28 April at Calvania's request.", REQUEST,
                           "names Calvania where its cited passages name Doravia ('request of Doravia')"),
    "instead-of-turned": ("Batteries for electric vehicles pay 5% instead of 15%.", BATTERIES,
                          "gives 5% as a level reached ('5% instead of 15%') where its cited passages give it as the "
                          "starting level ('up from 5%')"),
    "share-year": ("Doravian electric vehicles' share rose from 4% in 2022 to 11% in 2025.", SHARE, 'figure "2022"'),
    "surplus-for-deficit": ("Calvania ran a $22bn trade surplus with Doravia in 2025.", TRADE,
                            "says 'surplus' where its cited passages say 'deficit'"),
    "all-for-half": ("All of the revenue from the duties will go to a Steel Transition Fund.", REVENUE,
                     "says 'All of the revenue' where its cited passages say 'Half of that revenue'"),
    "lost-for-at-risk": ("Doravian steel mills have lost 12,000 jobs.", JOBS,
                         "gives 12000 as 'lost' where its cited passages give it as 'at risk'"),
    "gapped-list-swapped": ("Calvanian soybean exports fell 20% and pork exports 62%.",
                            "Calvanian soybean exports fell 62%, while pork exports fell 20%.",
                            "gives 20% to 'Calvanian soybean exports fell' where its cited passages give it 62%"),
}


@pytest.mark.parametrize("sentence, passage, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, named: str):
    assert any(named in message for message in findings(sentence, passage)), findings(sentence, passage)


@pytest.mark.parametrize("text, ratios", [
    (CARS, [4]),
    ("The duty rose from 5% to 15% in March.", [3]),
    (SHARE, [Decimal(11) / 4]),
    ("Employment fell from 61,000 in 2022 to 52,000 in 2025.", [Decimal(52) / 61]),
    ("Wheat imports were 2,000,000 tonnes, down from 40% of the market.", []),
    ("It moved from Lintz to Portmere in 2024.", []),
], ids=["up-from", "from-to", "year-between", "year-after-each", "units-differ", "no-figures"])
def test_the_levels_a_passage_gives(text: str, ratios: list):
    from explainer.level_ratios import level_ratios

    assert list(level_ratios(text, "en")) == ratios


@pytest.mark.parametrize("text, read", [
    ("rose from 4% in 2023 to 11%", [(4, "%"), (2023, ""), (11, "%")]),
    ("in 20 to 30% of cases", [(20, "%"), (30, "%")]),
    ("a quota of 2m tonnes", [(2_000_000, "")]),
    ("3.5m barrels a day", [(3_500_000, "")]),
    ("a 400m race", []),
    ("14m people", []),
], ids=["a-year-after-in", "a-range-after-in", "m-tonnes", "m-barrels", "metres", "m-people-unread"])
def test_figures_as_a_trade_reporter_writes_them(text: str, read: list):
    from explainer.numbers import find_mentions

    assert [(q.value, q.unit) for m in find_mentions(text, "en") for q in m.quantities] == read
