"""A thirty-sixth fact-check: the English misstatements the trade-dispute briefing of round 32 (tests/newuser_32)
still saw built, each with two more of its shape on other topics, and honest wordings of the same shapes that must
still build; and "duty-free" for "free of duty", which was refused.

- Figures swapped across a gapped list: "wheat prices rose 8% and maize prices 3%" citing the reverse, the second
  clause's verb left out, or clauses joined by "while" (explainer/gapped.py, read where respective.py finds no list
  of names).
- A part told as the whole: "the entire budget", "the whole harvest" for "half of" it (explainer/proportions.py reads
  them as "all"), and "all of the revenue" for "half of that revenue".
- "surplus" for "deficit" (explainer/opposites.py), while "a deficit of $2bn" citing "a $2bn deficit" builds.
- A risk told as done: "lost 12,000 jobs" for "12,000 jobs at risk" (explainer/figure_acts.py reads "at risk" as what
  a figure counts, and a loss against it alone).
- A level's change to come told as past: "the tariff rose to 25%" citing "will rise to 25% in March"
  (explainer/possible_done.py).
- "duty-free", "free of duty", "exempt from tax" negate what they name (explainer/free_of.py, read by polarity.py):
  "cells ... remain duty-free" citing "not to the cells ..., which will remain free of duty" builds, and "Vitamins
  remain tax-free" citing "Food is free of sales tax, but not vitamins" is refused, as the "not" of an exception
  denies the clause's negation.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest
from support import sentence_findings

CELLS = ("The battery duty applies to lithium-ion battery packs and modules, but not to the cells used by Calvanian "
         "battery makers, which will remain free of duty.")
TRADE = ("Trade in goods between Calvania and Doravia was worth $96bn in 2025, and Calvania recorded a deficit of "
         "$22bn.")
JOBS = ("The association said that 8,000 jobs had been lost at Doravian steel mills since March, and that a further "
        "12,000 were at risk.")
REVENUE = ("The Government estimates that the duties will raise $3.1bn a year in customs revenue. Half of that revenue "
           "will be paid into a Steel Transition Fund.")


def findings(sentence: str, passage: str) -> list[str]:
    """Return what the build's sentence checks say of one English sentence citing one passage."""
    from explainer.model import Party

    return sentence_findings(sentence, (passage,), "en", (
        Party(id="calvania", name="Calvania"), Party(id="doravia", name="Doravia")))


MISSTATED = {
    # figures swapped across a gapped list
    "gapped-exports": ("Alpha's exports fell 12% and Beta's 30%.", "Alpha's exports fell 30%, while Beta's fell 12%.",
                       "this sentence gives 12% to 'Alpha's exports fell' where its cited passages give it 30%, "
                       "and 12% to 'Beta's fell' ('Alpha's exports fell 30%, while Beta's fell 12%')"),
    "gapped-prices": ("Wheat prices rose 8% and maize prices 3%.", "Wheat prices rose 3% and maize prices 8%.",
                      "this sentence gives 8% to 'Wheat prices rose' where its cited passages give it 3%, and 8% to "
                      "'maize prices'"),
    "gapped-jobs": ("Ford cut 3,000 jobs and GM 5,000.", "Ford cut 5,000 jobs and GM 3,000.",
                    "this sentence gives 3,000 to 'Ford cut' where its cited passages give it 5,000, and 3,000 to "
                    "'GM'"),
    "gapped-regions": ("The north lost 400 beds and the south 250.", "The north lost 250 beds and the south 400.",
                       "where its cited passages give it 250, and 400 to 'the south'"),
    # a part told as the whole
    "all-for-half": ("All of the revenue from the duties will be paid into a Steel Transition Fund.", REVENUE,
                     "this sentence says 'All of the revenue' where its cited passages say 'Half of that revenue'"),
    "entire-for-half": ("The entire budget was spent on roads.", "Half of the budget was spent on roads.",
                        "this sentence says 'The entire budget' where its cited passages say 'Half of the budget'"),
    "whole-for-half": ("The whole harvest was exported.", "Half of the harvest was exported.",
                       "this sentence says 'The whole harvest' where its cited passages say 'Half of the harvest'"),
    "its-entire-for-half": ("The council spent its entire budget on roads.",
                            "The council spent half its budget on roads.",
                            "this sentence says 'its entire budget' where its cited passages say 'half its budget'"),
    # surplus for deficit
    "trade-surplus": ("Calvania ran a $22bn trade surplus with Doravia in 2025.", TRADE,
                      "this sentence says 'surplus' where its cited passages say 'deficit'"),
    "fund-surplus": ("The pension fund ran a surplus last year, the audit found.",
                     "The pension fund ran a deficit last year, the audit found.",
                     "this sentence says 'surplus' where its cited passages say 'deficit'"),
    "budget-deficit": ("The city's budget showed a deficit in 2024.", "The city's budget showed a surplus in 2024.",
                       "this sentence says 'deficit' where its cited passages say 'surplus'"),
    # a risk told as done
    "jobs-lost": ("Doravian steel mills lost 12,000 jobs.", JOBS,
                  "this sentence gives 12000 as 'lost' where its cited passages give it as 'at risk'"),
    "jobs-shed": ("The plant closure shed 600 jobs.", "The plant closure puts 600 jobs at risk.",
                  "this sentence gives 600 as 'shed' where its cited passages give it as 'at risk'"),
    "crops-destroyed": ("The drought destroyed 40,000 hectares of crops.",
                        "The drought has put 40,000 hectares of crops at risk.",
                        "this sentence gives 40000 as 'destroyed' where its cited passages give it as 'at risk'"),
    "homes-lost": ("Coastal towns lost 3,000 homes to the floods.",
                   "In coastal towns, 3,000 homes are at risk of flooding.",
                   "this sentence gives 3000 as 'lost' where its cited passages give it as 'at risk'"),
    # a level's change to come told as past
    "tariff-rose": ("The tariff rose to 25%.", "The tariff will rise to 25% in March.",
                    "this sentence tells as done ('rose') what its cited passages give only as to come ('will rise')"),
    "tariff-set-to": ("The tariff rose to 25%.", "The tariff is set to rise to 25% in March.",
                      "this sentence tells as done ('rose') what its cited passages give only as possible ('is set to "
                      "rise')"),
    "rate-cut": ("The central bank cut its main rate to 3.5%.", "The central bank will cut its main rate to 3.5% next "
                 "month.", "this sentence tells as done ('cut') what its cited passages give only as to come ('will "
                 "cut')"),
    "wage-raised": ("The minimum wage was raised to $15.", "The minimum wage will be raised to $15 from July.",
                    "tells as done ('raised') what its cited passages give only as to come ('will be raised')"),
    # what an exemption leaves out told as exempt
    "vitamins-tax-free": ("Vitamins remain tax-free.", "Food is free of sales tax, but not vitamins.",
                          "this sentence says 'tax-free' where its cited passage does not say so of it ('Food is free "
                          "of sales tax, but not vitamins'): \"Vitamins remain tax-free\""),
    "imported-vitamins": ("Imported vitamins remain duty-free.",
                          "Imported food is free of duty, but not imported vitamins.",
                          "this sentence says 'duty-free' where its cited passage does not say so of it"),
    "not-exempt": ("Pension income is tax-free.", "Pension income is not exempt from income tax.",
                   "this sentence says 'tax-free' where its cited passage does not say so of it ('Pension income is "
                   "not exempt from income tax')"),
    "no-longer-free": ("Imported vehicles remain duty-free.", "Imported vehicles are no longer free of duty.",
                       "this sentence says 'duty-free' where its cited passage does not say so of it"),
}


@pytest.mark.parametrize("sentence, passage, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused_naming_what_the_source_says(sentence: str, passage: str, said: str):
    found = findings(sentence, passage)
    assert any(said in message for message in found), found


HONEST = {
    # gapped lists kept, or turned round with their figures
    "gapped-kept": ("Wheat prices rose 3% and maize prices 8%.", "Wheat prices rose 3% and maize prices 8%."),
    "gapped-turned-round": ("Maize prices rose 8% and wheat prices 3%.", "Wheat prices rose 3% and maize prices 8%."),
    "gapped-while": ("The south's sales rose 5%, while the north's rose 9%.",
                     "The north's sales rose 9% and the south's 5%."),
    "gapped-names-turned": ("GM cut 3,000 jobs and Ford 5,000.", "Ford cut 5,000 jobs and GM 3,000."),
    "a-range-is-no-list": ("Between 30 and 75 people were hurt.", "Between 30 and 75 people were hurt."),
    "years-no-list": ("Turnout rose from 61% in 2020 to 68% in 2024.", "Turnout was 61% in 2020 and 68% in 2024."),
    # parts kept, wholes backed
    "half-kept": ("Half of the revenue from the duties will be paid into a Steel Transition Fund.", REVENUE),
    "nearly-the-entire": ("Nearly the entire budget was spent on roads.",
                          "Nearly all of the budget was spent on roads."),
    "entire-for-all": ("The entire budget was spent on roads.", "All of the budget was spent on roads."),
    "whole-for-entire": ("The whole budget went to roads.", "The entire budget went to roads."),
    # deficits kept
    "deficit-of": ("The city ran a deficit of $2bn.", "The city ran a $2bn deficit."),
    "trade-deficit": ("Calvania ran a $22bn trade deficit with Doravia in 2025.", TRADE),
    "deficit-narrowed": ("The pension fund's deficit narrowed last year.",
                         "The pension fund ran a smaller deficit last year."),
    # risks kept
    "risk-kept": ("The association says another 12,000 jobs at Doravian steel mills are at risk.", JOBS),
    "lost-and-at-risk": ("The association says 8,000 jobs have been lost at Doravian mills and 12,000 more are at "
                         "risk.",
                         JOBS),
    "the-lost-figure": ("Doravian steel mills lost 8,000 jobs.", JOBS),
    "could-be-lost": ("Up to 600 jobs could be lost when the plant closes.",
                      "The plant closure puts 600 jobs at risk."),
    "may-shed": ("The closure may shed 600 jobs.", "The plant closure puts 600 jobs at risk."),
    "threatens": ("The drought threatens 40,000 hectares of crops.",
                  "The drought has put 40,000 hectares of crops at risk."),
    "lost-for-killed": ("The company lost 40 workers in the blast.", "40 workers were killed in the blast."),
    "at-risk-then-evacuated": ("3,000 residents were evacuated.", "3,000 residents at risk were evacuated."),
    # what is to come kept so
    "will-kept": ("The tariff will rise to 25% in March.", "The tariff is set to rise to 25% in March."),
    "due-to": ("The tariff is due to rise to 25% in March.", "The tariff will rise to 25% in March."),
    "was-set-to": ("The tariff was set to rise to 25% in March.", "The tariff will rise to 25% in March."),
    "done-and-to-come": ("The tariff rose to 25% in March.",
                         "The tariff rose to 25% in March and will rise to 30% next year."),
    "an-act-on-its-day": ("The minister appealed for calm on Friday.", "The minister will appeal for calm on Friday."),
    # free of it, in other words
    "cells-duty-free": ("Cells used by Calvanian battery makers remain duty-free.", CELLS),
    "cells-exempt": ("Battery cells used by Calvanian makers are exempt and remain duty-free.", CELLS),
    "covers-packs-cells-free": ("The duty covers battery packs and modules; cells used by Calvanian battery makers "
                                "stay duty-free.", CELLS),
    "tax-free-for-exempt": ("Children's clothes are tax-free.", "Children's clothes are exempt from value added tax."),
    "exempt-for-not-to": ("Small firms remain exempt.", "The levy applies to large firms, but not to small firms."),
    "free-of-for-pay-no": ("Charity shops are free of business rates.", "Charity shops pay no business rates."),
    "exception-kept": ("Vitamins are not tax-free.", "Food is free of sales tax, but not vitamins."),
    "rule-kept": ("Food is free of sales tax.", "Food is free of sales tax, but not vitamins."),
    "bare-exempt-with-a-condition": (
        "Cars assembled in Calvania from Doravian parts are exempt if at least 45% of their value is added in "
        "Calvania.",
        "Electric vehicles assembled in Calvania from Doravian parts are not covered by the duties, provided that at "
        "least 45% of their value is added in Calvania."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert findings(sentence, passage) == []


@pytest.mark.parametrize("text, lacked", [
    ("Cells remain duty-free.", [("duty",)]),
    ("Food is free of sales tax, but not vitamins.", [("sale", "tax")]),
    ("Pension income is exempt from income taxes until 2027.", [("income", "tax")]),
    ("Books are VAT-exempt, and small firms are exempt.", [("vat",), ()]),
    ("The law will exempt small firms from the levy.", []),
    ("Voters want free elections and a free-trade deal.", []),
], ids=["compound", "free-of", "exempt-from-until", "bare-exempt", "exempt-as-a-verb", "free-as-no-lack"])
def test_what_a_clause_says_is_lacked(text: str, lacked: list):
    from explainer.free_of import lacking

    assert [lack.what for lack in lacking(text)] == lacked
