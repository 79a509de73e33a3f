"""A denial said after a relative clause is still its speaker's (explainer/polarity.py, explainer/sentences.py).

A new user's bus-fares briefing found "The council says it was consulted." built, citing "Brackford City Council,
which pays Lynx about £4.2 million a year to run routes that would not otherwise make money, said it had not been
consulted." Two things hid the dropped "not":
1. `sentences.sentence_of` cut the passage's sentence at the decimal point of "£4.2", so the clause "said it had not
   been consulted" lost its sentence's subject, the council;
2. the negations check read a clause's subject from its sentence only where the clause opens on its denial ("did not
   appeal"); a clause opening on a verb of saying and a pronoun ("said it had not been consulted") has its sentence's
   subject too.
The negation dropped is now named; the denial kept, and a sentence on another subject, build.
"""

from __future__ import annotations

import pytest

from explainer.sentences import sentence_of
from support import sentence_findings

COUNCIL = ("Brackford City Council, which pays Lynx about £4.2 million a year to run routes that would not otherwise "
           "make money, said it had not been consulted.")
UNION = ("The drivers' union, which represents 4,500 staff at 12.5 per cent of the depots, said that it had not been "
         "consulted about the closures.")


def test_a_decimal_point_ends_no_sentence():
    text = "Lynx said so. The council pays £4.2 million a year, it said. Nothing more."
    assert sentence_of(text, text.index("million")) == " The council pays £4.2 million a year, it said"


@pytest.mark.parametrize("passage, sentence", [
    (COUNCIL, "The council says it was consulted."),
    (COUNCIL, "The council said it had been consulted."),
    (COUNCIL, "The council was consulted."),
    (UNION, "The union says it was consulted about the closures."),
    (UNION, "The drivers' union was consulted about the closures."),
])
def test_the_negation_dropped_is_named(passage, sentence):
    found = sentence_findings(sentence, (passage,), "en", ())
    assert any("drops the negation of its cited passage" in finding for finding in found), found


@pytest.mark.parametrize("passage, sentence", [
    (COUNCIL, "The council says it was not consulted."),
    (COUNCIL, "The council, which pays Lynx about £4.2 million a year, says it was not consulted."),
    (COUNCIL, "The council says nobody consulted it."),
    (UNION, "The union says it was not consulted about the closures."),
    (UNION, "The drivers' union, which represents 4,500 staff, was not consulted about the closures, it said."),
])
def test_the_denial_kept_builds(passage, sentence):
    assert sentence_findings(sentence, (passage,), "en", ()) == []
