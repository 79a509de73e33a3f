"""Court rulings and election results: figures that share a unit, labels that are not counts, rounded totals."""

from __future__ import annotations

import pytest

from explainer.attribution import Cited, check_prose


def cited(passage: str, language: str = "en"):
    return lambda key: [Cited(passage, language)]


POLLS = "Final polls had put the Alliance between 44% and 47%, with a margin of error of ±3 points."


@pytest.mark.parametrize("prose, passage, language", [
    ("Final polls put the Alliance between 44 and 47 per cent.", POLLS, "en"),
    ("Final polls gave the Alliance 44–47%.", POLLS, "en"),
    ("Final polls put the Alliance at 44-47 per cent.", POLLS, "en"),
    ("Polls put it at 44% to 47%.", "Polls put it at 44-47%.", "en"),
    ("The deal is worth $4 million to $5 million.", "The deal is worth $4-5 million.", "en"),
    ("The deal is worth between 4 and 5 million dollars.", "The deal is worth $4 million to $5 million.", "en"),
    ("Les sondages la donnaient entre 44 % et 47 %.", "Les sondages la donnaient entre 44 et 47 %.", "fr"),
])
def test_a_range_writes_its_unit_and_scale_once(prose, passage, language):
    # The low end of "44-47%" is a percentage too: "44" was read as a plain number and refused.
    assert check_prose(prose + "[^p]", cited(passage, language), language) == []


@pytest.mark.parametrize("prose, passage, figure", [
    ("Final polls put the Alliance between 44 and 49 per cent.", POLLS, "49 per cent"),
    ("Final polls put the Alliance between 41 and 47 per cent.", POLLS, "41"),
    ("The Alliance won 312 seats and 47% of the vote.", "The Alliance won 47% of the vote and 312 of 650 seats,"
                                                        " 312% more than in 2021.", None),
    ("The deal is worth $4-5 million.", "The deal is worth $4 million to $6 million.", "5 million"),
])
def test_a_range_of_other_figures_is_still_named(prose, passage, figure):
    findings = check_prose(prose + "[^p]", cited(passage))
    if figure is None:  # "and" makes a range only after "between": 312 stays a count of seats
        assert findings == []
    else:
        assert [f.message.split(" is not")[0] for f in findings] == [f'figure "{figure}"']


def test_a_range_without_its_unit_is_still_named():
    # "between 44 and 47" says neither is a percentage: both are plain numbers the passage does not give.
    findings = check_prose("Final polls put the Alliance between 44 and 47.[^p]", cited(POLLS))
    assert [f.message.split(" is not")[0] for f in findings] == ['figure "44"', 'figure "47"']
