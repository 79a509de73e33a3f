"""An error names a figure as the editor wrote it: "US$ 430 million", not the "$ 430 million" the figure is read from.

A dollar's country code glued before its sign ("US$", "A$", "HK$") is part of how the figure is written; an error that
drops it sends the editor looking for words that are not in their sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import deal_project, refused_with

SOURCE = "The court awarded Harbor US$ 340 million in damages on March 3, 2026.\n"
PASSAGE = "The court awarded Harbor US$ 340 million in damages"


@pytest.mark.parametrize("written", ["US$ 430 million", "US$430 million", "A$430 million", "HK$ 430 million",
                                     "$430 million"])
def test_an_unsupported_figure_is_named_with_its_dollar_code(tmp_path: Path, written: str):
    refused_with(deal_project(tmp_path, f"The court awarded Harbor {written}.", PASSAGE, SOURCE),
                 f'figure "{written}" is not in the passages this sentence cites')


def test_a_figure_in_another_unit_is_named_with_its_dollar_code(tmp_path: Path):
    source = "The court awarded Harbor €340 million in damages.\n"
    refused_with(deal_project(tmp_path, "The court awarded Harbor US$ 340 million.", "awarded Harbor €340 million",
                              source),
                 'figure "US$ 340 million" is given in dollars')


DECIMAL_SOURCE = "Harbor's shares rose 3.5% on March 3, 2026.\n"


@pytest.mark.parametrize("written", ["3,5%", "3,50%"])
def test_a_decimal_comma_in_a_language_of_decimal_points_is_one_error_that_says_what_to_write(tmp_path: Path,
                                                                                             written: str):
    # "3,5" is read as the figures 3 and 5, and was two errors naming "3" and "5", neither saying why
    lines = refused_with(deal_project(tmp_path, f"Harbor's shares rose {written}.", "Harbor's shares rose 3.5%",
                                      DECIMAL_SOURCE),
                         f'figure "{written.rstrip("%")}" is not in the passages this sentence cites (this language '
                         "writes a decimal point: a comma between digits separates two figures)",
                         f"(write {written.rstrip('%').replace(',', '.')} for a decimal)")
    assert len(lines) == 1, lines


def test_figures_listed_with_commas_that_the_passages_give_build(tmp_path: Path):
    source = "Harbor closed stores 3,5 and 7 in March 2026.\n"
    built = run_build(deal_project(tmp_path, "Harbor closed stores 3,5 and 7.", "Harbor closed stores 3,5 and 7",
                                   source), "check")
    assert built.code == 0, built.err
