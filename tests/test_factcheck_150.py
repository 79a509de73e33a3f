"""A negation whose object is a pronoun standing for the clause before's: "cannot impose one", "do not recommend it".

newuser_106's labour dispute built "a mediator can impose a settlement" citing "a mediator can propose a settlement
but cannot impose one", and "The union recommends the offer" citing "we do not recommend it": the negated clause held
only its verb, as "one" and "it" name nothing, so no clause of the sentence restated it. A negated verb whose object
is a pronoun now holds what the clause before it names (explainer/polarity.py `_VERB_PRONOUN_AFTER`), as "voted
against it" already did; the clause before, which the sentence restates honestly, still backs it.
"""

from __future__ import annotations

import pytest

from support import found_in_language
from test_newuser_106 import agency, found, union

DROPPED = "this sentence drops the negation of its cited passage"

MISSTATED = {
    "mediator-imposes": ("Under Norland's labour law, a mediator can impose a settlement.",
                         agency("cannot impose one"), "'cannot impose one'"),
    "halvorsen-imposes": ("The union says Ms Halvorsen can impose a settlement.",
                          union("she cannot impose one"), "'she cannot impose one'"),
    "union-recommends": ("The union says it recommends the offer.", union("we do not recommend it"),
                         "'we do not recommend it'"),
}

# (sentence, passage) in English: the same construction in other briefings
REFUSED_ELSEWHERE = {
    "board-accepted": ("The board accepted the bid.", "The board received the bid but did not accept it."),
    "ministry-endorsed": ("The ministry endorsed the report.",
                          "The ministry published the report, but it did not endorse it."),
    "court-hears": ("The court will hear the appeal.", "The lawyers lodged an appeal, but the court will not hear it."),
}

HONEST = {
    "mediator-proposes": ("Under Norland's labour law, a mediator can propose a settlement.", agency("cannot impose one")),
    "mediator-cannot": ("Under Norland's labour law, a mediator cannot impose a settlement.", agency("cannot impose one")),
    "union-does-not": ("The union says it does not recommend the offer.", union("we do not recommend it")),
}

HONEST_ELSEWHERE = {
    "board-received": ("The board received the bid.", "The board received the bid but did not accept it."),
    "board-did-not": ("The board did not accept the bid.", "The board received the bid but did not accept it."),
    "police-found": ("Police found a weapon.", "Police found a weapon but did not disclose it."),
    "ministry-published": ("The ministry published the report.",
                           "The ministry published the report, but it did not endorse it."),
    "appeal-lodged": ("The lawyers lodged an appeal.", "The lawyers lodged an appeal, but the court will not hear it."),
}


@pytest.mark.parametrize("case", sorted(MISSTATED))
def test_a_negation_of_a_pronouns_verb_dropped_is_refused(case):
    sentence, cited, negated = MISSTATED[case]
    findings = found(sentence, cited)
    assert any(finding.startswith(f"{DROPPED} ({negated})") for finding in findings), findings


@pytest.mark.parametrize("case", sorted(REFUSED_ELSEWHERE))
def test_the_same_construction_is_refused_in_other_briefings(case):
    sentence, passage = REFUSED_ELSEWHERE[case]
    findings = found_in_language("en", sentence, passage)
    assert any(finding.startswith(DROPPED) for finding in findings), findings


@pytest.mark.parametrize("case", sorted(HONEST))
def test_its_honest_twin_builds(case):
    sentence, cited = HONEST[case]
    assert found(sentence, cited) == []


@pytest.mark.parametrize("case", sorted(HONEST_ELSEWHERE))
def test_the_clause_before_still_backs_what_it_says(case):
    sentence, passage = HONEST_ELSEWHERE[case]
    assert found_in_language("en", sentence, passage) == []
