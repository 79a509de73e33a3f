"""Honest sentences still refused, and one time word still let through (factcheck215):

1. An offer called an insult restates its rejection: "Ruth Okafor described the offer as an insult" citing "Ruth Okafor
   rejected the offer, which she called an insult" (the dock strike of tests/fixtures/factcheck_203) was refused as
   the rejection's negation dropped; "an insult" and "insulting" now judge the thing refused as "unacceptable" does
   (explainer/refusals_in_other_words.py). "accepted the offer", "described the offer as fair" stay refused.
2. A warning of what "could" happen keeps the condition's uncertainty: "The union warned the strike could be extended"
   citing "The union warned the strike could be extended if the operator did not improve its offer" was refused as
   the condition dropped (explainer/conditions.py). "would be extended", "will be extended", and a "could" told with
   no warning ("losses could reach ..." of tests/test_newuser_88.py) stay refused.
3. A German bound's word is no noun a figure belongs to: "Die Gewerkschaft fordert nicht weniger als 450 Euro" (or
   "wenigstens 450 Euro", "nicht unter 450 Euro", "450 Euro oder mehr") citing "9,5 Prozent mehr Lohn, mindestens
   aber 450 Euro mehr im Monat" (fixture newuser_123) was refused as giving the union a figure the passage gave
   "mindestens" (explainer/moved_figures.py). "Mindestbetrag von 450 Euro" and "nicht weniger als 450 Euro" back
   "mindestens 450 Euro" (already on main: b61d92d0); "450 Euro" alone and "höchstens 450 Euro" stay refused.
4. Things a passage tells done "earlier in the week" (day, month, year) (explainer/earlier_in_the_period.py, read by
   sequence.py): the real briefing's "days after Pakistani airstrikes earlier in the week" citing "Hours prior to the
   commencement of airstrikes ..., in retaliation for Pakistani airstrikes earlier in the week" was refused as the
   order turned (the passage tells two sets of airstrikes); and "weeks after Pakistani airstrikes earlier in the week"
   (or "Pakistani airstrikes came weeks before ...") built. The first builds, the second is refused.
"""

from __future__ import annotations


import pytest

from conftest import REPO
from explainer.model import Party
from support import found_in_language, sentence_findings

DOCK = (Party(id="union", name="Dockworkers' Union"), Party(id="operator", name="Alder Terminals"))


def _dock(sentence: str, passage: str) -> list[str]:
    return sentence_findings(sentence, (passage,), "en", DOCK)


# 1. An offer called an insult
INSULT = "Ruth Okafor rejected the offer, which she called an insult."
NEGATION = "negation of its cited passage"


@pytest.mark.parametrize("sentence, passage", [
    ("Ruth Okafor described the offer as an insult.", INSULT),
    ("Ruth Okafor said the offer was an insult.", INSULT),
    ("Ruth Okafor branded the offer an insult.", INSULT),
    ("Ruth Okafor called the offer an insult.", INSULT),
    ("Okafor dismissed the offer as insulting.", INSULT),
    ("The union's leader described the 4.5% offer as an insult.",
     "Union leader Ruth Okafor rejected the 4.5% offer, which she called an insult."),
    ("The council described the plan as unacceptable.", "The council rejected the plan, which it called unacceptable."),
])
def test_an_offer_called_an_insult_restates_its_rejection(sentence, passage):
    assert _dock(sentence, passage) == []


@pytest.mark.parametrize("sentence", ["Ruth Okafor accepted the offer.", "Ruth Okafor described the offer as fair.",
                                      "Ruth Okafor called the offer generous."])
def test_the_offer_told_accepted_or_welcome_stays_refused(sentence):
    findings = _dock(sentence, INSULT)
    assert any(NEGATION in finding for finding in findings), findings


# 2. A warning of what "could" happen
EXTEND = "The union warned the strike could be extended if the operator did not improve its offer."
CONDITION = "only on a condition"


@pytest.mark.parametrize("sentence, passage", [
    ("The union warned the strike could be extended.", EXTEND),
    ("The strike could be extended, the union warned.", EXTEND),
    ("The union has warned that the strike could be extended.", EXTEND),
    ("The union threatened that the strike could be extended.", EXTEND),
    ("The union warned it could extend the strike.",
     "The union warned it could extend the strike if the operator did not improve its offer."),
    ("The union warned the strike might be extended.", EXTEND),
    ("The union warned the strike could be extended unless the offer improved.", EXTEND),
])
def test_a_warning_of_what_could_happen_keeps_the_condition(sentence, passage):
    assert _dock(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage", [
    ("The union warned the strike would be extended.",
     "The union warned the strike would be extended if the operator did not improve its offer."),
    ("The union warned the strike will be extended.", EXTEND),
    ("The strike will be extended.", EXTEND),
    ("The union extended the strike.", EXTEND),
    # a "could" with no warning: an estimate's scenario dropped (tests/test_newuser_88.py)
    ("The strike could be extended.", EXTEND),
    ("The union said the strike could be extended.",
     "The union said the strike could be extended if no new offer was made by Friday."),
    ("The union did not warn that the strike could be extended.", EXTEND),
])
def test_a_condition_dropped_otherwise_stays_refused(sentence, passage):
    findings = _dock(sentence, passage)
    assert any(CONDITION in finding for finding in findings), findings


# 3. A German bound's word
DEMAND = ("Die Gewerkschaft fordert 9,5 Prozent mehr Lohn, mindestens aber 450 Euro mehr im Monat, bei einer Laufzeit "
          "von zwölf Monaten.")


@pytest.mark.parametrize("sentence, passage", [
    ("Die Gewerkschaft fordert nicht weniger als 450 Euro.", DEMAND),
    ("Die Gewerkschaft verlangt wenigstens 450 Euro mehr.", DEMAND),
    ("Die Gewerkschaft fordert nicht unter 450 Euro mehr im Monat.", DEMAND),
    ("Die Gewerkschaft fordert 450 Euro oder mehr im Monat.", DEMAND),
    ("Die Gewerkschaft fordert mindestens 450 Euro.", DEMAND),
    ("Die Gewerkschaft fordert monatlich mindestens 450 Euro mehr.", DEMAND),
    ("Die Gewerkschaft fordert einen Mindestbetrag von 450 Euro.", DEMAND),
    ("Die Gewerkschaft fordert mindestens 450 Euro.", "Die Gewerkschaft fordert einen Mindestbetrag von 450 Euro."),
    ("Die Gewerkschaft fordert mindestens 450 Euro.", "Die Gewerkschaft fordert nicht weniger als 450 Euro."),
    ("Die Gewerkschaft fordert mindestens 450 Euro.", "Die Gewerkschaft fordert 9,5 Prozent, mindestens jedoch 450 Euro."),
])
def test_a_german_bounds_word_binds_the_figure_to_nothing(sentence, passage):
    assert found_in_language("de", sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, words", [
    ("Die Gewerkschaft fordert 450 Euro mehr im Monat.", DEMAND, "leaves out the qualifier"),
    ("Die Gewerkschaft fordert höchstens 450 Euro mehr im Monat.", DEMAND, "contradicts"),
    ("Die Gewerkschaft fordert 450 Euro.", "Die Gewerkschaft fordert nicht weniger als 450 Euro.",
     "leaves out the qualifier"),
    # a figure still moved between two nouns of one sentence
    ("Die Nordbahn bietet 9,5 Prozent.", "Die Gewerkschaft fordert 9,5 Prozent, die Nordbahn bietet 4,8 Prozent.",
     "a figure its cited passage gives"),
])
def test_a_german_bound_dropped_or_turned_stays_refused(sentence, passage, words):
    findings = found_in_language("de", sentence, passage)
    assert any(words in finding for finding in findings), findings


# 4. Things done earlier in the week
def _real_passage(label: str) -> str:
    """Return the quote of a citation of the real briefing."""
    import yaml

    briefing = yaml.safe_load((REPO / "content" / "pakistan-afghanistan-war" / "briefing.yaml").read_text("utf-8"))
    return briefing["citations"][label]["quote"]


RETALIATION = ("Hours prior to the commencement of airstrikes and heavier clashes, Afghan Taliban forces reportedly "
               "attacked Pakistani border troops Thursday night in retaliation for Pakistani airstrikes earlier in the "
               "week")
ORDER_OR_TIME = ("where its cited passages say")


def test_the_real_briefing_cites_the_retaliation_passage():
    assert _real_passage("retaliation") == RETALIATION


@pytest.mark.parametrize("sentence, passage", [
    ("Afghan Taliban forces reportedly attacked Pakistani border troops days after Pakistani airstrikes earlier in the "
     "week.", RETALIATION),
    ("Afghan Taliban forces reportedly attacked Pakistani border troops on Thursday night, days after Pakistani "
     "airstrikes earlier in the week.", RETALIATION),
    ("On Thursday night, days after Pakistani airstrikes earlier in the week, Afghan Taliban forces reportedly attacked "
     "Pakistani border troops.", RETALIATION),
    ("Afghan Taliban forces reportedly attacked Pakistani border troops after Pakistani airstrikes earlier in the "
     "week.", RETALIATION),
    ("Following Pakistani airstrikes earlier in the week, Afghan Taliban forces reportedly attacked Pakistani border "
     "troops.", RETALIATION),
    ("Afghan Taliban forces reportedly attacked Pakistani border troops a few days after Pakistani airstrikes.",
     RETALIATION),
    ("Pakistani airstrikes came days before Afghan Taliban forces reportedly attacked Pakistani border troops.",
     RETALIATION),
    ("Afghan Taliban forces reportedly attacked Pakistani border troops hours before the airstrikes.", RETALIATION),
    ("The minister resigned weeks after a scandal earlier in the year.",
     "The minister resigned on Friday over a scandal earlier in the year."),
    ("The minister resigned days after the vote.", "The minister resigned on Friday, after a vote earlier in the week."),
    ("The minister resigned hours after the vote.", "The minister resigned on Friday, after a vote earlier in the day."),
])
def test_what_was_done_earlier_in_the_week_is_ordered_before(sentence, passage):
    assert _dock(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, said", [
    ("Afghan Taliban forces reportedly attacked Pakistani border troops weeks after Pakistani airstrikes earlier in the "
     "week.", RETALIATION, "weeks after Pakistani airstrikes"),
    ("Afghan Taliban forces reportedly attacked Pakistani border troops on Thursday night, weeks after Pakistani "
     "airstrikes.", RETALIATION, "weeks after Pakistani airstrikes"),
    ("Afghan Taliban forces reportedly attacked Pakistani border troops months after Pakistani airstrikes earlier in "
     "the week.", RETALIATION, "months after"),
    ("Pakistani airstrikes came weeks before the Taliban reportedly attacked Pakistani border troops.", RETALIATION,
     "weeks before"),
    ("The minister resigned weeks after the vote.", "The minister resigned on Friday, after a vote earlier in the week.",
     "weeks after the vote"),
    ("The minister resigned days after the vote.", "The minister resigned on Friday, after a vote earlier in the day.",
     "days after the vote"),
    # the order turned stays refused: the commencement of airstrikes came after the attack
    ("Afghan Taliban forces reportedly attacked Pakistani border troops after the commencement of airstrikes.",
     RETALIATION, "after the commencement of airstrikes"),
])
def test_too_long_since_what_was_done_earlier_in_the_week_is_refused(sentence, passage, said):
    findings = _dock(sentence, passage)
    assert any(ORDER_OR_TIME in finding and said in finding for finding in findings), findings
