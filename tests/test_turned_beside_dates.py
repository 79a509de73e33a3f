"""A change's word turned beside a date: "Harbor's sales rose in 2024" citing "Harbor's sales fell in 2024".

opposites.py left a change's way told in words ("rose" for "fell") to direction.py wherever the sentence held a
digit, and direction.py reads a change's figure, never a year or a day of a month: the turned word built wherever a
date stood beside it (test_readme_promises_3 even kept it as built). A year or a day of a month is no change's
figure now; a change with a figure of its own is still direction.py's, named once.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

REFUSED = [
    ("Harbor's sales rose in 2024 after a strong year.", "Harbor's sales fell in 2024 after a strong year."),
    ("Prices rose on 3 March.", "Prices fell on 3 March."),
    ("Prices rose on March 3.", "Prices fell on March 3."),
    ("Turnout increased in 2019.", "Turnout decreased in 2019."),
    ("Exports fell in the first quarter of 2025.", "Exports rose in the first quarter of 2025."),
]

BUILT = [
    ("Harbor's sales fell in 2024 after a strong year.", "Harbor's sales fell in 2024 after a strong year."),
    ("Prices dropped on 3 March.", "Prices fell on 3 March."),
    ("Exports grew in the first quarter of 2025.", "Exports rose in the first quarter of 2025."),
    ("Sales rose in 2024 after falling in 2023.", "Sales fell in 2023 but rose in 2024."),
]


@pytest.mark.parametrize("sentence, passage", REFUSED, ids=[case[0][:50] for case in REFUSED])
def test_a_change_turned_beside_a_date_is_refused_once(sentence, passage):
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert len(findings) == 1 and "where its cited passages say" in findings[0], findings


@pytest.mark.parametrize("sentence, passage", BUILT, ids=[case[0][:50] for case in BUILT])
def test_the_same_way_beside_a_date_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


def test_a_change_with_its_own_figure_is_named_once_by_direction():
    (finding,) = sentence_findings("Sales rose 3% in 2024.", ("Sales fell 3% in 2024.",), "en", ())
    assert "given as a rise" in finding
